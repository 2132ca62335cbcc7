/**
 * What one uptime check means: the outcome of a probe judged against the monitor's rules, and the state machine it
 * moves, recorded in the check job's transaction (so a check is recorded once, with the job's next slot):
 *
 *   pending ─success→ up        pending/up ─`confirmation` failures in a row→ down   (event monitor.down)
 *   down ─`recovery` successes in a row→ up   (event monitor.recovered)
 *
 * A change of state writes its event (data: the monitor's own fields at the top, see {@link monitorEventData}), and
 * for `auto_incident` monitors opens or resolves the monitor's incident under the organization's safeguards
 * (domain/automation.ts). A maintenance window on the monitor's service suppresses the incident (and the trigger
 * consumer skips the runs); the check records what was suppressed and why.
 */
import { iso } from "../clock.ts";
import { newId } from "../ids.ts";
import type { ProbeResult } from "../outbound/probe.ts";
import type { MonitorCheckRecord, MonitorRecord, Tx } from "../store/types.ts";
import { within } from "../store/within.ts";
import type { MonitorErrorClass, MonitorState, MonitorSuppression } from "../types.ts";
import { openAutomaticIncident } from "./automation.ts";
import type { Actor, Deps } from "./context.ts";
import { recordEvent } from "./events.ts";
import { isResolvedOrLater } from "./incident-status.ts";
import { resolveIncident } from "./incidents.ts";

export interface Verdict {
  outcome: "up" | "down";
  status_code: number | null;
  error_class: MonitorErrorClass | null;
  error: string | null;
  duration_ms: number;
}

const statusMatches = (status: number, expected: (number | string)[]) =>
  expected.some((e) => (typeof e === "number" ? e === status : Number(e[0]) === Math.floor(status / 100)));

/** The probe's result judged by the monitor's status and keyword rules. */
export function judge(m: Pick<MonitorRecord, "expected_status_codes" | "keyword" | "keyword_mode">, r: ProbeResult): Verdict {
  if (!r.ok) return { outcome: "down", status_code: null, error_class: r.errorClass, error: r.error, duration_ms: r.durationMs };
  const base = { status_code: r.status, duration_ms: r.durationMs };
  if (!statusMatches(r.status, m.expected_status_codes)) {
    return { ...base, outcome: "down", error_class: "status", error: `Expected status ${m.expected_status_codes.join(", ")}; got ${r.status}.` };
  }
  if (m.keyword !== null) {
    const found = (r.body ?? "").includes(m.keyword);
    if (m.keyword_mode === "must_contain" && !found) return { ...base, outcome: "down", error_class: "keyword", error: `The response does not contain "${m.keyword}".` };
    if (m.keyword_mode === "must_not_contain" && found) return { ...base, outcome: "down", error_class: "keyword", error: `The response contains "${m.keyword}".` };
  }
  return { ...base, outcome: "up", error_class: null, error: null };
}

/** `monitor.down` / `monitor.recovered` data: the monitor's fields at the top, with the check that moved it. */
export function monitorEventData(m: MonitorRecord, v: Verdict, checkedAt: string): Record<string, unknown> {
  return {
    id: m.id,
    name: m.name,
    url: m.url,
    method: m.method,
    service_id: m.service_id,
    state: m.state,
    error: v.error,
    error_class: v.error_class,
    status_code: v.status_code,
    checked_at: checkedAt,
  };
}

/** The state after one more check, with the counters it leaves. */
export function nextState(m: Pick<MonitorRecord, "state" | "failures" | "successes" | "confirmation" | "recovery">, outcome: "up" | "down") {
  const failures = outcome === "down" ? m.failures + 1 : 0;
  const successes = outcome === "up" ? m.successes + 1 : 0;
  let state: MonitorState = m.state;
  if (outcome === "down" && m.state !== "down" && failures >= m.confirmation) state = "down";
  else if (outcome === "up" && m.state === "pending") state = "up";
  else if (outcome === "up" && m.state === "down" && successes >= m.recovery) state = "up";
  return { state, failures, successes };
}

/**
 * Records one check of `monitorId` due at `slotMs` and made at `checkedAtMs`, inside the check job's transaction. Returns null (and
 * writes nothing) when the monitor is gone or paused; else the monitor as the check left it.
 */
export async function recordCheck(tx: Tx, deps: Deps, orgId: string, monitorId: string, v: Verdict, slotMs: number, checkedAtMs: number): Promise<MonitorRecord | null> {
  const m = await tx.monitors.get(orgId, monitorId);
  if (!m || m.state === "paused") return null;
  const checkedAt = iso(checkedAtMs);
  const nowMs = deps.clock.now();
  const { state, failures, successes } = nextState(m, v.outcome);
  const after: MonitorRecord = {
    ...m,
    state,
    failures,
    successes,
    last_checked_at: checkedAt,
    last_error: v.outcome === "down" ? v.error : state === "up" ? null : m.last_error,
  };
  let incidentId: string | null = null;
  let suppressed: MonitorSuppression | null = null;
  const actor: Actor = { orgId, source: "auto_uptime", causedBy: null };
  if (state !== m.state && (state === "down" || m.state === "down")) {
    const down = state === "down";
    await recordEvent(tx, actor, nowMs, down ? "monitor.down" : "monitor.recovered", { type: "monitor", id: m.id }, monitorEventData(after, v, checkedAt));
    const window = m.service_id ? await tx.maintenanceWindows.activeFor(orgId, m.service_id, iso(nowMs)) : null;
    if (window && down) {
      suppressed = {
        reason: "maintenance_window",
        detail: `Service ${m.service_id} is under maintenance window ${window.id} until ${window.ends_at}: no incident opened and no workflow runs started.`,
      };
    } else if (down && m.auto_incident) {
      const opened = await openAutomaticIncident(
        { store: within(deps.store, tx), clock: deps.clock },
        actor,
        {
          title: `${m.name} is down`,
          severity: "major",
          message: `Uptime monitor ${m.name} found ${m.url} failing ${failures} time${failures > 1 ? "s" : ""} in a row: ${v.error ?? "no error"}`,
          service_ids: m.service_id ? [m.service_id] : [],
        },
        m.id,
      );
      if (opened.incident) {
        incidentId = opened.incident.id;
        after.incident_id = incidentId;
      } else suppressed = opened.suppressed;
    }
  }
  // Up again (recovered, or up after a resume) with its own incident open: resolve it.
  if (state === "up" && m.state !== "up" && m.incident_id) {
    const open = await tx.incidents.get(orgId, m.incident_id);
    // Resolved by a person meanwhile (and maybe in a post-incident flow, or closed): nothing to resolve.
    if (open && !isResolvedOrLater(open.status) && open.archived_at === null) {
      await resolveIncident({ store: within(deps.store, tx), clock: deps.clock }, actor, open.id, `Uptime monitor ${m.name} recovered: ${m.url} answered ${v.status_code}.`);
    }
    incidentId = m.incident_id;
    after.incident_id = null;
  }
  await tx.monitors.update(after);
  const check: MonitorCheckRecord = {
    id: newId("chk"),
    organization_id: orgId,
    monitor_id: m.id,
    scheduled_at: iso(slotMs),
    checked_at: checkedAt,
    duration_ms: v.duration_ms,
    status_code: v.status_code,
    outcome: v.outcome,
    error_class: v.error_class,
    error: v.error,
    state,
    incident_id: incidentId,
    suppressed,
  };
  await tx.monitorChecks.add(check);
  return after;
}
