/**
 * The post-incident flow (issue #16): what carries a resolved incident to `closed`.
 *
 * - A **flow** (`/post-incident-flows`) has ordered statuses, each with task templates, entry `conditions` (the
 *   workflow condition language, tested against the resolved incident as the `incident.resolved` trigger sees it)
 *   and `entry`: `automatic` (a matching incident enters when resolved; the oldest matching flow wins) or `opt_in`
 *   (entered only when asked for at close). Every organization is given a default flow once, lazily (the first time
 *   anything looks at its flows or resolves an incident): "Documenting" then "Reviewing", automatic for major and
 *   critical incidents. Deleting it does not bring it back.
 * - An incident that enters takes a **snapshot**: every task of every status is created then (ids, titles,
 *   descriptions, due dates counted from entry, default assignees), so editing the flow later changes nothing for it.
 *   The incident's `status` becomes `post_incident` and `post_incident_status` names the flow's current status.
 * - When every task of the current status is done or not doing (and the status has at least one task), the incident
 *   moves to the next status; after the last it is `closed`. A status whose tasks were all removed waits for an
 *   explicit move. Opting out (a reason is required) closes it at once.
 * - Some tasks complete themselves when what they ask for happens (`AUTOMATIC`): checked for the tasks of the
 *   current status when the incident enters a status, and when the matching thing changes. Reopening a task never
 *   completes it again by itself until the thing changes again.
 *
 * Every step writes its events (resource `incident`; data = the resource's own fields at the top, with the incident
 * under `incident`) and a timeline entry in the same transaction; messages (assignment emails, the incident
 * channel) are queued as `post_incident.notify` jobs and sent after commit (oncall/post-incident-notifier.ts).
 */
import { iso } from "../clock.ts";
import { ApiError } from "../errors.ts";
import { newId } from "../ids.ts";
import { enqueue, type JobPayload } from "../queue/jobs.ts";
import type { IncidentRecordDoc, PageQuery, PostIncidentFlowRecord, Repos } from "../store/types.ts";
import type {
  ConditionGroup,
  FieldError,
  FollowUp,
  FollowUpStatus,
  Incident,
  IncidentPostIncident,
  NotificationResult,
  PostIncidentCompletion,
  PostIncidentFlowStatus,
  PostIncidentTask,
  PostIncidentTaskKind,
  PostIncidentTaskTemplate,
} from "../types.ts";
import { buildScope, isListedPath, TRIGGERS } from "../workflow/catalog.ts";
import { evaluateConditions, isGroup } from "../workflow/conditions.ts";
import type { Actor, Deps } from "./context.ts";
import type { OncallDeps } from "./oncall-deps.ts";
import { diff, incidentData, recordEvent } from "./events.ts";

export const SUGGESTED: Record<PostIncidentTaskKind, { title: string; description: string | null }> = {
  review_timeline: { title: "Review the incident timeline", description: "Read the incident's timeline (GET /incidents/{id}/updates) and correct or complete it." },
  create_postmortem: { title: "Create a post-mortem", description: "Write up what happened and attach the document to the incident (PUT /incidents/{id}/postmortem). Completes itself when a post-mortem is attached." },
  schedule_debrief: { title: "Schedule the debrief", description: "Meet with everyone involved; record when and who (PUT /incidents/{id}/debrief). Completes itself when the debrief is recorded." },
  complete_postmortem: { title: "Mark the post-mortem complete", description: "Finish the post-mortem and mark it complete. Completes itself when the post-mortem's status becomes complete." },
  share_postmortem: { title: "Share the post-mortem", description: "Share the post-mortem to a channel (POST /incidents/{id}/postmortem/share). Completes itself when it is shared." },
  review_follow_ups: { title: "Review follow-ups", description: "Go through the incident's follow-ups (GET /incidents/{id}/follow-ups). Completes itself when every follow-up is completed or not doing." },
  assign_role: { title: "Assign a role", description: "Assign the named incident role (PUT /incidents/{id}/roles). Completes itself when the role is assigned." },
  custom: { title: "Custom task", description: null },
};

/** Why a task of each kind completes itself, or null for kinds that never do. */
export type AutomaticReason = "postmortem.attached" | "postmortem.completed" | "debrief.recorded" | "postmortem.shared" | "follow_ups.resolved" | "role.assigned";
const AUTOMATIC: Partial<Record<PostIncidentTaskKind, AutomaticReason>> = {
  create_postmortem: "postmortem.attached",
  complete_postmortem: "postmortem.completed",
  schedule_debrief: "debrief.recorded",
  share_postmortem: "postmortem.shared",
  review_follow_ups: "follow_ups.resolved",
  assign_role: "role.assigned",
};
const REASON_TEXT: Record<AutomaticReason, string> = {
  "postmortem.attached": "a post-mortem was attached",
  "postmortem.completed": "the post-mortem was marked complete",
  "debrief.recorded": "the debrief was recorded",
  "postmortem.shared": "the post-mortem was shared",
  "follow_ups.resolved": "every follow-up is resolved",
  "role.assigned": "the role was assigned",
};

