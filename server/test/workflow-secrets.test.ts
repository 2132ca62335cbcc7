/**
 * execute_webhook secrets and header values over the real server: encrypted at rest (checked in the SQLite file's
 * own bytes), shown only as `tw_sealed_v1.<ref>` references, sent for real by runs, and kept across GET → edit →
 * PATCH round trips that send the references back.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { createHmac, randomBytes } from "node:crypto";
import { Webhook as StandardWebhook } from "standardwebhooks";
import spec from "../../openapi.yaml";
import { zRun, zWorkflow, zWorkflowVersion, zWorkflowVersionList } from "../src/generated/zod.gen.ts";
import { expectOk, expectProblem, unique } from "./expect.ts";
import { apiClient, startTestServer, type TestServer } from "./harness.ts";
import { type Received, startReceiver } from "./receiver.ts";
import { waitFor } from "./wait.ts";

let server: TestServer;
let api: ReturnType<typeof apiClient>;
const rx = startReceiver();
beforeAll(async () => {
  server = await startTestServer({ env: { TRIPWIRE_RATE_LIMIT: "100000" } });
  api = apiClient(server.baseUrl, server.apiKey);
});
afterAll(async () => {
  rx.stop();
  await server.stop();
});

const REFERENCE = /^tw_sealed_v1\.[A-Za-z0-9_-]{12}$/;
const newSecret = () => `whsec_${randomBytes(32).toString("base64")}`;
const newToken = () => `Bearer tok_${randomBytes(16).toString("hex")}`;

/** Two signed calls with their own secret and token, told apart by their body. */
function hooks() {
  return {
    a: { secret: newSecret(), token: newToken() },
    b: { secret: newSecret(), token: newToken() },
  };
}
type Hooks = ReturnType<typeof hooks>;
const actionsFor = (h: Hooks) =>
  (["a", "b"] as const).map((which) => ({
    type: "execute_webhook",
    name: `call_${which}`,
    url: rx.url,
    body: { which, run: "{{run.id}}" },
    secret: h[which].secret,
    headers: { Authorization: h[which].token, "X-Run": "{{run.id}}" },
  }));

/** Every secret and token of `h`, and their distinctive parts (the base64 of a secret, the token without "Bearer "). */
const plaintexts = (h: Hooks) => [h.a.secret, h.a.secret.slice(6), h.a.token.slice(7), h.b.secret, h.b.secret.slice(6), h.b.token.slice(7)];

function expectNoPlaintext(value: unknown, h: Hooks) {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  for (const p of plaintexts(h)) expect(text).not.toContain(p);
}

/** Runs the workflow once and returns the finished run and the requests its steps sent, in order. */
async function runOnce(workflowId: string) {
  const started = expectOk(await api("POST", `/workflows/${workflowId}/runs`, { payload: {} }), 202, zRun);
  const run = await waitFor(async () => {
    const r = (await api("GET", `/runs/${started.id}`)).body;
    return ["completed", "completed_with_errors", "failed", "canceled"].includes(r.status) && r;
  });
  const requests = rx.received.filter((r) => (JSON.parse(r.body) as { run: string }).run === started.id);
  return { run: zRun.parse(run), requests };
}

/** The request was sent with this hook's real Authorization header and a signature made with its real secret. */
function expectSignedBy(r: Received, hook: { secret: string; token: string }, which: string) {
  expect(JSON.parse(r.body).which).toBe(which);
  expect(r.headers.authorization).toBe(hook.token);
  expect(() => new StandardWebhook(hook.secret).verify(r.body, r.headers)).not.toThrow();
  expect(r.headers["x-tripwire-signature"]).toBe(createHmac("sha256", hook.secret).update(r.body).digest("hex"));
}


