/** add_incident_update: posts a timeline update on an incident (the trigger's by default), optionally with a status. */
import { z } from "zod";
import { addIncidentUpdate } from "../../domain/incidents.ts";
import { zIncidentStatus } from "../../generated/zod.gen.ts";
import type { ActionModule } from "../types.ts";
import { ActionError, clip, domain, enumOrTemplate, rendered, requiredText, targetIncident, text } from "./common.ts";

const config = z.strictObject({
  incident_id: text().nullish(),
  message: requiredText(),
  status: enumOrTemplate(zIncidentStatus.options).nullish(),
});
type Config = z.infer<typeof config>;

export const addIncidentUpdateAction: ActionModule<Config> = {
  type: "add_incident_update",
  description: "Adds an update to an incident's timeline, optionally changing its status. Outputs id (the update's) and incident_id.",
  effects: "local",
  config,
  fields: [
    { name: "incident_id", type: "string", required: false, description: "Default: the trigger's incident." },
    { name: "message", type: "string", required: true },
    { name: "status", type: "investigating|identified|monitoring|resolved", required: false, description: "Set with the update." },
  ],
  async run(c, ctx) {
    const id = targetIncident(c.incident_id, ctx);
    const message = c.message.trim();
    if (message === "") throw new ActionError("message is empty (its template rendered to nothing).");
    const status = rendered("status", c.status, zIncidentStatus.options);
    const entry = await domain(addIncidentUpdate(ctx.deps, ctx.actor, id, { message: clip(message, 10_000), status }));
    return { kind: "done", output: { id: entry.id, incident_id: entry.incident_id, status: entry.status } };
  },
};
