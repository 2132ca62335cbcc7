/**
 * create_incident: opens an incident. It records source `workflow` and its events carry the run's causation
 * (both come from the actor). `visibility: draft` creates it unannounced; the default is public.
 *
 * It obeys the organization's automation settings (domain/automation.ts) like incidents monitors open themselves:
 * in draft mode it starts as a draft whatever `visibility` says (and is published after the auto-publish delay, if
 * one is set); in a run started by an uptime monitor or a heartbeat (`{{monitor.*}}` in scope) there is at most one
 * open incident per monitor and none during the cooldown after the last one was resolved. A suppressed incident is not a failure:
 * the step completes with output `{ id: null, suppressed: { reason, detail } }`.
 */
import { openAutomaticIncident } from "../../domain/automation.ts";
import { zIncidentStatusSettable, zSeverity, zVisibility } from "../../generated/zod.gen.ts";
import type { ActionModule } from "../types.ts";
import { ActionError, clip, domain, present, rendered, renderedLabels } from "./common.ts";
import { createIncidentSpec, type Config } from "../../workflow/actions/create_incident.ts";
import { items } from "../../workflow/actions/schema.ts";

/** The uptime monitor or heartbeat whose event started the run, if one did. */
function monitorOf(scope: Record<string, unknown>): string | null {
  const monitor = scope.monitor as { id?: unknown } | undefined;
  return typeof monitor?.id === "string" && (monitor.id.startsWith("mon_") || monitor.id.startsWith("hbt_")) ? monitor.id : null;
}

export const createIncidentAction: ActionModule<Config> = {
  ...createIncidentSpec,
  async run(c, ctx) {
    const title = c.title.trim();
    if (title === "") throw new ActionError("title is empty (its template rendered to nothing).");
    const serviceIds = [...items(c.service_id), ...items(c.service_ids)];
    const opened = await domain(
      openAutomaticIncident(
        ctx.deps,
        ctx.actor,
        {
          title: clip(title, 300),
          severity: rendered("severity", c.severity, zSeverity.options),
          status: rendered("status", c.status, zIncidentStatusSettable.options),
          visibility: rendered("visibility", c.visibility, zVisibility.options),
          message: present(c.message) ? clip(c.message, 10_000) : null,
          service_ids: serviceIds,
          labels: renderedLabels(c.labels),
        },
        monitorOf(ctx.scope),
      ),
    );
    if (!opened.incident) return { kind: "done", output: { id: null, title: clip(title, 300), suppressed: opened.suppressed } };
    const { id, severity, status, visibility } = opened.incident;
    return { kind: "done", output: { id, title: opened.incident.title, severity, status, visibility } };
  },
};
