/**
 * The organization itself: its name and its notification contacts, the people and channels Tripwire tells when the
 * organization's own setup goes wrong (a webhook endpoint it disabled: delivery/disabled-notice.ts).
 */
import { ApiError } from "../errors.ts";
import type { FieldError, Organization } from "../types.ts";
import type { Actor, Deps } from "./context.ts";

export interface OrganizationInput {
  name?: string | undefined;
  notification_emails?: string[] | undefined;
  notification_channel_ids?: string[] | undefined;
}

export async function getOrganization(deps: Deps, actor: Actor): Promise<Organization> {
  const org = await deps.store.organizations.get(actor.orgId);
  if (!org) throw ApiError.notFound("organization", actor.orgId);
  return org;
}

/** Lists replace what was there; every channel must be one of the organization's (a 422 names each one that is not). */
export async function updateOrganization(deps: Deps, actor: Actor, input: OrganizationInput): Promise<Organization> {
  return deps.store.transaction(async (tx) => {
    const before = await tx.organizations.get(actor.orgId);
    if (!before) throw ApiError.notFound("organization", actor.orgId);
    const errors: FieldError[] = [];
    for (const [i, id] of (input.notification_channel_ids ?? []).entries()) {
      if (!(await tx.channels.get(actor.orgId, id))) errors.push({ in: "body", pointer: `#/notification_channel_ids/${i}`, detail: `No channel ${id}.` });
    }
    if (errors.length) throw ApiError.validation(errors);
    const after: Organization = {
      ...before,
      name: input.name ?? before.name,
      notification_emails: input.notification_emails ?? before.notification_emails,
      notification_channel_ids: input.notification_channel_ids ?? before.notification_channel_ids,
    };
    await tx.organizations.update(after);
    return after;
  });
}
