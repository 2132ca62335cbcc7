/** The API platform rules every route shares: auth, scopes, errors, request ids, idempotency, rate limits. */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { Writable } from "node:stream";
import pino from "pino";
import { zApiKey, zApiKeyWithSecret, zIncident } from "../src/generated/zod.gen.ts";
import { apiClient, startTestServer, type TestServer } from "./harness.ts";
import { expectProblem } from "./expect.ts";

let server: TestServer;
let api: ReturnType<typeof apiClient>;
const logLines: string[] = [];
const clock = { t: Date.now(), now() { return this.t; } };

beforeAll(async () => {
  const sink = new Writable({ write(chunk, _enc, cb) { logLines.push(String(chunk)); cb(); } });
  server = await startTestServer({ clock, logger: pino({ level: "info" }, sink) });
  api = apiClient(server.baseUrl, server.apiKey);
});
afterAll(() => server.stop());


describe("errors are problem+json with a request id", () => {
  test("unknown route → 404 problem", async () => {
    const res = await api("GET", "/nope");
    const p = expectProblem(res, 404, "not-found");
    expect(p.instance).toBe("/api/v1/nope");
  });
  test("every response carries X-Request-Id, and a caller's safe id is echoed", async () => {
    const h = await fetch(`${server.baseUrl}/api/v1/health`);
    expect(h.headers.get("x-request-id")).toMatch(/^req_/);
    const d = await fetch(`${server.baseUrl}/docs`);
    expect(d.headers.get("x-request-id")).toMatch(/^req_/);
    const mine = await api("GET", "/incidents", undefined, { "x-request-id": "trace-123" });
    expect(mine.headers.get("x-request-id")).toBe("trace-123");
  });
  test("malformed JSON → 400", async () => {
    const p = expectProblem(await api("POST", "/incidents", "{bad"), 400, "malformed-json");
    expect(p.detail).toContain("not valid JSON");
  });
  test("wrong content type → 415", async () => {
    expectProblem(await api("POST", "/incidents", JSON.stringify({ title: "x" }), { "content-type": "text/plain" }), 415, "unsupported-media-type");
  });
  test("oversized body → 413, and nothing is written", async () => {
    const before = (await api("GET", "/events?limit=100")).body.data.length;
    const huge = JSON.stringify({ title: "x", message: "a".repeat(1024 * 1024 + 10) });
    expectProblem(await api("POST", "/incidents", huge), 413, "payload-too-large");
    expect((await api("GET", "/events?limit=100")).body.data.length).toBe(before);
  });
  test("validation failure lists every failing field by JSON pointer", async () => {
    const p = expectProblem(await api("POST", "/incidents", { severity: "apocalyptic", bogus: 1, labels: ["ok", ""] }), 422, "validation");
    const pointers = p.errors!.map((e) => e.pointer).sort();
    expect(pointers).toEqual(["#", "#/labels/1", "#/severity", "#/title"].sort());
    expect(p.errors!.find((e) => e.pointer === "#/severity")!.detail).toBe("Must be one of minor, major, critical.");
    expect(p.errors!.find((e) => e.pointer === "#")!.detail).toContain("bogus");
    expect(p.errors!.every((e) => e.in === "body")).toBe(true);
  });
  test("missing required body → 422", async () => {
    const p = expectProblem(await api("POST", "/services"), 422, "validation");
    expect(p.errors![0]!.pointer).toBe("#");
  });
  test("invalid query → 422 naming the query field", async () => {
    const p = expectProblem(await api("GET", "/incidents?limit=500"), 422, "validation");
    expect(p.errors).toEqual([expect.objectContaining({ in: "query", pointer: "#/limit" })]);
  });
  test("an id that cannot exist → 404", async () => {
    expectProblem(await api("GET", "/incidents/not-an-id"), 404, "not-found");
  });
});

