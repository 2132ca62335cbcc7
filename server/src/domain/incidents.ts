/**
 * Incidents: their lifecycle (transitions), timeline, labels and assignment. Every change writes its events in
 * the same transaction; an invalid transition is a 409 and writes nothing.
 */
import { iso } from "../clock.ts";
import { ApiError } from "../errors.ts";
import { newId } from "../ids.ts";
import type { IncidentFilter, PageQuery, Repos } from "../store/types.ts";
import type { FieldError, Incident, IncidentStatus, IncidentUpdateEntry, Severity, Visibility } from "../types.ts";
import type { Actor, Deps } from "./context.ts";
import { stopEscalations } from "./escalations.ts";
import { diff, incidentData, recordEvent } from "./events.ts";
import { AFTER_RESOLVED, isResolvedOrLater } from "./incident-status.ts";
import { enterOnResolve } from "./post-incident.ts";

export interface IncidentInput {
  title?: string | undefined;
  status?: IncidentStatus | undefined;
  severity?: Severity | undefined;
  message?: string | null | undefined;
  service_ids?: string[] | undefined;
  labels?: string[] | undefined;
  assignee_id?: string | null | undefined;
  visibility?: Visibility | undefined;
}

const TRACKED: (keyof Incident)[] = ["title", "status", "severity", "message", "service_ids", "labels", "assignee_id", "visibility"];
const ref = (id: string) => ({ type: "incident" as const, id });
const uniq = (xs: string[]) => [...new Set(xs)];

/** Referenced services and assignee must exist in the actor's organization; each miss names its field. */
async function checkReferences(tx: Repos, actor: Actor, input: IncidentInput): Promise<void> {
  const errors: FieldError[] = [];
  if (input.service_ids?.length) {
    const found = await tx.services.existing(actor.orgId, input.service_ids);
    input.service_ids.forEach((id, i) => {
      if (!found.has(id)) errors.push({ in: "body", pointer: `#/service_ids/${i}`, detail: `No service ${id}.` });
    });
  }
  if (input.assignee_id && !(await tx.members.get(actor.orgId, input.assignee_id))) {
    errors.push({ in: "body", pointer: "#/assignee_id", detail: `No member ${input.assignee_id}.` });
  }
  if (errors.length) throw ApiError.validation(errors);
}

async function load(tx: Repos, actor: Actor, id: string): Promise<Incident> {
  const incident = await tx.incidents.get(actor.orgId, id);
  if (!incident) throw ApiError.notFound("incident", id);
  return incident;
}

function assertNotArchived(incident: Incident) {
  if (incident.archived_at) throw ApiError.invalidTransition(`Incident ${incident.id} is archived and cannot be changed.`);
}

export async function createIncident(deps: Deps, actor: Actor, input: IncidentInput & { title: string }): Promise<Incident> {
  return deps.store.transaction(async (tx) => {
    await checkReferences(tx, actor, input);
    const now = iso(deps.clock.now());
    const status = input.status ?? "investigating";
    const visibility = input.visibility ?? "public";
    const incident: Incident = {
      id: newId("inc"),
      title: input.title,
      status,
      severity: input.severity ?? "minor",
      message: input.message ?? null,
      service_ids: uniq(input.service_ids ?? []),
      labels: uniq(input.labels ?? []),
      assignee_id: input.assignee_id ?? null,
      visibility,
      source: actor.source,
      created_at: now,
      updated_at: now,
      published_at: visibility === "public" ? now : null,
      resolved_at: status === "resolved" ? now : null,
      archived_at: null,
      post_incident_status: null,
      closed_at: null,
    };
    await tx.incidents.create(actor.orgId, incident);
    const data = await incidentData(tx, actor.orgId, incident);
    await recordEvent(tx, actor, deps.clock.now(), "incident.created", ref(incident.id), data);
    if (status === "resolved") {
      await recordEvent(tx, actor, deps.clock.now(), "incident.resolved", ref(incident.id), data);
      return enterOnResolve(tx, actor, deps.clock.now(), incident);
    }
    return incident;
  });
}

