/** Writes domain events to the outbox, inside the caller's transaction. */
import { iso } from "../clock.ts";
import { newId } from "../ids.ts";
import type { EventRecord, Repos } from "../store/types.ts";
import type { EventType, Incident } from "../types.ts";
import type { Actor } from "./context.ts";

export type ResourceType = EventRecord["resource_type"];

/**
 * Whether the event happened at or after `since` (a workflow's `activated_at`, an endpoint's `enabled_at`; null: never
 * switched on). The outbox's consumers reach an event after it committed, seconds later behind a burst: a subscriber
 * switched on in between is not handed what came before it, so what it gets does not depend on that delay.
 */
export function happenedSince(event: Pick<EventRecord, "created_at">, since: string | null): boolean {
  return since !== null && Date.parse(since) <= Date.parse(event.created_at);
}

export async function recordEvent(
  tx: Repos,
  actor: Actor,
  nowMs: number,
  type: EventType,
  resource: { type: ResourceType; id: string },
  data: Record<string, unknown>,
  /** Given when the caller stored the id first (an inbound delivery's dedup record names its event). */
  id: string = newId("evt"),
): Promise<EventRecord> {
  const event: EventRecord = {
    id,
    organization_id: actor.orgId,
    type,
    resource_type: resource.type,
    resource_id: resource.id,
    data,
    caused_by: actor.causedBy,
    created_at: iso(nowMs),
  };
  await tx.events.append(event);
  return event;
}

/** Field → { from, to } for every field whose value differs (arrays compared by value). */
export function diff<T extends Record<string, unknown>>(before: T, after: T, fields: (keyof T)[]): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const f of fields) {
    if (JSON.stringify(before[f]) !== JSON.stringify(after[f])) changes[f as string] = { from: before[f], to: after[f] };
  }
  return changes;
}

/**
 * An incident event's `data`: the incident's own fields at the top, and `services`, the names of its services in
 * the order of `service_ids`, looked up in the caller's transaction (the event records them as they were then).
 * A service that no longer exists is left out of `services` (its id stays in `service_ids`).
 */
export async function incidentData(tx: Repos, orgId: string, incident: Incident, extra: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const services: string[] = [];
  for (const id of incident.service_ids) {
    const service = await tx.services.get(orgId, id);
    if (service) services.push(service.name);
  }
  return { ...incident, services, ...extra };
}
