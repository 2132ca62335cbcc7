/**
 * What the API says about bad input, over real HTTP: wrong-typed fields name what was expected and what came,
 * bodies nested past the documented depth are refused before anything recurses into them, query integers are
 * plain decimal digits, and a mistyped API key is told the truth about why it was refused.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { apiClient, startTestServer, type TestServer } from "./harness.ts";
import { expectProblem } from "./expect.ts";

let server: TestServer;
let api: ReturnType<typeof apiClient>;
beforeAll(async () => {
  server = await startTestServer();
  api = apiClient(server.baseUrl, server.apiKey);
});
afterAll(() => server.stop());

/** The field errors of a 422, as pointer → detail. */
function fields(res: Awaited<ReturnType<typeof api>>): Record<string, string> {
  const p = expectProblem(res, 422, "validation");
  return Object.fromEntries((p.errors ?? []).map((e) => [e.pointer, e.detail]));
}

describe("wrong-typed fields", () => {
  test("a number where a string goes says so, on create and on update; a missing field is still required", async () => {
    expect(fields(await api("POST", "/incidents", { title: 123 }))).toEqual({ "#/title": "Expected string, got number." });
    expect(fields(await api("POST", "/incidents", {}))).toEqual({ "#/title": "Required." });
    expect(fields(await api("POST", "/services", { name: 5 }))).toEqual({ "#/name": "Expected string, got number." });
    const inc = await api("POST", "/incidents", { title: "typed" });
    expect(inc.status).toBe(201);
    expect(fields(await api("PATCH", `/incidents/${inc.body.id}`, { title: false }))).toEqual({ "#/title": "Expected string, got boolean." });
  });

  test("objects, arrays and nested fields of the wrong type name the nested pointer", async () => {
    expect(fields(await api("POST", "/incidents", { title: "x", labels: {}, service_ids: "svc" }))).toEqual({
      "#/labels": "Expected array, got object.",
      "#/service_ids": "Expected array, got string.",
    });
    expect(fields(await api("POST", "/incidents", { title: "x", labels: ["ok", 7] }))).toEqual({ "#/labels/1": "Expected string, got number." });
    expect(fields(await api("POST", "/alerts", { title: "t", details: [] }))).toEqual({ "#/details": "Expected object, got array." });
    expect(fields(await api("POST", "/escalation-policies", { name: "p", levels: [{ delay_minutes: "5" }] }))).toMatchObject({
      "#/levels/0/delay_minutes": "Expected number, got string.",
    });
    // A length check on a value of the wrong type says nothing useful: only the type is reported.
    expect(fields(await api("POST", "/members", { name: [], email: "a@example.com" }))).toEqual({ "#/name": "Expected string, got array." });
  });

  test("inside a union (trigger, conditions) the branch the value was meant for reports its own field", async () => {
    const res = await api("POST", "/workflows", {
      name: "w",
      trigger: 5,
      conditions: { operator: "AND", conditions: [{ field: 1, operator: "equals", value: "x" }] },
      actions: [{ type: "add_label", label: "x" }],
    });
    expect(fields(res)).toMatchObject({
      "#/trigger": "Expected object or one of incident.created, incident.updated, incident.resolved, incident.published, alert.fired, alert.resolved, service.status_changed, uptime.down, uptime.recovered, heartbeat.missed, error_threshold_exceeded, scheduled, manual, got number.",
      "#/conditions/conditions/0/field": "Expected string, got number.",
    });
  });

  test("the value itself is never echoed", async () => {
    const res = await api("POST", "/incidents", { title: 987654321 });
    expect(JSON.stringify(res.body)).not.toContain("987654321");
  });
});
