/** `assign_incident` as a definition: its configuration schema, catalog fields and effects. It runs in engine/actions/assign_incident.ts. */
import { z } from "zod";
import type { ActionSpec } from "../types.ts";
import { text } from "./schema.ts";

const config = z
  .strictObject({
    incident_id: text().nullish(),
    assignee_id: text().nullish(),
    assignee_email: text().nullish(),
  })
  .refine((c) => (c.assignee_id === undefined) !== (c.assignee_email === undefined), {
    message: "Set exactly one of assignee_id or assignee_email.",
  });
export type Config = z.infer<typeof config>;

export const assignIncidentSpec: ActionSpec<Config> = {
  type: "assign_incident",
  description: "Assigns an incident to a member (by id or email). Outputs id and assignee_id.",
  effects: "local",
  scopes: ["incidents:write"],
  target: { resources: ["incident"], fields: ["incident_id"] },
  references: [
    { field: "assignee_id", kind: "member" },
    { field: "assignee_email", kind: "member_email" },
  ],
  config,
  fields: [
    { name: "incident_id", type: "string", required: false, description: "Default: the trigger's incident." },
    { name: "assignee_id", type: "string", required: false, description: "A member id; set this or assignee_email." },
    { name: "assignee_email", type: "string", required: false, description: "A member's email; set this or assignee_id." },
  ],
};
