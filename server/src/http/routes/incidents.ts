/** Incidents, their timeline, labels and assignment. */
import type { Elysia } from "elysia";
import {
  addIncidentLabels,
  addIncidentUpdate,
  archiveIncident,
  assignIncident,
  createIncident,
  getIncident,
  listIncidents,
  listIncidentUpdates,
  publishIncident,
  removeIncidentLabel,
  resolveIncident,
  updateIncident,
} from "../../domain/incidents.ts";
import { decodeCursor, envelope } from "../pagination.ts";
import { bindRoute, type HttpContext } from "../route.ts";

/** Stored times are UTC with milliseconds; bounds are compared as the same canonical form, whatever offset came in. */
const instant = (t: string | undefined) => (t === undefined ? undefined : new Date(t).toISOString());

export function incidentRoutes(app: Elysia, http: HttpContext): void {
  const { deps } = http;
  bindRoute(app, http, "listIncidents", async ({ actor, query }) =>
    envelope(
      await listIncidents(
        deps,
        actor,
        {
          status: query.status,
          severity: query.severity,
          visibility: query.visibility,
          serviceId: query.service_id,
          createdAfter: instant(query.created_after),
          createdBefore: instant(query.created_before),
          includeArchived: query.include_archived === "true",
        },
        { limit: query.limit, after: decodeCursor(query.cursor) },
      ),
    ),
  );
  bindRoute(app, http, "createIncident", async ({ actor, body }) => createIncident(deps, actor, body));
  bindRoute(app, http, "getIncident", ({ actor, params }) => getIncident(deps, actor, params.incidentId));
  bindRoute(app, http, "updateIncident", async ({ actor, params, body }) => updateIncident(deps, actor, params.incidentId, body));
  bindRoute(app, http, "archiveIncident", async ({ actor, params }) => archiveIncident(deps, actor, params.incidentId));
  bindRoute(app, http, "publishIncident", async ({ actor, params }) => publishIncident(deps, actor, params.incidentId));
  bindRoute(app, http, "resolveIncident", async ({ actor, params, body }) => resolveIncident(deps, actor, params.incidentId, body?.message));
  bindRoute(app, http, "listIncidentUpdates", async ({ actor, params, query }) =>
    envelope(await listIncidentUpdates(deps, actor, params.incidentId, { limit: query.limit, after: decodeCursor(query.cursor) })),
  );
  bindRoute(app, http, "addIncidentUpdate", async ({ actor, params, body }) => addIncidentUpdate(deps, actor, params.incidentId, body));
  bindRoute(app, http, "addIncidentLabels", async ({ actor, params, body }) => addIncidentLabels(deps, actor, params.incidentId, body.labels));
  bindRoute(app, http, "removeIncidentLabel", async ({ actor, params }) => removeIncidentLabel(deps, actor, params.incidentId, params.label));
  bindRoute(app, http, "assignIncident", async ({ actor, params, body }) => assignIncident(deps, actor, params.incidentId, body.assignee_id));
}
