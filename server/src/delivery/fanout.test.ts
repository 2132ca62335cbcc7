/**
 * The fan-out reaches an event after it committed, sometimes seconds later under a burst. An endpoint created in
 * between is not sent what happened before it existed, and one re-enabled is not sent what happened while it was
 * disabled: what it receives must not depend on that delay.
 */
import { afterEach, beforeEach, expect, test } from "bun:test";
import { randomBytes } from "node:crypto";
import { createOrganizationWithOwnerKey } from "../domain/api-keys.ts";
import type { Actor } from "../domain/context.ts";
import { createIncident } from "../domain/incidents.ts";
import { createWebhook, updateWebhook } from "../domain/webhooks.ts";
import { SecretBox } from "../secrets/secret-box.ts";
import { openSqliteStore } from "../store/sqlite/store.ts";
import type { Store } from "../store/types.ts";
import { WebhookFanout } from "./fanout.ts";

let now = Date.parse("2026-12-01T10:00:00.000Z");
const clock = { now: () => now };
let store: Store;
let actor: Actor;
let deps: { store: Store; clock: typeof clock; box: SecretBox; delivery: { timeoutMs: number; allowLoopback: boolean } };
beforeEach(async () => {
  store = openSqliteStore(":memory:");
  deps = { store, clock, box: SecretBox.fromKey(randomBytes(32)), delivery: { timeoutMs: 1000, allowLoopback: true } };
  const { organization } = await createOrganizationWithOwnerKey({ store, clock }, "Acme");
  actor = { orgId: organization.id, source: "api", causedBy: null };
});
afterEach(() => store.close());

const incident = (title: string) => createIncident(deps, actor, { title, severity: "major" } as never);
const endpoint = () => createWebhook(deps, actor, { url: "http://127.0.0.1:9/hook", events: ["incident.created"] });
async function fanOut() {
  const fanout = new WebhookFanout(clock);
  while ((await store.transaction((tx) => fanout.drain(tx))).more);
}
const sent = async (webhookId: string) =>
  (await store.deliveries.list(actor.orgId, webhookId, undefined, { limit: 100 })).items.map((d) => (JSON.parse(d.body) as { data: { title: string } }).data.title);

test("an endpoint created just after an incident is not sent it, though the fan-out reaches the incident after the endpoint exists", async () => {
  const early = await endpoint();
  await incident("before");
  now += 1;
  const late = await endpoint();
  await incident("same moment");
  now += 1;
  await incident("after");
  await fanOut();
  expect((await sent(early.id)).sort()).toEqual(["after", "before", "same moment"]);
  expect((await sent(late.id)).sort()).toEqual(["after", "same moment"]);
});

test("an endpoint disabled, then re-enabled before the fan-out reaches what happened meanwhile, is not sent it", async () => {
  const hook = await endpoint();
  expect(hook.enabled_at).toBe(new Date(now).toISOString());
  now += 1;
  await incident("while active");
  now += 1;
  const disabled = await updateWebhook(deps, actor, hook.id, { is_active: false });
  expect(disabled.enabled_at).toBe(hook.enabled_at);
  now += 1;
  await incident("while disabled");
  now += 1;
  const again = await updateWebhook(deps, actor, hook.id, { is_active: true });
  expect(again.enabled_at).toBe(new Date(now).toISOString());
  now += 1;
  await incident("after");
  // Reached only now: "while active" too came before the latest enabling (one time per endpoint, as workflows'
  // activated_at); "while disabled" is never sent.
  await fanOut();
  expect(await sent(hook.id)).toEqual(["after"]);
});

test("an endpoint created disabled has no enabled_at and is sent nothing until enabled", async () => {
  const hook = await createWebhook(deps, actor, { url: "http://127.0.0.1:9/hook", events: ["incident.created"], is_active: false });
  expect(hook.enabled_at).toBeNull();
  await incident("before");
  now += 1;
  await updateWebhook(deps, actor, hook.id, { is_active: true });
  await incident("after");
  await fanOut();
  expect(await sent(hook.id)).toEqual(["after"]);
});
