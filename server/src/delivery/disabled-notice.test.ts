/**
 * The webhook.disabled_notice handler over a real in-memory store and a fake notifier: jobs are leased by hand and the
 * clock is moved, so retries take no time. The real-server test (server/test/webhook-disabled-notice.test.ts) covers
 * the email and Slack message end to end.
 */
import { afterEach, beforeEach, expect, test } from "bun:test";
import type { Clock } from "../clock.ts";
import { createOrganizationWithOwnerKey } from "../domain/api-keys.ts";
import { disableWebhook } from "../domain/webhooks.ts";
import { newId } from "../ids.ts";
import { createLogger } from "../log.ts";
import type { NotificationMessage, Notifier } from "../notify/types.ts";
import { leaseDue } from "../queue/test-support.ts";
import { openSqliteStore } from "../store/sqlite/store.ts";
import type { ChannelRecord, Store, WebhookRecord } from "../store/types.ts";
import type { NotificationResult, Organization } from "../types.ts";
import { DisabledWebhookNotifier, MAX_ATTEMPTS } from "./disabled-notice.ts";

const T0 = Date.parse("2026-11-23T09:00:00.000Z");
const OK: NotificationResult = { success: true, status_code: 200, latency_ms: 1, response_excerpt: "ok", error: null };
const FAIL: NotificationResult = { success: false, status_code: 429, latency_ms: 1, response_excerpt: "rate_limited", error: "Slack answered 429" };

let now = T0;
const clock: Clock = { now: () => now };
let store: Store;
let org: Organization;
let sends: { to: string; message: NotificationMessage }[];
/** What each channel answers (by name); success when not listed. */
let answers: Map<string, () => NotificationResult>;
let handler: DisabledWebhookNotifier;

const notifier: Notifier = {
  async toEmail(recipients, message) {
    sends.push({ to: recipients.join(","), message });
    return OK;
  },
  async toChannel(channel, message) {
    sends.push({ to: channel.name, message });
    return (answers.get(channel.name) ?? (() => OK))();
  },
  async toSlackUrl() {
    throw new Error("not used");
  },
  link: (path) => `https://tripwire.example.com${path}`,
};

function channel(name: string): ChannelRecord {
  const at = new Date(T0).toISOString();
  return { id: newId("chn"), organization_id: org.id, name, key: null, kind: "slack", config_sealed: "unused", config_public: {}, created_at: at, updated_at: at };
}

function webhook(): WebhookRecord {
  const at = new Date(T0).toISOString();
  return {
    id: newId("whk"),
    organization_id: org.id,
    url: "https://hooks.example.com/tripwire",
    description: null,
    events: ["*"],
    headers: {},
    is_active: true,
    enabled_at: at,
    disabled_reason: null,
    disabled_at: null,
    previous_secret_expires_at: null,
    created_at: at,
    updated_at: at,
    secret_sealed: "unused",
    previous_secret_sealed: null,
  };
}

async function tick(): Promise<number> {
  const leases = await leaseDue(store, "webhook.disabled_notice", now);
  for (const lease of leases) await handler.handle(lease);
  return leases.length;
}

beforeEach(async () => {
  now = T0;
  sends = [];
  answers = new Map();
  store = openSqliteStore(":memory:");
  org = (await createOrganizationWithOwnerKey({ store, clock }, "Acme")).organization;
  handler = new DisabledWebhookNotifier({ store, clock, notifier, logger: createLogger("silent") });
});
afterEach(() => store.close());

test("one disable, one notice: a failed channel is retried alone, the email is not sent twice", async () => {
  const ops = channel("#ops");
  const pager = channel("#pager");
  await store.channels.create(ops);
  await store.channels.create(pager);
  await store.transaction((tx) => tx.organizations.update({ ...org, notification_emails: ["ops@example.com"], notification_channel_ids: [ops.id, pager.id] }));
  const w = webhook();
  await store.transaction((tx) => tx.webhooks.create(w));
  await store.transaction((tx) => disableWebhook(tx, w, now, "Delivery dlv_1 failed 6 times; last error: HTTP 503", "HTTP 503"));
  // Disabling what is already disabled writes nothing more.
  await store.transaction((tx) => disableWebhook(tx, w, now, "again", "again"));

  let first = true;
  answers.set("#pager", () => (first ? FAIL : OK));
  expect(await tick()).toBe(1);
  expect(sends.map((s) => s.to)).toEqual(["ops@example.com", "#ops", "#pager"]);
  const message = sends[0]!.message;
  expect(message.title).toBe(`Tripwire disabled webhook ${w.id} (${w.url})`);
  expect(message.text).toContain("Last error: HTTP 503");
  expect(message.text).toContain(`curl -X PATCH "https://tripwire.example.com/api/v1/webhooks/${w.id}"`);
  expect(message.text).toContain(`-d '{"is_active": true}'`);

  // Not due yet: nothing runs. Later, only #pager is tried again, and then the job is done.
  expect(await tick()).toBe(0);
  first = false;
  now += 60_000;
  expect(await tick()).toBe(1);
  expect(sends.map((s) => s.to)).toEqual(["ops@example.com", "#ops", "#pager", "#pager"]);
  now += 24 * 3_600_000;
  expect(await tick()).toBe(0);
  expect(await store.jobs.count(["webhook.disabled_notice"])).toBe(0);
});

test("a contact that keeps failing is given up on after MAX_ATTEMPTS sends", async () => {
  const ops = channel("#ops");
  await store.channels.create(ops);
  await store.transaction((tx) => tx.organizations.update({ ...org, notification_channel_ids: [ops.id] }));
  const w = webhook();
  await store.transaction((tx) => tx.webhooks.create(w));
  await store.transaction((tx) => disableWebhook(tx, w, now, "The endpoint answered 410 Gone.", "HTTP 410 Gone"));
  answers.set("#ops", () => FAIL);
  let runs = 0;
  for (let i = 0; i < MAX_ATTEMPTS + 3; i++) {
    runs += await tick();
    now += 3_600_000;
  }
  expect(runs).toBe(MAX_ATTEMPTS);
  expect(sends).toHaveLength(MAX_ATTEMPTS);
  expect(await store.jobs.count(["webhook.disabled_notice"])).toBe(0);
});

test("no contacts: the job completes without sending anything", async () => {
  const w = webhook();
  await store.transaction((tx) => tx.webhooks.create(w));
  await store.transaction((tx) => disableWebhook(tx, w, now, "The endpoint answered 410 Gone.", "HTTP 410 Gone"));
  expect(await tick()).toBe(1);
  expect(sends).toEqual([]);
  expect(await store.jobs.count(["webhook.disabled_notice"])).toBe(0);
});
