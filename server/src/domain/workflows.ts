/**
 * Workflows: definitions, versions, activation (validation of everything at once), manual runs, cancel, replay,
 * dry runs and the schedule preview. The engine (engine/) runs what this module records.
 *
 * Secrets in definitions (execute_webhook `secret` and header values, see workflow/sealing.ts) are sealed before
 * anything is written, so workflows, versions and run snapshots hold them encrypted; every response shows them as
 * `tw_sealed_v1.<ref>` references; validation and the runner see the real values.
 */
import { iso } from "../clock.ts";
import { buildScope, eventServiceRef, OPERATORS, sampleEvent, TRIGGERS } from "../workflow/catalog.ts";
import { evaluateConditions } from "../workflow/conditions.ts";
import { normalizeDefinition } from "../workflow/normalize.ts";
import { createRun, definitionOf } from "./runs.ts";
import { redact, redactAction, seal, unseal, UnsealError, unsealAction } from "../workflow/sealing.ts";
import { syncSchedule } from "./schedules.ts";
import { hasSchedule, nextFireTimes } from "../workflow/schedule.ts";
import { render } from "../workflow/templates.ts";
import { ACTION_SPECS } from "../workflow/actions/index.ts";
import type { RunScope, ValidationContext } from "../workflow/types.ts";
import { isTemplate } from "../workflow/actions/schema.ts";
import { defaultIncidentIoSettings, type IncidentIoSettings, severityCache } from "../outbound/incident-io.ts";
import { apiKeyOf } from "./integrations.ts";
import { actionConfig, validateWorkflow } from "../workflow/validate.ts";
import { destinationProblems, missingActionScopes } from "../workflow/authority.ts";
import { ApiError } from "../errors.ts";
import { newId } from "../ids.ts";
import type { SecretBox } from "../secrets/secret-box.ts";
import type { PageQuery, Repos, RunFilter, RunRecord, StepRecord, WorkflowFilter, WorkflowRecord } from "../store/types.ts";
import type { Action, Run, Scope, Workflow, WorkflowCreateInput, WorkflowUpdateInput } from "../types.ts";
import type { Actor, Deps } from "./context.ts";
import { lookupReference } from "./workflow-refs.ts";
import { type RunInput, startEvent } from "./test-runs.ts";

/**
 * What writing or checking a definition needs besides storage: the box its secrets are sealed with, and whether
 * loopback destinations are allowed (development), as for webhook endpoints and channels.
 */
export interface SealingDeps extends Deps {
  box: SecretBox;
  allowLoopback: boolean;
  /** incident.io's API, to check incident_io_create_incident severities at activation (the real one when absent). */
  incidentIo?: IncidentIoSettings;
}

type SeverityLookup = NonNullable<ValidationContext["severities"]>;
const noSeverities: SeverityLookup = () => undefined;

/**
 * The severities of each incident.io connection that an incident_io_create_incident action names with a literal
 * severity, read BEFORE the validating transaction (a transaction may be re-run and must make no calls out).
 * A connection whose list cannot be read maps to null: its severity is then checked by the step.
 */
async function readSeverities(deps: SealingDeps, orgId: string, actions: readonly Action[] | undefined): Promise<SeverityLookup> {
  const ids = new Set<string>();
  for (const a of actions ?? []) {
    if (a.type !== "incident_io_create_incident") continue;
    const { connection_id: c, severity } = a as { connection_id?: unknown; severity?: unknown };
    if (typeof c === "string" && !isTemplate(c) && typeof severity === "string" && !isTemplate(severity)) ids.add(c);
  }
  if (ids.size === 0) return noSeverities;
  const settings = deps.incidentIo ?? defaultIncidentIoSettings();
  const found = new Map<string, readonly { id: string; name: string }[] | null>();
  for (const id of ids) {
    const integration = await deps.store.integrations.get(orgId, id);
    if (!integration) continue;
    const r = await severityCache.get({ ...settings, timeoutMs: Math.min(settings.timeoutMs, 5_000) }, apiKeyOf(deps, integration), deps.clock.now());
    found.set(id, r.ok ? r.data : null);
  }
  return (id) => found.get(id);
}

