/**
 * Integrations (today: incident.io connections): the API key and the inbound webhook's signing secret sealed at
 * rest and never returned (the key is shown as its last 4 characters, the secret only as "set, since when"), the
 * key check, and the inbound webhook.
 *
 * Inbound (`POST /integrations/{id}/incident-io/webhook`): incident.io sends webhooks through Svix, i.e. Standard
 * Webhooks headers `webhook-id`, `webhook-timestamp`, `webhook-signature` (api-docs.incident.io "Webhooks",
 * "Verifying webhooks"). The signature is the only authentication: checked with the project's verifier
 * (@tripwire/webhook-verifier), 5-minute tolerance, Standard Webhooks headers required. A refused delivery (no
 * secret set, unsigned, wrong secret, stale) records nothing but a per-process counter (`rejected_deliveries`).
 * An accepted one is recorded once per `webhook-id` (a replay answers 200 `duplicate: true`), in the same
 * transaction as its domain event.
 *
 * Payloads (docs.incident.io/api-reference, webhook pages): the resource sits under a key named by the event type,
 * `{"event_type": "public_incident.incident_created_v2", "public_incident.incident_created_v2": {id, name, …}}`;
 * `private_incident.*` variants carry only `{id}`, so the incident is fetched with the connection's key
 * (`GET /v2/incidents/{id}`, needs "View all incident data") or the event says why it could not be.
 * Some senders wrap the body in `{"data": {…}, "type", "timestamp"}` (and call the resource `incident`): both
 * forms are read.
 */
import { verifySignature } from "@tripwire/webhook-verifier";
import { iso } from "../clock.ts";
import { ApiError } from "../errors.ts";
import { newId } from "../ids.ts";
import { getIdentity, getIncident, type IncidentIoSettings, listSeverities } from "../outbound/incident-io.ts";
import type { SecretBox } from "../secrets/secret-box.ts";
import type { IntegrationRecord, PageQuery, Repos } from "../store/types.ts";
import type { EventType, IncidentIoWebhookReceipt, Integration, IntegrationTestResult, SigningSecretStatus } from "../types.ts";
import type { Actor, Deps } from "./context.ts";
import { recordEvent } from "./events.ts";

/** Deliveries refused per integration since the process started (the only trace a refused delivery leaves). */
export class RejectionCounter {
  private counts = new Map<string, number>();
  add(integrationId: string): void {
    this.counts.set(integrationId, (this.counts.get(integrationId) ?? 0) + 1);
  }
  get(integrationId: string): number {
    return this.counts.get(integrationId) ?? 0;
  }
}

export interface IntegrationDeps extends Deps {
  box: SecretBox;
  incidentIo: IncidentIoSettings;
  rejections: RejectionCounter;
  /** TRIPWIRE_PUBLIC_URL (or where the server listens), to show absolute webhook URLs; a path without it. */
  publicUrl?: () => string | undefined;
}

export const WEBHOOK_TOLERANCE_SECONDS = 5 * 60;
/** incident.io's payloads are a few KB; anything near this is not one of them. */
export const MAX_WEBHOOK_BYTES = 256 * 1024;

/** The incident.io event types a connection accepts, and what each becomes. */
const EVENT_TYPES: Record<string, { event: "created" | "updated"; private: boolean }> = {
  "public_incident.incident_created_v2": { event: "created", private: false },
  "public_incident.incident_updated_v2": { event: "updated", private: false },
  "private_incident.incident_created_v2": { event: "created", private: true },
  "private_incident.incident_updated_v2": { event: "updated", private: true },
};
export const INCIDENT_IO_EVENT_TYPES = Object.keys(EVENT_TYPES);
const DOMAIN_EVENT: Record<"created" | "updated", EventType> = {
  created: "incident_io.incident_created",
  updated: "incident_io.incident_updated",
};

export function webhookPath(id: string): string {
  return `/api/v1/integrations/${id}/incident-io/webhook`;
}

/** `••••••••cdef`: enough to recognise a key, nothing to use. */
export function keyHint(apiKey: string): string {
  return apiKey.slice(-4);
}

function secretStatus(r: IntegrationRecord): SigningSecretStatus {
  return { set: r.signing_secret_sealed !== null, set_at: r.signing_secret_set_at };
}

export function publicIntegration(deps: IntegrationDeps, r: IntegrationRecord): Integration {
  const base = deps.publicUrl?.();
  return {
    id: r.id,
    kind: r.kind,
    name: r.name,
    api_key: `••••••••${r.api_key_hint}`,
    webhook_url: `${base ?? ""}${webhookPath(r.id)}`,
    signing_secret: secretStatus(r),
    rejected_deliveries: deps.rejections.get(r.id),
    created_at: r.created_at,
    updated_at: r.updated_at,
  };
}

async function load(tx: Repos, actor: Actor, id: string): Promise<IntegrationRecord> {
  const r = await tx.integrations.get(actor.orgId, id);
  if (!r) throw ApiError.notFound("integration", id);
  return r;
}