export function getIncident(deps: Deps, actor: Actor, id: string): Promise<Incident> {
  return load(deps.store, actor, id);
}

export function listIncidents(deps: Deps, actor: Actor, filter: IncidentFilter, page: PageQuery) {
  return deps.store.incidents.list(actor.orgId, filter, page);
}

/**
 * Applies `input` to a loaded incident inside `tx` and writes `incident.updated` (with `changes`) and, when the
 * status becomes resolved, `incident.resolved`. Shared by PATCH, timeline updates, labels and assignment.
 */
async function applyChange(tx: Repos, actor: Actor, nowMs: number, before: Incident, input: IncidentInput): Promise<Incident> {
  const after: Incident = {
    ...before,
    title: input.title ?? before.title,
    status: input.status ?? before.status,
    severity: input.severity ?? before.severity,
    message: input.message === undefined ? before.message : input.message,
    service_ids: input.service_ids ? uniq(input.service_ids) : before.service_ids,
    labels: input.labels ? uniq(input.labels) : before.labels,
    assignee_id: input.assignee_id === undefined ? before.assignee_id : input.assignee_id,
  };
  const changes = diff(before, after, TRACKED);
  if (Object.keys(changes).length === 0) return before;
  if (changes.status && AFTER_RESOLVED.includes(before.status)) {
    throw ApiError.invalidTransition(
      before.status === "closed"
        ? `Incident ${before.id} is closed; its status cannot change.`
        : `Incident ${before.id} is in a post-incident flow: finish its tasks or opt out (POST /incidents/${before.id}/post-incident/opt-out).`,
    );
  }
  if (changes.status && AFTER_RESOLVED.includes(after.status)) {
    throw ApiError.invalidTransition(`Status ${after.status} is reached through the post-incident flow and POST /incidents/${before.id}/close, not set directly.`);
  }
  const now = iso(nowMs);
  after.updated_at = now;
  if (changes.status) after.resolved_at = after.status === "resolved" ? now : null;
  await tx.incidents.update(actor.orgId, after);
  const data = await incidentData(tx, actor.orgId, after);
  await recordEvent(tx, actor, nowMs, "incident.updated", ref(after.id), { ...data, changes });
  if (changes.status && after.status === "resolved") {
    await recordEvent(tx, actor, nowMs, "incident.resolved", ref(after.id), data);
    // Nobody needs paging for a resolved incident: its escalations end in this same transaction.
    await stopEscalations(tx, actor.orgId, ref(after.id), "resolved", nowMs);
    // A matching automatic post-incident flow takes the incident from here (status post_incident).
    return enterOnResolve(tx, actor, nowMs, after);
  }
  return after;
}

export async function updateIncident(deps: Deps, actor: Actor, id: string, input: IncidentInput): Promise<Incident> {
  return deps.store.transaction(async (tx) => {
    const before = await load(tx, actor, id);
    assertNotArchived(before);
    await checkReferences(tx, actor, input);
    return applyChange(tx, actor, deps.clock.now(), before, input);
  });
}

export async function publishIncident(deps: Deps, actor: Actor, id: string): Promise<Incident> {
  return deps.store.transaction(async (tx) => {
    const before = await load(tx, actor, id);
    assertNotArchived(before);
    if (before.visibility === "public") throw ApiError.invalidTransition(`Incident ${id} is already public.`);
    const nowMs = deps.clock.now();
    const after: Incident = { ...before, visibility: "public", published_at: iso(nowMs), updated_at: iso(nowMs) };
    await tx.incidents.update(actor.orgId, after);
    await recordEvent(tx, actor, nowMs, "incident.published", ref(id), await incidentData(tx, actor.orgId, after));
    return after;
  });
}

export async function resolveIncident(deps: Deps, actor: Actor, id: string, message?: string): Promise<Incident> {
  return deps.store.transaction(async (tx) => {
    const before = await load(tx, actor, id);
    assertNotArchived(before);
    if (isResolvedOrLater(before.status)) throw ApiError.invalidTransition(`Incident ${id} is already ${before.status === "resolved" ? "resolved" : before.status}.`);
    const nowMs = deps.clock.now();
    if (message) await addTimelineEntry(tx, actor, nowMs, id, message, "resolved");
    return applyChange(tx, actor, nowMs, before, { status: "resolved" });
  });
}