describe("execute_webhook secrets are sealed", () => {
  test("responses show references only; the database file holds no secret; runs send the real values", async () => {
    const h = hooks();
    const created = await api("POST", "/workflows", { name: unique("sealed"), trigger: "manual", actions: actionsFor(h), state: "active" });
    const wf = expectOk(created, 201, zWorkflow);
    expectNoPlaintext(created.body, h);
    const [a, b] = wf.actions;
    for (const action of [a!, b!]) {
      expect(action.secret).toMatch(REFERENCE);
      expect((action.headers as Record<string, string>).Authorization).toMatch(REFERENCE);
      // Templates are not secrets: shown as written.
      expect((action.headers as Record<string, string>)["X-Run"]).toBe("{{run.id}}");
    }
    expect(new Set([a!.secret, b!.secret, (a!.headers as Record<string, string>).Authorization]).size).toBe(3);

    // (a) Every read of the definition: get, list, versions, one version, a dry run.
    const got = await api("GET", `/workflows/${wf.id}`);
    expect(expectOk(got, 200, zWorkflow).actions).toEqual(wf.actions);
    expectNoPlaintext(got.body, h);
    const list = await api("GET", "/workflows?limit=100");
    expect(list.body.data.find((w: { id: string }) => w.id === wf.id).actions).toEqual(wf.actions);
    expectNoPlaintext(list.body, h);
    const versions = await api("GET", `/workflows/${wf.id}/versions`);
    expect(expectOk(versions, 200, zWorkflowVersionList).data[0]!.actions).toEqual(wf.actions);
    expectNoPlaintext(versions.body, h);
    const v1 = await api("GET", `/workflows/${wf.id}/versions/1`);
    expect(expectOk(v1, 200, zWorkflowVersion).actions).toEqual(wf.actions);
    expectNoPlaintext(v1.body, h);
    const dry = await api("POST", `/workflows/${wf.id}/dry-run`, {});
    expect(dry.status).toBe(200);
    expectNoPlaintext(dry.body, h);
    // The real secret is what the dry run checks: no configuration error; the input shows the reference.
    expect(dry.body.actions.map((x: { errors: string[] }) => x.errors)).toEqual([[], []]);
    expect(dry.body.actions[0].input.secret).toBe(a!.secret);

    // (c) A run sends the real Authorization header and signs with the real secret; its record shows references.
    const { run, requests } = await runOnce(wf.id);
    expect(run.status).toBe("completed");
    expect(requests).toHaveLength(2);
    expectSignedBy(requests[0]!, h.a, "a");
    expectSignedBy(requests[1]!, h.b, "b");
    expect(run.steps![0]!.input).toMatchObject({ secret: a!.secret, headers: { Authorization: (a!.headers as Record<string, string>).Authorization, "X-Run": run.id } });
    const runResponse = await api("GET", `/runs/${run.id}`);
    expectNoPlaintext(runResponse.body, h);

    // (b) The workflow, its version, the run's snapshot and its steps are all in the file, and no secret is.
    const bytes = (await server.databaseBytes());
    const storedRef = (a!.secret as string).slice("tw_sealed_v1.".length);
    expect(bytes.includes(`tw_sealed_v1.${storedRef}.v1:`)).toBe(true); // we are reading the right bytes
    for (const p of plaintexts(h)) expect(bytes.includes(p)).toBe(false);
    // The run's snapshot holds the sealed form, as do the workflow and its version.
    const rows = [
      ...(await server.query<{ d: string }>("SELECT actions AS d FROM workflows WHERE id = ?", wf.id)),
      ...(await server.query<{ d: string }>("SELECT actions AS d FROM workflow_versions WHERE workflow_id = ?", wf.id)),
      ...(await server.query<{ d: string }>("SELECT definition AS d FROM runs WHERE id = ?", run.id)),
    ];
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row.d).toContain(`tw_sealed_v1.${storedRef}.v1:`);
      expectNoPlaintext(row.d, h);
    }
  });

  test("GET → rename and reorder → PATCH with the references keeps the stored values; a new run still signs with them", async () => {
    const h = hooks();
    const wf = expectOk(await api("POST", "/workflows", { name: unique("round-trip"), trigger: "manual", actions: actionsFor(h), state: "active" }), 201, zWorkflow);

    // Only the name: nothing else is sent.
    const renamed = expectOk(await api("PATCH", `/workflows/${wf.id}`, { name: unique("renamed") }), 200, zWorkflow);
    expect(renamed.actions).toEqual(wf.actions);

    // The whole definition as GET shows it, with the actions reversed.
    const got = expectOk(await api("GET", `/workflows/${wf.id}`), 200, zWorkflow);
    const patched = await api("PATCH", `/workflows/${wf.id}`, { name: unique("reordered"), actions: [...got.actions].reverse() });
    const after = expectOk(patched, 200, zWorkflow);
    expectNoPlaintext(patched.body, h);
    expect(after.actions).toEqual([got.actions[1]!, got.actions[0]!]);
    expect(after.version).toBe(got.version + 1);

    const { run, requests } = await runOnce(wf.id);
    expect(run.status).toBe("completed");
    expect(run.workflow_version).toBe(after.version);
    expect(requests).toHaveLength(2);
    expectSignedBy(requests[0]!, h.b, "b");
    expectSignedBy(requests[1]!, h.a, "a");

    // A stored definition activates again (its sealed secret is checked as the real value).
    expect((await api("POST", `/workflows/${wf.id}/disable`)).status).toBe(200);
    expectOk(await api("POST", `/workflows/${wf.id}/activate`), 200, zWorkflow);
  });

  test("a replay runs the sealed snapshot (pinned) or the current version, with the real values either way", async () => {
    const h = hooks();
    const wf = expectOk(await api("POST", "/workflows", { name: unique("replay"), trigger: "manual", actions: actionsFor(h), state: "active" }), 201, zWorkflow);
    const { run: first } = await runOnce(wf.id);
    expect(first.status).toBe("completed");
    // The current version calls b only, with a's token as a reference moved onto it.
    const aToken = (wf.actions[0]!.headers as Record<string, string>).Authorization;
    expectOk(await api("PATCH", `/workflows/${wf.id}`, { actions: [{ ...wf.actions[1]!, headers: { Authorization: aToken } }] }), 200, zWorkflow);

    for (const version of ["pinned", "current"] as const) {
      const replay = expectOk(await api("POST", `/runs/${first.id}/replay`, { version }), 202, zRun);
      expectNoPlaintext(replay, h);
      const done = await waitFor(async () => {
        const r = (await api("GET", `/runs/${replay.id}`)).body;
        return ["completed", "completed_with_errors", "failed", "canceled"].includes(r.status) && r;
      });
      expect(done.status).toBe("completed");
      expectNoPlaintext(done, h);
      const sent = rx.received.filter((r) => (JSON.parse(r.body) as { run: string }).run === replay.id);
      if (version === "pinned") {
        expect(sent).toHaveLength(2);
        expectSignedBy(sent[0]!, h.a, "a");
        expectSignedBy(sent[1]!, h.b, "b");
      } else {
        expect(sent).toHaveLength(1);
        expectSignedBy(sent[0]!, { secret: h.b.secret, token: h.a.token }, "b");
      }
    }
  });

  test("a new literal replaces the stored value; references keep the others", async () => {
    const h = hooks();
    const wf = expectOk(await api("POST", "/workflows", { name: unique("replace"), trigger: "manual", actions: actionsFor(h), state: "active" }), 201, zWorkflow);
    const next = newSecret();
    const actions = wf.actions.map((x, i) => (i === 0 ? { ...x, secret: next } : x));
    const after = expectOk(await api("PATCH", `/workflows/${wf.id}`, { actions }), 200, zWorkflow);
    expect(after.actions[0]!.secret).toMatch(REFERENCE);
    expect(after.actions[0]!.secret).not.toBe(wf.actions[0]!.secret);
    expect(after.actions[0]!.headers).toEqual(wf.actions[0]!.headers);
    expect(JSON.stringify(after)).not.toContain(next.slice(6));
    const { requests } = await runOnce(wf.id);
    expectSignedBy(requests[0]!, { secret: next, token: h.a.token }, "a");
    expectSignedBy(requests[1]!, h.b, "b");
  });

  test("a draft stores its secrets sealed too, and activates later with them", async () => {
    const h = hooks();
    const draft = expectOk(await api("POST", "/workflows", { name: unique("draft"), trigger: "manual", actions: actionsFor(h) }), 201, zWorkflow);
    expect(draft.state).toBe("draft");
    expect(draft.actions[0]!.secret).toMatch(REFERENCE);
    for (const p of plaintexts(h)) expect((await server.databaseBytes()).includes(p)).toBe(false);
    expectOk(await api("POST", `/workflows/${draft.id}/activate`), 200, zWorkflow);
    const { requests } = await runOnce(draft.id);
    expectSignedBy(requests[0]!, h.a, "a");
  });

  test("an unknown reference, or one from another workflow, is a 422 naming the field; nothing changes", async () => {
    const h = hooks();
    const wf = expectOk(await api("POST", "/workflows", { name: unique("unknown-ref"), trigger: "manual", actions: actionsFor(h), state: "active" }), 201, zWorkflow);
    const other = expectOk(await api("POST", "/workflows", { name: unique("other"), trigger: "manual", actions: actionsFor(hooks()) }), 201, zWorkflow);

    const actions = [wf.actions[0]!, { ...wf.actions[1]!, secret: "tw_sealed_v1.AAAAAAAAAAAA" }, { ...wf.actions[1]!, headers: { Authorization: (other.actions[0]!.headers as Record<string, string>).Authorization } }];
    const res = await api("PATCH", `/workflows/${wf.id}`, { actions });
    const p = expectProblem(res, 422, "validation");
    expect(p.errors?.map((e) => e.pointer)).toEqual(["#/actions/1/secret", "#/actions/2/headers/Authorization"]);
    expect(p.errors![0]!.detail).toContain("tw_sealed_v1.AAAAAAAAAAAA");
    expect(expectOk(await api("GET", `/workflows/${wf.id}`), 200, zWorkflow)).toEqual(wf);

    // A new workflow has no stored secrets: a reference copied from another one is unknown.
    const copied = await api("POST", "/workflows", { name: unique("copied"), trigger: "manual", actions: [wf.actions[0]!] });
    expect(expectProblem(copied, 422, "validation").errors?.map((e) => e.pointer)).toEqual(["#/actions/0/secret", "#/actions/0/headers/Authorization"]);
  });

  test("the real secret's format is still validated at activation", async () => {
    const res = await api("POST", "/workflows", { name: unique("bad-secret"), trigger: "manual", actions: [{ type: "execute_webhook", url: rx.url, secret: "hunter2" }], state: "active" });
    const p = expectProblem(res, 422, "validation");
    expect(p.errors?.map((e) => e.pointer)).toEqual(["#/actions/0/secret"]);
    expect(JSON.stringify(p)).not.toContain("hunter2");
  });

  test("the contract's signed_webhook example is accepted as written, activates, and is shown back with references", async () => {
    // biome-ignore lint: reading the parsed YAML
    const example = (spec as any).paths["/workflows"].post.requestBody.content["application/json"].examples.signed_webhook.value;
    const { secret, headers } = example.actions[0];
    const created = await api("POST", "/workflows", { ...example, name: unique(example.name), state: "active" });
    const wf = expectOk(created, 201, zWorkflow);
    expect(wf.state).toBe("active");
    expect(JSON.stringify(created.body)).not.toContain(secret.slice(6));
    expect(JSON.stringify(created.body)).not.toContain(headers.Authorization.slice(7));
    expect(wf.actions[0]!.secret).toMatch(REFERENCE);
    expect(wf.actions[0]!.headers).toEqual({ Authorization: expect.stringMatching(REFERENCE), "X-Incident": "{{incident.id}}" });
    expect((await api("POST", `/workflows/${wf.id}/disable`)).status).toBe(200);
  });
});

