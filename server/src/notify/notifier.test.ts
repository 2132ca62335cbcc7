import { afterAll, beforeAll, expect, test } from "bun:test";
import { randomBytes } from "node:crypto";
import { SecretBox } from "../secrets/secret-box.ts";
import type { ChannelRecord } from "../store/types.ts";
import type { ChannelKind } from "../types.ts";
import { createNotifier } from "./notifier.ts";
import { startSlackReceiver, startSmtpSink } from "./test-servers.ts";

const box = SecretBox.fromKey(randomBytes(32));
const delivery = { timeoutMs: 5000, allowLoopback: true };
const message = { title: "DB down", text: "Primary unreachable", severity: "critical", status: "investigating", link: "/api/v1/incidents/inc_1" };
const channel = (kind: ChannelKind, config: unknown, sealed = box.seal(JSON.stringify(config))): ChannelRecord => ({
  id: "chn_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
  organization_id: "org_1",
  key: null,
  name: "#ops",
  kind,
  config_sealed: sealed,
  config_public: {},
  created_at: "2026-11-23T09:00:00.000Z",
  updated_at: "2026-11-23T09:00:00.000Z",
});

let slack: ReturnType<typeof startSlackReceiver>;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
const hook: { headers: Record<string, string>; body: string }[] = [];
let hookServer: ReturnType<typeof Bun.serve>;
beforeAll(async () => {
  slack = startSlackReceiver();
  smtp = await startSmtpSink();
  hookServer = Bun.serve({
    hostname: "127.0.0.1",
    port: 0,
    async fetch(req) {
      hook.push({ headers: Object.fromEntries(req.headers), body: await req.text() });
      return new URL(req.url).pathname === "/fail" ? new Response("nope", { status: 503 }) : new Response("thanks");
    },
  });
});
afterAll(async () => {
  slack.stop();
  hookServer.stop(true);
  await smtp.stop();
});

const notifier = () => createNotifier({ box, delivery, smtpUrl: smtp.url, from: "Tripwire <tripwire@example.com>" });

test("slack channel: opens the sealed URL and posts Slack's JSON", async () => {
  const r = await notifier().toChannel(channel("slack", { webhook_url: slack.url("ok") }), message, "run_1:0");
  expect(r).toMatchObject({ success: true, status_code: 200 });
  expect(slack.received.at(-1)!.json!.text).toBe("DB down: Primary unreachable");
});

test("slack answers become failures with Slack's words", async () => {
  const r = await notifier().toChannel(channel("slack", { webhook_url: slack.url("gone") }), message);
  expect(r).toMatchObject({ success: false, status_code: 404 });
  expect(r.error).toContain("no_service");
});

test("webhook channel: POSTs { title, text, severity, status, link } with its headers and the idempotency key", async () => {
  const url = `http://127.0.0.1:${hookServer.port}/hook`;
  const r = await notifier().toChannel(channel("webhook", { url, headers: { "X-Team": "payments" } }), message, "run_1:0:chn_1");
  expect(r).toMatchObject({ success: true, status_code: 200, response_excerpt: "thanks" });
  const req = hook.at(-1)!;
  expect(JSON.parse(req.body)).toEqual({ title: "DB down", text: "Primary unreachable", severity: "critical", status: "investigating", link: "/api/v1/incidents/inc_1" });
  expect(req.headers["x-team"]).toBe("payments");
  expect(req.headers["idempotency-key"]).toBe("run_1:0:chn_1");
  const bad = await notifier().toChannel(channel("webhook", { url: `http://127.0.0.1:${hookServer.port}/fail`, headers: {} }), message);
  expect(bad).toMatchObject({ success: false, status_code: 503, error: "The webhook answered 503: nope" });
});

test("email channel: mails the channel's recipients", async () => {
  const before = smtp.inbox.length;
  const r = await notifier().toChannel(channel("email", { recipients: ["oncall@example.com"] }), message);
  expect(r).toMatchObject({ success: true, status_code: 250 });
  const mail = (await smtp.waitFor(before + 1))[before]!;
  expect(mail.to).toEqual(["oncall@example.com"]);
  expect(mail.subject).toBe("DB down");
  expect(mail.decoded).toContain("Primary unreachable");
});

test("never throws: a configuration that does not open, or no SMTP, is a failed result", async () => {
  const other = SecretBox.fromKey(randomBytes(32));
  const r = await notifier().toChannel(channel("slack", null, other.seal("{}")), message);
  expect(r.success).toBe(false);
  expect(r.error).toContain("could not be decrypted");
  const noSmtp = createNotifier({ box, delivery, smtpUrl: undefined, from: "x@example.com" });
  expect((await noSmtp.toEmail(["a@example.com"], message)).error).toBe("Email is not configured: set SMTP_URL");
  expect((await noSmtp.toSlackUrl("https://10.0.0.1/x", message)).error).toContain("blocked");
});