export type WorkflowDeps = SealingDeps;

const actions = ACTION_SPECS;

/** The API form: no organization, secrets as references. */
export function publicWorkflow(w: WorkflowRecord): Workflow {
  const { organization_id: _o, ...rest } = w;
  return redact(rest);
}

export function publicRun(r: RunRecord, steps?: StepRecord[]): Run {
  const { organization_id: _o, scope: _s, definition: _d, ...rest } = r;
  return steps ? { ...rest, steps: steps.map(({ wait_until_ms: _w, ...s }) => s) } : rest;
}

async function load(tx: Repos, actor: Actor, id: string): Promise<WorkflowRecord> {
  const w = await tx.workflows.get(actor.orgId, id);
  if (!w) throw ApiError.notFound("workflow", id);
  return w;
}

/** The real values of a stored (sealed) definition; a value that no longer opens is a 422 at its field. */
function unsealed<D extends { actions: WorkflowRecord["actions"] }>(def: D, box: SecretBox): D {
  try {
    return unseal(def, box);
  } catch (e) {
    if (e instanceof UnsealError) throw ApiError.validation([{ in: "body", pointer: e.pointer, detail: e.message }]);
    throw e;
  }
}

/**
 * Every problem of a (sealed) definition, as one 422 (nothing is written when there is one). The real values are
 * validated, so a secret is checked for its format however it is stored.
 */
async function assertValid(tx: Repos, actor: Actor, box: SecretBox, sealed: Pick<WorkflowRecord, "id" | "trigger" | "conditions" | "actions">, severities: SeverityLookup = noSeverities) {
  const wf = unsealed(sealed, box);
  const errors = await validateWorkflow(wf, actions, {
    getWorkflow: async (id) => {
      const other = await tx.workflows.get(actor.orgId, id);
      return other ? publicWorkflow(other) : null;
    },
    lookup: (kind, value) => lookupReference(tx, actor.orgId, kind, value),
    integrationExists: async (id) => (await tx.integrations.get(actor.orgId, id)) !== null,
    severities,
  });
  if (errors.length) throw ApiError.validation(errors);
}

/**
 * What every save and activation checks, on the real values (workflow/authority.ts): the key holds the scopes of every
 * action (else a 403 naming the first missing scope, with one entry per action at its pointer), and every destination
 * URL passes the SSRF classifier (else a 422 at each field).
 */
function assertAuthority(deps: SealingDeps, scopes: readonly Scope[], actions: Action[]): void {
  const missing = missingActionScopes(actions, ACTION_SPECS, scopes);
  if (missing.length) {
    const first = missing[0]!;
    throw new ApiError(
      403,
      "insufficient-scope",
      "Insufficient scope",
      `The action at ${first.pointer} (${first.type}) needs the scope ${first.scope}, which this key does not hold; a workflow can only do what the key that saves it may do.`,
      { required_scope: first.scope, errors: missing.map((m) => ({ in: "body", pointer: m.pointer, detail: `${m.type} needs the scope ${m.scope}.` })) },
    );
  }
  const errors = destinationProblems(actions, deps.allowLoopback);
  if (errors.length) throw ApiError.validation(errors);
}

async function recordVersion(tx: Repos, wf: WorkflowRecord, nowMs: number): Promise<WorkflowRecord> {
  const next: WorkflowRecord = { ...wf, version: wf.version + 1, updated_at: iso(nowMs) };
  await tx.workflows.addVersion({
    organization_id: wf.organization_id,
    workflow_id: wf.id,
    version: next.version,
    name: wf.name,
    trigger: wf.trigger,
    conditions: wf.conditions,
    actions: wf.actions,
    created_at: iso(nowMs),
  });
  return next;
}

function definitionFrom(input: WorkflowCreateInput | WorkflowUpdateInput) {
  try {
    return normalizeDefinition(input);
  } catch (e) {
    if (e instanceof ApiError) throw e;
    throw ApiError.validation([{ in: "body", pointer: "#/schedule", detail: (e as Error).message }]);
  }
}

