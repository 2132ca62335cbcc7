/**
 * A scheduled workflow's queue job: one job due at its next fire time, kept in step with the workflow's state in
 * the transaction that changes it. The engine's Scheduler (engine/scheduler.ts) fires it.
 */
import { enqueue, scheduleJobId } from "../queue/jobs.ts";
import type { Repos, WorkflowRecord } from "../store/types.ts";
import { hasSchedule, nextFireTimes } from "../workflow/schedule.ts";

/** Keeps the workflow's schedule job in step with its state (call in the transaction that changes it). */
export async function syncSchedule(tx: Repos, wf: WorkflowRecord, nowMs: number): Promise<void> {
  if (wf.state === "active" && wf.trigger.type === "scheduled" && hasSchedule(wf.trigger)) {
    const [next] = nextFireTimes(wf.trigger, nowMs, 1);
    if (next !== undefined) {
      await enqueue(tx, { id: scheduleJobId(wf.id), kind: "workflow.schedule", payload: { workflow_id: wf.id, organization_id: wf.organization_id, fire_at: next }, runAtMs: next }, nowMs);
      return;
    }
  }
  await tx.jobs.delete(scheduleJobId(wf.id));
}
