/**
 * Incidents over real HTTP: defaults, the lifecycle (publish, resolve, archive) and its 409s, PATCH change sets,
 * the timeline, labels, assignment, references, list filters and cursor pagination. Every success body is
 * parsed with the contract's generated zod schema, so these tests also prove the responses conform.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import type { z } from "zod";
import {
  zEvent,
  zEventList,
  zIncident,
  zIncidentList,
  zIncidentUpdateEntry,
  zIncidentUpdateEntryList,
  zMember,
  zService,
} from "../src/generated/zod.gen.ts";
import { apiClient, startTestServer, type TestServer } from "./harness.ts";
import { expectOk, expectProblem, unique } from "./expect.ts";

/** Real time, unless a test pins it to create incidents at known instants. */
const clock = {
  pinned: null as number | null,
  now(): number {
    return this.pinned ?? Date.now();
  },
};

let server: TestServer;
let api: ReturnType<typeof apiClient>;
beforeAll(async () => {
  server = await startTestServer({ clock, env: { TRIPWIRE_RATE_LIMIT: "1000000" } });
  api = apiClient(server.baseUrl, server.apiKey);
});
afterAll(() => server.stop());

type Incident = z.output<typeof zIncident>;
type Event = z.output<typeof zEvent>;




async function createIncident(body: Record<string, unknown> = {}): Promise<Incident> {
  return expectOk(await api("POST", "/incidents", { title: unique("Checkout API returns 502"), ...body }), 201, zIncident);
}
async function createService() {
  return expectOk(await api("POST", "/services", { name: unique("service") }), 201, zService);
}
async function createMember() {
  return expectOk(await api("POST", "/members", { name: "Ada Lovelace", email: `${unique("ada")}@example.com` }), 201, zMember);
}
/** The resource's events, newest first. */
async function eventsOf(resourceId: string): Promise<Event[]> {
  return expectOk(await api("GET", `/events?resource_id=${resourceId}&limit=100`), 200, zEventList).data;
}
async function getIncident(id: string): Promise<Incident> {
  return expectOk(await api("GET", `/incidents/${id}`), 200, zIncident);
}
/** Every incident matching the query, following next_cursor to the end. */
async function listAll(query: string): Promise<Incident[]> {
  const all: Incident[] = [];
  let cursor: string | null = null;
  do {
    const q: string = `/incidents?limit=100&${query}${cursor ? `&cursor=${cursor}` : ""}`;
    const page = expectOk(await api("GET", q), 200, zIncidentList);
    all.push(...page.data);
    cursor = page.next_cursor;
  } while (cursor);
  return all;
}
async function eventCount(): Promise<number> {
  let n = 0;
  let cursor: string | null = null;
  do {
    const path: string = `/events?limit=100${cursor ? `&cursor=${cursor}` : ""}`;
    const page = expectOk(await api("GET", path), 200, zEventList);
    n += page.data.length;
    cursor = page.next_cursor;
  } while (cursor);
  return n;
}

describe("creating an incident", () => {
  test("defaults to investigating, minor, public, source api, published now, with an incident.created event", async () => {
    const title = unique("Checkout API returns 502");
    const inc = expectOk(await api("POST", "/incidents", { title }), 201, zIncident);
    expect(inc).toMatchObject({
      title,
      status: "investigating",
      severity: "minor",
      visibility: "public",
      source: "api",
      message: null,
      service_ids: [],
      labels: [],
      assignee_id: null,
      resolved_at: null,
      archived_at: null,
    });
    expect(inc.id).toMatch(/^inc_[0-9A-Z]{26}$/);
    expect(inc.published_at).toBe(inc.created_at);
    expect(await getIncident(inc.id)).toEqual(inc);

    const events = await eventsOf(inc.id);
    expect(events.map((e) => e.type)).toEqual(["incident.created"]);
    expect(events[0]?.data).toEqual({ ...inc, services: [] });
  });

  test("keeps the fields it is given, and stores each label once", async () => {
    const svc = await createService();
    const mem = await createMember();
    const inc = await createIncident({
      severity: "critical",
      status: "identified",
      message: "Error rate above 20%",
      service_ids: [svc.id],
      labels: ["payments", "sev1", "payments"],
      assignee_id: mem.id,
    });
    expect(inc).toMatchObject({
      severity: "critical",
      status: "identified",
      message: "Error rate above 20%",
      service_ids: [svc.id],
      labels: ["payments", "sev1"],
      assignee_id: mem.id,
    });
  });

  test("created as resolved: resolved_at set, and both incident.created and incident.resolved written", async () => {
    const inc = await createIncident({ status: "resolved" });
    expect(inc.resolved_at).toBe(inc.created_at);
    expect((await eventsOf(inc.id)).map((e) => e.type)).toEqual(["incident.resolved", "incident.created"]);
  });
});

