/**
 * Tenancy over real HTTP: a second organization (created with the domain function the CLI uses) can neither
 * see nor touch the first one's incidents, services, members, events or API keys. Every attempt is a 404, the
 * same answer as for an id that does not exist, and leaves the first organization unchanged. References across
 * organizations are refused.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import type { z } from "zod";
import { systemClock } from "../src/clock.ts";
import { createOrganizationWithOwnerKey } from "../src/domain/api-keys.ts";
import {
  zApiKey,
  zApiKeyList,
  zApiKeyWithSecret,
  zEventList,
  zIncident,
  zIncidentList,
  zIncidentUpdateEntry,
  zIncidentUpdateEntryList,
  zMember,
  zMemberList,
  zOrganization,
  zService,
  zServiceList,
} from "../src/generated/zod.gen.ts";
import { apiClient, startTestServer, type TestServer } from "./harness.ts";
import { expectOk, expectProblem } from "./expect.ts";

let server: TestServer;
let apiA: ReturnType<typeof apiClient>;
let apiB: ReturnType<typeof apiClient>;
let orgA: z.output<typeof zOrganization>;
let orgBId: string;

type Res = Awaited<ReturnType<typeof apiA>>;

const notFound = (res: Res) => expectProblem(res, 404, "not-found");

/** Org A's resources, created over HTTP with A's key. */
const a = {} as {
  incident: z.output<typeof zIncident>;
  service: z.output<typeof zService>;
  member: z.output<typeof zMember>;
  eventId: string;
  key: z.output<typeof zApiKey>;
  keySecret: string;
};

beforeAll(async () => {
  server = await startTestServer({ env: { TRIPWIRE_RATE_LIMIT: "1000000" } });
  apiA = apiClient(server.baseUrl, server.apiKey);
  const other = await createOrganizationWithOwnerKey({ store: server.store, clock: systemClock }, "Other");
  orgBId = other.organization.id;
  apiB = apiClient(server.baseUrl, other.key.secret);
  orgA = expectOk(await apiA("GET", "/organization"), 200, zOrganization);

  a.service = expectOk(await apiA("POST", "/services", { name: "production-api" }), 201, zService);
  a.member = expectOk(await apiA("POST", "/members", { name: "Ada", email: "ada@example.com" }), 201, zMember);
  // A draft, unresolved, labelled, assigned incident: publish, resolve and label removal would all be valid for A.
  a.incident = expectOk(
    await apiA("POST", "/incidents", {
      title: "Checkout API returns 502",
      visibility: "draft",
      service_ids: [a.service.id],
      labels: ["payments"],
      assignee_id: a.member.id,
    }),
    201,
    zIncident,
  );
  expectOk(await apiA("POST", `/incidents/${a.incident.id}/updates`, { message: "Looking." }), 201, zIncidentUpdateEntry);
  const events = expectOk(await apiA("GET", `/events?resource_id=${a.incident.id}`), 200, zEventList);
  a.eventId = events.data[0]!.id;
  const key = expectOk(await apiA("POST", "/api-keys", { name: "CI", scopes: ["incidents:read"] }), 201, zApiKeyWithSecret);
  a.keySecret = key.secret;
  a.key = expectOk(await apiA("GET", `/api-keys/${key.id}`), 200, zApiKey);
});
afterAll(() => server.stop());

async function snapshotA() {
  return {
    incident: expectOk(await apiA("GET", `/incidents/${a.incident.id}`), 200, zIncident),
    timeline: expectOk(await apiA("GET", `/incidents/${a.incident.id}/updates`), 200, zIncidentUpdateEntryList),
    service: expectOk(await apiA("GET", `/services/${a.service.id}`), 200, zService),
    member: expectOk(await apiA("GET", `/members/${a.member.id}`), 200, zMember),
    key: expectOk(await apiA("GET", `/api-keys/${a.key.id}`), 200, zApiKey),
    events: expectOk(await apiA("GET", "/events?limit=100"), 200, zEventList),
  };
}

test("the second organization is its own: B's key sees organization B", async () => {
  const b = expectOk(await apiB("GET", "/organization"), 200, zOrganization);
  expect(b).toMatchObject({ id: orgBId, name: "Other" });
  expect(b.id).not.toBe(orgA.id);
});

describe("B cannot read A's resources", () => {
  test("GET of A's incident, its timeline, service, member, event and API key → 404 each", async () => {
    notFound(await apiB("GET", `/incidents/${a.incident.id}`));
    notFound(await apiB("GET", `/incidents/${a.incident.id}/updates`));
    notFound(await apiB("GET", `/services/${a.service.id}`));
    notFound(await apiB("GET", `/members/${a.member.id}`));
    notFound(await apiB("GET", `/events/${a.eventId}`));
    notFound(await apiB("GET", `/api-keys/${a.key.id}`));
  });

  test("B's lists show none of A's rows, whatever the filter", async () => {
    const incidents = expectOk(await apiB("GET", "/incidents?include_archived=true&limit=100"), 200, zIncidentList);
    expect(incidents).toEqual({ data: [], next_cursor: null });
    expect(expectOk(await apiB("GET", `/incidents?service_id=${a.service.id}`), 200, zIncidentList).data).toEqual([]);
    expect(expectOk(await apiB("GET", "/services?limit=100"), 200, zServiceList).data).toEqual([]);
    expect(expectOk(await apiB("GET", "/members?limit=100"), 200, zMemberList).data).toEqual([]);
    expect(expectOk(await apiB("GET", "/events?limit=100"), 200, zEventList).data).toEqual([]);
    expect(expectOk(await apiB("GET", `/events?resource_id=${a.incident.id}`), 200, zEventList).data).toEqual([]);
    const keys = expectOk(await apiB("GET", "/api-keys?limit=100"), 200, zApiKeyList).data;
    expect(keys.map((k) => k.name)).toEqual(["Owner key"]);
    expect(keys.map((k) => k.id)).not.toContain(a.key.id);

    // ...while A still sees its own.
    expect(expectOk(await apiA("GET", "/services"), 200, zServiceList).data.map((s) => s.id)).toContain(a.service.id);
  });

  test("a cursor made from A's ids does not reveal A's rows to B", async () => {
    const cursor = Buffer.from("inc_7ZZZZZZZZZZZZZZZZZZZZZZZZZ").toString("base64url");
    expect(expectOk(await apiB("GET", `/incidents?include_archived=true&cursor=${cursor}`), 200, zIncidentList).data).toEqual([]);
  });
});

