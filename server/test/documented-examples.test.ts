/**
 * The documented example workflows (reference product-docs/workflows.txt), copied exactly, over the real server,
 * end to end. Both name `"channel_id": "ch_slack_ops"`: a channel created with that key (issue #13, point 2) is the
 * one they send through, a Slack-like receiver on loopback.
 *
 * "Daily Health Report" also calls https://api.example.com/generate-report. Without internet (and without touching
 * the user's JSON), the test server is started with the development-only TRIPWIRE_DEV_OUTBOUND_OVERRIDES, which
 * sends calls for that origin to a loopback receiver instead (with the original Host header); the SSRF guard and
 * everything else run as usual. The server's clock is the test's: it stands just before 09:00 UTC, the workflow is
 * activated, then the clock moves past 09:00 and the schedule fires once.
 *
 * The escalation policy case shows the other kind of channel reference: a level naming an email channel by its key
 * pages through a real SMTP sink; and once the key `ch_slack_ops` names an email channel, the Draft Review Alert
 * JSON, unchanged, mails through that sink.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { zChannel, zRun, zSchedulePreview, zWorkflow } from "../src/generated/zod.gen.ts";
import { startSlackReceiver, startSmtpSink } from "../src/notify/test-servers.ts";
import { apiClient, startTestServer, type TestServer } from "./harness.ts";
import { startReceiver } from "./receiver.ts";
import { waitFor } from "./wait.ts";

/** A minute before 09:00 UTC; moved past it by the schedule test. */
let now = Date.parse("2026-11-23T08:59:00.000Z");

let server: TestServer;
let api: ReturnType<typeof apiClient>;
let slack: ReturnType<typeof startSlackReceiver>;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let reports: ReturnType<typeof startReceiver>;
let opsChannelId: string;

beforeAll(async () => {
  slack = startSlackReceiver();
  smtp = await startSmtpSink();
  reports = startReceiver(() => Response.json({ report: "rep_2026_11_23" }));
  const reportsOrigin = new URL(reports.url).origin;
  server = await startTestServer({
    clock: { now: () => now },
    env: { SMTP_URL: smtp.url, TRIPWIRE_DEV_OUTBOUND_OVERRIDES: `https://api.example.com=${reportsOrigin}` },
  });
  api = apiClient(server.baseUrl, server.apiKey);
  const channel = await api("POST", "/channels", { name: "#ops", key: "ch_slack_ops", kind: "slack", config: { webhook_url: slack.url("ok") } });
  expect(channel.status, JSON.stringify(channel.body)).toBe(201);
  expect(zChannel.parse(channel.body)).toEqual(expect.objectContaining({ key: "ch_slack_ops", name: "#ops", kind: "slack" }));
  opsChannelId = channel.body.id;
});
afterAll(async () => {
  await server?.stop();
  slack?.stop();
  reports?.stop();
  await smtp?.stop();
});

async function finishedRun(workflowId: string) {
  const runs = await waitFor(async () => {
    const list = (await api("GET", `/runs?workflow_id=${workflowId}`)).body.data as { id: string; status: string }[];
    return list.length > 0 && !["queued", "running", "waiting"].includes(list[0]!.status) ? list : undefined;
  });
  expect(runs).toHaveLength(1);
  return zRun.parse((await api("GET", `/runs/${runs[0]!.id}`)).body);
}

describe("channel keys", () => {
  test("the key is shown on the channel, a second channel with the same key is a 409, and a key shaped like an id is refused", async () => {
    const got = await api("GET", `/channels/${opsChannelId}`);
    expect(got.body.key).toBe("ch_slack_ops");
    const dup = await api("POST", "/channels", { name: "#ops again", key: "ch_slack_ops", kind: "slack", config: { webhook_url: slack.url("ok") } });
    expect(dup.status).toBe(409);
    expect(dup.body.detail).toContain(opsChannelId);
    const idLike = await api("POST", "/channels", { name: "x", key: "chn_mine", kind: "slack", config: { webhook_url: slack.url("ok") } });
    expect(idLike.status).toBe(422);
    expect(idLike.body.errors[0].pointer).toBe("#/key");
    const bad = await api("POST", "/channels", { name: "x", key: "has space", kind: "slack", config: { webhook_url: slack.url("ok") } });
    expect(bad.status).toBe(422);
    const plain = await api("POST", "/channels", { name: "no key", kind: "webhook", config: { url: reports.url } });
    expect(plain.status).toBe(201);
    expect(plain.body.key).toBeNull();
    expect((await api("DELETE", `/channels/${plain.body.id}`)).status).toBe(204);
  });
});

