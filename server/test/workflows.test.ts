/** The workflow engine end to end over HTTP: definitions, activation, triggers, runs, evaluations, replay. */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { zRun, zWorkflow } from "../src/generated/zod.gen.ts";
import { apiClient, startTestServer, type TestServer } from "./harness.ts";
import { startReceiver } from "./receiver.ts";
import { waitFor } from "./wait.ts";

let server: TestServer;
let api: ReturnType<typeof apiClient>;
beforeAll(async () => {
  server = await startTestServer({ env: { TRIPWIRE_RATE_LIMIT: "100000" } });
  api = apiClient(server.baseUrl, server.apiKey);
});
afterAll(() => server.stop());

const finished = (s: string) => ["completed", "completed_with_errors", "failed", "canceled"].includes(s);
async function runsOf(workflowId: string) {
  return (await api("GET", `/runs?workflow_id=${workflowId}`)).body.data as { id: string; status: string }[];
}
async function finishedRun(workflowId: string, n = 1) {
  const runs = await waitFor(async () => {
    const r = await runsOf(workflowId);
    return r.length >= n && r.every((x) => finished(x.status)) && r;
  });
  return (await api("GET", `/runs/${runs[0]!.id}`)).body;
}

describe("documented examples are accepted as written and shown back canonically", () => {
  test("the four examples", async () => {
    const examples = [
      { name: "Auto-Incident on Outage", trigger: { type: "incident.created" }, conditions: { operator: "AND", conditions: [{ field: "severity", operator: "equals", value: "critical" }, { field: "service.name", operator: "contains", value: "production" }] }, actions: [{ type: "add_label", label: "sev1" }] },
      { name: "Auto-Incident on Outage", trigger: "uptime.down", actions: [{ type: "create_incident", title: "{{monitor.name}} is unreachable", severity: "major", service_id: "{{monitor.service_id}}", message: "Uptime monitor detected {{monitor.url}} is not responding. Automated incident created." }] },
      { name: "Daily Health Report", trigger: "scheduled", schedule: "0 9 * * *", actions: [{ type: "execute_webhook", url: "https://api.example.com/generate-report" }] },
      { name: "Draft Review Alert", trigger: "incident.created", conditions: { operator: "AND", conditions: [{ field: "visibility", operator: "equals", value: "draft" }] }, actions: [{ type: "add_label", label: "needs-review" }] },
    ];
    for (const body of examples) {
      const res = await api("POST", "/workflows", body);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      const wf = zWorkflow.parse(res.body);
      expect(wf.state).toBe("draft");
      expect(typeof wf.trigger).toBe("object");
      const act = await api("POST", `/workflows/${wf.id}/activate`);
      expect(act.status, JSON.stringify(act.body)).toBe(200);
      expect(act.body).toEqual(expect.objectContaining({ state: "active", version: 1 }));
      await api("POST", `/workflows/${wf.id}/disable`);
    }
    const scheduled = (await api("GET", "/workflows?trigger=scheduled")).body.data[0];
    expect(scheduled.trigger).toEqual({ type: "scheduled", schedule: "0 9 * * *" });
  });

  test('"state": "active" creates and activates in one call', async () => {
    const res = await api("POST", "/workflows", { name: "one call", trigger: "manual", state: "active", actions: [{ type: "delay", seconds: 1 }] });
    expect(res.status).toBe(201);
    expect(res.body).toEqual(expect.objectContaining({ state: "active", version: 1 }));
    await api("POST", `/workflows/${res.body.id}/disable`);
  });
});

