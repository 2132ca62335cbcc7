/**
 * Runs examples/sdk/on-call.ts as a user would, as a subprocess against the real server on loopback, with the
 * server's email going to a real SMTP server (smtp-server) and the Slack channel pointing at a Slack-like receiver.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { resolve } from "node:path";
import { startSlackReceiver, startSmtpSink } from "../../server/src/notify/test-servers.ts";
import { apiClient, startTestServer } from "../../server/test/harness.ts";

const root = resolve(import.meta.dir, "../..");
let server: Awaited<ReturnType<typeof startTestServer>>;
let api: ReturnType<typeof apiClient>;
let slack: ReturnType<typeof startSlackReceiver>;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;

beforeAll(async () => {
  slack = startSlackReceiver();
  smtp = await startSmtpSink();
  server = await startTestServer({ env: { SMTP_URL: smtp.url, TRIPWIRE_RATE_LIMIT: "100000" } });
  api = apiClient(server.baseUrl, server.apiKey);
});
afterAll(async () => {
  await server?.stop();
  slack?.stop();
  await smtp?.stop();
});

async function runExample(env: Record<string, string | undefined>, args: string[] = []) {
  const proc = Bun.spawn(["bun", "examples/sdk/on-call.ts", ...args], {
    cwd: root,
    env: { ...process.env, TRIPWIRE_URL: undefined, TRIPWIRE_API_KEY: undefined, SLACK_WEBHOOK_URL: undefined, ONCALL_EMAIL: undefined, ...env },
    stdin: "ignore",
    stdout: "pipe",
    stderr: "pipe",
  });
  const [stdout, stderr, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited]);
  return { stdout, stderr, code };
}

const env = (email: string) => ({ TRIPWIRE_URL: server.baseUrl, TRIPWIRE_API_KEY: server.apiKey, SLACK_WEBHOOK_URL: slack.url("ok"), ONCALL_EMAIL: email });

describe("examples/sdk/on-call.ts", () => {
  test("pages the member by email and posts to Slack for a critical alert; the acknowledgement stops level 2", async () => {
    const title = "Payments p99 above 2 s (on-call example)";
    const email = "oncall@example.com";
    const { stdout, stderr, code } = await runExample(env(email), [title]);
    expect(stderr).toBe("");
    expect(code, stdout).toBe(0);

    const memberId = stdout.match(/^member created: (mem_\w+) oncall <oncall@example\.com>$/m)?.[1];
    const channelId = stdout.match(/^channel created: (chn_\w+) "on-call-\w+" \(slack, .*\)$/m)?.[1];
    const workflowId = stdout.match(/^workflow active: (wfl_\w+) "on-call-\w+" on alert\.fired when severity equals critical \(version 1, 2 steps\)$/m)?.[1];
    const alertId = stdout.match(/^alert fired: (alt_\w+) "(.*)" \[critical, firing\] dedup_key=on-call-example-\w+$/m)?.[1];
    const escalationId = stdout.match(/^escalation (esc_\w+): level 1 notified \d+ ms after the alert$/m)?.[1];
    for (const id of [memberId, channelId, workflowId, alertId, escalationId]) expect(id, stdout).toBeDefined();
    // The Slack URL is never printed in clear: the API shows it masked.
    expect(stdout).not.toContain(slack.url("ok"));
    expect(stdout).toMatch(new RegExp(`^alert acknowledged: ${alertId} by ${memberId} at \\S+ \\(\\d+ ms after firing\\)$`, "m"));
    expect(stdout).toMatch(/^run run_\w+: completed$/m);
    expect(stdout).toMatch(new RegExp(`^  0  page_on_call  page  completed  escalation_id=${escalationId} .*target_type=alert target_id=${alertId}`, "m"));
    expect(stdout).toMatch(new RegExp(`^  1  send_notification  notify  completed  channel_id=${channelId} .*success=true`, "m"));
    expect(stdout).toContain(`\nescalation ${escalationId}: acknowledged (policy esp_`);
    expect(stdout).toMatch(/\nlevels reached:\n  level 1 \(cycle 1\) at \S+\nnotifications:\n/);
    expect(stdout).toMatch(new RegExp(`\\nnotifications:\\n  level 1: member ${memberId} by email at \\S+: sent\\n\\n`));
    expect(stdout).toContain(`\nalert ${alertId}: acknowledged\n`);
    expect(stdout).toEndWith(`workflow disabled: ${workflowId}\n`);

    // Level 1: the page email reached the member through the real SMTP server.
    const pages = smtp.inbox.filter((m) => m.to.includes(email));
    expect(pages).toHaveLength(1);
    expect(pages[0]!.subject).toBe(`[Tripwire] ${title} (critical)`);
    expect(pages[0]!.decoded).toContain(title);
    expect(pages[0]!.decoded).toContain(`/api/v1/alerts/${alertId}`);

    // send_notification: one Slack message, with the templated text.
    expect(slack.received).toHaveLength(1);
    expect(slack.received[0]!.path).toBe("/services/T000/B000/ok");
    expect(slack.received[0]!.json?.text).toContain(`${title} is firing`);

    // Level 2 (the Slack channel) was due 3 s after level 1: wait past that and a worker poll; it never came.
    const escalation = (await api("GET", `/escalations/${escalationId}`)).body;
    expect(escalation).toEqual(expect.objectContaining({ status: "acknowledged", next_at: null, target_type: "alert", target_id: alertId }));
    const level1At = Date.parse(escalation.levels_reached[0].at);
    await Bun.sleep(Math.max(0, level1At + 3000 + 1500 - Date.now()));
    expect(slack.received).toHaveLength(1);
    expect(smtp.inbox.filter((m) => m.to.includes(email))).toHaveLength(1);
    const after = (await api("GET", `/escalations/${escalationId}`)).body;
    expect(after.status).toBe("acknowledged");
    expect(after.levels_reached).toHaveLength(1);
    expect(after.notifications).toEqual([
      expect.objectContaining({ level: 0, cycle: 0, recipient_type: "member", recipient_id: memberId, channel_kind: "email", success: true, error: null }),
    ]);

    // What the script printed is what the server holds.
    expect((await api("GET", `/alerts/${alertId}`)).body).toEqual(expect.objectContaining({ title, severity: "critical", status: "acknowledged", acknowledged_by: memberId }));
    const policy = (await api("GET", `/escalation-policies/${escalation.policy_id}`)).body;
    expect(policy.levels).toEqual([
      { delay_minutes: 0.05, member_ids: [memberId], channel_ids: [] },
      { delay_minutes: 0, member_ids: [], channel_ids: [channelId] },
    ]);
    const workflow = (await api("GET", `/workflows/${workflowId}`)).body;
    expect(workflow).toEqual(expect.objectContaining({ trigger: { type: "alert.fired" }, state: "disabled" }));
    expect(workflow.conditions).toEqual({ operator: "AND", conditions: [{ field: "severity", operator: "equals", value: "critical" }] });
  }, 20_000);

  test("a second run reuses the member with ONCALL_EMAIL", async () => {
    const { stdout, stderr, code } = await runExample(env("oncall@example.com"), ["Second page (on-call example)"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^member found: mem_\w+ oncall <oncall@example\.com>$/m);
    expect(smtp.inbox.filter((m) => m.subject.includes("Second page (on-call example)"))).toHaveLength(1);
  }, 20_000);

  test("reports an API error with the problem's detail and exits 1", async () => {
    const key = await api("POST", "/api-keys", { name: "members only", scopes: ["members:read", "members:write"] });
    expect(key.status).toBe(201);
    const { stdout, stderr, code } = await runExample({ ...env("someone@example.com"), TRIPWIRE_API_KEY: key.body.secret });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^member created: /);
    expect(stderr).toMatch(/^Tripwire API error: 403 Insufficient scope: .*channels:write.* \(request req_\w+\)$/m);
  });

  test("exits 2 naming every missing variable", async () => {
    const { stderr, code } = await runExample({ TRIPWIRE_URL: server.baseUrl, TRIPWIRE_API_KEY: server.apiKey });
    expect(code).toBe(2);
    expect(stderr).toContain("Set SLACK_WEBHOOK_URL");
    expect(stderr).toContain("Set ONCALL_EMAIL");
    expect(stderr).not.toContain("Set TRIPWIRE_API_KEY");
  });
});
