/** Post-incident flows, an incident's way through one (tasks, moves, opt-out, close), and what completes tasks. */
import type { Elysia } from "elysia";
import type { OncallDeps } from "../../domain/oncall-deps.ts";
import {
  assignRole,
  closeIncident,
  createFlow,
  createFollowUp,
  deleteFlow,
  deletePostIncidentTask,
  finishPostIncidentTask,
  getFlow,
  getPostIncident,
  listFlows,
  listFollowUps,
  moveStatus,
  optOut,
  putDebrief,
  putPostmortem,
  reopenPostIncidentTask,
  sharePostmortem,
  updateFlow,
  updateFollowUp,
  updatePostIncidentTask,
} from "../../domain/post-incident.ts";
import { decodeCursor, envelope } from "../pagination.ts";
import { bindRoute, type HttpContext } from "../route.ts";

export function postIncidentRoutes(app: Elysia, http: HttpContext, deps: OncallDeps): void {
  bindRoute(app, http, "listPostIncidentFlows", async ({ actor, query }) =>
    envelope(await listFlows(deps, actor, { limit: query.limit, after: decodeCursor(query.cursor) })),
  );
  bindRoute(app, http, "createPostIncidentFlow", async ({ actor, body }) => createFlow(deps, actor, body));
  bindRoute(app, http, "getPostIncidentFlow", async ({ actor, params }) => getFlow(deps, actor, params.flowId));
  bindRoute(app, http, "updatePostIncidentFlow", async ({ actor, params, body }) => updateFlow(deps, actor, params.flowId, body));
  bindRoute(app, http, "deletePostIncidentFlow", async ({ actor, params }) => deleteFlow(deps, actor, params.flowId));

  bindRoute(app, http, "closeIncident", async ({ actor, params, body }) => closeIncident(deps, actor, params.incidentId, body?.flow_id));
  bindRoute(app, http, "getIncidentPostIncident", async ({ actor, params }) => getPostIncident(deps, actor, params.incidentId));
  bindRoute(app, http, "movePostIncidentStatus", async ({ actor, params, body }) => moveStatus(deps, actor, params.incidentId, body.to));
  bindRoute(app, http, "optOutOfPostIncident", async ({ actor, params, body }) => optOut(deps, actor, params.incidentId, body.reason));
  bindRoute(app, http, "updatePostIncidentTask", async ({ actor, params, body }) => updatePostIncidentTask(deps, actor, params.incidentId, params.taskId, body));
  bindRoute(app, http, "completePostIncidentTask", async ({ actor, params, body }) =>
    finishPostIncidentTask(deps, actor, params.incidentId, params.taskId, "done", body?.note),
  );
  bindRoute(app, http, "skipPostIncidentTask", async ({ actor, params, body }) =>
    finishPostIncidentTask(deps, actor, params.incidentId, params.taskId, "not_doing", body?.note),
  );
  bindRoute(app, http, "deletePostIncidentTask", async ({ actor, params }) => deletePostIncidentTask(deps, actor, params.incidentId, params.taskId));
  bindRoute(app, http, "reopenPostIncidentTask", async ({ actor, params }) => reopenPostIncidentTask(deps, actor, params.incidentId, params.taskId));

  bindRoute(app, http, "listFollowUps", async ({ actor, params }) => ({ data: await listFollowUps(deps, actor, params.incidentId), next_cursor: null }));
  bindRoute(app, http, "createFollowUp", async ({ actor, params, body }) => createFollowUp(deps, actor, params.incidentId, body));
  bindRoute(app, http, "updateFollowUp", async ({ actor, params, body }) => updateFollowUp(deps, actor, params.incidentId, params.followUpId, body));
  bindRoute(app, http, "putPostmortem", async ({ actor, params, body }) => putPostmortem(deps, actor, params.incidentId, body));
  // A failed send is still a 200: the outcome is the answer (see `success`).
  bindRoute(app, http, "sharePostmortem", async ({ actor, params, body }) => sharePostmortem(deps, actor, params.incidentId, body.channel_id));
  bindRoute(app, http, "putDebrief", async ({ actor, params, body }) => putDebrief(deps, actor, params.incidentId, body));
  bindRoute(app, http, "assignIncidentRole", async ({ actor, params, body }) => assignRole(deps, actor, params.incidentId, body.role, body.member_id));
}
