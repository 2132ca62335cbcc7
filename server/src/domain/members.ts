/** Team members: people incidents (and later tasks) can be assigned to. */
import { iso } from "../clock.ts";
import { ApiError } from "../errors.ts";
import { newId } from "../ids.ts";
import type { PageQuery } from "../store/types.ts";
import type { Member } from "../types.ts";
import type { Actor, Deps } from "./context.ts";
import { diff, recordEvent } from "./events.ts";
import { detachAssignee } from "./incidents.ts";
import { refuseIfUsed } from "./workflow-refs.ts";

export async function createMember(deps: Deps, actor: Actor, input: { name: string; email: string }): Promise<Member> {
  return deps.store.transaction(async (tx) => {
    const email = input.email.toLowerCase();
    if (await tx.members.findByEmail(actor.orgId, email)) {
      throw ApiError.conflict("duplicate", "Duplicate", `A member with email ${email} already exists.`);
    }
    const now = deps.clock.now();
    const member: Member = { id: newId("mem"), name: input.name, email, created_at: iso(now), updated_at: iso(now) };
    await tx.members.create(actor.orgId, member);
    await recordEvent(tx, actor, now, "member.created", { type: "member", id: member.id }, member);
    return member;
  });
}

export async function getMember(deps: Deps, actor: Actor, id: string): Promise<Member> {
  const m = await deps.store.members.get(actor.orgId, id);
  if (!m) throw ApiError.notFound("member", id);
  return m;
}

export function listMembers(deps: Deps, actor: Actor, page: PageQuery) {
  return deps.store.members.list(actor.orgId, page);
}

export async function updateMember(deps: Deps, actor: Actor, id: string, input: { name?: string | undefined; email?: string | undefined }) {
  return deps.store.transaction(async (tx) => {
    const before = await tx.members.get(actor.orgId, id);
    if (!before) throw ApiError.notFound("member", id);
    const email = input.email?.toLowerCase();
    if (email && email !== before.email && (await tx.members.findByEmail(actor.orgId, email))) {
      throw ApiError.conflict("duplicate", "Duplicate", `A member with email ${email} already exists.`);
    }
    const now = deps.clock.now();
    const after: Member = { ...before, name: input.name ?? before.name, email: email ?? before.email };
    const changes = diff(before, after, ["name", "email"]);
    if (Object.keys(changes).length === 0) return before;
    after.updated_at = iso(now);
    await tx.members.update(actor.orgId, after);
    await recordEvent(tx, actor, now, "member.updated", { type: "member", id }, { ...after, changes });
    return after;
  });
}

export async function deleteMember(deps: Deps, actor: Actor, id: string): Promise<void> {
  await deps.store.transaction(async (tx) => {
    const member = await tx.members.get(actor.orgId, id);
    if (!member) throw ApiError.notFound("member", id);
    await refuseIfUsed(tx, actor.orgId, `Member ${id} (${member.email})`, ["member", "member_email"], [id, member.email]);
    const now = deps.clock.now();
    await detachAssignee(tx, actor, now, id);
    await tx.members.delete(actor.orgId, id);
    await recordEvent(tx, actor, now, "member.deleted", { type: "member", id }, member);
  });
}
