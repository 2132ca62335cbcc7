/**
 * Links in Slack, email and paging messages work outside the server: with TRIPWIRE_PUBLIC_URL they are absolute
 * URLs on it; without it, on the address the server listens at. Over the real server, with a Slack-like receiver
 * and an SMTP sink on loopback.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { startSlackReceiver, startSmtpSink } from "../src/notify/test-servers.ts";
import { apiClient, startTestServer, type TestServer } from "./harness.ts";
import { waitFor } from "./wait.ts";

const PUBLIC = "https://tripwire.example.com";

let slack: ReturnType<typeof startSlackReceiver>;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
const servers: TestServer[] = [];

beforeAll(async () => {
  slack = startSlackReceiver();
  smtp = await startSmtpSink();
});
afterAll(async () => {
  for (const s of servers) await s.stop();
  slack?.stop();
  await smtp?.stop();
});

async function start(env: Record<string, string>) {
  const server = await startTestServer({ env: { SMTP_URL: smtp.url, ...env } });
  servers.push(server);
  return { server, api: apiClient(server.baseUrl, server.apiKey) };
}

const done = (s: string) => ["completed", "completed_with_errors", "failed", "canceled"].includes(s);

/** A notify-everything workflow on incident.created, a page_on_call manual workflow, and one incident; returns its id. */
async function exercise(api: ReturnType<typeof apiClient>, tag: string) {
  const ok = (r: { status: number; body: unknown }, status: number) => expect(r.status, JSON.stringify(r.body)).toBe(status);
  ok(await api("POST", "/channels", { name: `#ops-${tag}`, kind: "slack", config: { webhook_url: `${slack.url("ok")}?${tag}` } }), 201);
  ok(await api("POST", "/channels", { name: `mail-${tag}`, kind: "email", config: { recipients: [`ops-${tag}@example.com`] } }), 201);
  ok(
    await api("POST", "/workflows", {
      name: "Tell everyone",
      trigger: "incident.created",
      state: "active",
      actions: [{ type: "send_notification", message: "New incident: {{incident.title}}" }],
    }),
    201,
  );
  const member = (await api("POST", "/members", { name: "Ada", email: `ada-${tag}@example.com` })).body;
  const policy = (await api("POST", "/escalation-policies", { name: "On-call", levels: [{ delay_minutes: 5, member_ids: [member.id] }] })).body;
  const pager = await api("POST", "/workflows", {
    name: "Page",
    trigger: "manual",
    state: "active",
    actions: [{ type: "page_on_call", policy_id: policy.id, incident_id: "{{payload.incident_id}}" }],
  });
  ok(pager, 201);
  const incident = await api("POST", "/incidents", { title: `Checkout returns 502 (${tag})`, severity: "critical" });
  ok(incident, 201);
  const run = await api("POST", `/workflows/${pager.body.id}/runs`, { payload: { incident_id: incident.body.id } });
  ok(run, 202);
  const finished = await waitFor(async () => {
    const r = (await api("GET", `/runs/${run.body.id}`)).body;
    return done(r.status) && r;
  });
  expect(finished.status, JSON.stringify(finished.steps)).toBe("completed");
  return incident.body.id as string;
}

async function sent(tag: string) {
  const slackPost = await waitFor(async () => slack.received.find((r) => JSON.stringify(r.json).includes(`(${tag})`)));
  const channelMail = await waitFor(async () => smtp.inbox.find((m) => m.to.includes(`ops-${tag}@example.com`)));
  const page = await waitFor(async () => smtp.inbox.find((m) => m.to.includes(`ada-${tag}@example.com`)));
  return { slack: JSON.stringify(slackPost.json), channelMail: channelMail.decoded, page: page.decoded };
}

describe("TRIPWIRE_PUBLIC_URL", () => {
  test("set: Slack, channel email and paging email link to the incident at the public URL", async () => {
    const { api } = await start({ TRIPWIRE_PUBLIC_URL: `${PUBLIC}/` });
    const id = await exercise(api, "public");
    const link = `${PUBLIC}/api/v1/incidents/${id}`;
    const m = await sent("public");
    expect(m.slack).toContain(`<${link}|View in Tripwire>`);
    expect(m.channelMail).toContain(`Link: ${link}`);
    expect(m.channelMail).toContain(`<a href="${link}">`);
    expect(m.page).toContain(`acknowledge or resolve it (${link}) to stop the paging`);
    expect(m.page).toContain(`Link: ${link}`);
    // No bare API path is left anywhere (only the absolute link holds one).
    for (const text of Object.values(m)) expect(text.replaceAll(link, "")).not.toContain("/api/v1/incidents/");
  });

  test("unset: the links are absolute on the address the server listens at", async () => {
    const { server, api } = await start({});
    const id = await exercise(api, "default");
    const link = `${server.baseUrl}/api/v1/incidents/${id}`;
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1\/incidents\/inc_/);
    const m = await sent("default");
    expect(m.slack).toContain(`<${link}|View in Tripwire>`);
    expect(m.channelMail).toContain(`Link: ${link}`);
    expect(m.page).toContain(`(${link})`);
  });
});
