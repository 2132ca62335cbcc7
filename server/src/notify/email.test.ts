import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { createEmailSender, emailHtml, emailText, escapeHtml, messageIdFor, NOT_CONFIGURED } from "./email.ts";
import { startSmtpSink } from "./test-servers.ts";

const message = { title: "Checkout <down> & out", text: "Errors since 09:00\n<script>alert(1)</script>", severity: "critical", status: "investigating", link: "/api/v1/incidents/inc_1" };

describe("bodies", () => {
  test("the HTML body escapes every value and keeps line breaks", () => {
    const html = emailHtml(message);
    expect(html).toContain("<h2>Checkout &lt;down&gt; &amp; out</h2>");
    expect(html).toContain("Errors since 09:00<br>\n&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<script>");
    expect(html).toContain("<strong>Severity:</strong> critical");
    expect(html).toContain("<p>/api/v1/incidents/inc_1</p>");
    expect(emailHtml({ title: "t", text: "x", link: 'https://example.com/a?b="c"' })).toContain('<a href="https://example.com/a?b=%22c%22">');
  });
  test("the text body is the text, then the facts", () => {
    expect(emailText(message)).toBe("Errors since 09:00\n<script>alert(1)</script>\n\nSeverity: critical\nStatus: investigating\nLink: /api/v1/incidents/inc_1");
    expect(emailText({ title: "t", text: "just this" })).toBe("just this");
  });
  test("escapeHtml covers quotes too", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });
  test("Message-ID from an idempotency key is stable and well-formed", () => {
    expect(messageIdFor("run_1:0", "Tripwire <alerts@example.com>")).toBe(messageIdFor("run_1:0", "Tripwire <alerts@example.com>"));
    expect(messageIdFor("run_1:0", "Tripwire <alerts@example.com>")).toMatch(/^<[0-9a-f]{32}@example\.com>$/);
    expect(messageIdFor("run_1:0", "x")).not.toBe(messageIdFor("run_1:1", "x"));
  });
});

describe("sending through a real SMTP server", () => {
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  beforeAll(async () => {
    smtp = await startSmtpSink();
  });
  afterAll(() => smtp.stop());

  test("recipients, subject, text and HTML bodies arrive; the result carries the SMTP reply", async () => {
    const sender = createEmailSender({ smtpUrl: smtp.url, from: "Tripwire <tripwire@example.com>", timeoutMs: 5000 });
    const r = await sender.send(["oncall@example.com", "sre@example.com"], message, undefined, "run_1:0");
    expect(r).toMatchObject({ success: true, status_code: 250, error: null });
    const [mail] = await smtp.waitFor(1);
    expect(mail!.from).toBe("tripwire@example.com");
    expect(mail!.to).toEqual(["oncall@example.com", "sre@example.com"]);
    expect(mail!.subject).toBe("Checkout <down> & out");
    expect(mail!.decoded).toContain("Errors since 09:00\r\n<script>alert(1)</script>");
    expect(mail!.decoded).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(mail!.raw).toContain("Content-Type: text/html");
    expect(mail!.raw).toContain(`Message-ID: ${messageIdFor("run_1:0", "Tripwire <tripwire@example.com>")}`);
  });

  test("a refused recipient is the SMTP error, with its reply code", async () => {
    const sender = createEmailSender({ smtpUrl: smtp.url, from: "tripwire@example.com", timeoutMs: 5000 });
    const r = await sender.send(["nobody@reject.test"], message);
    expect(r.success).toBe(false);
    expect(r.status_code).toBe(550);
    expect(r.error).toContain("Mailbox unavailable");
  });

  test("an SMTP server that is not there is a failure, not a throw", async () => {
    const sender = createEmailSender({ smtpUrl: "smtp://127.0.0.1:1", from: "tripwire@example.com", timeoutMs: 2000 });
    const r = await sender.send(["a@example.com"], message);
    expect(r.success).toBe(false);
    expect(r.error).toContain("SMTP failed");
  });

  test("without SMTP_URL nothing is sent", async () => {
    const r = await createEmailSender({ smtpUrl: undefined, from: "x@example.com", timeoutMs: 1000 }).send(["a@example.com"], message);
    expect(r).toEqual({ success: false, status_code: null, latency_ms: 0, response_excerpt: "", error: NOT_CONFIGURED });
    expect(NOT_CONFIGURED).toBe("Email is not configured: set SMTP_URL");
  });
});