describe("publishing", () => {
  test("a draft has no published_at; publishing makes it public, sets published_at and writes incident.published", async () => {
    const draft = await createIncident({ visibility: "draft" });
    expect(draft.visibility).toBe("draft");
    expect(draft.published_at).toBeNull();
    expect((await eventsOf(draft.id)).map((e) => e.type)).toEqual(["incident.created"]);

    const pub = expectOk(await api("POST", `/incidents/${draft.id}/publish`), 200, zIncident);
    expect(pub.visibility).toBe("public");
    expect(pub.published_at).not.toBeNull();
    expect(await getIncident(draft.id)).toEqual(pub);

    const events = await eventsOf(draft.id);
    expect(events.map((e) => e.type)).toEqual(["incident.published", "incident.created"]);
    expect(events[0]?.data).toEqual({ ...pub, services: [] });
  });

  test("publishing an incident that is already public → 409 invalid-transition problem, writing nothing", async () => {
    const draft = await createIncident({ visibility: "draft" });
    const pub = expectOk(await api("POST", `/incidents/${draft.id}/publish`), 200, zIncident);
    const p = expectProblem(await api("POST", `/incidents/${draft.id}/publish`), 409, "invalid-transition");
    expect(p.instance).toBe(`/api/v1/incidents/${draft.id}/publish`);
    expect(await getIncident(draft.id)).toEqual(pub);
    expect((await eventsOf(draft.id)).map((e) => e.type)).toEqual(["incident.published", "incident.created"]);

    // Created public: publishing is just as invalid.
    const inc = await createIncident();
    expectProblem(await api("POST", `/incidents/${inc.id}/publish`), 409, "invalid-transition");
  });
});

describe("resolving", () => {
  test("sets status and resolved_at, writes incident.updated then incident.resolved, and adds the message to the timeline", async () => {
    const inc = await createIncident();
    const res = expectOk(await api("POST", `/incidents/${inc.id}/resolve`, { message: "Rolled back the bad deploy." }), 200, zIncident);
    expect(res.status).toBe("resolved");
    expect(res.resolved_at).not.toBeNull();
    expect(res.resolved_at).toBe(res.updated_at);
    expect(await getIncident(inc.id)).toEqual(res);

    const events = await eventsOf(inc.id);
    expect(events.map((e) => e.type)).toEqual(["incident.resolved", "incident.updated", "incident.created"]);
    expect(events[0]?.data).toEqual({ ...res, services: [] });
    expect(events[1]?.data.changes).toEqual({ status: { from: "investigating", to: "resolved" } });

    const timeline = expectOk(await api("GET", `/incidents/${inc.id}/updates`), 200, zIncidentUpdateEntryList);
    expect(timeline.data).toHaveLength(1);
    expect(timeline.data[0]).toMatchObject({ incident_id: inc.id, message: "Rolled back the bad deploy.", status: "resolved" });
  });

  test("without a message (and without a body) adds no timeline entry", async () => {
    const inc = await createIncident();
    expectOk(await api("POST", `/incidents/${inc.id}/resolve`), 200, zIncident);
    expect(expectOk(await api("GET", `/incidents/${inc.id}/updates`), 200, zIncidentUpdateEntryList).data).toEqual([]);
  });

  test("resolving a resolved incident → 409, with no event and no timeline entry", async () => {
    const inc = await createIncident();
    const res = expectOk(await api("POST", `/incidents/${inc.id}/resolve`), 200, zIncident);
    expectProblem(await api("POST", `/incidents/${inc.id}/resolve`, { message: "again" }), 409, "invalid-transition");
    expect(await getIncident(inc.id)).toEqual(res);
    expect((await eventsOf(inc.id)).map((e) => e.type)).toEqual(["incident.resolved", "incident.updated", "incident.created"]);
    expect(expectOk(await api("GET", `/incidents/${inc.id}/updates`), 200, zIncidentUpdateEntryList).data).toEqual([]);
  });
});

