/** Health, the current organization, and API keys. */
import type { Elysia } from "elysia";
import { createApiKey, getApiKey, listApiKeys, revokeApiKey } from "../../domain/api-keys.ts";
import { getOrganization, updateOrganization } from "../../domain/organization.ts";
import { getOrganizationSettings, type RetentionPolicy, updateOrganizationSettings } from "../../domain/retention.ts";
import { VERSION } from "../../version.ts";
import { decodeCursor, envelope } from "../pagination.ts";
import { bindRoute, type HttpContext } from "../route.ts";

export function platformRoutes(app: Elysia, http: HttpContext, retention: RetentionPolicy): void {
  const { deps } = http;
  bindRoute(app, http, "getHealth", async () => {
    await deps.store.ping();
    return { status: "ok", version: VERSION };
  });
  bindRoute(app, http, "getOrganization", async ({ actor }) => getOrganization(deps, actor));
  bindRoute(app, http, "updateOrganization", async ({ actor, body }) => updateOrganization(deps, actor, body));
  bindRoute(app, http, "getOrganizationSettings", async ({ actor }) => getOrganizationSettings(deps, retention, actor));
  bindRoute(app, http, "updateOrganizationSettings", async ({ actor, body }) => updateOrganizationSettings(deps, retention, actor, body));
  bindRoute(app, http, "listApiKeys", async ({ actor, query }) =>
    envelope(await listApiKeys(deps, actor, { limit: query.limit, after: decodeCursor(query.cursor) })),
  );
  bindRoute(app, http, "createApiKey", async ({ actor, key, body }) => createApiKey(deps, actor, key.scopes, body));
  bindRoute(app, http, "getApiKey", async ({ actor, params }) => getApiKey(deps, actor, params.apiKeyId));
  bindRoute(app, http, "revokeApiKey", async ({ actor, key, params }) => {
    const revoked = await revokeApiKey(deps, actor, key.scopes, params.apiKeyId);
    http.auth.invalidate(revoked.id);
    return revoked;
  });
}
