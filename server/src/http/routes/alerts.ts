/** Alerts: ingest (with deduplication), acknowledge, resolve (by id or dedup key), list and get. */
import type { Elysia } from "elysia";
import { acknowledgeAlert, getAlert, ingestAlert, listAlerts, resolveAlert, resolveAlertByDedupKey } from "../../domain/alerts.ts";
import type { OncallDeps } from "../../domain/oncall-deps.ts";
import { decodeCursor, envelope } from "../pagination.ts";
import { bindRoute, type HttpContext, withStatus } from "../route.ts";

export function alertRoutes(app: Elysia, http: HttpContext, deps: OncallDeps): void {
  bindRoute(app, http, "listAlerts", async ({ actor, query }) =>
    envelope(await listAlerts(deps, actor, { status: query.status, dedupKey: query.dedup_key }, { limit: query.limit, after: decodeCursor(query.cursor) })),
  );
  // 201 for a new alert, 200 when an open alert with the same dedup_key was updated; `deduplicated` says which.
  bindRoute(app, http, "createAlert", async ({ actor, body }) => {
    const { alert, deduplicated } = await ingestAlert(deps, actor, body);
    return withStatus(deduplicated ? 200 : 201, { ...alert, deduplicated });
  });
  bindRoute(app, http, "resolveAlertByDedupKey", async ({ actor, body }) => resolveAlertByDedupKey(deps, actor, body.dedup_key));
  bindRoute(app, http, "getAlert", async ({ actor, params }) => getAlert(deps, actor, params.alertId));
  bindRoute(app, http, "acknowledgeAlert", async ({ actor, params, body }) => acknowledgeAlert(deps, actor, params.alertId, body?.member_id));
  bindRoute(app, http, "resolveAlert", async ({ actor, params }) => resolveAlert(deps, actor, params.alertId));
}
