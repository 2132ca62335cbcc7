/**
 * The engine's seams: what an action's `run` gets and returns. The runner and the trigger consumer supply the I/O;
 * what an action is as a definition (its configuration, catalog entry, effects) is workflow/types.ts.
 */
import type { AttemptSettings } from "../outbound/attempt.ts";
import type { IncidentIoSettings } from "../outbound/incident-io.ts";
import type { Actor, Deps } from "../domain/context.ts";
import type { Notifier } from "../notify/types.ts";
import type { SecretBox } from "../secrets/secret-box.ts";
import type { Causation } from "../types.ts";
import type { ActionSpec, RunScope } from "../workflow/types.ts";

/** Everything an action may use while it runs. */
export interface ActionContext {
  deps: Deps & { box: SecretBox; delivery: AttemptSettings; notifier: Notifier; incidentIo?: IncidentIoSettings };
  /** Acts for the run's organization, with `causedBy` set (so events it writes carry the causation). */
  actor: Actor;
  run: { id: string; workflowId: string; depth: number; chain: Causation[] };
  stepIndex: number;
  /** Stable across retries of this step: send it to external systems as an idempotency key. */
  idempotencyKey: string;
  scope: RunScope;
  nowMs: number;
  /** Starts another workflow's run (run_workflow). Provided by the runner. */
  startWorkflow(workflowId: string, payload: Record<string, unknown>): Promise<{ runId: string }>;
}

export type ActionResult =
  | { kind: "done"; output: Record<string, unknown> }
  /** The step waits until `untilMs` (delay). With `recheck`, the workflow's conditions are evaluated again then. */
  | { kind: "wait"; untilMs: number; recheck: boolean };

/** One action type: its spec (workflow/types.ts) and how it runs. */
export interface ActionModule<C = Record<string, unknown>> extends ActionSpec<C> {
  run(config: C, ctx: ActionContext): Promise<ActionResult>;
}
