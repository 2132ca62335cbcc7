/**
 * Runs one workflow run, step by step, durably. The run's queue job is the only thing that moves it forward:
 * - a "local" step (Tripwire's own data) runs inside one transaction with its step record, so it happens exactly
 *   once: a crash before the commit leaves no trace, after it the step is done;
 * - an "external" step is marked running first; if the process dies mid-call the step is retried on restart
 *   with the same idempotency key (`<run id>:<step index>`), so the receiver can deduplicate;
 * - a delay parks the step as `waiting` and moves the job to the wake-up time (the run is `waiting`).
 * A failed step stops the run unless `continue_on_error`.
 *
 * Secrets: a run's definition holds execute_webhook secrets and header values sealed (workflow/sealing.ts). A step's
 * recorded `input` is rendered from the references (`tw_sealed_v1.<ref>`), so it never holds a secret; the real
 * values are opened in memory just before the step runs, before rendering (a sealed value is a literal, never a
 * template, and nothing a template renders is ever opened).
 */
import { iso, type Clock } from "../clock.ts";
import type { AttemptSettings } from "../outbound/attempt.ts";
import type { Actor } from "../domain/context.ts";
import { ApiError } from "../errors.ts";
import type { Logger } from "../log.ts";
import type { Notifier } from "../notify/types.ts";
import type { SecretBox } from "../secrets/secret-box.ts";
import type { Lease } from "../queue/lease.ts";
import { LeaseLost } from "../queue/lease.ts";
import { READ_COMMITTED, type Repos, type RunRecord, type StepRecord, type Store, type TransactionOptions, type Tx } from "../store/types.ts";
import { within } from "../store/within.ts";
import type { RunStatus } from "../types.ts";
import { ACTIONS } from "./actions/index.ts";
import { evaluateConditions } from "../workflow/conditions.ts";
import { createRun, runEventData } from "../domain/runs.ts";
import { recordEvent } from "../domain/events.ts";
import { redactAction, unsealAction } from "../workflow/sealing.ts";
import { refreshScope } from "./scope-refresh.ts";
import { render } from "../workflow/templates.ts";
import { actionConfig } from "../workflow/validate.ts";
import { MAX_DEPTH, type RunScope } from "../workflow/types.ts";
import { type ActionContext, type ActionModule, type ActionResult } from "./types.ts";
import { defaultIncidentIoSettings, type IncidentIoSettings } from "../outbound/incident-io.ts";

export interface RunnerDeps {
  store: Store;
  clock: Clock;
  box: SecretBox;
  delivery: AttemptSettings;
  notifier: Notifier;
  logger: Logger;
  actions?: Record<string, ActionModule>;
  /** incident.io's API for incident_io_* actions; the real one (no loopback) when left out. */
  incidentIo?: IncidentIoSettings;
}

type RunLease = Lease<"workflow.run">;
/**
 * A write in the run's open transaction. The run's own records are written straight into it; a local step's action
 * and its record go through a savepoint of it (`isolated`), so a failed step rolls back alone — a savepoint only
 * there, as each costs PostgreSQL two more round trips.
 */
type Write = <T>(fn: (tx: Tx) => Promise<T>) => Promise<T>;
/** An external step marked running, and its call (made once that mark has committed). */
interface Call {
  step: StepRecord;
  invoke: () => Promise<ActionResult>;
}
/** What an external call came back with: its result, or why it failed. */
type Called = { step: StepRecord; result: ActionResult } | { step: StepRecord; error: string };

/** What the runner changes on a run and its steps in memory as it goes (each replaced, never mutated inside). */
const RUN_FIELDS = ["status", "started_at", "error", "ended_at", "duration_ms"] as const;
const STEP_FIELDS = ["status", "started_at", "attempts", "input", "output", "error", "ended_at", "wait_until_ms"] as const;

/**
 * A leased transaction that may safely run again: a store with concurrent writers rolls a conflicting transaction
 * back and runs its body again (store/types.ts), and the body changes `run` and `steps` in memory as it writes them.
 * So the fields it changes are noted first and put back before a second run, which then starts from what is stored.
 */
function rerunnable(lease: RunLease, run: RunRecord, steps: StepRecord[], options?: TransactionOptions): Write {
  return (fn) => {
    const savedRun = RUN_FIELDS.map((k) => run[k]);
    const savedSteps = steps.map((s) => STEP_FIELDS.map((k) => s[k]));
    let runs = 0;
    return lease.transaction((tx) => {
      if (runs++ > 0) {
        RUN_FIELDS.forEach((k, i) => {
          (run as unknown as Record<string, unknown>)[k] = savedRun[i];
        });
        steps.forEach((s, j) => {
          STEP_FIELDS.forEach((k, i) => {
            (s as unknown as Record<string, unknown>)[k] = savedSteps[j]![i];
          });
        });
      }
      return fn(tx);
    }, options);
  };
}

