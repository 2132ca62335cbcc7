/** Team members. */
import type { Elysia } from "elysia";
import { createMember, deleteMember, getMember, listMembers, updateMember } from "../../domain/members.ts";
import { decodeCursor, envelope } from "../pagination.ts";
import { bindRoute, type HttpContext } from "../route.ts";

export function memberRoutes(app: Elysia, http: HttpContext): void {
  const { deps } = http;
  bindRoute(app, http, "listMembers", async ({ actor, query }) =>
    envelope(await listMembers(deps, actor, { limit: query.limit, after: decodeCursor(query.cursor) })),
  );
  bindRoute(app, http, "createMember", async ({ actor, body }) => createMember(deps, actor, body));
  bindRoute(app, http, "getMember", async ({ actor, params }) => getMember(deps, actor, params.memberId));
  bindRoute(app, http, "updateMember", async ({ actor, params, body }) => updateMember(deps, actor, params.memberId, body));
  bindRoute(app, http, "deleteMember", async ({ actor, params }) => deleteMember(deps, actor, params.memberId));
}
