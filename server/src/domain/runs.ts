/**
 * Creating runs: the one place a run row, its pending steps and its queue job are written (in the caller's
 * transaction), whoever starts it (a trigger, the API, the scheduler, run_workflow, a replay).
 */
import { iso } from "../clock.ts";
import { newId } from "../ids.ts";
import type { NewJobRow, Repos, RunRecord, StepRecord, WorkflowDefinition, WorkflowRecord } from "../store/types.ts";
import { jobRow } from "../queue/jobs.ts";
import type { Causation, TriggerType } from "../types.ts";
import type { RunScope } from "../workflow/types.ts";


export interface NewRun {
  orgId: string;
  workflowId: string;
  version: number;
  definition: WorkflowDefinition;
  triggerType: TriggerType;
  event: { id: string | null; type: string; data: Record<string, unknown> };
  /** The scope without `run`; the run id is added here. */
  scope: RunScope;
  chain: Causation[];
  replayOf?: string | null;
  /** For a replay from the failed step: steps before it keep these outcomes instead of running again. */
  carried?: StepRecord[];
  runId?: string;
  /** A test run (POST /workflows/{id}/runs with a sample event or a resource): recorded as such. */
  test?: boolean;
}

export async function createRun(tx: Repos, nowMs: number, n: NewRun): Promise<RunRecord> {
  const { run, steps } = newRun(nowMs, n);
  // Independent writes, issued together (pipelined on PostgreSQL).
  await Promise.all([tx.runs.create(run, steps), tx.jobs.upsert(runJob(run, nowMs), nowMs)]);
  return run;
}

/** A run and its pending steps as `createRun` writes them, for callers that write many at once (`runs.createMany`). */
export function newRun(nowMs: number, n: NewRun): { run: RunRecord; steps: StepRecord[] } {
  const id = n.runId ?? newId("run");
  const run: RunRecord = {
    id,
    organization_id: n.orgId,
    workflow_id: n.workflowId,
    workflow_version: n.version,
    status: "queued",
    trigger_type: n.triggerType,
    event: n.event,
    scope: { ...n.scope, run: { id } },
    definition: n.definition,
    caused_by: n.chain,
    depth: n.chain.length,
    replay_of: n.replayOf ?? null,
    test: n.test ?? false,
    error: null,
    created_at: iso(nowMs),
    started_at: null,
    ended_at: null,
    duration_ms: null,
  };
  const steps: StepRecord[] = n.definition.actions.map((a, index) => {
    const carried = n.carried?.find((s) => s.index === index);
    if (carried) return carried;
    return {
      index,
      name: typeof a.name === "string" ? a.name : null,
      type: a.type,
      status: "pending",
      input: null,
      output: null,
      error: null,
      attempts: 0,
      started_at: null,
      ended_at: null,
      wait_until_ms: null,
    };
  });
  return { run, steps };
}

/** The queue job that moves a run forward: its id is the run's. */
export function runJob(run: RunRecord, nowMs: number): NewJobRow {
  return jobRow({ id: run.id, kind: "workflow.run", payload: { run_id: run.id }, runAtMs: nowMs, organizationId: run.organization_id });
}

/** The `data` of `run.completed` / `run.failed` for an ended run (also what a test run of a run.* workflow gets). */
export function runEventData(run: RunRecord, steps: StepRecord[]): Record<string, unknown> {
  const failedStep = steps.find((s) => s.status === "failed");
  return {
    id: run.id,
    workflow_id: run.workflow_id,
    workflow_name: run.definition.name,
    workflow_version: run.workflow_version,
    status: run.status,
    error: run.error,
    failed_step: failedStep ? { index: failedStep.index, name: failedStep.name, type: failedStep.type, error: failedStep.error } : null,
    trigger_type: run.trigger_type,
    started_at: run.started_at,
    ended_at: run.ended_at,
    duration_ms: run.duration_ms,
  };
}

/** The definition a run pins: the workflow as it is now. */
export const definitionOf = (wf: WorkflowRecord) => ({ name: wf.name, trigger: wf.trigger, conditions: wf.conditions, actions: wf.actions });