/** The stored document also remembers whether the post-mortem was shared (not part of any response). */
type Doc = IncidentRecordDoc & { postmortem_shared_at?: string | null };

const ref = (id: string) => ({ type: "incident" as const, id });
const emptyDoc = (): Doc => ({ post_incident: null, postmortem: null, debrief: null, roles: {}, follow_ups: [] });

// ---- flows ----

/** The default flow's id: derived from the organization's, so seeding twice lands on one row. */
export const defaultFlowId = (orgId: string) => `pif_${orgId.slice(4)}`;

export function defaultFlow(orgId: string, at: string): PostIncidentFlowRecord {
  const t = (kind: PostIncidentTaskKind): PostIncidentTaskTemplate => ({ kind, ...SUGGESTED[kind], due_after_days: null, assignee_id: null, assignee_role: null, role: null });
  return {
    id: defaultFlowId(orgId),
    organization_id: orgId,
    name: "Default",
    description: "Created by Tripwire: document major and critical incidents, then review them.",
    entry: "automatic",
    conditions: { operator: "AND", conditions: [{ field: "severity", operator: "in", value: ["major", "critical"] }] },
    statuses: [
      { name: "Documenting", tasks: [t("review_timeline"), t("create_postmortem"), t("complete_postmortem")] },
      { name: "Reviewing", tasks: [t("schedule_debrief"), t("share_postmortem"), t("review_follow_ups")] },
    ],
    is_default: true,
    created_at: at,
    updated_at: at,
  };
}

/** Gives the organization its default flow if it never had it, inside `tx`. */
export async function ensureDefaultFlow(tx: Repos, orgId: string, nowMs: number): Promise<void> {
  if (await tx.postIncident.seeded(orgId)) return;
  await tx.postIncident.markSeeded(orgId, iso(nowMs));
  if (!(await tx.postIncident.getFlow(orgId, defaultFlowId(orgId)))) await tx.postIncident.createFlow(defaultFlow(orgId, iso(nowMs)));
}

async function seeded(deps: Deps, orgId: string): Promise<void> {
  if (await deps.store.postIncident.seeded(orgId)) return;
  await deps.store.transaction((tx) => ensureDefaultFlow(tx, orgId, deps.clock.now()));
}

const publicFlow = ({ organization_id: _o, ...f }: PostIncidentFlowRecord) => f;

export interface FlowInput {
  name?: string | undefined;
  description?: string | null | undefined;
  entry?: "automatic" | "opt_in" | undefined;
  conditions?: ConditionGroup | null | undefined;
  statuses?: PostIncidentFlowStatus[] | undefined;
}

const INCIDENT_FIELDS = TRIGGERS["incident.resolved"].fields;

function conditionErrors(group: ConditionGroup, pointer: string, errors: FieldError[]) {
  for (const [i, item] of group.conditions.entries()) {
    const at = `${pointer}/conditions/${i}`;
    if (isGroup(item)) {
      conditionErrors(item, at, errors);
      continue;
    }
    if (!isListedPath(item.field, INCIDENT_FIELDS)) errors.push({ in: "body", pointer: `${at}/field`, detail: `Unknown field "${item.field}": conditions test the resolved incident (e.g. severity, labels, incident.title).` });
    if (item.value === undefined) errors.push({ in: "body", pointer: `${at}/value`, detail: `The ${item.operator} condition needs a value.` });
    else if ((item.operator === "in" || item.operator === "not_in") && !Array.isArray(item.value)) errors.push({ in: "body", pointer: `${at}/value`, detail: `The ${item.operator} condition needs a list of values.` });
  }
}

/** Checks a flow body and fills each task's defaults (suggested title and description), naming every bad field. */
async function checkFlow(tx: Repos, orgId: string, input: FlowInput): Promise<PostIncidentFlowStatus[] | undefined> {
  const errors: FieldError[] = [];
  if (input.conditions) conditionErrors(input.conditions, "#/conditions", errors);
  const seen = new Set<string>();
  const statuses = input.statuses?.map((status, i) => {
    if (status.name.trim().toLowerCase() === "closed") errors.push({ in: "body", pointer: `#/statuses/${i}/name`, detail: '"closed" is reserved: the incident is closed after the last status.' });
    if (seen.has(status.name)) errors.push({ in: "body", pointer: `#/statuses/${i}/name`, detail: `Status "${status.name}" appears twice.` });
    seen.add(status.name);
    return {
      name: status.name,
      tasks: status.tasks.map((t, j): PostIncidentTaskTemplate => {
        const at = `#/statuses/${i}/tasks/${j}`;
        if (t.kind === "custom" && !t.title) errors.push({ in: "body", pointer: `${at}/title`, detail: "A custom task needs a title." });
        if (t.kind === "assign_role" && !t.role) errors.push({ in: "body", pointer: `${at}/role`, detail: "An assign_role task names the role to assign." });
        const suggested = SUGGESTED[t.kind];
        return {
          kind: t.kind,
          title: t.title ?? (t.kind === "assign_role" && t.role ? `Assign the ${t.role} role` : suggested.title),
          description: t.description === undefined ? suggested.description : t.description,
          due_after_days: t.due_after_days ?? null,
          assignee_id: t.assignee_id ?? null,
          assignee_role: t.assignee_role ?? null,
          role: t.role ?? null,
        };
      }),
    };
  });
  for (const [i, status] of (statuses ?? []).entries()) {
    for (const [j, t] of status.tasks.entries()) {
      if (t.assignee_id && !(await tx.members.get(orgId, t.assignee_id))) errors.push({ in: "body", pointer: `#/statuses/${i}/tasks/${j}/assignee_id`, detail: `No member ${t.assignee_id}.` });
    }
  }
  if (errors.length) throw ApiError.validation(errors);
  return statuses;
}