/** Step types that write nothing but the run's own records (a delay parks the run and moves its job). */
const BOOKKEEPING_ONLY = new Set(["delay"]);
/**
 * The run's own records (run, steps, job, its run.* event) are fenced by the job's row lock (`lease.check` in every
 * transaction), so they need no serializable isolation: READ COMMITTED, unless a step still ahead writes the
 * organization's data (a local action's read-check-writes, such as create_incident's dedup). On PostgreSQL the runs'
 * serializable transactions aborted each other under load (predicate locks on neighbouring rows of jobs, runs and
 * run_steps), and runs failed after 12 conflicts in a row.
 */
const RUN_RECORDS_ONLY = READ_COMMITTED;

const TERMINAL: RunStatus[] = ["completed", "completed_with_errors", "failed", "canceled"];
const DONE_STEP = new Set(["completed", "failed", "skipped", "canceled"]);

const message = (e: unknown) => (e instanceof ApiError ? e.detail : e instanceof Error ? e.message : String(e));

export class Runner {
  private actions: Record<string, ActionModule>;
  constructor(private d: RunnerDeps) {
    this.actions = d.actions ?? (ACTIONS as Record<string, ActionModule>);
  }

  /**
   * The queue handler for `workflow.run` jobs. Consecutive local steps run in one transaction (each step a
   * savepoint inside it, so a failed step rolls back alone); that transaction also marks the next external step
   * running, and ends before its call, which runs outside any transaction. The call's outcome is recorded by the next
   * transaction, which goes on with the steps after it: two transactions for a run of one call, not four.
   */
  async handle(lease: RunLease): Promise<void> {
    const { store } = this.d;
    const run = await store.runs.byId(lease.job.payload.run_id);
    if (!run || TERMINAL.includes(run.status)) {
      await lease.transaction((tx) => lease.complete(tx));
      return;
    }
    const steps = await store.runs.steps(run.id);
    const domainAhead = steps.some((st) => {
      const type = run.definition.actions[st.index]?.type;
      return !DONE_STEP.has(st.status) && type !== undefined && !BOOKKEEPING_ONLY.has(type) && this.actions[type]?.effects !== "external";
    });
    const isolation = domainAhead ? undefined : RUN_RECORDS_ONLY;
    let called: Called | null = null;
    for (;;) {
      const inRun = rerunnable(lease, run, steps, isolation);
      const done = called;
      const next = await inRun(async (tx) => {
        const write: Write = (fn) => fn(tx);
        const isolated: Write = (fn) => tx.savepoint(fn);
        if (done) {
          const outcome = await this.record(lease, write, run, done);
          if (outcome === "parked") return "stop";
          if (outcome === "failed" && run.definition.actions[done.step.index]?.continue_on_error !== true) {
            await this.finish(lease, write, run, steps, "failed", `Step ${done.step.index + 1} (${done.step.type}) failed: ${done.step.error}`);
            return "stop";
          }
        }
        return this.advance(lease, write, isolated, run, steps);
      });
      if (next === "stop") return;
      called = await this.call(next);
    }
  }

  /**
   * Moves the run forward through local steps and finished delays. Returns the next external step's call (the step
   * marked running) to make outside the transaction, or "stop" when the run parked, failed or finished.
   */
  private async advance(lease: RunLease, write: Write, isolated: Write, run: RunRecord, steps: StepRecord[]): Promise<Call | "stop"> {
    const { store, clock } = this.d;
    if (run.status === "queued" || run.status === "waiting") {
      run.status = "running";
      run.started_at ??= iso(clock.now());
      await write((tx) => tx.runs.update(run));
    }
    for (const step of steps) {
      if (DONE_STEP.has(step.status)) continue;
      const action = run.definition.actions[step.index];
      if (!action) continue;

      if (step.status === "waiting") {
        const now = clock.now();
        if (step.wait_until_ms !== null && now < step.wait_until_ms) {
          run.status = "waiting";
          await write(async (tx) => {
            await tx.runs.update(run);
            await lease.reschedule(tx, step.wait_until_ms!);
          });
          return "stop";
        }
        const recheck = action.recheck_conditions === true;
        if (recheck && run.definition.conditions) {
          const scope = await refreshScope(store, run);
          const { result, trace } = evaluateConditions(run.definition.conditions, scope);
          if (!result) {
            await this.finishStep(write, run, step, "completed", { output: { waited_until: iso(step.wait_until_ms ?? now), conditions_held: false, conditions: trace } });
            await this.finish(lease, write, run, steps, "canceled", "The workflow's conditions no longer held when the delay ended.");
            return "stop";
          }
        }
        await this.finishStep(write, run, step, "completed", { output: { waited_until: iso(step.wait_until_ms ?? now), ...(recheck ? { conditions_held: true } : {}) } });
        continue;
      }

      const outcome = await this.execute(lease, write, isolated, run, steps, step);
      if (typeof outcome === "object") return outcome;
      if (outcome === "parked") return "stop";
      if (outcome === "failed" && action.continue_on_error !== true) {
        await this.finish(lease, write, run, steps, "failed", `Step ${step.index + 1} (${step.type}) failed: ${step.error}`);
        return "stop";
      }
    }
    const anyFailed = steps.some((s) => s.status === "failed");
    await this.finish(lease, write, run, steps, anyFailed ? "completed_with_errors" : "completed", null);
    return "stop";
  }

