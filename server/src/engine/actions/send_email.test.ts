import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from "bun:test";
import { createNotifier } from "../../notify/notifier.ts";
import { startSmtpSink } from "../../notify/test-servers.ts";
import { escapedScope, sendEmailAction as action } from "./send_email.ts";
import { type Fixture, fixture, issues, output } from "./test-support.ts";

let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => {
  smtp = await startSmtpSink();
});
afterAll(() => smtp.stop());

let f: Fixture;
beforeEach(async () => {
  smtp.inbox.length = 0;
  f = await fixture();
});
afterEach(() => f.close());

/** A context whose notifier has SMTP (the fixture's has none). */
const withSmtp = () => f.ctx({}, { deps: { ...f.deps, notifier: createNotifier({ box: f.deps.box, delivery: f.deps.delivery, smtpUrl: smtp.url, from: "Tripwire <tripwire@example.com>" }) } });

test("configuration: to (one or a list), subject and body required, html optional", () => {
  expect(issues(action, { to: "a@example.com", subject: "s", body: "b" })).toEqual([]);
  expect(issues(action, { to: ["a@example.com", "{{payload.email}}"], subject: "s", body: "b", html: "<p>{{incident.title}}</p>" })).toEqual([]);
  expect(issues(action, { to: "not-an-address", subject: "s", body: "b" })).toHaveLength(1);
  expect(issues(action, { to: "a@example.com" }).map((i) => i.split(":")[0])).toEqual(["subject", "body"]);
});

test("sends through SMTP: recipients, subject, text and HTML bodies", async () => {
  const out = output(await f.run(action, { to: ["oncall@example.com", "sre@example.com"], subject: "Checkout is down", body: "Look at it now.", html: "<p><b>Look</b> at it now.</p>" }, withSmtp()));
  expect(out).toMatchObject({ to: ["oncall@example.com", "sre@example.com"], status_code: 250 });
  const [mail] = await smtp.waitFor(1);
  expect(mail!.to).toEqual(["oncall@example.com", "sre@example.com"]);
  expect(mail!.subject).toBe("Checkout is down");
  expect(mail!.decoded).toContain("Look at it now.");
  expect(mail!.decoded).toContain("<p><b>Look</b> at it now.</p>");
});

test("without html, the HTML part is the body, escaped", async () => {
  await f.run(action, { to: "a@example.com", subject: "s", body: "<b>not bold</b>" }, withSmtp());
  const [mail] = await smtp.waitFor(1);
  expect(mail!.decoded).toContain("&lt;b&gt;not bold&lt;/b&gt;");
});

test("failures fail the step with the SMTP error: a refused recipient, no SMTP_URL, no recipient", async () => {
  await expect(f.run(action, { to: "x@reject.test", subject: "s", body: "b" }, withSmtp())).rejects.toThrow("Email to x@reject.test failed: SMTP failed");
  await expect(f.run(action, { to: "a@example.com", subject: "s", body: "b" })).rejects.toThrow("Email to a@example.com failed: Email is not configured: set SMTP_URL");
  await expect(f.run(action, { to: [], subject: "s", body: "b" }, withSmtp())).rejects.toThrow("to is empty");
  expect(smtp.inbox).toHaveLength(0);
});

test("escapedScope escapes every string, keeps other values", () => {
  expect(escapedScope({ a: "<x>", b: [1, "&"], c: null, d: { e: true } })).toEqual({ a: "&lt;x&gt;", b: [1, "&amp;"], c: null, d: { e: true } });
});
