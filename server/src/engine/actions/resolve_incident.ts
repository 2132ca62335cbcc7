/**
 * resolve_incident: resolves an incident (the trigger's by default), optionally adding a timeline message.
 * Idempotent: an incident that is already resolved is a success with `already_resolved: true`, so "resolve when
 * X" workflows do not fail when someone got there first.
 */
import { isResolvedOrLater } from "../../domain/incident-status.ts";
import { resolveIncident } from "../../domain/incidents.ts";
import { ApiError } from "../../errors.ts";
import type { ActionModule } from "../types.ts";
import { clip, domain, present, targetIncident, depsIn } from "./common.ts";
import { resolveIncidentSpec, type Config } from "../../workflow/actions/resolve_incident.ts";

export const resolveIncidentAction: ActionModule<Config> = {
  ...resolveIncidentSpec,
  async run(c, ctx) {
    const id = targetIncident(c.incident_id, ctx);
    const { store } = ctx.deps;
    // Read and resolve in one transaction (the domain call runs in it), so the check cannot race another resolver.
    return store.transaction(async (tx) => {
      const current = await tx.incidents.get(ctx.actor.orgId, id);
      if (!current) throw ApiError.notFound("incident", id);
      if (isResolvedOrLater(current.status)) {
        return { kind: "done" as const, output: { id, already_resolved: true, resolved_at: current.resolved_at } };
      }
      const message = present(c.message) ? clip(c.message.trim(), 10_000) : undefined;
      const incident = await domain(resolveIncident(depsIn(ctx, tx), ctx.actor, id, message));
      return { kind: "done" as const, output: { id, already_resolved: false, resolved_at: incident.resolved_at } };
    });
  },
};