describe("updating (PATCH)", () => {
  test("reads served from the read cache show every change at once (no stale body after a write)", async () => {
    const inc = await createIncident({ title: "Queue backs up" });
    // Warm the cache and its serialized body.
    for (let i = 0; i < 3; i++) expect((await getIncident(inc.id)).title).toBe("Queue backs up");
    expectOk(await api("PATCH", `/incidents/${inc.id}`, { title: "Queue drained" }), 200, zIncident);
    expect((await getIncident(inc.id)).title).toBe("Queue drained");
    expectOk(await api("POST", `/incidents/${inc.id}/labels`, { labels: ["db", "eu"] }), 200, zIncident);
    expect([...(await getIncident(inc.id)).labels].sort()).toEqual(["db", "eu"]);
  });

  test("incident.updated carries changes with exactly the changed fields, each as { from, to }", async () => {
    const inc = await createIncident({ title: "Checkout slow" });
    const a = expectOk(
      await api("PATCH", `/incidents/${inc.id}`, { status: "identified", severity: "major", title: "Checkout down" }),
      200,
      zIncident,
    );
    expect(a).toMatchObject({ status: "identified", severity: "major", title: "Checkout down" });
    let [latest] = await eventsOf(inc.id);
    expect(latest?.type).toBe("incident.updated");
    expect(latest?.data.changes).toEqual({
      status: { from: "investigating", to: "identified" },
      severity: { from: "minor", to: "major" },
      title: { from: "Checkout slow", to: "Checkout down" },
    });
    expect(latest?.data).toEqual({ ...a, services: [], changes: latest?.data.changes });

    // Fields sent with their current values are not changes.
    const b = expectOk(
      await api("PATCH", `/incidents/${inc.id}`, { status: "monitoring", severity: "major", title: "Checkout down" }),
      200,
      zIncident,
    );
    [latest] = await eventsOf(inc.id);
    expect(latest?.data.changes).toEqual({ status: { from: "identified", to: "monitoring" } });
    expect(latest?.data).toEqual({ ...b, services: [], changes: { status: { from: "identified", to: "monitoring" } } });
    expect(b.resolved_at).toBeNull();
  });

  test("status=resolved writes incident.updated and incident.resolved, and sets resolved_at", async () => {
    const inc = await createIncident();
    const res = expectOk(await api("PATCH", `/incidents/${inc.id}`, { status: "resolved" }), 200, zIncident);
    expect(res.resolved_at).not.toBeNull();
    const events = await eventsOf(inc.id);
    expect(events.map((e) => e.type)).toEqual(["incident.resolved", "incident.updated", "incident.created"]);
    expect(events[1]?.data.changes).toEqual({ status: { from: "investigating", to: "resolved" } });
    expect(events[0]?.data).toEqual({ ...res, services: [] });
  });

  test("a PATCH that changes nothing writes no event and leaves updated_at alone", async () => {
    const inc = await createIncident({ severity: "major", labels: ["a", "b"] });
    const same = expectOk(
      await api("PATCH", `/incidents/${inc.id}`, { severity: "major", title: inc.title, labels: ["a", "b"], message: null }),
      200,
      zIncident,
    );
    expect(same).toEqual(inc);
    expect((await eventsOf(inc.id)).map((e) => e.type)).toEqual(["incident.created"]);
  });

  test("an empty PATCH body → 422 (IncidentUpdate has minProperties: 1)", async () => {
    const inc = await createIncident();
    expectProblem(await api("PATCH", `/incidents/${inc.id}`, {}), 422, "validation");
  });

  test("PATCH of an unknown incident → 404", async () => {
    expectProblem(await api("PATCH", "/incidents/inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M", { severity: "major" }), 404, "not-found");
  });
});

