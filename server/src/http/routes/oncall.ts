/** On-call: escalation policies and escalations (started by the `page_on_call` workflow action). */
import type { Elysia } from "elysia";
import { createPolicy, deletePolicy, getEscalation, getPolicy, listEscalations, listPolicies, updatePolicy } from "../../domain/escalations.ts";
import type { OncallDeps } from "../../domain/oncall-deps.ts";
import { decodeCursor, envelope } from "../pagination.ts";
import { bindRoute, type HttpContext } from "../route.ts";

export function oncallRoutes(app: Elysia, http: HttpContext, deps: OncallDeps): void {
  bindRoute(app, http, "listEscalationPolicies", async ({ actor, query }) =>
    envelope(await listPolicies(deps, actor, { limit: query.limit, after: decodeCursor(query.cursor) })),
  );
  bindRoute(app, http, "createEscalationPolicy", async ({ actor, body }) => createPolicy(deps, actor, body));
  bindRoute(app, http, "getEscalationPolicy", async ({ actor, params }) => getPolicy(deps, actor, params.policyId));
  bindRoute(app, http, "updateEscalationPolicy", async ({ actor, params, body }) => updatePolicy(deps, actor, params.policyId, body));
  bindRoute(app, http, "deleteEscalationPolicy", async ({ actor, params }) => deletePolicy(deps, actor, params.policyId));
  bindRoute(app, http, "listEscalations", async ({ actor, query }) =>
    envelope(await listEscalations(deps, actor, { status: query.status }, { limit: query.limit, after: decodeCursor(query.cursor) })),
  );
  bindRoute(app, http, "getEscalation", async ({ actor, params }) => getEscalation(deps, actor, params.escalationId));
}
