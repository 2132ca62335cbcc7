/** update_incident: changes an incident's status, severity and/or title (the trigger's incident by default). */
import { updateIncident } from "../../domain/incidents.ts";
import { zIncidentStatusSettable, zSeverity } from "../../generated/zod.gen.ts";
import type { ActionModule } from "../types.ts";
import { ActionError, clip, domain, present, rendered, targetIncident } from "./common.ts";
import { updateIncidentSpec, type Config } from "../../workflow/actions/update_incident.ts";

export const updateIncidentAction: ActionModule<Config> = {
  ...updateIncidentSpec,
  async run(c, ctx) {
    const id = targetIncident(c.incident_id, ctx);
    const status = rendered("status", c.status, zIncidentStatusSettable.options);
    const severity = rendered("severity", c.severity, zSeverity.options);
    const title = present(c.title) ? clip(c.title.trim(), 300) : undefined;
    if (status === undefined && severity === undefined && title === undefined) {
      throw new ActionError("Nothing to update: status, severity and title all rendered empty.");
    }
    const incident = await domain(updateIncident(ctx.deps, ctx.actor, id, { status, severity, title }));
    return { kind: "done", output: { id: incident.id, status: incident.status, severity: incident.severity, title: incident.title } };
  },
};