describe("timeline", () => {
  test("POST adds entries, GET lists them newest first, and a status in an entry changes the incident", async () => {
    const inc = await createIncident();
    const first = expectOk(await api("POST", `/incidents/${inc.id}/updates`, { message: "Looking into it." }), 201, zIncidentUpdateEntry);
    expect(first).toMatchObject({ incident_id: inc.id, message: "Looking into it.", status: null });
    expect((await eventsOf(inc.id)).map((e) => e.type)).toEqual(["incident.created"]);

    const second = expectOk(
      await api("POST", `/incidents/${inc.id}/updates`, { message: "Root cause: payments gateway.", status: "identified" }),
      201,
      zIncidentUpdateEntry,
    );
    expect(second.status).toBe("identified");
    const after = await getIncident(inc.id);
    expect(after.status).toBe("identified");
    const [latest] = await eventsOf(inc.id);
    expect(latest?.type).toBe("incident.updated");
    expect(latest?.data.changes).toEqual({ status: { from: "investigating", to: "identified" } });

    const list = expectOk(await api("GET", `/incidents/${inc.id}/updates`), 200, zIncidentUpdateEntryList);
    expect(list.data).toEqual([second, first]);
    expect(list.next_cursor).toBeNull();
  });

  test("a status of resolved in a timeline entry resolves the incident (incident.resolved written)", async () => {
    const inc = await createIncident();
    expectOk(await api("POST", `/incidents/${inc.id}/updates`, { message: "Fixed.", status: "resolved" }), 201, zIncidentUpdateEntry);
    expect((await getIncident(inc.id)).resolved_at).not.toBeNull();
    expect((await eventsOf(inc.id)).map((e) => e.type)).toEqual(["incident.resolved", "incident.updated", "incident.created"]);
  });

  test("the timeline pages with limit and cursor", async () => {
    const inc = await createIncident();
    const made: string[] = [];
    for (let i = 0; i < 3; i++) {
      made.push(expectOk(await api("POST", `/incidents/${inc.id}/updates`, { message: `m${i}` }), 201, zIncidentUpdateEntry).id);
    }
    const p1 = expectOk(await api("GET", `/incidents/${inc.id}/updates?limit=2`), 200, zIncidentUpdateEntryList);
    expect(p1.next_cursor).not.toBeNull();
    const p2 = expectOk(await api("GET", `/incidents/${inc.id}/updates?limit=2&cursor=${p1.next_cursor}`), 200, zIncidentUpdateEntryList);
    expect(p2.next_cursor).toBeNull();
    expect([...p1.data, ...p2.data].map((e) => e.id)).toEqual([...made].reverse());
  });

  test("the timeline of an unknown incident → 404, for GET and POST", async () => {
    expectProblem(await api("GET", "/incidents/inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M/updates"), 404, "not-found");
    expectProblem(await api("POST", "/incidents/inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M/updates", { message: "x" }), 404, "not-found");
  });
});

