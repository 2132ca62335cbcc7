/**
 * Alerts over real HTTP: ingest with deduplication, the firing → acknowledged → resolved lifecycle and its 409s,
 * resolve by dedup key, events, outbound webhooks, alert.fired workflows (create_incident from the alert, and
 * acknowledge_alert), and tenancy. Workflows here only react to alerts from their own `source`, so they leave the
 * other tests' alerts alone whatever the order.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { systemClock } from "../src/clock.ts";
import { createOrganizationWithOwnerKey } from "../src/domain/api-keys.ts";
import { zAlert, zAlertList, zEvent, zRun } from "../src/generated/zod.gen.ts";
import { apiClient, startTestServer, type TestServer } from "./harness.ts";
import { startReceiver } from "./receiver.ts";
import { waitFor } from "./wait.ts";

let server: TestServer;
let api: ReturnType<typeof apiClient>;
let apiB: ReturnType<typeof apiClient>;
beforeAll(async () => {
  server = await startTestServer({ env: { TRIPWIRE_RATE_LIMIT: "100000" } });
  api = apiClient(server.baseUrl, server.apiKey);
  const other = await createOrganizationWithOwnerKey({ store: server.store, clock: systemClock }, "Other");
  apiB = apiClient(server.baseUrl, other.key.secret);
});
afterAll(() => server.stop());

let seq = 0;
/** A dedup key no other test uses. */
const key = (name: string) => `${name}-${Date.now()}-${seq++}`;

async function fire(body: Record<string, unknown>, status = 201) {
  const res = await api("POST", "/alerts", { title: "API p99 latency above 2 s", ...body });
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return zAlert.parse(res.body);
}

async function eventsFor(resourceId: string) {
  const res = await api("GET", `/events?resource_id=${resourceId}&limit=100`);
  expect(res.status).toBe(200);
  return (res.body.data as unknown[]).map((e) => zEvent.parse(e)).reverse();
}

