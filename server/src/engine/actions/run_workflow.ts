/**
 * run_workflow: starts a run of another workflow of the organization with a payload (`{{payload.*}}` there).
 * The runner checks at run time that the target is active and that the chain stays acyclic and within
 * MAX_DEPTH; at activation `validate` reports a target that does not exist (the workflow validator checks cycles
 * and depth).
 */
import { z } from "zod";
import type { FieldError } from "../../types.ts";
import type { ActionModule } from "../types.ts";
import { ActionError, isTemplate, requiredText } from "./common.ts";

const config = z.strictObject({
  workflow_id: requiredText(),
  payload: z.record(z.string(), z.unknown()).nullish(),
});
type Config = z.infer<typeof config>;

export const runWorkflowAction: ActionModule<Config> = {
  type: "run_workflow",
  description: "Starts a run of another active workflow with an optional payload. Outputs run_id and workflow_id.",
  effects: "local",
  config,
  fields: [
    { name: "workflow_id", type: "string", required: true, description: "An active workflow of this organization." },
    { name: "payload", type: "object", required: false, description: "Available to the started run as {{payload.*}}." },
  ],
  async validate(raw, vctx, pointer): Promise<FieldError[]> {
    const id = raw.workflow_id;
    // A template names its target only at run time; the runner checks it then.
    if (typeof id !== "string" || id === "" || isTemplate(id)) return [];
    if (await vctx.getWorkflow(id)) return [];
    return [{ in: "body", pointer: `${pointer}/workflow_id`, detail: `No workflow ${id}.` }];
  },
  async run(c, ctx) {
    const workflowId = c.workflow_id.trim();
    if (workflowId === "") throw new ActionError("workflow_id is empty (its template rendered to nothing).");
    const { runId } = await ctx.startWorkflow(workflowId, c.payload ?? {});
    return { kind: "done", output: { run_id: runId, workflow_id: workflowId } };
  },
};