describe("labels", () => {
  test("adding keeps each label once, and writes incident.updated only when the set changes", async () => {
    const inc = await createIncident({ labels: ["payments"] });
    const a = expectOk(await api("POST", `/incidents/${inc.id}/labels`, { labels: ["sev1", "payments", "sev1", "team:core"] }), 200, zIncident);
    expect(a.labels).toEqual(["payments", "sev1", "team:core"]);
    let events = await eventsOf(inc.id);
    expect(events.map((e) => e.type)).toEqual(["incident.updated", "incident.created"]);
    expect(events[0]?.data.changes).toEqual({ labels: { from: ["payments"], to: ["payments", "sev1", "team:core"] } });

    const b = expectOk(await api("POST", `/incidents/${inc.id}/labels`, { labels: ["payments", "sev1"] }), 200, zIncident);
    expect(b).toEqual(a);
    events = await eventsOf(inc.id);
    expect(events).toHaveLength(2);
  });

  test("removing a label writes incident.updated; removing one the incident does not have → 404", async () => {
    const inc = await createIncident({ labels: ["payments", "team:core", "v1.2"] });
    const a = expectOk(await api("DELETE", `/incidents/${inc.id}/labels/team:core`), 200, zIncident);
    expect(a.labels).toEqual(["payments", "v1.2"]);
    const b = expectOk(await api("DELETE", `/incidents/${inc.id}/labels/v1.2`), 200, zIncident);
    expect(b.labels).toEqual(["payments"]);
    const [latest] = await eventsOf(inc.id);
    expect(latest?.data.changes).toEqual({ labels: { from: ["payments", "v1.2"], to: ["payments"] } });

    expectProblem(await api("DELETE", `/incidents/${inc.id}/labels/team:core`), 404, "not-found");
    expectProblem(await api("DELETE", `/incidents/${inc.id}/labels/never-there`), 404, "not-found");
    expect(await getIncident(inc.id)).toEqual(b);
    expect(await eventsOf(inc.id)).toHaveLength(3);
  });
});

describe("assignment", () => {
  test("PUT assignee assigns a member, null clears it, each writing incident.updated with the change", async () => {
    const mem = await createMember();
    const inc = await createIncident();
    const a = expectOk(await api("PUT", `/incidents/${inc.id}/assignee`, { assignee_id: mem.id }), 200, zIncident);
    expect(a.assignee_id).toBe(mem.id);
    expect((await getIncident(inc.id)).assignee_id).toBe(mem.id);
    let [latest] = await eventsOf(inc.id);
    expect(latest?.data.changes).toEqual({ assignee_id: { from: null, to: mem.id } });

    const b = expectOk(await api("PUT", `/incidents/${inc.id}/assignee`, { assignee_id: null }), 200, zIncident);
    expect(b.assignee_id).toBeNull();
    [latest] = await eventsOf(inc.id);
    expect(latest?.data.changes).toEqual({ assignee_id: { from: mem.id, to: null } });
    expect(await eventsOf(inc.id)).toHaveLength(3);
  });

  test("assignee_id of a member that does not exist → 422 at #/assignee_id on create, PATCH and PUT", async () => {
    const ghost = "mem_01JD5Q8R1XK2ZP7S0C3V9N4B6M";
    const before = await eventCount();
    const onCreate = expectProblem(await api("POST", "/incidents", { title: "x", assignee_id: ghost }), 422, "validation");
    expect(onCreate.errors).toEqual([expect.objectContaining({ in: "body", pointer: "#/assignee_id" })]);

    const inc = await createIncident();
    const onPatch = expectProblem(await api("PATCH", `/incidents/${inc.id}`, { assignee_id: ghost }), 422, "validation");
    expect(onPatch.errors).toEqual([expect.objectContaining({ in: "body", pointer: "#/assignee_id" })]);
    const onPut = expectProblem(await api("PUT", `/incidents/${inc.id}/assignee`, { assignee_id: ghost }), 422, "validation");
    expect(onPut.errors).toEqual([expect.objectContaining({ in: "body", pointer: "#/assignee_id" })]);

    expect((await getIncident(inc.id)).assignee_id).toBeNull();
    expect(await eventCount()).toBe(before + 1); // only the incident created in between
  });
});