describe("ingest and deduplication", () => {
  test("a new alert is 201, firing, count 1, with every field shown", async () => {
    const dedup = key("api-latency");
    const res = await api("POST", "/alerts", { title: "API p99 latency above 2 s", severity: "critical", source: "prometheus", dedup_key: dedup, details: { p99_ms: 2450 } });
    expect(res.status).toBe(201);
    const alert = zAlert.parse(res.body);
    expect(alert).toMatchObject({ title: "API p99 latency above 2 s", severity: "critical", source: "prometheus", dedup_key: dedup, details: { p99_ms: 2450 }, status: "firing", count: 1, deduplicated: false, service_id: null, acknowledged_at: null, acknowledged_by: null, resolved_at: null });
    expect(alert.id).toMatch(/^alt_/);
    expect(alert.first_seen_at).toBe(alert.last_seen_at);
    expect(res.body.organization_id).toBeUndefined();
    const got = await api("GET", `/alerts/${alert.id}`);
    expect(got.status).toBe(200);
    expect(got.body).toEqual(Object.fromEntries(Object.entries(alert).filter(([k]) => k !== "deduplicated")));
  });

  test("defaults: severity minor, no source, no dedup key, empty details", async () => {
    const alert = await fire({});
    expect(alert).toMatchObject({ severity: "minor", source: null, dedup_key: null, details: {}, message: null });
    // Without a dedup key every ingest is a new alert.
    expect((await fire({})).id).not.toBe(alert.id);
  });

  test("the same dedup_key while open is 200 deduplicated: same id, count 2, latest title/message/details/severity, no second alert.fired", async () => {
    const dedup = key("disk");
    const first = await fire({ title: "Disk 90%", severity: "major", source: "node-exporter", dedup_key: dedup, message: "m1", details: { pct: 90 } });
    await Bun.sleep(5);
    const res = await api("POST", "/alerts", { title: "Disk 95%", severity: "critical", dedup_key: dedup, details: { pct: 95 } });
    expect(res.status).toBe(200);
    const again = zAlert.parse(res.body);
    expect(again).toMatchObject({ id: first.id, count: 2, deduplicated: true, title: "Disk 95%", severity: "critical", details: { pct: 95 }, status: "firing" });
    // Left out: kept. Source identifies the alert: kept from the first occurrence.
    expect(again.message).toBe("m1");
    expect(again.source).toBe("node-exporter");
    expect(again.first_seen_at).toBe(first.first_seen_at);
    expect(Date.parse(again.last_seen_at)).toBeGreaterThan(Date.parse(first.last_seen_at));
    const third = zAlert.parse((await api("POST", "/alerts", { title: "Disk 96%", dedup_key: dedup })).body);
    expect(third).toMatchObject({ id: first.id, count: 3, severity: "critical" });
    expect((await eventsFor(first.id)).map((e) => e.type)).toEqual(["alert.fired"]);
    const list = zAlertList.parse((await api("GET", `/alerts?dedup_key=${dedup}`)).body);
    expect(list.data.map((a) => a.id)).toEqual([first.id]);
  });

  test("after the alert is resolved, the same dedup_key creates a new alert", async () => {
    const dedup = key("cpu");
    const first = await fire({ dedup_key: dedup });
    expect((await api("POST", `/alerts/${first.id}/resolve`)).status).toBe(200);
    const second = await fire({ dedup_key: dedup }, 201);
    expect(second.id).not.toBe(first.id);
    expect(second).toMatchObject({ count: 1, status: "firing", deduplicated: false });
    expect((await fire({ dedup_key: dedup }, 200)).id).toBe(second.id);
    const list = zAlertList.parse((await api("GET", `/alerts?dedup_key=${dedup}`)).body);
    expect(list.data.map((a) => [a.id, a.status])).toEqual([
      [second.id, "firing"],
      [first.id, "resolved"],
    ]);
  });

  test("an acknowledged alert still deduplicates and stays acknowledged", async () => {
    const dedup = key("ack-dedup");
    const first = await fire({ dedup_key: dedup });
    await api("POST", `/alerts/${first.id}/acknowledge`);
    const again = await fire({ dedup_key: dedup }, 200);
    expect(again).toMatchObject({ id: first.id, status: "acknowledged", count: 2 });
  });

  test("service_id must name a service of the organization (422 at #/service_id); the event carries the service", async () => {
    const bad = await api("POST", "/alerts", { title: "x", service_id: "svc_01JD5Q8R1XK2ZP7S0C3V9N4B6M" });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(["#/service_id"]);
    const svc = (await api("POST", "/services", { name: key("checkout") })).body;
    const alert = await fire({ service_id: svc.id });
    expect(alert.service_id).toBe(svc.id);
    const [fired] = await eventsFor(alert.id);
    expect(fired?.data).toEqual({ ...Object.fromEntries(Object.entries(alert).filter(([k]) => k !== "deduplicated")), service: svc });
  });

  test("the body is checked against the contract", async () => {
    expect((await api("POST", "/alerts", { severity: "critical" })).status).toBe(422);
    expect((await api("POST", "/alerts", { title: "x", severity: "apocalyptic" })).status).toBe(422);
    expect((await api("POST", "/alerts", { title: "x", color: "red" })).status).toBe(422);
  });

  test("an Idempotency-Key replays the first answer instead of counting a repeat", async () => {
    const dedup = key("idem");
    const headers = { "idempotency-key": key("idem-key") };
    const a = await api("POST", "/alerts", { title: "t", dedup_key: dedup }, headers);
    const b = await api("POST", "/alerts", { title: "t", dedup_key: dedup }, headers);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.headers.get("idempotent-replayed")).toBe("true");
    expect((await api("GET", `/alerts/${a.body.id}`)).body.count).toBe(1);
  });
});

