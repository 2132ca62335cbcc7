/**
 * incident.io integrations over the real server, against a loopback fake of incident.io's API
 * (TRIPWIRE_INCIDENT_IO_API_URL points at it, which also allows loopback for that one base URL): the API key and the
 * signing secret are stored sealed and never come back (not in responses, not in Idempotency-Key replays, not in
 * the database file, not in the logs), and the test operation reports incident.io's own answer.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { zIntegration, zIntegrationTestResult } from "../src/generated/zod.gen.ts";
import { createLogger } from "../src/log.ts";
import { FAKE_KEYS, FAKE_SEVERITIES, startFakeIncidentIo } from "./fake-incident-io.ts";
import { apiClient, startTestServer, type TestServer } from "./harness.ts";

const SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
let fake: ReturnType<typeof startFakeIncidentIo>;
let server: TestServer;
let api: ReturnType<typeof apiClient>;
const logLines: string[] = [];

beforeAll(async () => {
  fake = startFakeIncidentIo();
  const logger = (await import("pino")).default({ level: "debug" }, { write: (l: string) => void logLines.push(l) });
  server = await startTestServer({ env: { TRIPWIRE_RATE_LIMIT: "100000", TRIPWIRE_INCIDENT_IO_API_URL: fake.url, TRIPWIRE_DEV: "0" }, logger: logger as unknown as ReturnType<typeof createLogger> });
  api = apiClient(server.baseUrl, server.apiKey);
});
afterAll(async () => {
  await server.stop();
  fake.stop();
});

describe("integrations: the API key is sealed, masked, never returned", () => {
  test("create → 201 with the key masked and a webhook URL of its own; get, list and an Idempotency-Key replay show the same", async () => {
    const input = { kind: "incident_io", name: "incident.io prod", api_key: FAKE_KEYS.full };
    const created = await api("POST", "/integrations", input, { "idempotency-key": "create-int-1" });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(zIntegration.safeParse(created.body).success).toBe(true);
    const id = created.body.id as string;
    expect(created.body.api_key).toBe(`••••••••${FAKE_KEYS.full.slice(-4)}`);
    expect(created.body.webhook_url).toEndWith(`/api/v1/integrations/${id}/incident-io/webhook`);
    expect(created.body.signing_secret).toEqual({ set: false, set_at: null });
    const replay = await api("POST", "/integrations", input, { "idempotency-key": "create-int-1" });
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.body).toEqual(created.body);
    const got = await api("GET", `/integrations/${id}`);
    const listed = await api("GET", "/integrations");
    for (const text of [created, replay, got, listed].map((r) => JSON.stringify(r.body))) expect(text).not.toContain(FAKE_KEYS.full);
    expect(listed.body.data.map((i: { id: string }) => i.id)).toContain(id);
  });

  test("bad input is a 422 naming the field; an unknown id is a 404", async () => {
    const bad = await api("POST", "/integrations", { kind: "pagerduty", name: "x", api_key: "short" });
    expect(bad.status).toBe(422);
    const pointers = bad.body.errors.map((e: { pointer: string }) => e.pointer);
    expect(pointers).toContain("#/kind");
    expect(pointers).toContain("#/api_key");
    expect((await api("GET", "/integrations/int_01JD5Q8R1XK2ZP7S0C3V9N4B6M")).status).toBe(404);
  });

  test("test: a good key lists severities; a bad key reports incident.io's 401 in its own words", async () => {
    const good = (await api("POST", "/integrations", { kind: "incident_io", name: "good", api_key: FAKE_KEYS.full })).body;
    const r = await api("POST", `/integrations/${good.id}/test`);
    expect(r.status).toBe(200);
    expect(zIntegrationTestResult.safeParse(r.body).success).toBe(true);
    expect(r.body).toMatchObject({ ok: true, status_code: 200, error: null });
    expect(r.body.severities.map((s: { name: string }) => s.name)).toEqual(FAKE_SEVERITIES.map((s) => s.name));
    expect(r.body.identity).toEqual({ name: "Tripwire (full)", roles: ["viewer", "incident_creator", "private_incidents_viewer"], dashboard_url: "https://app.incident.io/acme" });
    expect(fake.requests.some((q) => q.method === "GET" && q.path === "/v1/severities" && q.auth === `Bearer ${FAKE_KEYS.full}`)).toBe(true);

    const badKey = "inc_wrong_key_0000000000000";
    const bad = (await api("POST", "/integrations", { kind: "incident_io", name: "bad", api_key: badKey })).body;
    const b = await api("POST", `/integrations/${bad.id}/test`);
    expect(b.body).toMatchObject({ ok: false, status_code: 401, severities: null, identity: null });
    expect(b.body.error).toContain("authentication_error");
    expect(b.body.error).toContain("The API key provided is not valid");
    expect(b.body.error).not.toContain(badKey);
  });

  test("PATCH replaces the key (masked again); DELETE removes the integration", async () => {
    const c = (await api("POST", "/integrations", { kind: "incident_io", name: "rotating", api_key: FAKE_KEYS.readOnly })).body;
    const p = await api("PATCH", `/integrations/${c.id}`, { api_key: FAKE_KEYS.full, name: "rotated" });
    expect(p.status).toBe(200);
    expect(p.body).toMatchObject({ name: "rotated", api_key: `••••••••${FAKE_KEYS.full.slice(-4)}` });
    expect((await api("DELETE", `/integrations/${c.id}`)).status).toBe(204);
    expect((await api("GET", `/integrations/${c.id}`)).status).toBe(404);
  });
});

describe("integrations: the signing secret", () => {
  test("PUT stores it and says only that one is set and when; it is never shown; a non-whsec_ value is a 422", async () => {
    const c = (await api("POST", "/integrations", { kind: "incident_io", name: "secret", api_key: FAKE_KEYS.full })).body;
    const put = await api("PUT", `/integrations/${c.id}/signing-secret`, { secret: SECRET });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body.set).toBe(true);
    expect(Date.parse(put.body.set_at)).toBeGreaterThan(0);
    const got = await api("GET", `/integrations/${c.id}`);
    expect(got.body.signing_secret).toEqual(put.body);
    expect(JSON.stringify(got.body)).not.toContain(SECRET.slice(6));
    const bad = await api("PUT", `/integrations/${c.id}/signing-secret`, { secret: "not-a-secret-at-all" });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].pointer).toBe("#/secret");
  });

  test("neither the key nor the secret is in the database file or the logs", async () => {
    const c = (await api("POST", "/integrations", { kind: "incident_io", name: "scan", api_key: FAKE_KEYS.full })).body;
    await api("PUT", `/integrations/${c.id}/signing-secret`, { secret: SECRET });
    await api("POST", `/integrations/${c.id}/test`);
    const files = [server.databasePath, `${server.databasePath}-wal`].map((f) => {
      try {
        return readFileSync(f).toString("latin1");
      } catch {
        return "";
      }
    });
    for (const f of files) {
      expect(f).not.toContain(FAKE_KEYS.full);
      expect(f).not.toContain(SECRET.slice(6));
    }
    const logs = logLines.join("");
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).not.toContain(FAKE_KEYS.full);
    expect(logs).not.toContain(SECRET.slice(6));
  });
});