describe("service references", () => {
  test("an unknown service id → 422 pointing at its index in service_ids, and nothing is created", async () => {
    const svc = await createService();
    const ghost = "svc_01JD5Q8R1XK2ZP7S0C3V9N4B6M";
    const title = unique("references");
    const p = expectProblem(await api("POST", "/incidents", { title, service_ids: [svc.id, ghost] }), 422, "validation");
    expect(p.errors).toEqual([expect.objectContaining({ in: "body", pointer: "#/service_ids/1" })]);
    expect((await listAll(`service_id=${svc.id}&include_archived=true`)).length).toBe(0);

    const inc = await createIncident({ service_ids: [svc.id] });
    const onPatch = expectProblem(await api("PATCH", `/incidents/${inc.id}`, { service_ids: [ghost, svc.id] }), 422, "validation");
    expect(onPatch.errors).toEqual([expect.objectContaining({ in: "body", pointer: "#/service_ids/0" })]);
    expect((await getIncident(inc.id)).service_ids).toEqual([svc.id]);
  });

  test("a service id listed twice → 422 (service_ids has uniqueItems: true)", async () => {
    const svc = await createService();
    expectProblem(await api("POST", "/incidents", { title: "twice", service_ids: [svc.id, svc.id] }), 422, "validation");
  });
});

describe("archiving", () => {
  test("DELETE sets archived_at and writes incident.archived; the incident stays readable but leaves the list unless include_archived=true", async () => {
    const svc = await createService();
    const kept = await createIncident({ service_ids: [svc.id] });
    const inc = await createIncident({ service_ids: [svc.id] });
    const archived = expectOk(await api("DELETE", `/incidents/${inc.id}`), 200, zIncident);
    expect(archived.archived_at).not.toBeNull();
    expect(await getIncident(inc.id)).toEqual(archived);
    const [latest] = await eventsOf(inc.id);
    expect(latest?.type).toBe("incident.archived");
    expect(latest?.data).toEqual({ ...archived, services: [svc.name] });

    expect((await listAll(`service_id=${svc.id}`)).map((i) => i.id)).toEqual([kept.id]);
    expect((await listAll(`service_id=${svc.id}&include_archived=false`)).map((i) => i.id)).toEqual([kept.id]);
    expect((await listAll(`service_id=${svc.id}&include_archived=true`)).map((i) => i.id)).toEqual([inc.id, kept.id]);
  });

  test("an archived incident cannot be changed: PATCH, publish, resolve, timeline, labels, assignee and archive again → 409", async () => {
    const mem = await createMember();
    const inc = await createIncident({ visibility: "draft", labels: ["x"] });
    const archived = expectOk(await api("DELETE", `/incidents/${inc.id}`), 200, zIncident);
    expectProblem(await api("PATCH", `/incidents/${inc.id}`, { severity: "critical" }), 409, "invalid-transition");
    expectProblem(await api("POST", `/incidents/${inc.id}/publish`), 409, "invalid-transition");
    expectProblem(await api("POST", `/incidents/${inc.id}/resolve`, { message: "done" }), 409, "invalid-transition");
    expectProblem(await api("POST", `/incidents/${inc.id}/updates`, { message: "hello" }), 409, "invalid-transition");
    expectProblem(await api("POST", `/incidents/${inc.id}/labels`, { labels: ["y"] }), 409, "invalid-transition");
    expectProblem(await api("DELETE", `/incidents/${inc.id}/labels/x`), 409, "invalid-transition");
    expectProblem(await api("PUT", `/incidents/${inc.id}/assignee`, { assignee_id: mem.id }), 409, "invalid-transition");
    expectProblem(await api("DELETE", `/incidents/${inc.id}`), 409, "invalid-transition");

    expect(await getIncident(inc.id)).toEqual(archived);
    expect((await eventsOf(inc.id)).map((e) => e.type)).toEqual(["incident.archived", "incident.created"]);
    expect(expectOk(await api("GET", `/incidents/${inc.id}/updates`), 200, zIncidentUpdateEntryList).data).toEqual([]);
  });
});