describe("Draft Review Alert, exactly as documented", () => {
  test("activates, and a draft incident sends the message through ch_slack_ops", async () => {
    const example = {
      name: "Draft Review Alert",
      trigger: "incident.created",
      conditions: {
        operator: "AND",
        conditions: [{ field: "visibility", operator: "equals", value: "draft" }],
      },
      actions: [
        {
          type: "send_notification",
          channel_id: "ch_slack_ops",
          message: "Draft incident created: {{incident.title}} ({{incident.severity}}). Review and publish at https://kodostatus.com/dashboard/incidents",
        },
      ],
    };
    const created = await api("POST", "/workflows", example);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const wf = zWorkflow.parse(created.body);
    const activated = await api("POST", `/workflows/${wf.id}/activate`);
    expect(activated.status, JSON.stringify(activated.body)).toBe(200);

    const before = slack.received.length;
    // A public incident does not match; a draft does.
    expect((await api("POST", "/incidents", { title: "Public one", severity: "minor", visibility: "public" })).status).toBe(201);
    expect((await api("POST", "/incidents", { title: "Checkout API returns 502", severity: "critical", visibility: "draft" })).status).toBe(201);
    await slack.waitFor(before + 1);
    const run = await finishedRun(wf.id);
    expect(run.status).toBe("completed");
    expect(run.test).toBe(false);
    expect(run.steps?.[0]?.output).toEqual(expect.objectContaining({ channel_id: opsChannelId, success: true }));
    const sent = slack.received.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.json?.text).toBe(
      "Checkout API returns 502: Draft incident created: Checkout API returns 502 (critical). Review and publish at https://kodostatus.com/dashboard/incidents",
    );
    expect((await api("POST", `/workflows/${wf.id}/disable`)).status).toBe(200);
  });
});

describe("Daily Health Report, exactly as documented", () => {
  test("activates, fires at 09:00 UTC, calls api.example.com (overridden to loopback) and notifies ch_slack_ops", async () => {
    const example = {
      name: "Daily Health Report",
      trigger: "scheduled",
      schedule: "0 9 * * *",
      actions: [
        {
          type: "execute_webhook",
          url: "https://api.example.com/generate-report",
        },
        {
          type: "send_notification",
          channel_id: "ch_slack_ops",
          message: "Daily health report generated. View at https://dashboard.example.com/reports",
        },
      ],
    };
    const created = await api("POST", "/workflows", example);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const wf = zWorkflow.parse(created.body);
    expect(wf).toEqual(expect.objectContaining({ trigger: { type: "scheduled", schedule: "0 9 * * *" }, actions: example.actions }));
    const activated = await api("POST", `/workflows/${wf.id}/activate`);
    expect(activated.status, JSON.stringify(activated.body)).toBe(200);
    const schedule = await api("GET", `/workflows/${wf.id}/schedule?count=2`);
    expect(zSchedulePreview.parse(schedule.body)).toEqual({
      schedule: "0 9 * * *",
      every: null,
      timezone: "UTC",
      next: ["2026-11-23T09:00:00.000Z", "2026-11-24T09:00:00.000Z"],
    });

    // Not yet 09:00: nothing runs.
    await Bun.sleep(1200);
    expect((await api("GET", `/runs?workflow_id=${wf.id}`)).body.data).toEqual([]);

    const before = slack.received.length;
    now = Date.parse("2026-11-23T09:00:02.000Z");
    const run = await finishedRun(wf.id);
    expect(run.status, JSON.stringify(run.steps)).toBe("completed");
    expect(run.trigger_type).toBe("scheduled");
    expect(run.event.data).toEqual(expect.objectContaining({ schedule: expect.objectContaining({ cron: "0 9 * * *", fired_at: "2026-11-23T09:00:00.000Z" }) }));

    // The call for api.example.com reached the loopback receiver, with the documented host.
    const [call] = await reports.waitFor(1);
    expect(call!.headers.host).toBe("api.example.com");
    expect(run.steps?.[0]?.output).toEqual(expect.objectContaining({ status: 200 }));
    expect(run.steps?.[0]?.output?.response_excerpt).toContain("rep_2026_11_23");

    await slack.waitFor(before + 1);
    expect(slack.received.slice(before).map((r) => r.json?.text)).toEqual([
      "Workflow: Daily Health Report: Daily health report generated. View at https://dashboard.example.com/reports",
    ]);
    expect((await api("POST", `/workflows/${wf.id}/disable`)).status).toBe(200);
  });
});