describe("B cannot change A's resources", () => {
  test("PATCH, DELETE, publish, resolve, timeline, labels and assignee on A's incident → 404, and A's incident and events are unchanged", async () => {
    const before = await snapshotA();
    const id = a.incident.id;
    notFound(await apiB("PATCH", `/incidents/${id}`, { title: "pwned", severity: "critical" }));
    notFound(await apiB("POST", `/incidents/${id}/publish`));
    notFound(await apiB("POST", `/incidents/${id}/resolve`, { message: "closed by B" }));
    notFound(await apiB("POST", `/incidents/${id}/updates`, { message: "from B", status: "monitoring" }));
    notFound(await apiB("POST", `/incidents/${id}/labels`, { labels: ["b"] }));
    notFound(await apiB("DELETE", `/incidents/${id}/labels/payments`));
    notFound(await apiB("PUT", `/incidents/${id}/assignee`, { assignee_id: null }));
    notFound(await apiB("DELETE", `/incidents/${id}`));
    expect(await snapshotA()).toEqual(before);
    expect(expectOk(await apiB("GET", "/events"), 200, zEventList).data).toEqual([]);
  });

  test("PATCH and DELETE of A's service and member → 404, and they are unchanged", async () => {
    const before = await snapshotA();
    notFound(await apiB("PATCH", `/services/${a.service.id}`, { status: "major_outage" }));
    notFound(await apiB("DELETE", `/services/${a.service.id}`));
    notFound(await apiB("PATCH", `/members/${a.member.id}`, { name: "Mallory" }));
    notFound(await apiB("DELETE", `/members/${a.member.id}`));
    expect(await snapshotA()).toEqual(before);
  });

  test("revoking A's API key → 404, and the key keeps working", async () => {
    notFound(await apiB("DELETE", `/api-keys/${a.key.id}`));
    expect(expectOk(await apiA("GET", `/api-keys/${a.key.id}`), 200, zApiKey).revoked_at).toBeNull();
    const asCi = apiClient(server.baseUrl, a.keySecret);
    expect(expectOk(await asCi("GET", `/incidents/${a.incident.id}`), 200, zIncident).id).toBe(a.incident.id);
  });
});

describe("references across organizations", () => {
  test("A's incident cannot reference B's service or be assigned B's member (422), on create, PATCH and PUT", async () => {
    const bService = expectOk(await apiB("POST", "/services", { name: "b-only" }), 201, zService);
    const bMember = expectOk(await apiB("POST", "/members", { name: "Bob", email: "bob@example.com" }), 201, zMember);

    const p1 = expectProblem(await apiA("POST", "/incidents", { title: "x", service_ids: [a.service.id, bService.id] }), 422, "validation");
    expect(p1.errors).toEqual([expect.objectContaining({ in: "body", pointer: "#/service_ids/1" })]);
    const p2 = expectProblem(await apiA("POST", "/incidents", { title: "x", assignee_id: bMember.id }), 422, "validation");
    expect(p2.errors).toEqual([expect.objectContaining({ in: "body", pointer: "#/assignee_id" })]);

    const before = await snapshotA();
    const p3 = expectProblem(await apiA("PATCH", `/incidents/${a.incident.id}`, { service_ids: [bService.id] }), 422, "validation");
    expect(p3.errors).toEqual([expect.objectContaining({ in: "body", pointer: "#/service_ids/0" })]);
    const p4 = expectProblem(await apiA("PUT", `/incidents/${a.incident.id}/assignee`, { assignee_id: bMember.id }), 422, "validation");
    expect(p4.errors).toEqual([expect.objectContaining({ in: "body", pointer: "#/assignee_id" })]);
    expect(await snapshotA()).toEqual(before);

    // A's incidents filtered by B's service: none.
    expect(expectOk(await apiA("GET", `/incidents?service_id=${bService.id}`), 200, zIncidentList).data).toEqual([]);
  });

  test("service names and member emails are unique per organization, not across organizations", async () => {
    const svc = expectOk(await apiB("POST", "/services", { name: a.service.name }), 201, zService);
    expect(svc.id).not.toBe(a.service.id);
    const mem = expectOk(await apiB("POST", "/members", { name: "Ada (B)", email: a.member.email.toUpperCase() }), 201, zMember);
    expect(mem.id).not.toBe(a.member.id);
    // Deleting B's same-named service leaves A's service and A's incident's reference alone.
    expect((await apiB("DELETE", `/services/${svc.id}`)).status).toBe(204);
    expect(expectOk(await apiA("GET", `/services/${a.service.id}`), 200, zService)).toEqual(a.service);
    expect(expectOk(await apiA("GET", `/incidents/${a.incident.id}`), 200, zIncident).service_ids).toEqual([a.service.id]);
  });
});
