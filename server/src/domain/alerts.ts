/**
 * Alerts: signals from monitoring tools. States `firing → acknowledged → resolved` (firing may also go straight to
 * resolved). Every change writes its event in the same transaction; an invalid transition is a 409 and writes
 * nothing. Acknowledging or resolving also stops the alert's escalations in that transaction.
 *
 * Deduplication: an ingest whose `dedup_key` matches an alert that is still open (firing or acknowledged) updates
 * that alert instead of creating one: `count` + 1, `last_seen_at`, and the title, message, details and severity
 * of the latest occurrence (fields the new ingest leaves out keep their values; `source` and `service_id` keep the
 * first occurrence's, they identify where the alert comes from). A repeat writes NO event: `alert.fired` means
 * "an alert started firing", so workflows and webhook subscribers react once per alert, not once per repeat
 * (a flapping check sending every minute would otherwise run a workflow every minute). A repeat does not reopen an
 * acknowledged alert either. Once the alert is resolved, the same key creates a new alert (and a new `alert.fired`).
 * An empty `dedup_key` is treated as none.
 *
 * Events carry the alert as the API shows it at the top of `data`, and beside it `service`: the alert's service when
 * `service_id` names an existing one, else null (workflows' `{{service.*}}` and webhook consumers read it there).
 */
import { iso } from "../clock.ts";
import { ApiError } from "../errors.ts";
import { newId } from "../ids.ts";
import type { AlertFilter, AlertRecord, PageQuery, Repos } from "../store/types.ts";
import type { Alert, EventType, Severity } from "../types.ts";
import type { Actor, Deps } from "./context.ts";
import { stopEscalations } from "./escalations.ts";
import { recordEvent } from "./events.ts";

export interface AlertInput {
  title: string;
  message?: string | null | undefined;
  severity?: Severity | undefined;
  source?: string | null | undefined;
  dedup_key?: string | null | undefined;
  details?: Record<string, unknown> | undefined;
  service_id?: string | null | undefined;
}

/** Severity of an alert that does not say: the same default as incidents. */
export const DEFAULT_ALERT_SEVERITY: Severity = "minor";

const ref = (id: string) => ({ type: "alert" as const, id });

/** The alert as the API shows it (without the organization). */
export function publicAlert(record: AlertRecord): Alert {
  const { organization_id: _org, ...alert } = record;
  return alert;
}

async function load(tx: Repos, actor: Actor, id: string): Promise<AlertRecord> {
  const alert = await tx.alerts.get(actor.orgId, id);
  if (!alert) throw ApiError.notFound("alert", id);
  return alert;
}

async function record(tx: Repos, actor: Actor, nowMs: number, type: EventType, alert: AlertRecord): Promise<void> {
  const service = alert.service_id ? await tx.services.get(actor.orgId, alert.service_id) : null;
  await recordEvent(tx, actor, nowMs, type, ref(alert.id), { ...publicAlert(alert), service });
}

/**
 * Ingests an alert: a new alert (`deduplicated: false`, `alert.fired` written) or, when an open alert has the same
 * dedup key, that alert updated (`deduplicated: true`, no event). One transaction, so two ingests with the same
 * key cannot both create (the store also allows only one open alert per key).
 */
export async function ingestAlert(deps: Deps, actor: Actor, input: AlertInput): Promise<{ alert: Alert; deduplicated: boolean }> {
  return deps.store.transaction(async (tx) => {
    if (input.service_id && !(await tx.services.get(actor.orgId, input.service_id))) {
      throw ApiError.validation([{ in: "body", pointer: "#/service_id", detail: `No service ${input.service_id}.` }]);
    }
    const nowMs = deps.clock.now();
    const now = iso(nowMs);
    const dedupKey = input.dedup_key ? input.dedup_key : null;
    const open = dedupKey ? await tx.alerts.openByDedupKey(actor.orgId, dedupKey) : null;
    if (open) {
      const after: AlertRecord = {
        ...open,
        title: input.title,
        message: input.message === undefined ? open.message : input.message,
        severity: input.severity ?? open.severity,
        details: input.details ?? open.details,
        count: open.count + 1,
        last_seen_at: now,
        updated_at: now,
      };
      await tx.alerts.update(after);
      return { alert: publicAlert(after), deduplicated: true };
    }
    const alert: AlertRecord = {
      id: newId("alt"),
      organization_id: actor.orgId,
      title: input.title,
      message: input.message ?? null,
      severity: input.severity ?? DEFAULT_ALERT_SEVERITY,
      source: input.source ?? null,
      dedup_key: dedupKey,
      details: input.details ?? {},
      service_id: input.service_id ?? null,
      status: "firing",
      count: 1,
      first_seen_at: now,
      last_seen_at: now,
      acknowledged_at: null,
      acknowledged_by: null,
      resolved_at: null,
      created_at: now,
      updated_at: now,
    };
    await tx.alerts.create(alert);
    await record(tx, actor, nowMs, "alert.fired", alert);
    return { alert: publicAlert(alert), deduplicated: false };
  });
}

