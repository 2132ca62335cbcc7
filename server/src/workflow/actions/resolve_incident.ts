/** `resolve_incident` as a definition: its configuration schema, catalog fields and effects. It runs in engine/actions/resolve_incident.ts. */
import { z } from "zod";
import type { ActionSpec } from "../types.ts";
import { text } from "./schema.ts";

const config = z.strictObject({
  incident_id: text().nullish(),
  message: text().nullish(),
});
export type Config = z.infer<typeof config>;

export const resolveIncidentSpec: ActionSpec<Config> = {
  type: "resolve_incident",
  description: "Resolves an incident; already resolved is a success. Outputs id, already_resolved and resolved_at.",
  effects: "local",
  scopes: ["incidents:write"],
  target: { resources: ["incident"], fields: ["incident_id"] },
  config,
  fields: [
    { name: "incident_id", type: "string", required: false, description: "Default: the trigger's incident." },
    { name: "message", type: "string", required: false, description: "Added to the timeline with the resolution." },
  ],
};