export async function createWorkflow(deps: SealingDeps, actor: Actor, scopes: readonly Scope[], input: WorkflowCreateInput) {
  const def = definitionFrom(input);
  assertAuthority(deps, scopes, def.actions ?? []);
  // A new workflow has no stored secrets: any reference in it is unknown (a 422).
  const sealedActions = seal({ actions: def.actions ?? [] }, deps.box).actions;
  const severities = input.state === "active" ? await readSeverities(deps, actor.orgId, def.actions) : noSeverities;
  return deps.store.transaction(async (tx) => {
    const nowMs = deps.clock.now();
    let wf: WorkflowRecord = {
      id: newId("wfl"),
      organization_id: actor.orgId,
      name: input.name,
      description: input.description ?? null,
      trigger: def.trigger!,
      conditions: def.conditions ?? null,
      actions: sealedActions,
      state: "draft",
      version: 0,
      activated_at: null,
      created_at: iso(nowMs),
      updated_at: iso(nowMs),
    };
    if (input.state === "active") await assertValid(tx, actor, deps.box, wf, severities);
    await tx.workflows.create(wf);
    if (input.state === "active") {
      wf = await recordVersion(tx, { ...wf, state: "active", activated_at: iso(nowMs) }, nowMs);
      await tx.workflows.update(wf);
    }
    await syncSchedule(tx, wf, nowMs);
    return publicWorkflow(wf);
  });
}

export async function getWorkflow(deps: Deps, actor: Actor, id: string) {
  return publicWorkflow(await load(deps.store, actor, id));
}

export async function listWorkflows(deps: Deps, actor: Actor, filter: WorkflowFilter, page: PageQuery) {
  const p = await deps.store.workflows.list(actor.orgId, filter, page);
  return { items: p.items.map(publicWorkflow), nextAfter: p.nextAfter };
}

/**
 * A change to an active workflow is validated first and becomes a new version; drafts change freely. New actions
 * may carry references to this workflow's stored secrets (as GET shows them) to keep those values.
 */
export async function updateWorkflow(deps: SealingDeps, actor: Actor, scopes: readonly Scope[], id: string, input: WorkflowUpdateInput) {
  const def = definitionFrom(input);
  // Only an active workflow is validated on update, so only then are severities worth reading.
  const stored = await deps.store.workflows.get(actor.orgId, id);
  const severities = stored?.state === "active" ? await readSeverities(deps, actor.orgId, def.actions ?? stored.actions) : noSeverities;
  return deps.store.transaction(async (tx) => {
    const before = await load(tx, actor, id);
    const nowMs = deps.clock.now();
    const trigger = def.trigger ?? patchedTrigger(before.trigger, input);
    let after: WorkflowRecord = {
      ...before,
      name: input.name ?? before.name,
      description: input.description === undefined ? before.description : input.description,
      trigger,
      conditions: def.conditions === undefined ? before.conditions : def.conditions,
      actions: def.actions === undefined ? before.actions : seal({ actions: def.actions }, deps.box, before).actions,
      updated_at: iso(nowMs),
    };
    assertAuthority(deps, scopes, unsealed({ actions: after.actions }, deps.box).actions);
    if (after.state === "active") {
      await assertValid(tx, actor, deps.box, after, severities);
      after = await recordVersion(tx, after, nowMs);
    }
    await tx.workflows.update(after);
    await syncSchedule(tx, after, nowMs);
    return publicWorkflow(after);
  });
}

/**
 * The stored trigger with PATCH's shorthands applied. A cron `schedule` replaces a stored interval and `every`
 * replaces a stored cron expression and its time zone (a trigger has one or the other); sent together they stay for
 * validation to refuse.
 */
