/**
 * The body every delivery carries: `{ id, event, timestamp, data }`. Built once per delivery and stored, so
 * every retry sends the same bytes and the same id (consumers deduplicate on it).
 */
import { iso } from "../clock.ts";
import { newId } from "../ids.ts";
import type { EventRecord } from "../store/types.ts";
import type { EventType } from "../types.ts";

export function envelopeFor(event: Pick<EventRecord, "id" | "type" | "created_at" | "data">): string {
  return JSON.stringify({ id: event.id, event: event.type, timestamp: event.created_at, data: event.data });
}

/** A realistic event for the test endpoint; ids are fresh, and `data.test` says it is a sample. */
export function sampleEvent(type: EventType, nowMs: number): Pick<EventRecord, "id" | "type" | "created_at" | "data"> {
  const at = iso(nowMs);
  const incident = {
    id: "inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
    title: "Sample incident: checkout API returns 502",
    status: type === "incident.resolved" ? "resolved" : "investigating",
    severity: "major",
    message: "This is a test delivery from Tripwire.",
    service_ids: ["svc_01JD5Q8R1XK2ZP7S0C3V9N4B6M"],
    services: ["checkout-api"],
    labels: ["sample"],
    assignee_id: null,
    visibility: "public",
    source: "api",
    created_at: at,
    updated_at: at,
    published_at: at,
    resolved_at: type === "incident.resolved" ? at : null,
    archived_at: null,
    post_incident_status: null,
    closed_at: null,
  };
  const service = { id: "svc_01JD5Q8R1XK2ZP7S0C3V9N4B6M", name: "checkout-api", description: "Sample service", status: "degraded", created_at: at, updated_at: at };
  const member = { id: "mem_01JD5Q8R1XK2ZP7S0C3V9N4B6M", name: "Sample Person", email: "sample@example.com", created_at: at, updated_at: at };
  const alert = {
    id: "alt_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
    title: "Sample alert: high 5xx rate on checkout",
    message: "This is a test delivery from Tripwire.",
    severity: "major",
    source: "sample",
    dedup_key: "sample-checkout-5xx",
    details: {},
    service_id: service.id,
    status: type === "alert.resolved" ? "resolved" : type === "alert.acknowledged" ? "acknowledged" : "firing",
    count: 1,
    first_seen_at: at,
    last_seen_at: at,
    acknowledged_at: type === "alert.acknowledged" ? at : null,
    acknowledged_by: null,
    resolved_at: type === "alert.resolved" ? at : null,
    created_at: at,
    updated_at: at,
  };
  // The shape events are written in: the resource's own fields at the top of `data`, extras beside them.
  const [resource] = type.split(".");
  const task = {
    id: "pit_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
    incident_id: incident.id,
    post_incident_status: "Documenting",
    kind: "create_postmortem",
    title: "Create a post-mortem",
    description: null,
    role: null,
    status: type === "post_incident.task_completed" ? "done" : "todo",
    assignee_id: member.id,
    due_at: null,
    note: null,
    completed_by: type === "post_incident.task_completed" ? { kind: "api", reason: null, run_id: null } : null,
    completed_at: type === "post_incident.task_completed" ? at : null,
  };
  const inFlow = { ...incident, status: "post_incident", post_incident_status: "Documenting", resolved_at: at };
  const flow = {
    incident_id: incident.id,
    flow_id: "pif_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
    flow_name: "Default",
    statuses: ["Documenting", "Reviewing"],
    status: "Documenting",
    state: "active",
    entered_at: at,
    ended_at: null,
    opt_out_reason: null,
    tasks: [task],
  };
  const data: Record<string, unknown> =
    type === "incident.closed"
      ? { ...incident, status: "closed", resolved_at: at, closed_at: at, opt_out_reason: null, flow_id: null }
      : type === "post_incident.entered" || type === "post_incident.status_changed"
        ? { ...flow, ...(type === "post_incident.status_changed" ? { previous_status: "Documenting", status: "Reviewing" } : {}), incident: inFlow }
        : resource === "post_incident"
          ? { ...task, incident: inFlow }
          : resource === "incident"
      ? { ...incident, ...(type === "incident.updated" ? { changes: { status: { from: "investigating", to: "identified" } } } : {}) }
      : resource === "service"
        ? {
            ...service,
            ...(type === "service.status_changed" ? { previous_status: "operational", new_status: "degraded" } : {}),
            ...(type === "service.updated" ? { changes: { status: { from: "operational", to: "degraded" } } } : {}),
          }
        : resource === "member"
          ? { ...member, ...(type === "member.updated" ? { changes: { name: { from: "Sample", to: "Sample Person" } } } : {}) }
          : resource === "alert"
            ? { ...alert, service }
            : resource === "run"
              ? sampleRun(type === "run.failed", nowMs)
              : resource === "monitor"
                ? sampleUptimeMonitor(type === "monitor.down", at)
              : resource === "heartbeat" || type === "error_threshold_exceeded"
                ? sampleMonitor(type, nowMs)
                : resource === "incident_io"
                  ? sampleIncidentIo(type === "incident_io.incident_updated", at)
                  : sampleDisabledWebhook(at);
  return { id: newId("evt"), type, created_at: at, data: { ...data, test: true } };
}