describe("lifecycle", () => {
  test("firing → acknowledged → resolved, with alert.fired, alert.acknowledged and alert.resolved events; invalid transitions are 409", async () => {
    const member = (await api("POST", "/members", { name: "Ada", email: `${key("ada")}@example.com` })).body;
    const alert = await fire({ dedup_key: key("life") });

    const unknownMember = await api("POST", `/alerts/${alert.id}/acknowledge`, { member_id: "mem_01JD5Q8R1XK2ZP7S0C3V9N4B6M" });
    expect(unknownMember.status).toBe(422);
    expect(unknownMember.body.errors[0].pointer).toBe("#/member_id");
    expect((await api("GET", `/alerts/${alert.id}`)).body.status).toBe("firing");

    const acked = await api("POST", `/alerts/${alert.id}/acknowledge`, { member_id: member.id });
    expect(acked.status).toBe(200);
    expect(zAlert.parse(acked.body)).toMatchObject({ status: "acknowledged", acknowledged_by: member.id, resolved_at: null });
    expect(acked.body.acknowledged_at).not.toBeNull();

    const again = await api("POST", `/alerts/${alert.id}/acknowledge`);
    expect(again.status).toBe(409);
    expect(again.body.type).toContain("invalid-transition");

    const resolved = await api("POST", `/alerts/${alert.id}/resolve`);
    expect(resolved.status).toBe(200);
    expect(zAlert.parse(resolved.body)).toMatchObject({ status: "resolved", acknowledged_by: member.id });
    expect(resolved.body.resolved_at).not.toBeNull();

    expect((await api("POST", `/alerts/${alert.id}/resolve`)).status).toBe(409);
    expect((await api("POST", `/alerts/${alert.id}/acknowledge`)).status).toBe(409);

    const events = await eventsFor(alert.id);
    expect(events.map((e) => e.type)).toEqual(["alert.fired", "alert.acknowledged", "alert.resolved"]);
    expect(events.map((e) => e.data.status)).toEqual(["firing", "acknowledged", "resolved"]);
    for (const e of events) expect(e).toMatchObject({ resource_type: "alert", resource_id: alert.id, caused_by: null });
    const byType = (await api("GET", "/events?type=alert.resolved&limit=100")).body.data;
    expect(byType.some((e: { resource_id: string }) => e.resource_id === alert.id)).toBe(true);
  });

  test("a firing alert can be resolved directly; acknowledge without a body has no acknowledger", async () => {
    const direct = await fire({});
    expect((await api("POST", `/alerts/${direct.id}/resolve`)).body).toMatchObject({ status: "resolved", acknowledged_at: null });
    const other = await fire({});
    expect((await api("POST", `/alerts/${other.id}/acknowledge`)).body).toMatchObject({ status: "acknowledged", acknowledged_by: null });
  });

  test("resolve by dedup_key resolves the open alert; no open alert with the key is 404", async () => {
    const dedup = key("by-key");
    const alert = await fire({ dedup_key: dedup });
    const res = await api("POST", "/alerts/resolve", { dedup_key: dedup });
    expect(res.status).toBe(200);
    expect(zAlert.parse(res.body)).toMatchObject({ id: alert.id, status: "resolved" });
    const twice = await api("POST", "/alerts/resolve", { dedup_key: dedup });
    expect(twice.status).toBe(404);
    expect(twice.body.detail).toContain(dedup);
    expect((await api("POST", "/alerts/resolve", { dedup_key: key("never") })).status).toBe(404);
    expect((await api("POST", "/alerts/resolve", {})).status).toBe(422);
    expect((await eventsFor(alert.id)).map((e) => e.type)).toEqual(["alert.fired", "alert.resolved"]);
  });

  test("unknown or malformed ids are 404", async () => {
    expect((await api("GET", "/alerts/alt_01JD5Q8R1XK2ZP7S0C3V9N4B6M")).status).toBe(404);
    expect((await api("GET", "/alerts/nope")).status).toBe(404);
    expect((await api("POST", "/alerts/alt_01JD5Q8R1XK2ZP7S0C3V9N4B6M/acknowledge")).status).toBe(404);
    expect((await api("POST", "/alerts/alt_01JD5Q8R1XK2ZP7S0C3V9N4B6M/resolve")).status).toBe(404);
  });

  test("list: newest first, by status, paged with next_cursor", async () => {
    const source = key("lister");
    const a = await fire({ source });
    const b = await fire({ source });
    const c = await fire({ source });
    await api("POST", `/alerts/${b.id}/resolve`);
    const firing = zAlertList.parse((await api("GET", "/alerts?status=firing&limit=100")).body).data.map((x) => x.id);
    expect(firing).toEqual(expect.arrayContaining([a.id, c.id]));
    expect(firing).not.toContain(b.id);
    expect(firing.indexOf(c.id)).toBeLessThan(firing.indexOf(a.id));
    const page1 = zAlertList.parse((await api("GET", "/alerts?limit=2")).body);
    expect(page1.data).toHaveLength(2);
    expect(page1.next_cursor).not.toBeNull();
    const page2 = zAlertList.parse((await api("GET", `/alerts?limit=2&cursor=${page1.next_cursor}`)).body);
    expect(page2.data[0]!.id < page1.data[1]!.id).toBe(true);
    expect((await api("GET", "/alerts?status=sleeping")).status).toBe(422);
  });
});

