/**
 * assign_incident: assigns an incident (the trigger's by default) to a member, named by id or by email. The email
 * is matched case-insensitively (members' emails are stored lowercase).
 */
import { assignIncident } from "../../domain/incidents.ts";
import type { ActionModule } from "../types.ts";
import { ActionError, domain, present, targetIncident } from "./common.ts";
import { assignIncidentSpec, type Config } from "../../workflow/actions/assign_incident.ts";

export const assignIncidentAction: ActionModule<Config> = {
  ...assignIncidentSpec,
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
