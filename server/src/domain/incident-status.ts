/**
 * Where an incident stands in its lifecycle, for modules that must not import domain/incidents.ts (which imports
 * them: escalations.ts) as well as for those that do.
 */
import type { IncidentStatus } from "../types.ts";

/** Statuses past `resolved`: reached only through the post-incident flow and close (domain/post-incident.ts). */
export const AFTER_RESOLVED: readonly IncidentStatus[] = ["post_incident", "closed"];
/** Whether the incident is resolved or past it (in a post-incident flow, or closed). */
export const isResolvedOrLater = (status: IncidentStatus) => status === "resolved" || AFTER_RESOLVED.includes(status);
