/**
 * The outbox consumer for workflows: for every domain event whose type is a trigger, each active or disabled
 * workflow with that trigger is evaluated, and the evaluation is recorded whatever its outcome (`started`, or
 * `skipped` with `workflow_disabled`, `cycle`, `depth_limit` or `conditions_false` with the condition trace).
 * Offset, evaluations, runs and their jobs commit together: an event is evaluated exactly once.
 *
 * An event is evaluated only against workflows that were active when it happened (`activated_at` at or before the
 * event's time): evaluation comes after commit, sometimes seconds later under a burst, and a workflow activated in
 * between must not act on what came before it. Without this, whether it did depended on timing.
 */
import { iso, type Clock } from "../clock.ts";
import { newId } from "../ids.ts";
import type { EvaluationRecord, EventRecord, Repos, RunRecord, StepRecord, Tx, WorkflowRecord } from "../store/types.ts";
import type { Causation, TriggerType } from "../types.ts";
import { buildScope, eventServiceRef, triggerAccepts, triggerOfEvent } from "../workflow/catalog.ts";
import { evaluateConditions } from "../workflow/conditions.ts";
import { happenedSince } from "../domain/events.ts";
import { definitionOf, newRun, runJob } from "../domain/runs.ts";
import { MAX_DEPTH } from "../workflow/types.ts";
import { type BatchOutcome, consumeOutbox } from "../queue/outbox-consumer.ts";

const CONSUMER = "workflows";
const BATCH = 500;

/** The causation chain of a run started by this event: the causing run's chain plus the causing run. */
export async function chainFor(tx: Repos, event: Pick<EventRecord, "caused_by">): Promise<Causation[]> {
  const c = event.caused_by;
  if (!c) return [];
  const causing = await tx.runs.byId(c.run_id);
  return [...(causing?.caused_by ?? []), c];
}

/** What one batch gathers (its runs and evaluations, written at its end) and the workflows read per organization and trigger. */
interface Batch {
  evaluations: EvaluationRecord[];
  runs: { run: RunRecord; steps: StepRecord[] }[];
  workflows: Map<string, WorkflowRecord[]>;
}

export class TriggerConsumer {
  constructor(private clock: Clock) {}

  /** Evaluates the next batch of committed events, in the caller's transaction: runs started, and whether more follow. */
  drain(tx: Tx): Promise<BatchOutcome> {
    return consumeOutbox(tx, CONSUMER, BATCH, async (t, events) => {
      // The batch's evaluations, runs and jobs are only written, never read back in it: gathered, then written a
      // table at a time (a few statements for hundreds of rows on PostgreSQL, where a statement per row let one
      // organization's burst of thousands of events hold back every other's for seconds). The workflows of a
      // trigger are read once per batch: one snapshot, one answer.
      const batch: Batch = { evaluations: [], runs: [], workflows: new Map() };
      let n = 0;
      for (const event of events) n += await this.evaluate(t, event, batch);
      const nowMs = this.clock.now();
      await Promise.all([
        t.runs.createMany(batch.runs),
        t.jobs.upsertMany(batch.runs.map(({ run }) => runJob(run, Date.parse(run.created_at))), nowMs),
        t.evaluations.createMany(batch.evaluations),
      ]);
      return n;
    });
  }

  private async evaluate(tx: Repos, event: EventRecord, batch: Batch): Promise<number> {
    const trigger: TriggerType | null = triggerOfEvent(event.type);
    if (trigger === null) return 0;
    const key = `${event.organization_id} ${trigger}`;
    let candidates = batch.workflows.get(key);
    if (!candidates) {
      candidates = await tx.workflows.byTrigger(event.organization_id, trigger);
      batch.workflows.set(key, candidates);
    }
    // A trigger with its own filter (incident_io.incident: connection_id, events) leaves out what it does not take:
    // no evaluation is recorded for a workflow the event was never meant for.
    const workflows = candidates.filter((wf) => happenedSince(event, wf.activated_at) && triggerAccepts(wf.trigger, event));
    if (workflows.length === 0) return 0;
    const nowMs = this.clock.now();
    const chain = await chainFor(tx, event);
    const service = await firstService(tx, trigger, event);
    // A monitor (uptime or heartbeat) of a service under maintenance starts no runs (issue #14 safeguards); each skip
    // is recorded.
    const serviceId = (service as { id?: unknown } | null)?.id;
    const monitored = event.resource_type === "monitor" || event.resource_type === "heartbeat";
    const maintenance = monitored && typeof serviceId === "string" ? await tx.maintenanceWindows.activeFor(event.organization_id, serviceId, event.created_at) : null;
    let started = 0;
    for (const wf of workflows) {
      const base = {
        id: newId("evl"),
        organization_id: event.organization_id,
        workflow_id: wf.id,
        workflow_version: wf.version,
        event_id: event.id,
        event_type: event.type,
        created_at: iso(nowMs),
      };
      const skip = (reason: "workflow_disabled" | "cycle" | "depth_limit" | "maintenance_window") =>
        batch.evaluations.push({ ...base, outcome: "skipped", reason, conditions: null, run_id: null });
      if (wf.state !== "active") {
        skip("workflow_disabled");
        continue;
      }
      if (maintenance) {
        skip("maintenance_window");
        continue;
      }
      if (chain.some((c) => c.workflow_id === wf.id)) {
        skip("cycle");
        continue;
      }
      if (chain.length > MAX_DEPTH) {
        skip("depth_limit");
        continue;
      }
      const runId = newId("run");
      const scope = buildScope(trigger, { id: event.id, type: event.type, data: event.data }, { service, workflow: { id: wf.id, name: wf.name }, runId, nowMs: Date.parse(event.created_at) });
      const { result, trace } = evaluateConditions(wf.conditions, scope);
      if (!result) {
        batch.evaluations.push({ ...base, outcome: "skipped", reason: "conditions_false", conditions: trace, run_id: null });
        continue;
      }
      const { run: _r, ...runScope } = scope;
      batch.runs.push(newRun(nowMs, {
        runId,
        orgId: event.organization_id,
        workflowId: wf.id,
        version: wf.version,
        definition: definitionOf(wf),
        triggerType: trigger,
        event: { id: event.id, type: event.type, data: event.data },
        scope: runScope,
        chain,
      }));
      batch.evaluations.push({ ...base, outcome: "started", reason: null, conditions: trace, run_id: runId });
      started++;
    }
    return started;
  }
}

/** The service the event carries (alerts), else the first service it names by id (templates' `{{service.*}}`). */
async function firstService(tx: Repos, trigger: TriggerType, event: EventRecord): Promise<object | null> {
  const ref = eventServiceRef(trigger, event.data);
  if (ref === null) return null;
  return "service" in ref ? ref.service : await tx.services.get(event.organization_id, ref.id);
}
