/**
 * create_incident: opens an incident. It records source `workflow` and its events carry the run's causation
 * (both come from the actor). `visibility: draft` creates it unannounced (draft mode); the default is public.
 */
import { createIncident } from "../../domain/incidents.ts";
import { zIncidentStatusSettable, zSeverity, zVisibility } from "../../generated/zod.gen.ts";
import type { ActionModule } from "../types.ts";
import { ActionError, clip, domain, present, rendered, renderedLabels } from "./common.ts";
import { createIncidentSpec, type Config } from "../../workflow/actions/create_incident.ts";
import { items } from "../../workflow/actions/schema.ts";

export const createIncidentAction: ActionModule<Config> = {
  ...createIncidentSpec,
  async run(c, ctx) {
    const title = c.title.trim();
    if (title === "") throw new ActionError("title is empty (its template rendered to nothing).");
    const serviceIds = [...items(c.service_id), ...items(c.service_ids)];
    const incident = await domain(
      createIncident(ctx.deps, ctx.actor, {
        title: clip(title, 300),
        severity: rendered("severity", c.severity, zSeverity.options),
        status: rendered("status", c.status, zIncidentStatusSettable.options),
        visibility: rendered("visibility", c.visibility, zVisibility.options),
        message: present(c.message) ? clip(c.message, 10_000) : null,
        service_ids: serviceIds,
        labels: renderedLabels(c.labels),
      }),
    );
    const { id, severity, status, visibility } = incident;
    return { kind: "done", output: { id, title: incident.title, severity, status, visibility } };
  },
};