export async function getAlert(deps: Deps, actor: Actor, id: string): Promise<Alert> {
  return publicAlert(await load(deps.store, actor, id));
}

export async function listAlerts(deps: Deps, actor: Actor, filter: AlertFilter, page: PageQuery) {
  const result = await deps.store.alerts.list(actor.orgId, filter, page);
  return { ...result, items: result.items.map(publicAlert) };
}

/**
 * firing → acknowledged, by `memberId` when given (it must be a member of the organization: else 422 at
 * `#/member_id`). Anything but a firing alert is a 409. Writes `alert.acknowledged` and stops the alert's
 * escalations. To combine it with a read in one transaction, pass deps whose store is `within(store, tx)` (store/within.ts).
 */
export async function acknowledgeAlert(deps: Deps, actor: Actor, id: string, memberId?: string | null): Promise<Alert> {
  return deps.store.transaction(async (tx) => {
    const before = await load(tx, actor, id);
    if (before.status !== "firing") throw ApiError.invalidTransition(`Alert ${id} is ${before.status}; only a firing alert can be acknowledged.`);
    if (memberId && !(await tx.members.get(actor.orgId, memberId))) {
      throw ApiError.validation([{ in: "body", pointer: "#/member_id", detail: `No member ${memberId}.` }]);
    }
    const nowMs = deps.clock.now();
    const now = iso(nowMs);
    const after: AlertRecord = { ...before, status: "acknowledged", acknowledged_at: now, acknowledged_by: memberId ?? null, updated_at: now };
    await tx.alerts.update(after);
    await record(tx, actor, nowMs, "alert.acknowledged", after);
    await stopEscalations(tx, actor.orgId, ref(id), "acknowledged", nowMs);
    return publicAlert(after);
  });
}

async function resolveLoaded(tx: Repos, deps: Deps, actor: Actor, before: AlertRecord): Promise<Alert> {
  if (before.status === "resolved") throw ApiError.invalidTransition(`Alert ${before.id} is already resolved.`);
  const nowMs = deps.clock.now();
  const now = iso(nowMs);
  const after: AlertRecord = { ...before, status: "resolved", resolved_at: now, updated_at: now };
  await tx.alerts.update(after);
  await record(tx, actor, nowMs, "alert.resolved", after);
  await stopEscalations(tx, actor.orgId, ref(before.id), "resolved", nowMs);
  return publicAlert(after);
}

/** firing or acknowledged → resolved; writes `alert.resolved` and stops escalations. A resolved alert is a 409. */
export async function resolveAlert(deps: Deps, actor: Actor, id: string): Promise<Alert> {
  return deps.store.transaction(async (tx) => resolveLoaded(tx, deps, actor, await load(tx, actor, id)));
}

/** Resolves the open alert with `dedupKey`; 404 when no alert with that key is open. */
export async function resolveAlertByDedupKey(deps: Deps, actor: Actor, dedupKey: string): Promise<Alert> {
  return deps.store.transaction(async (tx) => {
    const open = await tx.alerts.openByDedupKey(actor.orgId, dedupKey);
    if (!open) throw new ApiError(404, "not-found", "Not found", `No open alert with dedup_key ${JSON.stringify(dedupKey)}.`);
    return resolveLoaded(tx, deps, actor, open);
  });
}