describe("list filters", () => {
  test("status, severity, visibility and service_id each keep only matching incidents", async () => {
    const svc = await createService();
    const other = await createService();
    const a = await createIncident({ service_ids: [svc.id], status: "identified", severity: "critical" });
    const b = await createIncident({ service_ids: [svc.id, other.id], severity: "major", visibility: "draft" });
    const c = await createIncident({ service_ids: [other.id], status: "identified", visibility: "draft" });
    const d = await createIncident({ service_ids: [svc.id], status: "monitoring" });

    expect((await listAll(`service_id=${svc.id}`)).map((i) => i.id)).toEqual([d.id, b.id, a.id]);
    expect((await listAll(`service_id=${other.id}`)).map((i) => i.id)).toEqual([c.id, b.id]);
    expect((await listAll(`service_id=${svc.id}&status=identified`)).map((i) => i.id)).toEqual([a.id]);
    expect((await listAll(`service_id=${svc.id}&severity=major`)).map((i) => i.id)).toEqual([b.id]);
    expect((await listAll(`service_id=${other.id}&visibility=draft`)).map((i) => i.id)).toEqual([c.id, b.id]);

    // Alone, each filter returns only matching incidents, ours among them.
    const identified = await listAll("status=identified");
    expect(identified.every((i) => i.status === "identified")).toBe(true);
    expect(identified.map((i) => i.id)).toEqual(expect.arrayContaining([a.id, c.id]));
    expect(identified.map((i) => i.id)).not.toContain(d.id);
    const critical = await listAll("severity=critical");
    expect(critical.every((i) => i.severity === "critical")).toBe(true);
    expect(critical.map((i) => i.id)).toContain(a.id);
    const drafts = await listAll("visibility=draft");
    expect(drafts.every((i) => i.visibility === "draft")).toBe(true);
    expect(drafts.map((i) => i.id)).toEqual(expect.arrayContaining([b.id, c.id]));
    const publics = await listAll("visibility=public");
    expect(publics.every((i) => i.visibility === "public")).toBe(true);
    expect(publics.map((i) => i.id)).toEqual(expect.arrayContaining([a.id, d.id]));
  });

  test("an invalid filter value → 422 naming the query parameter", async () => {
    const p = expectProblem(await api("GET", "/incidents?status=exploding"), 422, "validation");
    expect(p.errors).toEqual([expect.objectContaining({ in: "query", pointer: "#/status" })]);
    const q = expectProblem(await api("GET", "/incidents?created_after=yesterday"), 422, "validation");
    expect(q.errors).toEqual([expect.objectContaining({ in: "query", pointer: "#/created_after" })]);
  });

  test("created_after includes its instant, created_before excludes its instant", async () => {
    const at = (s: string) => Date.parse(s);
    const made: Record<string, Incident> = {};
    try {
      for (const t of ["2031-03-01T10:00:00.000Z", "2031-03-01T11:00:00.000Z", "2031-03-01T12:00:00.000Z"]) {
        clock.pinned = at(t);
        made[t] = await createIncident();
      }
    } finally {
      clock.pinned = null;
    }
    const ids = (xs: Incident[]) => xs.map((i) => i.id);
    const ten = made["2031-03-01T10:00:00.000Z"]!.id;
    const eleven = made["2031-03-01T11:00:00.000Z"]!.id;
    const twelve = made["2031-03-01T12:00:00.000Z"]!.id;
    expect(ids(await listAll("created_after=2031-03-01T11:00:00.000Z&created_before=2031-03-01T12:00:00.000Z"))).toEqual([eleven]);
    expect(ids(await listAll("created_after=2031-03-01T10:00:00.000Z&created_before=2031-03-01T13:00:00.000Z"))).toEqual([twelve, eleven, ten]);
    const before = ids(await listAll("created_before=2031-03-01T11:00:00.000Z"));
    expect(before).toContain(ten);
    expect(before).not.toContain(eleven);
    const after = ids(await listAll("created_after=2031-03-01T11:30:00.000Z"));
    expect(after).toContain(twelve);
    expect(after).not.toContain(eleven);
  });

  test("created_after/created_before compare instants, whatever the precision of the bound (seconds, no fraction)", async () => {
    let inc: Incident;
    try {
      clock.pinned = Date.parse("2032-06-01T00:00:00.500Z");
      inc = await createIncident();
    } finally {
      clock.pinned = null;
    }
    expect(inc.created_at).toBe("2032-06-01T00:00:00.500Z");
    const ids = async (q: string) => (await listAll(q)).map((i) => i.id);
    // 00:00:00.500 is at/after 00:00:00 and before 00:00:01, and not before 00:00:00. Both bounds in one
    // assertion, so a failure shows each.
    expect({
      within: await ids("created_after=2032-06-01T00:00:00Z&created_before=2032-06-01T00:00:01Z"),
      beforeItsSecond: await ids("created_after=2032-05-31T00:00:00Z&created_before=2032-06-01T00:00:00Z"),
    }).toEqual({ within: [inc.id], beforeItsSecond: [] });
  });
});

