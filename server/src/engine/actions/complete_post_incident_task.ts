/**
 * complete_post_incident_task: completes or skips a task of the incident's current post-incident status. The task is
 * `task_id`, else the first open task of `kind` in the current status, else the trigger's task (post_incident.* task
 * triggers). The completion records the run (`completed_by.kind: workflow`).
 */
import { finishPostIncidentTask, getPostIncident } from "../../domain/post-incident.ts";
import type { ActionModule } from "../types.ts";
import { ActionError, domain, present, rendered, targetIncident } from "./common.ts";
import { completePostIncidentTaskSpec, type Config } from "../../workflow/actions/complete_post_incident_task.ts";
import { zPostIncidentTaskKind } from "../../generated/zod.gen.ts";

export const completePostIncidentTaskAction: ActionModule<Config> = {
  ...completePostIncidentTaskSpec,
  async run(c, ctx) {
    const id = targetIncident(c.incident_id, ctx);
    const outcome = rendered("outcome", c.outcome, ["done", "not_doing"] as const) ?? "done";
    const kind = rendered("kind", c.kind, zPostIncidentTaskKind.options);
    let taskId: string | undefined = present(c.task_id) ? c.task_id.trim() : undefined;
    if (!taskId && kind) {
      const pi = await domain(getPostIncident(ctx.deps, ctx.actor, id));
      taskId = pi.tasks.find((t) => t.kind === kind && t.status === "todo" && t.post_incident_status === pi.status)?.id;
      if (!taskId) throw new ActionError(`No open ${kind} task in the incident's current post-incident status.`);
    }
    if (!taskId) {
      const task = ctx.scope.task as { id?: unknown } | undefined;
      if (typeof task?.id === "string") taskId = task.id;
    }
    if (!taskId) throw new ActionError("Set task_id or kind (this trigger has no task).");
    const note = present(c.note) ? c.note.trim().slice(0, 2000) : undefined;
    const task = await domain(finishPostIncidentTask(ctx.deps, ctx.actor, id, taskId, outcome, note));
    const incident = await ctx.deps.store.incidents.get(ctx.actor.orgId, id);
    return { kind: "done", output: { id: task.id, status: task.status, post_incident_status: incident?.post_incident_status ?? null, incident_status: incident?.status ?? null } };
  },
};
