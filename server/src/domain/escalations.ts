/**
 * On-call: escalation policies and the escalations that page people level by level until someone acknowledges.
 *
 * An escalation is durable state in two places, written together: its row (status, the levels reached and every
 * notification, the policy as it was when the escalation started) and one queue job with the escalation's id,
 * due when the next level is. `EscalationRunner` (oncall/escalation-runner.ts) works the job; acknowledging or
 * resolving the alert or incident calls `stopEscalations` inside its own transaction, so the state change and the
 * end of its escalations commit together and no later level is sent.
 */
import { iso } from "../clock.ts";
import { ApiError } from "../errors.ts";
import { newId } from "../ids.ts";
import { enqueue } from "../queue/jobs.ts";
import type { EscalationFilter, EscalationPolicyRecord, EscalationRecord, PageQuery, Repos } from "../store/types.ts";
import type { Escalation, EscalationLevel, EscalationPolicy, FieldError } from "../types.ts";
import type { Actor, Deps } from "./context.ts";
import { isResolvedOrLater } from "./incident-status.ts";
import { refuseIfUsed } from "./workflow-refs.ts";

export type EscalationTargetType = "alert" | "incident";
export interface EscalationTarget {
  type: EscalationTargetType;
  id: string;
}

export interface PolicyInput {
  name?: string | undefined;
  description?: string | null | undefined;
  repeat?: number | undefined;
  levels?: EscalationLevel[] | undefined;
}

/** The public shapes: without the organization (and, for escalations, without the stored policy snapshot). */
export function publicPolicy(p: EscalationPolicyRecord | EscalationPolicy): EscalationPolicy {
  return { id: p.id, name: p.name, description: p.description, repeat: p.repeat, levels: p.levels, created_at: p.created_at, updated_at: p.updated_at };
}
export function publicEscalation(e: EscalationRecord): Escalation {
  return {
    id: e.id,
    policy_id: e.policy_id,
    target_type: e.target_type,
    target_id: e.target_id,
    status: e.status,
    level: e.level,
    cycle: e.cycle,
    next_at: e.next_at,
    started_at: e.started_at,
    ended_at: e.ended_at,
    levels_reached: e.levels_reached,
    notifications: e.notifications,
  };
}

const uniq = (xs: string[] | undefined) => [...new Set(xs ?? [])];

/** Levels as stored: both lists present (possibly empty), without duplicates. */
function normalizeLevels(levels: EscalationLevel[]): EscalationLevel[] {
  return levels.map((l) => ({ delay_minutes: l.delay_minutes, member_ids: uniq(l.member_ids), channel_ids: uniq(l.channel_ids) }));
}

/**
 * Every level must page someone, and every member and channel it names must exist in the organization. All
 * problems are reported at once, each at its pointer (`#/levels/0/member_ids/1`).
 */
async function checkLevels(tx: Repos, orgId: string, levels: EscalationLevel[]): Promise<void> {
  const errors: FieldError[] = [];
  for (const [i, level] of levels.entries()) {
    const members = level.member_ids ?? [];
    const channels = level.channel_ids ?? [];
    if (members.length === 0 && channels.length === 0) {
      errors.push({ in: "body", pointer: `#/levels/${i}`, detail: "A level must name at least one member or channel to notify." });
    }
    for (const [j, id] of members.entries()) {
      if (!(await tx.members.get(orgId, id))) errors.push({ in: "body", pointer: `#/levels/${i}/member_ids/${j}`, detail: `No member ${id}.` });
    }
    for (const [j, id] of channels.entries()) {
      if (!(await tx.channels.find(orgId, id))) errors.push({ in: "body", pointer: `#/levels/${i}/channel_ids/${j}`, detail: `No channel with the id or key ${id}.` });
    }
  }
  if (errors.length) throw ApiError.validation(errors);
}

export async function createPolicy(deps: Deps, actor: Actor, input: PolicyInput & { name: string; levels: EscalationLevel[] }): Promise<EscalationPolicy> {
  return deps.store.transaction(async (tx) => {
    await checkLevels(tx, actor.orgId, input.levels);
    const now = iso(deps.clock.now());
    const policy: EscalationPolicyRecord = {
      id: newId("esp"),
      organization_id: actor.orgId,
      name: input.name,
      description: input.description ?? null,
      repeat: input.repeat ?? 0,
      levels: normalizeLevels(input.levels),
      created_at: now,
      updated_at: now,
    };
    await tx.escalationPolicies.create(policy);
    return publicPolicy(policy);
  });
}

export async function getPolicy(deps: Deps, actor: Actor, id: string): Promise<EscalationPolicy> {
  const p = await deps.store.escalationPolicies.get(actor.orgId, id);
  if (!p) throw ApiError.notFound("escalation policy", id);
  return publicPolicy(p);
}

export async function listPolicies(deps: Deps, actor: Actor, page: PageQuery) {
  const p = await deps.store.escalationPolicies.list(actor.orgId, page);
  return { items: p.items.map(publicPolicy), nextAfter: p.nextAfter };
}

