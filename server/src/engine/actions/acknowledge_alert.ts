/**
 * acknowledge_alert: acknowledges an alert (the trigger's by default, or `alert_id`, or the open alert with
 * `dedup_key`), which stops its escalations. Idempotent: an alert that is already acknowledged is a success with
 * `already_acknowledged: true`, so "acknowledge when X" workflows do not fail when someone got there first. A
 * resolved alert cannot be acknowledged: the step fails (409).
 */
import { acknowledgeAlert } from "../../domain/alerts.ts";
import { ApiError } from "../../errors.ts";
import type { AlertRecord, Repos } from "../../store/types.ts";
import type { ActionContext, ActionModule } from "../types.ts";
import { ActionError, domain, present, depsIn } from "./common.ts";
import { acknowledgeAlertSpec, type Config } from "../../workflow/actions/acknowledge_alert.ts";

/** The trigger's alert id, when the trigger has an alert. */
function scopeAlertId(ctx: ActionContext): string | undefined {
  const a = ctx.scope.alert;
  if (typeof a !== "object" || a === null || Array.isArray(a)) return undefined;
  const id = (a as Record<string, unknown>).id;
  return typeof id === "string" && id !== "" ? id : undefined;
}

/**
 * `alert_id` if given, else the open alert with `dedup_key`, else the trigger's alert. A field given but rendered
 * empty is an error, not a fallback to the trigger's alert (acknowledging another alert would be worse).
 */
async function target(tx: Repos, c: Config, ctx: ActionContext): Promise<AlertRecord> {
  const orgId = ctx.actor.orgId;
  if (c.alert_id !== undefined && c.dedup_key !== undefined) throw new ActionError("set alert_id or dedup_key, not both");
  if (c.alert_id !== undefined) {
    if (!present(c.alert_id)) throw new ActionError("alert_id is empty (its template rendered to nothing).");
    const id = c.alert_id.trim();
    const alert = await tx.alerts.get(orgId, id);
    if (!alert) throw ApiError.notFound("alert", id);
    return alert;
  }
  if (c.dedup_key !== undefined) {
    if (!present(c.dedup_key)) throw new ActionError("dedup_key is empty (its template rendered to nothing).");
    const alert = await tx.alerts.openByDedupKey(orgId, c.dedup_key);
    if (!alert) throw new ActionError(`no open alert has dedup_key ${JSON.stringify(c.dedup_key)}`);
    return alert;
  }
  const id = scopeAlertId(ctx);
  if (id === undefined) throw new ActionError("this trigger has no alert; set alert_id or dedup_key");
  const alert = await tx.alerts.get(orgId, id);
  if (!alert) throw ApiError.notFound("alert", id);
  return alert;
}

export const acknowledgeAlertAction: ActionModule<Config> = {
  ...acknowledgeAlertSpec,
  async run(c, ctx) {
    // Read and acknowledge in one transaction (the domain call runs in it), so the check cannot race another acknowledger.
    return ctx.deps.store.transaction(async (tx) => {
      const current = await target(tx, c, ctx);
      if (current.status === "acknowledged") {
        return { kind: "done" as const, output: { id: current.id, status: current.status, already_acknowledged: true } };
      }
      const alert = await domain(acknowledgeAlert(depsIn(ctx, tx), ctx.actor, current.id));
      return { kind: "done" as const, output: { id: alert.id, status: alert.status, already_acknowledged: false } };
    });
  },
};