/** `webhook.disabled`: the endpoint's own fields at the top of `data`, plus `reason` and `last_error`. */
function sampleDisabledWebhook(at: string): Record<string, unknown> {
  const reason = "Delivery dlv_01JD5Q8R1XK2ZP7S0C3V9N4B6M failed 6 times; last error: HTTP 503";
  return {
    id: "whk_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
    url: "https://hooks.example.com/tripwire",
    description: "Sample endpoint",
    events: ["*"],
    headers: {},
    is_active: false,
    disabled_reason: reason,
    disabled_at: at,
    previous_secret_expires_at: null,
    created_at: at,
    updated_at: at,
    reason,
    last_error: "HTTP 503",
  };
}

/** Heartbeat and error-rule events: the heartbeat's (or the rule's and the crossing's) own fields at the top of `data`. */
function sampleMonitor(type: EventType, nowMs: number): Record<string, unknown> {
  if (type === "error_threshold_exceeded") {
    const start = nowMs - (nowMs % 300_000);
    return {
      id: "erl_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
      name: "Checkout error burst",
      service_id: "svc_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
      threshold: 100,
      window_seconds: 300,
      fingerprint: "TypeError:cart.ts:42",
      level: "error",
      message: "TypeError: cart is undefined",
      timestamp: iso(nowMs),
      count: 101,
      window_start: iso(start),
      window_end: iso(start + 300_000),
    };
  }
  const missed = type === "heartbeat.missed";
  return {
    id: "hbt_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
    name: "Nightly billing export",
    service_id: "svc_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
    period: 86_400,
    schedule: null,
    tz: null,
    grace: 1800,
    state: missed ? "down" : "up",
    last_ping_at: iso(missed ? nowMs - 88_200_000 : nowMs),
    last_ping_kind: "success",
    started_at: null,
    expected_at: missed ? iso(nowMs - 1_800_000) : iso(nowMs + 86_400_000),
    deadline_at: missed ? iso(nowMs) : iso(nowMs + 88_200_000),
    reason: missed ? "late" : null,
    exit_code: null,
  };
}

/** `monitor.down` / `monitor.recovered`: the monitor's own fields at the top of `data` (MonitorEventData). */
function sampleUptimeMonitor(down: boolean, at: string): Record<string, unknown> {
  return {
    id: "mon_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
    name: "API Health Check",
    url: "https://api.example.com/health",
    method: "GET",
    service_id: "svc_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
    state: down ? "down" : "up",
    error: down ? "No response from api.example.com within 30000 ms." : null,
    error_class: down ? "timeout" : null,
    status_code: down ? null : 200,
    checked_at: at,
  };
}

/** `run.completed` / `run.failed`: the run's own fields at the top of `data`. */
function sampleRun(failed: boolean, nowMs: number): Record<string, unknown> {
  const error = "HTTP 503 from https://runbooks.example.com/start";
  return {
    id: "run_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
    workflow_id: "wfl_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
    workflow_name: "Sample workflow",
    workflow_version: 1,
    status: failed ? "failed" : "completed",
    error: failed ? `Step 1 (execute_webhook) failed: ${error}` : null,
    failed_step: failed ? { index: 0, name: null, type: "execute_webhook", error } : null,
    trigger_type: "incident.created",
    started_at: iso(nowMs - 2_000),
    ended_at: iso(nowMs),
    duration_ms: 2_000,
  };
}

/** `incident_io.incident_created` / `_updated`: what an accepted incident.io webhook records. */
function sampleIncidentIo(updated: boolean, at: string): Record<string, unknown> {
  return {
    event_type: updated ? "public_incident.incident_updated_v2" : "public_incident.incident_created_v2",
    connection_id: "int_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
    incident: {
      id: "01FDAG4SAP5TYPT98WGR2N7W91",
      name: "Sample incident: our database is sad",
      reference: "INC-123",
      permalink: "https://app.incident.io/incidents/123",
      severity: { id: "01FCNDV6P870EA6S7TK1DSYDG0", name: "Minor" },
      incident_status: { id: "01FCNDV6P870EA6S7TK1DSYD5H", name: "Triage" },
      summary: "This is a test delivery from Tripwire.",
      visibility: "public",
      created_at: at,
      updated_at: at,
    },
  };
}