describe("pagination", () => {
  async function fiveIncidents() {
    const svc = await createService();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await createIncident({ service_ids: [svc.id] })).id);
    return { svc, newestFirst: ids.reverse() };
  }

  test("limit=2 over 5 incidents: pages of 2, 2, 1, newest first, every id once, next_cursor null at the end", async () => {
    const { svc, newestFirst } = await fiveIncidents();
    const pages: string[][] = [];
    let cursor: string | null = null;
    do {
      const path: string = `/incidents?service_id=${svc.id}&limit=2${cursor ? `&cursor=${cursor}` : ""}`;
      const page = expectOk(await api("GET", path), 200, zIncidentList);
      pages.push(page.data.map((i) => i.id));
      cursor = page.next_cursor;
      expect(pages.length).toBeLessThanOrEqual(3);
    } while (cursor);
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(pages.flat()).toEqual(newestFirst);
  });

  test("incidents created between fetching two pages neither duplicate nor skip any of the original set", async () => {
    const { svc, newestFirst } = await fiveIncidents();
    const p1 = expectOk(await api("GET", `/incidents?service_id=${svc.id}&limit=2`), 200, zIncidentList);
    const inserted: string[] = [];
    for (let i = 0; i < 3; i++) inserted.push((await createIncident({ service_ids: [svc.id] })).id);

    const seen = p1.data.map((i) => i.id);
    let cursor = p1.next_cursor;
    while (cursor) {
      const page = expectOk(await api("GET", `/incidents?service_id=${svc.id}&limit=2&cursor=${cursor}`), 200, zIncidentList);
      seen.push(...page.data.map((i) => i.id));
      cursor = page.next_cursor;
    }
    expect(seen).toEqual(newestFirst);
    // The new ones are on a fresh first page.
    const fresh = expectOk(await api("GET", `/incidents?service_id=${svc.id}&limit=3`), 200, zIncidentList);
    expect(fresh.data.map((i) => i.id)).toEqual([...inserted].reverse());
  });

  test("a cursor the API did not issue → 422 at #/cursor (in query)", async () => {
    for (const bogus of ["bogus", Buffer.from("not an id").toString("base64url")]) {
      const p = expectProblem(await api("GET", `/incidents?cursor=${bogus}`), 422, "validation");
      expect(p.errors).toEqual([expect.objectContaining({ in: "query", pointer: "#/cursor" })]);
    }
  });

  test("limit=0 and limit=101 → 422 at #/limit (in query); 1 and 100 are accepted", async () => {
    for (const limit of [0, 101]) {
      const p = expectProblem(await api("GET", `/incidents?limit=${limit}`), 422, "validation");
      expect(p.errors).toEqual([expect.objectContaining({ in: "query", pointer: "#/limit" })]);
    }
    expect(expectOk(await api("GET", "/incidents?limit=1"), 200, zIncidentList).data.length).toBe(1);
    expectOk(await api("GET", "/incidents?limit=100"), 200, zIncidentList);
  });
});
