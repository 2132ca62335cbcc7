/** Services and their status. */
import type { Elysia } from "elysia";
import { createService, deleteService, getService, listServices, updateService } from "../../domain/services.ts";
import { decodeCursor, envelope } from "../pagination.ts";
import { bindRoute, type HttpContext } from "../route.ts";

export function serviceRoutes(app: Elysia, http: HttpContext): void {
  const { deps } = http;
  bindRoute(app, http, "listServices", async ({ actor, query }) =>
    envelope(await listServices(deps, actor, { status: query.status }, { limit: query.limit, after: decodeCursor(query.cursor) })),
  );
  bindRoute(app, http, "createService", async ({ actor, body }) => createService(deps, actor, body));
  bindRoute(app, http, "getService", async ({ actor, params }) => getService(deps, actor, params.serviceId));
  bindRoute(app, http, "updateService", async ({ actor, params, body }) => updateService(deps, actor, params.serviceId, body));
  bindRoute(app, http, "deleteService", async ({ actor, params }) => deleteService(deps, actor, params.serviceId));
}
