/**
 * Error thresholds against the real server: ingest and its validation, rules and their filters, one
 * `error_threshold_exceeded` per (rule, window), a workflow with {{error.*}} and {{service.name}}, and a restart that
 * does not fire a window that already fired.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zErrorRule } from "../src/generated/zod.gen.ts";
import { apiClient, startTestServer, type TestServer } from "./harness.ts";
import { databaseEnv, dropDatabase } from "./test-db.ts";
import { waitFor } from "./wait.ts";

let server: TestServer;
let api: ReturnType<typeof apiClient>;
beforeAll(async () => {
  server = await startTestServer();
  api = apiClient(server.baseUrl, server.apiKey);
});
afterAll(() => server.stop());

const service = async (name: string) => (await api("POST", "/services", { name })).body as { id: string; name: string };
const rule = async (body: Record<string, unknown>) => {
  const res = await api("POST", "/error-rules", body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return zErrorRule.parse(res.body);
};
const report = (service_id: string, n: number, over: Record<string, unknown> = {}) =>
  Array.from({ length: n }, (_, i) => ({ service_id, fingerprint: "TypeError:cart.ts:42", message: `TypeError: cart is undefined (#${i})`, level: "error", timestamp: new Date().toISOString(), ...over }));
const fired = async (ruleId: string) =>
  (await api("GET", `/events?type=error_threshold_exceeded&resource_id=${ruleId}&limit=100`)).body.data as { data: Record<string, unknown> }[];

/** Sleeps until just after the start of a fresh window of `seconds`, so a test's errors land in one window. */
async function startOfWindow(seconds: number) {
  const ms = seconds * 1000;
  await Bun.sleep(ms - (Date.now() % ms) + 30);
}

