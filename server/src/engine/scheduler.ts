/**
 * Scheduled triggers, cron (`schedule`) or interval (`every`, workflow/schedule.ts). Each active `scheduled` workflow has one queue job due at its next fire time. When it fires, one
 * run starts and the job moves to the next fire time after *now* — so after downtime a workflow runs once to
 * catch up, never once per missed slot. Times are computed by croner in the workflow's IANA time zone; in a DST
 * gap the run happens at the first valid time after it, and in a repeated hour it happens once.
 */
import type { Clock } from "../clock.ts";
import { createRun, definitionOf } from "../domain/runs.ts";
import type { Lease } from "../queue/lease.ts";
import type { Repos, WorkflowRecord } from "../store/types.ts";
import { buildScope, scheduleData } from "../workflow/catalog.ts";
import { hasSchedule, nextFireTimes } from "../workflow/schedule.ts";

export class Scheduler {
  constructor(private clock: Clock) {}

  /**
   * Fires the slot and moves the job to the next one in one transaction that holds the lease: a worker that lost
   * the job's lease rolls back whole, so a slot fires once even if two workers raced for it.
   */
  async handle(lease: Lease<"workflow.schedule">): Promise<void> {
    const { payload } = lease.job;
    await lease.transaction(async (tx) => {
      const wf = await tx.workflows.get(payload.organization_id, payload.workflow_id);
      if (!wf || wf.state !== "active" || wf.trigger.type !== "scheduled" || !hasSchedule(wf.trigger)) {
        await lease.complete(tx);
        return;
      }
      const nowMs = this.clock.now();
      const firedAt = payload.fire_at;
      await this.fire(tx, wf, firedAt, nowMs);
      const [next] = nextFireTimes(wf.trigger, Math.max(nowMs, firedAt), 1);
      if (next === undefined) await lease.complete(tx);
      else await lease.reschedule(tx, next, { ...payload, fire_at: next });
    });
  }

  private async fire(tx: Repos, wf: WorkflowRecord, firedAtMs: number, nowMs: number) {
    const data = { schedule: scheduleData(wf, firedAtMs) };
    const { run: _r, ...scope } = buildScope("scheduled", { id: null, type: "scheduled", data }, { workflow: { id: wf.id, name: wf.name }, runId: "", nowMs: firedAtMs });
    await createRun(tx, nowMs, {
      orgId: wf.organization_id,
      workflowId: wf.id,
      version: wf.version,
      definition: definitionOf(wf),
      triggerType: "scheduled",
      event: { id: null, type: "scheduled", data },
      scope,
      chain: [],
    });
  }
}
