/**
 * assign_incident: assigns an incident (the trigger's by default) to a member, named by id or by email. The email
 * is matched case-insensitively (members' emails are stored lowercase).
 */
import { z } from "zod";
import { assignIncident } from "../../domain/incidents.ts";
import type { ActionModule } from "../types.ts";
import { ActionError, domain, present, targetIncident, text } from "./common.ts";

const config = z
  .strictObject({
    incident_id: text().nullish(),
    assignee_id: text().nullish(),
    assignee_email: text().nullish(),
  })
  .refine((c) => (c.assignee_id === undefined) !== (c.assignee_email === undefined), {
    message: "Set exactly one of assignee_id or assignee_email.",
  });
type Config = z.infer<typeof config>;

export const assignIncidentAction: ActionModule<Config> = {
  type: "assign_incident",
  description: "Assigns an incident to a member (by id or email). Outputs id and assignee_id.",
  effects: "local",
  config,
  fields: [
    { name: "incident_id", type: "string", required: false, description: "Default: the trigger's incident." },
    { name: "assignee_id", type: "string", required: false, description: "A member id; set this or assignee_email." },
    { name: "assignee_email", type: "string", required: false, description: "A member's email; set this or assignee_id." },
  ],
  async run(c, ctx) {
    const id = targetIncident(c.incident_id, ctx);
    let assigneeId: string;
    if (present(c.assignee_id)) {
      assigneeId = c.assignee_id.trim();
    } else if (present(c.assignee_email)) {
      const email = c.assignee_email.trim().toLowerCase();
      const member = await ctx.deps.store.members.findByEmail(ctx.actor.orgId, email);
      if (!member) throw new ActionError(`No member with email ${email}.`);
      assigneeId = member.id;
    } else {
      throw new ActionError("The assignee is empty (its template rendered to nothing).");
    }
    const incident = await domain(assignIncident(ctx.deps, ctx.actor, id, assigneeId));
    return { kind: "done", output: { id: incident.id, assignee_id: incident.assignee_id } };
  },
};