describe("activation reports every problem at once", () => {
  test("unknown action, missing config, unknown condition field, unknown variable, missing run_workflow target", async () => {
    const wf = (
      await api("POST", "/workflows", {
        name: "broken",
        trigger: "incident.created",
        conditions: { operator: "AND", conditions: [{ field: "no_such_field", operator: "equals", value: 1 }] },
        actions: [
          { type: "teleport" },
          { type: "add_label" },
          { type: "add_incident_update", message: "{{incident.nope}} happened" },
          { type: "run_workflow", workflow_id: "wfl_01JD5Q8R1XK2ZP7S0C3V9N4B6M" },
        ],
      })
    ).body;
    const res = await api("POST", `/workflows/${wf.id}/activate`);
    expect(res.status).toBe(422);
    const pointers = res.body.errors.map((e: { pointer: string }) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(["#/conditions/conditions/0/field", "#/actions/0/type", "#/actions/3/workflow_id"]));
    expect(pointers.some((p: string) => p.startsWith("#/actions/1"))).toBe(true);
    expect(pointers.some((p: string) => p.startsWith("#/actions/2"))).toBe(true);
    expect((await api("GET", `/workflows/${wf.id}`)).body.state).toBe("draft");
  });

  test("a run_workflow cycle and a chain deeper than 3 are refused", async () => {
    const mk = async (name: string, actions: unknown[]) => (await api("POST", "/workflows", { name, trigger: "manual", actions })).body;
    const a = await mk("cycle-a", [{ type: "delay", seconds: 1 }]);
    const b = await mk("cycle-b", [{ type: "run_workflow", workflow_id: a.id }]);
    await api("PATCH", `/workflows/${a.id}`, { actions: [{ type: "run_workflow", workflow_id: b.id }] });
    const res = await api("POST", `/workflows/${a.id}/activate`);
    expect(res.status).toBe(422);
    expect(res.body.errors[0].pointer).toBe("#/actions/0/workflow_id");
  });
});

describe("incident triggers", () => {
  test("conditions on severity and service.name: a match runs add_label, a miss is recorded with the resolved values", async () => {
    const wf = (
      await api("POST", "/workflows", {
        name: "sev1 labeller",
        trigger: { type: "incident.created" },
        conditions: { operator: "AND", conditions: [{ field: "severity", operator: "equals", value: "critical" }, { field: "service.name", operator: "contains", value: "production" }] },
        actions: [{ type: "add_label", label: "sev1", name: "label" }],
        state: "active",
      })
    ).body;
    const svc = (await api("POST", "/services", { name: `production-api-${Date.now()}` })).body;
    const hit = (await api("POST", "/incidents", { title: "DB down", severity: "critical", service_ids: [svc.id] })).body;
    const miss = (await api("POST", "/incidents", { title: "Slow page", severity: "minor", service_ids: [svc.id] })).body;

    const run = zRun.parse(await finishedRun(wf.id));
    expect(run.status).toBe("completed");
    expect(run.workflow_version).toBe(1);
    expect(run.event.id).toMatch(/^evt_/);
    expect(run.steps![0]).toEqual(expect.objectContaining({ type: "add_label", name: "label", status: "completed", attempts: 1, input: { label: "sev1" } }));
    expect((await api("GET", `/incidents/${hit.id}`)).body.labels).toContain("sev1");
    expect((await api("GET", `/incidents/${miss.id}`)).body.labels).not.toContain("sev1");

    const evals = (await api("GET", `/workflows/${wf.id}/evaluations`)).body.data;
    const skipped = evals.find((e: { outcome: string }) => e.outcome === "skipped");
    expect(skipped.reason).toBe("conditions_false");
    expect(JSON.stringify(skipped.conditions)).toContain('"resolved":"minor"');
    expect(evals.find((e: { outcome: string }) => e.outcome === "started").run_id).toBe(run.id);
    // The label change was made by the workflow: its event carries the causation.
    const events = (await api("GET", `/events?resource_id=${hit.id}&type=incident.updated`)).body.data;
    expect(events[0].caused_by).toEqual({ run_id: run.id, workflow_id: wf.id, depth: 1 });
  });

  test("drafts trigger incident.created and conditions can test visibility", async () => {
    const wf = (await api("POST", "/workflows", { name: "Draft Review Alert", trigger: "incident.created", conditions: { operator: "AND", conditions: [{ field: "visibility", operator: "equals", value: "draft" }] }, actions: [{ type: "add_label", label: "needs-review" }], state: "active" })).body;
    const draft = (await api("POST", "/incidents", { title: "Maybe an incident", visibility: "draft" })).body;
    await finishedRun(wf.id);
    expect((await api("GET", `/incidents/${draft.id}`)).body.labels).toEqual(["needs-review"]);
    await api("POST", `/workflows/${wf.id}/disable`);
  });

  test("a workflow whose action re-triggers itself is stopped as a cycle, and disabled workflows record why they didn't run", async () => {
    const wf = (await api("POST", "/workflows", { name: "loop", trigger: "incident.updated", actions: [{ type: "add_label", label: "touched" }], state: "active" })).body;
    const inc = (await api("POST", "/incidents", { title: "loop me" })).body;
    await api("PATCH", `/incidents/${inc.id}`, { severity: "major" });
    await finishedRun(wf.id);
    const evals = await waitFor(async () => {
      const e = (await api("GET", `/workflows/${wf.id}/evaluations`)).body.data;
      return e.length >= 2 && e;
    });
    expect(evals.map((e: { reason: string | null }) => e.reason)).toContain("cycle");
    expect((await runsOf(wf.id)).length).toBe(1);
    await api("POST", `/workflows/${wf.id}/disable`);
    await api("PATCH", `/incidents/${inc.id}`, { severity: "critical" });
    const later = await waitFor(async () => {
      const e = (await api("GET", `/workflows/${wf.id}/evaluations`)).body.data;
      return e.some((x: { reason: string | null }) => x.reason === "workflow_disabled") && e;
    });
    expect(later[0].reason).toBe("workflow_disabled");
  });
});

