/** `add_incident_update` as a definition: its configuration schema, catalog fields and effects. It runs in engine/actions/add_incident_update.ts. */
import { z } from "zod";
import { zIncidentStatusSettable } from "../../generated/zod.gen.ts";
import type { ActionSpec } from "../types.ts";
import { enumOrTemplate, requiredText, text } from "./schema.ts";

const config = z.strictObject({
  incident_id: text().nullish(),
  message: requiredText(),
  status: enumOrTemplate(zIncidentStatusSettable.options).nullish(),
});
export type Config = z.infer<typeof config>;

export const addIncidentUpdateSpec: ActionSpec<Config> = {
  type: "add_incident_update",
  description: "Adds an update to an incident's timeline, optionally changing its status. Outputs id (the update's) and incident_id.",
  effects: "local",
  scopes: ["incidents:write"],
  target: { resources: ["incident"], fields: ["incident_id"] },
  config,
  fields: [
    { name: "incident_id", type: "string", required: false, description: "Default: the trigger's incident." },
    { name: "message", type: "string", required: true },
    { name: "status", type: "investigating|identified|monitoring|resolved", required: false, description: "Set with the update." },
  ],
};
