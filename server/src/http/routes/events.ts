/** The domain event log (the outbox), read-only over HTTP. */
import type { Elysia } from "elysia";
import { ApiError } from "../../errors.ts";
import type { EventRecord } from "../../store/types.ts";
import type { Event } from "../../types.ts";
import { decodeCursor, envelope } from "../pagination.ts";
import { bindRoute, type HttpContext } from "../route.ts";

const publicEvent = ({ organization_id: _o, ...e }: EventRecord): Event => e;

export function eventRoutes(app: Elysia, http: HttpContext): void {
  const { store } = http.deps;
  bindRoute(app, http, "listEvents", async ({ actor, query }) => {
    const page = await store.events.list(
      actor.orgId,
      { type: query.type, resourceId: query.resource_id },
      { limit: query.limit, after: decodeCursor(query.cursor) },
    );
    return envelope({ items: page.items.map(publicEvent), nextAfter: page.nextAfter });
  });
  bindRoute(app, http, "getEvent", async ({ actor, params }) => {
    const e = await store.events.get(actor.orgId, params.eventId);
    if (!e) throw ApiError.notFound("event", params.eventId);
    return publicEvent(e);
  });
}