describe("service triggers", () => {
  test("service.status_changed fires with the previous and new status, and update_service_status works", async () => {
    const db = (await api("POST", "/services", { name: `db-${Date.now()}` })).body;
    const api2 = (await api("POST", "/services", { name: `api-${Date.now()}` })).body;
    const wf = (
      await api("POST", "/workflows", {
        name: "cascade",
        trigger: "service.status_changed",
        conditions: { operator: "AND", conditions: [{ field: "service.id", operator: "equals", value: db.id }, { field: "status", operator: "equals", value: "major_outage" }] },
        actions: [
          { type: "update_service_status", service_id: api2.id, status: "degraded" },
          { type: "create_incident", title: "{{service.name}} went from {{previous_status}} to {{status}}", severity: "critical", service_id: "{{service.id}}" },
        ],
        state: "active",
      })
    ).body;
    await api("PATCH", `/services/${db.id}`, { status: "major_outage" });
    const run = await finishedRun(wf.id);
    expect(run.status).toBe("completed");
    expect((await api("GET", `/services/${api2.id}`)).body.status).toBe("degraded");
    const incident = (await api("GET", `/incidents/${run.steps[1].output.id}`)).body;
    expect(incident.title).toBe(`${db.name} went from operational to major_outage`);
    expect(incident.service_ids).toEqual([db.id]);
    await api("POST", `/workflows/${wf.id}/disable`);
  });
});

describe("alert triggers", () => {
  test("an alert workflow can use the alert's service in templates", async () => {
    const svc = (await api("POST", "/services", { name: `payments-${Date.now()}` })).body;
    const wf = (
      await api("POST", "/workflows", {
        name: "alert to incident",
        trigger: "alert.fired",
        actions: [{ type: "create_incident", title: "{{service.name}}: {{alert.title}}", severity: "{{alert.severity}}", service_id: "{{service.id}}" }],
        state: "active",
      })
    ).body;
    await api("POST", "/alerts", { title: "p99 above 2 s", severity: "critical", service_id: svc.id, dedup_key: `lat-${Date.now()}` });
    const run = await finishedRun(wf.id);
    expect(run.status).toBe("completed");
    const incident = (await api("GET", `/incidents/${run.steps[0].output.id}`)).body;
    expect(incident).toEqual(expect.objectContaining({ title: `${svc.name}: p99 above 2 s`, severity: "critical", service_ids: [svc.id] }));
    await api("POST", `/workflows/${wf.id}/disable`);
  });
});

