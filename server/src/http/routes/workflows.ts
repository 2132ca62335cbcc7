/** Workflows, their versions, evaluations, dry runs and schedules; runs. */
import type { Elysia } from "elysia";
import {
  activateWorkflow,
  cancelRun,
  catalog,
  cloneWorkflow,
  createWorkflow,
  deleteWorkflow,
  disableWorkflow,
  dryRun,
  getRun,
  getVersion,
  getWorkflow,
  listRuns,
  listVersions,
  listWorkflows,
  replayRun,
  schedulePreview,
  triggerWorkflow,
  updateWorkflow,
  type WorkflowDeps,
} from "../../domain/workflows.ts";
import { prunedRunProblem, type RetentionPolicy } from "../../domain/retention.ts";
import { ApiError } from "../../errors.ts";
import { decodeCursor, envelope } from "../pagination.ts";
import { bindRoute, type HttpContext } from "../route.ts";

const instant = (t: string | undefined) => (t === undefined ? undefined : new Date(t).toISOString());

export function workflowRoutes(app: Elysia, http: HttpContext, deps: WorkflowDeps, retention: RetentionPolicy): void {
  const page = (q: { limit: number; cursor?: string | undefined }) => ({ limit: q.limit, after: decodeCursor(q.cursor) });
  bindRoute(app, http, "getWorkflowCatalog", async () => catalog(deps.clock.now()));
  bindRoute(app, http, "listWorkflows", async ({ actor, query }) =>
    envelope(await listWorkflows(deps, actor, { state: query.state, trigger: query.trigger }, page(query))),
  );
  bindRoute(app, http, "createWorkflow", async ({ actor, key, body }) => createWorkflow(deps, actor, key.scopes, body));
  bindRoute(app, http, "getWorkflow", async ({ actor, params }) => getWorkflow(deps, actor, params.workflowId));
  bindRoute(app, http, "updateWorkflow", async ({ actor, key, params, body }) => updateWorkflow(deps, actor, key.scopes, params.workflowId, body));
  bindRoute(app, http, "deleteWorkflow", async ({ actor, params }) => deleteWorkflow(deps, actor, params.workflowId));
  bindRoute(app, http, "activateWorkflow", async ({ actor, key, params }) => activateWorkflow(deps, actor, key.scopes, params.workflowId));
  bindRoute(app, http, "disableWorkflow", async ({ actor, params }) => disableWorkflow(deps, actor, params.workflowId));
  bindRoute(app, http, "cloneWorkflow", async ({ actor, key, params }) => cloneWorkflow(deps, actor, key.scopes, params.workflowId));
  bindRoute(app, http, "listWorkflowVersions", async ({ actor, params, query }) => envelope(await listVersions(deps, actor, params.workflowId, page(query))));
  bindRoute(app, http, "getWorkflowVersion", async ({ actor, params }) => getVersion(deps, actor, params.workflowId, params.version));
  bindRoute(app, http, "triggerWorkflow", async ({ actor, params, body }) => triggerWorkflow(deps, actor, params.workflowId, body ?? {}));
  bindRoute(app, http, "listWorkflowEvaluations", async ({ actor, params, query }) => {
    await getWorkflow(deps, actor, params.workflowId);
    return envelope(await deps.store.evaluations.list(actor.orgId, params.workflowId, page(query)));
  });
  // With neither `event` nor `from_run`, the trigger's sample event is used.
  bindRoute(app, http, "dryRunWorkflow", async ({ actor, params, body }) => dryRun(deps, actor, params.workflowId, body));
  bindRoute(app, http, "getWorkflowSchedule", async ({ actor, params, query }) => schedulePreview(deps, actor, params.workflowId, query.count));
  bindRoute(app, http, "listRuns", async ({ actor, query }) =>
    envelope(
      await listRuns(
        deps,
        actor,
        { workflowId: query.workflow_id, status: query.status, createdAfter: instant(query.created_after), createdBefore: instant(query.created_before) },
        page(query),
      ),
    ),
  );
  bindRoute(app, http, "getRun", async ({ actor, params }) => getRun(deps, actor, params.runId));
  bindRoute(app, http, "cancelRun", async ({ actor, params }) => cancelRun(deps, actor, params.runId));
  bindRoute(app, http, "replayRun", async ({ actor, params, body }) => {
    try {
      return await replayRun(deps, actor, params.runId, { from: body?.from, version: body?.version });
    } catch (e) {
      // A run past the retention window was deleted: say so (410) rather than that it never existed.
      if (e instanceof ApiError && e.status === 404) throw (await prunedRunProblem(deps, retention, actor.orgId, params.runId)) ?? e;
      throw e;
    }
  });
}