  /**
   * Runs one local step, or prepares an external one: marks it running and returns its call, to be made once this
   * transaction has committed (so a crash mid-call retries it, with the same idempotency key). Otherwise returns
   * "parked" when the step waits (delay), else whether it completed or failed.
   */
  private async execute(lease: RunLease, write: Write, isolated: Write, run: RunRecord, steps: StepRecord[], step: StepRecord): Promise<"completed" | "failed" | "parked" | Call> {
    const { store, clock } = this.d;
    const action = run.definition.actions[step.index]!;
    const module = this.actions[action.type];
    const startedMs = clock.now();
    step.started_at ??= iso(startedMs);
    step.attempts += 1;
    if (!module) return this.fail(write, run, step, `Unknown action type "${action.type}".`);

    const scope = this.scopeFor(run, steps);
    const shownAction = redactAction(action);
    const shown = render(actionConfig(shownAction), scope);
    if (shown.missing.length) return this.fail(write, run, step, `Unknown template variable(s): ${shown.missing.join(", ")}.`);
    step.input = shown.value as Record<string, unknown>;
    let real;
    try {
      real = unsealAction(action, this.d.box, `#/actions/${step.index}`);
    } catch (e) {
      return this.fail(write, run, step, message(e));
    }
    // Most actions have nothing sealed: the same object, rendered once.
    const rendered = real === shownAction ? shown : render(actionConfig(real), scope);
    const parsed = module.config.safeParse(rendered.value);
    if (!parsed.success) {
      return this.fail(write, run, step, `Invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ")}`);
    }

    if (module.effects === "local") {
      try {
        // The action's domain calls write through the step's own savepoint.
        return await isolated(async (tx) => this.apply(lease, tx, run, step, await module.run(parsed.data, this.context(run, step, scope, startedMs, within(store, tx)))));
      } catch (e) {
        if (e instanceof LeaseLost) throw e;
        return this.fail(write, run, step, message(e));
      }
    }
    // External: recorded as in flight in this transaction; the call is made after it commits (`call`).
    step.status = "running";
    await write((tx) => tx.runs.updateStep(run.id, step));
    return { step, invoke: () => module.run(parsed.data, this.context(run, step, scope, startedMs, store)) };
  }

  /** An external step's call, outside any transaction: its result, or why it failed. */
  private async call(c: Call): Promise<Called> {
    try {
      return { step: c.step, result: await c.invoke() };
    } catch (e) {
      if (e instanceof LeaseLost) throw e;
      return { step: c.step, error: message(e) };
    }
  }

  /** An external call's outcome, recorded in the transaction that goes on with the run. */
  private record(lease: RunLease, write: Write, run: RunRecord, c: Called): Promise<"completed" | "failed" | "parked"> {
    if ("error" in c) return this.fail(write, run, c.step, c.error);
    return write((tx) => this.apply(lease, tx, run, c.step, c.result));
  }

  /** A step's result written: it waits (a delay: the run parks until then), or it completed with its output. */
  private async apply(lease: RunLease, tx: Repos, run: RunRecord, step: StepRecord, result: ActionResult): Promise<"completed" | "parked"> {
    if (result.kind === "wait") {
      step.status = "waiting";
      step.wait_until_ms = result.untilMs;
      run.status = "waiting";
      await tx.runs.updateStep(run.id, step);
      await tx.runs.update(run);
      await lease.reschedule(tx, result.untilMs);
      return "parked";
    }
    step.status = "completed";
    step.output = result.output;
    step.ended_at = iso(this.d.clock.now());
    await tx.runs.updateStep(run.id, step);
    return "completed";
  }

  private scopeFor(run: RunRecord, steps: StepRecord[]): RunScope {
    const outputs: Record<string, unknown> = {};
    for (const s of steps) if (s.name && s.status === "completed") outputs[s.name] = s.output ?? {};
    return { ...run.scope, steps: outputs };
  }