describe("POST /errors", () => {
  test("counts 1 to 1,000 errors; bad input is a 422 naming the field", async () => {
    const svc = await service("ingest-validation");
    const ok = await api("POST", "/errors", { errors: report(svc.id, 1000) });
    expect(ok.status).toBe(202);
    expect(ok.body).toEqual({ accepted: 1000, fired: [] });
    const cases: [unknown, string][] = [
      [{ errors: [] }, "#/errors"],
      [{ errors: report(svc.id, 1001) }, "#/errors"],
      [{ errors: [{ service_id: svc.id, message: "no fingerprint" }] }, "#/errors/0/fingerprint"],
      [{ errors: [...report(svc.id, 2), { service_id: svc.id, fingerprint: "f", message: "m", level: "panic" }] }, "#/errors/2/level"],
      [{ errors: [{ service_id: svc.id, fingerprint: "f", message: "m", timestamp: "yesterday" }] }, "#/errors/0/timestamp"],
      [{ errors: [...report(svc.id, 1), ...report("svc_01JD5Q8R1XK2ZP7S0C3V9N4B6M", 1)] }, "#/errors/1/service_id"],
      [{ error: [] }, "#/errors"],
    ];
    for (const [body, pointer] of cases) {
      const res = await api("POST", "/errors", body);
      expect({ pointer, status: res.status }).toEqual({ pointer, status: 422 });
      expect({ pointer, got: res.body.errors.map((e: { pointer: string }) => e.pointer) }).toEqual({ pointer, got: expect.arrayContaining([pointer]) });
    }
    const ro = apiClient(server.baseUrl, (await api("POST", "/api-keys", { name: "reader", scopes: ["errors:read"] })).body.secret);
    expect((await ro("POST", "/errors", { errors: report(svc.id, 1) })).body.required_scope).toBe("errors:write");
    expect((await ro("GET", "/error-rules")).status).toBe(200);
  });

  test("error rules: CRUD and 422s naming the field", async () => {
    const svc = await service("rules-crud");
    const r = await rule({ name: "burst", service_id: svc.id, threshold: 10, window: 60, fingerprint: "f1", level: "fatal" });
    expect(r).toEqual(expect.objectContaining({ name: "burst", service_id: svc.id, threshold: 10, window: 60, fingerprint: "f1", level: "fatal" }));
    expect((await api("GET", `/error-rules/${r.id}`)).body).toEqual(r);
    const patched = (await api("PATCH", `/error-rules/${r.id}`, { threshold: 20, fingerprint: null })).body;
    expect({ threshold: patched.threshold, fingerprint: patched.fingerprint }).toEqual({ threshold: 20, fingerprint: null });
    expect(((await api("GET", "/error-rules")).body.data as { id: string }[]).map((x) => x.id)).toContain(r.id);
    for (const [body, pointer] of [
      [{ service_id: svc.id, threshold: 0, window: 60 }, "#/threshold"],
      [{ service_id: svc.id, threshold: 1, window: 86_401 }, "#/window"],
      [{ service_id: "svc_01JD5Q8R1XK2ZP7S0C3V9N4B6M", threshold: 1, window: 60 }, "#/service_id"],
      [{ service_id: svc.id, threshold: 1 }, "#/window"],
      [{ service_id: svc.id, threshold: 1, window: 60, level: "loud" }, "#/level"],
    ] as const) {
      const res = await api("POST", "/error-rules", body);
      expect({ pointer, status: res.status, got: res.body.errors?.[0]?.pointer }).toEqual({ pointer, status: 422, got: pointer });
    }
    expect((await api("DELETE", `/error-rules/${r.id}`)).status).toBe(204);
    expect((await api("GET", `/error-rules/${r.id}`)).status).toBe(404);
  });

  test("deleting a service deletes its error rules and maintenance windows, and detaches its heartbeats and uptime monitors", async () => {
    const svc = await service("going away");
    const keep = await service("staying");
    const r = await rule({ service_id: svc.id, threshold: 1, window: 60 });
    const other = await rule({ service_id: keep.id, threshold: 1, window: 60 });
    const hb = (await api("POST", "/heartbeats", { name: "attached", period: 60, service_id: svc.id })).body;
    // Paused: the monitor is never checked here (its URL is only stored).
    const monitor = await api("POST", "/monitors", { name: "attached", url: "http://127.0.0.1:9/", service_id: svc.id });
    expect(monitor.status, JSON.stringify(monitor.body)).toBe(201);
    await api("POST", `/monitors/${monitor.body.id}/pause`);
    const keptMonitor = (await api("POST", "/monitors", { name: "kept", url: "http://127.0.0.1:9/", service_id: keep.id })).body;
    await api("POST", `/monitors/${keptMonitor.id}/pause`);
    const span = { starts_at: new Date(Date.now() + 3_600_000).toISOString(), ends_at: new Date(Date.now() + 7_200_000).toISOString() };
    const window = (await api("POST", "/maintenance-windows", { service_id: svc.id, ...span })).body;
    const keptWindow = (await api("POST", "/maintenance-windows", { service_id: keep.id, ...span })).body;
    expect(window.id).toMatch(/^mnt_/);
    expect((await api("DELETE", `/services/${svc.id}`)).status).toBe(204);
    expect((await api("GET", `/error-rules/${r.id}`)).status).toBe(404);
    expect((await api("GET", `/error-rules/${other.id}`)).status).toBe(200);
    expect((await api("GET", `/heartbeats/${hb.id}`)).body.service_id).toBeNull();
    expect((await api("GET", `/monitors/${monitor.body.id}`)).body).toMatchObject({ service_id: null, state: "paused", name: "attached" });
    expect((await api("GET", `/monitors/${keptMonitor.id}`)).body.service_id).toBe(keep.id);
    expect((await api("GET", `/maintenance-windows/${window.id}`)).status).toBe(404);
    expect((await api("GET", `/maintenance-windows/${keptWindow.id}`)).body.service_id).toBe(keep.id);
    // The detached monitor can be edited again (its service no longer fails validation) and re-attached.
    const patched = await api("PATCH", `/monitors/${monitor.body.id}`, { name: "renamed", service_id: keep.id });
    expect({ status: patched.status, service_id: patched.body.service_id }).toEqual({ status: 200, service_id: keep.id });
  });

  test("outside development mode a window is at least 60 seconds", async () => {
    const prod = await startTestServer({ env: { TRIPWIRE_DEV: "0" } });
    try {
      const papi = apiClient(prod.baseUrl, prod.apiKey);
      const svc = (await papi("POST", "/services", { name: "p" })).body;
      const res = await papi("POST", "/error-rules", { service_id: svc.id, threshold: 1, window: 5 });
      expect({ status: res.status, pointer: res.body.errors[0].pointer }).toEqual({ status: 422, pointer: "#/window" });
    } finally {
      await prod.stop();
    }
  });
});

