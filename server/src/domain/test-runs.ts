/**
 * The event a run started through the API (`POST /workflows/{id}/runs`) begins with. A `manual` workflow takes a
 * `payload`. Any workflow can be test-run with what its trigger would carry: a real resource of the trigger's kind
 * (`incident_id`, `alert_id`, `service_id`, `run_id`), or an `event` in the shape dry runs take (the catalog's
 * `sample` is one). A `scheduled` workflow with nothing runs as if its schedule fired now. Everything but a manual
 * run with a payload is a test run (`test: true` on the run).
 *
 * A resource becomes the event data its trigger's real events carry (domain/incidents.ts, alerts.ts,
 * services.ts, runs.ts `runEventData`): keep them in step when an event's data changes shape.
 */
import { ApiError } from "../errors.ts";
import { eventServiceRef, scheduleData } from "../workflow/catalog.ts";
import type { Repos, WorkflowRecord } from "../store/types.ts";
import type { TriggerType } from "../types.ts";
import type { Actor } from "./context.ts";
import { publicAlert } from "./alerts.ts";
import { incidentData } from "./events.ts";
import { runEventData } from "./runs.ts";

export interface RunInput {
  payload?: Record<string, unknown> | undefined;
  incident_id?: string | undefined;
  alert_id?: string | undefined;
  service_id?: string | undefined;
  run_id?: string | undefined;
  event?: { type?: string | undefined; data: Record<string, unknown> } | undefined;
}

export interface StartEvent {
  data: Record<string, unknown>;
  /** The service templates see as `service` when the event names it only by id (incidents), else undefined. */
  service?: Record<string, unknown> | null;
  test: boolean;
}

const SOURCES = ["incident_id", "alert_id", "service_id", "run_id", "event"] as const;
type Source = (typeof SOURCES)[number];

/** Which resource field each trigger is test-run with. */
function resourceFieldOf(trigger: TriggerType): Exclude<Source, "event"> | null {
  if (trigger.startsWith("incident.")) return "incident_id";
  if (trigger.startsWith("alert.")) return "alert_id";
  if (trigger === "service.status_changed") return "service_id";
  if (trigger === "run.completed" || trigger === "run.failed") return "run_id";
  return null;
}

const bad = (pointer: string, detail: string) => ApiError.validation([{ in: "body", pointer, detail }]);

export async function startEvent(tx: Repos, actor: Actor, wf: WorkflowRecord, input: RunInput, nowMs: number): Promise<StartEvent> {
  const trigger = wf.trigger.type;
  const given = SOURCES.filter((k) => input[k] !== undefined);
  if (given.length > 1) throw bad(`#/${given[1]}`, `Give one of ${given.join(" or ")}, not several.`);
  const source = given[0];
  const field = resourceFieldOf(trigger);
  const ways = [...(field ? [field] : []), "event"].join(" or ");

  if (input.payload !== undefined && (source !== undefined || trigger !== "manual")) {
    throw bad("#/payload", `payload is for manual workflows; this one is triggered by ${trigger}: test it with ${ways} (GET /workflow-catalog has a sample event per trigger).`);
  }
  if (source === undefined) {
    if (trigger === "manual") return { data: { payload: input.payload ?? {} }, test: false };
    if (trigger === "scheduled") return { data: { schedule: scheduleData(wf, nowMs) }, test: true };
    throw bad("#", `A ${trigger} workflow is test-run with ${ways} (GET /workflow-catalog has a sample event per trigger).`);
  }
  if (source === "event") {
    const event = input.event!;
    if (event.type !== undefined && event.type !== trigger) throw bad("#/event/type", `This workflow is triggered by ${trigger}, not ${event.type}.`);
    const data = event.data;
    const ref = eventServiceRef(trigger, data);
    const service = ref !== null && "id" in ref ? await tx.services.get(actor.orgId, ref.id) : undefined;
    return { data, ...(service !== undefined ? { service } : {}), test: true };
  }
  if (source !== field) {
    throw bad(`#/${source}`, `A ${trigger} workflow is test-run with ${ways}; ${source} is for ${triggersOf(source)} triggers.`);
  }
  const id = input[source]!;
  const missing = (what: string) => bad(`#/${source}`, `No ${what} ${id} in this organization.`);
  switch (source) {
    case "incident_id": {
      const incident = await tx.incidents.get(actor.orgId, id);
      if (!incident) throw missing("incident");
      const first = incident.service_ids[0];
      const service = first ? await tx.services.get(actor.orgId, first) : null;
      const data = await incidentData(tx, actor.orgId, incident);
      return { data: { ...data, ...(trigger === "incident.updated" ? { changes: {} } : {}) }, service, test: true };
    }
    case "alert_id": {
      const alert = await tx.alerts.get(actor.orgId, id);
      if (!alert) throw missing("alert");
      const service = alert.service_id ? await tx.services.get(actor.orgId, alert.service_id) : null;
      return { data: { ...publicAlert(alert), service }, test: true };
    }
    case "service_id": {
      const service = await tx.services.get(actor.orgId, id);
      if (!service) throw missing("service");
      return { data: { ...service, previous_status: service.status, new_status: service.status }, test: true };
    }
    case "run_id": {
      const run = await tx.runs.get(actor.orgId, id);
      if (!run) throw missing("run");
      if (!["completed", "completed_with_errors", "failed"].includes(run.status)) throw bad("#/run_id", `Run ${id} is ${run.status}; only an ended run starts a ${trigger} workflow.`);
      if (run.workflow_id === wf.id) throw bad("#/run_id", `Run ${id} is this workflow's own; a workflow never triggers on its own runs.`);
      return { data: runEventData(run, await tx.runs.steps(run.id)), test: true };
    }
  }
}

function triggersOf(field: Exclude<Source, "event">): string {
  return { incident_id: "incident", alert_id: "alert", service_id: "service.status_changed", run_id: "run.completed / run.failed" }[field];
}
