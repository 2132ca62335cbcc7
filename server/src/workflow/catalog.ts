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
import { zAlert, zConditionOperator, zIncident, zIncidentEventFields, zPostIncidentTask, zRunEventData, zService, zServiceStatusChangeFields } from "../generated/zod.gen.ts";
import { sampleEventData, sampleService } from "../outbound/sample-events.ts";
import type { ConditionOperator, EventType, Trigger, TriggerType } from "../types.ts";
import type { RunScope, TriggerResource, TriggerSpec } from "./types.ts";

/** Variables every trigger's scope has. */
export const COMMON_VARIABLES = ["timestamp", "workflow.id", "workflow.name", "run.id"] as const;

/** The condition operators, in the contract's order. */
export const OPERATORS: readonly ConditionOperator[] = zConditionOperator.options;

/** An incident event's data: the incident's fields and `services` (names). */
const INCIDENT_KEYS = [...Object.keys(zIncident.shape), ...Object.keys(zIncidentEventFields.shape)];
const SERVICE_KEYS = Object.keys(zService.shape);
/** `service.status_changed` adds `previous_status` and `new_status` beside the service's fields. */
const STATUS_CHANGE_KEYS = Object.keys(zServiceStatusChangeFields.shape);
/** Every field of the Alert schema (`deduplicated` is only in the ingest response, never in an event). */
const ALERT_KEYS = Object.keys(zAlert.shape).filter((k) => k !== "deduplicated");
/** Monitors and error counts are produced by later issues; their shapes are fixed here. */
/** `monitor.down` / `monitor.recovered` data (MonitorEventData in the contract): the monitor's fields at the top. */
const UPTIME_MONITOR_KEYS = ["id", "name", "url", "method", "service_id", "state", "error", "error_class", "status_code", "checked_at"];
/** A heartbeat's fields as `heartbeat.missed` carries them at the top of its data (domain/heartbeats.ts). */
const HEARTBEAT_KEYS = [
  "id", "name", "service_id", "period", "schedule", "tz", "grace", "state", "last_ping_at", "last_ping_kind", "started_at", "expected_at",
  "deadline_at", "reason", "exit_code",
];
/** The rule and the crossing, as `error_threshold_exceeded` carries them at the top of its data (domain/errors-ingest.ts). */
const ERROR_KEYS = [
  "id", "name", "service_id", "threshold", "window_seconds", "fingerprint", "level", "message", "timestamp", "count", "window_start", "window_end",
];
/**
 * The run that ended (`run.completed` / `run.failed`), as `source_run` in templates: `run` is the run being made.
 * `failed_step` holds index, name, type and error (null unless a step failed).
 */
const RUN_KEYS = Object.keys(zRunEventData.shape);
/**
 * An incident.io incident as its webhooks and `GET /v2/incidents/{id}` carry it (docs.incident.io/api-reference:
 * IncidentV2 / the public_incident.incident_*_v2 payloads). Objects whose fields vary by organization (custom
 * fields, roles, timestamps) are free-form wildcards.
 */
const INCIDENT_IO_INCIDENT_KEYS = [
  "id", "name", "reference", "permalink", "summary", "visibility", "mode", "created_at", "updated_at", "call_url",
  "slack_channel_id", "slack_channel_name", "slack_team_id", "external_issue_reference", "creator", "duration_metrics",
  "severity.id", "severity.name", "severity.description", "severity.rank",
  "incident_status.id", "incident_status.name", "incident_status.category", "incident_status.description", "incident_status.rank",
  "incident_type.id", "incident_type.name", "incident_type.description", "incident_type.is_default", "incident_type.private_incidents_only",
  "custom_field_entries.*", "incident_role_assignments.*", "incident_timestamp_values.*", "creator.*", "external_issue_reference.*", "duration_metrics.*",
];
/** What the `incident_io.incident` trigger puts under `incident_io` (`fetch_error`: a private incident that could not be read). */
const INCIDENT_IO_KEYS = ["event_type", "event", "connection_id", "fetch_error"];

