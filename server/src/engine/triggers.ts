/**
 * The outbox consumer for workflows: for every domain event whose type is a trigger, each active or disabled
 * workflow with that trigger is evaluated, and the evaluation is recorded whatever its outcome (`started`, or
 * `skipped` with `workflow_disabled`, `cycle`, `depth_limit` or `conditions_false` with the condition trace).
 * Offset, evaluations, runs and their jobs commit together: an event is evaluated exactly once.
 */
import { iso, type Clock } from "../clock.ts";
import { newId } from "../ids.ts";
import type { EventRecord, Repos, Tx } from "../store/types.ts";
import type { Causation, Service, TriggerType } from "../types.ts";
import { buildScope, TRIGGER_OF_EVENT, TRIGGERS } from "../workflow/catalog.ts";
import { evaluateConditions } from "../workflow/conditions.ts";
import { createRun, definitionOf } from "../domain/runs.ts";
import { MAX_DEPTH } from "../workflow/types.ts";
import { consumeOutbox } from "../queue/outbox-consumer.ts";

const CONSUMER = "workflows";
const BATCH = 200;

/** The causation chain of a run started by this event: the causing run's chain plus the causing run. */
export async function chainFor(tx: Repos, event: Pick<EventRecord, "caused_by">): Promise<Causation[]> {
  const c = event.caused_by;
  if (!c) return [];
  const causing = await tx.runs.byId(c.run_id);
  return [...(causing?.caused_by ?? []), c];
}

export class TriggerConsumer {
  constructor(private clock: Clock) {}

  /** Evaluates everything committed so far, in the caller's transaction. Returns how many runs it started. */
  drain(tx: Tx): Promise<number> {
    return consumeOutbox(tx, CONSUMER, BATCH, async (t, events) => {
      let n = 0;
      for (const event of events) n += await this.evaluate(t, event);
      return n;
    });
  }

  private async evaluate(tx: Repos, event: EventRecord): Promise<number> {
    const trigger = (TRIGGER_OF_EVENT[event.type] ?? event.type) as TriggerType;
    if (!(trigger in TRIGGERS)) return 0;
    const workflows = await tx.workflows.byTrigger(event.organization_id, trigger);
    if (workflows.length === 0) return 0;
    const nowMs = this.clock.now();
    const chain = await chainFor(tx, event);
    const service = await firstService(tx, event);
    // A monitor of a service under maintenance starts no runs (issue #14 safeguards); each skip is recorded.
    const maintenance = event.resource_type === "monitor" && service ? await tx.maintenanceWindows.activeFor(event.organization_id, service.id, event.created_at) : null;
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
        tx.evaluations.create({ ...base, outcome: "skipped", reason, conditions: null, run_id: null });
      if (wf.state !== "active") {
        await skip("workflow_disabled");
        continue;
      }
      if (maintenance) {
        await skip("maintenance_window");
        continue;
      }
      if (chain.some((c) => c.workflow_id === wf.id)) {
        await skip("cycle");
        continue;
      }
      if (chain.length > MAX_DEPTH) {
        await skip("depth_limit");
        continue;
      }
      const runId = newId("run");
      const scope = buildScope(trigger, { id: event.id, type: event.type, data: event.data }, { service, workflow: { id: wf.id, name: wf.name }, runId, nowMs: Date.parse(event.created_at) });
      const { result, trace } = evaluateConditions(wf.conditions, scope);
      if (!result) {
        await tx.evaluations.create({ ...base, outcome: "skipped", reason: "conditions_false", conditions: trace, run_id: null });
        continue;
      }
      const { run: _r, ...runScope } = scope;
      await createRun(tx, nowMs, {
        runId,
        orgId: event.organization_id,
        workflowId: wf.id,
        version: wf.version,
        definition: definitionOf(wf),
        triggerType: trigger,
        event: { id: event.id, type: event.type, data: event.data },
        scope: runScope,
        chain,
      });
      await tx.evaluations.create({ ...base, outcome: "started", reason: null, conditions: trace, run_id: runId });
      started++;
    }
    return started;
  }
}

/** The first service an incident event affects (templates' `{{service.*}}`), the event's own service, or a monitor's. */
async function firstService(tx: Repos, event: EventRecord): Promise<Service | null> {
  const data = event.data as { incident?: { service_ids?: string[] }; service?: Service; service_id?: unknown };
  if (data.service) return data.service;
  if (event.resource_type === "monitor") return typeof data.service_id === "string" ? await tx.services.get(event.organization_id, data.service_id) : null;
  const id = data.incident?.service_ids?.[0];
  return id ? await tx.services.get(event.organization_id, id) : null;
}