  private context(run: RunRecord, step: StepRecord, scope: RunScope, nowMs: number, store: Store): ActionContext {
    const { clock, box, delivery, notifier } = this.d;
    const causation = { run_id: run.id, workflow_id: run.workflow_id, depth: run.depth + 1 };
    const actor: Actor = { orgId: run.organization_id, source: "workflow", causedBy: causation };
    return {
      deps: { store, clock, box, delivery, notifier, incidentIo: this.d.incidentIo ?? defaultIncidentIoSettings() },
      actor,
      run: { id: run.id, workflowId: run.workflow_id, depth: run.depth, chain: run.caused_by },
      stepIndex: step.index,
      idempotencyKey: `${run.id}:${step.index}`,
      scope,
      nowMs,
      startWorkflow: (workflowId, payload) => this.startChild(store, run, workflowId, payload, scope),
    };
  }

  /** run_workflow: a child run of an active workflow, counted in the same causation chain (depth ≤ 3, no cycles). */
  private async startChild(store: Store, parent: RunRecord, workflowId: string, payload: Record<string, unknown>, scope: RunScope): Promise<{ runId: string }> {
    const { clock } = this.d;
    const chain = [...parent.caused_by, { run_id: parent.id, workflow_id: parent.workflow_id, depth: parent.depth + 1 }];
    if (chain.length > MAX_DEPTH) throw new Error(`run_workflow would make a chain of ${chain.length + 1} runs; the limit is ${MAX_DEPTH + 1} (depth_limit).`);
    if (chain.some((c) => c.workflow_id === workflowId)) throw new Error(`run_workflow to ${workflowId} would run a workflow already in this chain (cycle).`);
    const run = await store.transaction(async (tx) => {
      const target = await tx.workflows.get(parent.organization_id, workflowId);
      if (!target) throw new Error(`No workflow ${workflowId}.`);
      if (target.state !== "active") throw new Error(`Workflow ${workflowId} is ${target.state}, not active.`);
      const { steps: _s, run: _r, workflow: _w, ...inherited } = scope;
      return createRun(tx, clock.now(), {
        orgId: parent.organization_id,
        workflowId: target.id,
        version: target.version,
        definition: { name: target.name, trigger: target.trigger, conditions: target.conditions, actions: target.actions },
        triggerType: target.trigger.type,
        event: { id: null, type: "run_workflow", data: { payload, parent_run_id: parent.id } },
        scope: { ...inherited, payload, workflow: { id: target.id, name: target.name } },
        chain,
      });
    });
    return { runId: run.id };
  }

  private async fail(write: Write, run: RunRecord, step: StepRecord, error: string): Promise<"failed"> {
    await this.finishStep(write, run, step, "failed", { error });
    return "failed";
  }

  private async finishStep(write: Write, run: RunRecord, step: StepRecord, status: StepRecord["status"], r: { output?: Record<string, unknown>; error?: string }) {
    step.status = status;
    step.output = r.output ?? step.output;
    step.error = r.error ?? null;
    step.started_at ??= iso(this.d.clock.now());
    step.ended_at = iso(this.d.clock.now());
    await write((tx) => tx.runs.updateStep(run.id, step));
  }

  private async finish(lease: RunLease, write: Write, run: RunRecord, steps: StepRecord[], status: RunStatus, error: string | null) {
    const nowMs = this.d.clock.now();
    run.status = status;
    run.error = error;
    run.ended_at = iso(nowMs);
    run.duration_ms = run.started_at ? nowMs - Date.parse(run.started_at) : 0;
    await write(async (tx) => {
      for (const s of steps) {
        if (s.status === "pending" || s.status === "waiting" || s.status === "running") {
          s.status = status === "canceled" ? "canceled" : "skipped";
          await tx.runs.updateStep(run.id, s);
        }
      }
      await tx.runs.update(run);
      if (status !== "canceled") await recordRunEnded(tx, run, steps, nowMs);
      await lease.complete(tx);
    });
  }
}

/**
 * `run.completed` / `run.failed`, in the transaction that ends the run. `caused_by` names the run, so a workflow
 * it triggers is counted in the run's chain: the run's own workflow is a cycle, and depth rules apply.
 */
async function recordRunEnded(tx: Repos, run: RunRecord, steps: StepRecord[], nowMs: number): Promise<void> {
  const actor: Actor = { orgId: run.organization_id, source: "workflow", causedBy: { run_id: run.id, workflow_id: run.workflow_id, depth: run.depth + 1 } };
  await recordEvent(tx, actor, nowMs, run.status === "failed" ? "run.failed" : "run.completed", { type: "run", id: run.id }, runEventData(run, steps));
}