export async function createIntegration(deps: IntegrationDeps, actor: Actor, input: { kind: "incident_io"; name: string; api_key: string }): Promise<Integration> {
  const now = iso(deps.clock.now());
  const record: IntegrationRecord = {
    id: newId("int"),
    organization_id: actor.orgId,
    kind: input.kind,
    name: input.name,
    api_key_sealed: deps.box.seal(input.api_key),
    api_key_hint: keyHint(input.api_key),
    signing_secret_sealed: null,
    signing_secret_set_at: null,
    created_at: now,
    updated_at: now,
  };
  await deps.store.transaction((tx) => tx.integrations.create(record));
  return publicIntegration(deps, record);
}

export async function getIntegration(deps: IntegrationDeps, actor: Actor, id: string): Promise<Integration> {
  return publicIntegration(deps, await load(deps.store, actor, id));
}

export async function listIntegrations(deps: IntegrationDeps, actor: Actor, page: PageQuery) {
  const p = await deps.store.integrations.list(actor.orgId, page);
  return { items: p.items.map((r) => publicIntegration(deps, r)), nextAfter: p.nextAfter };
}

export async function updateIntegration(deps: IntegrationDeps, actor: Actor, id: string, input: { name?: string | undefined; api_key?: string | undefined }): Promise<Integration> {
  const sealedKey = input.api_key !== undefined ? { api_key_sealed: deps.box.seal(input.api_key), api_key_hint: keyHint(input.api_key) } : {};
  return deps.store.transaction(async (tx) => {
    const before = await load(tx, actor, id);
    const after: IntegrationRecord = { ...before, name: input.name ?? before.name, ...sealedKey, updated_at: iso(deps.clock.now()) };
    await tx.integrations.update(after);
    return publicIntegration(deps, after);
  });
}

export async function deleteIntegration(deps: IntegrationDeps, actor: Actor, id: string): Promise<void> {
  await deps.store.transaction(async (tx) => {
    await load(tx, actor, id);
    await tx.integrations.delete(actor.orgId, id);
  });
}

/** A `whsec_` secret as Svix shows it: `whsec_` + base64 of the key bytes. */
const SIGNING_SECRET = /^whsec_[A-Za-z0-9+/]+={0,2}$/;

export async function setSigningSecret(deps: IntegrationDeps, actor: Actor, id: string, input: { secret: string }): Promise<SigningSecretStatus> {
  const secret = input.secret.trim();
  if (!SIGNING_SECRET.test(secret) || Buffer.from(secret.slice(6), "base64").byteLength < 16) {
    throw ApiError.validation([
      { in: "body", pointer: "#/secret", detail: "Expected incident.io's signing secret: whsec_ followed by base64 (Settings > Webhooks > your endpoint > Signing secret)." },
    ]);
  }
  const sealed = deps.box.seal(secret);
  return deps.store.transaction(async (tx) => {
    const before = await load(tx, actor, id);
    const now = iso(deps.clock.now());
    const after: IntegrationRecord = { ...before, signing_secret_sealed: sealed, signing_secret_set_at: now, updated_at: now };
    await tx.integrations.update(after);
    return secretStatus(after);
  });
}

/** The integration's API key, opened for one call. */
export function apiKeyOf(deps: { box: SecretBox }, r: IntegrationRecord): string {
  return deps.box.open(r.api_key_sealed);
}

/** Lists severities with the stored key and reports what incident.io said (a failed check is not an API error). */
export async function testIntegration(deps: IntegrationDeps, actor: Actor, id: string): Promise<IntegrationTestResult> {
  const r = await load(deps.store, actor, id);
  const key = apiKeyOf(deps, r);
  const [answer, who] = await Promise.all([listSeverities(deps.incidentIo, key), getIdentity(deps.incidentIo, key)]);
  const latency_ms = Math.round(answer.latencyMs * 100) / 100;
  const identity = who.ok ? who.data : null;
  if (!answer.ok) {
    const hint = answer.status === 401 || answer.status === 403 ? " The key needs the \"View data, like public incidents and organisation settings\" permission." : "";
    return { ok: false, status_code: answer.status, latency_ms, severities: null, error: `${answer.error}${hint}`, identity };
  }
  return { ok: true, status_code: answer.status, latency_ms, severities: answer.data, error: null, identity };
}

// ---- inbound webhook ----

const record = (v: unknown): Record<string, unknown> | null => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null);

function refused(deps: IntegrationDeps, integrationId: string, detail: string): ApiError {
  deps.rejections.add(integrationId);
  return ApiError.unauthorized(detail);
}

