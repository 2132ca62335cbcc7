/** Uptime monitors, their checks, and maintenance windows. */
import type { Elysia } from "elysia";
import {
  createMaintenanceWindow,
  createMonitor,
  deleteMaintenanceWindow,
  deleteMonitor,
  getMaintenanceWindow,
  getMonitor,
  listMaintenanceWindows,
  listMonitorChecks,
  listMonitors,
  type MonitorDeps,
  pauseMonitor,
  resumeMonitor,
  updateMaintenanceWindow,
  updateMonitor,
} from "../../domain/monitors.ts";
import { decodeCursor, envelope } from "../pagination.ts";
import { bindRoute, type HttpContext } from "../route.ts";

export function monitorRoutes(app: Elysia, http: HttpContext, deps: MonitorDeps): void {
  const page = (q: { limit: number; cursor?: string | undefined }) => ({ limit: q.limit, after: decodeCursor(q.cursor) });
  bindRoute(app, http, "listMonitors", async ({ actor, query }) => envelope(await listMonitors(deps, actor, { state: query.state }, page(query))));
  bindRoute(app, http, "createMonitor", async ({ actor, body }) => createMonitor(deps, actor, body));
  bindRoute(app, http, "getMonitor", async ({ actor, params }) => getMonitor(deps, actor, params.monitorId));
  bindRoute(app, http, "updateMonitor", async ({ actor, params, body }) => updateMonitor(deps, actor, params.monitorId, body));
  bindRoute(app, http, "deleteMonitor", async ({ actor, params }) => deleteMonitor(deps, actor, params.monitorId));
  bindRoute(app, http, "pauseMonitor", async ({ actor, params }) => pauseMonitor(deps, actor, params.monitorId));
  bindRoute(app, http, "resumeMonitor", async ({ actor, params }) => resumeMonitor(deps, actor, params.monitorId));
  bindRoute(app, http, "listMonitorChecks", async ({ actor, params, query }) => envelope(await listMonitorChecks(deps, actor, params.monitorId, page(query))));
  bindRoute(app, http, "listMaintenanceWindows", async ({ actor, query }) => envelope(await listMaintenanceWindows(deps, actor, page(query))));
  bindRoute(app, http, "createMaintenanceWindow", async ({ actor, body }) => createMaintenanceWindow(deps, actor, body));
  bindRoute(app, http, "getMaintenanceWindow", async ({ actor, params }) => getMaintenanceWindow(deps, actor, params.maintenanceWindowId));
  bindRoute(app, http, "updateMaintenanceWindow", async ({ actor, params, body }) => updateMaintenanceWindow(deps, actor, params.maintenanceWindowId, body));
  bindRoute(app, http, "deleteMaintenanceWindow", async ({ actor, params }) => deleteMaintenanceWindow(deps, actor, params.maintenanceWindowId));
}