/**
 * Domain events that feed a trigger of another name: several events, one trigger with an `events` filter
 * (incident.io); or the webhook name differs from the documented trigger (`monitor.down` feeds `uptime.down`).
 * Every other trigger is its event's type.
 */
const EVENT_TRIGGER: Record<string, TriggerType> = {
  "incident_io.incident_created": "incident_io.incident",
  "incident_io.incident_updated": "incident_io.incident",
  "monitor.down": "uptime.down",
  "monitor.recovered": "uptime.recovered",
};

/** The trigger type a domain event feeds, or null. */
export function triggerOfEvent(eventType: string): TriggerType | null {
  if (Object.hasOwn(EVENT_TRIGGER, eventType)) return EVENT_TRIGGER[eventType]!;
  return Object.hasOwn(TRIGGERS, eventType) ? (eventType as TriggerType) : null;
}

/**
 * Whether a workflow's trigger takes this event beyond its type: an `incident_io.incident` trigger may name one
 * connection and a subset of `events` (created, updated). Other triggers take every event of their type.
 */
export function triggerAccepts(trigger: Trigger, event: { type: string; data: Record<string, unknown> }): boolean {
  if (trigger.type !== "incident_io.incident") return true;
  if (trigger.connection_id !== undefined && trigger.connection_id !== event.data.connection_id) return false;
  const which = event.type === "incident_io.incident_created" ? "created" : "updated";
  return trigger.events === undefined || trigger.events.includes(which);
}

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
 * The resource an event's data describes. Events hold the resource's own fields at the top of `data`, with
 * `extras` (such as `changes`, `previous_status`) beside them: those are left out. Data in the earlier shape, the
 * resource nested under its name (`{ incident: {…} }`: events and runs stored by earlier builds, dry runs written
 * that way), gives the nested object. `test` (webhook test deliveries) is never a field of the resource.
 */
export function eventResource(data: Record<string, unknown>, name: string, extras: readonly string[] = []): Record<string, unknown> {
  const nested = record(data[name]);
  if (nested) return nested;
  const own = { ...data };
  for (const key of [...extras, "test"]) delete own[key];
  return own;
}

/** Whether a trigger's runs carry a service (its `carries`), so its events' service is looked up when they name it by id. */
export function carriesService(trigger: TriggerType): boolean {
  return CARRIES[trigger].includes("service");
}

/**
 * The service templates see as `{{service.*}}` for an event of a trigger that carries one: the service object the
 * data holds when it has a `service` (alerts; null there means none), else the id of the first service to look up
 * (an incident's `service_ids[0]`, a resource's `service_id`), else null. Null for triggers that carry no service.
 */
