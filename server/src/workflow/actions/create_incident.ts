/** `create_incident` as a definition: its configuration schema, catalog fields and effects. It runs in engine/actions/create_incident.ts. */
import { z } from "zod";
import { zIncidentStatusSettable, zSeverity, zVisibility } from "../../generated/zod.gen.ts";
import type { ActionSpec } from "../types.ts";
import { enumOrTemplate, labelOrTemplate, list, requiredText, text } from "./schema.ts";

const config = z.strictObject({
  title: requiredText(),
  severity: enumOrTemplate(zSeverity.options).nullish(),
  status: enumOrTemplate(zIncidentStatusSettable.options).nullish(),
  visibility: enumOrTemplate(zVisibility.options).nullish(),
  message: text().nullish(),
  service_id: text().nullish(),
  service_ids: list(text()).nullish(),
  labels: list(labelOrTemplate()).nullish(),
});
export type Config = z.infer<typeof config>;

export const createIncidentSpec: ActionSpec<Config> = {
  type: "create_incident",
  description: "Opens a new incident (source workflow). Outputs id, title, severity, status and visibility.",
  effects: "local",
  scopes: ["incidents:write"],
  references: [
    { field: "service_id", kind: "service" },
    { field: "service_ids", kind: "service" },
  ],
  config,
  fields: [
    { name: "title", type: "string", required: true, description: "Longer than 300 characters after rendering is cut to 300." },
    { name: "severity", type: "minor|major|critical", required: false, description: "Default minor." },
    { name: "status", type: "investigating|identified|monitoring|resolved", required: false, description: "Default investigating." },
    { name: "visibility", type: "draft|public", required: false, description: "draft creates it without announcing it (publish later). Default public." },
    { name: "message", type: "string", required: false, description: "Cut to 10,000 characters." },
    { name: "service_id", type: "string", required: false, description: "An affected service; empty or null (e.g. a monitor without a service) means none." },
    { name: "service_ids", type: "string[]", required: false, description: "More affected services (a list, or one id)." },
    { name: "labels", type: "string[]", required: false },
  ],
};
