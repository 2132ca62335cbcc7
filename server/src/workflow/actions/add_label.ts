/** `add_label` as a definition: its configuration schema, catalog fields and effects. It runs in engine/actions/add_label.ts. */
import { z } from "zod";
import type { ActionSpec } from "../types.ts";
import { labelOrTemplate, list, text } from "./schema.ts";

const config = z
  .strictObject({
    incident_id: text().nullish(),
    label: labelOrTemplate().nullish(),
    labels: list(labelOrTemplate()).nullish(),
  })
  .refine((c) => c.label !== undefined || c.labels !== undefined, { message: "Set label or labels." });
export type Config = z.infer<typeof config>;

export const addLabelSpec: ActionSpec<Config> = {
  type: "add_label",
  description: "Adds labels to an incident. Outputs id and the incident's labels afterwards.",
  effects: "local",
  scopes: ["incidents:write"],
  target: { resources: ["incident"], fields: ["incident_id"] },
  config,
  fields: [
    { name: "incident_id", type: "string", required: false, description: "Default: the trigger's incident." },
    { name: "label", type: "string", required: false, description: "One label; set this or labels (or both)." },
    { name: "labels", type: "string[]", required: false, description: "Several labels (a list, or one label)." },
  ],
};