function patchedTrigger(before: WorkflowRecord["trigger"], input: WorkflowUpdateInput): WorkflowRecord["trigger"] {
  if (input.schedule === undefined && input.every === undefined && input.timezone === undefined) return before;
  const next = { ...before };
  if (input.schedule !== undefined) {
    next.schedule = input.schedule;
    if (input.every === undefined) delete next.every;
  }
  if (input.every !== undefined) {
    next.every = input.every;
    if (input.schedule === undefined) {
      delete next.schedule;
      // A time zone belongs to the cron expression being replaced.
      if (input.timezone === undefined) delete next.timezone;
    }
  }
  if (input.timezone !== undefined) next.timezone = input.timezone;
  return next;
}

export async function activateWorkflow(deps: SealingDeps, actor: Actor, scopes: readonly Scope[], id: string) {
  const severities = await readSeverities(deps, actor.orgId, (await deps.store.workflows.get(actor.orgId, id))?.actions);
  return deps.store.transaction(async (tx) => {
    const wf = await load(tx, actor, id);
    if (wf.state === "active") throw ApiError.invalidTransition(`Workflow ${id} is already active.`);
    assertAuthority(deps, scopes, unsealed({ actions: wf.actions }, deps.box).actions);
    await assertValid(tx, actor, deps.box, wf, severities);
    const nowMs = deps.clock.now();
    const after = await recordVersion(tx, { ...wf, state: "active", activated_at: iso(nowMs) }, nowMs);
    await tx.workflows.update(after);
    await syncSchedule(tx, after, nowMs);
    return publicWorkflow(after);
  });
}

export async function disableWorkflow(deps: Deps, actor: Actor, id: string) {
  return deps.store.transaction(async (tx) => {
    const wf = await load(tx, actor, id);
    if (wf.state !== "active") throw ApiError.invalidTransition(`Workflow ${id} is ${wf.state}; only an active workflow can be disabled.`);
    const nowMs = deps.clock.now();
    const after: WorkflowRecord = { ...wf, state: "disabled", updated_at: iso(nowMs) };
    await tx.workflows.update(after);
    await syncSchedule(tx, after, nowMs);
    return publicWorkflow(after);
  });
}

export async function cloneWorkflow(deps: SealingDeps, actor: Actor, scopes: readonly Scope[], id: string) {
  return deps.store.transaction(async (tx) => {
    const wf = await load(tx, actor, id);
    assertAuthority(deps, scopes, unsealed({ actions: wf.actions }, deps.box).actions);
    const nowMs = deps.clock.now();
    const copy: WorkflowRecord = { ...wf, id: newId("wfl"), name: `${wf.name} (copy)`, state: "draft", version: 0, activated_at: null, created_at: iso(nowMs), updated_at: iso(nowMs) };
    await tx.workflows.create(copy);
    return publicWorkflow(copy);
  });
}

export async function deleteWorkflow(deps: Deps, actor: Actor, id: string) {
  await deps.store.transaction(async (tx) => {
    const wf = await load(tx, actor, id);
    const nowMs = deps.clock.now();
    for (const status of ["queued", "waiting"] as const) {
      for (;;) {
        const page = await tx.runs.list(actor.orgId, { workflowId: id, status }, { limit: 100 });
        for (const run of page.items) await cancelInTx(tx, run, nowMs, "The workflow was deleted.");
        if (!page.nextAfter) break;
      }
    }
    await tx.workflows.delete(actor.orgId, id);
    await syncSchedule(tx, { ...wf, state: "disabled" }, nowMs);
  });
}

export async function listVersions(deps: Deps, actor: Actor, id: string, page: PageQuery) {
  await load(deps.store, actor, id);
  const p = await deps.store.workflows.listVersions(actor.orgId, id, page);
  return { items: p.items.map((v) => redact(v)), nextAfter: p.nextAfter };
}

export async function getVersion(deps: Deps, actor: Actor, id: string, version: number) {
  await load(deps.store, actor, id);
  const v = await deps.store.workflows.getVersion(actor.orgId, id, version);
  if (!v) throw ApiError.notFound("version", `${version} of workflow ${id}`);
  return redact(v);
}

export function catalog(nowMs: number) {
  return {
    triggers: Object.values(TRIGGERS).map(({ sampleScope: _s, carries: _c, ...t }) => ({ ...t, sample: sampleEvent(t.type, nowMs) })),
    actions: Object.values(actions).map((a) => ({ type: a.type, description: a.description, scopes: [...a.scopes], fields: a.fields })),
    operators: [...OPERATORS],
  };
}

