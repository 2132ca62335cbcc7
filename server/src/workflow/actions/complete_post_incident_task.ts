/** `complete_post_incident_task` as a definition. It runs in engine/actions/complete_post_incident_task.ts. */
import { z } from "zod";
import { zPostIncidentTaskKind } from "../../generated/zod.gen.ts";
import type { ActionSpec } from "../types.ts";
import { enumOrTemplate, text } from "./schema.ts";

const config = z.strictObject({
  incident_id: text().nullish(),
  task_id: text().nullish(),
  kind: enumOrTemplate(zPostIncidentTaskKind.options).nullish(),
  outcome: enumOrTemplate(["done", "not_doing"]).nullish(),
  note: text().nullish(),
});
export type Config = z.infer<typeof config>;

export const completePostIncidentTaskSpec: ActionSpec<Config> = {
  type: "complete_post_incident_task",
  description:
    "Completes (or, with outcome not_doing, skips) a post-incident task of the incident's current status: the one named by task_id, else the first open task of that kind, else the trigger's task. Outputs id, status and the incident's post_incident_status afterwards.",
  effects: "local",
  scopes: ["post_incident:write"],
  config,
  fields: [
    { name: "incident_id", type: "string", required: false, description: "Default: the trigger's incident." },
    { name: "task_id", type: "string", required: false, description: "A task id (pit_…). Default: the first open task of `kind`, else the trigger's task ({{task.id}})." },
    { name: "kind", type: zPostIncidentTaskKind.options.join("|"), required: false, description: "Which task, by kind, when no task_id is given." },
    { name: "outcome", type: "done|not_doing", required: false, description: "Default done." },
    { name: "note", type: "string", required: false, description: "Recorded on the task and the timeline." },
  ],
};