describe("outbound webhooks", () => {
  test("a subscription to alert.fired and alert.resolved receives both (and not alert.acknowledged)", async () => {
    const rx = startReceiver();
    try {
      const wh = (await api("POST", "/webhooks", { url: rx.url, events: ["alert.fired", "alert.resolved"] })).body;
      expect(wh.id).toMatch(/^whk_/);
      const alert = await fire({ dedup_key: key("hook"), severity: "critical" });
      await api("POST", `/alerts/${alert.id}/acknowledge`);
      await api("POST", `/alerts/${alert.id}/resolve`);
      await server.drainOutbox();
      await rx.waitFor(2);
      await Bun.sleep(200);
      const bodies = rx.received.map((r) => JSON.parse(r.body)).filter((b) => b.data.id === alert.id);
      expect(bodies.map((b) => b.event).sort()).toEqual(["alert.fired", "alert.resolved"]);
      const fired = bodies.find((b) => b.event === "alert.fired");
      expect(fired.data).toMatchObject({ id: alert.id, status: "firing", severity: "critical" });
      expect(bodies.find((b) => b.event === "alert.resolved").data.status).toBe("resolved");
      await api("DELETE", `/webhooks/${wh.id}`);
    } finally {
      rx.stop();
    }
  });
});

describe("workflows", () => {
  const finished = (s: string) => ["completed", "completed_with_errors", "failed", "canceled"].includes(s);
  async function finishedRun(workflowId: string) {
    const runs = await waitFor(async () => {
      const r = (await api("GET", `/runs?workflow_id=${workflowId}`)).body.data as { id: string; status: string }[];
      return r.length >= 1 && r.every((x) => finished(x.status)) && r;
    });
    return zRun.parse((await api("GET", `/runs/${runs[0]!.id}`)).body);
  }

  test("alert.fired with a condition on severity runs create_incident titled from {{alert.title}}; a miss is skipped", async () => {
    const source = key("wf-incident");
    const wf = await api("POST", "/workflows", {
      name: "Critical alert → incident",
      trigger: "alert.fired",
      conditions: {
        operator: "AND",
        conditions: [
          { field: "severity", operator: "equals", value: "critical" },
          { field: "alert.source", operator: "equals", value: source },
        ],
      },
      actions: [{ type: "create_incident", name: "incident", title: "{{alert.title}}", severity: "critical", message: "From {{alert.source}} ({{alert.details.region}}), seen {{alert.count}} time(s)" }],
      state: "active",
    });
    expect(wf.status, JSON.stringify(wf.body)).toBe(201);
    const minor = await fire({ title: "Minor blip", severity: "minor", source });
    const hit = await fire({ title: "Checkout 5xx above 5%", severity: "critical", source, details: { region: "eu-west-1" } });

    const run = await finishedRun(wf.body.id);
    expect(run.status).toBe("completed");
    expect(run.event.id).toMatch(/^evt_/);
    const incidentId = (run.steps![0]!.output as { id: string }).id;
    const incident = (await api("GET", `/incidents/${incidentId}`)).body;
    expect(incident).toMatchObject({ title: "Checkout 5xx above 5%", severity: "critical", message: "From " + source + " (eu-west-1), seen 1 time(s)", source: "workflow" });

    const evals = await waitFor(async () => {
      const e = (await api("GET", `/workflows/${wf.body.id}/evaluations`)).body.data as { outcome: string; reason: string | null; conditions: unknown }[];
      return e.length >= 2 && e;
    });
    // The minor alert was evaluated and skipped, with the resolved severity in the trace.
    const skipped = evals.find((e) => e.outcome === "skipped" && JSON.stringify(e.conditions).includes('"resolved":"minor"'));
    expect(skipped?.reason).toBe("conditions_false");
    expect(evals.filter((e) => e.outcome === "started")).toHaveLength(1);
    expect(minor.id).not.toBe(hit.id);
    await api("POST", `/workflows/${wf.body.id}/disable`);
  });

  test("acknowledge_alert on alert.fired acknowledges the alert; the event names the run", async () => {
    const source = key("wf-ack");
    const wf = await api("POST", "/workflows", {
      name: "Auto-acknowledge",
      trigger: "alert.fired",
      conditions: { operator: "AND", conditions: [{ field: "source", operator: "equals", value: source }] },
      actions: [{ type: "acknowledge_alert", name: "ack" }],
      state: "active",
    });
    expect(wf.status, JSON.stringify(wf.body)).toBe(201);
    const alert = await fire({ source, dedup_key: key("auto-ack") });
    const run = await finishedRun(wf.body.id);
    expect(run.status).toBe("completed");
    expect(run.steps![0]).toMatchObject({ type: "acknowledge_alert", status: "completed", output: { id: alert.id, status: "acknowledged", already_acknowledged: false } });
    expect((await api("GET", `/alerts/${alert.id}`)).body.status).toBe("acknowledged");
    const acked = (await eventsFor(alert.id)).find((e) => e.type === "alert.acknowledged");
    expect(acked?.caused_by).toEqual({ run_id: run.id, workflow_id: wf.body.id, depth: 1 });
    await api("POST", `/workflows/${wf.body.id}/disable`);
  });

  test("alert.resolved triggers a workflow too", async () => {
    const source = key("wf-resolved");
    const wf = await api("POST", "/workflows", {
      name: "Resolved alert → note",
      trigger: "alert.resolved",
      conditions: { operator: "AND", conditions: [{ field: "alert.source", operator: "equals", value: source }] },
      actions: [{ type: "create_incident", title: "Resolved: {{alert.title}} ({{alert.status}})", visibility: "draft" }],
      state: "active",
    });
    expect(wf.status, JSON.stringify(wf.body)).toBe(201);
    const alert = await fire({ title: "Queue depth", source, dedup_key: key("resolved-wf") });
    await api("POST", "/alerts/resolve", { dedup_key: alert.dedup_key });
    const run = await finishedRun(wf.body.id);
    expect(run.status).toBe("completed");
    const incident = (await api("GET", `/incidents/${(run.steps![0]!.output as { id: string }).id}`)).body;
    expect(incident.title).toBe("Resolved: Queue depth (resolved)");
    await api("POST", `/workflows/${wf.body.id}/disable`);
  });
});

