/**
 * What a workflow may do, over the real server: a key can save, change, clone or activate a workflow only if it holds
 * the scopes of every action (the catalog lists them); a key can revoke only keys whose scopes it holds; and every
 * destination URL of a workflow passes the webhook SSRF classifier at save, at activation and (rendered) at run time.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { zWorkflow, zWorkflowCatalog } from "../src/generated/zod.gen.ts";
import { expectOk, expectProblem, unique } from "./expect.ts";
import { apiClient, startTestServer, type TestServer } from "./harness.ts";
import { waitFor } from "./wait.ts";

let server: TestServer;
let owner: ReturnType<typeof apiClient>;
beforeAll(async () => {
  // Production mode: loopback and http destinations are refused as they would be in a deployment.
  server = await startTestServer({ env: { TRIPWIRE_DEV: "0", TRIPWIRE_RATE_LIMIT: "100000" } });
  owner = apiClient(server.baseUrl, server.apiKey);
});
afterAll(() => server.stop());

async function keyWith(scopes: string[]) {
  const res = await owner("POST", "/api-keys", { name: unique("k"), scopes });
  expect(res.status).toBe(201);
  return { id: res.body.id as string, api: apiClient(server.baseUrl, res.body.secret) };
}

describe("a workflow needs the scopes of its actions", () => {
  test("the catalog lists each action's scopes", async () => {
    const cat = expectOk(await owner("GET", "/workflow-catalog"), 200, zWorkflowCatalog);
    const byType = Object.fromEntries(cat.actions.map((a) => [a.type, a.scopes]));
    expect(byType).toEqual({
      create_incident: ["incidents:write"],
      update_incident: ["incidents:write"],
      resolve_incident: ["incidents:write"],
      add_incident_update: ["incidents:write"],
      assign_incident: ["incidents:write"],
      add_label: ["incidents:write"],
      update_service_status: ["services:write"],
      run_workflow: ["workflows:run"],
      delay: [],
      execute_webhook: ["webhooks:write"],
      acknowledge_alert: ["alerts:write"],
      page_on_call: ["oncall:write"],
      send_notification: ["channels:write"],
      send_slack_message: ["channels:write"],
      send_email: ["channels:write"],
      incident_io_create_incident: ["integrations:write"],
      complete_post_incident_task: ["post_incident:write"],
      attach_postmortem: ["incidents:write"],
    });
  });

  test("every action: saving without its scope is a 403 naming the scope and the action; with it, 201", async () => {
    const cat = expectOk(await owner("GET", "/workflow-catalog"), 200, zWorkflowCatalog);
    const bare = await keyWith(["workflows:write", "workflows:read"]);
    for (const action of cat.actions) {
      const body = { name: unique(action.type), trigger: "manual", actions: [{ type: "delay", duration: "1m" }, { type: action.type }] };
      const res = await bare.api("POST", "/workflows", body);
      if (action.scopes.length === 0) {
        expect(res.status, action.type).toBe(201);
        continue;
      }
      const p = expectProblem(res, 403, "insufficient-scope");
      expect(p.required_scope, action.type).toBe(action.scopes[0]!);
      expect(p.errors, action.type).toEqual([{ in: "body", pointer: "#/actions/1", detail: `${action.type} needs the scope ${action.scopes[0]}.` }]);
      expect(p.detail).toContain("#/actions/1");
      const able = await keyWith(["workflows:write", ...action.scopes]);
      expect((await able.api("POST", "/workflows", body)).status, action.type).toBe(201);
    }
  });

  test("the reported case: a workflows:write key cannot resolve incidents or change services through a workflow", async () => {
    const bare = await keyWith(["workflows:write"]);
    const res = await bare.api("POST", "/workflows", {
      name: unique("sneaky"),
      trigger: "manual",
      actions: [{ type: "resolve_incident", incident_id: "{{payload.id}}" }, { type: "update_service_status", service_id: "{{payload.svc}}", status: "major_outage" }],
      state: "active",
    });
    const p = expectProblem(res, 403, "insufficient-scope");
    expect(p.errors!.map((e) => e.pointer)).toEqual(["#/actions/0", "#/actions/1"]);
    expect(p.errors!.map((e) => e.detail)).toEqual(["resolve_incident needs the scope incidents:write.", "update_service_status needs the scope services:write."]);
    const list = await owner("GET", "/workflows?limit=100");
    expect(list.body.data.some((w: { name: string }) => w.name.startsWith("sneaky"))).toBe(false);
  });

  test("changing, cloning and activating a workflow someone else wrote needs its scopes too", async () => {
    const wf = expectOk(await owner("POST", "/workflows", { name: unique("owned"), trigger: "manual", actions: [{ type: "add_label", label: "x", incident_id: "{{payload.incident_id}}" }] }), 201, zWorkflow);
    const bare = await keyWith(["workflows:write"]);
    expect(expectProblem(await bare.api("POST", `/workflows/${wf.id}/activate`), 403, "insufficient-scope").required_scope).toBe("incidents:write");
    expect(expectProblem(await bare.api("PATCH", `/workflows/${wf.id}`, { name: "renamed" }), 403, "insufficient-scope").required_scope).toBe("incidents:write");
    expect(expectProblem(await bare.api("POST", `/workflows/${wf.id}/clone`), 403, "insufficient-scope").required_scope).toBe("incidents:write");
    expect((await owner("GET", `/workflows/${wf.id}`)).body).toEqual(expect.objectContaining({ name: wf.name, state: "draft" }));
    const able = await keyWith(["workflows:write", "incidents:write"]);
    expect((await able.api("POST", `/workflows/${wf.id}/activate`)).status).toBe(200);
  });
});

describe("revoking keys", () => {
  test("a key can revoke only keys whose scopes it holds: not the owner's * key", async () => {
    const admin = await keyWith(["api_keys:write", "api_keys:read", "incidents:read"]);
    const me = await owner("GET", "/organization");
    expect(me.status).toBe(200);
    const keys = (await owner("GET", "/api-keys?limit=100")).body.data as { id: string; scopes: string[] }[];
    const ownerKey = keys.find((k) => k.scopes.includes("*"))!;
    const p = expectProblem(await admin.api("DELETE", `/api-keys/${ownerKey.id}`), 403, "insufficient-scope");
    expect(p.required_scope).toBe("*");
    expect((await owner("GET", "/organization")).status).toBe(200);
    const stronger = await keyWith(["services:write"]);
    expect(expectProblem(await admin.api("DELETE", `/api-keys/${stronger.id}`), 403, "insufficient-scope").required_scope).toBe("services:write");
    const weaker = await keyWith(["incidents:read"]);
    expect((await admin.api("DELETE", `/api-keys/${weaker.id}`)).status).toBe(200);
    expect((await weaker.api("GET", "/incidents")).status).toBe(401);
  });
});

describe("destination URLs get the SSRF classifier", () => {
  const refused = [
    "https://169.254.169.254/latest/meta-data",
    "https://10.0.0.1/hook",
    "https://127.0.0.1/hook",
    "https://[::ffff:127.0.0.1]/hook",
    "https://[::1]/hook",
    "https://localhost/hook",
    "http://hooks.example.com/hook",
    "https://user:pass@hooks.example.com/hook",
    "https://10.0.0.1/{{incident.id}}",
    "http://{{payload.host}}/hook",
    "https://user:{{payload.pw}}@{{payload.host}}/x",
  ];
  const accepted = ["https://hooks.example.com/hook", "https://hooks.example.com/{{payload.path}}", "https://{{payload.host}}/hook", "{{payload.url}}"];
  const fields = [
    { type: "execute_webhook", field: "url" },
    { type: "send_slack_message", field: "webhook_url" },
  ];

  test("at save (draft or active), each refused form is a 422 at the field; the allowed ones are saved", async () => {
    for (const { type, field } of fields) {
      for (const url of refused) {
        for (const state of ["draft", "active"]) {
          const res = await owner("POST", "/workflows", { name: unique("ssrf"), trigger: "manual", actions: [{ type, [field]: url }], state });
          const p = expectProblem(res, 422, "validation");
          expect(p.errors!.map((e) => e.pointer), `${type} ${url} ${state}`).toEqual([`#/actions/0/${field}`]);
        }
      }
      for (const url of accepted) {
        const res = await owner("POST", "/workflows", { name: unique("ok"), trigger: "manual", actions: [{ type, [field]: url }] });
        expect(res.status, `${type} ${url}`).toBe(201);
      }
    }
  });

  test("at activation, a refused URL stored by an earlier build is a 422 at the field", async () => {
    const wf = expectOk(await owner("POST", "/workflows", { name: unique("later"), trigger: "manual", actions: [{ type: "execute_webhook", url: "https://hooks.example.com/x" }] }), 201, zWorkflow);
    await server.query("UPDATE workflows SET actions = ? WHERE id = ?", JSON.stringify([{ type: "execute_webhook", url: "https://169.254.169.254/x" }]), wf.id);
    const p = expectProblem(await owner("POST", `/workflows/${wf.id}/activate`), 422, "validation");
    expect(p.errors!.map((e) => e.pointer)).toEqual(["#/actions/0/url"]);
  });

  test("at run time, the rendered URL is checked: a templated host that renders private fails the step", async () => {
    const wf = expectOk(
      await owner("POST", "/workflows", { name: unique("rendered"), trigger: "manual", actions: [{ type: "execute_webhook", url: "https://{{payload.host}}/hook" }], state: "active" }),
      201,
      zWorkflow,
    );
    const started = await owner("POST", `/workflows/${wf.id}/runs`, { payload: { host: "169.254.169.254" } });
    expect(started.status).toBe(202);
    const run = await waitFor(async () => {
      const r = (await owner("GET", `/runs/${started.body.id}`)).body;
      return r.status === "failed" && r;
    });
    expect(run.steps[0].error).toContain("blocked");
  });
});
