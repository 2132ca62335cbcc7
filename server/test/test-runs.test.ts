/**
 * Test runs with sample data (issue #13, point 4), over the real server: "Test with sample data to verify each step
 * works correctly". `POST /workflows/{id}/runs` starts any active workflow with a real resource of its trigger's kind
 * (`incident_id`, `alert_id`, `service_id`, `run_id`) or with an event of its trigger type in the shape dry runs
 * take (each trigger's `sample` in the catalog); the actions really run, trigger variables resolve, and the run is
 * recorded with `test: true`.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { zRun } from "../src/generated/zod.gen.ts";
import { startSlackReceiver } from "../src/notify/test-servers.ts";
import { apiClient, startTestServer, type TestServer } from "./harness.ts";
import { startReceiver } from "./receiver.ts";
import { waitFor } from "./wait.ts";

let server: TestServer;
let api: ReturnType<typeof apiClient>;
let slack: ReturnType<typeof startSlackReceiver>;
let hook: ReturnType<typeof startReceiver>;

beforeAll(async () => {
  slack = startSlackReceiver();
  hook = startReceiver();
  server = await startTestServer();
  api = apiClient(server.baseUrl, server.apiKey);
  expect((await api("POST", "/channels", { name: "#ops", key: "ch_slack_ops", kind: "slack", config: { webhook_url: slack.url("ok") } })).status).toBe(201);
  expect((await api("POST", "/channels", { name: "hook", key: "ch_hook", kind: "webhook", config: { url: hook.url } })).status).toBe(201);
});
afterAll(async () => {
  await server?.stop();
  slack?.stop();
  hook?.stop();
});

async function activeWorkflow(body: Record<string, unknown>): Promise<string> {
  const res = await api("POST", "/workflows", { ...body, state: "active" });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}

async function ended(runId: string) {
  return zRun.parse(
    await waitFor(async () => {
      const r = (await api("GET", `/runs/${runId}`)).body;
      return ["completed", "completed_with_errors", "failed"].includes(r.status) ? r : undefined;
    }),
  );
}

async function testRun(workflowId: string, body: unknown) {
  const res = await api("POST", `/workflows/${workflowId}/runs`, body);
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  expect(res.body.test).toBe(true);
  return ended(res.body.id);
}

describe("with a real resource", () => {
  test('{"incident_id": …} on an incident.created workflow: the actions act on that incident and its variables resolve', async () => {
    // The incident exists before the workflow is active: only the test run acts on it.
    const service = (await api("POST", "/services", { name: "Checkout API" })).body;
    const incident = (await api("POST", "/incidents", { title: "Payments fail", severity: "critical", service_ids: [service.id] })).body;
    const wf = await activeWorkflow({
      name: "Triage",
      trigger: "incident.created",
      conditions: { operator: "AND", conditions: [{ field: "severity", operator: "equals", value: "critical" }] },
      actions: [
        { type: "add_label", label: "triaged" },
        { type: "send_notification", channel_id: "ch_slack_ops", message: "Triage {{incident.title}} ({{incident.severity}}) on {{service.name}}" },
      ],
    });
    expect((await api("GET", `/incidents/${incident.id}`)).body.labels).not.toContain("triaged");
    const before = slack.received.length;

    const run = await testRun(wf, { incident_id: incident.id });
    expect(run.status, JSON.stringify(run.steps)).toBe("completed");
    expect(run.trigger_type).toBe("incident.created");
    expect(run.event.data).toEqual(expect.objectContaining({ id: incident.id, title: "Payments fail", services: ["Checkout API"] }));
    expect(run.steps?.[1]?.input?.message).toBe("Triage Payments fail (critical) on Checkout API");
    expect((await api("GET", `/incidents/${incident.id}`)).body.labels).toContain("triaged");
    await slack.waitFor(before + 1);
    const runs = (await api("GET", `/runs?workflow_id=${wf}`)).body.data as { id: string; test: boolean }[];
    expect(runs.map((r) => r.test)).toEqual([true]);

    // Conditions still apply: a minor incident does not pass them.
    const minor = (await api("POST", "/incidents", { title: "Small", severity: "minor" })).body;
    const refused = await api("POST", `/workflows/${wf}/runs`, { incident_id: minor.id });
    expect(refused.status).toBe(409);
    expect(refused.body.type).toContain("conditions-false");
  });

  test('{"alert_id": …} acknowledges the real alert; {"service_id": …} sees the service; {"run_id": …} sees the ended run', async () => {
    // The alert fires before the workflow is active: only the test run acknowledges it. Events are evaluated a
    // moment after they commit (the outbox), and a workflow active by then is evaluated too: so Ack is activated
    // only once the alert's event has been evaluated — seen by a probe on alert.fired whose condition never holds.
    const probe = await activeWorkflow({
      name: "Probe",
      trigger: "alert.fired",
      conditions: { operator: "AND", conditions: [{ field: "alert.title", operator: "equals", value: "never this title" }] },
      actions: [{ type: "acknowledge_alert" }],
    });
    const fresh = (await api("POST", "/alerts", { title: "Disk full", severity: "major", dedup_key: "disk-test-run" })).body;
    await waitFor(async () => ((await api("GET", `/workflows/${probe}/evaluations`)).body.data as unknown[]).length > 0 || undefined);
    const ack = await activeWorkflow({ name: "Ack", trigger: "alert.fired", actions: [{ type: "acknowledge_alert" }] });
    expect((await api("GET", `/alerts/${fresh.id}`)).body.status).toBe("firing");
    const ackRun = await testRun(ack, { alert_id: fresh.id });
    expect(ackRun.status).toBe("completed");
    expect(ackRun.steps?.[0]?.output).toEqual(expect.objectContaining({ id: fresh.id, already_acknowledged: false }));
    expect((await api("GET", `/alerts/${fresh.id}`)).body.status).toBe("acknowledged");

    const svc = (await api("POST", "/services", { name: "Search", status: "degraded" })).body;
    const watch = await activeWorkflow({
      name: "Watch",
      trigger: "service.status_changed",
      actions: [{ type: "send_notification", channel_id: "ch_hook", message: "{{service.name}} is {{status}}" }],
    });
    const before = hook.received.length;
    const watched = await testRun(watch, { service_id: svc.id });
    expect(watched.status, JSON.stringify(watched.steps)).toBe("completed");
    const [sent] = (await hook.waitFor(before + 1)).slice(before);
    expect(JSON.parse(sent!.body).text).toBe("Search is degraded");

    const review = await activeWorkflow({
      name: "Review failures",
      trigger: "run.completed",
      actions: [{ type: "send_notification", channel_id: "ch_hook", message: "{{source_run.workflow_name}} ended {{source_run.status}}" }],
    });
    const reviewed = await testRun(review, { run_id: watched.id });
    expect(reviewed.status).toBe("completed");
    expect(reviewed.steps?.[0]?.input?.message).toBe("Watch ended completed");
    for (const id of [ack, watch, review]) expect((await api("POST", `/workflows/${id}/disable`)).status).toBe(200);
  });
});

describe("with a sample event", () => {
  test("the documented Draft Review Alert runs with the catalog's incident.created sample, sending to ch_slack_ops", async () => {
    const wf = await activeWorkflow({
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
    });
    const catalog = (await api("GET", "/workflow-catalog")).body;
    const sample = catalog.triggers.find((t: { type: string }) => t.type === "incident.created").sample;
    expect(sample.type).toBe("incident.created");
    const before = slack.received.length;
    const run = await testRun(wf, { event: sample });
    expect(run.status, JSON.stringify(run.steps)).toBe("completed");
    const title = sample.data.incident?.title ?? sample.data.title;
    const severity = sample.data.incident?.severity ?? sample.data.severity;
    expect(run.steps?.[0]?.input?.message).toBe(
      `Draft incident created: ${title} (${severity}). Review and publish at https://kodostatus.com/dashboard/incidents`,
    );
    await slack.waitFor(before + 1);
  });

  test("every trigger's catalog sample test-runs its workflow, rendering what a dry run of the same event renders", async () => {
    const catalog = (await api("GET", "/workflow-catalog")).body as { triggers: { type: string; variables: string[]; sample: { type: string; data: object } }[] };
    for (const t of catalog.triggers) {
      if (t.type === "manual") continue;
      const variable = t.variables[0]!;
      const wf = await activeWorkflow({
        name: `Sample ${t.type}`,
        trigger: t.type === "scheduled" ? { type: "scheduled", every: "1d" } : t.type,
        actions: [{ type: "send_notification", channel_id: "ch_hook", message: `${t.type}: {{${variable}}}` }],
      });
      const dry = await api("POST", `/workflows/${wf}/dry-run`, { event: t.sample });
      expect(dry.status).toBe(200);
      const expected = dry.body.actions[0].input.message as string;
      expect(dry.body.actions[0].errors, t.type).toEqual([]);
      expect(expected).not.toBe(`${t.type}: `);
      const before = hook.received.length;
      const run = await testRun(wf, { event: t.sample });
      expect(run.status, `${t.type}: ${JSON.stringify(run.steps)}`).toBe("completed");
      expect(run.trigger_type as string).toBe(t.type);
      await hook.waitFor(before + 1);
      // Only this workflow's message (a run.completed workflow still active would add its own).
      const sent = hook.received.slice(before).map((r) => JSON.parse(r.body).text as string);
      expect(sent.filter((text) => text.startsWith(`${t.type}: `))).toEqual([expected]);
      expect((await api("POST", `/workflows/${wf}/disable`)).status).toBe(200);
    }
  }, 30_000);

  test("a scheduled workflow with nothing runs as if its schedule fired now", async () => {
    const wf = await activeWorkflow({ name: "Nightly", trigger: "scheduled", schedule: "0 3 * * *", actions: [{ type: "send_notification", channel_id: "ch_hook", message: "{{schedule.cron}} fired at {{schedule.fired_at}}" }] });
    const run = await testRun(wf, {});
    expect(run.status).toBe("completed");
    expect(run.steps?.[0]?.input?.message).toMatch(/^0 3 \* \* \* fired at \d{4}-\d\d-\d\dT/);
  });
});

describe("what is refused", () => {
  test("the wrong resource, a missing one, two at once, a payload on a non-manual workflow, nothing, a mismatched event type", async () => {
    const wf = await activeWorkflow({ name: "Incidents", trigger: "incident.created", actions: [{ type: "add_label", label: "x" }] });
    const pointer = async (body: unknown) => {
      const res = await api("POST", `/workflows/${wf}/runs`, body);
      expect(res.status, JSON.stringify(res.body)).toBe(422);
      return [res.body.errors[0].pointer, res.body.errors[0].detail] as [string, string];
    };
    expect((await pointer({ alert_id: "alt_x" }))[0]).toBe("#/alert_id");
    expect(await pointer({ incident_id: "inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M" })).toEqual(["#/incident_id", "No incident inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M in this organization."]);
    expect((await pointer({ incident_id: "inc_x", event: { data: {} } }))[0]).toBe("#/event");
    expect((await pointer({ payload: { a: 1 } }))[1]).toContain("payload is for manual workflows");
    expect((await pointer({}))[1]).toContain("test-run with incident_id or event");
    expect((await pointer({ event: { type: "alert.fired", data: {} } }))[0]).toBe("#/event/type");
    expect((await api("GET", `/runs?workflow_id=${wf}`)).body.data).toEqual([]);

    // A manual workflow with a payload is a plain run, not a test.
    const manual = await activeWorkflow({ name: "By hand", trigger: "manual", actions: [{ type: "send_notification", channel_id: "ch_hook", message: "{{payload.reason}}" }] });
    const res = await api("POST", `/workflows/${manual}/runs`, { payload: { reason: "deploy check" } });
    expect(res.status).toBe(202);
    expect(res.body.test).toBe(false);
    expect((await ended(res.body.id)).steps?.[0]?.input?.message).toBe("deploy check");
  });
});