export async function listFlows(deps: Deps, actor: Actor, page: PageQuery) {
  await seeded(deps, actor.orgId);
  const p = await deps.store.postIncident.listFlows(actor.orgId, page);
  return { items: p.items.map(publicFlow), nextAfter: p.nextAfter };
}

export async function getFlow(deps: Deps, actor: Actor, id: string) {
  await seeded(deps, actor.orgId);
  const f = await deps.store.postIncident.getFlow(actor.orgId, id);
  if (!f) throw ApiError.notFound("post-incident flow", id);
  return publicFlow(f);
}

export async function createFlow(deps: Deps, actor: Actor, input: FlowInput & { name: string; statuses: PostIncidentFlowStatus[] }) {
  return deps.store.transaction(async (tx) => {
    const nowMs = deps.clock.now();
    await ensureDefaultFlow(tx, actor.orgId, nowMs);
    const statuses = (await checkFlow(tx, actor.orgId, input)) ?? [];
    const flow: PostIncidentFlowRecord = {
      id: newId("pif"),
      organization_id: actor.orgId,
      name: input.name,
      description: input.description ?? null,
      entry: input.entry ?? "automatic",
      conditions: input.conditions ?? null,
      statuses,
      is_default: false,
      created_at: iso(nowMs),
      updated_at: iso(nowMs),
    };
    await tx.postIncident.createFlow(flow);
    return publicFlow(flow);
  });
}

export async function updateFlow(deps: Deps, actor: Actor, id: string, input: FlowInput) {
  return deps.store.transaction(async (tx) => {
    const nowMs = deps.clock.now();
    await ensureDefaultFlow(tx, actor.orgId, nowMs);
    const before = await tx.postIncident.getFlow(actor.orgId, id);
    if (!before) throw ApiError.notFound("post-incident flow", id);
    const statuses = await checkFlow(tx, actor.orgId, input);
    const after: PostIncidentFlowRecord = {
      ...before,
      name: input.name ?? before.name,
      description: input.description === undefined ? before.description : input.description,
      entry: input.entry ?? before.entry,
      conditions: input.conditions === undefined ? before.conditions : input.conditions,
      statuses: statuses ?? before.statuses,
      updated_at: iso(nowMs),
    };
    await tx.postIncident.updateFlow(after);
    return publicFlow(after);
  });
}

export async function deleteFlow(deps: Deps, actor: Actor, id: string): Promise<void> {
  await deps.store.transaction(async (tx) => {
    await ensureDefaultFlow(tx, actor.orgId, deps.clock.now());
    if (!(await tx.postIncident.getFlow(actor.orgId, id))) throw ApiError.notFound("post-incident flow", id);
    await tx.postIncident.deleteFlow(actor.orgId, id);
  });
}

// ---- the incident's record ----

async function loadIncident(tx: Repos, actor: Actor, id: string): Promise<Incident> {
  const incident = await tx.incidents.get(actor.orgId, id);
  if (!incident) throw ApiError.notFound("incident", id);
  return incident;
}

async function loadDoc(tx: Repos, orgId: string, incidentId: string): Promise<Doc> {
  return ((await tx.postIncident.getRecord(orgId, incidentId)) as Doc | null) ?? emptyDoc();
}

/** What one change to an incident's post-incident state is working on, inside one transaction. */
interface Work {
  tx: Repos;
  actor: Actor;
  nowMs: number;
  incident: Incident;
  doc: Doc;
}

async function save(w: Work): Promise<void> {
  await w.tx.postIncident.putRecord(w.actor.orgId, w.incident.id, w.doc, iso(w.nowMs));
}

/** A timeline entry; `status` only on the entries that changed the incident's status (entering the flow, closing). */
async function timeline(w: Work, message: string, status: "post_incident" | "closed" | null = null) {
  await w.tx.incidents.addUpdate(w.actor.orgId, { id: newId("upd"), incident_id: w.incident.id, message, status, created_at: iso(w.nowMs) });
}

