/**
 * Fair to every organization (issue #17), on the store this pass runs on: organization A queues a burst of workflow
 * runs (each calls a loopback endpoint), then organization B starts one run. Jobs are leased round-robin across
 * organizations (JobRepo.lease), so B's run is done within a bounded delay while most of A's burst is still
 * queued, instead of after all of it. TRIPWIRE_FAIRNESS_BURST sets the burst (3,000).
 */
import { afterAll, beforeAll, expect, test } from "bun:test";
import { systemClock } from "../src/clock.ts";
import { createOrganizationWithOwnerKey } from "../src/domain/api-keys.ts";
import { createRun, definitionOf } from "../src/domain/runs.ts";
import { buildScope } from "../src/workflow/catalog.ts";
import { newId } from "../src/ids.ts";
import { apiClient, startTestServer, type TestServer } from "./harness.ts";
import { startReceiver } from "./receiver.ts";
import { waitFor } from "./wait.ts";

const BURST = Number(process.env.TRIPWIRE_FAIRNESS_BURST || 3000);
/** B's run must be done within this long of being started, whatever A has queued. */
const BOUND_MS = 5000;

let server: TestServer;
const calls = startReceiver();
beforeAll(async () => {
  server = await startTestServer({ env: { TRIPWIRE_RATE_LIMIT: "10000000" } });
});
afterAll(async () => {
  await server?.stop();
  calls.stop();
});

test(`one organization's burst of ${BURST} runs does not hold back another organization's run`, async () => {
  const apiA = apiClient(server.baseUrl, server.apiKey);
  const b = await createOrganizationWithOwnerKey({ store: server.store, clock: systemClock }, "B");
  const apiB = apiClient(server.baseUrl, b.key.secret);
  const workflow = async (api: typeof apiA, name: string) => {
    const res = await api("POST", "/workflows", { name, trigger: "manual", state: "active", actions: [{ type: "execute_webhook", url: calls.url, body: { who: name, run: "{{run.id}}" } }] });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as string;
  };
  const wfA = await workflow(apiA, "A");
  const wfB = await workflow(apiB, "B");

  // A's burst, queued the way POST /workflows/{id}/runs queues one (domain createRun), in one transaction so that
  // all of it is due at once.
  const orgA = (await apiA("GET", "/organization")).body.id as string;
  const stored = await server.store.workflows.get(orgA, wfA);
  expect(stored).toBeTruthy();
  await server.store.transaction(async (tx) => {
    const nowMs = Date.now();
    for (let i = 0; i < BURST; i++) {
      const runId = newId("run");
      const data = { payload: {} };
      const { run: _r, ...scope } = buildScope("manual", { id: null, type: "manual", data }, { workflow: { id: wfA, name: "A" }, runId, nowMs });
      await createRun(tx, nowMs, { runId, orgId: orgA, workflowId: wfA, version: stored!.version, definition: definitionOf(stored!), triggerType: "manual", event: { id: null, type: "manual", data }, scope, chain: [] });
    }
  });

  // B starts one run behind all of them.
  const startedAt = Date.now();
  const run = await apiB("POST", `/workflows/${wfB}/runs`, { payload: {} });
  expect(run.status).toBe(202);
  const done = await waitFor(async () => calls.received.find((r) => JSON.parse(r.body).who === "B"), BOUND_MS + 30_000);
  const delay = done.at - startedAt;
  const calledA = (from: number, to: number) => calls.received.filter((r) => JSON.parse(r.body).who === "A" && r.at > from && r.at <= to).length;
  const queuedAtStart = BURST - calledA(0, startedAt);
  const passedB = calledA(startedAt, done.at);
  console.log(`fairness: B's run called out ${delay} ms after it started, when ${queuedAtStart} of A's ${BURST} runs were still queued; ${passedB} of them ran first`);
  expect(delay).toBeLessThan(BOUND_MS);
  // B did not queue behind A: most of what A had queued when B started was still queued when B's run was done.
  expect(queuedAtStart).toBeGreaterThan(BURST / 2);
  expect(passedB).toBeLessThan(queuedAtStart / 2);
  // And A's burst all runs in the end.
  await waitFor(async () => calls.received.filter((r) => JSON.parse(r.body).who === "A").length >= BURST && true, 120_000);
  const lastA = Math.max(...calls.received.map((r) => r.at));
  console.log(`fairness: A's ${BURST} runs done ${((lastA - startedAt) / 1000).toFixed(1)} s after B started (${Math.round(BURST / ((lastA - startedAt) / 1000))} runs/s)`);
}, 180_000);
