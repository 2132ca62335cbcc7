/**
 * The triggers reach an event after it committed, sometimes seconds later under a burst. What a workflow acts on
 * must not depend on that delay: an event that happened before the workflow became active starts no run for it,
 * however late it is evaluated.
 */
import { afterEach, beforeEach, expect, test } from "bun:test";
import { randomBytes } from "node:crypto";
import { createOrganizationWithOwnerKey } from "../domain/api-keys.ts";
import type { Actor } from "../domain/context.ts";
import { createIncident } from "../domain/incidents.ts";
import { activateWorkflow, createWorkflow, disableWorkflow } from "../domain/workflows.ts";
import { SecretBox } from "../secrets/secret-box.ts";
import { openSqliteStore } from "../store/sqlite/store.ts";
import type { Store } from "../store/types.ts";
import { TriggerConsumer } from "./triggers.ts";

let now = Date.parse("2026-12-01T10:00:00.000Z");
const clock = { now: () => now };
let store: Store;
let actor: Actor;
let deps: { store: Store; clock: typeof clock; box: SecretBox; allowLoopback: boolean };
beforeEach(async () => {
  store = openSqliteStore(":memory:");
  deps = { store, clock, box: SecretBox.fromKey(randomBytes(32)), allowLoopback: true };
  const { organization } = await createOrganizationWithOwnerKey({ store, clock }, "Acme");
  actor = { orgId: organization.id, source: "api", causedBy: null };
});
afterEach(() => store.close());

const later = (ms = 1) => {
  now += ms;
};
const incident = (title: string) => createIncident(deps, actor, { title, severity: "major" } as never);
/** Evaluates every committed event not yet evaluated, as the server's outbox loop does. */
async function evaluate() {
  const consumer = new TriggerConsumer(clock);
  while ((await store.transaction((tx) => consumer.drain(tx))).more);
}
const runTitles = async (workflowId: string) =>
  (await store.runs.list(actor.orgId, { workflowId }, { limit: 100 })).items.map((r) => (r.event.data as { title: string }).title);
const evaluated = async (workflowId: string) => (await store.evaluations.list(actor.orgId, workflowId, { limit: 100 })).items.length;

const page = (state: "draft" | "active") =>
  createWorkflow(deps, actor, ["*"], {
    name: "Page on-call",
    trigger: { type: "incident.created" },
    actions: [{ type: "add_label", incident_id: "{{incident.id}}", label: "paged" }],
    state,
  } as never);

test("an incident committed just before a workflow is activated starts no run for it, though the triggers reach it after the activation", async () => {
  await incident("before");
  later();
  const wf = await page("active");
  expect(wf.activated_at).toBe(new Date(now).toISOString());
  later();
  await incident("after");
  await evaluate();
  expect(await runTitles(wf.id)).toEqual(["after"]);
  // Not evaluated at all: the workflow was not listening when it happened.
  expect(await evaluated(wf.id)).toBe(1);
});

test("an event at the very millisecond of the activation is evaluated", async () => {
  const wf = await page("active");
  await incident("same moment");
  await evaluate();
  expect(await runTitles(wf.id)).toEqual(["same moment"]);
});

test("a draft activated later, and a workflow disabled and activated again, act only on what happened since their latest activation", async () => {
  const wf = await page("draft");
  expect(wf.activated_at).toBeNull();
  await incident("while draft");
  later();
  const activated = await activateWorkflow(deps, actor, ["*"], wf.id);
  expect(activated.activated_at).toBe(new Date(now).toISOString());
  later();
  await incident("active 1");
  later();
  const disabled = await disableWorkflow(deps, actor, wf.id);
  // Disabling keeps when it was last activated.
  expect(disabled.activated_at).toBe(activated.activated_at);
  later();
  await incident("while disabled");
  later();
  const again = await activateWorkflow(deps, actor, ["*"], wf.id);
  expect(Date.parse(again.activated_at!)).toBeGreaterThan(Date.parse(activated.activated_at!));
  later();
  await incident("active 2");
  // Evaluated only now, after everything above committed: an activation starts afresh, so what the triggers had
  // not reached before it ("active 1", behind a backlog) is left out with the rest (one time, kept per workflow).
  await evaluate();
  expect(await runTitles(wf.id)).toEqual(["active 2"]);
});

test("an event evaluated while the workflow is disabled is recorded as skipped (workflow_disabled)", async () => {
  const wf = await page("active");
  later();
  await disableWorkflow(deps, actor, wf.id);
  later();
  await incident("while disabled");
  await evaluate();
  const [evaluation] = (await store.evaluations.list(actor.orgId, wf.id, { limit: 10 })).items;
  expect([evaluation?.outcome, evaluation?.reason]).toEqual(["skipped", "workflow_disabled"]);
  expect(await runTitles(wf.id)).toEqual([]);
});
