/** update_incident: changes an incident's status, severity and/or title (the trigger's incident by default). */
import { z } from "zod";
import { updateIncident } from "../../domain/incidents.ts";
import { zIncidentStatus, zSeverity } from "../../generated/zod.gen.ts";
import type { ActionModule } from "../types.ts";
import { ActionError, clip, domain, enumOrTemplate, present, rendered, targetIncident, text } from "./common.ts";

const config = z
  .strictObject({
    incident_id: text().nullish(),
    status: enumOrTemplate(zIncidentStatus.options).nullish(),
    severity: enumOrTemplate(zSeverity.options).nullish(),
    title: text().nullish(),
  })
  .refine((c) => c.status !== undefined || c.severity !== undefined || c.title !== undefined, {
    message: "Set at least one of status, severity or title.",
  });
type Config = z.infer<typeof config>;

export const updateIncidentAction: ActionModule<Config> = {
  type: "update_incident",
  description: "Changes an incident's status, severity or title. Outputs id, status, severity and title.",
  effects: "local",
  config,
  fields: [
    { name: "incident_id", type: "string", required: false, description: "Default: the trigger's incident." },
    { name: "status", type: "investigating|identified|monitoring|resolved", required: false },
    { name: "severity", type: "minor|major|critical", required: false },
    { name: "title", type: "string", required: false, description: "At least one of status, severity and title is required." },
  ],
  async run(c, ctx) {
    const id = targetIncident(c.incident_id, ctx);
    const status = rendered("status", c.status, zIncidentStatus.options);
    const severity = rendered("severity", c.severity, zSeverity.options);
    const title = present(c.title) ? clip(c.title.trim(), 300) : undefined;
    if (status === undefined && severity === undefined && title === undefined) {
      throw new ActionError("Nothing to update: status, severity and title all rendered empty.");
    }
    const incident = await domain(updateIncident(ctx.deps, ctx.actor, id, { status, severity, title }));
    return { kind: "done", output: { id: incident.id, status: incident.status, severity: incident.severity, title: incident.title } };
  },
};
