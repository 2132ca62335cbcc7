/** Heartbeats: CRUD, pause/resume and the ping history (the ping endpoints themselves are in ping.ts). */
import type { Elysia } from "elysia";
import {
  createHeartbeat,
  deleteHeartbeat,
  getHeartbeat,
  type HeartbeatDeps,
  listHeartbeatPings,
  listHeartbeats,
  pauseHeartbeat,
  resumeHeartbeat,
  updateHeartbeat,
} from "../../domain/heartbeats.ts";
import { decodeCursor, envelope } from "../pagination.ts";
import { bindRoute, type HttpContext } from "../route.ts";

export function heartbeatRoutes(app: Elysia, http: HttpContext, deps: HeartbeatDeps): void {
  const page = (q: { limit: number; cursor?: string | undefined }) => ({ limit: q.limit, after: decodeCursor(q.cursor) });
  bindRoute(app, http, "listHeartbeats", async ({ actor, query }) => envelope(await listHeartbeats(deps, actor, page(query))));
  bindRoute(app, http, "createHeartbeat", async ({ actor, body }) => createHeartbeat(deps, actor, body));
  bindRoute(app, http, "getHeartbeat", async ({ actor, params }) => getHeartbeat(deps, actor, params.heartbeatId));
  bindRoute(app, http, "updateHeartbeat", async ({ actor, params, body }) => updateHeartbeat(deps, actor, params.heartbeatId, body));
  bindRoute(app, http, "deleteHeartbeat", async ({ actor, params }) => deleteHeartbeat(deps, actor, params.heartbeatId));
  bindRoute(app, http, "pauseHeartbeat", async ({ actor, params }) => pauseHeartbeat(deps, actor, params.heartbeatId));
  bindRoute(app, http, "resumeHeartbeat", async ({ actor, params }) => resumeHeartbeat(deps, actor, params.heartbeatId));
  bindRoute(app, http, "listHeartbeatPings", async ({ actor, params, query }) =>
    envelope(await listHeartbeatPings(deps, actor, params.heartbeatId, page(query))),
  );
}