export function eventServiceRef(trigger: TriggerType, data: Record<string, unknown>): { service: Record<string, unknown> } | { id: string } | null {
  if (!carriesService(trigger)) return null;
  if (data.service !== undefined) {
    const service = record(data.service);
    return service ? { service } : null;
  }
  const resource = record(data.incident) ?? record(data.monitor) ?? data;
  const ids = resource.service_ids;
  const id = Array.isArray(ids) && typeof ids[0] === "string" ? ids[0] : resource.service_id;
  return typeof id === "string" ? { id } : null;
}

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
      const incident = eventResource(data, "incident", ["changes"]);
      const changes = trigger === "incident.updated" ? { changes: record(data.changes) ?? {} } : {};
      return { ...incident, incident, service, ...changes, ...common };
    }
    case "incident.closed": {
      // The closed incident's own fields are the event's data, with why it closed beside them. A rebuilt scope
      // (engine/scope-refresh.ts, after a delay) passes the incident as it is now under `incident`.
      const { opt_out_reason, flow_id, incident: fresh, ...top } = data;
      const incident = record(fresh) ?? top;
      return { ...incident, incident, service, opt_out_reason: opt_out_reason ?? null, flow_id: flow_id ?? null, ...common };
    }
    case "post_incident.entered":
    case "post_incident.status_changed": {
      const { incident: raw, tasks: _t, ...flow } = data;
      const incident = record(raw) ?? {};
      return { ...incident, incident, service, post_incident: { previous_status: null, ...flow }, ...common };
    }
    case "post_incident.task_completed":
    case "post_incident.task_assigned": {
      const { incident: raw, ...task } = data;
      const incident = record(raw) ?? {};
      return { ...incident, incident, service, task, post_incident: { status: task.post_incident_status ?? null }, ...common };
    }
    case "service.status_changed": {
      // `new_status` (and the earlier `status`, kept for data stored in the earlier shape) beside the service.
      const svc = eventResource(data, "service", ["previous_status", "new_status"]);
      const newStatus = data.new_status ?? (record(data.service) ? data.status : undefined) ?? svc.status;
      return {
        ...svc,
        service: svc,
        previous_status: data.previous_status,
        new_status: newStatus,
        status: newStatus,
        ...common,
      };
    }
    case "alert.fired":
    case "alert.resolved": {
      const alert = eventResource(data, "alert", ["service"]);
      // Alert events carry the alert's service (when it has one), so templates can say {{service.name}}.
      const alertService = record(data.service) ?? service;
      return { ...alert, alert, service: alertService, ...common };
    }
    case "uptime.down":
    case "uptime.recovered": {
      const monitor = eventResource(data, "monitor", ["service"]);
      return { ...monitor, monitor, service, ...common };
    }
    case "heartbeat.missed": {
      // The heartbeat's fields are the event's data (not nested); `monitor` is the same object, for templates written
      // against the monitor variables.
      const heartbeat = eventResource(data, "monitor", ["service"]);
      return { ...heartbeat, heartbeat, monitor: heartbeat, service, ...common };
    }
    case "error_threshold_exceeded": {
      const error = eventResource(data, "error", ["service"]);
      return { ...error, error, service, ...common };
    }
    case "run.completed":
    case "run.failed": {
      // The run's own fields are the event's data (not nested): `source_run`, and at the top for conditions.
      const { test: _t, ...sourceRun } = data;
      return { ...sourceRun, source_run: sourceRun, ...common };
    }
    case "incident_io.incident": {
      // Normalized to { event_type, incident }: the bare and data-wrapped wire forms were unwrapped on receipt.
      const eventType = typeof data.event_type === "string" ? data.event_type : null;
      const incidentIo: Record<string, unknown> = {
        event_type: eventType,
        event: event.type === "incident_io.incident_updated" || eventType?.includes("incident_updated") ? "updated" : "created",
        connection_id: data.connection_id ?? null,
        incident: record(data.incident) ?? {},
        fetch_error: typeof data.fetch_error === "string" ? data.fetch_error : null,
      };
      return { incident_io: incidentIo, ...common };
    }
    case "scheduled":
      return { schedule: record(data.schedule) ?? {}, ...common };
    case "manual":
      return { payload: record(data.payload) ?? {}, ...common };
  }
}

/**
 * What a scheduled run's `schedule` holds: the cron expression (null for an interval), the interval (null for cron),
 * the time zone (UTC by default) and the slot it fired for.
 */
export function scheduleData(wf: { trigger: { schedule?: string | undefined; every?: string | undefined; timezone?: string | undefined } }, firedAtMs: number) {
  return { cron: wf.trigger.schedule ?? null, every: wf.trigger.every ?? null, timezone: wf.trigger.timezone ?? "UTC", fired_at: iso(firedAtMs) };
}

// ---- samples (ids shaped like real ones; times relative to nowMs) ----

const SAMPLE_WORKFLOW = { id: "wfl_01JD5Q8R1XK2ZP7S0C3V9N4B6M", name: "Sample workflow" };
const SAMPLE_RUN_ID = "run_01JD5Q8R1XK2ZP7S0C3V9N4B6M";
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * A realistic event of `trigger` (times relative to `nowMs`), in the shape dry runs and test runs take as `event`:
 * the catalog serves it as each trigger's `sample`.
 */
export function sampleEvent(trigger: TriggerType, nowMs: number): { type: TriggerType; data: Record<string, unknown> } {
  return { type: trigger, data: sampleData(trigger, nowMs) };
}

/**
 * Triggers whose events name their service by `service_id` only: their sample carries the service object too, so a
 * test run of the sample renders `{{service.*}}` without a real service to look up.
 */