async function notify(w: Work, payload: Omit<JobPayload<"post_incident.notify">, "organization_id" | "incident_id">) {
  const id = newId("pin");
  await enqueue(w.tx, { id, kind: "post_incident.notify", payload: { organization_id: w.actor.orgId, incident_id: w.incident.id, ...payload }, runAtMs: w.nowMs }, w.nowMs);
}

const flowData = (pi: IncidentPostIncident, incident: Incident) => ({ ...pi, incident });
const taskData = (task: PostIncidentTask, incident: Incident) => ({ ...task, incident });

/** Changes the incident's status fields and writes `incident.updated` with what changed. */
async function setIncident(w: Work, patch: Partial<Incident>): Promise<void> {
  const after: Incident = { ...w.incident, ...patch, updated_at: iso(w.nowMs) };
  const changes = diff(w.incident, after, ["status", "post_incident_status"]);
  await w.tx.incidents.update(w.actor.orgId, after);
  w.incident = after;
  if (Object.keys(changes).length) await recordEvent(w.tx, w.actor, w.nowMs, "incident.updated", ref(after.id), { ...(await incidentData(w.tx, w.actor.orgId, after)), changes });
}

function completion(actor: Actor, reason: AutomaticReason | null): PostIncidentCompletion {
  if (reason) return { kind: "automatic", reason, run_id: actor.causedBy?.run_id ?? null };
  return actor.causedBy ? { kind: "workflow", reason: null, run_id: actor.causedBy.run_id } : { kind: "api", reason: null, run_id: null };
}

/** Enters `flow`: snapshots its tasks, moves the incident to its first status, writes events, timeline and messages. */
async function enter(w: Work, flow: PostIncidentFlowRecord, how: "automatic" | "opt_in"): Promise<void> {
  const first = flow.statuses[0];
  if (!first) throw ApiError.invalidTransition(`Post-incident flow ${flow.id} has no statuses to enter.`);
  const at = iso(w.nowMs);
  const tasks: PostIncidentTask[] = flow.statuses.flatMap((status) =>
    status.tasks.map((t) => ({
      id: newId("pit"),
      incident_id: w.incident.id,
      post_incident_status: status.name,
      kind: t.kind,
      title: t.title ?? SUGGESTED[t.kind].title,
      description: t.description ?? null,
      role: t.role ?? null,
      status: "todo" as const,
      assignee_id: t.assignee_id ?? (t.assignee_role ? (w.doc.roles[t.assignee_role] ?? null) : null),
      due_at: t.due_after_days === null || t.due_after_days === undefined ? null : iso(w.nowMs + t.due_after_days * 86_400_000),
      note: null,
      completed_by: null,
      completed_at: null,
    })),
  );
  w.doc.post_incident = {
    incident_id: w.incident.id,
    flow_id: flow.id,
    flow_name: flow.name,
    statuses: flow.statuses.map((s) => s.name),
    status: first.name,
    state: "active",
    entered_at: at,
    ended_at: null,
    opt_out_reason: null,
    tasks,
  };
  await setIncident(w, { status: "post_incident", post_incident_status: first.name });
  await timeline(w, `Entered the post-incident flow "${flow.name}" (${how === "automatic" ? "automatically, on resolve" : "opted in at close"}): ${first.name}.`, "post_incident");
  await recordEvent(w.tx, w.actor, w.nowMs, "post_incident.entered", ref(w.incident.id), flowData(w.doc.post_incident, w.incident));
  await notify(w, { what: "entered" });
  for (const task of tasks) if (task.assignee_id) await assigned(w, task);
  await settle(w, null);
}

async function assigned(w: Work, task: PostIncidentTask) {
  const member = task.assignee_id ? await w.tx.members.get(w.actor.orgId, task.assignee_id) : null;
  await timeline(w, `Task "${task.title}" assigned to ${member ? `${member.name} <${member.email}>` : task.assignee_id}.`);
  await recordEvent(w.tx, w.actor, w.nowMs, "post_incident.task_assigned", ref(w.incident.id), taskData(task, w.incident));
  await notify(w, { what: "assigned", task_id: task.id, member_id: task.assignee_id ?? undefined });
}

function holds(doc: Doc, task: PostIncidentTask): boolean {
  switch (task.kind) {
    case "create_postmortem":
      return doc.postmortem !== null;
    case "complete_postmortem":
      return doc.postmortem?.status === "complete";
    case "schedule_debrief":
      return doc.debrief !== null;
    case "share_postmortem":
      return Boolean(doc.postmortem_shared_at);
    case "review_follow_ups":
      return doc.follow_ups.length > 0 && doc.follow_ups.every((f) => f.status !== "outstanding");
    case "assign_role":
      return task.role !== null && Boolean(doc.roles[task.role]);
    default:
      return false;
  }
}

