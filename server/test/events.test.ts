/**
 * The domain event log (the outbox) over real HTTP: every mutation writes its events with the resource after the
 * change, listed newest first; filters and GET by id; and atomicity: a request that fails validation or a
 * transition writes neither an event nor a row, while a successful one writes its row and its event together.
 * The harness's `store` and a read-only SQLite connection are used to look at the tables directly.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import type { z } from "zod";
import {
  zEvent,
  zEventList,
  zIncident,
  zIncidentUpdateEntry,
  zMember,
  zOrganization,
  zService,
} from "../src/generated/zod.gen.ts";
import type { EventRecord } from "../src/store/types.ts";
import type { EventType } from "../src/types.ts";
import { apiClient, startTestServer, type TestServer } from "./harness.ts";
import { expectOk, expectProblem, unique } from "./expect.ts";

let server: TestServer;
let api: ReturnType<typeof apiClient>;
let orgId: string;
beforeAll(async () => {
  server = await startTestServer({ env: { TRIPWIRE_RATE_LIMIT: "1000000" } });
  api = apiClient(server.baseUrl, server.apiKey);
  orgId = zOrganization.parse((await api("GET", "/organization")).body).id;
});
afterAll(async () => {
  await server.stop();
});

type Event = z.output<typeof zEvent>;



async function createIncident(body: Record<string, unknown> = {}) {
  return expectOk(await api("POST", "/incidents", { title: unique("incident"), ...body }), 201, zIncident);
}
async function createService(body: Record<string, unknown> = {}) {
  return expectOk(await api("POST", "/services", { name: unique("service"), ...body }), 201, zService);
}
async function createMember() {
  return expectOk(await api("POST", "/members", { name: "Ada", email: `${unique("ada")}@example.com` }), 201, zMember);
}
async function getIncident(id: string) {
  return expectOk(await api("GET", `/incidents/${id}`), 200, zIncident);
}
/** Every event of the organization over HTTP, newest first, following cursors. */
async function allEvents(query = ""): Promise<Event[]> {
  const all: Event[] = [];
  let cursor: string | null = null;
  do {
    const path: string = `/events?limit=100&${query}${cursor ? `&cursor=${cursor}` : ""}`;
    const page = expectOk(await api("GET", path), 200, zEventList);
    all.push(...page.data);
    cursor = page.next_cursor;
  } while (cursor);
  return all;
}
/** Every event row in the store, across organizations. */
async function storedEvents(): Promise<EventRecord[]> {
  return (await server.store.outbox.read("test.every-event", 1_000_000)).events;
}
const ROW_TABLES = ["incidents", "incident_updates", "services", "members", "events"] as const;
async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const t of ROW_TABLES) counts[t] = (await server.query<{ n: number }>(`SELECT CAST(count(*) AS INTEGER) AS n FROM ${t}`))[0]!.n;
  return counts;
}

