/**
 * When a delay ends with `recheck_conditions`, conditions must see the world as it is now, not as it was when
 * the run started: reload the run's incident (or service) and rebuild the scope around it, as the event's data
 * would be written now (the resource's own fields at the top; `changes` / `previous_status` kept from the event).
 */
import { incidentData } from "../domain/events.ts";
import type { RunRecord, Store } from "../store/types.ts";
import { buildScope } from "../workflow/catalog.ts";
import type { RunScope } from "../workflow/types.ts";

export async function refreshScope(store: Store, run: RunRecord): Promise<RunScope> {
  const scope = run.scope;
  const workflow = (scope.workflow as { id: string; name: string }) ?? { id: run.workflow_id, name: run.definition.name };
  const nowMs = Date.parse(String(scope.timestamp ?? run.created_at));
  const data = run.event.data;
  const incident = scope.incident as { id?: string } | undefined;
  if (incident?.id) {
    const current = await store.incidents.get(run.organization_id, incident.id);
    if (current) {
      const service = current.service_ids[0] ? await store.services.get(run.organization_id, current.service_ids[0]) : null;
      const fresh = await incidentData(store, run.organization_id, current, data.changes === undefined ? {} : { changes: data.changes });
      return buildScope(run.trigger_type, { ...run.event, data: fresh }, { service, workflow, runId: run.id, nowMs });
    }
  }
  const service = scope.service as { id?: string } | undefined;
  if (service?.id && run.trigger_type === "service.status_changed") {
    const current = await store.services.get(run.organization_id, service.id);
    if (current) {
      const fresh = { ...current, previous_status: data.previous_status, new_status: current.status };
      return buildScope(run.trigger_type, { ...run.event, data: fresh }, { service: current, workflow, runId: run.id, nowMs });
    }
  }
  return scope;
}
