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
      "#/trigger": "Expected object or one of incident.created, incident.updated, incident.resolved, incident.published, alert.fired, alert.resolved, service.status_changed, uptime.down, uptime.recovered, heartbeat.missed, error_threshold_exceeded, run.completed, run.failed, incident.closed, post_incident.entered, post_incident.status_changed, post_incident.task_completed, post_incident.task_assigned, scheduled, manual, incident_io.incident, got number.",
      "#/conditions/conditions/0/field": "Expected string, got number.",
    });
  });

  test("the value itself is never echoed", async () => {
    const res = await api("POST", "/incidents", { title: 987654321 });
    expect(JSON.stringify(res.body)).not.toContain("987654321");
  });
});

describe("nesting depth", () => {
  const nested = (n: number) => "[".repeat(n) + "]".repeat(n);
  const tooDeep = (res: Awaited<ReturnType<typeof api>>, at: string) => {
    const errs = fields(res);
    const [pointer, detail] = Object.entries(errs)[0] ?? [];
    expect(pointer).toStartWith(at);
    expect(detail).toContain("at most 64 levels");
  };
  const healthy = async () => expect((await fetch(`${server.baseUrl}/api/v1/health`)).status).toBe(200);

  test("3,000-deep conditions are a 422 naming the condition, and the server stays healthy", async () => {
    let cond: unknown = { field: "severity", operator: "equals", value: "critical" };
    for (let i = 0; i < 3000; i++) cond = { operator: "AND", conditions: [cond] };
    const before = (await api("GET", "/workflows?limit=100")).body.data.length;
    const res = await api("POST", "/workflows", { name: "deep", trigger: "incident.created", conditions: cond, actions: [{ type: "add_label", label: "x" }] });
    tooDeep(res, "#/conditions/conditions/0/conditions/0");
    expect((await api("GET", "/workflows?limit=100")).body.data.length).toBe(before);
    await healthy();
  });

  test("50,000-deep alert details (arrays and objects) are a 422, not a stack overflow", async () => {
    const before = (await api("GET", "/alerts?limit=100")).body.data.length;
    tooDeep(await api("POST", "/alerts", `{"title":"deep","details":{"x":${nested(50_000)}}}`), "#/details/x/0/0");
    tooDeep(await api("POST", "/alerts", `{"title":"deep","details":${'{"a":'.repeat(50_000)}1${"}".repeat(50_000)}}`), "#/details/a/a");
    expect((await api("GET", "/alerts?limit=100")).body.data.length).toBe(before);
    await healthy();
  });

  test("run payloads, dry-run data and execute_webhook bodies are held to the same depth", async () => {
    const wf = await api("POST", "/workflows", { name: "manual", trigger: "manual", actions: [{ type: "add_label", label: "x", incident_id: "{{payload.incident_id}}" }], state: "active" });
    expect(wf.status).toBe(201);
    tooDeep(await api("POST", `/workflows/${wf.body.id}/runs`, `{"payload":{"p":${nested(50_000)}}}`), "#/payload/p/0");
    tooDeep(await api("POST", `/workflows/${wf.body.id}/dry-run`, `{"event":{"data":${nested(10_000)}}}`), "#/event/data/0");
    tooDeep(
      await api("POST", "/workflows", `{"name":"w","trigger":"manual","actions":[{"type":"execute_webhook","url":"https://example.com/x","body":${nested(50_000)}}]}`),
      "#/actions/0/body/0",
    );
    expect((await api("GET", `/runs?workflow_id=${wf.body.id}`)).body.data).toEqual([]);
    await healthy();
  });

  test("64 levels, the documented limit, are still accepted", async () => {
    // The body is level 1 and details level 2, so 62 more arrays inside make 64.
    const res = await api("POST", "/alerts", `{"title":"at the limit","details":{"x":${nested(62)}}}`);
    expect(res.status).toBe(201);
    tooDeep(await api("POST", "/alerts", `{"title":"past the limit","details":{"x":${nested(63)}}}`), "#/details/x");
  });
});

