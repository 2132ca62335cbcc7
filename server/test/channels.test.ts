/**
 * Notification channels and the notification actions over the real server (dev mode, so http://127.0.0.1
 * receivers are allowed), with a Slack-like receiver that answers as Slack does and a real SMTP server.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { zChannel, zNotificationResult } from "../src/generated/zod.gen.ts";
import { startSlackReceiver, startSmtpSink } from "../src/notify/test-servers.ts";
import { apiClient, startTestServer, type TestServer } from "./harness.ts";
import { waitFor } from "./wait.ts";

let server: TestServer;
let api: ReturnType<typeof apiClient>;
let slack: ReturnType<typeof startSlackReceiver>;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => {
  slack = startSlackReceiver();
  smtp = await startSmtpSink();
  server = await startTestServer({ env: { TRIPWIRE_RATE_LIMIT: "100000", SMTP_URL: smtp.url, TRIPWIRE_EMAIL_FROM: "Tripwire <tripwire@example.com>" } });
  api = apiClient(server.baseUrl, server.apiKey);
});
afterAll(async () => {
  await server.stop();
  slack.stop();
  await smtp.stop();
});

const finished = (s: string) => ["completed", "completed_with_errors", "failed", "canceled"].includes(s);
async function finishedRun(workflowId: string) {
  const runs = await waitFor(async () => {
    const r = (await api("GET", `/runs?workflow_id=${workflowId}`)).body.data as { id: string; status: string }[];
    return r.length >= 1 && r.every((x) => finished(x.status)) && r;
  });
  return (await api("GET", `/runs/${runs[0]!.id}`)).body;
}

const slackChannel = async (answer: Parameters<typeof slack.url>[0], name = `#${answer}`) => {
  const res = await api("POST", "/channels", { name, kind: "slack", config: { webhook_url: slack.url(answer) } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; name: string };
};

describe("CRUD, masking and encryption", () => {
  test("a slack channel's URL is stored sealed and only ever shown masked", async () => {
    const url = slack.url("ok");
    const created = await api("POST", "/channels", { name: "#incidents", kind: "slack", config: { webhook_url: url } });
    expect(created.status).toBe(201);
    const ch = zChannel.parse(created.body);
    expect(ch.kind).toBe("slack");
    const masked = ch.config.webhook_url as string;
    expect(masked).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/services\/T0…\/…0\/ok$/);
    expect(JSON.stringify(created.body)).not.toContain("B000");

    expect((await api("GET", `/channels/${ch.id}`)).body).toEqual(created.body);
    const list = await api("GET", "/channels?limit=100");
    expect(list.body.data.find((c: { id: string }) => c.id === ch.id)).toEqual(created.body);
    expect(JSON.stringify(list.body)).not.toContain(url);

    // The raw row: no URL in clear anywhere, the sealed config is ciphertext.
    const [row] = await server.query<Record<string, string>>("SELECT * FROM channels WHERE id = ?", ch.id);
    expect(row).toBeDefined();
    expect(JSON.stringify(row)).not.toContain(url);
    expect(JSON.stringify(row)).not.toContain("B000");
    expect(row!.config_sealed).not.toContain("services");
    expect(JSON.parse(row!.config_public!)).toEqual({ webhook_url: masked });
  });

  test("PATCH renames, or replaces the configuration after validating it for the channel's kind", async () => {
    const ch = await slackChannel("ok", "#before");
    const renamed = await api("PATCH", `/channels/${ch.id}`, { name: "#sev1" });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: "#sev1", config: (await api("GET", `/channels/${ch.id}`)).body.config });

    const bad = await api("PATCH", `/channels/${ch.id}`, { config: { webhook_url: "http://hooks.slack.com/services/x" } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(["#/config/webhook_url"]);
    const wrongKind = await api("PATCH", `/channels/${ch.id}`, { config: { recipients: ["a@example.com"] } });
    expect(wrongKind.status).toBe(422);
    expect(wrongKind.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(["#/config/recipients", "#/config/webhook_url"]);

    const moved = await api("PATCH", `/channels/${ch.id}`, { config: { webhook_url: slack.url("gone") } });
    expect(moved.status).toBe(200);
    expect(moved.body.config.webhook_url).toEndWith("…gone");
    expect((await api("POST", `/channels/${ch.id}/test`)).body.error).toContain("no_service");
  });

  test("email and webhook channels; every invalid setting reported with a pointer", async () => {
    const mail = await api("POST", "/channels", { name: "on-call mail", kind: "email", config: { recipients: ["oncall@example.com", "sre@example.com"] } });
    expect(mail.status).toBe(201);
    expect(mail.body.config).toEqual({ recipients: ["oncall@example.com", "sre@example.com"] });
    const hook = await api("POST", "/channels", { name: "pager", kind: "webhook", config: { url: "https://example.com/notify", headers: { Authorization: "Bearer 0123456789abcdef" } } });
    expect(hook.status).toBe(201);
    expect(hook.body.config).toEqual({ url: "https://example.com/notify", headers: { Authorization: "…cdef" } });
    // Removed at once: no test here may send anywhere but loopback (send_notification to all channels below).
    expect((await api("DELETE", `/channels/${hook.body.id}`)).status).toBe(204);

    const bad = await api("POST", "/channels", { name: "x", kind: "email", config: { recipients: ["ok@example.com", "not an address"], cc: [] } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(["#/config/cc", "#/config/recipients/1"]);
    const private_ = await api("POST", "/channels", { name: "x", kind: "webhook", config: { url: "https://169.254.169.254/latest" } });
    expect(private_.status).toBe(422);
    expect(private_.body.errors[0].pointer).toBe("#/config/url");
    expect((await api("POST", "/channels", { name: "x", kind: "sms", config: {} })).status).toBe(422);
  });

  test("DELETE removes the channel, and escalation policy levels that named it no longer do", async () => {
    const ch = await slackChannel("ok", "#temp");
    const keep = await slackChannel("ok", "#keep");
    const policy = await api("POST", "/escalation-policies", {
      name: "uses #temp",
      repeat: 0,
      levels: [
        { delay_minutes: 0, channel_ids: [ch.id, keep.id] },
        { delay_minutes: 5, channel_ids: [ch.id] },
      ],
    });
    expect(policy.status, JSON.stringify(policy.body)).toBe(201);
    expect((await api("DELETE", `/channels/${ch.id}`)).status).toBe(204);
    const levels = (await api("GET", `/escalation-policies/${policy.body.id}`)).body.levels;
    expect(levels.map((l: { channel_ids: string[] }) => l.channel_ids)).toEqual([[keep.id], []]);
    expect((await api("GET", `/channels/${ch.id}`)).status).toBe(404);
    expect((await api("POST", `/channels/${ch.id}/test`)).status).toBe(404);
  });
});

describe("test endpoint: the provider's answer, always a 200", () => {
  test.each([
    ["ok", true, 200, null],
    ["invalid", false, 400, "invalid_payload"],
    ["gone", false, 404, "no_service"],
    ["limited", false, 429, "wait 30 s before sending again (Retry-After: 30)"],
  ] as const)("slack %s", async (answer, success, status, said) => {
    const ch = await slackChannel(answer);
    const before = slack.received.length;
    const res = await api("POST", `/channels/${ch.id}/test`);
    expect(res.status).toBe(200);
    const r = zNotificationResult.parse(res.body);
    expect(r).toMatchObject({ success, status_code: status });
    if (said === null) expect(r.error).toBeNull();
    else expect(r.error).toContain(said);
    expect(slack.received.length).toBe(before + 1);
    const sent = slack.received.at(-1)!.json as { text: string; blocks: unknown[] };
    expect(sent.text).toContain(`Tripwire test message for #${answer}`);
    expect(sent.blocks.length).toBeGreaterThan(0);
  });

  test("email: the message reaches the SMTP server with the channel's recipients", async () => {
    const ch = (await api("POST", "/channels", { name: "mail", kind: "email", config: { recipients: ["oncall@example.com", "sre@example.com"] } })).body;
    const before = smtp.inbox.length;
    const res = await api("POST", `/channels/${ch.id}/test`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ success: true, status_code: 250, error: null });
    const mail = (await smtp.waitFor(before + 1))[before]!;
    expect(mail.from).toBe("tripwire@example.com");
    expect(mail.to).toEqual(["oncall@example.com", "sre@example.com"]);
    expect(mail.subject).toBe("Tripwire test message for mail");
    expect(mail.decoded).toContain(`This is a test of the email channel "mail" (${ch.id})`);
    expect(mail.raw).toContain("Content-Type: text/html");
  });
});

describe("workflows", () => {
  test("the documented Draft Review Alert, with a real channel: a draft incident's message reaches Slack, a public one's does not", async () => {
    const ch = await slackChannel("ok", "#drafts");
    const res = await api("POST", "/workflows", {
      name: "Draft Review Alert",
      trigger: "incident.created",
      conditions: { operator: "AND", conditions: [{ field: "visibility", operator: "equals", value: "draft" }] },
      actions: [{ type: "send_notification", channel_id: ch.id, message: "Draft incident created: {{incident.title}} ({{incident.severity}}). Review and publish it." }],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const wf = res.body;
    const act = await api("POST", `/workflows/${wf.id}/activate`);
    expect(act.status, JSON.stringify(act.body)).toBe(200);

    const before = slack.received.length;
    const draft = (await api("POST", "/incidents", { title: "Payments latency", severity: "major", visibility: "draft" })).body;
    const run = await finishedRun(wf.id);
    expect(run.status).toBe("completed");
    expect(run.steps[0]).toMatchObject({ status: "completed", output: expect.objectContaining({ channel_id: ch.id, success: true, status_code: 200 }) });
    const got = (await slack.waitFor(before + 1)).slice(before);
    expect(got).toHaveLength(1);
    const sent = got[0]!.json as { text: string; blocks: { type: string; text?: { text: string }; fields?: { text: string }[]; elements?: { text: string }[] }[] };
    expect(sent.text).toBe("Payments latency: Draft incident created: Payments latency (major). Review and publish it.");
    expect(sent.blocks[0]!.text!.text).toBe("Payments latency");
    expect(sent.blocks[2]!.fields!.map((f) => f.text)).toEqual(["*Severity*\nmajor", "*Status*\ninvestigating"]);
    expect(sent.blocks[3]!.elements![0]!.text).toContain(`/api/v1/incidents/${draft.id}`);

    // A public incident: evaluated, skipped, nothing sent.
    await api("POST", "/incidents", { title: "Public one", visibility: "public" });
    await server.drainOutbox();
    const skipped = await waitFor(async () => {
      const evals = (await api("GET", `/workflows/${wf.id}/evaluations`)).body.data as { outcome: string; reason: string }[];
      return evals.find((e) => e.outcome === "skipped");
    });
    expect(skipped.reason).toBe("conditions_false");
    await Bun.sleep(100);
    expect(slack.received.length).toBe(before + 1);
    await api("POST", `/workflows/${wf.id}/disable`);
  });

  test("send_email from a manual workflow: recipients, subject, text body, and an HTML body whose values are escaped", async () => {
    const wf = (
      await api("POST", "/workflows", {
        name: "mail report",
        trigger: "manual",
        state: "active",
        actions: [{ type: "send_email", to: "{{payload.to}}", subject: "Report: {{payload.title}}", body: "Plain: {{payload.title}}", html: "<p>Title: <b>{{payload.title}}</b></p>" }],
      })
    ).body;
    const before = smtp.inbox.length;
    const queued = await api("POST", `/workflows/${wf.id}/runs`, { payload: { to: ["lead@example.com", "cto@example.com"], title: "<img src=x onerror=alert(1)> & co" } });
    expect(queued.status).toBe(202);
    const run = await finishedRun(wf.id);
    expect(run.status, JSON.stringify(run.steps)).toBe("completed");
    expect(run.steps[0].output).toMatchObject({ to: ["lead@example.com", "cto@example.com"], status_code: 250 });
    const mail = (await smtp.waitFor(before + 1))[before]!;
    expect(mail.to).toEqual(["lead@example.com", "cto@example.com"]);
    expect(mail.subject).toBe("Report: <img src=x onerror=alert(1)> & co");
    expect(mail.decoded).toContain("Plain: <img src=x onerror=alert(1)> & co");
    expect(mail.decoded).toContain("<p>Title: <b>&lt;img src=x onerror=alert(1)&gt; &amp; co</b></p>");
    expect(mail.decoded).not.toContain("<b><img");
  });

  test("a failing Slack send is a failed step whose error names Slack's answer, sent once", async () => {
    const wf = (
      await api("POST", "/workflows", {
        name: "slack fails",
        trigger: "manual",
        state: "active",
        actions: [{ type: "send_slack_message", webhook_url: slack.url("gone"), text: "Anyone there?" }],
      })
    ).body;
    const before = slack.received.length;
    await api("POST", `/workflows/${wf.id}/runs`, { payload: {} });
    const run = await finishedRun(wf.id);
    expect(run.status).toBe("failed");
    expect(run.steps[0].status).toBe("failed");
    expect(run.steps[0].error).toContain("Slack answered 404 no_service");
    expect(run.error).toContain("no_service");
    expect(slack.received.length).toBe(before + 1);
  });

  test("send_notification to every channel fails the step naming each failed channel", async () => {
    // Every channel created so far in this file is in the organization; some answer with errors.
    const wf = (await api("POST", "/workflows", { name: "all channels", trigger: "manual", state: "active", actions: [{ type: "send_notification", message: "Broadcast" }] })).body;
    await api("POST", `/workflows/${wf.id}/runs`, { payload: {} });
    const run = await finishedRun(wf.id);
    expect(run.status).toBe("failed");
    expect(run.steps[0].error).toMatch(/^\d+ of \d+ channels failed: /);
    expect(run.steps[0].error).toContain("invalid_payload");
    expect(run.steps[0].error).toContain("no_service");
  });
});
