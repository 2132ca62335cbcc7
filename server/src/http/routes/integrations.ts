/**
 * Integrations: CRUD (API key masked, signing secret never shown), the key test, the signing secret, and the
 * inbound incident.io webhook.
 *
 * The webhook is bound here rather than through bindRoute: it has no API key (the signature is the
 * authentication) and the signature covers the raw body, so the body is read as bytes (with its own size limit)
 * and handed over unparsed. Errors still go through the app's one renderer (problem+json with a request id).
 */
import type { Elysia } from "elysia";
import {
  createIntegration,
  deleteIntegration,
  getIntegration,
  type IntegrationDeps,
  listIntegrations,
  MAX_WEBHOOK_BYTES,
  receiveIncidentIoWebhook,
  setSigningSecret,
  testIntegration,
  updateIntegration,
} from "../../domain/integrations.ts";
import { ApiError } from "../../errors.ts";
import { routes } from "../../generated/routes.gen.ts";
import { VERSION_HEADERS } from "../../version.ts";
import { MAX_JSON_DEPTH, tooDeepAt } from "../json-depth.ts";
import { decodeCursor, envelope } from "../pagination.ts";
import { bindRoute, type HttpContext, readBody } from "../route.ts";

export function integrationRoutes(app: Elysia, http: HttpContext, deps: IntegrationDeps): void {
  const page = (q: { limit: number; cursor?: string | undefined }) => ({ limit: q.limit, after: decodeCursor(q.cursor) });
  bindRoute(app, http, "listIntegrations", async ({ actor, query }) => envelope(await listIntegrations(deps, actor, page(query))));
  bindRoute(app, http, "createIntegration", async ({ actor, body }) => createIntegration(deps, actor, body));
  bindRoute(app, http, "getIntegration", async ({ actor, params }) => getIntegration(deps, actor, params.integrationId));
  bindRoute(app, http, "updateIntegration", async ({ actor, params, body }) => updateIntegration(deps, actor, params.integrationId, body));
  bindRoute(app, http, "deleteIntegration", async ({ actor, params }) => deleteIntegration(deps, actor, params.integrationId));
  // A failed check is still a 200: the outcome is the answer (see `ok`).
  bindRoute(app, http, "testIntegration", async ({ actor, params }) => testIntegration(deps, actor, params.integrationId));
  bindRoute(app, http, "setIntegrationSigningSecret", async ({ actor, params, body }) => setSigningSecret(deps, actor, params.integrationId, body));

  const route = routes.receiveIncidentIoWebhook;
  const idPattern = /^int_[0-9A-Z]{26}$/;
  app.route(
    route.method,
    route.elysiaPath,
    (async ({ request, params }: { request: Request; params: Record<string, string> }) => {
      const requestId = http.requestId(request);
      try {
        const id = params.integrationId ?? "";
        if (!idPattern.test(id)) throw new ApiError(404, "not-found", "Not found", `Nothing at ${new URL(request.url).pathname}.`);
        const raw = await readBody(request, MAX_WEBHOOK_BYTES, "Webhook bodies");
        const type = request.headers.get("content-type") ?? "";
        if (!/^application\/(?:[\w.+-]*\+)?json\s*(?:;|$)/i.test(type)) {
          throw new ApiError(415, "unsupported-media-type", "Unsupported media type", "incident.io sends application/json; send the body as application/json.");
        }
        // Before anything parses it (JSON.parse and what follows recurse): the same rule as every API body.
        const deep = tooDeepAt(raw);
        if (deep !== null) {
          throw ApiError.validation([{ in: "body", pointer: deep, detail: `Nested too deep: objects and arrays may nest at most ${MAX_JSON_DEPTH} levels.` }]);
        }
        const receipt = await receiveIncidentIoWebhook(deps, id, request.headers, raw);
        return new Response(JSON.stringify(receipt), { status: 200, headers: { "content-type": "application/json", "x-request-id": requestId, ...VERSION_HEADERS } });
      } catch (err) {
        const res = http.renderError(err, request, requestId);
        res.headers.set("x-request-id", requestId);
        return res;
      }
    }) as never,
    { parse: "none" },
  );
}

