/**
 * Services over real HTTP: CRUD, status and its events, name uniqueness, validation, deletion detaching the
 * service from incidents, and the status filter. Success bodies are parsed with the contract's zod schemas.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import type { z } from "zod";
import { zEvent, zEventList, zIncident, zIncidentList, zService, zServiceList } from "../src/generated/zod.gen.ts";
import { apiClient, startTestServer, type TestServer } from "./harness.ts";
import { expectOk, expectProblem, unique } from "./expect.ts";

let server: TestServer;
let api: ReturnType<typeof apiClient>;
beforeAll(async () => {
  server = await startTestServer({ env: { TRIPWIRE_RATE_LIMIT: "1000000" } });
  api = apiClient(server.baseUrl, server.apiKey);
});
afterAll(() => server.stop());

type Service = z.output<typeof zService>;
type Event = z.output<typeof zEvent>;



async function createService(body: Record<string, unknown> = {}): Promise<Service> {
  return expectOk(await api("POST", "/services", { name: unique("production-api"), ...body }), 201, zService);
}
async function eventsOf(resourceId: string): Promise<Event[]> {
  return expectOk(await api("GET", `/events?resource_id=${resourceId}&limit=100`), 200, zEventList).data;
}
async function listAll(query = ""): Promise<Service[]> {
  const all: Service[] = [];
  let cursor: string | null = null;
  do {
    const path: string = `/services?limit=100&${query}${cursor ? `&cursor=${cursor}` : ""}`;
    const page = expectOk(await api("GET", path), 200, zServiceList);
    all.push(...page.data);
    cursor = page.next_cursor;
  } while (cursor);
  return all;
}
const ALLOWED = ["operational", "degraded", "partial_outage", "major_outage", "maintenance"];

describe("create and read", () => {
  test("a new service is operational unless told otherwise, and writes service.created", async () => {
    const name = unique("production-api");
    const svc = expectOk(await api("POST", "/services", { name }), 201, zService);
    expect(svc).toMatchObject({ name, description: null, status: "operational" });
    expect(svc.created_at).toBe(svc.updated_at);
    expect(expectOk(await api("GET", `/services/${svc.id}`), 200, zService)).toEqual(svc);

    const events = await eventsOf(svc.id);
    expect(events.map((e) => e.type)).toEqual(["service.created"]);
    expect(events[0]).toMatchObject({ resource_type: "service", resource_id: svc.id, caused_by: null });
    expect(events[0]?.data).toEqual(svc);
  });

  test("a status and description given at creation are kept", async () => {
    const svc = await createService({ status: "maintenance", description: "Public REST API" });
    expect(svc).toMatchObject({ status: "maintenance", description: "Public REST API" });
  });

  test("an unknown service → 404", async () => {
    const p = expectProblem(await api("GET", "/services/svc_01JD5Q8R1XK2ZP7S0C3V9N4B6M"), 404, "not-found");
    expect(p.instance).toBe("/api/v1/services/svc_01JD5Q8R1XK2ZP7S0C3V9N4B6M");
  });

  test("the list shows services newest first and pages with limit and cursor", async () => {
    const made = [await createService(), await createService(), await createService()];
    const p1 = expectOk(await api("GET", "/services?limit=2"), 200, zServiceList);
    expect(p1.data.map((s) => s.id)).toEqual([made[2]!.id, made[1]!.id]);
    expect(p1.next_cursor).not.toBeNull();
    const p2 = expectOk(await api("GET", `/services?limit=2&cursor=${p1.next_cursor}`), 200, zServiceList);
    expect(p2.data[0]?.id).toBe(made[0]!.id);
  });
});

describe("update", () => {
  test("renaming and describing writes service.updated with exactly those changes, and no status_changed", async () => {
    const svc = await createService();
    const name = unique("renamed");
    const after = expectOk(await api("PATCH", `/services/${svc.id}`, { name, description: "Now described" }), 200, zService);
    expect(after).toMatchObject({ id: svc.id, name, description: "Now described", status: "operational" });
    expect(expectOk(await api("GET", `/services/${svc.id}`), 200, zService)).toEqual(after);

    const events = await eventsOf(svc.id);
    expect(events.map((e) => e.type)).toEqual(["service.updated", "service.created"]);
    expect(events[0]?.data.changes).toEqual({
      name: { from: svc.name, to: name },
      description: { from: null, to: "Now described" },
    });
    expect(events[0]?.data).toEqual({ ...after, changes: events[0]?.data.changes });
  });

  test("a status change writes service.updated and service.status_changed with previous_status and status", async () => {
    const svc = await createService();
    const after = expectOk(await api("PATCH", `/services/${svc.id}`, { status: "degraded" }), 200, zService);
    expect(after.status).toBe("degraded");

    const events = await eventsOf(svc.id);
    expect(events.map((e) => e.type)).toEqual(["service.status_changed", "service.updated", "service.created"]);
    expect(events[1]?.data.changes).toEqual({ status: { from: "operational", to: "degraded" } });
    expect(events[0]?.data).toEqual({ ...after, previous_status: "operational", new_status: "degraded" });

    expectOk(await api("PATCH", `/services/${svc.id}`, { status: "major_outage" }), 200, zService);
    const [latest] = await eventsOf(svc.id);
    expect(latest?.data).toMatchObject({ previous_status: "degraded", new_status: "major_outage", status: "major_outage" });
  });

  test("a PATCH with the current values writes no event", async () => {
    const svc = await createService({ status: "degraded" });
    const same = expectOk(await api("PATCH", `/services/${svc.id}`, { name: svc.name, status: "degraded", description: null }), 200, zService);
    expect(same).toEqual(svc);
    expect((await eventsOf(svc.id)).map((e) => e.type)).toEqual(["service.created"]);
  });

  test("an empty PATCH body → 422 (ServiceUpdate has minProperties: 1)", async () => {
    const svc = await createService();
    expectProblem(await api("PATCH", `/services/${svc.id}`, {}), 422, "validation");
  });

  test("PATCH of an unknown service → 404", async () => {
    expectProblem(await api("PATCH", "/services/svc_01JD5Q8R1XK2ZP7S0C3V9N4B6M", { status: "degraded" }), 404, "not-found");
  });
});

describe("validation and conflicts", () => {
  test("a duplicate name → 409 on create and on rename, writing nothing", async () => {
    const a = await createService();
    const b = await createService();
    const before = (await listAll()).length;
    const p = expectProblem(await api("POST", "/services", { name: a.name }), 409, "duplicate");
    expect(p.detail).toContain(a.name);
    expect((await listAll()).length).toBe(before);

    expectProblem(await api("PATCH", `/services/${b.id}`, { name: a.name }), 409, "duplicate");
    expect(expectOk(await api("GET", `/services/${b.id}`), 200, zService)).toEqual(b);
    expect((await eventsOf(b.id)).map((e) => e.type)).toEqual(["service.created"]);
  });

  test("an invalid status → 422 at #/status listing the allowed values, on create and on PATCH", async () => {
    const onCreate = expectProblem(await api("POST", "/services", { name: unique("x"), status: "on-fire" }), 422, "validation");
    const svc = await createService();
    const onPatch = expectProblem(await api("PATCH", `/services/${svc.id}`, { status: "on-fire" }), 422, "validation");
    for (const p of [onCreate, onPatch]) {
      expect(p.errors).toHaveLength(1);
      const e = p.errors![0]!;
      expect(e).toMatchObject({ in: "body", pointer: "#/status" });
      for (const v of ALLOWED) expect(e.detail).toContain(v);
    }
    expect(expectOk(await api("GET", `/services/${svc.id}`), 200, zService).status).toBe("operational");
  });

  test("an invalid status filter → 422 in the query", async () => {
    const p = expectProblem(await api("GET", "/services?status=on-fire"), 422, "validation");
    expect(p.errors).toEqual([expect.objectContaining({ in: "query", pointer: "#/status" })]);
  });
});

describe("delete", () => {
  test("DELETE → 204 and service.deleted; then GET, PATCH and DELETE → 404", async () => {
    const svc = await createService();
    const res = await api("DELETE", `/services/${svc.id}`);
    expect(res.status).toBe(204);
    expect(res.body).toBeNull();
    expectProblem(await api("GET", `/services/${svc.id}`), 404, "not-found");
    expectProblem(await api("PATCH", `/services/${svc.id}`, { status: "degraded" }), 404, "not-found");
    expectProblem(await api("DELETE", `/services/${svc.id}`), 404, "not-found");
    expect((await listAll()).map((s) => s.id)).not.toContain(svc.id);

    const events = await eventsOf(svc.id);
    expect(events.map((e) => e.type)).toEqual(["service.deleted", "service.created"]);
    expect(events[0]?.data).toEqual(svc);
  });

  test("deleting a service detaches it from the incidents that referenced it, each change an incident.updated", async () => {
    const doomed = await createService();
    const kept = await createService();
    const both = expectOk(await api("POST", "/incidents", { title: "both", service_ids: [doomed.id, kept.id] }), 201, zIncident);
    const only = expectOk(await api("POST", "/incidents", { title: "only", service_ids: [doomed.id] }), 201, zIncident);
    const unrelated = expectOk(await api("POST", "/incidents", { title: "unrelated", service_ids: [kept.id] }), 201, zIncident);

    expect((await api("DELETE", `/services/${doomed.id}`)).status).toBe(204);

    const get = async (id: string) => expectOk(await api("GET", `/incidents/${id}`), 200, zIncident);
    expect((await get(both.id)).service_ids).toEqual([kept.id]);
    expect((await get(only.id)).service_ids).toEqual([]);
    expect(await get(unrelated.id)).toEqual(unrelated);

    const [bothLatest] = await eventsOf(both.id);
    expect(bothLatest?.type).toBe("incident.updated");
    expect(bothLatest?.data.changes).toEqual({ service_ids: { from: [doomed.id, kept.id], to: [kept.id] } });
    const [onlyLatest] = await eventsOf(only.id);
    expect(onlyLatest?.data.changes).toEqual({ service_ids: { from: [doomed.id], to: [] } });
    expect((await eventsOf(unrelated.id)).map((e) => e.type)).toEqual(["incident.created"]);

    // The incidents no longer show up under the deleted service.
    const under = expectOk(await api("GET", `/incidents?service_id=${doomed.id}&include_archived=true`), 200, zIncidentList);
    expect(under).toEqual({ data: [], next_cursor: null });
  });
});

describe("list filter", () => {
  test("status keeps only services with that status", async () => {
    const degraded = await createService({ status: "degraded" });
    const operational = await createService();
    const maint = await createService({ status: "maintenance" });
    const moved = await createService();
    expectOk(await api("PATCH", `/services/${moved.id}`, { status: "degraded" }), 200, zService);

    const d = await listAll("status=degraded");
    expect(d.every((s) => s.status === "degraded")).toBe(true);
    expect(d.map((s) => s.id)).toEqual(expect.arrayContaining([degraded.id, moved.id]));
    expect(d.map((s) => s.id)).not.toContain(operational.id);
    const m = await listAll("status=maintenance");
    expect(m.every((s) => s.status === "maintenance")).toBe(true);
    expect(m.map((s) => s.id)).toContain(maint.id);
    const o = await listAll("status=operational");
    expect(o.map((s) => s.id)).toContain(operational.id);
    expect(o.map((s) => s.id)).not.toContain(moved.id);
  });
});