/**
 * POST /workflows/{id}/runs: one run now. A manual workflow's `payload` is available to templates; any workflow can
 * be test-run with a resource of its trigger's kind or a sample event (domain/test-runs.ts), its trigger variables
 * resolving as for a real event, and the run is recorded with `test: true`.
 */
export async function triggerWorkflow(deps: WorkflowDeps, actor: Actor, id: string, input: RunInput) {
  const run = await deps.store.transaction(async (tx) => {
    const wf = await load(tx, actor, id);
    if (wf.state !== "active") throw ApiError.invalidTransition(`Workflow ${id} is ${wf.state}; activate it before running it.`);
    const nowMs = deps.clock.now();
    const runId = newId("run");
    const trigger = wf.trigger.type;
    const start = await startEvent(tx, actor, wf, input, nowMs);
    const event = { id: null, type: trigger, data: start.data };
    const { run: _r, ...scope } = buildScope(trigger, event, { ...(start.service !== undefined ? { service: start.service } : {}), workflow: { id: wf.id, name: wf.name }, runId, nowMs });
    const { result, trace } = evaluateConditions(wf.conditions, scope);
    if (!result) {
      throw new ApiError(409, "conditions-false", "Conditions not met", `The workflow's conditions are false for this ${start.test ? "event" : "payload"}: ${JSON.stringify(trace)}`);
    }
    return createRun(tx, nowMs, { runId, orgId: actor.orgId, workflowId: wf.id, version: wf.version, definition: definitionOf(wf), triggerType: trigger, event, scope, chain: [], test: start.test });
  });
  return publicRun(run, await deps.store.runs.steps(run.id));
}

export async function listRuns(deps: Deps, actor: Actor, filter: RunFilter, page: PageQuery) {
  const p = await deps.store.runs.list(actor.orgId, filter, page);
  return { items: p.items.map((r) => publicRun(r)), nextAfter: p.nextAfter };
}

export async function getRun(deps: Deps, actor: Actor, id: string) {
  const run = await deps.store.runs.get(actor.orgId, id);
  if (!run) throw ApiError.notFound("run", id);
  return publicRun(run, await deps.store.runs.steps(id));
}

async function cancelInTx(tx: Repos, run: RunRecord, nowMs: number, reason: string) {
  const steps = await tx.runs.steps(run.id);
  for (const s of steps) {
    if (s.status === "pending" || s.status === "waiting") await tx.runs.updateStep(run.id, { ...s, status: "canceled", ended_at: iso(nowMs) });
  }
  await tx.runs.update({ ...run, status: "canceled", error: reason, ended_at: iso(nowMs), duration_ms: run.started_at ? nowMs - Date.parse(run.started_at) : 0 });
  await tx.jobs.delete(run.id);
}

export async function cancelRun(deps: Deps, actor: Actor, id: string) {
  await deps.store.transaction(async (tx) => {
    const run = await tx.runs.get(actor.orgId, id);
    if (!run) throw ApiError.notFound("run", id);
    if (run.status !== "queued" && run.status !== "waiting") throw ApiError.invalidTransition(`Run ${id} is ${run.status}; only queued or waiting runs can be canceled.`);
    await cancelInTx(tx, run, deps.clock.now(), "Canceled through the API.");
  });
  return getRun(deps, actor, id);
}

