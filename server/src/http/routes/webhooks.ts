/** Webhook endpoints, their delivery log, redelivery and the test endpoint. */
import type { Elysia } from "elysia";
import {
  createWebhook,
  deleteWebhook,
  getDelivery,
  getWebhook,
  listDeliveries,
  listWebhooks,
  redeliver,
  rotateWebhookSecret,
  testWebhook,
  updateWebhook,
  type WebhookDeps,
} from "../../domain/webhooks.ts";
import { decodeCursor, envelope } from "../pagination.ts";
import { bindRoute, type HttpContext } from "../route.ts";

export function webhookRoutes(app: Elysia, http: HttpContext, deps: WebhookDeps): void {
  const page = (q: { limit: number; cursor?: string | undefined }) => ({ limit: q.limit, after: decodeCursor(q.cursor) });
  bindRoute(app, http, "listWebhooks", async ({ actor, query }) => envelope(await listWebhooks(deps, actor, page(query))));
  bindRoute(app, http, "createWebhook", async ({ actor, body }) => createWebhook(deps, actor, body));
  bindRoute(app, http, "getWebhook", async ({ actor, params }) => getWebhook(deps, actor, params.webhookId));
  bindRoute(app, http, "updateWebhook", async ({ actor, params, body }) => updateWebhook(deps, actor, params.webhookId, body));
  bindRoute(app, http, "deleteWebhook", async ({ actor, params }) => deleteWebhook(deps, actor, params.webhookId));
  bindRoute(app, http, "rotateWebhookSecret", async ({ actor, params, body }) =>
    rotateWebhookSecret(deps, actor, params.webhookId, body?.overlap_seconds),
  );
  bindRoute(app, http, "testWebhook", async ({ actor, params, body }) => testWebhook(deps, actor, params.webhookId, body?.event));
  bindRoute(app, http, "listWebhookDeliveries", async ({ actor, params, query }) =>
    envelope(await listDeliveries(deps, actor, params.webhookId, query.status, page(query))),
  );
  bindRoute(app, http, "getWebhookDelivery", async ({ actor, params }) => getDelivery(deps, actor, params.webhookId, params.deliveryId));
  bindRoute(app, http, "redeliverWebhookDelivery", async ({ actor, params }) => redeliver(deps, actor, params.webhookId, params.deliveryId));
}