describe("integers in query strings and paths", () => {
  const NOT_DIGITS = ["0x10", "1e1", "0b11", "+7", "%205", "5%20", "abc", "1.5", "-3", "", "99999999999999999999"];

  test("anything but plain decimal digits is a 422 naming the parameter and saying what it expects, on every list", async () => {
    for (const path of ["/incidents", "/events", "/alerts", "/workflows", "/runs", "/services"]) {
      for (const raw of NOT_DIGITS) {
        const res = await api("GET", `${path}?limit=${raw}`);
        const p = expectProblem(res, 422, "validation");
        expect({ raw, path, errors: p.errors }).toEqual({ raw, path, errors: [{ in: "query", pointer: "#/limit", detail: expect.stringMatching(/^(Expected an integer in plain decimal digits, e\.g\. 20\.|Must be at most 100\.)$/) }] });
      }
    }
    expect(fields(await api("GET", "/incidents?limit=0x10"))).toEqual({ "#/limit": "Expected an integer in plain decimal digits, e.g. 20." });
  });

  test("in range digits work; out of range says the bound", async () => {
    expect((await api("GET", "/incidents?limit=7")).status).toBe(200);
    expect((await api("GET", "/incidents?limit=007")).status).toBe(200);
    expect(fields(await api("GET", "/incidents?limit=0"))).toEqual({ "#/limit": "Must be at least 1." });
    expect(fields(await api("GET", "/incidents?limit=101"))).toEqual({ "#/limit": "Must be at most 100." });
  });

  test("a schedule's count and a workflow version in the path take digits only", async () => {
    const wf = await api("POST", "/workflows", { name: "sched", trigger: "scheduled", schedule: "0 9 * * *", actions: [{ type: "delay", seconds: 1 }], state: "active" });
    expect(wf.status).toBe(201);
    expect((await api("GET", `/workflows/${wf.body.id}/schedule?count=3`)).status).toBe(200);
    expect(fields(await api("GET", `/workflows/${wf.body.id}/schedule?count=1e1`))).toEqual({ "#/count": "Expected an integer in plain decimal digits, e.g. 20." });
    expect((await api("GET", `/workflows/${wf.body.id}/versions/1`)).status).toBe(200);
    for (const v of ["0x1", "1e0", "+1", "1.0"]) expectProblem(await api("GET", `/workflows/${wf.body.id}/versions/${v}`), 404, "not-found");
  });
});

describe("what a refused API key is told", () => {
  const detail = async (key: string) => expectProblem(await apiClient(server.baseUrl, key)("GET", "/incidents"), 401, "unauthorized").detail;
  /** The key with the character at `i` replaced by `c`, or by another base64url character. */
  const withCharAt = (key: string, i: number, c?: string) => key.slice(0, i) + (c ?? (key[i] === "A" ? "B" : "A")) + key.slice(i + 1);

  test("a well-formed key with one wrong character is unknown or revoked, not 'not a Tripwire API key'", async () => {
    const typo = await detail(withCharAt(server.apiKey, server.apiKey.length - 5));
    expect(typo).toStartWith("Unknown or revoked API key");
    expect(typo).not.toContain("not a Tripwire API key");
  });

  test("only a value without the key's shape is 'not a Tripwire API key', and it says what is wrong", async () => {
    expect(await detail("sk_live_abc")).toStartWith("That is not a Tripwire API key (they start with tw_live_).");
    expect(await detail(withCharAt(server.apiKey, 1, "x"))).toStartWith("That is not a Tripwire API key (they start with tw_live_).");
    expect(await detail(server.apiKey.slice(0, -1))).toStartWith("That is not a Tripwire API key: after tw_live_ a key has 43 characters (letters, digits, _ and -); this has 42.");
    expect(await detail(withCharAt(server.apiKey, 20, "!"))).toContain("this has 43, some of them not.");
  });

  test("a revoked key keeps its specific answer", async () => {
    const created = (await api("POST", "/api-keys", { name: "revoke me", scopes: ["incidents:read"] })).body;
    expect((await api("DELETE", `/api-keys/${created.id}`)).status).toBe(200);
    expect(await detail(created.secret)).toMatch(/^API key tw_live_\S{4}… was revoked\.$/);
  });
});

describe("NUL characters", () => {
  test("a NUL (\\u0000) in any string or key of a body is a 422 at that field on both stores, and nothing is written", async () => {
    const before = (await api("GET", "/incidents?limit=100")).body.data.length;
    expect(fields(await api("POST", "/incidents", { title: "down\u0000" }))).toEqual({ "#/title": "Text may not contain the NUL character (\\u0000)." });
    expect(Object.keys(fields(await api("POST", "/alerts", { title: "x", details: { ok: ["fine", "bad\u0000"] } })))).toEqual(["#/details/ok/1"]);
    expect(Object.keys(fields(await api("POST", "/alerts", { title: "x", details: { "k\u0000": 1 } })))).toEqual(["#/details/k\u0000"]);
    expect((await api("GET", "/incidents?limit=100")).body.data.length).toBe(before);
    // An escaped backslash before "u0000" is text, not a NUL.
    const ok = await api("POST", "/incidents", { title: "path C:\\u0000" });
    expect(ok.status).toBe(201);
    expect(ok.body.title).toBe("path C:\\u0000");
  });
});