describe("thresholds", () => {
  test("more than threshold within the window fires once per window, with the crossing's data; filters apply", async () => {
    const svc = await service("Checkout API");
    const other = await service("other service");
    const r = await rule({ name: "burst", service_id: svc.id, threshold: 5, window: 2 });
    const fatalOnly = await rule({ service_id: svc.id, threshold: 2, window: 2, level: "fatal" });
    const oneFingerprint = await rule({ service_id: svc.id, threshold: 2, window: 2, fingerprint: "db-timeout" });
    await startOfWindow(2);
    // Exactly the threshold: nothing yet (it must be exceeded). Other services' errors do not count.
    expect((await api("POST", "/errors", { errors: report(svc.id, 5) })).body.fired).toEqual([]);
    await api("POST", "/errors", { errors: report(other.id, 50) });
    const crossing = await api("POST", "/errors", { errors: report(svc.id, 3, { message: "boom", fingerprint: "fp-x" }) });
    expect(crossing.body.fired).toEqual([{ rule_id: r.id, count: 6, window_start: expect.any(String) }]);
    // More errors in the same window: no second firing.
    expect((await api("POST", "/errors", { errors: report(svc.id, 20) })).body.fired).toEqual([]);
    const events = await fired(r.id);
    expect(events).toHaveLength(1);
    const windowStart = Date.parse(events[0]!.data.window_start as string);
    expect(windowStart % 2000).toBe(0);
    expect(events[0]!.data).toEqual({
      id: r.id,
      name: "burst",
      service_id: svc.id,
      threshold: 5,
      window_seconds: 2,
      fingerprint: "fp-x",
      level: "error",
      message: "boom",
      timestamp: expect.any(String),
      count: 6,
      window_start: new Date(windowStart).toISOString(),
      window_end: new Date(windowStart + 2000).toISOString(),
    });
    // Filters: 25 errors, but none fatal and none with that fingerprint.
    expect(await fired(fatalOnly.id)).toHaveLength(0);
    expect(await fired(oneFingerprint.id)).toHaveLength(0);
    await startOfWindow(2);
    // The next window fires again (once), and the filtered rules fire on what they match.
    const next = await api("POST", "/errors", { errors: [...report(svc.id, 6), ...report(svc.id, 3, { level: "fatal" }), ...report(svc.id, 3, { fingerprint: "db-timeout" })] });
    expect(next.body.fired.map((f: { rule_id: string }) => f.rule_id).sort()).toEqual([r.id, fatalOnly.id, oneFingerprint.id].sort());
    expect(await fired(r.id)).toHaveLength(2);
  }, 15_000);

  test("a workflow on error_threshold_exceeded runs with {{error.*}} and {{service.name}}", async () => {
    const svc = await service("Payments");
    const r = await rule({ service_id: svc.id, threshold: 2, window: 60 });
    const wf = await api("POST", "/workflows", {
      name: "Error burst → incident",
      trigger: "error_threshold_exceeded",
      state: "active",
      conditions: { operator: "AND", conditions: [{ field: "error.id", operator: "equals", value: r.id }] },
      actions: [
        {
          type: "create_incident",
          title: "{{error.count}} errors on {{service.name}}",
          severity: "major",
          message: "{{error.fingerprint}}: {{error.message}}",
        },
      ],
    });
    expect(wf.status, JSON.stringify(wf.body)).toBe(201);
    await api("POST", "/errors", { errors: report(svc.id, 3, { fingerprint: "KeyError:pay.py:9", message: "KeyError: 'amount'" }) });
    const incident = await waitFor(async () => {
      const list = (await api("GET", "/incidents?limit=100")).body.data as { title: string; message: string }[];
      return list.find((i) => i.title === "3 errors on Payments");
    }, 8000);
    expect(incident.message).toBe("KeyError:pay.py:9: KeyError: 'amount'");
    await api("POST", `/workflows/${wf.body.id}/disable`);
  }, 15_000);
});

test("a restart counts from zero but never fires a window that already fired", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tripwire-errors-restart-"));
  try {
    const first = await startTestServer({ dir });
    const fapi = apiClient(first.baseUrl, first.apiKey);
    const svc = (await fapi("POST", "/services", { name: "restarts" })).body;
    const r = (await fapi("POST", "/error-rules", { service_id: svc.id, threshold: 3, window: 3600 })).body;
    expect((await fapi("POST", "/errors", { errors: report(svc.id, 4) })).body.fired).toHaveLength(1);
    await first.stop();

    const { loadConfig } = await import("../src/config.ts");
    const { startServer } = await import("../src/server.ts");
    const { createLogger } = await import("../src/log.ts");
    // The same database as the first server (a SQLite file, or its PostgreSQL database on the PostgreSQL pass).
    const env = await databaseEnv(join(dir, "tripwire.db"));
    const second = await startServer(loadConfig({ HOST: "127.0.0.1", PORT: "0", ...env, TRIPWIRE_DEV: "1" }), { logger: createLogger("silent") });
    try {
      const sapi = apiClient(second.url, first.apiKey);
      // The same window (an hour long): the new process counts past the threshold again, but the window already fired.
      expect((await sapi("POST", "/errors", { errors: report(svc.id, 10) })).body.fired).toEqual([]);
      expect((await sapi("GET", `/events?type=error_threshold_exceeded&resource_id=${r.id}`)).body.data).toHaveLength(1);
    } finally {
      await second.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await dropDatabase(join(dir, "tripwire.db"));
  }
});