describe("runs", () => {
  test("manual trigger with a payload, step outputs feeding later steps, and a recorded timeline", async () => {
    const inc = (await api("POST", "/incidents", { title: "manual target" })).body;
    const wf = (
      await api("POST", "/workflows", {
        name: "manual",
        trigger: "manual",
        actions: [
          { type: "create_incident", name: "opened", title: "{{payload.title}}", severity: "major" },
          { type: "add_incident_update", incident_id: "{{steps.opened.id}}", message: "Opened by {{workflow.name}} in run {{run.id}}" },
        ],
        state: "active",
      })
    ).body;
    const queued = await api("POST", `/workflows/${wf.id}/runs`, { payload: { title: "From a script" } });
    expect(queued.status).toBe(202);
    expect(queued.body.status).toBe("queued");
    const run = await finishedRun(wf.id);
    expect(run.status).toBe("completed");
    const created = run.steps[0].output.id;
    const incident = (await api("GET", `/incidents/${created}`)).body;
    expect(incident).toEqual(expect.objectContaining({ title: "From a script", source: "workflow" }));
    const timeline = (await api("GET", `/incidents/${created}/updates`)).body.data;
    expect(timeline[0].message).toBe(`Opened by manual in run ${run.id}`);
    for (const s of run.steps) expect(Date.parse(s.ended_at)).toBeGreaterThanOrEqual(Date.parse(s.started_at));
    expect(inc.id).not.toBe(created);
  });

  test("a failed step stops the run unless continue_on_error; replay from the failed step", async () => {
    const mk = async (cont: boolean) =>
      (
        await api("POST", "/workflows", {
          name: `fails-${cont}`,
          trigger: "manual",
          actions: [
            { type: "create_incident", name: "first", title: "before the failure" },
            { type: "update_incident", incident_id: "{{payload.incident_id}}", severity: "critical", continue_on_error: cont },
            { type: "add_label", incident_id: "{{steps.first.id}}", label: "after" },
          ],
          state: "active",
        })
      ).body;
    const stops = await mk(false);
    await api("POST", `/workflows/${stops.id}/runs`, { payload: { incident_id: "inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M" } });
    const failed = await finishedRun(stops.id);
    expect(failed.status).toBe("failed");
    expect(failed.steps.map((s: { status: string }) => s.status)).toEqual(["completed", "failed", "skipped"]);
    expect(failed.steps[1].error).toContain("inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M");

    const goes = await mk(true);
    await api("POST", `/workflows/${goes.id}/runs`, { payload: { incident_id: "inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M" } });
    const partial = await finishedRun(goes.id);
    expect(partial.status).toBe("completed_with_errors");
    expect(partial.steps.map((s: { status: string }) => s.status)).toEqual(["completed", "failed", "completed"]);

    // Replay from the failed step: the first step is carried over, not run again (no second incident).
    const before = (await api("GET", "/incidents?limit=100")).body.data.length;
    const replay = await api("POST", `/runs/${failed.id}/replay`, { from: "failed_step" });
    expect(replay.status).toBe(202);
    expect(replay.body.replay_of).toBe(failed.id);
    const again = await waitFor(async () => {
      const r = (await api("GET", `/runs/${replay.body.id}`)).body;
      return finished(r.status) && r;
    });
    expect(again.steps[0].status).toBe("completed");
    expect(again.steps[1].status).toBe("failed");
    expect((await api("GET", "/incidents?limit=100")).body.data.length).toBe(before);
  });

  test("a delay parks the run as waiting; it can be canceled", async () => {
    const wf = (await api("POST", "/workflows", { name: "waits", trigger: "manual", actions: [{ type: "delay", seconds: 60 }, { type: "create_incident", title: "never" }], state: "active" })).body;
    const run = (await api("POST", `/workflows/${wf.id}/runs`)).body;
    const waiting = await waitFor(async () => {
      const r = (await api("GET", `/runs/${run.id}`)).body;
      return r.status === "waiting" && r;
    });
    expect(waiting.steps[0].status).toBe("waiting");
    const canceled = await api("POST", `/runs/${run.id}/cancel`);
    expect(canceled.body.status).toBe("canceled");
    expect(canceled.body.steps.map((s: { status: string }) => s.status)).toEqual(["canceled", "canceled"]);
    expect((await api("POST", `/runs/${run.id}/cancel`)).status).toBe(409);
  });

  test("delay with recheck_conditions stops the run when the conditions no longer hold", async () => {
    const wf = (
      await api("POST", "/workflows", {
        name: "still open?",
        trigger: "incident.created",
        conditions: { operator: "AND", conditions: [{ field: "title", operator: "contains", value: "recheck-me" }, { field: "status", operator: "not_equals", value: "resolved" }] },
        actions: [{ type: "delay", seconds: 1, recheck_conditions: true }, { type: "add_label", label: "escalated" }],
        state: "active",
      })
    ).body;
    const inc = (await api("POST", "/incidents", { title: "recheck-me" })).body;
    await waitFor(async () => (await runsOf(wf.id))[0]?.status === "waiting");
    await api("POST", `/incidents/${inc.id}/resolve`);
    const run = await finishedRun(wf.id);
    expect(run.status).toBe("canceled");
    expect(run.steps[0].output.conditions_held).toBe(false);
    expect((await api("GET", `/incidents/${inc.id}`)).body.labels).not.toContain("escalated");
    await api("POST", `/workflows/${wf.id}/disable`);
  });

  test("run_workflow chains stop past depth 3", async () => {
    const ids: string[] = [];
    let next: string | null = null;
    for (let i = 4; i >= 0; i--) {
      const actions: unknown[] = next ? [{ type: "run_workflow", workflow_id: next }] : [{ type: "delay", seconds: 1 }];
      const wf = (await api("POST", "/workflows", { name: `chain-${i}`, trigger: "manual", actions })).body;
      ids.unshift(wf.id);
      next = wf.id;
    }
    // Activate from the end of the chain: each prefix is valid only while its chain is short enough.
    const results = [];
    for (let i = ids.length - 1; i >= 0; i--) results.unshift((await api("POST", `/workflows/${ids[i]}/activate`)).status);
    expect(results).toEqual([422, 200, 200, 200, 200]);
  });
});

