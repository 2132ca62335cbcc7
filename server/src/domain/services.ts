/** Services: the things a team runs, each with a status. */
import { iso } from "../clock.ts";
import { ApiError } from "../errors.ts";
import { newId } from "../ids.ts";
import type { PageQuery, ServiceFilter } from "../store/types.ts";
import type { Service, ServiceStatus } from "../types.ts";
import type { Actor, Deps } from "./context.ts";
import { diff, recordEvent } from "./events.ts";
import { detachService } from "./incidents.ts";

export interface ServiceInput {
  name?: string | undefined;
  description?: string | null | undefined;
  status?: ServiceStatus | undefined;
}

const duplicate = (name: string) => ApiError.conflict("duplicate", "Duplicate", `A service named "${name}" already exists.`);

export async function createService(deps: Deps, actor: Actor, input: ServiceInput & { name: string }): Promise<Service> {
  return deps.store.transaction(async (tx) => {
    if (await tx.services.findByName(actor.orgId, input.name)) throw duplicate(input.name);
    const now = deps.clock.now();
    const service: Service = {
      id: newId("svc"),
      name: input.name,
      description: input.description ?? null,
      status: input.status ?? "operational",
      created_at: iso(now),
      updated_at: iso(now),
    };
    await tx.services.create(actor.orgId, service);
    await recordEvent(tx, actor, now, "service.created", { type: "service", id: service.id }, service);
    return service;
  });
}

export async function getService(deps: Deps, actor: Actor, id: string): Promise<Service> {
  const s = await deps.store.services.get(actor.orgId, id);
  if (!s) throw ApiError.notFound("service", id);
  return s;
}

export function listServices(deps: Deps, actor: Actor, filter: ServiceFilter, page: PageQuery) {
  return deps.store.services.list(actor.orgId, filter, page);
}

/** Applies the change; a status change also writes `service.status_changed` with the previous and new status. */
export async function updateService(deps: Deps, actor: Actor, id: string, input: ServiceInput): Promise<Service> {
  return deps.store.transaction(async (tx) => {
    const before = await tx.services.get(actor.orgId, id);
    if (!before) throw ApiError.notFound("service", id);
    if (input.name !== undefined && input.name !== before.name && (await tx.services.findByName(actor.orgId, input.name))) {
      throw duplicate(input.name);
    }
    const after: Service = {
      ...before,
      name: input.name ?? before.name,
      description: input.description === undefined ? before.description : input.description,
      status: input.status ?? before.status,
    };
    const changes = diff(before, after, ["name", "description", "status"]);
    if (Object.keys(changes).length === 0) return before;
    const now = deps.clock.now();
    after.updated_at = iso(now);
    await tx.services.update(actor.orgId, after);
    const ref = { type: "service" as const, id };
    await recordEvent(tx, actor, now, "service.updated", ref, { ...after, changes });
    if (changes.status) {
      await recordEvent(tx, actor, now, "service.status_changed", ref, {
        ...after,
        previous_status: before.status,
        new_status: after.status,
      });
    }
    return after;
  });
}

export async function deleteService(deps: Deps, actor: Actor, id: string): Promise<void> {
  await deps.store.transaction(async (tx) => {
    const service = await tx.services.get(actor.orgId, id);
    if (!service) throw ApiError.notFound("service", id);
    const now = deps.clock.now();
    await detachService(tx, actor, now, id);
    // Monitors and heartbeats keep watching without a service; error rules count one service's errors and
    // maintenance windows hold back one service's incidents, so they go with it.
    await tx.monitors.detachService(actor.orgId, id);
    await tx.heartbeats.detachService(actor.orgId, id);
    await tx.errorRules.deleteForService(actor.orgId, id);
    await tx.maintenanceWindows.deleteForService(actor.orgId, id);
    await tx.services.delete(actor.orgId, id);
    await recordEvent(tx, actor, now, "service.deleted", { type: "service", id }, service);
  });
}
