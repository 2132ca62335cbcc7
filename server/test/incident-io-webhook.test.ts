/**
 * The inbound incident.io webhook over the real server: deliveries signed as incident.io (Svix) signs them, with
 * the `standardwebhooks` package and a secret set through the API. Accepted once per webhook-id; anything unsigned,
 * wrongly signed, stale or for another connection is a 401 that records nothing but the counter; bad shapes are a
 * clear 4xx, never an event, never a 500.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { Webhook } from "standardwebhooks";
import { FAKE_KEYS, startFakeIncidentIo } from "./fake-incident-io.ts";
import { apiClient, startTestServer, type TestServer } from "./harness.ts";

const SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const OTHER_SECRET = "whsec_plJ3nmyCDGBKInavdOK15jslAAAAAAAA";
let fake: ReturnType<typeof startFakeIncidentIo>;
let server: TestServer;
let api: ReturnType<typeof apiClient>;
let conn: { id: string; webhook_url: string };
let other: { id: string; webhook_url: string };

beforeAll(async () => {
  fake = startFakeIncidentIo();
  server = await startTestServer({ env: { TRIPWIRE_RATE_LIMIT: "100000", TRIPWIRE_INCIDENT_IO_API_URL: fake.url } });
  api = apiClient(server.baseUrl, server.apiKey);
  conn = (await api("POST", "/integrations", { kind: "incident_io", name: "main", api_key: FAKE_KEYS.full })).body;
  other = (await api("POST", "/integrations", { kind: "incident_io", name: "other", api_key: FAKE_KEYS.full })).body;
  expect((await api("PUT", `/integrations/${conn.id}/signing-secret`, { secret: SECRET })).status).toBe(200);
  expect((await api("PUT", `/integrations/${other.id}/signing-secret`, { secret: OTHER_SECRET })).status).toBe(200);
});
afterAll(async () => {
  await server.stop();
  fake.stop();
});

const incident = (over: Record<string, unknown> = {}) => ({
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
  ...over,
});
const bare = (eventType: string, resource: unknown) => JSON.stringify({ event_type: eventType, [eventType]: resource });

let n = 0;
/** POSTs `body` to a connection's webhook URL, signed with `secret` (null: unsigned) at `at`. */
async function deliver(body: string, opts: { secret?: string | null; id?: string; at?: Date; to?: { id: string }; headers?: Record<string, string> } = {}) {
  const id = opts.id ?? `msg_${Date.now()}_${++n}`;
  const at = opts.at ?? new Date();
  const secret = opts.secret === undefined ? SECRET : opts.secret;
  const headers: Record<string, string> = { "content-type": "application/json", ...(opts.headers ?? {}) };
  if (secret !== null) {
    headers["webhook-id"] = id;
    headers["webhook-timestamp"] = String(Math.floor(at.getTime() / 1000));
    headers["webhook-signature"] = new Webhook(secret).sign(id, at, body);
  }
  const res = await fetch(`${server.baseUrl}/api/v1/integrations/${(opts.to ?? conn).id}/incident-io/webhook`, { method: "POST", headers, body });
  const text = await res.text();
  return { status: res.status, type: res.headers.get("content-type"), body: text ? JSON.parse(text) : null, id };
}

const eventsOf = async (type: string) => (await api("GET", `/events?type=${type}&limit=100`)).body.data as { id: string; data: Record<string, unknown>; resource_id: string }[];
const rejected = async (id: string) => (await api("GET", `/integrations/${id}`)).body.rejected_deliveries as number;

