/**
 * create_incident: opens an incident. It records source `workflow` and its events carry the run's causation
 * (both come from the actor). `visibility: draft` creates it unannounced (draft mode); the default is public.
 */
import { z } from "zod";
import { createIncident } from "../../domain/incidents.ts";
import { zIncidentStatus, zSeverity, zVisibility } from "../../generated/zod.gen.ts";
import type { ActionModule } from "../types.ts";
import { ActionError, clip, domain, enumOrTemplate, items, labelOrTemplate, list, present, rendered, renderedLabels, requiredText, text } from "./common.ts";

const config = z.strictObject({
  title: requiredText(),
  severity: enumOrTemplate(zSeverity.options).nullish(),
  status: enumOrTemplate(zIncidentStatus.options).nullish(),
  visibility: enumOrTemplate(zVisibility.options).nullish(),
  message: text().nullish(),
  service_id: text().nullish(),
  service_ids: list(text()).nullish(),
  labels: list(labelOrTemplate()).nullish(),
});
type Config = z.infer<typeof config>;

export const createIncidentAction: ActionModule<Config> = {
  type: "create_incident",
  description: "Opens a new incident (source workflow). Outputs id, title, severity, status and visibility.",
  effects: "local",
  config,
  fields: [
    { name: "title", type: "string", required: true, description: "Longer than 300 characters after rendering is cut to 300." },
    { name: "severity", type: "minor|major|critical", required: false, description: "Default minor." },
    { name: "status", type: "investigating|identified|monitoring|resolved", required: false, description: "Default investigating." },
    { name: "visibility", type: "draft|public", required: false, description: "draft creates it without announcing it (publish later). Default public." },
    { name: "message", type: "string", required: false, description: "Cut to 10,000 characters." },
    { name: "service_id", type: "string", required: false, description: "An affected service; empty or null (e.g. a monitor without a service) means none." },
    { name: "service_ids", type: "string[]", required: false, description: "More affected services (a list, or one id)." },
    { name: "labels", type: "string[]", required: false },
  ],
  async run(c, ctx) {
    const title = c.title.trim();
    if (title === "") throw new ActionError("title is empty (its template rendered to nothing).");
    const serviceIds = [...items(c.service_id), ...items(c.service_ids)];
    const incident = await domain(
      createIncident(ctx.deps, ctx.actor, {
        title: clip(title, 300),
        severity: rendered("severity", c.severity, zSeverity.options),
        status: rendered("status", c.status, zIncidentStatus.options),
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
