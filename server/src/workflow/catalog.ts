/**
 * The trigger catalog and the run scope. Pure: no I/O, no clock (sample scopes take `nowMs`).
 *
 * One path rule serves template variables and condition fields alike (`isListedPath`): a dotted path is known for
 * a trigger when it
 * - is listed exactly (`incident.title`), or
 * - lies under a listed wildcard `x.*` (`changes.*` admits `changes.status.to`; `payload.*` admits `payload.a.b`), or
 * - names an object that holds listed paths (`incident`, `service`, `changes`, `payload`), so a whole object can be
 *   rendered (`{{incident}}` becomes JSON) or tested (`service equals null`).
 * Anything else (`incident.titel`, `incident.title.length`) is unknown, so a typo fails at activation instead of
 * rendering an empty string at run time. Free-form objects are exactly the ones listed as wildcards.
 *
 * `TriggerSpec.variables` is the complete list for the trigger: its own variables followed by COMMON_VARIABLES.
 */
import { zAlert, zConditionOperator, zIncident, zRunEventData, zService } from "../generated/zod.gen.ts";
import type { ConditionOperator, Incident, Service, TriggerType } from "../types.ts";
import type { RunScope, TriggerSpec } from "./types.ts";

/** Variables every trigger's scope has. */
export const COMMON_VARIABLES = ["timestamp", "workflow.id", "workflow.name", "run.id"] as const;

/** The condition operators, in the contract's order. */
export const OPERATORS: readonly ConditionOperator[] = zConditionOperator.options;

const INCIDENT_KEYS = Object.keys(zIncident.shape);
const SERVICE_KEYS = Object.keys(zService.shape);
/** Every field of the Alert schema (`deduplicated` is only in the ingest response, never in an event). */
const ALERT_KEYS = Object.keys(zAlert.shape).filter((k) => k !== "deduplicated");
/** Monitors and error counts are produced by later issues; their shapes are fixed here. */
/** `monitor.down` / `monitor.recovered` data (MonitorEventData in the contract): the monitor's fields at the top. */
const UPTIME_MONITOR_KEYS = ["id", "name", "url", "method", "service_id", "state", "error", "error_class", "status_code", "checked_at"];
const HEARTBEAT_MONITOR_KEYS = ["id", "name", "service_id", "last_ping_at"];
const ERROR_KEYS = ["count", "threshold", "window_seconds", "service_id", "message"];
/**
 * The run that ended (`run.completed` / `run.failed`), as `source_run` in templates: `run` is the run being made.
 * `failed_step` holds index, name, type and error (null unless a step failed).
 */
const RUN_KEYS = Object.keys(zRunEventData.shape);

const under = (prefix: string, keys: readonly string[]) => keys.map((k) => `${prefix}.${k}`);

/** Whether `path` is known given a list of paths and `x.*` wildcards (see the module comment). */
export function isListedPath(path: string, listed: readonly string[]): boolean {
  if (!/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/.test(path)) return false;
  for (const entry of listed) {
    if (entry.endsWith(".*")) {
      const prefix = entry.slice(0, -2);
      if (path === prefix || path.startsWith(`${prefix}.`)) return true;
    } else if (path === entry || entry.startsWith(`${path}.`)) {
      return true;
    }
  }
  return false;
}

