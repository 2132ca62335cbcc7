/** `run_workflow` as a definition: its configuration schema, catalog fields and effects. It runs in engine/actions/run_workflow.ts. */
import { z } from "zod";
import type { FieldError } from "../../types.ts";
import type { ActionSpec } from "../types.ts";
import { isTemplate, requiredText } from "./schema.ts";

const config = z.strictObject({
  workflow_id: requiredText(),
  payload: z.record(z.string(), z.unknown()).nullish(),
});
export type Config = z.infer<typeof config>;

export const runWorkflowSpec: ActionSpec<Config> = {
  type: "run_workflow",
  description: "Starts a run of another active workflow with an optional payload. Outputs run_id and workflow_id.",
  effects: "local",
  scopes: ["workflows:run"],
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
};