describe("every mutation writes its events", () => {
  test("each change appears in GET /events newest first, with resource_type, resource_id, the resource after the change at the top of data, caused_by null", async () => {
    type Expected = { type: EventType; resource_type: "incident" | "service" | "member"; resource: { id: string } };
    const expected: Expected[] = [];
    const incident = (type: EventType, resource: { id: string }) => expected.push({ type, resource_type: "incident", resource });
    const service = (type: EventType, resource: { id: string }) => expected.push({ type, resource_type: "service", resource });
    const member = (type: EventType, resource: { id: string }) => expected.push({ type, resource_type: "member", resource });

    const m = await createMember();
    member("member.created", m);
    const s = await createService();
    service("service.created", s);
    const s2 = expectOk(await api("PATCH", `/services/${s.id}`, { status: "degraded" }), 200, zService);
    service("service.updated", s2);
    service("service.status_changed", s2);

    const i = await createIncident({ visibility: "draft", service_ids: [s.id] });
    incident("incident.created", i);
    // A title, not the severity: a major incident would enter the default post-incident flow when resolved.
    incident("incident.updated", expectOk(await api("PATCH", `/incidents/${i.id}`, { title: "Checkout down (EU)" }), 200, zIncident));
    incident("incident.published", expectOk(await api("POST", `/incidents/${i.id}/publish`), 200, zIncident));
    expectOk(await api("POST", `/incidents/${i.id}/updates`, { message: "Found it.", status: "identified" }), 201, zIncidentUpdateEntry);
    incident("incident.updated", await getIncident(i.id));
    incident("incident.updated", expectOk(await api("POST", `/incidents/${i.id}/labels`, { labels: ["sev1"] }), 200, zIncident));
    incident("incident.updated", expectOk(await api("DELETE", `/incidents/${i.id}/labels/sev1`), 200, zIncident));
    incident("incident.updated", expectOk(await api("PUT", `/incidents/${i.id}/assignee`, { assignee_id: m.id }), 200, zIncident));
    const resolved = expectOk(await api("POST", `/incidents/${i.id}/resolve`, { message: "Fixed." }), 200, zIncident);
    incident("incident.updated", resolved);
    incident("incident.resolved", resolved);
    incident("incident.archived", expectOk(await api("DELETE", `/incidents/${i.id}`), 200, zIncident));

    const m2 = expectOk(await api("PATCH", `/members/${m.id}`, { name: "Ada King" }), 200, zMember);
    member("member.updated", m2);
    expect((await api("DELETE", `/members/${m.id}`)).status).toBe(204);
    incident("incident.updated", await getIncident(i.id)); // unassigned
    member("member.deleted", m2);
    expect((await api("DELETE", `/services/${s.id}`)).status).toBe(204);
    incident("incident.updated", await getIncident(i.id)); // detached
    service("service.deleted", s2);

    const newest = (await allEvents()).slice(0, expected.length);
    const want = [...expected].reverse();
    expect(newest.map((e) => e.type)).toEqual(want.map((e) => e.type));
    newest.forEach((e, n) => {
      const w = want[n]!;
      expect(e).toMatchObject({ resource_type: w.resource_type, resource_id: w.resource.id, caused_by: null });
      expect(e.id).toMatch(/^evt_[0-9A-Z]{26}$/);
      // The resource's own fields at the top of data; beside them only the documented extras.
      const { changes, services, previous_status, new_status, ...own } = e.data;
      expect(own).toEqual(w.resource);
      expect(changes !== undefined).toBe(e.type.endsWith(".updated"));
      expect(previous_status !== undefined && new_status !== undefined).toBe(e.type === "service.status_changed");
      if (w.resource_type === "incident") expect(services).toEqual((w.resource as unknown as { service_ids: string[] }).service_ids.length ? [s.name] : []);
      else expect(services).toBeUndefined();
    });
    // Newest first: ids (time-ordered) strictly decrease.
    const ids = newest.map((e) => e.id);
    expect(ids).toEqual([...ids].sort().reverse());
    expect(new Set(ids).size).toBe(ids.length);

    // The final incident state reflects both detachments.
    expect(await getIncident(i.id)).toMatchObject({ assignee_id: null, service_ids: [], status: "resolved" });
  });

  test("the type filter keeps only that type, and the resource_id filter only that resource's events", async () => {
    const s = await createService();
    expectOk(await api("PATCH", `/services/${s.id}`, { status: "partial_outage" }), 200, zService);
    const i = await createIncident();
    expectOk(await api("PATCH", `/incidents/${i.id}`, { status: "monitoring" }), 200, zIncident);
    expectOk(await api("PATCH", `/incidents/${i.id}`, { severity: "critical" }), 200, zIncident);

    const changed = await allEvents("type=service.status_changed");
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((e) => e.type === "service.status_changed")).toBe(true);
    expect(changed.map((e) => e.resource_id)).toContain(s.id);

    const ofIncident = await allEvents(`resource_id=${i.id}`);
    expect(ofIncident.map((e) => e.type)).toEqual(["incident.updated", "incident.updated", "incident.created"]);
    expect(ofIncident.every((e) => e.resource_id === i.id)).toBe(true);

    const both = await allEvents(`resource_id=${i.id}&type=incident.updated`);
    expect(both.map((e) => e.data.changes)).toEqual([
      { severity: { from: "minor", to: "critical" } },
      { status: { from: "investigating", to: "monitoring" } },
    ]);
    expect(await allEvents(`resource_id=${i.id}&type=incident.resolved`)).toEqual([]);
  });

  test("an unknown event type in the filter → 422 in the query", async () => {
    const p = expectProblem(await api("GET", "/events?type=incident.exploded"), 422, "validation");
    expect(p.errors).toEqual([expect.objectContaining({ in: "query", pointer: "#/type" })]);
  });

  test("GET /events/{id} returns the event as listed; an unknown id → 404", async () => {
    const i = await createIncident();
    const [listed] = await allEvents(`resource_id=${i.id}`);
    expect(listed).toBeDefined();
    const one = expectOk(await api("GET", `/events/${listed!.id}`), 200, zEvent);
    expect(one).toEqual(listed!);
    expect(one.data).toEqual({ ...i, services: [] });
    expectProblem(await api("GET", "/events/evt_01JD5Q8R1XK2ZP7S0C3V9N4B6M"), 404, "not-found");
    expectProblem(await api("GET", "/events/not-an-event"), 404, "not-found");
  });

  test("the event list pages newest first with every event once", async () => {
    for (let n = 0; n < 3; n++) await createService();
    const everything = await allEvents();
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const path: string = `/events?limit=7${cursor ? `&cursor=${cursor}` : ""}`;
      const page = expectOk(await api("GET", path), 200, zEventList);
      expect(page.data.length).toBeLessThanOrEqual(7);
      paged.push(...page.data.map((e) => e.id));
      cursor = page.next_cursor;
    } while (cursor);
    expect(paged).toEqual(everything.map((e) => e.id));
  });
});

