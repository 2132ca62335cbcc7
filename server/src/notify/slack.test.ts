import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { escapeMrkdwn, sendSlack, slackPayload, slackResult } from "./slack.ts";
import { startSlackReceiver } from "./test-servers.ts";

const message = {
  title: "Checkout API returns 502",
  text: "Errors since 09:00 <!channel> & rising",
  severity: "critical",
  status: "investigating",
  link: "https://tripwire.example.com/incidents/inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
};

describe("slackPayload", () => {
  test("text plus blocks: header with the title, the text, severity and status fields, and the link", () => {
    const p = slackPayload(message);
    expect(p.text).toBe("Checkout API returns 502: Errors since 09:00 &lt;!channel&gt; &amp; rising");
    expect(p.blocks).toEqual([
      { type: "header", text: { type: "plain_text", text: "Checkout API returns 502", emoji: false } },
      { type: "section", text: { type: "mrkdwn", text: "Errors since 09:00 &lt;!channel&gt; &amp; rising" } },
      { type: "section", fields: [{ type: "mrkdwn", text: "*Severity*\ncritical" }, { type: "mrkdwn", text: "*Status*\ninvestigating" }] },
      { type: "context", elements: [{ type: "mrkdwn", text: `<${message.link}|View in Tripwire>` }] },
    ]);
  });

  test("leaves out what the message does not have; a relative link is shown as text, not as a broken link", () => {
    expect(slackPayload({ title: "Hello", text: "" })).toEqual({ text: "Hello", blocks: [{ type: "header", text: { type: "plain_text", text: "Hello", emoji: false } }] });
    const p = slackPayload({ title: "T", text: "x", link: "/api/v1/incidents/inc_1" });
    expect(p.blocks.at(-1)).toEqual({ type: "context", elements: [{ type: "mrkdwn", text: "Link: /api/v1/incidents/inc_1" }] });
  });

  test("keeps within Slack's limits (header 150, section 3,000 characters)", () => {
    const p = slackPayload({ title: "t".repeat(400), text: "x".repeat(5000) });
    const [header, section] = p.blocks as { text: { text: string } }[];
    expect(header!.text.text).toHaveLength(150);
    expect(section!.text.text).toHaveLength(3000);
    expect(header!.text.text.endsWith("…")).toBe(true);
  });

  test("escapes mrkdwn control characters", () => {
    expect(escapeMrkdwn("<@U123> & <https://x|y>")).toBe("&lt;@U123&gt; &amp; &lt;https://x|y&gt;");
  });
});

describe("slackResult: Slack's answers", () => {
  const ok = (status: number, body: string, retryAfter: string | null = null) => ({ ok: true as const, status, latencyMs: 12.345, bodyExcerpt: body, retryAfter });
  test("200 ok is success", () => {
    expect(slackResult(ok(200, "ok"))).toEqual({ success: true, status_code: 200, latency_ms: 12.35, response_excerpt: "ok", error: null });
  });
  test.each([
    [400, "invalid_payload", "Slack answered 400 invalid_payload"],
    [404, "no_service", "Slack answered 404 no_service"],
    [403, "action_prohibited", "Slack answered 403 action_prohibited"],
    [410, "channel_is_archived", "Slack answered 410 channel_is_archived"],
    [500, "", "Slack answered 500"],
  ])("%d %s is a failure naming Slack's answer", (status, body, error) => {
    const r = slackResult(ok(status, body));
    expect(r).toMatchObject({ success: false, status_code: status, response_excerpt: body });
    expect(r.error).toStartWith(error);
  });
  test("429 is a failure that mentions Retry-After", () => {
    const r = slackResult(ok(429, "rate_limited"));
    expect(r.success).toBe(false);
    expect(r.error).toContain("429");
    expect(r.error).toContain("Retry-After");
  });
  test("429 quotes how long Slack asks to wait", () => {
    expect(slackResult(ok(429, "rate_limited", "30")).error).toBe(
      "Slack rate-limited the message (429 rate_limited); Slack asks to wait 30 s before sending again (Retry-After: 30).",
    );
    expect(slackResult(ok(429, "", "Wed, 21 Oct 2026 07:28:00 GMT")).error).toContain("until Wed, 21 Oct 2026 07:28:00 GMT");
  });
  test("no answer is a failure with the transport's reason", () => {
    const r = slackResult({ ok: false, errorClass: "connect", error: "Could not connect", latencyMs: 1, status: null, bodyExcerpt: "" });
    expect(r).toEqual({ success: false, status_code: null, latency_ms: 1, response_excerpt: "", error: "Slack could not be reached (connect): Could not connect" });
  });
});

describe("sendSlack against a Slack-like receiver on 127.0.0.1", () => {
  let slack: ReturnType<typeof startSlackReceiver>;
  beforeAll(() => {
    slack = startSlackReceiver();
  });
  afterAll(() => slack.stop());
  const settings = { timeoutMs: 5000, allowLoopback: true };

  test("posts the payload as JSON once", async () => {
    const r = await sendSlack(slack.url("ok"), message, settings);
    expect(r).toMatchObject({ success: true, status_code: 200, response_excerpt: "ok", error: null });
    const req = slack.received.at(-1)!;
    expect(req.headers["content-type"]).toBe("application/json");
    expect(req.json).toEqual(JSON.parse(JSON.stringify(slackPayload(message))));
  });

  test.each([
    ["invalid", 400, "invalid_payload"],
    ["gone", 404, "no_service"],
    ["limited", 429, "wait 30 s before sending again (Retry-After: 30)"],
    ["archived", 410, "channel_is_archived"],
  ] as const)("%s → %d", async (path, status, said) => {
    const before = slack.received.length;
    const r = await sendSlack(slack.url(path), message, settings);
    expect(r.success).toBe(false);
    expect(r.status_code).toBe(status);
    expect(r.error).toContain(said);
    expect(slack.received.length).toBe(before + 1);
  });

  test("plain http is refused unless loopback is allowed (production)", async () => {
    const before = slack.received.length;
    const r = await sendSlack(slack.url("ok"), message, { timeoutMs: 5000, allowLoopback: false });
    expect(r.success).toBe(false);
    expect(r.error).toContain("blocked");
    expect(slack.received.length).toBe(before);
  });
});
