/**
 * One realistic sample of every event type's `data`, in the shape events are written in: the resource's own fields
 * at the top, extras (`changes`, `previous_status`, …) beside them. Ids are shaped like real ones; times are
 * relative to `nowMs`. Served by the webhook test endpoint (envelope.ts `sampleEvent`, which adds `test: true`) and
 * by the workflow catalog as each trigger's `sample` (workflow/catalog.ts): keep them valid against the contract's
 * payload schemas (server/test/contract.test.ts checks every type).
 */
import type { EventType, Incident, Service } from "../types.ts";

export const SAMPLE_SERVICE_ID = "svc_01JD5Q8R1XK2ZP7S0C3V9N4B6M";

const iso = (ms: number) => new Date(ms).toISOString();

export function sampleService(nowMs: number): Service {
  return {
    id: SAMPLE_SERVICE_ID,
    name: "Checkout API (production)",
    description: "Payments and order placement",
    status: "degraded",
    created_at: iso(nowMs - 30 * 86_400_000),
    updated_at: iso(nowMs - 60_000),
  };
}

function sampleIncident(nowMs: number, overrides: Partial<Incident>): Incident & { services: string[] } {
  return {
    id: "inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
    title: "Checkout API returns 502",
    status: "investigating",
    severity: "major",
    message: "Some customers cannot complete checkout.",
    service_ids: [SAMPLE_SERVICE_ID],
    services: ["Checkout API (production)"],
    labels: ["payments"],
    assignee_id: null,
    visibility: "public",
    source: "manual",
    created_at: iso(nowMs - 15 * 60_000),
    updated_at: iso(nowMs),
    published_at: iso(nowMs - 15 * 60_000),
    resolved_at: null,
    archived_at: null,
    post_incident_status: null,
    closed_at: null,
    ...overrides,
  };
}

const SAMPLE_FLOW = {
  incident_id: "inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
  flow_id: "pif_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
  flow_name: "Default",
  statuses: ["Documenting", "Reviewing"],
  state: "active",
  entered_at: "2026-11-23T09:00:00.000Z",
  ended_at: null,
  opt_out_reason: null,
};

function postIncidentSample(nowMs: number, status: string): Incident {
  return sampleIncident(nowMs, { status: "post_incident", post_incident_status: status, resolved_at: iso(nowMs - 3_600_000) });
}

function sampleTask(nowMs: number, status: "todo" | "done") {
  return {
    id: "pit_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
    incident_id: SAMPLE_FLOW.incident_id,
    post_incident_status: "Documenting",
    kind: "create_postmortem",
    title: "Create a post-mortem",
    description: "Write up what happened and attach the document to the incident.",
    role: null,
    status,
    assignee_id: "mem_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
    due_at: iso(nowMs + 5 * 86_400_000),
    note: null,
    completed_by: status === "done" ? { kind: "automatic", reason: "postmortem.attached", run_id: null } : null,
    completed_at: status === "done" ? iso(nowMs) : null,
  };
}

function sampleAlert(nowMs: number, status: "firing" | "acknowledged" | "resolved") {
  return {
    id: "alt_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
    title: "High 5xx rate on checkout",
    message: "5xx rate above 5% for 5 minutes",
    severity: "critical",
    source: "prometheus",
    dedup_key: "checkout-5xx",
    status,
    count: 3,
    details: { rate: 0.07, region: "eu-west-1" },
    service_id: SAMPLE_SERVICE_ID,
    first_seen_at: iso(nowMs - 10 * 60_000),
    last_seen_at: iso(nowMs - 60_000),
    acknowledged_at: status === "acknowledged" ? iso(nowMs) : null,
    acknowledged_by: null,
    resolved_at: status === "resolved" ? iso(nowMs) : null,
    created_at: iso(nowMs - 10 * 60_000),
    updated_at: iso(nowMs),
  };
}

/** `monitor.down` / `monitor.recovered` (MonitorEventData in the contract). */
function sampleUptimeMonitor(nowMs: number, state: "down" | "up") {
  return {
    id: "mon_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
    name: "Checkout API",
    url: "https://checkout.example.com/health",
    method: "GET",
    service_id: SAMPLE_SERVICE_ID,
    state,
    error: state === "down" ? "No response from checkout.example.com within 30000 ms." : null,
    error_class: state === "down" ? "timeout" : null,
    status_code: state === "down" ? null : 200,
    checked_at: iso(nowMs),
  };
}

