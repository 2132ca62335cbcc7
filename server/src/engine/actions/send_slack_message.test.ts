import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "bun:test";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { createChannel } from "../../domain/channels.ts";
import { startSlackReceiver } from "../../notify/test-servers.ts";
import { sendSlackMessageAction as action } from "./send_slack_message.ts";
import { type Fixture, fixture, issues, output } from "./test-support.ts";

const incident = { id: "inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M", title: "Checkout API returns 502", severity: "critical", status: "investigating" };

describe("configuration", () => {
  test("exactly one of channel_id or webhook_url", () => {
    expect(issues(action, { channel_id: "chn_x" })).toEqual([]);
    expect(issues(action, { webhook_url: "https://hooks.slack.com/services/T/B/X", text: "{{incident.title}}" })).toEqual([]);
    expect(issues(action, {})).toEqual([": Set exactly one of channel_id (a slack channel) or webhook_url."]);
    expect(issues(action, { channel_id: "chn_x", webhook_url: "https://hooks.slack.com/services/T/B/X" })).toHaveLength(1);
    expect(issues(action, { webhook_url: "hooks.slack.com" })).toEqual(["webhook_url: Must be an https:// Slack incoming-webhook URL."]);
  });
});

describe("against a Slack-like receiver on 127.0.0.1", () => {
  let slack: ReturnType<typeof startSlackReceiver>;
  let f: Fixture;
  beforeAll(() => {
    slack = startSlackReceiver();
  });
  afterAll(() => slack.stop());
  beforeEach(async () => {
    slack.received.length = 0;
    f = await fixture();
  });
  afterEach(() => f.close());

  test("webhook_url: text plus blocks built from the trigger's incident", async () => {
    const out = output(await f.run(action, { webhook_url: slack.url("ok") }, f.ctx({ incident })));
    expect(out).toMatchObject({ status_code: 200, response_excerpt: "ok" });
    const sent = slack.received[0]!.json as { text: string; blocks: { type: string; text?: { text: string }; fields?: { text: string }[]; elements?: { text: string }[] }[] };
    expect(sent.text).toBe("Checkout API returns 502: [critical] Checkout API returns 502 is investigating.");
    expect(sent.blocks.map((b) => b.type)).toEqual(["header", "section", "section", "context"]);
    expect(sent.blocks[0]!.text!.text).toBe("Checkout API returns 502");
    expect(sent.blocks[2]!.fields!.map((x) => x.text)).toEqual(["*Severity*\ncritical", "*Status*\ninvestigating"]);
    expect(sent.blocks[3]!.elements![0]!.text).toContain(`/api/v1/incidents/${incident.id}`);
  });

  test("channel_id: the slack channel's sealed URL; other kinds are refused", async () => {
    const deps = f.deps;
    const ch = await createChannel(deps, f.human, { name: "#ops", kind: "slack", config: { webhook_url: slack.url("ok") } });
    output(await f.run(action, { channel_id: ch.id, text: "Custom text" }, f.ctx()));
    expect(slack.received[0]!.json!.text).toBe("Workflow: Test workflow: Custom text");
    const mail = await createChannel(deps, f.human, { name: "mail", kind: "email", config: { recipients: ["a@example.com"] } });
    await expect(f.run(action, { channel_id: mail.id })).rejects.toThrow(`Channel ${mail.id} is an email channel; send_slack_message needs a slack channel`);
  });

  test.each([
    ["invalid", "Posting to Slack failed: Slack answered 400 invalid_payload"],
    ["gone", "Posting to Slack failed: Slack answered 404 no_service"],
    ["limited", "Posting to Slack failed: Slack rate-limited the message (429 rate_limited)"],
    ["archived", "Posting to Slack failed: Slack answered 410 channel_is_archived"],
  ] as const)("%s: the step fails with Slack's answer, after exactly one post", async (path, error) => {
    await expect(f.run(action, { webhook_url: slack.url(path), text: "x" }, f.ctx({ incident }))).rejects.toThrow(error);
    expect(slack.received).toHaveLength(1);
  });
});

/**
 * msw, on the real send path. The guarded client resolves the host name itself and dials the vetted IP (SSRF
 * defence: outbound-http.ts), so a handler for `https://hooks.slack.com/…` never matches: without DNS (this
 * machine has none) the send stops at resolution, before fetch. The delivery settings' `resolve` seam (the one the
 * delivery tests use) supplies a public address; msw then sees the pinned request, `https://<ip>/services/…` with
 * `Host: hooks.slack.com`, which is exactly what would go on the wire. Nothing leaves the process: unhandled requests
 * are errors, and the test refuses to send if msw has not patched fetch.
 */
describe("msw: the request as sent to https://hooks.slack.com", () => {
  const SLACK_IP = "34.226.10.20";
  const seen: { url: string; host: string | null; body: unknown }[] = [];
  const mock = setupServer(
    http.post(`https://${SLACK_IP}/services/:team/:bot/:token`, async ({ request, params }) => {
      seen.push({ url: request.url, host: request.headers.get("host"), body: await request.json() });
      if (params.token === "revoked") return new HttpResponse("no_service", { status: 404 });
      return new HttpResponse("ok");
    }),
  );
  let f: Fixture;
  const realFetch = globalThis.fetch;
  beforeAll(() => mock.listen({ onUnhandledRequest: "error" }));
  afterAll(() => mock.close());
  beforeEach(async () => {
    seen.length = 0;
    f = await fixture({ allowLoopback: false, resolve: async (host) => (host === "hooks.slack.com" ? [SLACK_IP] : []) });
  });
  afterEach(() => f.close());

  test("posts Slack's JSON over https to the vetted address with Host hooks.slack.com; 404 no_service fails the step", async () => {
    expect(globalThis.fetch).not.toBe(realFetch);
    const out = output(await f.run(action, { webhook_url: "https://hooks.slack.com/services/T000/B000/XXXX" }, f.ctx({ incident })));
    expect(out).toMatchObject({ status_code: 200, response_excerpt: "ok" });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.url).toBe(`https://${SLACK_IP}/services/T000/B000/XXXX`);
    expect(seen[0]!.host).toBe("hooks.slack.com");
    expect(seen[0]!.body).toMatchObject({ text: expect.stringContaining("Checkout API returns 502"), blocks: expect.any(Array) });

    await expect(f.run(action, { webhook_url: "https://hooks.slack.com/services/T000/B000/revoked" }, f.ctx({ incident }))).rejects.toThrow("Slack answered 404 no_service");
    expect(seen).toHaveLength(2);
  });

  test("plain http to Slack is refused before any request is made", async () => {
    expect(globalThis.fetch).not.toBe(realFetch);
    await expect(f.run(action, { webhook_url: "http://hooks.slack.com/services/T000/B000/XXXX" }, f.ctx({ incident }))).rejects.toThrow("https://");
    expect(seen).toHaveLength(0);
  });
});