describe("tenancy", () => {
  test("another organization's alert is a 404 everywhere, and its dedup keys are its own", async () => {
    const dedup = key("tenant");
    const alert = await fire({ dedup_key: dedup });
    expect((await apiB("GET", `/alerts/${alert.id}`)).status).toBe(404);
    expect((await apiB("POST", `/alerts/${alert.id}/acknowledge`)).status).toBe(404);
    expect((await apiB("POST", `/alerts/${alert.id}/resolve`)).status).toBe(404);
    expect((await apiB("POST", "/alerts/resolve", { dedup_key: dedup })).status).toBe(404);
    const listB = zAlertList.parse((await apiB("GET", "/alerts?limit=100")).body);
    expect(listB.data.map((a) => a.id)).not.toContain(alert.id);
    // The same key in B is a new alert of B's, not a repeat of A's.
    const theirs = await apiB("POST", "/alerts", { title: "B's", dedup_key: dedup });
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).not.toBe(alert.id);
    expect((await apiB("GET", `/events?resource_id=${alert.id}`)).body.data).toEqual([]);
    // A's alert is untouched.
    expect((await api("GET", `/alerts/${alert.id}`)).body).toMatchObject({ status: "firing", count: 1 });
    // A service of A's cannot be referenced from B.
    const svc = (await api("POST", "/services", { name: key("a-svc") })).body;
    const cross = await apiB("POST", "/alerts", { title: "x", service_id: svc.id });
    expect(cross.status).toBe(422);
    expect(cross.body.errors[0].pointer).toBe("#/service_id");
  });
});
