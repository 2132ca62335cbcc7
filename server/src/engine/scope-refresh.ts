/**
 * When a delay ends with `recheck_conditions`, conditions must see the world as it is now, not as it was when
 * the run started: reload the run's incident (or service) and rebuild the scope around it.
 */
import type { RunRecord, Store } from "../store/types.ts";
import { buildScope } from "../workflow/catalog.ts";
import type { RunScope } from "../workflow/types.ts";

export async function refreshScope(store: Store, run: RunRecord): Promise<RunScope> {
  const scope = run.scope;
  const workflow = (scope.workflow as { id: string; name: string }) ?? { id: run.workflow_id, name: run.definition.name };
  const incident = scope.incident as { id?: string } | undefined;
  if (incident?.id) {
    const current = await store.incidents.get(run.organization_id, incident.id);
    if (current) {
      const service = current.service_ids[0] ? await store.services.get(run.organization_id, current.service_ids[0]) : null;
      return buildScope(run.trigger_type, { ...run.event, data: { ...run.event.data, incident: current } }, { service, workflow, runId: run.id, nowMs: Date.parse(String(scope.timestamp ?? run.created_at)) });
    }
  }
  const service = scope.service as { id?: string } | undefined;
  if (service?.id && run.trigger_type === "service.status_changed") {
    const current = await store.services.get(run.organization_id, service.id);
    if (current) {
      return buildScope(run.trigger_type, { ...run.event, data: { ...run.event.data, service: current, status: current.status } }, { service: current, workflow, runId: run.id, nowMs: Date.parse(String(scope.timestamp ?? run.created_at)) });
    }
  }
  return scope;
}