/** The value at a dotted path of the scope; own properties only (array indexes allowed), else undefined. */
export function resolvePath(scope: unknown, path: string): unknown {
  let current: unknown = scope;
  for (const segment of path.split(".")) {
    if (current === null || typeof current !== "object") return undefined;
    if (!Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

interface Extras {
  /** The service the event concerns (for incidents: the first affected one), when the caller looked it up. */
  service?: object | null;
  workflow: { id: string; name: string };
  runId: string;
  nowMs: number;
}

type EventInput = { id: string | null; type: string; data: Record<string, unknown> };

const record = (v: unknown): Record<string, unknown> | null =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

/**
 * What conditions and templates see for one run of a `trigger` workflow on `event`. Resource fields are copied to
 * the top level too (`severity` as well as `incident.severity`); `service` is `extras.service` when given, else the
 * event's own `service`, else null. Every scope has `timestamp` (ISO of `nowMs`), `workflow`, `run` and an empty
 * `steps` that the runner fills with each named step's output. Malformed data gives missing fields, never a throw.
 */
export function buildScope(trigger: TriggerType, event: EventInput, extras: Extras): RunScope {
  const data = structuredClone(event.data);
  const service = extras.service !== undefined ? extras.service : (record(data.service) ?? null);
  const common = {
    timestamp: new Date(extras.nowMs).toISOString(),
    workflow: { id: extras.workflow.id, name: extras.workflow.name },
    run: { id: extras.runId },
    steps: {},
  };
  switch (trigger) {
    case "incident.created":
    case "incident.updated":
    case "incident.resolved":
    case "incident.published": {
      const incident = record(data.incident) ?? {};
      const changes = trigger === "incident.updated" ? { changes: record(data.changes) ?? {} } : {};
      return { ...incident, incident, service, ...changes, ...common };
    }
    case "service.status_changed": {
      const svc = record(data.service) ?? record(extras.service) ?? {};
      return {
        ...svc,
        service: svc,
        previous_status: data.previous_status,
        status: data.status ?? svc.status,
        ...common,
      };
    }
    case "alert.fired":
    case "alert.resolved": {
      const alert = record(data.alert) ?? {};
      // Alert events carry the alert's service (when it has one), so templates can say {{service.name}}.
      const alertService = record(data.service) ?? service;
      return { ...alert, alert, service: alertService, ...common };
    }
    case "uptime.down":
    case "uptime.recovered": {
      // The monitor's own fields are the event's data (`monitor.down` / `monitor.recovered`); `data.monitor` is
      // read too, for data shaped the older way.
      const { test: _t, service: _s, ...own } = data;
      const monitor = record(data.monitor) ?? own;
      return { ...monitor, monitor, service, ...common };
    }
    case "heartbeat.missed": {
      const monitor = record(data.monitor) ?? {};
      return { ...monitor, monitor, service, ...common };
    }
    case "error_threshold_exceeded": {
      const error = record(data.error) ?? {};
      return { ...error, error, service, ...common };
    }
    case "run.completed":
    case "run.failed": {
      // The run's own fields are the event's data (not nested): `source_run`, and at the top for conditions.
      const { test: _t, ...sourceRun } = data;
      return { ...sourceRun, source_run: sourceRun, ...common };
    }
    case "scheduled":
      return { schedule: record(data.schedule) ?? {}, ...common };
    case "manual":
      return { payload: record(data.payload) ?? {}, ...common };
  }
}

/** A realistic `run.completed` / `run.failed` data (also the webhook test endpoint's sample). */
export function sampleRunData(type: "run.completed" | "run.failed", nowMs: number): Record<string, unknown> {
  const failed = type === "run.failed";
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

// ---- samples (ids shaped like real ones; times relative to nowMs) ----

const SAMPLE_WORKFLOW = { id: "wfl_01JD5Q8R1XK2ZP7S0C3V9N4B6M", name: "Sample workflow" };
const SAMPLE_RUN_ID = "run_01JD5Q8R1XK2ZP7S0C3V9N4B6M";
const SAMPLE_SERVICE_ID = "svc_01JD5Q8R1XK2ZP7S0C3V9N4B6M";

const iso = (ms: number) => new Date(ms).toISOString();

function sampleService(nowMs: number): Service {
  return {
    id: SAMPLE_SERVICE_ID,
    name: "Checkout API (production)",
    description: "Payments and order placement",
    status: "partial_outage",
    created_at: iso(nowMs - 30 * 86_400_000),
    updated_at: iso(nowMs - 60_000),
  };
}

function sampleIncident(nowMs: number, overrides: Partial<Incident>): Incident {
  return {
    id: "inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
    title: "Checkout API returns 502",
    status: "investigating",
    severity: "major",
    message: "Some customers cannot complete checkout.",
    service_ids: [SAMPLE_SERVICE_ID],
    labels: ["payments"],
    assignee_id: null,
    visibility: "public",
    source: "manual",
    created_at: iso(nowMs - 15 * 60_000),
    updated_at: iso(nowMs),
    published_at: iso(nowMs - 15 * 60_000),
    resolved_at: null,
    archived_at: null,
    ...overrides,
  };
}

function sampleData(trigger: TriggerType, nowMs: number): Record<string, unknown> {
  const service = sampleService(nowMs);
  const alert = (status: string) => ({
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
    acknowledged_at: null,
    acknowledged_by: null,
    resolved_at: status === "resolved" ? iso(nowMs) : null,
    created_at: iso(nowMs - 10 * 60_000),
    updated_at: iso(nowMs),
  });
  const uptimeMonitor = (state: string) => ({
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
  });
  switch (trigger) {
    case "incident.created":
      return { incident: sampleIncident(nowMs, { visibility: "draft", published_at: null, created_at: iso(nowMs) }) };
    case "incident.updated":
      return {
        incident: sampleIncident(nowMs, { status: "identified" }),
        changes: { status: { from: "investigating", to: "identified" } },
      };
    case "incident.resolved":
      return { incident: sampleIncident(nowMs, { status: "resolved", resolved_at: iso(nowMs) }) };
    case "incident.published":
      return { incident: sampleIncident(nowMs, { published_at: iso(nowMs) }) };
    case "service.status_changed":
      return { service, previous_status: "operational", status: service.status };
    case "alert.fired":
      return { alert: alert("firing"), service };
    case "alert.resolved":
      return { alert: alert("resolved"), service };
    case "uptime.down":
      return { ...uptimeMonitor("down"), service };
    case "uptime.recovered":
      return { ...uptimeMonitor("up"), service };
    case "heartbeat.missed":
      return {
        monitor: {
          id: "mon_01JD5Q8R1XK2ZP7S0C3V9N4B7N",
          name: "Nightly billing export",
          service_id: SAMPLE_SERVICE_ID,
          last_ping_at: iso(nowMs - 26 * 3_600_000),
        },
        service,
      };
    case "error_threshold_exceeded":
      return {
        error: { count: 120, threshold: 100, window_seconds: 300, service_id: SAMPLE_SERVICE_ID, message: "TypeError: cart is undefined" },
        service,
      };
    case "run.completed":
    case "run.failed":
      return sampleRunData(trigger, nowMs);
    case "scheduled":
      return { schedule: { cron: "0 9 * * *", timezone: "UTC", fired_at: iso(nowMs) } };
    case "manual":
      return { payload: { reason: "Testing the workflow", requested_by: "ops@example.com" } };
  }
}

function spec(
  type: TriggerType,
  description: string,
  fires: boolean,
  variables: string[],
  fields: string[],
): TriggerSpec {
  return {
    type,
    description,
    variables: [...variables, ...COMMON_VARIABLES],
    fields,
    fires,
    sampleScope: (nowMs) =>
      buildScope(
        type,
        { id: null, type, data: sampleData(type, nowMs) },
        // Incident events carry service_ids only: the caller looks up the first service, as here.
        { workflow: SAMPLE_WORKFLOW, runId: SAMPLE_RUN_ID, nowMs, ...(type.startsWith("incident.") ? { service: sampleService(nowMs) } : {}) },
      ),
  };
}

const incidentVariables = [...under("incident", INCIDENT_KEYS), ...under("service", SERVICE_KEYS)];
const incidentFields = [...INCIDENT_KEYS, ...under("incident", INCIDENT_KEYS), ...under("service", SERVICE_KEYS)];
const alertVariables = [...under("alert", ALERT_KEYS), "alert.details.*", ...under("service", SERVICE_KEYS)];
const alertFields = [...ALERT_KEYS, "details.*", ...alertVariables];
const monitorTrigger = (keys: string[]) => ({
  variables: [...under("monitor", keys), ...under("service", SERVICE_KEYS)],
  fields: [...keys, ...under("monitor", keys), ...under("service", SERVICE_KEYS)],
});
const uptime = monitorTrigger(UPTIME_MONITOR_KEYS);
const heartbeat = monitorTrigger(HEARTBEAT_MONITOR_KEYS);
const errorVariables = [...under("error", ERROR_KEYS), ...under("service", SERVICE_KEYS)];
const scheduleVariables = ["schedule.cron", "schedule.timezone", "schedule.fired_at"];
const STEP_KEYS = ["index", "name", "type", "error"];
/** `failed_step` is null on a completed run: its fields are listed for run.failed only. */
const runVariables = (failed: boolean) => [...under("source_run", RUN_KEYS), ...(failed ? under("source_run.failed_step", STEP_KEYS) : [])];
const runFields = (failed: boolean) => [...RUN_KEYS, ...(failed ? under("failed_step", STEP_KEYS) : []), ...runVariables(failed)];

export const TRIGGERS: Record<TriggerType, TriggerSpec> = {
  "incident.created": spec(
    "incident.created",
    "An incident was created, drafts included (test `visibility` to tell them apart).",
    true,
    incidentVariables,
    incidentFields,
  ),
  "incident.updated": spec(
    "incident.updated",
    "An incident's fields changed; `changes` maps each changed field to `{ from, to }`.",
    true,
    [...incidentVariables, "changes.*"],
    [...incidentFields, "changes.*"],
  ),
  "incident.resolved": spec("incident.resolved", "An incident was resolved.", true, incidentVariables, incidentFields),
  "incident.published": spec(
    "incident.published",
    "A draft incident was published.",
    true,
    incidentVariables,
    incidentFields,
  ),
  "alert.fired": spec("alert.fired", "An alert was ingested (a repeat of an open alert with the same dedup_key is not a new firing).", true, alertVariables, alertFields),
  "alert.resolved": spec("alert.resolved", "An alert was resolved (by id or by its dedup_key).", true, alertVariables, alertFields),
  "service.status_changed": spec(
    "service.status_changed",
    "A service's status changed; `previous_status` and `status` give both sides.",
    true,
    [...under("service", SERVICE_KEYS), "previous_status", "status"],
    [...SERVICE_KEYS, ...under("service", SERVICE_KEYS), "previous_status"],
  ),
  "uptime.down": spec(
    "uptime.down",
    "An uptime monitor went down: `confirmation` checks in a row failed (event `monitor.down`). `monitor.error` says why. Skipped during a maintenance window of the monitor's service.",
    true,
    uptime.variables,
    uptime.fields,
  ),
  "uptime.recovered": spec(
    "uptime.recovered",
    "A down uptime monitor is up again: `recovery` checks in a row succeeded (event `monitor.recovered`).",
    true,
    uptime.variables,
    uptime.fields,
  ),
  "heartbeat.missed": spec(
    "heartbeat.missed",
    "A heartbeat monitor did not receive its ping in time.",
    false,
    heartbeat.variables,
    heartbeat.fields,
  ),
  "error_threshold_exceeded": spec(
    "error_threshold_exceeded",
    "More errors than the threshold were reported within the window.",
    false,
    errorVariables,
    [...ERROR_KEYS, ...errorVariables],
  ),
  "run.completed": spec(
    "run.completed",
    "A workflow run ended with status `completed` or `completed_with_errors` (another workflow's: a workflow never triggers on its own runs; chains stop at depth 3). The run is `source_run`.",
    true,
    runVariables(false),
    runFields(false),
  ),
  "run.failed": spec(
    "run.failed",
    "A workflow run failed (another workflow's: a workflow never triggers on its own runs; chains stop at depth 3). The run is `source_run`; `source_run.failed_step` names the step and its error.",
    true,
    runVariables(true),
    runFields(true),
  ),
  scheduled: spec(
    "scheduled",
    "Runs on a cron schedule (`trigger.schedule`, in `trigger.timezone`, default UTC).",
    true,
    scheduleVariables,
    scheduleVariables,
  ),
  manual: spec(
    "manual",
    "Started by hand: POST /api/v1/workflows/{id}/runs with `{\"payload\": {…}}`; the payload is available as `payload.*`.",
    true,
    ["payload.*"],
    ["payload.*"],
  ),
};

/**
 * Events whose type is not the name of the trigger they fire: webhooks and `GET /events` say `monitor.down`, the
 * documented workflow trigger is `uptime.down`. Every other trigger is its event's type.
 */
export const TRIGGER_OF_EVENT: Readonly<Record<string, TriggerType>> = {
  "monitor.down": "uptime.down",
  "monitor.recovered": "uptime.recovered",
};

/** The trigger's spec, or null for a type the catalog does not know (input not yet checked against the enum). */
export function triggerSpec(type: string): TriggerSpec | null {
  return Object.hasOwn(TRIGGERS, type) ? (TRIGGERS[type as TriggerType] ?? null) : null;
}