/** Checks the signature; throws a 401 (counted) for anything but a fresh, correctly signed delivery. */
async function authenticate(deps: IntegrationDeps, r: IntegrationRecord, headers: Headers, raw: string): Promise<string> {
  if (r.signing_secret_sealed === null) {
    deps.rejections.add(r.id);
    throw ApiError.conflict(
      "signing-secret-not-set",
      "Signing secret not set",
      `Integration ${r.id} has no signing secret yet, so no delivery can be verified: copy the endpoint's signing secret from incident.io (Settings > Webhooks) and PUT it to /api/v1/integrations/${r.id}/signing-secret.`,
    );
  }
  const missing = ["webhook-id", "webhook-timestamp", "webhook-signature"].filter((h) => !headers.get(h));
  if (missing.length) throw refused(deps, r.id, `Unsigned delivery: missing ${missing.join(", ")} (incident.io signs every webhook with these Standard Webhooks headers).`);
  const secret = deps.box.open(r.signing_secret_sealed);
  const nowMs = deps.clock.now();
  const ok = await verifySignature({ payload: raw, headers, secret, toleranceSeconds: WEBHOOK_TOLERANCE_SECONDS, requireTimestamp: true, now: () => nowMs });
  if (!ok) {
    const sent = Number(headers.get("webhook-timestamp"));
    const stale = !Number.isFinite(sent) || Math.abs(nowMs / 1000 - sent) > WEBHOOK_TOLERANCE_SECONDS;
    throw refused(
      deps,
      r.id,
      stale
        ? "webhook-timestamp is more than 5 minutes from this server's clock (a replayed delivery, or clock skew)."
        : "webhook-signature does not match this integration's signing secret (was it signed for another endpoint?).",
    );
  }
  return headers.get("webhook-id")!;
}

interface Parsed {
  eventType: string;
  event: "created" | "updated";
  private: boolean;
  incident: Record<string, unknown>;
}

const invalid = (pointer: string, detail: string) => ApiError.validation([{ in: "body", pointer, detail }]);

/** The documented shapes, bare or `data`-wrapped; anything else is a 4xx naming what is wrong. */
export function parseIncidentIoPayload(raw: string): Parsed {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch (e) {
    throw ApiError.badRequest("malformed-json", "Malformed JSON", `The request body is not valid JSON: ${(e as Error).message}`);
  }
  const outer = record(body);
  if (!outer) throw invalid("#", "Expected a JSON object with event_type.");
  const wrapped = typeof outer.event_type !== "string" && record(outer.data) !== null;
  const inner = wrapped ? record(outer.data)! : outer;
  const at = wrapped ? "#/data" : "#";
  const eventType = inner.event_type;
  if (typeof eventType !== "string") throw invalid(`${at}/event_type`, "Expected event_type, e.g. public_incident.incident_created_v2.");
  const kind = Object.hasOwn(EVENT_TYPES, eventType) ? EVENT_TYPES[eventType]! : null;
  if (!kind) {
    throw invalid(`${at}/event_type`, `Event type "${eventType.slice(0, 100)}" is not one this integration takes. Subscribe the endpoint to: ${INCIDENT_IO_EVENT_TYPES.join(", ")}.`);
  }
  const key = Object.hasOwn(inner, eventType) ? eventType : "incident";
  const incident = record(inner[key]);
  if (!incident) throw invalid(`${at}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`, `Expected the incident object under "${eventType}".`);
  if (typeof incident.id !== "string" || incident.id === "") throw invalid(`${at}/${key}/id`, "Expected the incident's id (a string).");
  if (!kind.private && typeof incident.name !== "string") throw invalid(`${at}/${key}/name`, "Expected the incident's name (a string).");
  return { eventType, event: kind.event, private: kind.private, incident };
}

/**
 * Receives one delivery to integration `id`. Order: the integration exists (404), its signature (409 without a
 * secret, 401 otherwise, counted), the payload (4xx), a replay (200, nothing new), a private incident fetched,
 * then the delivery id and the event in one transaction.
 */
export async function receiveIncidentIoWebhook(deps: IntegrationDeps, id: string, headers: Headers, raw: string): Promise<IncidentIoWebhookReceipt> {
  const r = await deps.store.integrations.byId(id);
  if (!r) throw ApiError.notFound("integration", id);
  const webhookId = await authenticate(deps, r, headers, raw);
  const parsed = parseIncidentIoPayload(raw);

  let incident = parsed.incident;
  let fetchError: string | null = null;
  if (parsed.private) {
    // Only the id came: read the incident with the connection's key before anything runs on it.
    const answer = await getIncident(deps.incidentIo, apiKeyOf(deps, r), String(incident.id));
    if (answer.ok) incident = answer.data;
    else fetchError = `${answer.error}${answer.status === 401 || answer.status === 403 || answer.status === 404 ? " (private incidents need the key's \"View all incident data\" permission)" : ""}`;
  }

  const eventId = newId("evt");
  const actor: Actor = { orgId: r.organization_id, source: "auto_integration", causedBy: null };
  return deps.store.transaction(async (tx) => {
    if (!(await tx.integrations.claimDelivery(r.id, webhookId, eventId, iso(deps.clock.now())))) {
      return { received: true, duplicate: true, event_id: null };
    }
    const data: Record<string, unknown> = { event_type: parsed.eventType, connection_id: r.id, incident };
    if (fetchError !== null) data.fetch_error = fetchError;
    const event = await recordEvent(tx, actor, deps.clock.now(), DOMAIN_EVENT[parsed.event], { type: "integration", id: r.id }, data, eventId);
    return { received: true, duplicate: false, event_id: event.id };
  });
}