export async function archiveIncident(deps: Deps, actor: Actor, id: string): Promise<Incident> {
  return deps.store.transaction(async (tx) => {
    const before = await load(tx, actor, id);
    if (before.archived_at) throw ApiError.invalidTransition(`Incident ${id} is already archived.`);
    const nowMs = deps.clock.now();
    const after: Incident = { ...before, archived_at: iso(nowMs), updated_at: iso(nowMs) };
    await tx.incidents.update(actor.orgId, after);
    await recordEvent(tx, actor, nowMs, "incident.archived", ref(id), await incidentData(tx, actor.orgId, after));
    return after;
  });
}

async function addTimelineEntry(tx: Repos, actor: Actor, nowMs: number, incidentId: string, message: string, status: IncidentStatus | null) {
  const entry: IncidentUpdateEntry = { id: newId("upd"), incident_id: incidentId, message, status, created_at: iso(nowMs) };
  await tx.incidents.addUpdate(actor.orgId, entry);
  return entry;
}

export async function addIncidentUpdate(
  deps: Deps,
  actor: Actor,
  id: string,
  input: { message: string; status?: IncidentStatus | undefined },
): Promise<IncidentUpdateEntry> {
  return deps.store.transaction(async (tx) => {
    const before = await load(tx, actor, id);
    assertNotArchived(before);
    const nowMs = deps.clock.now();
    const entry = await addTimelineEntry(tx, actor, nowMs, id, input.message, input.status ?? null);
    if (input.status) await applyChange(tx, actor, nowMs, before, { status: input.status });
    return entry;
  });
}

export async function listIncidentUpdates(deps: Deps, actor: Actor, id: string, page: PageQuery) {
  await load(deps.store, actor, id);
  return deps.store.incidents.listUpdates(actor.orgId, id, page);
}

export async function addIncidentLabels(deps: Deps, actor: Actor, id: string, labels: string[]): Promise<Incident> {
  return deps.store.transaction(async (tx) => {
    const before = await load(tx, actor, id);
    assertNotArchived(before);
    return applyChange(tx, actor, deps.clock.now(), before, { labels: [...before.labels, ...labels] });
  });
}

export async function removeIncidentLabel(deps: Deps, actor: Actor, id: string, label: string): Promise<Incident> {
  return deps.store.transaction(async (tx) => {
    const before = await load(tx, actor, id);
    assertNotArchived(before);
    if (!before.labels.includes(label)) throw ApiError.notFound("label", `"${label}" on incident ${id}`);
    return applyChange(tx, actor, deps.clock.now(), before, { labels: before.labels.filter((l) => l !== label) });
  });
}

export async function assignIncident(deps: Deps, actor: Actor, id: string, assigneeId: string | null): Promise<Incident> {
  return deps.store.transaction(async (tx) => {
    const before = await load(tx, actor, id);
    assertNotArchived(before);
    await checkReferences(tx, actor, { assignee_id: assigneeId });
    return applyChange(tx, actor, deps.clock.now(), before, { assignee_id: assigneeId });
  });
}

/** When a service is deleted, incidents stop referencing it (each change is an `incident.updated`). */
export async function detachService(tx: Repos, actor: Actor, nowMs: number, serviceId: string): Promise<void> {
  for (const incident of await tx.incidents.withService(actor.orgId, serviceId)) {
    await applyChange(tx, actor, nowMs, incident, { service_ids: incident.service_ids.filter((s) => s !== serviceId) });
  }
}

/** When a member is removed, their incidents become unassigned. */
export async function detachAssignee(tx: Repos, actor: Actor, nowMs: number, memberId: string): Promise<void> {
  for (const incident of await tx.incidents.withAssignee(actor.orgId, memberId)) {
    await applyChange(tx, actor, nowMs, incident, { assignee_id: null });
  }
}
