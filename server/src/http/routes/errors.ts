/** Error reports and the rules they are counted against. */
import type { Elysia } from "elysia";
import { ErrorMonitor, type ErrorRuleDeps } from "../../domain/errors-ingest.ts";
import { decodeCursor, envelope } from "../pagination.ts";
import { bindRoute, type HttpContext } from "../route.ts";

export function errorRoutes(app: Elysia, http: HttpContext, deps: ErrorRuleDeps): void {
  const monitor = new ErrorMonitor(deps);
  bindRoute(app, http, "ingestErrors", async ({ actor, body }) => monitor.ingest(actor, body.errors));
  bindRoute(app, http, "listErrorRules", async ({ actor, query }) =>
    envelope(await monitor.list(actor, { limit: query.limit, after: decodeCursor(query.cursor) })),
  );
  bindRoute(app, http, "createErrorRule", async ({ actor, body }) => monitor.create(actor, body));
  bindRoute(app, http, "getErrorRule", async ({ actor, params }) => monitor.get(actor, params.ruleId));
  bindRoute(app, http, "updateErrorRule", async ({ actor, params, body }) => monitor.update(actor, params.ruleId, body));
  bindRoute(app, http, "deleteErrorRule", async ({ actor, params }) => monitor.delete(actor, params.ruleId));
}
