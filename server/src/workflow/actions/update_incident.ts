/** `update_incident` as a definition: its configuration schema, catalog fields and effects. It runs in engine/actions/update_incident.ts. */
import { z } from "zod";
import { zIncidentStatusSettable, zSeverity } from "../../generated/zod.gen.ts";
import type { ActionSpec } from "../types.ts";
import { enumOrTemplate, text } from "./schema.ts";

const config = z
  .strictObject({
    incident_id: text().nullish(),
    status: enumOrTemplate(zIncidentStatusSettable.options).nullish(),
    severity: enumOrTemplate(zSeverity.options).nullish(),
    title: text().nullish(),
  })
  .refine((c) => c.status !== undefined || c.severity !== undefined || c.title !== undefined, {
    message: "Set at least one of status, severity or title.",
  });
export type Config = z.infer<typeof config>;

export const updateIncidentSpec: ActionSpec<Config> = {
  type: "update_incident",
  description: "Changes an incident's status, severity or title. Outputs id, status, severity and title.",
  effects: "local",
  scopes: ["incidents:write"],
  target: { resources: ["incident"], fields: ["incident_id"] },
  config,
  fields: [
    { name: "incident_id", type: "string", required: false, description: "Default: the trigger's incident." },
    { name: "status", type: "investigating|identified|monitoring|resolved", required: false },
    { name: "severity", type: "minor|major|critical", required: false },
    { name: "title", type: "string", required: false, description: "At least one of status, severity and title is required." },
  ],
};
