/**
 * The runner's transaction bodies may run twice: a store with concurrent writers (PostgreSQL) rolls a conflicting
 * transaction back and runs it again (store/types.ts). The runner changes its run and steps in memory as it goes,
 * so a second run of a body must start from what is stored, or a step rolled back in the database stays "done" in
 * memory and is never run again.
 */
import { afterEach, beforeEach, expect, test } from "bun:test";
import { randomBytes } from "node:crypto";
import { createOrganizationWithOwnerKey } from "../domain/api-keys.ts";
import type { Actor } from "../domain/context.ts";
import { createWorkflow, triggerWorkflow } from "../domain/workflows.ts";
import { createLogger } from "../log.ts";
import { createNotifier } from "../notify/notifier.ts";
import { leaseDue } from "../queue/test-support.ts";
import { SecretBox } from "../secrets/secret-box.ts";
import { openSqliteStore } from "../store/sqlite/store.ts";
import type { Store } from "../store/types.ts";
import { Runner } from "./runner.ts";

class Conflict extends Error {}

/** A store that, like PostgreSQL under contention, rolls back the first attempt of every transaction and runs it again. */
function rerunning(store: Store): Store & { reruns: number } {
  const s = Object.assign(Object.create(store) as Store, { reruns: 0 }) as Store & { reruns: number };
  s.transaction = async (fn) => {
    try {
      await store.transaction(async (tx) => {
        await fn(tx);
        throw new Conflict("could not serialize access");
      });
    } catch (e) {
      if (!(e instanceof Conflict)) throw e;
    }
    s.reruns++;
    return store.transaction(fn);
  };
  return s;
}

const NOW = Date.parse("2026-12-01T10:00:00Z");
const clock = { now: () => NOW };
let base: Store;
beforeEach(() => {
  base = openSqliteStore(":memory:");
});
afterEach(() => base.close());

test("a run whose transactions are each rolled back once and run again completes exactly once, step by step", async () => {
  const box = SecretBox.fromKey(randomBytes(32));
  const { organization } = await createOrganizationWithOwnerKey({ store: base, clock }, "Acme");
  const actor: Actor = { orgId: organization.id, source: "api", causedBy: null };
  const deps = { store: base, clock, box, allowLoopback: true };
  const wf = await createWorkflow(deps, actor, ["*"], {
    name: "open and label",
    trigger: { type: "manual" },
    actions: [
      { type: "create_incident", name: "inc", title: "Checkout is down", severity: "major" },
      { type: "add_label", incident_id: "{{steps.inc.id}}", label: "auto" },
    ],
    state: "active",
  } as never);
  const run = await triggerWorkflow(deps, actor, wf.id, {});

  const store = rerunning(base);
  const delivery = { timeoutMs: 1000, allowLoopback: true };
  const runner = new Runner({ store, clock, box, delivery, notifier: createNotifier({ box, delivery, smtpUrl: undefined, from: "t@localhost" }), logger: createLogger("silent") });
  const [lease] = await leaseDue(store, "workflow.run", NOW);
  await runner.handle(lease!);

  expect(store.reruns).toBeGreaterThan(0);
  const stored = await base.runs.get(organization.id, run.id);
  expect(stored?.status).toBe("completed");
  expect((await base.runs.steps(run.id)).map((s) => [s.index, s.status, s.attempts])).toEqual([
    [0, "completed", 1],
    [1, "completed", 1],
  ]);
  const incidents = (await base.incidents.list(organization.id, {}, { limit: 10 })).items;
  expect(incidents.map((i) => [i.title, i.labels])).toEqual([["Checkout is down", ["auto"]]]);
  expect(await base.jobs.count(["workflow.run"])).toBe(0);
});