describe("dry run, versions, schedule, execute_webhook", () => {
  test("dry-run evaluates and renders with no side effects", async () => {
    const wf = (await api("POST", "/workflows", { name: "dry", trigger: "incident.created", conditions: { operator: "AND", conditions: [{ field: "severity", operator: "equals", value: "critical" }] }, actions: [{ type: "create_incident", title: "Follow-up for {{incident.title}}" }] })).body;
    const before = (await api("GET", "/incidents?limit=100")).body.data.length;
    const res = await api("POST", `/workflows/${wf.id}/dry-run`, { event: { data: { id: "inc_x", title: "Database down", severity: "critical", service_ids: [], services: [] } } });
    expect(res.status).toBe(200);
    expect(res.body.would_run).toBe(true);
    expect(res.body.actions[0].input).toEqual({ title: "Follow-up for Database down" });
    expect((await api("GET", "/incidents?limit=100")).body.data.length).toBe(before);
    expect((await api("GET", `/runs?workflow_id=${wf.id}`)).body.data).toHaveLength(0);
  });

  test("every change to an active workflow is a new version, and runs record theirs", async () => {
    const wf = (await api("POST", "/workflows", { name: "versioned", trigger: "manual", actions: [{ type: "delay", seconds: 1 }], state: "active" })).body;
    await api("PATCH", `/workflows/${wf.id}`, { actions: [{ type: "create_incident", title: "v2" }] });
    const versions = (await api("GET", `/workflows/${wf.id}/versions`)).body.data;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect((await api("GET", `/workflows/${wf.id}/versions/1`)).body.actions).toEqual([{ type: "delay", seconds: 1 }]);
    await api("POST", `/workflows/${wf.id}/runs`);
    expect((await finishedRun(wf.id)).workflow_version).toBe(2);
  });

  test("the schedule preview lists the next fire times in the workflow's time zone", async () => {
    const wf = (await api("POST", "/workflows", { name: "berlin", trigger: { type: "scheduled", schedule: "30 2 * * *", timezone: "Europe/Berlin" }, actions: [{ type: "delay", seconds: 1 }], state: "active" })).body;
    const res = await api("GET", `/workflows/${wf.id}/schedule?count=5`);
    expect(res.body.next).toHaveLength(5);
    for (const t of res.body.next) {
      const local = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Berlin", hour: "2-digit", minute: "2-digit" }).format(new Date(t));
      expect(["02:30", "03:00"]).toContain(local);
    }
    await api("POST", `/workflows/${wf.id}/disable`);
    expect((await api("POST", "/workflows", { name: "bad cron", trigger: "scheduled", schedule: "61 * * *", actions: [{ type: "delay", seconds: 1 }], state: "active" })).status).toBe(422);
  });

  test("execute_webhook posts rendered JSON with an idempotency key, signed when a secret is set", async () => {
    const rx = startReceiver();
    try {
      const secret = "whsec_" + Buffer.alloc(32, 5).toString("base64");
      const wf = (await api("POST", "/workflows", { name: "hook", trigger: "manual", actions: [{ type: "execute_webhook", url: rx.url, body: { text: "run {{run.id}}" }, secret }], state: "active" })).body;
      await api("POST", `/workflows/${wf.id}/runs`);
      const run = await finishedRun(wf.id);
      expect(run.status).toBe("completed");
      const [r] = await rx.waitFor(1);
      expect(JSON.parse(r!.body)).toEqual({ text: `run ${run.id}` });
      expect(r!.headers["idempotency-key"]).toBe(`${run.id}:0`);
      expect(r!.headers["webhook-signature"]).toMatch(/^v1,/);
    } finally {
      rx.stop();
    }
  });
});