/** Escalations already running keep the policy they started with. */
export async function updatePolicy(deps: Deps, actor: Actor, id: string, input: PolicyInput): Promise<EscalationPolicy> {
  return deps.store.transaction(async (tx) => {
    const before = await tx.escalationPolicies.get(actor.orgId, id);
    if (!before) throw ApiError.notFound("escalation policy", id);
    if (input.levels) await checkLevels(tx, actor.orgId, input.levels);
    const after: EscalationPolicyRecord = {
      ...before,
      name: input.name ?? before.name,
      description: input.description === undefined ? before.description : input.description,
      repeat: input.repeat ?? before.repeat,
      levels: input.levels ? normalizeLevels(input.levels) : before.levels,
      updated_at: iso(deps.clock.now()),
    };
    await tx.escalationPolicies.update(after);
    return publicPolicy(after);
  });
}

/** Deleting a policy cancels its running escalations (status `canceled`, their jobs removed) in the same transaction. */
export async function deletePolicy(deps: Deps, actor: Actor, id: string): Promise<void> {
  await deps.store.transaction(async (tx) => {
    const policy = await tx.escalationPolicies.get(actor.orgId, id);
    if (!policy) throw ApiError.notFound("escalation policy", id);
    await refuseIfUsed(tx, actor.orgId, `Escalation policy ${id}`, ["policy"], [id]);
    const nowMs = deps.clock.now();
    for (const e of await allActive(tx, actor.orgId, {})) {
      if (e.policy_id !== id) continue;
      await tx.escalations.update({ ...e, status: "canceled", next_at: null, ended_at: iso(nowMs) });
      await tx.jobs.delete(e.id);
    }
    await tx.escalationPolicies.delete(actor.orgId, id);
  });
}

async function allActive(tx: Repos, orgId: string, filter: EscalationFilter): Promise<EscalationRecord[]> {
  const out: EscalationRecord[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await tx.escalations.list(orgId, { ...filter, status: "active" }, { limit: 100, after });
    out.push(...page.items);
    if (!page.nextAfter) return out;
    after = page.nextAfter;
  }
}

/**
 * Starts paging `target` with the policy, inside `tx`: the escalation (with a copy of the policy) and its job, due
 * now for level 0. A target that already has an active escalation gets that one back (`created: false`), so a
 * workflow that fires twice does not page people twice. The target must exist and still need someone: a resolved
 * incident, or an alert already acknowledged or resolved, is a 409.
 */
export async function startEscalation(
  tx: Repos,
  input: { orgId: string; policyId: string; target: EscalationTarget; nowMs: number },
): Promise<{ escalation: Escalation; created: boolean }> {
  const { orgId, policyId, target, nowMs } = input;
  const policy = await tx.escalationPolicies.get(orgId, policyId);
  if (!policy) throw ApiError.notFound("escalation policy", policyId);
  if (target.type === "incident") {
    const incident = await tx.incidents.get(orgId, target.id);
    if (!incident) throw ApiError.notFound("incident", target.id);
    // Past resolved too: in a post-incident flow, or closed.
    if (isResolvedOrLater(incident.status)) throw ApiError.invalidTransition(`Incident ${target.id} is ${incident.status}; there is nobody to page for it.`);
  } else {
    const alert = await tx.alerts.get(orgId, target.id);
    if (!alert) throw ApiError.notFound("alert", target.id);
    if (alert.status !== "firing") throw ApiError.invalidTransition(`Alert ${target.id} is ${alert.status}; there is nobody to page for it.`);
  }
  const existing = await tx.escalations.list(orgId, { status: "active", targetType: target.type, targetId: target.id }, { limit: 1 });
  if (existing.items[0]) return { escalation: publicEscalation(existing.items[0]), created: false };

  const escalation: EscalationRecord = {
    id: newId("esc"),
    organization_id: orgId,
    policy_id: policy.id,
    policy: publicPolicy(policy),
    target_type: target.type,
    target_id: target.id,
    status: "active",
    level: 0,
    cycle: 0,
    next_at: iso(nowMs),
    started_at: iso(nowMs),
    ended_at: null,
    levels_reached: [],
    notifications: [],
  };
  await tx.escalations.create(escalation);
  await enqueue(tx, { id: escalation.id, kind: "escalation.step", payload: { escalation_id: escalation.id }, runAtMs: nowMs, organizationId: escalation.organization_id }, nowMs);
  return { escalation: publicEscalation(escalation), created: true };
}

/**
 * Ends every active escalation for `target` with `status` (`ended_at` now, no next step) and removes its queued
 * job, so no further level is notified. Escalations already ended are left as they are. Called inside the
 * transaction that acknowledges or resolves the alert or incident.
 */
export async function stopEscalations(
  tx: Repos,
  orgId: string,
  target: { type: "alert" | "incident"; id: string },
  status: "acknowledged" | "resolved",
  nowMs: number,
): Promise<void> {
  let after: string | undefined;
  for (;;) {
    const page = await tx.escalations.list(orgId, { status: "active", targetType: target.type, targetId: target.id }, { limit: 100, after });
    for (const escalation of page.items) {
      await tx.escalations.update({ ...escalation, status, ended_at: iso(nowMs), next_at: null });
      await tx.jobs.delete(escalation.id);
    }
    if (!page.nextAfter) return;
    after = page.nextAfter;
  }
}

export async function getEscalation(deps: Deps, actor: Actor, id: string): Promise<Escalation> {
  const e = await deps.store.escalations.get(actor.orgId, id);
  if (!e) throw ApiError.notFound("escalation", id);
  return publicEscalation(e);
}

export async function listEscalations(deps: Deps, actor: Actor, filter: EscalationFilter, page: PageQuery) {
  const p = await deps.store.escalations.list(actor.orgId, filter, page);
  return { items: p.items.map(publicEscalation), nextAfter: p.nextAfter };
}
