/**
 * On-call over the real server: escalation policies over HTTP, and a manual workflow whose page_on_call step
 * escalates an incident, with the emails arriving at a real SMTP server (smtp-server) on loopback. Delays are
 * fractions of a minute (0.01 = 600 ms), so the whole file takes seconds.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SMTPServer } from "smtp-server";
import { zEscalation, zEscalationPolicy } from "../src/generated/zod.gen.ts";
import { apiClient, startTestServer, type TestServer } from "./harness.ts";
import { spawnServer } from "./spawn.ts";

interface Mail {
  to: string[];
  subject: string;
  raw: string;
  at: number;
}

/** A sink that accepts every message and keeps it. */
async function startSmtpSink() {
  const mails: Mail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const subject = /^Subject: (.*(?:\r\n[ \t].*)*)/im.exec(raw)?.[1]?.replace(/\r\n[ \t]/g, " ") ?? "";
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), subject, raw, at: Date.now() });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", () => resolve()));
  const port = (smtp.server.address() as { port: number }).port;
  return { mails, port, close: () => new Promise<void>((resolve) => smtp.close(() => resolve())) };
}

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let server: TestServer;
let api: ReturnType<typeof apiClient>;
let ada: { id: string; email: string };
let bob: { id: string; email: string };

beforeAll(async () => {
  sink = await startSmtpSink();
  server = await startTestServer({ env: { SMTP_URL: `smtp://127.0.0.1:${sink.port}`, TRIPWIRE_RATE_LIMIT: "100000" } });
  api = apiClient(server.baseUrl, server.apiKey);
  ada = (await api("POST", "/members", { name: "Ada", email: "ada@example.com" })).body;
  bob = (await api("POST", "/members", { name: "Bob", email: "bob@example.com" })).body;
});
afterAll(async () => {
  await server?.stop();
  await sink?.close();
});

async function waitFor<T>(what: string, f: () => Promise<T | null | undefined | false>, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await Bun.sleep(25);
  }
}
const mailsTo = (email: string, subject: string) => sink.mails.filter((m) => m.to.includes(email) && m.subject.includes(subject));

