/**
 * incident_io_create_incident: opens an incident in incident.io with an integration's API key
 * (outbound/incident-io.ts: `POST /v2/incidents`, through the guarded outbound client).
 *
 * - `severity` by id or by name, resolved through `GET /v1/severities` (cached 60 s). When the list cannot be
 *   read, a value shaped like an incident.io id (26 characters of 0-9A-Z) is sent as is; a name is then a clear
 *   step error quoting incident.io's answer.
 * - The step's idempotency key (`<run id>:<step index>`, the same on a retry after a crash) is incident.io's
 *   `idempotency_key`, so a retried or replayed step never opens a second incident.
 * - Retries within the step: up to {@link ATTEMPTS} calls; a 429 waits its Retry-After, a 5xx, timeout or
 *   connection failure waits 0.5 s, 1 s… (each wait at most {@link MAX_WAIT_MS}). 401/403 (the key lacks "Create
 *   incidents") and 422 (incident.io's validation message) fail at once with incident.io's answer.
 * - Output: id, name, reference, permalink, severity, visibility, created_at, updated_at of incident.io's incident.
 */
import { createIncident, defaultIncidentIoSettings, findSeverity, severityCache } from "../../outbound/incident-io.ts";
import { type Config, incidentIoCreateIncidentSpec } from "../../workflow/actions/incident_io_create_incident.ts";
import { isTemplate } from "../../workflow/actions/schema.ts";
import type { ActionModule } from "../types.ts";
import { ActionError, present, rendered } from "./common.ts";

export const ATTEMPTS = 3;
export const MAX_WAIT_MS = 10_000;
const INCIDENT_IO_ID = /^[0-9A-Z]{26}$/;

const pick = (o: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, o[k] ?? null]));

export const incidentIoCreateIncidentAction: ActionModule<Config> = {
  ...incidentIoCreateIncidentSpec,
  async run(c, ctx) {
    const connectionId = c.connection_id.trim();
    if (connectionId === "" || isTemplate(connectionId)) throw new ActionError(`connection_id is not an integration id after rendering: ${JSON.stringify(c.connection_id)}.`);
    const integration = await ctx.deps.store.integrations.get(ctx.actor.orgId, connectionId);
    if (!integration) throw new ActionError(`No integration ${connectionId} in this organization.`);
    const settings = ctx.deps.incidentIo ?? defaultIncidentIoSettings();
    const apiKey = ctx.deps.box.open(integration.api_key_sealed);

    const given = c.severity.trim();
    let severityId: string;
    const list = await severityCache.get(settings, apiKey, ctx.nowMs);
    if (list.ok) {
      const found = findSeverity(list.data, given);
      if (!found) throw new ActionError(`incident.io has no severity "${given}". Its severities: ${list.data.map((s) => `${s.name} (${s.id})`).join(", ")}.`);
      severityId = found.id;
    } else if (INCIDENT_IO_ID.test(given)) {
      severityId = given;
    } else {
      throw new ActionError(`Could not resolve severity "${given}" to an id: ${list.error}`);
    }

    const body = {
      idempotency_key: ctx.idempotencyKey,
      name: c.title.trim(),
      ...(present(c.summary) ? { summary: c.summary } : {}),
      severity_id: severityId,
      visibility: rendered("visibility", c.visibility, ["public", "private"] as const) ?? "public",
    };
    let last = "";
    let attempt = 1;
    for (; attempt <= ATTEMPTS; attempt++) {
      const r = await createIncident(settings, apiKey, body);
      if (r.ok) {
        return {
          kind: "done",
          output: pick(r.data, ["id", "name", "reference", "permalink", "severity", "visibility", "created_at", "updated_at"]),
        };
      }
      const hint = r.status === 401 || r.status === 403 ? " (the integration's API key needs the \"Create incidents\" permission)" : "";
      last = `${r.error}${hint}`;
      if (!r.retryable) break;
      if (attempt === ATTEMPTS) {
        last = `${last} (after ${ATTEMPTS} attempts)`;
        break;
      }
      const wait = Math.min(r.retryAfterMs ?? 500 * 2 ** (attempt - 1), MAX_WAIT_MS);
      await Bun.sleep(wait);
    }
    throw new ActionError(last);
  },
};
