/**
 * "After 5 failed attempts, the webhook is disabled and you're notified" (product docs "Outbound webhooks", issue #13
 * point 6): the organization's notification contacts, set with PATCH /organization, get an email (a real SMTP server
 * on loopback) and a channel message naming the endpoint, the last error and the exact call that re-enables it;
 * once per disable. Over the real server.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { type Mail, startSlackReceiver, startSmtpSink } from "../src/notify/test-servers.ts";
import { apiClient, startTestServer, type TestServer } from "./harness.ts";
import { startReceiver } from "./receiver.ts";
import { waitFor } from "./wait.ts";

let server: TestServer;
let api: ReturnType<typeof apiClient>;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let slack: ReturnType<typeof startSlackReceiver>;
/** What the failing endpoint answers: 500 (retries, then disabled) or 410 (disabled at once). */
let answer = 500;
const failing = startReceiver(() => new Response(answer === 410 ? "gone" : "down", { status: answer }));

beforeAll(async () => {
  smtp = await startSmtpSink();
  slack = startSlackReceiver();
  server = await startTestServer({
    env: { SMTP_URL: smtp.url, TRIPWIRE_EMAIL_FROM: "Tripwire <tripwire@example.com>", TRIPWIRE_WEBHOOK_RETRY_SCHEDULE: "0.05,0.05,0.05" },
  });
  api = apiClient(server.baseUrl, server.apiKey);
});
afterAll(async () => {
  await server?.stop();
  await smtp?.stop();
  slack?.stop();
  failing.stop();
});

const mailsAbout = (webhookId: string): Mail[] => smtp.inbox.filter((m) => m.subject.includes(webhookId));
const slackAbout = (webhookId: string) => slack.received.filter((r) => r.body.includes(webhookId));

describe("organization notification contacts", () => {
  test("PATCH /organization sets them (GET shows them); unknown channels and bad emails are 422 at their pointer", async () => {
    const before = await api("GET", "/organization");
    expect(before.body).toMatchObject({ notification_emails: [], notification_channel_ids: [] });
    const unknown = await api("PATCH", "/organization", { notification_channel_ids: ["chn_01JD5Q8R1XK2ZP7S0C3V9N4B6M"] });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ in: "body", pointer: "#/notification_channel_ids/0" })]);
    const badEmail = await api("PATCH", "/organization", { notification_emails: ["ops@example.com", "not an email"] });
    expect(badEmail.status).toBe(422);
    expect(JSON.stringify(badEmail.body.errors)).toContain("#/notification_emails/1");
    expect((await api("PATCH", "/organization", {})).status).toBe(422);
    expect((await api("PATCH", "/organization", { notification_email: ["ops@example.com"] })).status).toBe(422);
    expect((await api("GET", "/organization")).body).toEqual(before.body);

    const channel = await api("POST", "/channels", { name: "#ops", kind: "slack", config: { webhook_url: slack.url("ok") } });
    expect(channel.status, JSON.stringify(channel.body)).toBe(201);
    const set = await api("PATCH", "/organization", { notification_emails: ["ops@example.com", "cto@example.com"], notification_channel_ids: [channel.body.id] });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body).toEqual({ ...before.body, notification_emails: ["ops@example.com", "cto@example.com"], notification_channel_ids: [channel.body.id] });
    expect((await api("GET", "/organization")).body).toEqual(set.body);
  });

  test("a webhook disabled after its last retry: the contacts are told once, with the endpoint, the last error and the call that re-enables it", async () => {
    answer = 500;
    const hook = await api("POST", "/webhooks", { url: failing.url, events: ["member.created"], description: "billing sync" });
    expect(hook.status).toBe(201);
    const id: string = hook.body.id;
    await api("POST", "/members", { name: "Ada", email: `ada-${Date.now()}@example.com` });
    const disabled = await waitFor(async () => {
      const w = (await api("GET", `/webhooks/${id}`)).body;
      return !w.is_active && w;
    }, 8000);
    expect(disabled.disabled_reason).toContain("last error: The endpoint answered 500.");

    const [mail] = await waitFor(async () => mailsAbout(id).length > 0 && mailsAbout(id), 8000);
    expect(mail!.to.sort()).toEqual(["cto@example.com", "ops@example.com"]);
    expect(mail!.subject).toBe(`Tripwire disabled webhook ${id} (${failing.url})`);
    const text = mail!.decoded;
    expect(text).toContain(`Endpoint: ${id}`);
    expect(text).toContain(`URL: ${failing.url}`);
    expect(text).toContain("Last error: The endpoint answered 500.");
    expect(text).toContain(`Reason: ${disabled.disabled_reason}`);
    const call = `curl -X PATCH "${server.baseUrl}/api/v1/webhooks/${id}" -H "X-API-Key: $TRIPWIRE_API_KEY" -H "content-type: application/json" -d '{"is_active": true}'`;
    expect(text).toContain(call);

    const [message] = await waitFor(async () => slackAbout(id).length > 0 && slackAbout(id), 8000);
    const slackText = JSON.stringify(message!.json);
    for (const part of [id, failing.url, "Last error: The endpoint answered 500.", `${server.baseUrl}/api/v1/webhooks/${id}`, "is_active"]) {
      expect(slackText).toContain(JSON.stringify(part).slice(1, -1));
    }

    // Once per disable: nothing more arrives.
    await Bun.sleep(500);
    expect(mailsAbout(id)).toHaveLength(1);
    expect(slackAbout(id)).toHaveLength(1);

    // The call in the email works as written.
    const res = await fetch(`${server.baseUrl}/api/v1/webhooks/${id}`, {
      method: "PATCH",
      headers: { "X-API-Key": server.apiKey, "content-type": "application/json" },
      body: '{"is_active": true}',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id, is_active: true, disabled_reason: null });

    // Disabled again (410 Gone this time): a second disable, a second notice.
    answer = 410;
    await api("POST", "/members", { name: "Grace", email: `grace-${Date.now()}@example.com` });
    await waitFor(async () => mailsAbout(id).length === 2, 8000);
    expect(mailsAbout(id)[1]!.decoded).toContain("Reason: The endpoint answered 410 Gone.");
    await waitFor(async () => slackAbout(id).length === 2, 8000);
    await Bun.sleep(300);
    expect(mailsAbout(id)).toHaveLength(2);
    expect(slackAbout(id)).toHaveLength(2);
  });

  test("an organization without contacts gets no email; the webhook.disabled event is still written", async () => {
    expect((await api("PATCH", "/organization", { notification_emails: [], notification_channel_ids: [] })).status).toBe(200);
    answer = 410;
    const hook = (await api("POST", "/webhooks", { url: failing.url, events: ["member.created"] })).body;
    await api("POST", "/members", { name: "Linus", email: `linus-${Date.now()}@example.com` });
    await waitFor(async () => (await api("GET", `/events?type=webhook.disabled&resource_id=${hook.id}`)).body.data.length === 1, 8000);
    await Bun.sleep(500);
    expect(mailsAbout(hook.id)).toHaveLength(0);
    expect(slackAbout(hook.id)).toHaveLength(0);
  });
});