/** `heartbeat.missed` / `heartbeat.recovered`: the heartbeat's fields at the top (domain/heartbeats.ts). */
function sampleHeartbeat(nowMs: number, missed: boolean) {
  return {
    id: "hbt_01JD5Q8R1XK2ZP7S0C3V9N4B7N",
    name: "Nightly billing export",
    service_id: SAMPLE_SERVICE_ID,
    period: null,
    schedule: "0 2 * * *",
    tz: "Europe/Paris",
    grace: 1800,
    state: missed ? "down" : "up",
    last_ping_at: missed ? iso(nowMs - 26 * 3_600_000) : iso(nowMs),
    last_ping_kind: "success",
    started_at: null,
    expected_at: missed ? iso(nowMs - 2 * 3_600_000) : iso(nowMs + 22 * 3_600_000),
    deadline_at: missed ? iso(nowMs - 90 * 60_000) : iso(nowMs + 22 * 3_600_000 + 30 * 60_000),
    reason: missed ? "late" : null,
    exit_code: null,
  };
}

/** `run.completed` / `run.failed`: the run's own fields at the top. */
function sampleRun(nowMs: number, failed: boolean) {
  const error = "HTTP 503 from https://runbooks.example.com/start: Service Unavailable";
  return {
    id: "run_01JD5Q8R1XK2ZP7S0C3V9N4B7P",
    workflow_id: "wfl_01JD5Q8R1XK2ZP7S0C3V9N4B7P",
    workflow_name: "Critical Incident Response",
    workflow_version: 3,
    status: failed ? "failed" : "completed",
    error: failed ? `Step 2 (execute_webhook) failed: ${error}` : null,
    failed_step: failed ? { index: 1, name: "runbook", type: "execute_webhook", error } : null,
    trigger_type: "incident.created",
    started_at: iso(nowMs - 4_000),
    ended_at: iso(nowMs),
    duration_ms: 4_000,
  };
}

/** `incident_io.incident_created` / `_updated`: what an accepted incident.io webhook records. */
function sampleIncidentIo(nowMs: number, updated: boolean) {
  return {
    event_type: updated ? "public_incident.incident_updated_v2" : "public_incident.incident_created_v2",
    connection_id: "int_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
    incident: {
      id: "01FDAG4SAP5TYPT98WGR2N7W91",
      name: "Our database is sad",
      reference: "INC-123",
      permalink: "https://app.incident.io/incidents/123",
      summary: "Our database is really really sad, and we don't know why yet.",
      visibility: "public",
      mode: "standard",
      call_url: "https://zoom.us/j/123",
      slack_channel_id: "C02AW36C1M5",
      slack_channel_name: "inc-123-our-database-is-sad",
      slack_team_id: "T02A1FSLE8J",
      severity: { id: "01FCNDV6P870EA6S7TK1DSYDG0", name: "Major", description: "Issues causing significant impact.", rank: 2 },
      incident_status: { id: "01FCNDV6P870EA6S7TK1DSYD5H", name: "Triage", category: "triage", description: "Is this worth an incident?", rank: 1 },
      incident_type: { id: "01FH5TZRWMNAFB0DZ23FD1TV96", name: "Default", description: "The default incident type", is_default: true, private_incidents_only: false },
      custom_field_entries: [],
      incident_role_assignments: [],
      incident_timestamp_values: [],
      creator: { user: { id: "01FCNDV6P870EA6S7TK1DSYDG0", name: "Lisa Karlin Curtis" } },
      external_issue_reference: { provider: "linear", issue_name: "INC-123" },
      duration_metrics: [],
      created_at: iso(nowMs - 60_000),
      updated_at: iso(nowMs),
    },
  };
}

function sampleMember(nowMs: number) {
  return { id: "mem_01JD5Q8R1XK2ZP7S0C3V9N4B6M", name: "Sample Person", email: "sample@example.com", created_at: iso(nowMs - 86_400_000), updated_at: iso(nowMs) };
}