async function finishTask(w: Work, task: PostIncidentTask, status: "done" | "not_doing", reason: AutomaticReason | null, note: string | null) {
  task.status = status;
  task.completed_by = completion(w.actor, reason);
  task.completed_at = iso(w.nowMs);
  if (note !== null) task.note = note;
  const how = reason ? ` (automatically: ${REASON_TEXT[reason]})` : w.actor.causedBy ? " (by a workflow)" : "";
  await timeline(w, `Task "${task.title}" ${status === "done" ? "done" : "marked not doing"}${how}.${note ? ` Note: ${note}` : ""}`);
  await recordEvent(w.tx, w.actor, w.nowMs, "post_incident.task_completed", ref(w.incident.id), taskData(task, w.incident));
}

/**
 * Completes the current status's tasks whose automatic condition holds (`trigger`: only those of that reason; null:
 * all, on entering a status; "none": none), then moves on while the status's tasks are all finished (a status with
 * no tasks never moves by itself). `w` holds the result.
 */
async function settle(w: Work, trigger: AutomaticReason | null | "none"): Promise<void> {
  for (;;) {
    const pi = w.doc.post_incident;
    if (!pi || pi.state !== "active") return;
    const current = pi.tasks.filter((t) => t.post_incident_status === pi.status);
    for (const task of current) {
      const reason = AUTOMATIC[task.kind];
      if (task.status === "todo" && reason && trigger !== "none" && (trigger === null || trigger === reason) && holds(w.doc, task)) {
        await finishTask(w, task, "done", reason, null);
      }
    }
    if (current.length === 0 || current.some((t) => t.status === "todo")) return;
    await advance(w);
    trigger = null;
  }
}

/** To the next status, or closed after the last. */
async function advance(w: Work): Promise<void> {
  const pi = w.doc.post_incident!;
  const index = pi.statuses.indexOf(pi.status ?? "");
  const next = pi.statuses[index + 1];
  const previous = pi.status;
  if (next === undefined) {
    pi.status = null;
    pi.state = "completed";
    pi.ended_at = iso(w.nowMs);
    await setIncident(w, { status: "closed", post_incident_status: null, closed_at: iso(w.nowMs) });
    await timeline(w, `Closed: the post-incident flow "${pi.flow_name}" is complete.`, "closed");
    await recordEvent(w.tx, w.actor, w.nowMs, "incident.closed", ref(w.incident.id), await incidentData(w.tx, w.actor.orgId, w.incident, { opt_out_reason: null, flow_id: pi.flow_id }));
    return;
  }
  pi.status = next;
  await setIncident(w, { post_incident_status: next });
  await timeline(w, `Post-incident: ${previous} → ${next}.`);
  await recordEvent(w.tx, w.actor, w.nowMs, "post_incident.status_changed", ref(w.incident.id), { ...flowData(pi, w.incident), previous_status: previous });
}

/**
 * Called in the transaction that resolved `incident` (domain/incidents.ts): enters the oldest automatic flow whose
 * conditions match, if any. Returns the incident as it is afterwards.
 */
export async function enterOnResolve(tx: Repos, actor: Actor, nowMs: number, incident: Incident): Promise<Incident> {
  await ensureDefaultFlow(tx, actor.orgId, nowMs);
  const flows = (await tx.postIncident.allFlows(actor.orgId)).filter((f) => f.entry === "automatic" && f.statuses.length > 0);
  if (flows.length === 0) return incident;
  const service = incident.service_ids[0] ? await tx.services.get(actor.orgId, incident.service_ids[0]) : null;
  const scope = buildScope("incident.resolved", { id: null, type: "incident.resolved", data: { incident } }, { service, workflow: { id: "", name: "" }, runId: "", nowMs });
  const flow = flows.find((f) => evaluateConditions(f.conditions, scope).result);
  if (!flow) return incident;
  const w: Work = { tx, actor, nowMs, incident, doc: await loadDoc(tx, actor.orgId, incident.id) };
  await enter(w, flow, "automatic");
  await save(w);
  return w.incident;
}

/** A change to the incident's post-incident state, in one transaction. */
function change<T>(deps: Deps, actor: Actor, incidentId: string, fn: (w: Work) => Promise<T>): Promise<T> {
  return deps.store.transaction(async (tx) => {
    const incident = await loadIncident(tx, actor, incidentId);
    if (incident.archived_at) throw ApiError.invalidTransition(`Incident ${incidentId} is archived and cannot be changed.`);
    const w: Work = { tx, actor, nowMs: deps.clock.now(), incident, doc: await loadDoc(tx, actor.orgId, incidentId) };
    const out = await fn(w);
    await save(w);
    return out;
  });
}

