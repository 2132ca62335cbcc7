/**
 * What workflows name in the organization, from the store's side: looking a reference up (activation checks each
 * literal one, workflow/validate.ts), and refusing to delete a channel, escalation policy or member that an active
 * workflow names. Refusing (409 listing the workflows and the actions' pointers) was chosen over moving those
 * workflows to an error state: nothing changes behind the user's back, and the answer says what to change first.
 * Drafts and disabled workflows do not hold anything: activation checks them again.
 */
import { ApiError } from "../errors.ts";
import { ACTION_SPECS } from "../workflow/actions/index.ts";
import { references } from "../workflow/references.ts";
import type { RefKind } from "../workflow/types.ts";
import type { Repos, WorkflowRecord } from "../store/types.ts";

/** The thing a reference names, or null; for a channel, its kind. */
export async function lookupReference(tx: Repos, orgId: string, kind: RefKind, value: string): Promise<{ kind?: string } | null> {
  switch (kind) {
    case "channel": {
      const c = await tx.channels.find(orgId, value);
      return c ? { kind: c.kind } : null;
    }
    case "policy":
      return (await tx.escalationPolicies.get(orgId, value)) ? {} : null;
    case "member":
      return (await tx.members.get(orgId, value)) ? {} : null;
    case "member_email":
      return (await tx.members.findByEmail(orgId, value.toLowerCase())) ? {} : null;
    case "service":
      return (await tx.services.get(orgId, value)) ? {} : null;
  }
}

export interface UsingWorkflow {
  id: string;
  name: string;
  pointers: string[];
}

/** Active workflows whose actions name one of `names` as a `kinds` reference (emails compared case-insensitively). */
export async function activeWorkflowsUsing(tx: Repos, orgId: string, kinds: readonly RefKind[], names: readonly string[]): Promise<UsingWorkflow[]> {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  const out: UsingWorkflow[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await tx.workflows.list(orgId, { state: "active" }, { limit: 100, after });
    for (const wf of page.items) {
      const pointers = uses(wf, kinds, wanted);
      if (pointers.length) out.push({ id: wf.id, name: wf.name, pointers });
    }
    if (!page.nextAfter) return out;
    after = page.nextAfter;
  }
}

function uses(wf: WorkflowRecord, kinds: readonly RefKind[], wanted: Set<string>): string[] {
  return references(wf.actions, ACTION_SPECS)
    .filter((r) => kinds.includes(r.kind) && wanted.has(r.value.toLowerCase()))
    .map((r) => r.pointer);
}

/** A 409 naming every active workflow that uses the thing being deleted (nothing when none does). */
export async function refuseIfUsed(tx: Repos, orgId: string, what: string, kinds: readonly RefKind[], names: readonly string[]): Promise<void> {
  const using = await activeWorkflowsUsing(tx, orgId, kinds, names);
  if (using.length === 0) return;
  const list = using.map((w) => `${w.id} ("${w.name}") at ${w.pointers.join(", ")}`).join("; ");
  throw new ApiError(409, "in-use", "In use", `${what} is used by ${using.length === 1 ? "an active workflow" : `${using.length} active workflows`}: ${list}. Change or disable ${using.length === 1 ? "it" : "them"} first.`, {
    workflows: using,
  });
}
