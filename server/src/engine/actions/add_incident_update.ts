/** add_incident_update: posts a timeline update on an incident (the trigger's by default), optionally with a status. */
import { addIncidentUpdate } from "../../domain/incidents.ts";
import { zIncidentStatusSettable } from "../../generated/zod.gen.ts";
import type { ActionModule } from "../types.ts";
import { ActionError, clip, domain, rendered, targetIncident } from "./common.ts";
import { addIncidentUpdateSpec, type Config } from "../../workflow/actions/add_incident_update.ts";

export const addIncidentUpdateAction: ActionModule<Config> = {
  ...addIncidentUpdateSpec,
  async run(c, ctx) {
    const id = targetIncident(c.incident_id, ctx);
    const message = c.message.trim();
    if (message === "") throw new ActionError("message is empty (its template rendered to nothing).");
    const status = rendered("status", c.status, zIncidentStatusSettable.options);
    const entry = await domain(addIncidentUpdate(ctx.deps, ctx.actor, id, { message: clip(message, 10_000), status }));
    return { kind: "done", output: { id: entry.id, incident_id: entry.incident_id, status: entry.status } };
  },
};