/** `webhook.disabled`: the endpoint's own fields at the top, plus `reason` and `last_error`. */
function sampleDisabledWebhook(nowMs: number) {
  const reason = "Delivery dlv_01JD5Q8R1XK2ZP7S0C3V9N4B6M failed 6 times; last error: HTTP 503";
  return {
    id: "whk_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
    url: "https://hooks.example.com/tripwire",
    description: "Sample endpoint",
    events: ["*"],
    headers: {},
    is_active: false,
    enabled_at: iso(nowMs - 86_400_000),
    disabled_reason: reason,
    disabled_at: iso(nowMs),
    previous_secret_expires_at: null,
    created_at: iso(nowMs - 86_400_000),
    updated_at: iso(nowMs),
    reason,
    last_error: "HTTP 503",
  };
}

/** A realistic `data` of an event of `type`. */
export function sampleEventData(type: EventType, nowMs: number): Record<string, unknown> {
  const service = sampleService(nowMs);
  switch (type) {
    case "incident.created":
      return sampleIncident(nowMs, { visibility: "draft", published_at: null, created_at: iso(nowMs) });
    case "incident.updated":
      return { ...sampleIncident(nowMs, { status: "identified" }), changes: { status: { from: "investigating", to: "identified" } } };
    case "incident.resolved":
      return sampleIncident(nowMs, { status: "resolved", resolved_at: iso(nowMs) });
    case "incident.published":
      return sampleIncident(nowMs, { published_at: iso(nowMs) });
    case "incident.archived":
      return sampleIncident(nowMs, { status: "resolved", resolved_at: iso(nowMs - 86_400_000), archived_at: iso(nowMs) });
    case "incident.closed":
      return { ...sampleIncident(nowMs, { status: "closed", resolved_at: iso(nowMs - 3 * 86_400_000), closed_at: iso(nowMs) }), opt_out_reason: null, flow_id: SAMPLE_FLOW.flow_id };
    case "post_incident.entered":
      return { ...SAMPLE_FLOW, status: "Documenting", tasks: [sampleTask(nowMs, "todo")], incident: postIncidentSample(nowMs, "Documenting") };
    case "post_incident.status_changed":
      return { ...SAMPLE_FLOW, status: "Reviewing", previous_status: "Documenting", tasks: [sampleTask(nowMs, "done")], incident: postIncidentSample(nowMs, "Reviewing") };
    case "post_incident.task_completed":
      return { ...sampleTask(nowMs, "done"), incident: postIncidentSample(nowMs, "Documenting") };
    case "post_incident.task_assigned":
      return { ...sampleTask(nowMs, "todo"), incident: postIncidentSample(nowMs, "Documenting") };
    case "service.created":
    case "service.deleted":
      return service;
    case "service.updated":
      return { ...service, changes: { status: { from: "operational", to: service.status } } };
    case "service.status_changed":
      return { ...service, previous_status: "operational", new_status: service.status };
    case "member.created":
    case "member.deleted":
      return sampleMember(nowMs);
    case "member.updated":
      return { ...sampleMember(nowMs), changes: { name: { from: "Sample", to: "Sample Person" } } };
    case "webhook.disabled":
      return sampleDisabledWebhook(nowMs);
    case "alert.fired":
      return { ...sampleAlert(nowMs, "firing"), service };
    case "alert.acknowledged":
      return { ...sampleAlert(nowMs, "acknowledged"), service };
    case "alert.resolved":
      return { ...sampleAlert(nowMs, "resolved"), service };
    case "monitor.down":
      return sampleUptimeMonitor(nowMs, "down");
    case "monitor.recovered":
      return sampleUptimeMonitor(nowMs, "up");
    case "heartbeat.missed":
      return sampleHeartbeat(nowMs, true);
    case "heartbeat.recovered":
      return sampleHeartbeat(nowMs, false);
    case "error_threshold_exceeded":
      return {
        id: "erl_01JD5Q8R1XK2ZP7S0C3V9N4B7N",
        name: "Checkout error burst",
        service_id: SAMPLE_SERVICE_ID,
        threshold: 100,
        window_seconds: 300,
        fingerprint: "TypeError:cart.ts:42",
        level: "error",
        message: "TypeError: cart is undefined",
        timestamp: iso(nowMs - 2_000),
        count: 101,
        window_start: iso(nowMs - 120_000),
        window_end: iso(nowMs + 180_000),
      };
    case "run.completed":
      return sampleRun(nowMs, false);
    case "run.failed":
      return sampleRun(nowMs, true);
    case "incident_io.incident_created":
      return sampleIncidentIo(nowMs, false);
    case "incident_io.incident_updated":
      return sampleIncidentIo(nowMs, true);
  }
}