describe("accepted deliveries", () => {
  test("a signed public created webhook writes one incident_io.incident_created event; the same webhook-id again runs nothing", async () => {
    const body = bare("public_incident.incident_created_v2", incident());
    const first = await deliver(body);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ received: true, duplicate: false });
    const event = (await api("GET", `/events/${first.body.event_id}`)).body;
    expect(event).toMatchObject({ type: "incident_io.incident_created", resource_type: "integration", resource_id: conn.id });
    expect(event.data).toEqual({ event_type: "public_incident.incident_created_v2", connection_id: conn.id, incident: incident() });

    const again = await deliver(body, { id: first.id });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ received: true, duplicate: true, event_id: null });
    expect((await eventsOf("incident_io.incident_created")).filter((e) => e.id === first.body.event_id)).toHaveLength(1);
    expect((await eventsOf("incident_io.incident_created")).length).toBe(1);
  });

  test("the same delivery sent five times at once is accepted exactly once", async () => {
    const body = bare("public_incident.incident_updated_v2", incident({ name: "concurrent" }));
    const id = `msg_concurrent_${Date.now()}`;
    const at = new Date();
    const answers = await Promise.all([1, 2, 3, 4, 5].map(() => deliver(body, { id, at })));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    expect(answers.filter((a) => a.body.duplicate === false)).toHaveLength(1);
    expect((await eventsOf("incident_io.incident_updated")).filter((e) => e.data.incident && (e.data.incident as { name: string }).name === "concurrent")).toHaveLength(1);
  });

  test("the data-wrapped form (data.event_type, data.incident, type, timestamp) is read too", async () => {
    const body = JSON.stringify({ data: { event_type: "public_incident.incident_updated_v2", incident: incident({ name: "Wrapped" }) }, type: "incident.incident.updated", timestamp: "2026-01-19T12:00:00Z" });
    const r = await deliver(body);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const event = (await api("GET", `/events/${r.body.event_id}`)).body;
    expect(event.type).toBe("incident_io.incident_updated");
    expect(event.data.incident.name).toBe("Wrapped");
  });

  test("the product documentation's example payload, exactly as written, is accepted", async () => {
    // product-docs/incident-io-integration.txt, "On Incident" example output.
    const documented = `{
"data": {
"event_type": "public_incident.incident_created_v2",
"incident": {
"created_at": "2021-08-17T13:28:57.801578Z",
"id": "01FDAG4SAP5TYPT98WGR2N7W91",
"incident_status": {
"id": "01FCNDV6P870EA6S7TK1DSYD5H",
"name": "Triage"
},
"name": "Our database is sad",
"permalink": "https://app.incident.io/incidents/123",
"reference": "INC-123",
"severity": {
"id": "01FCNDV6P870EA6S7TK1DSYDG0",
"name": "Minor"
},
"summary": "Our database is really really sad, and we don't know why yet.",
"updated_at": "2021-08-17T13:28:57.801578Z",
"visibility": "public"
}
},
"timestamp": "2026-01-19T12:00:00Z",
"type": "incident.incident.created"
}`;
    const r = await deliver(documented);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const event = (await api("GET", `/events/${r.body.event_id}`)).body;
    expect(event.type).toBe("incident_io.incident_created");
    expect(event.data.incident).toMatchObject({ reference: "INC-123", severity: { name: "Minor" }, incident_status: { name: "Triage" } });
  });

  test("a private variant carries only an id: the incident is fetched with the connection's key; when it cannot be, the event says why", async () => {
    const seeded = fake.seed({
      id: "01PRIVATE0000000000000000A",
      name: "Secret thing",
      summary: null,
      severity: { id: "01FCNDV6P870EA6S7TK1DSYDG2", name: "Critical", rank: 3, description: "" },
      visibility: "private",
      created_at: "2026-01-19T12:00:00Z",
      updated_at: "2026-01-19T12:00:00Z",
    });
    const r = await deliver(bare("private_incident.incident_created_v2", { id: seeded.id }));
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const event = (await api("GET", `/events/${r.body.event_id}`)).body;
    expect(event.data.incident).toMatchObject({ id: seeded.id, name: "Secret thing", severity: { name: "Critical" } });
    expect(fake.requests.some((q) => q.method === "GET" && q.path === `/v2/incidents/${seeded.id}` && q.auth === `Bearer ${FAKE_KEYS.full}`)).toBe(true);

    const missing = await deliver(bare("private_incident.incident_updated_v2", { id: "01NOSUCHINCIDENT0000000000" }));
    expect(missing.status).toBe(200);
    const e2 = (await api("GET", `/events/${missing.body.event_id}`)).body;
    expect(e2.data.incident).toEqual({ id: "01NOSUCHINCIDENT0000000000" });
    expect(e2.data.fetch_error).toContain("incident.io answered 404");
  });
});

