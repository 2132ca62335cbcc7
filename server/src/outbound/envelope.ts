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
    labels: ["sample"],
    assignee_id: null,
    visibility: "public",
    source: "api",
    created_at: at,
    updated_at: at,
    published_at: at,
    resolved_at: type === "incident.resolved" ? at : null,
    archived_at: null,
  };
  const service = { id: "svc_01JD5Q8R1XK2ZP7S0C3V9N4B6M", name: "checkout-api", description: "Sample service", status: "degraded", created_at: at, updated_at: at };
  const member = { id: "mem_01JD5Q8R1XK2ZP7S0C3V9N4B6M", name: "Sample Person", email: "sample@example.com", created_at: at, updated_at: at };
  const [resource] = type.split(".");
  const data: Record<string, unknown> =
    resource === "incident"
      ? { incident, ...(type === "incident.updated" ? { changes: { status: { from: "investigating", to: "identified" } } } : {}) }
      : resource === "service"
        ? { service, ...(type === "service.status_changed" ? { previous_status: "operational", status: "degraded" } : {}) }
        : resource === "member"
          ? { member }
          : resource === "run"
            ? sampleRun(type === "run.failed", nowMs)
            : resource === "monitor"
              ? sampleMonitor(type === "monitor.down", at)
              : { webhook: { id: "whk_01JD5Q8R1XK2ZP7S0C3V9N4B6M" }, reason: "Sample" };
  return { id: newId("evt"), type, created_at: at, data: { ...data, test: true } };
}

/** `monitor.down` / `monitor.recovered`: the monitor's own fields at the top of `data` (MonitorEventData). */
function sampleMonitor(down: boolean, at: string): Record<string, unknown> {
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