/** A new run with the same trigger event, from the start or from the failed step, on the pinned or current version. */
export async function replayRun(deps: WorkflowDeps, actor: Actor, id: string, opts: { from?: "start" | "failed_step" | undefined; version?: "pinned" | "current" | undefined }) {
  const run = await deps.store.transaction(async (tx) => {
    const original = await tx.runs.get(actor.orgId, id);
    if (!original) throw ApiError.notFound("run", id);
    const nowMs = deps.clock.now();
    let definition = original.definition;
    let version = original.workflow_version;
    if (opts.version === "current") {
      const wf = await load(tx, actor, original.workflow_id);
      definition = definitionOf(wf);
      version = wf.version;
    }
    let carried: StepRecord[] | undefined;
    if (opts.from === "failed_step") {
      const steps = await tx.runs.steps(id);
      const failed = steps.find((s) => s.status === "failed");
      if (!failed) throw ApiError.invalidTransition(`Run ${id} has no failed step to replay from.`);
      carried = steps.filter((s) => s.index < failed.index);
    }
    const { run: _r, steps: _s, ...scope } = original.scope;
    return createRun(tx, nowMs, {
      orgId: actor.orgId,
      workflowId: original.workflow_id,
      version,
      definition,
      triggerType: original.trigger_type,
      event: original.event,
      scope: { ...scope, timestamp: iso(nowMs) },
      chain: original.caused_by,
      replayOf: original.id,
      test: original.test,
      ...(carried ? { carried } : {}),
    });
  });
  return publicRun(run, await deps.store.runs.steps(run.id));
}

/**
 * Conditions and rendered inputs for an event, with no side effects at all. Inputs show secrets as references;
 * the configuration is checked with the real values (as the runner will parse it).
 */
export async function dryRun(deps: SealingDeps, actor: Actor, id: string, input: { event?: { type?: string | undefined; data: Record<string, unknown> } | undefined; from_run?: string | undefined }) {
  const wf = await load(deps.store, actor, id);
  const nowMs = deps.clock.now();
  let scope: RunScope;
  if (input.from_run) {
    const run = await deps.store.runs.get(actor.orgId, input.from_run);
    if (!run) throw ApiError.validation([{ in: "body", pointer: "#/from_run", detail: `No run ${input.from_run}.` }]);
    scope = { ...run.scope, steps: {} };
  } else if (input.event) {
    const data = input.event.data;
    const ref = eventServiceRef(wf.trigger.type, data);
    const service = ref === null ? null : "service" in ref ? ref.service : await deps.store.services.get(actor.orgId, ref.id);
    scope = buildScope(wf.trigger.type, { id: null, type: input.event.type ?? wf.trigger.type, data }, { service, workflow: { id: wf.id, name: wf.name }, runId: "run_dry", nowMs });
  } else {
    scope = { ...TRIGGERS[wf.trigger.type].sampleScope(nowMs), workflow: { id: wf.id, name: wf.name }, run: { id: "run_dry" } };
  }
  const { result, trace } = evaluateConditions(wf.conditions, scope);
  const steps: Record<string, unknown> = {};
  const out = wf.actions.map((action, index) => {
    const { type, name, continue_on_error: _c, ...config } = redactAction(action);
    const r = render(config, { ...scope, steps });
    const errors = r.missing.map((m) => `Unknown template variable ${m}.`);
    const module = actions[type];
    if (!module) errors.push(`Unknown action type "${type}".`);
    else {
      try {
        const real = actionConfig(unsealAction(action, deps.box, `#/actions/${index}`));
        const parsed = module.config.safeParse(render(real, { ...scope, steps }).value);
        if (!parsed.success) errors.push(...parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`));
      } catch (e) {
        if (!(e instanceof UnsealError)) throw e;
        errors.push(e.message);
      }
    }
    if (typeof name === "string") steps[name] = {};
    return { index, name: typeof name === "string" ? name : null, type, input: r.value as Record<string, unknown>, errors };
  });
  return { would_run: result, conditions: trace, actions: out };
}

export async function schedulePreview(deps: Deps, actor: Actor, id: string, count: number) {
  const wf = await load(deps.store, actor, id);
  if (wf.trigger.type !== "scheduled" || !hasSchedule(wf.trigger)) throw ApiError.invalidTransition(`Workflow ${id} is not a scheduled workflow.`);
  const tz = wf.trigger.timezone ?? "UTC";
  return { schedule: wf.trigger.schedule ?? null, every: wf.trigger.every ?? null, timezone: tz, next: nextFireTimes(wf.trigger, deps.clock.now(), count).map(iso) };
}