describe("send_slack_message webhook_url is sealed", () => {
  test("shown as a reference in workflows, versions, dry runs and run steps; stored encrypted; posts to the real URL; a reference sent back keeps it", async () => {
    const path = `T${randomBytes(6).toString("hex")}/B${randomBytes(6).toString("hex")}/${randomBytes(12).toString("hex")}`;
    const slackUrl = `${rx.url}/services/${path}`;
    const secretPart = path.split("/")[2]!;
    const action = { type: "send_slack_message", name: "tell", webhook_url: slackUrl, text: "run {{run.id}}" };
    const created = await api("POST", "/workflows", { name: unique("slack-sealed"), trigger: "manual", actions: [action], state: "active" });
    const wf = expectOk(created, 201, zWorkflow);
    const ref = wf.actions[0]!.webhook_url as string;
    expect(ref).toMatch(REFERENCE);
    const reads = [
      created,
      await api("GET", `/workflows/${wf.id}`),
      await api("GET", "/workflows?limit=100"),
      await api("GET", `/workflows/${wf.id}/versions`),
      await api("GET", `/workflows/${wf.id}/versions/1`),
      await api("POST", `/workflows/${wf.id}/dry-run`, {}),
    ];
    for (const r of reads) expect(JSON.stringify(r.body)).not.toContain(secretPart);

    const before = rx.received.length;
    const started = expectOk(await api("POST", `/workflows/${wf.id}/runs`, { payload: {} }), 202, zRun);
    const run = await waitFor(async () => {
      const r = (await api("GET", `/runs/${started.id}`)).body;
      return ["completed", "completed_with_errors", "failed"].includes(r.status) && r;
    });
    expect(run.status).toBe("completed");
    expect(run.steps[0].input.webhook_url).toBe(ref);
    expect(JSON.stringify(run)).not.toContain(secretPart);
    expect(rx.received.length).toBe(before + 1);

    const bytes = (await server.databaseBytes());
    expect(bytes.includes(`tw_sealed_v1.${ref.slice("tw_sealed_v1.".length)}.v1:`)).toBe(true);
    expect(bytes.includes(secretPart)).toBe(false);

    // Round trip: the reference keeps the URL; a header's reference in its place is a 422 at the field.
    const kept = await api("PATCH", `/workflows/${wf.id}`, { actions: [{ ...action, webhook_url: ref, text: "again" }] });
    expect(expectOk(kept, 200, zWorkflow).actions[0]!.webhook_url).toBe(ref);
    const h = hooks();
    const other = expectOk(await api("POST", "/workflows", { name: unique("other"), trigger: "manual", actions: [...actionsFor(h), action] }), 201, zWorkflow);
    const headerRef = (other.actions[0]!.headers as Record<string, string>).Authorization!;
    const wrongKind = await api("PATCH", `/workflows/${other.id}`, { actions: [{ ...action, webhook_url: headerRef }] });
    const p = expectProblem(wrongKind, 422, "validation");
    expect(p.errors!.map((e) => e.pointer)).toEqual(["#/actions/0/webhook_url"]);
  });
});
