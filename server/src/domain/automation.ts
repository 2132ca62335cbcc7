/**
 * Safeguards on incidents opened automatically — by an uptime monitor or a heartbeat itself (`auto_incident`, source
 * `auto_uptime` / `auto_heartbeat`) or by a workflow's `create_incident` — from the organization's automation settings
 * (`GET/PATCH /organization/settings` → `automation`):
 * - draft mode: such incidents start as drafts; with an auto-publish delay (0 / 5 / 30 min) a durable
 *   `incident.auto_publish` job publishes the draft then, unless it was resolved or published first;
 * - for incidents opened for a monitor (an uptime monitor or a heartbeat, by id): one open incident per monitor
 *   (dedup) and a cooldown after the monitor's last incident was resolved. Maintenance windows are checked by the
 *   caller (the monitor's check, the heartbeat's deadline or ping, the trigger consumer), which knows the service and
 *   records the suppression where users look.
 * A suppressed incident is not an error: the caller records `{ reason, detail }` (check history, step output).
 */
import { iso } from "../clock.ts";
import type { Lease } from "../queue/lease.ts";
import { enqueue } from "../queue/jobs.ts";
import type { Repos } from "../store/types.ts";
import { within } from "../store/within.ts";
import type { AutomationSettings, Incident, MonitorSuppression } from "../types.ts";
import type { Actor, Deps } from "./context.ts";
import { isResolvedOrLater } from "./incident-status.ts";
import { createIncident, type IncidentInput, publishIncident } from "./incidents.ts";

export const DEFAULT_AUTOMATION: AutomationSettings = {
  draft_mode: false,
  auto_publish_delay_minutes: null,
  cooldown_minutes: 15,
  one_open_incident_per_monitor: true,
};

export async function automationSettings(tx: Pick<Repos, "automation">, orgId: string): Promise<AutomationSettings> {
  return { ...DEFAULT_AUTOMATION, ...((await tx.automation.get(orgId)) ?? {}) };
}

/** PATCH: fields given replace the stored ones. Runs in the caller's transaction. */
export async function updateAutomationSettings(tx: Repos, orgId: string, changes: Partial<AutomationSettings>, nowMs: number): Promise<AutomationSettings> {
  const current = await automationSettings(tx, orgId);
  const next: AutomationSettings = { ...current };
  for (const k of Object.keys(DEFAULT_AUTOMATION) as (keyof AutomationSettings)[]) {
    if (changes[k] !== undefined) (next as Record<string, unknown>)[k] = changes[k];
  }
  await tx.automation.put(orgId, next, iso(nowMs));
  return next;
}

/** Why no new incident may be opened for the monitor now (its last one still open, or resolved too recently), or null. */
export async function monitorIncidentBlock(tx: Repos, orgId: string, monitorId: string, settings: AutomationSettings, nowMs: number): Promise<MonitorSuppression | null> {
  const lastId = await tx.monitorIncidents.latest(orgId, monitorId);
  if (lastId === null) return null;
  const last = await tx.incidents.get(orgId, lastId);
  if (!last) return null;
  if (!isResolvedOrLater(last.status) && last.archived_at === null) {
    return settings.one_open_incident_per_monitor ? { reason: "open_incident", detail: `Incident ${last.id} for this monitor is still open.` } : null;
  }
  const resolvedMs = last.resolved_at ? Date.parse(last.resolved_at) : Number.NaN;
  const until = resolvedMs + settings.cooldown_minutes * 60_000;
  if (Number.isFinite(resolvedMs) && nowMs < until) {
    return { reason: "cooldown", detail: `Incident ${last.id} for this monitor was resolved at ${last.resolved_at}; no new one before ${iso(until)} (cooldown ${settings.cooldown_minutes} min).` };
  }
  return null;
}

export type AutomaticIncident = { incident: Incident; suppressed: null } | { incident: null; suppressed: MonitorSuppression };

/**
 * Opens an incident on behalf of automation (`actor.source` says which), obeying the organization's settings: draft
 * mode, auto-publish, and — when `monitorId` is given — dedup and cooldown for that monitor (the incident is then
 * linked to it). `deps.store` may be a view of an open transaction (store/within.ts).
 */
export async function openAutomaticIncident(deps: Deps, actor: Actor, input: IncidentInput & { title: string }, monitorId: string | null): Promise<AutomaticIncident> {
  return deps.store.transaction(async (tx) => {
    const nowMs = deps.clock.now();
    const settings = await automationSettings(tx, actor.orgId);
    if (monitorId !== null) {
      const block = await monitorIncidentBlock(tx, actor.orgId, monitorId, settings, nowMs);
      if (block) return { incident: null, suppressed: block };
    }
    const incident = await createIncident({ store: within(deps.store, tx), clock: deps.clock }, actor, { ...input, ...(settings.draft_mode ? { visibility: "draft" as const } : {}) });
    if (monitorId !== null) await tx.monitorIncidents.link(actor.orgId, monitorId, incident.id, iso(nowMs));
    if (incident.visibility === "draft" && settings.draft_mode && settings.auto_publish_delay_minutes !== null) {
      const runAtMs = nowMs + settings.auto_publish_delay_minutes * 60_000;
      await enqueue(tx, { id: `pub_${incident.id}`, kind: "incident.auto_publish", payload: { incident_id: incident.id, organization_id: actor.orgId }, runAtMs }, nowMs);
    }
    return { incident, suppressed: null };
  });
}

/**
 * The `incident.auto_publish` job: publishes the draft unless a person already published or resolved it (a false
 * alarm resolved within the delay never reaches the status page) or it is gone.
 */
export async function runAutoPublish(lease: Lease<"incident.auto_publish">, deps: Deps): Promise<void> {
  const { incident_id, organization_id } = lease.job.payload;
  await lease.transaction(async (tx) => {
    const incident = await tx.incidents.get(organization_id, incident_id);
    if (incident && incident.visibility === "draft" && !isResolvedOrLater(incident.status) && incident.archived_at === null) {
      await publishIncident({ store: within(deps.store, tx), clock: deps.clock }, { orgId: organization_id, source: incident.source, causedBy: null }, incident_id);
    }
    await lease.complete(tx);
  });
}