describe("escalation policies", () => {
  test("create, read, list, update and delete", async () => {
    const created = await api("POST", "/escalation-policies", {
      name: "Payments on-call",
      description: "Primary, then secondary",
      repeat: 1,
      levels: [
        { delay_minutes: 5, member_ids: [ada.id] },
        { delay_minutes: 10, member_ids: [bob.id], channel_ids: [] },
      ],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const p = zEscalationPolicy.parse(created.body);
    expect(created.body).not.toHaveProperty("organization_id");
    expect(p.levels).toEqual([
      { delay_minutes: 5, member_ids: [ada.id], channel_ids: [] },
      { delay_minutes: 10, member_ids: [bob.id], channel_ids: [] },
    ]);

    expect((await api("GET", `/escalation-policies/${p.id}`)).body).toEqual(created.body);
    const list = await api("GET", "/escalation-policies?limit=100");
    expect(list.status).toBe(200);
    expect(list.body.data.map((x: { id: string }) => x.id)).toContain(p.id);

    const patched = await api("PATCH", `/escalation-policies/${p.id}`, { repeat: 2, description: null });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body).toEqual(expect.objectContaining({ repeat: 2, description: null, name: "Payments on-call" }));

    expect((await api("DELETE", `/escalation-policies/${p.id}`)).status).toBe(204);
    expect((await api("GET", `/escalation-policies/${p.id}`)).status).toBe(404);
    expect((await api("DELETE", `/escalation-policies/${p.id}`)).status).toBe(404);
  });

  test("members and channels a level names must exist: 422 at each pointer", async () => {
    const ghost = "mem_01JD5Q8R1XK2ZP7S0C3V9N4B6M";
    const gone = "chn_01JD5Q8R1XK2ZP7S0C3V9N4B6M";
    const res = await api("POST", "/escalation-policies", {
      name: "Broken",
      levels: [{ delay_minutes: 1, member_ids: [ada.id, ghost] }, { delay_minutes: 1, channel_ids: [gone] }],
    });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(["#/levels/0/member_ids/1", "#/levels/1/channel_ids/0"]);

    const ok = (await api("POST", "/escalation-policies", { name: "Fine", levels: [{ delay_minutes: 1, member_ids: [ada.id] }] })).body;
    const patch = await api("PATCH", `/escalation-policies/${ok.id}`, { levels: [{ delay_minutes: 1, member_ids: [ghost] }] });
    expect(patch.status).toBe(422);
    expect(patch.body.errors[0].pointer).toBe("#/levels/0/member_ids/0");
  });

  test("the contract's limits are 422s too", async () => {
    const cases: unknown[] = [
      { name: "No levels", levels: [] },
      { name: "Too slow", levels: [{ delay_minutes: 1441, member_ids: [ada.id] }] },
      { name: "Bad id", levels: [{ delay_minutes: 1, member_ids: ["ada"] }] },
      { name: "Repeats", repeat: 11, levels: [{ delay_minutes: 1, member_ids: [ada.id] }] },
      { name: "Nobody", levels: [{ delay_minutes: 1 }] },
    ];
    for (const body of cases) {
      const res = await api("POST", "/escalation-policies", body);
      expect({ body, status: res.status }).toEqual({ body, status: 422 });
    }
    expect((await api("PATCH", "/escalation-policies/esp_01JD5Q8R1XK2ZP7S0C3V9N4B6M", { repeat: 1 })).status).toBe(404);
    expect((await api("GET", "/escalations/esc_01JD5Q8R1XK2ZP7S0C3V9N4B6M")).status).toBe(404);
  });
});

describe("escalating an incident from a workflow", () => {
  async function pagingWorkflow(policyId: string) {
    const res = await api("POST", "/workflows", {
      name: `Page on-call ${policyId}`,
      trigger: "manual",
      state: "active",
      actions: [{ type: "page_on_call", name: "page", policy_id: policyId, incident_id: "{{payload.incident_id}}" }],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as string;
  }

  /** Runs the workflow for the incident and returns the escalation its page_on_call step started. */
  async function page(workflowId: string, incidentId: string): Promise<string> {
    const started = await api("POST", `/workflows/${workflowId}/runs`, { payload: { incident_id: incidentId } });
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    const run = await waitFor("the run to finish", async () => {
      const r = (await api("GET", `/runs/${started.body.id}`)).body;
      return ["completed", "completed_with_errors", "failed", "canceled"].includes(r.status) && r;
    });
    expect(run.status, JSON.stringify(run.steps)).toBe("completed");
    expect(run.steps[0].output).toEqual(expect.objectContaining({ policy_id: expect.any(String), target_type: "incident", target_id: incidentId }));
    return run.steps[0].output.escalation_id;
  }

  async function timeline(incidentId: string): Promise<string[]> {
    return (await api("GET", `/incidents/${incidentId}/updates?limit=100`)).body.data.map((u: { message: string }) => u.message);
  }

  test("level 1 is emailed at once, level 2 after its delay; the escalation and the timeline show both", async () => {
    const policy = (
      await api("POST", "/escalation-policies", {
        name: "Fast on-call",
        levels: [{ delay_minutes: 0.01, member_ids: [ada.id] }, { delay_minutes: 1, member_ids: [bob.id] }],
      })
    ).body;
    const workflowId = await pagingWorkflow(policy.id);
    const incident = (await api("POST", "/incidents", { title: "Checkout API returns 502 (fast)", severity: "critical" })).body;

    const escalationId = await page(workflowId, incident.id);
    const first = await waitFor("Ada's email", async () => mailsTo("ada@example.com", "Checkout API returns 502 (fast)")[0]);
    expect(first.subject).toBe("[Tripwire] Checkout API returns 502 (fast) (critical)");
    expect(first.raw).toContain(`/api/v1/incidents/${incident.id}`);
    const second = await waitFor("Bob's email", async () => mailsTo("bob@example.com", "Checkout API returns 502 (fast)")[0]);
    expect(second.at - first.at).toBeGreaterThanOrEqual(550);

    const e = await waitFor("the escalation to be exhausted", async () => {
      const r = (await api("GET", `/escalations/${escalationId}`)).body;
      return r.status === "exhausted" && r;
    });
    zEscalation.parse(e);
    expect(e).not.toHaveProperty("policy");
    expect(e).not.toHaveProperty("organization_id");
    expect(e.levels_reached.map((r: { level: number; cycle: number }) => [r.level, r.cycle])).toEqual([[0, 0], [1, 0]]);
    expect(e.notifications).toEqual([
      expect.objectContaining({ level: 0, cycle: 0, recipient_type: "member", recipient_id: ada.id, channel_kind: "email", success: true, error: null }),
      expect.objectContaining({ level: 1, cycle: 0, recipient_type: "member", recipient_id: bob.id, channel_kind: "email", success: true, error: null }),
    ]);
    expect(await timeline(incident.id)).toEqual(
      expect.arrayContaining([
        "Paged level 1 of Fast on-call: ada@example.com (email).",
        "Paged level 2 of Fast on-call: bob@example.com (email). That was the last level; the escalation is exhausted.",
      ]),
    );
    const listed = (await api("GET", "/escalations?status=exhausted")).body.data.map((x: { id: string }) => x.id);
    expect(listed).toContain(escalationId);
  });

  test("resolving the incident stops it: no level-2 email after the delay", async () => {
    const policy = (
      await api("POST", "/escalation-policies", {
        name: "Slow on-call",
        levels: [{ delay_minutes: 0.05, member_ids: [ada.id] }, { delay_minutes: 1, member_ids: [bob.id] }],
      })
    ).body;
    const workflowId = await pagingWorkflow(policy.id);
    const incident = (await api("POST", "/incidents", { title: "Search is slow (resolve me)", severity: "major" })).body;

    const escalationId = await page(workflowId, incident.id);
    // A second run for the same incident returns the running escalation: nobody is paged twice.
    expect(await page(workflowId, incident.id)).toBe(escalationId);

    await waitFor("Ada's email", async () => mailsTo("ada@example.com", "Search is slow (resolve me)")[0]);
    // The level is recorded in the transaction after the email went out: wait for it, not just for the email.
    const active = await waitFor("level 1 recorded", async () => {
      const e = (await api("GET", `/escalations/${escalationId}`)).body;
      return e.levels_reached.length > 0 && e;
    });
    expect(active).toEqual(expect.objectContaining({ status: "active", level: 0, cycle: 0 }));
    expect(active.levels_reached).toHaveLength(1);
    expect(active.notifications).toEqual([expect.objectContaining({ recipient_id: ada.id, channel_kind: "email", success: true })]);
    expect(active.next_at).not.toBeNull();
    expect(await timeline(incident.id)).toContain("Paged level 1 of Slow on-call: ada@example.com (email).");

    const resolved = await api("POST", `/incidents/${incident.id}/resolve`, {});
    expect(resolved.status, JSON.stringify(resolved.body)).toBe(200);
    const stopped = (await api("GET", `/escalations/${escalationId}`)).body;
    expect(stopped).toEqual(expect.objectContaining({ status: "resolved", next_at: null, ended_at: expect.any(String) }));

    // Level 2 was due 3 s after level 1; wait past that (and a worker poll) and make sure Bob heard nothing.
    await Bun.sleep(Date.parse(active.next_at) - Date.now() + 1500);
    expect(mailsTo("bob@example.com", "Search is slow (resolve me)")).toHaveLength(0);
    expect(mailsTo("ada@example.com", "Search is slow (resolve me)")).toHaveLength(1);
    const after = (await api("GET", `/escalations/${escalationId}`)).body;
    expect(after.levels_reached).toHaveLength(1);
    expect(after.notifications).toHaveLength(1);
    expect((await api("GET", "/escalations?status=resolved")).body.data.map((x: { id: string }) => x.id)).toContain(escalationId);
  }, 15_000);

  test("deleting the policy cancels its running escalation", async () => {
    const policy = (await api("POST", "/escalation-policies", { name: "Doomed", levels: [{ delay_minutes: 5, member_ids: [ada.id] }, { delay_minutes: 5, member_ids: [bob.id] }] })).body;
    const workflowId = await pagingWorkflow(policy.id);
    const incident = (await api("POST", "/incidents", { title: "Policy goes away" })).body;
    const escalationId = await page(workflowId, incident.id);
    await waitFor("Ada's email", async () => mailsTo("ada@example.com", "Policy goes away")[0]);
    // An active workflow pages with it: refused, naming the workflow (issue #13: references checked), until disabled.
    const refused = await api("DELETE", `/escalation-policies/${policy.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.workflows).toEqual([expect.objectContaining({ id: workflowId, pointers: ["#/actions/0/policy_id"] })]);
    expect((await api("POST", `/workflows/${workflowId}/disable`)).status).toBe(200);
    expect((await api("DELETE", `/escalation-policies/${policy.id}`)).status).toBe(204);
    expect((await api("GET", `/escalations/${escalationId}`)).body).toEqual(expect.objectContaining({ status: "canceled", next_at: null }));
  });
});

describe("escalating an alert", () => {
  test("alert.fired pages on-call for the alert; acknowledging it stops the escalation before level 2", async () => {
    const policy = (
      await api("POST", "/escalation-policies", { name: "Alert on-call", levels: [{ delay_minutes: 0.05, member_ids: [ada.id] }, { delay_minutes: 1, member_ids: [bob.id] }] })
    ).body;
    const wf = await api("POST", "/workflows", {
      name: "Page on firing alerts",
      trigger: "alert.fired",
      state: "active",
      conditions: { operator: "AND", conditions: [{ field: "alert.title", operator: "contains", value: "[page-me]" }] },
      actions: [{ type: "page_on_call", policy_id: policy.id }],
    });
    expect(wf.status, JSON.stringify(wf.body)).toBe(201);
    const alert = (await api("POST", "/alerts", { title: "Disk 95% on db-1 [page-me]", severity: "major" })).body;
    await server.drainOutbox();

    const mail = await waitFor("Ada's email", async () => mailsTo("ada@example.com", "Disk 95% on db-1 [page-me]")[0]);
    expect(mail.subject).toBe("[Tripwire] Disk 95% on db-1 [page-me] (major)");
    expect(mail.raw).toContain(`/api/v1/alerts/${alert.id}`);
    const escalation = await waitFor("the level to be recorded", async () => {
      const list = (await api("GET", "/escalations?status=active")).body.data as { id: string; target_type: string; target_id: string; levels_reached: unknown[]; next_at: string }[];
      return list.find((e) => e.target_type === "alert" && e.target_id === alert.id && e.levels_reached.length === 1);
    });

    expect((await api("POST", `/alerts/${alert.id}/acknowledge`, {})).status).toBe(200);
    expect((await api("GET", `/escalations/${escalation.id}`)).body).toEqual(expect.objectContaining({ status: "acknowledged", next_at: null }));
    await Bun.sleep(Date.parse(escalation.next_at) - Date.now() + 1500);
    expect(mailsTo("bob@example.com", "Disk 95% on db-1 [page-me]")).toHaveLength(0);
    expect((await api("GET", `/escalations/${escalation.id}`)).body.notifications).toHaveLength(1);
  }, 15_000);
});

test("SIGKILL between levels: after a restart the next level is sent, and the first is not sent again", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tripwire-oncall-kill-"));
  const db = join(dir, "t.db");
  const env = { SMTP_URL: `smtp://127.0.0.1:${sink.port}` };
  const first = await spawnServer(db, env);
  let second: Awaited<ReturnType<typeof spawnServer>> | null = null;
  try {
    const api1 = apiClient(first.url, first.key!);
    const carol = (await api1("POST", "/members", { name: "Carol", email: "carol@example.com" })).body;
    const dan = (await api1("POST", "/members", { name: "Dan", email: "dan@example.com" })).body;
    const policy = (await api1("POST", "/escalation-policies", { name: "Kill-proof", levels: [{ delay_minutes: 0.03, member_ids: [carol.id] }, { delay_minutes: 1, member_ids: [dan.id] }] })).body;
    const wf = (
      await api1("POST", "/workflows", { name: "page", trigger: "manual", state: "active", actions: [{ type: "page_on_call", policy_id: policy.id, incident_id: "{{payload.incident_id}}" }] })
    ).body;
    const incident = (await api1("POST", "/incidents", { title: "Survives a SIGKILL" })).body;
    expect((await api1("POST", `/workflows/${wf.id}/runs`, { payload: { incident_id: incident.id } })).status).toBe(202);
    await waitFor("Carol's email", async () => mailsTo("carol@example.com", "Survives a SIGKILL")[0]);
    const escalation = await waitFor("the level to be recorded", async () => {
      const list = (await api1("GET", "/escalations?status=active")).body.data as { id: string; target_id: string; levels_reached: unknown[] }[];
      return list.find((e) => e.target_id === incident.id && e.levels_reached.length === 1);
    });
    first.proc.kill("SIGKILL");
    await first.proc.exited;
    // Down past the moment level 2 was due (1.8 s after level 1).
    await Bun.sleep(2500);
    expect(mailsTo("dan@example.com", "Survives a SIGKILL")).toHaveLength(0);

    second = await spawnServer(db, env);
    const api2 = apiClient(second.url, first.key!);
    await waitFor("Dan's email after the restart", async () => mailsTo("dan@example.com", "Survives a SIGKILL")[0]);
    const done = await waitFor("the escalation to be exhausted", async () => {
      const e = (await api2("GET", `/escalations/${escalation.id}`)).body;
      return e.status === "exhausted" && e;
    });
    expect(done.levels_reached.map((r: { level: number }) => r.level)).toEqual([0, 1]);
    expect(done.notifications.map((n: { recipient_id: string }) => n.recipient_id)).toEqual([carol.id, dan.id]);
    expect(mailsTo("carol@example.com", "Survives a SIGKILL")).toHaveLength(1);
    expect(mailsTo("dan@example.com", "Survives a SIGKILL")).toHaveLength(1);
  } finally {
    first.proc.kill("SIGKILL");
    second?.proc.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  }
}, 40_000);
