/** Test fixtures for the action modules: a real in-memory SQLite store, an organization and an ActionContext. */
import { randomBytes } from "node:crypto";
import type { Clock } from "../../clock.ts";
import type { AttemptSettings } from "../../outbound/attempt.ts";
import { createOrganizationWithOwnerKey } from "../../domain/api-keys.ts";
import type { Actor, Deps } from "../../domain/context.ts";
import { createIncident } from "../../domain/incidents.ts";
import { createMember } from "../../domain/members.ts";
import { createService } from "../../domain/services.ts";
import { newId } from "../../ids.ts";
import { createNotifier } from "../../notify/notifier.ts";
import { SecretBox } from "../../secrets/secret-box.ts";
import { openSqliteStore } from "../../store/sqlite/store.ts";
import type { EventRecord, Tx } from "../../store/types.ts";
import { within } from "../../store/within.ts";
import type { Causation, EventType, Incident, Member, Service } from "../../types.ts";
import type { RunScope } from "../../workflow/types.ts";
import type { ActionContext, ActionModule, ActionResult } from "../types.ts";

export const NOW = Date.parse("2026-11-23T09:00:00.000Z");

export interface Fixture {
  deps: ActionContext["deps"];
  /** The workflow's actor (source workflow, causedBy set). */
  actor: Actor;
  /** A person using the API, for setting things up. */
  human: Actor;
  causedBy: Causation;
  ctx(scope?: RunScope, overrides?: Partial<ActionContext>): ActionContext;
  /** Overrides that run an action inside `tx`, as the runner runs a local step inside the step's transaction. */
  inStep(tx: Tx): Partial<ActionContext>;
  incident(input?: Partial<Parameters<typeof createIncident>[2]>): Promise<Incident>;
  service(name?: string, status?: Service["status"]): Promise<Service>;
  member(email: string): Promise<Member>;
  events(type?: EventType): Promise<EventRecord[]>;
  /** Parses `raw` with the module's schema (as the runner does) and runs it. */
  run<C>(module: ActionModule<C>, raw: Record<string, unknown>, ctx?: ActionContext): Promise<ActionResult>;
  close(): void;
}

export async function fixture(delivery: Partial<AttemptSettings> = {}): Promise<Fixture> {
  const store = openSqliteStore(":memory:");
  const clock: Clock = { now: () => NOW };
  const base: Deps = { store, clock };
  const { organization } = await createOrganizationWithOwnerKey(base, "Acme");
  const box = SecretBox.fromKey(randomBytes(32));
  const settings = { timeoutMs: 5_000, allowLoopback: true, ...delivery };
  const deps: ActionContext["deps"] = {
    ...base,
    box,
    delivery: settings,
    notifier: createNotifier({ box, delivery: settings, smtpUrl: undefined, from: "Tripwire <tripwire@localhost>" }),
  };
  const runId = newId("run");
  const workflowId = newId("wfl");
  const causedBy: Causation = { run_id: runId, workflow_id: workflowId, depth: 1 };
  const actor: Actor = { orgId: organization.id, source: "workflow", causedBy };
  const human: Actor = { orgId: organization.id, source: "api", causedBy: null };

  const ctx = (scope: RunScope = {}, overrides: Partial<ActionContext> = {}): ActionContext => ({
    deps,
    actor,
    run: { id: runId, workflowId, depth: 1, chain: [causedBy] },
    stepIndex: 0,
    idempotencyKey: `${runId}:0`,
    scope: { timestamp: new Date(NOW).toISOString(), workflow: { id: workflowId, name: "Test workflow" }, run: { id: runId }, ...scope },
    nowMs: NOW,
    startWorkflow: async () => {
      throw new Error("startWorkflow not expected in this test");
    },
    ...overrides,
  });

  return {
    deps,
    actor,
    human,
    causedBy,
    ctx,
    inStep: (tx) => ({ deps: { ...deps, store: within(store, tx) } }),
    incident: (input = {}) => createIncident(deps, human, { title: "Checkout API returns 502", ...input }),
    service: (name = "Checkout", status = "operational") => createService(deps, human, { name, status }),
    member: (email) => createMember(deps, human, { name: email.split("@")[0]!, email }),
    events: async (type) => (await store.events.list(organization.id, { type }, { limit: 100 })).items,
    async run(module, raw, c) {
      return module.run(module.config.parse(raw), c ?? ctx());
    },
    close: () => store.close(),
  };
}

/** The output of a finished step (fails the test on a wait). */
export function output(r: ActionResult): Record<string, unknown> {
  if (r.kind !== "done") throw new Error(`expected a finished step, got ${JSON.stringify(r)}`);
  return r.output;
}

/** Issues of a schema parse as "path: message" strings (activation-time validation). */
export function issues<C>(module: ActionModule<C>, raw: unknown): string[] {
  const r = module.config.safeParse(raw);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}
