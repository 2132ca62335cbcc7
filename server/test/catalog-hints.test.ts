/**
 * The catalog's hints name operations that exist: the manual trigger's description points at the operation that
 * starts a run (it used to say POST /workflows/{id}/trigger, a 404). Over the real server, following the hint.
 */
import { afterAll, beforeAll, expect, test } from "bun:test";
import { apiClient, startTestServer, type TestServer } from "./harness.ts";

let server: TestServer;
let api: ReturnType<typeof apiClient>;

beforeAll(async () => {
  server = await startTestServer();
  api = apiClient(server.baseUrl, server.apiKey);
});
afterAll(async () => {
  await server?.stop();
});

test("the manual trigger's hint names POST /api/v1/workflows/{id}/runs, and following it starts a run", async () => {
  const catalog = (await api("GET", "/workflow-catalog")).body;
  const manual = catalog.triggers.find((t: { type: string }) => t.type === "manual");
  const hint = /(POST) \/api\/v1(\/workflows\/\{id\}\/[a-z-]+)/.exec(manual.description);
  expect(hint, manual.description).not.toBeNull();
  const created = await api("POST", "/workflows", { name: "By hand", trigger: "manual", state: "active", actions: [{ type: "delay", seconds: 1 }] });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const res = await api(hint![1]!, hint![2]!.replace("{id}", created.body.id), { payload: { reason: "following the catalog" } });
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  expect((await api("GET", `/runs/${res.body.id}`)).body.event.data.payload).toEqual({ reason: "following the catalog" });
});

test("every trigger in the catalog carries a sample event of its own type, and the manual hint names the test-run fields", async () => {
  const catalog = (await api("GET", "/workflow-catalog")).body;
  for (const t of catalog.triggers) {
    expect(t.sample.type).toBe(t.type);
    expect(typeof t.sample.data).toBe("object");
  }
  const manual = catalog.triggers.find((t: { type: string }) => t.type === "manual");
  for (const field of ["incident_id", "alert_id", "service_id", "run_id", "event"]) expect(manual.description).toContain(field);
});
