/**
 * run_workflow: starts a run of another workflow of the organization with a payload (`{{payload.*}}` there).
 * The runner checks at run time that the target is active and that the chain stays acyclic and within
 * MAX_DEPTH; at activation `validate` reports a target that does not exist (the workflow validator checks cycles
 * and depth).
 */
import type { ActionModule } from "../types.ts";
import { ActionError } from "./common.ts";
import { runWorkflowSpec, type Config } from "../../workflow/actions/run_workflow.ts";

export const runWorkflowAction: ActionModule<Config> = {
  ...runWorkflowSpec,
  async run(c, ctx) {
    const workflowId = c.workflow_id.trim();
    if (workflowId === "") throw new ActionError("workflow_id is empty (its template rendered to nothing).");
    const { runId } = await ctx.startWorkflow(workflowId, c.payload ?? {});
    return { kind: "done", output: { run_id: runId, workflow_id: workflowId } };
  },
};