function activeFlow(w: Work): IncidentPostIncident {
  const pi = w.doc.post_incident;
  if (w.incident.status !== "post_incident" || !pi || pi.state !== "active") {
    throw ApiError.invalidTransition(`Incident ${w.incident.id} is not in a post-incident flow (status ${w.incident.status}).`);
  }
  return pi;
}

export async function getPostIncident(deps: Deps, actor: Actor, incidentId: string): Promise<IncidentPostIncident> {
  await loadIncident(deps.store, actor, incidentId);
  const pi = (await deps.store.postIncident.getRecord(actor.orgId, incidentId))?.post_incident;
  if (!pi) throw ApiError.notFound("post-incident flow of incident", incidentId);
  return pi;
}

/** `POST /incidents/{id}/close`: a resolved incident closes directly, or enters `flowId` (opt in). */
export async function closeIncident(deps: Deps, actor: Actor, incidentId: string, flowId: string | undefined): Promise<Incident> {
  return change(deps, actor, incidentId, async (w) => {
    const status = w.incident.status;
    if (status === "post_incident") throw ApiError.invalidTransition(`Incident ${incidentId} is in a post-incident flow: finish its tasks, or opt out with a reason.`);
    if (status === "closed") throw ApiError.invalidTransition(`Incident ${incidentId} is already closed.`);
    if (status !== "resolved") throw ApiError.invalidTransition(`Incident ${incidentId} is ${status}: only a resolved incident can be closed.`);
    if (flowId) {
      await ensureDefaultFlow(w.tx, actor.orgId, w.nowMs);
      const flow = await w.tx.postIncident.getFlow(actor.orgId, flowId);
      if (!flow) throw ApiError.validation([{ in: "body", pointer: "#/flow_id", detail: `No post-incident flow ${flowId}.` }]);
      if (flow.statuses.length === 0) throw ApiError.validation([{ in: "body", pointer: "#/flow_id", detail: `Post-incident flow ${flowId} has no statuses.` }]);
      await enter(w, flow, "opt_in");
      return w.incident;
    }
    await setIncident(w, { status: "closed", post_incident_status: null, closed_at: iso(w.nowMs) });
    await timeline(w, "Closed.", "closed");
    await recordEvent(w.tx, w.actor, w.nowMs, "incident.closed", ref(incidentId), await incidentData(w.tx, w.actor.orgId, w.incident, { opt_out_reason: null, flow_id: null }));
    return w.incident;
  });
}

export async function optOut(deps: Deps, actor: Actor, incidentId: string, reason: string): Promise<IncidentPostIncident> {
  return change(deps, actor, incidentId, async (w) => {
    const pi = activeFlow(w);
    pi.state = "opted_out";
    pi.status = null;
    pi.ended_at = iso(w.nowMs);
    pi.opt_out_reason = reason;
    await setIncident(w, { status: "closed", post_incident_status: null, closed_at: iso(w.nowMs) });
    await timeline(w, `Opted out of the post-incident flow "${pi.flow_name}" and closed. Reason: ${reason}`, "closed");
    await recordEvent(w.tx, w.actor, w.nowMs, "incident.closed", ref(incidentId), await incidentData(w.tx, w.actor.orgId, w.incident, { opt_out_reason: reason, flow_id: pi.flow_id }));
    await notify(w, { what: "opted_out", reason });
    return pi;
  });
}

export async function moveStatus(deps: Deps, actor: Actor, incidentId: string, to: string): Promise<IncidentPostIncident> {
  return change(deps, actor, incidentId, async (w) => {
    const pi = activeFlow(w);
    const next = pi.statuses[pi.statuses.indexOf(pi.status ?? "") + 1] ?? "closed";
    if (to !== next) throw ApiError.invalidTransition(`Incident ${incidentId} is at "${pi.status}": the next status is "${next}", not "${to}".`);
    await advance(w);
    await settle(w, null);
    return w.doc.post_incident!;
  });
}

function findTask(w: Work, taskId: string): { pi: IncidentPostIncident; task: PostIncidentTask } {
  const pi = w.doc.post_incident;
  const task = pi?.tasks.find((t) => t.id === taskId);
  if (!pi || !task) throw ApiError.notFound("post-incident task", taskId);
  return { pi, task };
}

function currentTask(w: Work, taskId: string) {
  const { task } = findTask(w, taskId);
  const pi = activeFlow(w);
  if (task.post_incident_status !== pi.status) {
    throw ApiError.invalidTransition(`Task ${taskId} belongs to "${task.post_incident_status}"; the incident is at "${pi.status}".`);
  }
  return task;
}

export async function finishPostIncidentTask(deps: Deps, actor: Actor, incidentId: string, taskId: string, status: "done" | "not_doing", note?: string): Promise<PostIncidentTask> {
  return change(deps, actor, incidentId, async (w) => {
    const task = currentTask(w, taskId);
    if (task.status === status) throw ApiError.invalidTransition(`Task ${taskId} is already ${status}.`);
    await finishTask(w, task, status, null, note ?? null);
    await settle(w, null);
    return task;
  });
}

