import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "bun:test";
import { createChannel } from "../../domain/channels.ts";
import { startSlackReceiver } from "../../notify/test-servers.ts";
import { messageFor, sendNotificationAction as action } from "./send_notification.ts";
import { type Fixture, fixture, issues, output } from "./test-support.ts";

let slack: ReturnType<typeof startSlackReceiver>;
const hook: { headers: Record<string, string>; body: string }[] = [];
let hookServer: ReturnType<typeof Bun.serve>;
beforeAll(() => {
  slack = startSlackReceiver();
  hookServer = Bun.serve({
    hostname: "127.0.0.1",
    port: 0,
    async fetch(req) {
      hook.push({ headers: Object.fromEntries(req.headers), body: await req.text() });
      return new Response("ok");
    },
  });
});
afterAll(() => {
  slack.stop();
  hookServer.stop(true);
});

let f: Fixture;
beforeEach(async () => {
  slack.received.length = 0;
  hook.length = 0;
  f = await fixture();
});
afterEach(() => f.close());

const channel = (name: string, kind: "slack" | "email" | "webhook", config: Record<string, unknown>) => createChannel(f.deps, f.human, { name, kind, config });
const incident = { id: "inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M", title: "Checkout API returns 502", severity: "critical", status: "investigating", visibility: "draft" };

describe("configuration", () => {
  test("message is required; channel_id and title are optional", () => {
    expect(issues(action, { message: "hi" })).toEqual([]);
    expect(issues(action, { channel_id: "chn_x", message: "{{incident.title}}", title: "T" })).toEqual([]);
    expect(issues(action, {})).toEqual(["message: Invalid input"]);
    expect(issues(action, { message: "  " })).toEqual(["message: Must not be empty."]);
  });
  test("the message takes the incident's title, severity, status and link from the scope", () => {
    expect(messageFor({ incident, workflow: { name: "W" } }, "body")).toEqual({
      title: "Checkout API returns 502",
      text: "body",
      severity: "critical",
      status: "investigating",
      link: `/api/v1/incidents/${incident.id}`,
    });
    expect(messageFor({ workflow: { name: "Nightly" } }, "body", "")).toMatchObject({ title: "Workflow: Nightly", severity: undefined, link: undefined });
    expect(messageFor({ incident }, "body", "Custom")).toMatchObject({ title: "Custom" });
  });
});

describe("one channel", () => {
  test("sends the message to the channel and outputs Slack's answer", async () => {
    const ch = await channel("#ops", "slack", { webhook_url: slack.url("ok") });
    const out = output(await f.run(action, { channel_id: ch.id, message: "Draft incident created: Checkout API returns 502 (critical)." }, f.ctx({ incident })));
    expect(out).toMatchObject({ channel_id: ch.id, kind: "slack", success: true, status_code: 200, response_excerpt: "ok" });
    expect(slack.received).toHaveLength(1);
    expect(slack.received[0]!.json!.text).toBe("Checkout API returns 502: Draft incident created: Checkout API returns 502 (critical).");
  });

  test("a failed send fails the step with the provider's answer", async () => {
    const ch = await channel("#gone", "slack", { webhook_url: slack.url("gone") });
    await expect(f.run(action, { channel_id: ch.id, message: "x" })).rejects.toThrow(`Notification through slack channel "#gone" (${ch.id}) failed: Slack answered 404 no_service`);
  });

  test("a channel that does not exist, or an id that rendered empty, is a clear error", async () => {
    await expect(f.run(action, { channel_id: "chn_01JD5Q8R1XK2ZP7S0C3V9N4B6M", message: "x" })).rejects.toThrow("No channel has the id or key chn_01JD5Q8R1XK2ZP7S0C3V9N4B6M");
    await expect(f.run(action, { channel_id: "", message: "x" })).rejects.toThrow("channel_id is empty");
    expect(slack.received).toHaveLength(0);
  });
});

describe("every channel", () => {
  test("sends to each channel once, with a per-channel idempotency key, and lists the results", async () => {
    const a = await channel("#ops", "slack", { webhook_url: slack.url("ok") });
    const b = await channel("hook", "webhook", { url: `http://127.0.0.1:${hookServer.port}/n` });
    const ctx = f.ctx({ incident });
    const out = output(await f.run(action, { message: "hello" }, ctx));
    expect(out.sent).toBe(2);
    expect(out.results).toEqual([
      expect.objectContaining({ channel_id: a.id, kind: "slack", success: true }),
      expect.objectContaining({ channel_id: b.id, kind: "webhook", success: true }),
    ]);
    expect(slack.received).toHaveLength(1);
    expect(hook).toHaveLength(1);
    expect(hook[0]!.headers["idempotency-key"]).toBe(`${ctx.idempotencyKey}:${b.id}`);
    expect(JSON.parse(hook[0]!.body)).toMatchObject({ title: incident.title, text: "hello", severity: "critical" });
  });

  test("fails if any channel failed, naming each failure and what was sent", async () => {
    const ok = await channel("#ops", "slack", { webhook_url: slack.url("ok") });
    const bad = await channel("#limited", "slack", { webhook_url: slack.url("limited") });
    const mail = await channel("mail", "email", { recipients: ["oncall@example.com"] });
    const err = await f.run(action, { message: "hello" }).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    const m = (err as Error).message;
    expect(m).toStartWith("2 of 3 channels failed:");
    expect(m).toContain(`slack channel "#limited" (${bad.id}): Slack rate-limited the message (429 rate_limited)`);
    expect(m).toContain(`email channel "mail" (${mail.id}): Email is not configured: set SMTP_URL`);
    expect(m).toContain(`(sent through ${ok.id})`);
  });

  test("no channels at all is an error, not a silent success", async () => {
    await expect(f.run(action, { message: "hello" })).rejects.toThrow("No notification channels are configured");
  });
});
