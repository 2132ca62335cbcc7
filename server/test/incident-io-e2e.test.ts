/**
 * The incident.io integration end to end on loopback (issue #15's "Must hold"): a delivery signed with the
 * `standardwebhooks` package and a secret set through the API starts a workflow whose condition reads the
 * incident.io severity; the workflow creates a Tripwire incident and opens one in a fake incident.io (a real HTTP
 * server); the run record shows both; the same delivery twice runs once. Then the action's unhappy paths
 * (403, 422, 429 with Retry-After, 5xx) and activation checks (unknown severity name, unknown connection, a
 * mistyped variable).
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { Webhook } from "standardwebhooks";
import { FAKE_KEYS, startFakeIncidentIo } from "./fake-incident-io.ts";
import { apiClient, startTestServer, type TestServer } from "./harness.ts";
import { waitFor } from "./wait.ts";

const SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
let fake: ReturnType<typeof startFakeIncidentIo>;
let server: TestServer;
let api: ReturnType<typeof apiClient>;
let conn: { id: string; webhook_url: string };
let readOnly: { id: string };

beforeAll(async () => {
  fake = startFakeIncidentIo();
  // TRIPWIRE_DEV off: loopback is allowed for incident.io only because its URL is set explicitly.
  server = await startTestServer({ env: { TRIPWIRE_RATE_LIMIT: "100000", TRIPWIRE_INCIDENT_IO_API_URL: fake.url, TRIPWIRE_DEV: "0" } });
  api = apiClient(server.baseUrl, server.apiKey);
  conn = (await api("POST", "/integrations", { kind: "incident_io", name: "incident.io", api_key: FAKE_KEYS.full })).body;
  readOnly = (await api("POST", "/integrations", { kind: "incident_io", name: "read only", api_key: FAKE_KEYS.readOnly })).body;
  expect((await api("PUT", `/integrations/${conn.id}/signing-secret`, { secret: SECRET })).status).toBe(200);
});
afterAll(async () => {
  await server.stop();
  fake.stop();
});

function signed(body: string, id: string) {
  const at = new Date();
  return {
    "content-type": "application/json",
    "webhook-id": id,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": new Webhook(SECRET).sign(id, at, body),
  };
}
async function deliver(body: string, id: string) {
  // The integration's own webhook URL, as the API shows it (absolute: the server's address).
  const res = await fetch(conn.webhook_url, { method: "POST", headers: signed(body, id), body });
  return { status: res.status, body: await res.json() };
}
const created = (incident: Record<string, unknown>) =>
  JSON.stringify({ event_type: "public_incident.incident_created_v2", "public_incident.incident_created_v2": incident });

const finished = (s: string) => ["completed", "completed_with_errors", "failed", "canceled"].includes(s);
async function runsOf(workflowId: string) {
  return (await api("GET", `/runs?workflow_id=${workflowId}`)).body.data as { id: string; status: string }[];
}
async function finishedRun(workflowId: string, count = 1) {
  const runs = await waitFor(async () => {
    const r = await runsOf(workflowId);
    return r.length >= count && r.every((x) => finished(x.status)) && r;
  }, 15_000);
  return (await api("GET", `/runs/${runs[0]!.id}`)).body;
}

describe("On Incident → Tripwire incident + incident.io incident", () => {
  test("a signed Major delivery runs the workflow once; the run shows both incidents; a Minor one is skipped by the condition", async () => {
    const wf = await api("POST", "/workflows", {
      name: "Mirror serious incident.io incidents",
      trigger: { type: "incident_io.incident", connection_id: conn.id, events: ["created"] },
      conditions: { operator: "AND", conditions: [{ field: "incident_io.incident.severity.name", operator: "in", value: ["Major", "Critical"] }] },
      actions: [
        { type: "create_incident", name: "tripwire", title: "[{{incident_io.incident.reference}}] {{incident_io.incident.name}}", severity: "major", message: "{{incident_io.incident.permalink}}" },
        {
          type: "incident_io_create_incident",
          name: "followup",
          connection_id: conn.id,
          title: "Follow-up for {{incident_io.incident.reference}}",
          summary: "Tripwire incident {{steps.tripwire.id}}",
          severity: "Major",
          visibility: "public",
        },
      ],
      state: "active",
    });
    expect(wf.status, JSON.stringify(wf.body)).toBe(201);

    const body = created({
      id: "01FDAG4SAP5TYPT98WGR2N7W91",
      name: "Our database is sad",
      reference: "INC-123",
      permalink: "https://app.incident.io/incidents/123",
      severity: { id: "01FCNDV6P870EA6S7TK1DSYDG1", name: "Major" },
      incident_status: { id: "01FCNDV6P870EA6S7TK1DSYD5H", name: "Triage" },
      summary: "Our database is really really sad.",
      visibility: "public",
      created_at: "2026-01-19T12:00:00Z",
      updated_at: "2026-01-19T12:00:00Z",
    });
    const first = await deliver(body, "msg_e2e_major");
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const run = await finishedRun(wf.body.id);
    expect(run.status, JSON.stringify(run)).toBe("completed");
    expect(run.trigger_type).toBe("incident_io.incident");

    // Tripwire's incident, from the first step.
    const tw = run.steps[0].output;
    expect(tw.id).toMatch(/^inc_/);
    const twIncident = (await api("GET", `/incidents/${tw.id}`)).body;
    expect(twIncident).toMatchObject({ title: "[INC-123] Our database is sad", severity: "major", source: "workflow" });

    // incident.io's incident, from the second step: created in the fake with the step's idempotency key.
    const iio = run.steps[1].output;
    expect(Object.keys(iio).sort()).toEqual(["created_at", "id", "name", "permalink", "reference", "severity", "updated_at", "visibility"]);
    expect(iio).toMatchObject({ name: "Follow-up for INC-123", visibility: "public", severity: { name: "Major" } });
    const inFake = fake.incidents.get(iio.id);
    expect(inFake).toMatchObject({ name: "Follow-up for INC-123", summary: `Tripwire incident ${tw.id}`, reference: iio.reference });
    const posts = fake.requests.filter((r) => r.method === "POST" && r.path === "/v2/incidents");
    expect(posts).toHaveLength(1);
    expect(posts[0]!.body).toMatchObject({ idempotency_key: `${run.id}:1`, severity_id: "01FCNDV6P870EA6S7TK1DSYDG1", visibility: "public" });

    // The same delivery again: 200, a duplicate, and still one run.
    const again = await deliver(body, "msg_e2e_major");
    expect(again).toEqual({ status: 200, body: { received: true, duplicate: true, event_id: null } });
    await server.drainOutbox();
    await Bun.sleep(300);
    expect(await runsOf(wf.body.id)).toHaveLength(1);
    expect(fake.incidents.size).toBe(1);

    // A Minor incident: evaluated, skipped by the condition, with the severity it saw.
    const minor = await deliver(created({ id: "01MINOR00000000000000000000", name: "Small thing", severity: { id: "01FCNDV6P870EA6S7TK1DSYDG0", name: "Minor" } }), "msg_e2e_minor");
    expect(minor.status).toBe(200);
    const evaluations = await waitFor(async () => {
      const e = (await api("GET", `/workflows/${wf.body.id}/evaluations`)).body.data as { outcome: string; reason: string | null; conditions: unknown }[];
      return e.length >= 2 && e;
    });
    const skipped = evaluations.find((e) => e.outcome === "skipped")!;
    expect(skipped.reason).toBe("conditions_false");
    expect(JSON.stringify(skipped.conditions)).toContain("Minor");
    expect(await runsOf(wf.body.id)).toHaveLength(1);

    // An updated event does not start a workflow that listens to created only.
    const updated = JSON.stringify({ event_type: "public_incident.incident_updated_v2", "public_incident.incident_updated_v2": { id: "01FDAG4SAP5TYPT98WGR2N7W91", name: "Our database is sad", severity: { id: "x", name: "Critical" } } });
    expect((await deliver(updated, "msg_e2e_updated")).status).toBe(200);
    await server.drainOutbox();
    await Bun.sleep(200);
    expect(await runsOf(wf.body.id)).toHaveLength(1);
  });
});

describe("activation checks", () => {
  const base = (actions: unknown[], trigger: unknown = { type: "incident_io.incident" }, conditions: unknown = null) => ({ name: "checks", trigger, conditions, actions, state: "active" });
  const action = (over: Record<string, unknown> = {}) => ({ type: "incident_io_create_incident", connection_id: conn.id, title: "x", severity: "Major", ...over });
  const pointers = (r: { body: { errors?: { pointer: string; detail: string }[] } }) => (r.body.errors ?? []).map((e) => e.pointer);

  test("an unknown severity name is a 422 listing incident.io's severities (the list is reachable)", async () => {
    const r = await api("POST", "/workflows", base([action({ severity: "Sev0" })]));
    expect(r.status).toBe(422);
    const e = r.body.errors.find((x: { pointer: string }) => x.pointer === "#/actions/0/severity");
    expect(e.detail).toContain('no severity "Sev0"');
    expect(e.detail).toContain("Critical");
  });

  test("a severity by id or by name in any case activates", async () => {
    for (const severity of ["01FCNDV6P870EA6S7TK1DSYDG2", "critical"]) {
      const r = await api("POST", "/workflows", base([action({ severity })]));
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    }
  });

  test("an unknown connection (trigger or action), a mistyped variable and a bad events list are 422s at their fields", async () => {
    const missing = "int_01JD5Q8R1XK2ZP7S0C3V9N4B6M";
    const r = await api(
      "POST",
      "/workflows",
      base([action({ connection_id: missing, title: "{{incident_io.incident.nmae}}" })], { type: "incident_io.incident", connection_id: missing }, {
        operator: "AND",
        conditions: [{ field: "incident_io.incident.sevrity.name", operator: "equals", value: "Major" }],
      }),
    );
    expect(r.status).toBe(422);
    expect(pointers(r)).toEqual(expect.arrayContaining(["#/trigger/connection_id", "#/actions/0/connection_id", "#/actions/0/title", "#/conditions/conditions/0/field"]));
    const events = await api("POST", "/workflows", base([action()], { type: "incident_io.incident", events: ["deleted"] }));
    expect(events.status).toBe(422);
    expect(pointers(events).some((p) => p.startsWith("#/trigger/events"))).toBe(true);
    const wrongTrigger = await api("POST", "/workflows", base([action()], { type: "manual", connection_id: conn.id }));
    expect(pointers(wrongTrigger)).toContain("#/trigger/connection_id");
  });
});

describe("the action's errors keep incident.io's answer", () => {
  async function runOnce(act: Record<string, unknown>, payload: Record<string, unknown> = {}) {
    const wf = await api("POST", "/workflows", { name: `manual ${Math.random()}`, trigger: "manual", actions: [{ type: "incident_io_create_incident", name: "iio", ...act }], state: "active" });
    expect(wf.status, JSON.stringify(wf.body)).toBe(201);
    expect((await api("POST", `/workflows/${wf.body.id}/runs`, { payload })).status).toBe(202);
    return finishedRun(wf.body.id);
  }

  test("a key without Create incidents: the step fails with incident.io's 403", async () => {
    const run = await runOnce({ connection_id: readOnly.id, title: "x", severity: "Minor" });
    expect(run.status).toBe("failed");
    expect(run.steps[0].error).toContain("incident.io answered 403");
    expect(run.steps[0].error).toContain("Create incidents");
  });

  test("a severity that renders to an unknown name: a clear step error", async () => {
    const run = await runOnce({ connection_id: conn.id, title: "x", severity: "{{payload.severity}}" }, { severity: "Sev9" });
    expect(run.status).toBe("failed");
    expect(run.steps[0].error).toContain('no severity "Sev9"');
  });

  test("incident.io's 422 message is shown", async () => {
    const run = await runOnce({ connection_id: conn.id, title: "y".repeat(501), severity: "Minor" });
    expect(run.status).toBe("failed");
    expect(run.steps[0].error).toContain("incident.io answered 422 validation_error: Name is too long (name)");
  });

  test("a 429 is retried after its Retry-After with the same idempotency key, and the step completes", async () => {
    const before = fake.requests.length;
    fake.failNext(429, { retryAfter: "1" });
    const started = Date.now();
    const run = await runOnce({ connection_id: conn.id, title: "after a 429", severity: "Minor" });
    expect(run.status, JSON.stringify(run.steps)).toBe("completed");
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    const posts = fake.requests.slice(before).filter((r) => r.method === "POST");
    expect(posts).toHaveLength(2);
    expect((posts[0]!.body as { idempotency_key: string }).idempotency_key).toBe((posts[1]!.body as { idempotency_key: string }).idempotency_key);
    expect(run.steps[0].output.name).toBe("after a 429");
  });

  test("5xx every time: retried within the step, then failed with the last answer", async () => {
    const before = fake.requests.length;
    fake.failNext(500, { times: 3 });
    const run = await runOnce({ connection_id: conn.id, title: "never", severity: "Minor" });
    expect(run.status).toBe("failed");
    expect(run.steps[0].error).toContain("incident.io answered 500");
    expect(run.steps[0].error).toContain("after 3 attempts");
    expect(fake.requests.slice(before).filter((r) => r.method === "POST")).toHaveLength(3);
  });
});
