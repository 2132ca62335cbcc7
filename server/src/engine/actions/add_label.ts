/** add_label: adds one or more labels to an incident (the trigger's by default). Labels it already has are kept once. */
import { z } from "zod";
import { addIncidentLabels } from "../../domain/incidents.ts";
import type { ActionModule } from "../types.ts";
import { ActionError, domain, labelOrTemplate, list, renderedLabels, targetIncident, text } from "./common.ts";

const config = z
  .strictObject({
    incident_id: text().nullish(),
    label: labelOrTemplate().nullish(),
    labels: list(labelOrTemplate()).nullish(),
  })
  .refine((c) => c.label !== undefined || c.labels !== undefined, { message: "Set label or labels." });
type Config = z.infer<typeof config>;

export const addLabelAction: ActionModule<Config> = {
  type: "add_label",
  description: "Adds labels to an incident. Outputs id and the incident's labels afterwards.",
  effects: "local",
  config,
  fields: [
    { name: "incident_id", type: "string", required: false, description: "Default: the trigger's incident." },
    { name: "label", type: "string", required: false, description: "One label; set this or labels (or both)." },
    { name: "labels", type: "string[]", required: false, description: "Several labels (a list, or one label)." },
  ],
  async run(c, ctx) {
    const id = targetIncident(c.incident_id, ctx);
    const labels = [...renderedLabels(c.label), ...renderedLabels(c.labels)];
    if (labels.length === 0) throw new ActionError("No labels to add: every label rendered empty.");
    const incident = await domain(addIncidentLabels(ctx.deps, ctx.actor, id, labels));
    return { kind: "done", output: { id: incident.id, labels: incident.labels } };
  },
};