describe("authentication", () => {
  test("health needs no key", async () => {
    const res = await fetch(`${server.baseUrl}/api/v1/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", version: expect.any(String) });
  });
  test("missing key → 401", async () => {
    const res = await fetch(`${server.baseUrl}/api/v1/incidents`);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { detail: string }).detail).toContain("Authorization: Bearer");
  });
  test("unknown and malformed keys → 401", async () => {
    expectProblem(await apiClient(server.baseUrl, "tw_live_" + "A".repeat(43))("GET", "/incidents"), 401, "unauthorized");
    expectProblem(await apiClient(server.baseUrl, "hunter2")("GET", "/incidents"), 401, "unauthorized");
  });
  test("X-API-Key works as well as Bearer", async () => {
    const res = await fetch(`${server.baseUrl}/api/v1/organization`, { headers: { "x-api-key": server.apiKey } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { id: string }).id).toMatch(/^org_/);
  });
  test("a revoked key → 401 at once", async () => {
    const created = (await api("POST", "/api-keys", { name: "temp", scopes: ["incidents:read"] })).body;
    const k = apiClient(server.baseUrl, created.secret);
    expect((await k("GET", "/incidents")).status).toBe(200);
    expect((await api("DELETE", `/api-keys/${created.id}`)).body.revoked_at).not.toBeNull();
    expectProblem(await k("GET", "/incidents"), 401, "unauthorized");
    expectProblem(await api("DELETE", `/api-keys/${created.id}`), 409, "invalid-transition");
  });
  test("an expired key → 401", async () => {
    const expires = new Date(clock.t + 60_000).toISOString();
    const created = (await api("POST", "/api-keys", { name: "short", scopes: ["incidents:read"], expires_at: expires })).body;
    const k = apiClient(server.baseUrl, created.secret);
    expect((await k("GET", "/incidents")).status).toBe(200);
    clock.t += 120_000;
    const p = expectProblem(await k("GET", "/incidents"), 401, "unauthorized");
    expect(p.detail).toContain("expired");
  });
  test("an expiry in the past is refused", async () => {
    const p = expectProblem(await api("POST", "/api-keys", { name: "x", scopes: ["*"], expires_at: "2001-01-01T00:00:00Z" }), 422, "validation");
    expect(p.errors![0]!.pointer).toBe("#/expires_at");
  });
});

describe("scopes and keys", () => {
  test("a key without the scope → 403 naming it", async () => {
    const ro = (await api("POST", "/api-keys", { name: "ro", scopes: ["incidents:read"] })).body;
    const k = apiClient(server.baseUrl, ro.secret);
    const p = expectProblem(await k("POST", "/incidents", { title: "x" }), 403, "insufficient-scope");
    expect(p.required_scope).toBe("incidents:write");
    expect(p.detail).toContain("incidents:write");
    expectProblem(await k("GET", "/services"), 403, "insufficient-scope");
  });
  test("a key cannot mint a key with scopes it lacks", async () => {
    const kw = (await api("POST", "/api-keys", { name: "kw", scopes: ["api_keys:write", "incidents:read"] })).body;
    const k = apiClient(server.baseUrl, kw.secret);
    expect((await k("POST", "/api-keys", { name: "ok", scopes: ["incidents:read"] })).status).toBe(201);
    const p = expectProblem(await k("POST", "/api-keys", { name: "up", scopes: ["*"] }), 403, "insufficient-scope");
    expect(p.required_scope).toBe("*");
  });
  test("the secret is shown once: create returns it, get and list never do", async () => {
    const res = await api("POST", "/api-keys", { name: "once", scopes: ["events:read"] });
    expect(res.status).toBe(201);
    const created = zApiKeyWithSecret.parse(res.body);
    expect(created.secret).toMatch(/^tw_live_[A-Za-z0-9_-]{43}$/);
    expect(created.secret.startsWith(created.prefix)).toBe(true);
    const got = await api("GET", `/api-keys/${created.id}`);
    expect(got.body.secret).toBeUndefined();
    expect(JSON.stringify(got.body)).not.toContain(created.secret.slice(12));
    zApiKey.parse(got.body);
    const list = await api("GET", "/api-keys?limit=100");
    expect(JSON.stringify(list.body)).not.toContain(created.secret.slice(12));
    expect(JSON.stringify(list.body)).not.toMatch(/key_hash|[0-9a-f]{64}/);
  });
  test("unknown scopes are refused", async () => {
    const p = expectProblem(await api("POST", "/api-keys", { name: "x", scopes: ["root"] }), 422, "validation");
    expect(p.errors![0]!.pointer).toBe("#/scopes/0");
  });
});

describe("idempotency", () => {
  test("a retry with the same key and body replays the response and creates nothing new", async () => {
    const body = { title: "Idempotent incident" };
    const a = await api("POST", "/incidents", body, { "idempotency-key": "idem-1" });
    const b = await api("POST", "/incidents", body, { "idempotency-key": "idem-1" });
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(b.body).toEqual(a.body);
    expect(b.headers.get("idempotent-replayed")).toBe("true");
    const list = await api("GET", "/incidents?limit=100");
    expect(list.body.data.filter((i: { title: string }) => i.title === body.title)).toHaveLength(1);
    zIncident.parse(b.body);
  });
  test("the same key with a different body → 422", async () => {
    await api("POST", "/incidents", { title: "first" }, { "idempotency-key": "idem-2" });
    expectProblem(await api("POST", "/incidents", { title: "second" }, { "idempotency-key": "idem-2" }), 422, "idempotency-key-reused");
  });
  test("errors from the operation are replayed too", async () => {
    const inc = (await api("POST", "/incidents", { title: "pub" })).body;
    const a = await api("POST", `/incidents/${inc.id}/publish`, undefined, { "idempotency-key": "idem-3" });
    const b = await api("POST", `/incidents/${inc.id}/publish`, undefined, { "idempotency-key": "idem-3" });
    expect(a.status).toBe(409);
    expect(b.status).toBe(409);
    expect(b.headers.get("idempotent-replayed")).toBe("true");
  });
  test("keys expire after 24 hours", async () => {
    const a = await api("POST", "/incidents", { title: "daily" }, { "idempotency-key": "idem-4" });
    clock.t += 24 * 3600_000 + 1000;
    const b = await api("POST", "/incidents", { title: "daily" }, { "idempotency-key": "idem-4" });
    expect(b.status).toBe(201);
    expect(b.body.id).not.toBe(a.body.id);
  });
  test("an invalid key → 422", async () => {
    const p = expectProblem(await api("POST", "/incidents", { title: "x" }, { "idempotency-key": "x".repeat(300) }), 422, "validation");
    expect(p.errors![0]).toEqual(expect.objectContaining({ in: "header", pointer: "#/Idempotency-Key" }));
  });
});

describe("logs", () => {
  test("request logs are structured and never contain a secret", async () => {
    const created = (await api("POST", "/api-keys", { name: "logged", scopes: ["*"] })).body;
    await apiClient(server.baseUrl, created.secret)("GET", "/incidents");
    const all = logLines.join("");
    expect(all).not.toContain(server.apiKey);
    expect(all).not.toContain(created.secret);
    const entry = JSON.parse(logLines.find((l) => l.includes('"route":"/api/v1/api-keys"'))!);
    expect(entry).toEqual(expect.objectContaining({ msg: "request", method: "POST", status: 201, request_id: expect.any(String) }));
  });
});

describe("rate limits", () => {
  test("over the budget → 429 with Retry-After and RateLimit headers", async () => {
    const s = await startTestServer({ env: { TRIPWIRE_RATE_LIMIT: "3" } });
    try {
      const k = apiClient(s.baseUrl, s.apiKey);
      const first = await k("POST", "/api-keys", { name: "second", scopes: ["*"] });
      expect(first.headers.get("ratelimit-limit")).toBe("3");
      expect(first.headers.get("ratelimit-remaining")).toBe("2");
      await k("GET", "/incidents");
      await k("GET", "/incidents");
      const res = await k("GET", "/incidents");
      expectProblem(res, 429, "rate-limited");
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(res.headers.get("ratelimit-remaining")).toBe("0");
      // Budgets are per key: another key of the same organization is unaffected.
      expect((await apiClient(s.baseUrl, first.body.secret)("GET", "/incidents")).status).toBe(200);
    } finally {
      await s.stop();
    }
  });
});