describe("atomicity: a failed request writes nothing", () => {
  test("409s (invalid transitions and duplicates) write no event and no row", async () => {
    const pub = await createIncident();
    const resolved = await createIncident();
    expectOk(await api("POST", `/incidents/${resolved.id}/resolve`), 200, zIncident);
    const archived = await createIncident();
    expectOk(await api("DELETE", `/incidents/${archived.id}`), 200, zIncident);
    const svc = await createService();
    const mem = await createMember();

    const events = (await storedEvents()).length;
    const rows = await rowCounts();
    expectProblem(await api("POST", `/incidents/${pub.id}/publish`), 409, "invalid-transition");
    expectProblem(await api("POST", `/incidents/${resolved.id}/resolve`, { message: "again" }), 409, "invalid-transition");
    expectProblem(await api("PATCH", `/incidents/${archived.id}`, { title: "changed" }), 409, "invalid-transition");
    expectProblem(await api("POST", `/incidents/${archived.id}/updates`, { message: "hi", status: "resolved" }), 409, "invalid-transition");
    expectProblem(await api("DELETE", `/incidents/${archived.id}`), 409, "invalid-transition");
    expectProblem(await api("POST", "/services", { name: svc.name }), 409, "duplicate");
    expectProblem(await api("POST", "/members", { name: "Copy", email: mem.email.toUpperCase() }), 409, "duplicate");

    expect((await storedEvents()).length).toBe(events);
    expect(await rowCounts()).toEqual(rows);
    // Control: the same counters do move when a request succeeds.
    expectOk(await api("POST", `/incidents/${pub.id}/updates`, { message: "ok" }), 201, zIncidentUpdateEntry);
    expect(await rowCounts()).toEqual({ ...rows, incident_updates: rows.incident_updates! + 1 });
  });

  test("422s (unknown references, invalid fields) write no event and no row", async () => {
    const inc = await createIncident();
    const svc = await createService();
    const ghostSvc = "svc_01JD5Q8R1XK2ZP7S0C3V9N4B6M";
    const ghostMem = "mem_01JD5Q8R1XK2ZP7S0C3V9N4B6M";

    const events = (await storedEvents()).length;
    const rows = await rowCounts();
    expectProblem(await api("POST", "/incidents", { title: "x", service_ids: [svc.id, ghostSvc] }), 422, "validation");
    expectProblem(await api("POST", "/incidents", { title: "x", assignee_id: ghostMem }), 422, "validation");
    expectProblem(await api("PATCH", `/incidents/${inc.id}`, { severity: "major", assignee_id: ghostMem }), 422, "validation");
    expectProblem(await api("PUT", `/incidents/${inc.id}/assignee`, { assignee_id: ghostMem }), 422, "validation");
    expectProblem(await api("PATCH", `/services/${svc.id}`, { status: "on-fire" }), 422, "validation");
    expectProblem(await api("POST", "/members", { name: "Ada", email: "nope" }), 422, "validation");

    expect((await storedEvents()).length).toBe(events);
    expect(await rowCounts()).toEqual(rows);
    // The valid part of the rejected PATCH was not applied either.
    expect(await getIncident(inc.id)).toEqual(inc);
    // Control: the same counters do move when a request succeeds.
    await createIncident();
    expect((await storedEvents()).length).toBe(events + 1);
    expect(await rowCounts()).toEqual({ ...rows, incidents: rows.incidents! + 1, events: rows.events! + 1 });
  });
});

