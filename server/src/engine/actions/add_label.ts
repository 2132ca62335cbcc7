/** add_label: adds one or more labels to an incident (the trigger's by default). Labels it already has are kept once. */
import { addIncidentLabels } from "../../domain/incidents.ts";
import type { ActionModule } from "../types.ts";
import { ActionError, domain, renderedLabels, targetIncident } from "./common.ts";
import { addLabelSpec, type Config } from "../../workflow/actions/add_label.ts";

export const addLabelAction: ActionModule<Config> = {
  ...addLabelSpec,
  async run(c, ctx) {
    const id = targetIncident(c.incident_id, ctx);
    const labels = [...renderedLabels(c.label), ...renderedLabels(c.labels)];
    if (labels.length === 0) throw new ActionError("No labels to add: every label rendered empty.");
    const incident = await domain(addIncidentLabels(ctx.deps, ctx.actor, id, labels));
    return { kind: "done", output: { id: incident.id, labels: incident.labels } };
  },
};
