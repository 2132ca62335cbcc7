/**
 * Cron triggers. Each active `scheduled` workflow has one queue job due at its next fire time. When it fires, one
 * run starts and the job moves to the next fire time after *now* — so after downtime a workflow runs once to
 * catch up, never once per missed slot. Times are computed by croner in the workflow's IANA time zone; in a DST
 * gap the run happens at the first valid time after it, and in a repeated hour it happens once.
 */
import { Cron } from "croner";
import { iso, type Clock } from "../clock.ts";
import type { Job, Repos, Store, WorkflowRecord } from "../store/types.ts";
import { buildScope } from "./catalog.ts";
import { createRun } from "./runs.ts";
import { definitionOf } from "./triggers.ts";

export const SCHEDULE_JOB = "workflow.schedule";
const jobId = (workflowId: string) => `sch_${workflowId}`;

export function nextFireTimes(schedule: string, timezone: string | undefined, fromMs: number, count: number): number[] {
  const cron = new Cron(schedule, { timezone: timezone ?? "UTC", paused: true });
  return cron.nextRuns(count, new Date(fromMs)).map((d) => d.getTime());
}

/** Keeps the workflow's schedule job in step with its state (call in the transaction that changes it). */
export async function syncSchedule(tx: Repos, wf: WorkflowRecord, nowMs: number): Promise<void> {
  if (wf.state === "active" && wf.trigger.type === "scheduled" && wf.trigger.schedule) {
    const [next] = nextFireTimes(wf.trigger.schedule, wf.trigger.timezone, nowMs, 1);
    if (next !== undefined) {
      await tx.jobs.upsert({ id: jobId(wf.id), kind: SCHEDULE_JOB, payload: { workflow_id: wf.id, organization_id: wf.organization_id, fire_at: next }, runAtMs: next }, nowMs);
      return;
    }
  }
  await tx.jobs.delete(jobId(wf.id));
}

export class Scheduler {
  constructor(
    private store: Store,
    private clock: Clock,
    private onQueued: () => void,
  ) {}

  async handle(job: Job, owner: string): Promise<void> {
    const started = await this.store.transaction(async (tx) => {
      const wf = await tx.workflows.get(String(job.payload.organization_id), String(job.payload.workflow_id));
      if (!wf || wf.state !== "active" || wf.trigger.type !== "scheduled" || !wf.trigger.schedule) {
        await tx.jobs.complete(job.id, owner);
        return false;
      }
      const nowMs = this.clock.now();
      const firedAt = Number(job.payload.fire_at ?? job.runAtMs);
      await this.fire(tx, wf, firedAt, nowMs);
      const [next] = nextFireTimes(wf.trigger.schedule, wf.trigger.timezone, Math.max(nowMs, firedAt), 1);
      if (next === undefined) await tx.jobs.complete(job.id, owner);
      else await tx.jobs.upsert({ id: job.id, kind: SCHEDULE_JOB, payload: { ...job.payload, fire_at: next }, runAtMs: next }, nowMs);
      return true;
    });
    if (started) this.onQueued();
  }

  private async fire(tx: Repos, wf: WorkflowRecord, firedAtMs: number, nowMs: number) {
    const data = { schedule: { cron: wf.trigger.schedule, timezone: wf.trigger.timezone ?? "UTC", fired_at: iso(firedAtMs) } };
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