describe("an escalation level names a channel by key", () => {
  test("the policy is accepted with the key, keeps it as written, and paging mails through the keyed email channel", async () => {
    const email = await api("POST", "/channels", { name: "On-call mail", key: "ch_email_oncall", kind: "email", config: { recipients: ["oncall@example.com"] } });
    expect(email.status, JSON.stringify(email.body)).toBe(201);
    const missing = await api("POST", "/escalation-policies", { name: "P", levels: [{ delay_minutes: 0, channel_ids: ["ch_nope"] }] });
    expect(missing.status).toBe(422);
    expect(missing.body.errors).toEqual([expect.objectContaining({ pointer: "#/levels/0/channel_ids/0" })]);
    const policy = await api("POST", "/escalation-policies", { name: "Ops", levels: [{ delay_minutes: 0, channel_ids: ["ch_email_oncall"] }] });
    expect(policy.status, JSON.stringify(policy.body)).toBe(201);
    expect(policy.body.levels[0].channel_ids).toEqual(["ch_email_oncall"]);

    const incident = (await api("POST", "/incidents", { title: "Paging by key", severity: "critical" })).body;
    const wf = await api("POST", "/workflows", {
      name: "Page",
      trigger: "manual",
      state: "active",
      actions: [{ type: "page_on_call", policy_id: policy.body.id, incident_id: incident.id }],
    });
    expect(wf.status, JSON.stringify(wf.body)).toBe(201);
    expect((await api("POST", `/workflows/${wf.body.id}/runs`, {})).status).toBe(202);
    const mails = await smtp.waitFor(1, 10_000);
    expect(mails[0]!.to).toEqual(["oncall@example.com"]);
    expect(mails[0]!.decoded).toContain("Paging by key");
  });
});

describe("Draft Review Alert again, with ch_slack_ops an email channel", () => {
  test("the same JSON mails the message through the real SMTP sink once the key names an email channel", async () => {
    // The Slack channel goes (no active workflow uses it any more); an email channel takes over its key.
    expect((await api("DELETE", `/channels/${opsChannelId}`)).status).toBe(204);
    const email = await api("POST", "/channels", { name: "Ops mail", key: "ch_slack_ops", kind: "email", config: { recipients: ["ops@example.com"] } });
    expect(email.status, JSON.stringify(email.body)).toBe(201);
    const wf = await api("POST", "/workflows", {
      name: "Draft Review Alert",
      trigger: "incident.created",
      conditions: { operator: "AND", conditions: [{ field: "visibility", operator: "equals", value: "draft" }] },
      actions: [
        {
          type: "send_notification",
          channel_id: "ch_slack_ops",
          message: "Draft incident created: {{incident.title}} ({{incident.severity}}). Review and publish at https://kodostatus.com/dashboard/incidents",
        },
      ],
    });
    expect(wf.status, JSON.stringify(wf.body)).toBe(201);
    expect((await api("POST", `/workflows/${wf.body.id}/activate`)).status).toBe(200);
    const mailsBefore = smtp.inbox.length;
    const slackBefore = slack.received.length;
    expect((await api("POST", "/incidents", { title: "Search is slow", severity: "minor", visibility: "draft" })).status).toBe(201);
    const run = await finishedRun(wf.body.id);
    expect(run.status, JSON.stringify(run.steps)).toBe("completed");
    expect(run.steps?.[0]?.output).toEqual(expect.objectContaining({ channel_id: email.body.id, success: true }));
    const mails = (await smtp.waitFor(mailsBefore + 1, 10_000)).slice(mailsBefore);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toEqual(["ops@example.com"]);
    expect(mails[0]!.decoded).toContain("Draft incident created: Search is slow (minor). Review and publish at https://kodostatus.com/dashboard/incidents");
    expect(slack.received.length).toBe(slackBefore);
  });
});
