/**
 * The documented webhook payloads (product docs "Outbound webhooks", issue #13 point 1), over the real server: a
 * receiver written from the docs alone — it verifies the signature the way the docs show and reads `data.title`,
 * `data.services` (names), `data.new_status` — gets what the docs promise. Every delivered body also parses
 * against the contract's `WebhookPayload` (the schema `event` selects), and GET /events shows the same `data`.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import crypto from "node:crypto";
import { zWebhookPayload } from "../src/generated/zod.gen.ts";
import { apiClient, startTestServer, type TestServer } from "./harness.ts";
import { type Received, startReceiver } from "./receiver.ts";
import { waitFor } from "./wait.ts";

let server: TestServer;
let api: ReturnType<typeof apiClient>;
let secret = "";

// ---- The receiver, as a user writes it from the docs (Express's req.body / res.status replaced by Bun's Request).
function verifyWebhook(payload: string, signature: string, secret: string) {
  const expectedSignature = crypto.createHmac("sha256", secret).update(payload).digest("hex");
  return crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(expectedSignature));
}
const handled: string[] = [];
function handler(_n: number, r: Received): Response {
  const body = JSON.parse(r.body);
  const signature = r.headers["x-tripwire-signature"] ?? "";
  const payload = JSON.stringify(body);
  if (signature.length !== 64 || !verifyWebhook(payload, signature, secret)) return new Response("Invalid signature", { status: 401 });
  // Process webhook
  const { event, data } = body;
  if (event === "incident.created") handled.push(`${data.id} ${data.title} [${data.status}/${data.severity}] on ${data.services.join(", ")}: ${data.message}`);
  if (event === "service.status_changed") handled.push(`${data.id} ${data.name}: ${data.previous_status} -> ${data.new_status}`);
  return new Response("OK", { status: 200 });
}
const rx = startReceiver(handler);

beforeAll(async () => {
  server = await startTestServer();
  api = apiClient(server.baseUrl, server.apiKey);
  const hook = await api("POST", "/webhooks", { url: rx.url, events: ["*"] });
  expect(hook.status, JSON.stringify(hook.body)).toBe(201);
  secret = hook.body.secret;
});
afterAll(async () => {
  await server?.stop();
  rx.stop();
});

const delivered = (event: string, id: string) =>
  waitFor(async () => {
    await server.drainOutbox();
    return rx.received.map((r) => JSON.parse(r.body)).find((b) => b.event === event && b.data.id === id);
  }, 8000);

describe("the documented payloads, as a receiver written from the docs reads them", () => {
  test("incident.created: id, title, status, severity, services (names) and message at the top of data", async () => {
    const apiSvc = (await api("POST", "/services", { name: "API" })).body;
    const db = (await api("POST", "/services", { name: "Database" })).body;
    // The documented example, created as written (services by id: that is how the API takes them).
    const inc = await api("POST", "/incidents", {
      title: "Database connectivity issues",
      status: "investigating",
      severity: "major",
      service_ids: [apiSvc.id, db.id],
      message: "We are investigating...",
    });
    expect(inc.status, JSON.stringify(inc.body)).toBe(201);
    const body = await delivered("incident.created", inc.body.id);
    expect(Object.keys(body).sort()).toEqual(["data", "event", "id", "timestamp"]);
    expect(body.data).toMatchObject({
      id: inc.body.id,
      title: "Database connectivity issues",
      status: "investigating",
      severity: "major",
      services: ["API", "Database"],
      message: "We are investigating...",
      service_ids: [apiSvc.id, db.id],
    });
    expect(handled).toContain(`${inc.body.id} Database connectivity issues [investigating/major] on API, Database: We are investigating...`);
    // GET /events shows the same data.
    const events = (await api("GET", `/events?type=incident.created&resource_id=${inc.body.id}`)).body.data;
    expect(events.map((e: { id: string; created_at: string; data: unknown }) => [e.id, e.created_at, e.data])).toEqual([[body.id, body.timestamp, body.data]]);

    // The names are those at the time of the event: renaming the service later leaves this event as it was.
    await api("PATCH", `/services/${db.id}`, { name: "Primary database" });
    const again = (await api("GET", `/events/${body.id}`)).body;
    expect(again.data.services).toEqual(["API", "Database"]);
    const updated = await api("PATCH", `/incidents/${inc.body.id}`, { status: "identified" });
    expect(updated.status).toBe(200);
    const changed = await delivered("incident.updated", inc.body.id);
    expect(changed.data).toMatchObject({ status: "identified", services: ["API", "Primary database"], changes: { status: { from: "investigating", to: "identified" } } });
  });

  test("workflows read the same events: {{incident.title}}, {{service.name}}, {{incident.services}} and a condition on services", async () => {
    const wf = await api("POST", "/workflows", {
      name: "Note database incidents",
      state: "active",
      trigger: "incident.created",
      conditions: { operator: "AND", conditions: [{ field: "services", operator: "contains", value: "Payments DB" }, { field: "severity", operator: "equals", value: "critical" }] },
      actions: [{ type: "add_incident_update", message: "{{incident.title}} on {{service.name}} (all: {{incident.services}})" }],
    });
    expect(wf.status, JSON.stringify(wf.body)).toBe(201);
    const ledger = (await api("POST", "/services", { name: "Ledger" })).body;
    const pdb = (await api("POST", "/services", { name: "Payments DB" })).body;
    const hit = (await api("POST", "/incidents", { title: "Payments failing", severity: "critical", service_ids: [ledger.id, pdb.id] })).body;
    const miss = (await api("POST", "/incidents", { title: "Ledger slow", severity: "critical", service_ids: [ledger.id] })).body;
    const updates = await waitFor(async () => {
      await server.drainOutbox();
      const u = (await api("GET", `/incidents/${hit.id}/updates`)).body.data;
      return u.length > 0 && u;
    }, 8000);
    expect(updates.map((u: { message: string }) => u.message)).toEqual(['Payments failing on Ledger (all: ["Ledger","Payments DB"])']);
    const evaluations = await waitFor(async () => {
      const e = (await api("GET", `/workflows/${wf.body.id}/evaluations`)).body.data;
      return e.length === 2 && e;
    }, 8000);
    expect(evaluations.map((e: { outcome: string }) => e.outcome).sort()).toEqual(["skipped", "started"]);
    expect((await api("GET", `/incidents/${miss.id}/updates`)).body.data).toEqual([]);
  });

  test("service.status_changed: id, name, previous_status and new_status at the top of data", async () => {
    const svc = (await api("POST", "/services", { name: "API Gateway" })).body;
    expect((await api("PATCH", `/services/${svc.id}`, { status: "degraded" })).status).toBe(200);
    const body = await delivered("service.status_changed", svc.id);
    expect(body.data).toMatchObject({ id: svc.id, name: "API Gateway", previous_status: "operational", new_status: "degraded" });
    expect(handled).toContain(`${svc.id} API Gateway: operational -> degraded`);
  });

  test("every delivered body is a WebhookPayload of the contract: the schema its `event` selects", async () => {
    const member = (await api("POST", "/members", { name: "Ada", email: "ada@example.com" })).body;
    await api("PATCH", `/members/${member.id}`, { name: "Ada King" });
    const alert = (await api("POST", "/alerts", { title: "High 5xx", severity: "critical" })).body;
    await api("POST", `/alerts/${alert.id}/acknowledge`);
    await delivered("alert.acknowledged", alert.id);
    const bodies = rx.received.map((r) => JSON.parse(r.body));
    const types = new Set(bodies.map((b) => b.event));
    for (const t of ["incident.created", "incident.updated", "service.created", "service.updated", "service.status_changed", "member.created", "member.updated", "alert.fired", "alert.acknowledged"]) {
      expect(types.has(t), t).toBe(true);
    }
    for (const b of bodies) {
      const parsed = zWebhookPayload.safeParse(b);
      expect(parsed.success, `${b.event}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
    // No body is in the earlier nested shape.
    for (const b of bodies) for (const k of ["incident", "member", "alert"]) expect(b.data[k], `${b.event}.data.${k}`).toBeUndefined();
    expect(rx.received.every((r) => r.headers["x-tripwire-signature"]?.length === 64)).toBe(true);
  });

  test("the test endpoint's sample of every type is a WebhookPayload too", async () => {
    const hook = (await api("GET", "/webhooks")).body.data[0];
    const types = ["incident.created", "incident.updated", "service.status_changed", "member.deleted", "alert.fired", "webhook.disabled", "run.failed"];
    for (const type of types) {
      const before = rx.received.length;
      const res = await api("POST", `/webhooks/${hook.id}/test`, { event: type });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const body = JSON.parse(rx.received[before]!.body);
      expect(body.event).toBe(type);
      expect(body.data.test).toBe(true);
      const parsed = zWebhookPayload.safeParse(body);
      expect(parsed.success, `${type}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
  });
});