describe("same transaction: the change and its event are written together", () => {
  test("every incident in the store has exactly one incident.created event, and every such event names an existing incident (outbox invariant)", async () => {
    // Some sequential, some concurrent, plus rejected attempts in between.
    await createIncident();
    await Promise.all(
      Array.from({ length: 12 }, (_, n) =>
        n % 4 === 0
          ? api("POST", "/incidents", { title: "bad", assignee_id: "mem_01JD5Q8R1XK2ZP7S0C3V9N4B6M" })
          : api("POST", "/incidents", { title: `concurrent ${n}`, visibility: n % 2 ? "draft" : "public" }),
      ),
    );
    await createIncident({ status: "resolved" });

    const incidentIds: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await server.store.incidents.list(orgId, { includeArchived: true }, { limit: 100, after });
      incidentIds.push(...page.items.map((i) => i.id));
      if (!page.nextAfter) break;
      after = page.nextAfter;
    }
    expect(incidentIds.length).toBeGreaterThan(10);

    const created = (await storedEvents()).filter((e) => e.type === "incident.created");
    expect(created.every((e) => e.organization_id === orgId)).toBe(true);
    const byIncident = new Map<string, EventRecord[]>();
    for (const e of created) byIncident.set(e.resource_id, [...(byIncident.get(e.resource_id) ?? []), e]);

    for (const id of incidentIds) {
      const es = byIncident.get(id) ?? [];
      expect({ id, count: es.length }).toEqual({ id, count: 1 });
      expect(es[0]?.data.id).toBe(id);
    }
    expect([...byIncident.keys()].sort()).toEqual([...incidentIds].sort());
  });

  test("events are announced only after their change has committed: the incident is readable when incident.created is heard", async () => {
    const heard: Promise<{ id: string; visible: boolean }>[] = [];
    const stop = server.store.onCommittedEvents((events) => {
      for (const e of events) {
        if (e.type !== "incident.created") continue;
        // Reads go through the store's separate reader connection: it sees committed data only.
        heard.push(server.store.incidents.get(orgId, e.resource_id).then((i) => ({ id: e.resource_id, visible: i !== null })));
      }
    });
    try {
      const made = await Promise.all(Array.from({ length: 5 }, () => createIncident()));
      expectProblem(await api("POST", "/incidents", { title: "x", service_ids: ["svc_01JD5Q8R1XK2ZP7S0C3V9N4B6M"] }), 422, "validation");
      const results = await Promise.all(heard);
      expect(results.map((r) => r.id).sort()).toEqual(made.map((i) => i.id).sort());
      expect(results.every((r) => r.visible)).toBe(true);
    } finally {
      stop();
    }
  });
});