const SAMPLE_WITH_SERVICE: readonly TriggerType[] = ["uptime.down", "uptime.recovered", "heartbeat.missed", "error_threshold_exceeded"];

/** The data of a trigger's sample: its (first) event's sample from the shared table (outbound/sample-events.ts). */
function sampleData(trigger: TriggerType, nowMs: number): Record<string, unknown> {
  if (trigger === "scheduled") return { schedule: scheduleData({ trigger: { schedule: "0 9 * * *" } }, nowMs) };
  if (trigger === "manual") return { payload: { reason: "Testing the workflow", requested_by: "ops@example.com" } };
  const eventType = (Object.keys(EVENT_TRIGGER).find((e) => EVENT_TRIGGER[e] === trigger) ?? trigger) as EventType;
  const data = sampleEventData(eventType, nowMs);
  return SAMPLE_WITH_SERVICE.includes(trigger) ? { ...data, service: sampleService(nowMs) } : data;
}

/** What each trigger's runs carry for actions to work on by default (TriggerSpec.carries). */
const CARRIES: Record<TriggerType, readonly TriggerResource[]> = {
  "incident.created": ["incident", "service"],
  "incident.updated": ["incident", "service"],
  "incident.resolved": ["incident", "service"],
  "incident.published": ["incident", "service"],
  "alert.fired": ["alert", "service"],
  "alert.resolved": ["alert", "service"],
  "service.status_changed": ["service"],
  "uptime.down": ["service"],
  "uptime.recovered": ["service"],
  "heartbeat.missed": ["service"],
  error_threshold_exceeded: ["service"],
  "run.completed": [],
  "run.failed": [],
  scheduled: [],
  manual: [],
  "incident_io.incident": [],
  "incident.closed": ["incident", "service"],
  "post_incident.entered": ["incident", "service"],
  "post_incident.status_changed": ["incident", "service"],
  "post_incident.task_completed": ["incident", "service"],
  "post_incident.task_assigned": ["incident", "service"],
};

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
    carries: CARRIES[type],
    sampleScope: (nowMs) =>
      buildScope(
        type,
        { id: null, type: type === "incident_io.incident" ? "incident_io.incident_created" : type, data: sampleData(type, nowMs) },
        // Incident events carry service_ids only, heartbeat and error-rule events a service_id: the caller looks up
        // the service, as here (see eventServiceRef).
        { workflow: SAMPLE_WORKFLOW, runId: SAMPLE_RUN_ID, nowMs, ...(carriesService(type) ? { service: sampleService(nowMs) } : {}) },
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
const heartbeat = {
  variables: [...under("heartbeat", HEARTBEAT_KEYS), ...under("monitor", HEARTBEAT_KEYS), ...under("service", SERVICE_KEYS)],
  fields: [...HEARTBEAT_KEYS, ...under("heartbeat", HEARTBEAT_KEYS), ...under("monitor", HEARTBEAT_KEYS), ...under("service", SERVICE_KEYS)],
};
const errorVariables = [...under("error", ERROR_KEYS), ...under("service", SERVICE_KEYS)];
const scheduleVariables = ["schedule.cron", "schedule.every", "schedule.timezone", "schedule.fired_at"];
const STEP_KEYS = ["index", "name", "type", "error"];
const FLOW_KEYS = ["incident_id", "flow_id", "flow_name", "statuses", "status", "previous_status", "state", "entered_at", "ended_at", "opt_out_reason"];
const TASK_KEYS = Object.keys(zPostIncidentTask.shape);
const flowTrigger = {
  variables: [...incidentVariables, ...under("post_incident", FLOW_KEYS)],
  fields: [...incidentFields, ...under("post_incident", FLOW_KEYS)],
};
/** `completed_by` is null until a task is finished: its fields are listed for task_completed only. */
const taskTrigger = (completed: boolean) => {
  const own = [...under("task", TASK_KEYS), ...(completed ? under("task.completed_by", ["kind", "reason", "run_id"]) : []), "post_incident.status"];
  return { variables: [...incidentVariables, ...own], fields: [...incidentFields, ...own] };
};
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
  "incident.closed": spec(
    "incident.closed",
    "An incident was closed: directly, at the end of its post-incident flow, or opted out of it (`opt_out_reason`).",
    true,
    [...incidentVariables, "opt_out_reason", "flow_id"],
    [...incidentFields, "opt_out_reason", "flow_id"],
  ),
  "post_incident.entered": spec(
    "post_incident.entered",
    "A resolved incident entered a post-incident flow (automatically, or opted in at close); `post_incident.status` is its first status.",
    true,
    flowTrigger.variables,
    flowTrigger.fields,
  ),
  "post_incident.status_changed": spec(
    "post_incident.status_changed",
    "An incident moved to the next status of its post-incident flow (`post_incident.previous_status` → `post_incident.status`).",
    true,
    flowTrigger.variables,
    flowTrigger.fields,
  ),
  "post_incident.task_completed": spec(
    "post_incident.task_completed",
    "A post-incident task was done or marked not doing (`task.status`); `task.completed_by` says what did it.",
    true,
    taskTrigger(true).variables,
    taskTrigger(true).fields,
  ),
  "post_incident.task_assigned": spec(
    "post_incident.task_assigned",
    "A post-incident task was assigned to a member (`task.assignee_id`).",
    true,
    taskTrigger(false).variables,
    taskTrigger(false).fields,
  ),
  "alert.fired": spec("alert.fired", "An alert was ingested (a repeat of an open alert with the same dedup_key is not a new firing).", true, alertVariables, alertFields),
  "alert.resolved": spec("alert.resolved", "An alert was resolved (by id or by its dedup_key).", true, alertVariables, alertFields),
  "service.status_changed": spec(
    "service.status_changed",
    "A service's status changed; `previous_status` and `new_status` give both sides (`status` is the new one too).",
    true,
    [...under("service", SERVICE_KEYS), ...STATUS_CHANGE_KEYS, "status"],
    [...SERVICE_KEYS, ...under("service", SERVICE_KEYS), ...STATUS_CHANGE_KEYS],
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
    "A heartbeat missed its deadline (`reason`: `late`, or `run_timeout` when a started run did not finish within grace) or reported a failure (`failed`, with `exit_code`); once per outage. The heartbeat is `heartbeat` (also `monitor`).",
    true,
    heartbeat.variables,
    heartbeat.fields,
  ),
  "error_threshold_exceeded": spec(
    "error_threshold_exceeded",
    "An error rule saw more than `threshold` errors within its window (once per window); `error` holds the rule, the `count` and the error that crossed the threshold.",
    true,
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
    "Runs on a cron schedule (`trigger.schedule`, in `trigger.timezone`, default UTC) or at an interval (`trigger.every`: `15m`, `2h`, `1d`; at least 1m).",
    true,
    scheduleVariables,
    scheduleVariables,
  ),
  manual: spec(
    "manual",
    "Started by hand: POST /api/v1/workflows/{id}/runs with `{\"payload\": {…}}`; the payload is available as `payload.*`. The same operation test-runs a workflow of any trigger with a resource (`incident_id`, `alert_id`, `service_id`, `run_id`) or a sample `event` (each trigger's `sample` here).",
    true,
    ["payload.*"],
    ["payload.*"],
  ),
  "incident_io.incident": spec(
    "incident_io.incident",
    "incident.io sent a Public incident created (v2) or updated (v2) webhook to an integration's webhook URL (`trigger.connection_id` picks one integration, default any; `trigger.events` picks created and/or updated, default both). The incident is `incident_io.incident` (e.g. `incident_io.incident.severity.name`); `incident_io.event` is created or updated.",
    true,
    [...under("incident_io", INCIDENT_IO_KEYS), ...under("incident_io.incident", INCIDENT_IO_INCIDENT_KEYS)],
    [...under("incident_io", INCIDENT_IO_KEYS), ...under("incident_io.incident", INCIDENT_IO_INCIDENT_KEYS)],
  ),
};

/** The trigger's spec, or null for a type the catalog does not know (input not yet checked against the enum). */
export function triggerSpec(type: string): TriggerSpec | null {
  return Object.hasOwn(TRIGGERS, type) ? (TRIGGERS[type as TriggerType] ?? null) : null;
}