export async function reopenPostIncidentTask(deps: Deps, actor: Actor, incidentId: string, taskId: string): Promise<PostIncidentTask> {
  return change(deps, actor, incidentId, async (w) => {
    const task = currentTask(w, taskId);
    if (task.status === "todo") throw ApiError.invalidTransition(`Task ${taskId} is not done: nothing to reopen.`);
    task.status = "todo";
    task.completed_by = null;
    task.completed_at = null;
    await timeline(w, `Task "${task.title}" reopened.`);
    return task;
  });
}

/** Removes a task from the incident's snapshot. A status left with no tasks waits for an explicit move. */
export async function deletePostIncidentTask(deps: Deps, actor: Actor, incidentId: string, taskId: string): Promise<void> {
  await change(deps, actor, incidentId, async (w) => {
    const { pi, task } = findTask(w, taskId);
    activeFlow(w);
    pi.tasks = pi.tasks.filter((t) => t.id !== taskId);
    await timeline(w, `Task "${task.title}" removed from ${task.post_incident_status}.`);
    // What is left of the current status may all be finished now; an empty status stays (settle never moves one).
    await settle(w, "none");
  });
}

export async function updatePostIncidentTask(
  deps: Deps,
  actor: Actor,
  incidentId: string,
  taskId: string,
  input: { assignee_id?: string | null | undefined; due_at?: string | null | undefined },
): Promise<PostIncidentTask> {
  return change(deps, actor, incidentId, async (w) => {
    const { task } = findTask(w, taskId);
    activeFlow(w);
    if (input.assignee_id && !(await w.tx.members.get(actor.orgId, input.assignee_id))) {
      throw ApiError.validation([{ in: "body", pointer: "#/assignee_id", detail: `No member ${input.assignee_id}.` }]);
    }
    if (input.due_at !== undefined) task.due_at = input.due_at === null ? null : new Date(input.due_at).toISOString();
    if (input.assignee_id !== undefined && input.assignee_id !== task.assignee_id) {
      task.assignee_id = input.assignee_id;
      if (task.assignee_id) await assigned(w, task);
      else await timeline(w, `Task "${task.title}" unassigned.`);
    }
    return task;
  });
}

// ---- what completes tasks by itself: post-mortem, debrief, follow-ups, roles ----

export async function putPostmortem(deps: Deps, actor: Actor, incidentId: string, input: { url: string; status?: "draft" | "complete" | undefined }) {
  return change(deps, actor, incidentId, async (w) => {
    const before = w.doc.postmortem;
    const at = iso(w.nowMs);
    w.doc.postmortem = { incident_id: incidentId, url: input.url, status: input.status ?? before?.status ?? "draft", created_at: before?.created_at ?? at, updated_at: at };
    if (!before) await timeline(w, `Post-mortem attached: ${input.url}`);
    else if (before.url !== input.url) await timeline(w, `Post-mortem moved to ${input.url}`);
    if (w.doc.postmortem.status === "complete" && before?.status !== "complete") await timeline(w, "Post-mortem marked complete.");
    if (!before) await settle(w, "postmortem.attached");
    if (w.doc.postmortem.status === "complete" && before?.status !== "complete") await settle(w, "postmortem.completed");
    return w.doc.postmortem;
  });
}

/** Records that the post-mortem was shared (after a successful send); completes "share the post-mortem". */
export async function recordShared(deps: Deps, actor: Actor, incidentId: string, channelName: string) {
  return change(deps, actor, incidentId, async (w) => {
    w.doc.postmortem_shared_at = iso(w.nowMs);
    await timeline(w, `Post-mortem shared to ${channelName}.`);
    await settle(w, "postmortem.shared");
  });
}

export async function postmortemOf(deps: Deps, actor: Actor, incidentId: string) {
  await loadIncident(deps.store, actor, incidentId);
  const pm = (await deps.store.postIncident.getRecord(actor.orgId, incidentId))?.postmortem;
  if (!pm) throw ApiError.invalidTransition(`Incident ${incidentId} has no post-mortem to share: attach one first.`);
  return pm;
}

export async function putDebrief(deps: Deps, actor: Actor, incidentId: string, input: { scheduled_at: string; attendee_ids?: string[] | undefined }) {
  return change(deps, actor, incidentId, async (w) => {
    const errors: FieldError[] = [];
    for (const [i, id] of (input.attendee_ids ?? []).entries()) {
      if (!(await w.tx.members.get(actor.orgId, id))) errors.push({ in: "body", pointer: `#/attendee_ids/${i}`, detail: `No member ${id}.` });
    }
    if (errors.length) throw ApiError.validation(errors);
    const first = w.doc.debrief === null;
    w.doc.debrief = { incident_id: incidentId, scheduled_at: new Date(input.scheduled_at).toISOString(), attendee_ids: input.attendee_ids ?? [], updated_at: iso(w.nowMs) };
    await timeline(w, `Debrief ${first ? "scheduled" : "moved"}: ${w.doc.debrief.scheduled_at} with ${w.doc.debrief.attendee_ids.length} attendee(s).`);
    await settle(w, "debrief.recorded");
    return w.doc.debrief;
  });
}

