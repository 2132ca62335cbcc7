/** Notification channels: CRUD (secrets masked) and the test endpoint. */
import type { Elysia } from "elysia";
import { createChannel, deleteChannel, getChannel, listChannels, testChannel, updateChannel } from "../../domain/channels.ts";
import type { OncallDeps } from "../../domain/oncall-deps.ts";
import { decodeCursor, envelope } from "../pagination.ts";
import { bindRoute, type HttpContext } from "../route.ts";

export function channelRoutes(app: Elysia, http: HttpContext, deps: OncallDeps): void {
  const page = (q: { limit: number; cursor?: string | undefined }) => ({ limit: q.limit, after: decodeCursor(q.cursor) });
  bindRoute(app, http, "listChannels", async ({ actor, query }) => envelope(await listChannels(deps, actor, page(query))));
  bindRoute(app, http, "createChannel", async ({ actor, body }) => createChannel(deps, actor, body));
  bindRoute(app, http, "getChannel", async ({ actor, params }) => getChannel(deps, actor, params.channelId));
  bindRoute(app, http, "updateChannel", async ({ actor, params, body }) => updateChannel(deps, actor, params.channelId, body));
  bindRoute(app, http, "deleteChannel", async ({ actor, params }) => deleteChannel(deps, actor, params.channelId));
  // A failed send is still a 200: the outcome is the answer (see `success`).
  bindRoute(app, http, "testChannel", async ({ actor, params }) => testChannel(deps, actor, params.channelId));
}
