/**
 * page_on_call: starts an escalation with a policy for an alert or an incident (the trigger's alert, else the
 * trigger's incident, unless `alert_id` / `incident_id` names one). Local: the escalation and its first queue job
 * are written in the step's transaction, so the step is recorded exactly once with its effect. The escalation
 * worker polls the queue every second, so level 1 goes out within about a second of the step (the action has no
 * way to wake it, and does not need one). A target that is already being escalated gets its running escalation
 * back (`already_active: true`): a workflow that fires twice does not page people twice.
 */
import { startEscalation } from "../../domain/escalations.ts";
import type { ActionModule } from "../types.ts";
import { ActionError, domain } from "./common.ts";
import { pageOnCallSpec, type Config } from "../../workflow/actions/page_on_call.ts";

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function scopeId(scope: Record<string, unknown>, key: string): string | undefined {
  const r = scope[key];
  return isRecord(r) && typeof r.id === "string" && r.id !== "" ? r.id : undefined;
}

/**
 * What to page for. A given id that rendered to nothing is an error, not a fallback to the trigger's target
 * (paging for the wrong thing is worse than failing), and so is naming both.
 */
function target(c: Config, scope: Record<string, unknown>): { type: "alert" | "incident"; id: string } {
  const given = (field: "alert_id" | "incident_id") => {
    const v = c[field];
    if (v === undefined) return undefined;
    if (v === null || v.trim() === "") throw new ActionError(`${field} is empty (its template rendered to nothing).`);
    return v.trim();
  };
  const alertId = given("alert_id");
  const incidentId = given("incident_id");
  if (alertId !== undefined && incidentId !== undefined) throw new ActionError("Set alert_id or incident_id, not both.");
  if (alertId !== undefined) return { type: "alert", id: alertId };
  if (incidentId !== undefined) return { type: "incident", id: incidentId };
  const fromAlert = scopeId(scope, "alert");
  if (fromAlert) return { type: "alert", id: fromAlert };
  const fromIncident = scopeId(scope, "incident");
  if (fromIncident) return { type: "incident", id: fromIncident };
  throw new ActionError("this trigger has no alert or incident; set alert_id or incident_id");
}

export const pageOnCallAction: ActionModule<Config> = {
  ...pageOnCallSpec,
  async run(c, ctx) {
    const policyId = c.policy_id.trim();
    const t = target(c, ctx.scope);
    const { escalation, created } = await domain(
      ctx.deps.store.transaction((tx) => startEscalation(tx, { orgId: ctx.actor.orgId, policyId, target: t, nowMs: ctx.nowMs })),
    );
    return {
      kind: "done",
      output: { escalation_id: escalation.id, policy_id: escalation.policy_id, target_type: escalation.target_type, target_id: escalation.target_id, already_active: !created },
    };
  },
};