export async function assignRole(deps: Deps, actor: Actor, incidentId: string, role: string, memberId: string | null) {
  return change(deps, actor, incidentId, async (w) => {
    if (memberId && !(await w.tx.members.get(actor.orgId, memberId))) {
      throw ApiError.validation([{ in: "body", pointer: "#/member_id", detail: `No member ${memberId}.` }]);
    }
    if (memberId) w.doc.roles[role] = memberId;
    else delete w.doc.roles[role];
    const member = memberId ? await w.tx.members.get(actor.orgId, memberId) : null;
    await timeline(w, member ? `Role ${role} assigned to ${member.name} <${member.email}>.` : `Role ${role} cleared.`);
    if (memberId) await settle(w, "role.assigned");
    return { incident_id: incidentId, roles: { ...w.doc.roles } };
  });
}

export async function listFollowUps(deps: Deps, actor: Actor, incidentId: string): Promise<FollowUp[]> {
  await loadIncident(deps.store, actor, incidentId);
  return (await deps.store.postIncident.getRecord(actor.orgId, incidentId))?.follow_ups ?? [];
}

interface FollowUpInput {
  title?: string | undefined;
  assignee_id?: string | null | undefined;
  status?: FollowUpStatus | undefined;
}

async function checkAssignee(w: Work, id: string | null | undefined) {
  if (id && !(await w.tx.members.get(w.actor.orgId, id))) throw ApiError.validation([{ in: "body", pointer: "#/assignee_id", detail: `No member ${id}.` }]);
}

export async function createFollowUp(deps: Deps, actor: Actor, incidentId: string, input: FollowUpInput & { title: string }): Promise<FollowUp> {
  return change(deps, actor, incidentId, async (w) => {
    await checkAssignee(w, input.assignee_id);
    const at = iso(w.nowMs);
    const f: FollowUp = { id: newId("fup"), incident_id: incidentId, title: input.title, assignee_id: input.assignee_id ?? null, status: input.status ?? "outstanding", created_at: at, updated_at: at };
    w.doc.follow_ups.push(f);
    await timeline(w, `Follow-up added: ${f.title}`);
    await settle(w, "follow_ups.resolved");
    return f;
  });
}

export async function updateFollowUp(deps: Deps, actor: Actor, incidentId: string, followUpId: string, input: FollowUpInput): Promise<FollowUp> {
  return change(deps, actor, incidentId, async (w) => {
    const f = w.doc.follow_ups.find((x) => x.id === followUpId);
    if (!f) throw ApiError.notFound("follow-up", followUpId);
    await checkAssignee(w, input.assignee_id);
    const before = f.status;
    if (input.title !== undefined) f.title = input.title;
    if (input.assignee_id !== undefined) f.assignee_id = input.assignee_id;
    if (input.status !== undefined) f.status = input.status;
    f.updated_at = iso(w.nowMs);
    if (f.status !== before) await timeline(w, `Follow-up "${f.title}": ${before} → ${f.status}.`);
    await settle(w, "follow_ups.resolved");
    return f;
  });
}

/** What a notification job needs to say: the incident, its flow state, the task (by id). */
export async function notificationContext(deps: Deps, orgId: string, incidentId: string) {
  const incident = await deps.store.incidents.get(orgId, incidentId);
  const record = await deps.store.postIncident.getRecord(orgId, incidentId);
  return incident ? { incident, postIncident: record?.post_incident ?? null } : null;
}

/**
 * Sends the post-mortem's link through a channel now (outside any transaction), and when the provider took it, records
 * the share, which completes "share the post-mortem". A failed send is the answer, not an error.
 */
export async function sharePostmortem(deps: OncallDeps, actor: Actor, incidentId: string, channelId: string): Promise<NotificationResult> {
  const pm = await postmortemOf(deps, actor, incidentId);
  const incident = await loadIncident(deps.store, actor, incidentId);
  const channel = await deps.store.channels.get(actor.orgId, channelId);
  if (!channel) throw ApiError.validation([{ in: "body", pointer: "#/channel_id", detail: `No channel ${channelId}.` }]);
  const result = await deps.notifier.toChannel(
    channel,
    {
      title: `Post-mortem: ${incident.title}`,
      text: `The post-mortem of "${incident.title}" (${pm.status}) is at ${pm.url}`,
      severity: incident.severity,
      status: incident.status,
      link: `/api/v1/incidents/${incidentId}`,
    },
    `share:${incidentId}:${pm.updated_at}:${channelId}`,
  );
  if (result.success) await recordShared(deps, actor, incidentId, channel.name);
  return result;
}