describe("refused deliveries: 401 problem+json, nothing recorded but the counter", () => {
  const body = bare("public_incident.incident_created_v2", incident({ name: "should never be recorded" }));
  const recorded = async () => (await eventsOf("incident_io.incident_created")).concat(await eventsOf("incident_io.incident_updated")).filter((e) => JSON.stringify(e.data).includes("should never be recorded"));

  test.each([
    ["unsigned (no webhook-* headers)", { secret: null }, "missing webhook-id, webhook-timestamp, webhook-signature"],
    ["signed with the wrong secret", { secret: "whsec_dGhpcyBpcyBub3QgdGhlIHJpZ2h0IHNlY3JldCEh" }, "does not match"],
    ["stale (10 minutes old)", { at: new Date(Date.now() - 10 * 60_000) }, "more than 5 minutes"],
    ["from the future (10 minutes ahead)", { at: new Date(Date.now() + 10 * 60_000) }, "more than 5 minutes"],
    ["signed for another connection", { secret: OTHER_SECRET }, "does not match"],
  ] as const)("%s", async (_name, opts, detail) => {
    const before = await rejected(conn.id);
    const r = await deliver(body, opts as Parameters<typeof deliver>[1]);
    expect(r.status).toBe(401);
    expect(r.type).toBe("application/problem+json");
    expect(r.body.detail).toContain(detail);
    expect(await rejected(conn.id)).toBe(before + 1);
    expect(await recorded()).toEqual([]);
  });

  test("a delivery with only some headers is refused the same way", async () => {
    const r = await deliver(body, { secret: null, headers: { "webhook-id": "msg_x", "webhook-signature": "v1,abc" } });
    expect(r.status).toBe(401);
    expect(r.body.detail).toContain("webhook-timestamp");
  });

  test("a webhook-id accepted on one connection is not a replay on another (each connection keeps its own ids)", async () => {
    const id = `msg_shared_${Date.now()}`;
    const a = await deliver(bare("public_incident.incident_updated_v2", incident()), { id });
    const b = await deliver(bare("public_incident.incident_updated_v2", incident()), { id, secret: OTHER_SECRET, to: other });
    expect([a.body.duplicate, b.body.duplicate]).toEqual([false, false]);
  });

  test("no secret set yet: a 409 that says to set it", async () => {
    const fresh = (await api("POST", "/integrations", { kind: "incident_io", name: "fresh", api_key: FAKE_KEYS.full })).body;
    const r = await deliver(body, { to: fresh });
    expect(r.status).toBe(409);
    expect(r.type).toBe("application/problem+json");
    expect(r.body.detail).toContain(`/api/v1/integrations/${fresh.id}/signing-secret`);
    expect(await rejected(fresh.id)).toBe(1);
  });

  test("an unknown or malformed connection id is a 404", async () => {
    expect((await deliver(body, { to: { id: "int_01JD5Q8R1XK2ZP7S0C3V9N4B6M" } })).status).toBe(404);
    expect((await deliver(body, { to: { id: "nope" } })).status).toBe(404);
  });
});

describe("bad input: a clear 4xx, never an event, never a 500", () => {
  const countAll = async () => (await eventsOf("incident_io.incident_created")).length + (await eventsOf("incident_io.incident_updated")).length;

  test.each([
    ["not JSON", "{not json", 400, "malformed-json"],
    ["not an object", "[1,2,3]", 422, "#"],
    ["no event_type", JSON.stringify({ incident: incident() }), 422, "#/event_type"],
    ["an event type not subscribed", bare("public_incident.follow_up_created_v1", { id: "x" }), 422, "#/event_type"],
    ["a made-up event type", bare("public_incident.incident_exploded_v9", incident()), 422, "#/event_type"],
    ["no incident under the event type", JSON.stringify({ event_type: "public_incident.incident_created_v2" }), 422, "#/incident"],
    ["an incident without an id", bare("public_incident.incident_created_v2", { name: "x" }), 422, "#/public_incident.incident_created_v2/id"],
    ["a public incident without a name", bare("public_incident.incident_created_v2", { id: "x" }), 422, "#/public_incident.incident_created_v2/name"],
    ["the incident as a string", bare("public_incident.incident_created_v2", "hello"), 422, "#/public_incident.incident_created_v2"],
  ] as const)("%s → %d", async (_name, body, status, where) => {
    const before = await countAll();
    const r = await deliver(body);
    expect(r.status, JSON.stringify(r.body)).toBe(status);
    expect(r.type).toBe("application/problem+json");
    if (where.startsWith("#")) expect(r.body.errors.map((e: { pointer: string }) => e.pointer)).toContain(where);
    else expect(r.body.type).toContain(where);
    expect(await countAll()).toBe(before);
  });

  test("a body nested too deep → 422 before it is parsed", async () => {
    const deep = `${"[".repeat(200)}${"]".repeat(200)}`;
    const r = await deliver(deep);
    expect(r.status).toBe(422);
    expect(r.body.detail ?? r.body.errors[0].detail).toBeDefined();
  });

  test("a huge body → 413 before anything else", async () => {
    const big = bare("public_incident.incident_created_v2", incident({ summary: "x".repeat(400 * 1024) }));
    const r = await deliver(big);
    expect(r.status).toBe(413);
    expect(r.type).toBe("application/problem+json");
  });

  test("a body that is not application/json → 415", async () => {
    const r = await deliver(bare("public_incident.incident_created_v2", incident()), { headers: { "content-type": "text/plain" } });
    expect(r.status).toBe(415);
  });
});
