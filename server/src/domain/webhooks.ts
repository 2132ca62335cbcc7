/**
 * Webhook endpoints: registration (URL and secret rules), rotation with an overlap window, the delivery log,
 * redelivery and the test endpoint. Sending happens in delivery/ (through outbound/); this module decides what may be sent where.
 *
 * Custom header values may be credentials (`Authorization: Bearer …`): they are stored sealed and shown as
 * `tw_sealed_v1.<ref>` references (secrets/sealed-values.ts); a reference sent back in a PATCH keeps the value.
 * {@link forSending} opens them just before an attempt.
 */
import { iso } from "../clock.ts";
import { sendAttempt, type AttemptSettings } from "../outbound/attempt.ts";
import { envelopeFor, sampleEvent } from "../outbound/envelope.ts";
import { checkDestinationUrl, OutboundBlockedError } from "../outbound/outbound-http.ts";
import { checkHeaders } from "../outbound/headers.ts";
import { generateWebhookSecret, isValidWebhookSecret } from "../outbound/signing.ts";
import { ApiError } from "../errors.ts";
import { newId } from "../ids.ts";
import { enqueue } from "../queue/jobs.ts";
import type { SecretBox } from "../secrets/secret-box.ts";
import { openValues, redactValues, sealValues } from "../secrets/sealed-values.ts";
import type { DeliveryRecord, PageQuery, Repos, WebhookRecord } from "../store/types.ts";
import type { Delivery, DeliveryStatus, EventType, FieldError, Webhook, WebhookEventFilter, WebhookTestResult } from "../types.ts";
import type { Actor, Deps } from "./context.ts";
import { recordEvent } from "./events.ts";

export interface WebhookDeps extends Deps {
  box: SecretBox;
  delivery: AttemptSettings;
}

const DEFAULT_OVERLAP_S = 86_400;

export function publicWebhook(w: WebhookRecord): Webhook {
  const { organization_id: _o, secret_sealed: _s, previous_secret_sealed: _p, ...rest } = w;
  return { ...rest, headers: redactValues(w.headers) };
}

/** The endpoint with its real header values, to send an attempt with (never stored or shown). */
export function forSending(box: SecretBox, w: WebhookRecord): WebhookRecord {
  return { ...w, headers: openValues(w.headers, box) };
}

/** Header values sealed; references to `previous` keep their values; an unknown reference is a 422 at its header. */
function sealedHeaders(box: SecretBox, headers: Record<string, string>, previous?: Record<string, string>): Record<string, string> {
  const { value, problems } = sealValues(headers, box, previous);
  if (problems.length) {
    throw ApiError.validation(problems.map((p) => ({ in: "body", pointer: `#/headers/${p.name.replaceAll("~", "~0").replaceAll("/", "~1")}`, detail: p.detail })));
  }
  return value;
}

export function publicDelivery(d: DeliveryRecord, attempts: Delivery["attempts"]): Delivery {
  const { organization_id: _o, body: _b, ...rest } = d;
  return { ...rest, attempts };
}

function checkUrl(url: string, allowLoopback: boolean): FieldError[] {
  try {
    checkDestinationUrl(url, { allowLoopback });
    return [];
  } catch (e) {
    if (e instanceof OutboundBlockedError) return [{ in: "body", pointer: "#/url", detail: e.message }];
    throw e;
  }
}

const subscribes = (events: WebhookEventFilter[], type: string) => events.includes("*") || (events as string[]).includes(type);
export { subscribes };

async function load(tx: Repos, actor: Actor, id: string): Promise<WebhookRecord> {
  const w = await tx.webhooks.get(actor.orgId, id);
  if (!w) throw ApiError.notFound("webhook", id);
  return w;
}

export async function createWebhook(
  deps: WebhookDeps,
  actor: Actor,
  input: { url: string; events?: WebhookEventFilter[] | undefined; description?: string | null | undefined; headers?: Record<string, string> | undefined; is_active?: boolean | undefined; secret?: string | undefined },
) {
  const errors = [...checkUrl(input.url, deps.delivery.allowLoopback), ...checkHeaders(input.headers)];
  if (input.secret !== undefined && !isValidWebhookSecret(input.secret)) {
    errors.push({ in: "body", pointer: "#/secret", detail: "Must be whsec_ followed by base64 of 24 to 64 random bytes; omit it to have one generated." });
  }
  if (errors.length) throw ApiError.validation(errors);
  const secret = input.secret ?? generateWebhookSecret();
  const now = iso(deps.clock.now());
  const record: WebhookRecord = {
    id: newId("whk"),
    organization_id: actor.orgId,
    url: input.url,
    description: input.description ?? null,
    events: input.events ? [...new Set(input.events)] : ["*"],
    headers: sealedHeaders(deps.box, input.headers ?? {}),
    is_active: input.is_active ?? true,
    enabled_at: (input.is_active ?? true) ? now : null,
    disabled_reason: null,
    disabled_at: null,
    secret_sealed: deps.box.seal(secret),
    previous_secret_sealed: null,
    previous_secret_expires_at: null,
    created_at: now,
    updated_at: now,
  };
  await deps.store.transaction((tx) => tx.webhooks.create(record));
  return { ...publicWebhook(record), secret };
}

export async function getWebhook(deps: Deps, actor: Actor, id: string) {
  return publicWebhook(await load(deps.store, actor, id));
}

export async function listWebhooks(deps: Deps, actor: Actor, page: PageQuery) {
  const p = await deps.store.webhooks.list(actor.orgId, page);
  return { items: p.items.map(publicWebhook), nextAfter: p.nextAfter };
}

export async function updateWebhook(
  deps: WebhookDeps,
  actor: Actor,
  id: string,
  input: { url?: string | undefined; events?: WebhookEventFilter[] | undefined; description?: string | null | undefined; headers?: Record<string, string> | undefined; is_active?: boolean | undefined },
) {
  const errors = [...(input.url !== undefined ? checkUrl(input.url, deps.delivery.allowLoopback) : []), ...checkHeaders(input.headers)];
  if (errors.length) throw ApiError.validation(errors);
  return deps.store.transaction(async (tx) => {
    const before = await load(tx, actor, id);
    const nowMs = deps.clock.now();
    const reenable = input.is_active === true && !before.is_active;
    const after: WebhookRecord = {
      ...before,
      url: input.url ?? before.url,
      events: input.events ? [...new Set(input.events)] : before.events,
      description: input.description === undefined ? before.description : input.description,
      headers: input.headers === undefined ? before.headers : sealedHeaders(deps.box, input.headers, before.headers),
      is_active: input.is_active ?? before.is_active,
      // Sent events from its (re-)enabling on, not those of while it was disabled (delivery/fanout.ts).
      enabled_at: reenable ? iso(nowMs) : before.enabled_at,
      disabled_reason: reenable ? null : before.disabled_reason,
      disabled_at: reenable ? null : before.disabled_at,
      updated_at: iso(nowMs),
    };
    await tx.webhooks.update(after);
    return publicWebhook(after);
  });
}

export async function deleteWebhook(deps: Deps, actor: Actor, id: string) {
  await deps.store.transaction(async (tx) => {
    await load(tx, actor, id);
    await tx.webhooks.delete(actor.orgId, id);
  });
}

export async function rotateWebhookSecret(deps: WebhookDeps, actor: Actor, id: string, overlapSeconds = DEFAULT_OVERLAP_S) {
  const secret = generateWebhookSecret();
  const updated = await deps.store.transaction(async (tx) => {
    const before = await load(tx, actor, id);
    const nowMs = deps.clock.now();
    const after: WebhookRecord = {
      ...before,
      secret_sealed: deps.box.seal(secret),
      previous_secret_sealed: overlapSeconds > 0 ? before.secret_sealed : null,
      previous_secret_expires_at: overlapSeconds > 0 ? iso(nowMs + overlapSeconds * 1000) : null,
      updated_at: iso(nowMs),
    };
    await tx.webhooks.update(after);
    return after;
  });
  return { ...publicWebhook(updated), secret };
}

/** The secrets a delivery is signed with now: the current one, then the previous one while its overlap lasts. */
export function signingSecrets(box: SecretBox, w: WebhookRecord, nowMs: number): string[] {
  const secrets = [box.open(w.secret_sealed)];
  if (w.previous_secret_sealed && w.previous_secret_expires_at && Date.parse(w.previous_secret_expires_at) > nowMs) {
    secrets.push(box.open(w.previous_secret_sealed));
  }
  return secrets;
}

export async function listDeliveries(deps: Deps, actor: Actor, webhookId: string, status: DeliveryStatus | undefined, page: PageQuery) {
  await load(deps.store, actor, webhookId);
  const p = await deps.store.deliveries.list(actor.orgId, webhookId, status, page);
  const attempts = await deps.store.deliveries.attempts(p.items.map((d) => d.id));
  return { items: p.items.map((d) => publicDelivery(d, attempts.get(d.id) ?? [])), nextAfter: p.nextAfter };
}

export async function getDelivery(deps: Deps, actor: Actor, webhookId: string, id: string) {
  const d = await deps.store.deliveries.get(actor.orgId, webhookId, id);
  if (!d) throw ApiError.notFound("delivery", id);
  const attempts = await deps.store.deliveries.attempts([id]);
  return publicDelivery(d, attempts.get(id) ?? []);
}

/** Queues one more attempt now, same event id. A disabled endpoint must be re-enabled first. */
export async function redeliver(deps: WebhookDeps, actor: Actor, webhookId: string, id: string) {
  const out = await deps.store.transaction(async (tx) => {
    const w = await load(tx, actor, webhookId);
    if (!w.is_active) throw ApiError.conflict("webhook-disabled", "Endpoint disabled", `Webhook ${webhookId} is disabled; re-enable it (PATCH {"is_active": true}) before redelivering.`);
    const d = await tx.deliveries.get(actor.orgId, webhookId, id);
    if (!d) throw ApiError.notFound("delivery", id);
    const nowMs = deps.clock.now();
    const next: DeliveryRecord = { ...d, status: d.status === "succeeded" || d.status === "failed" ? "pending" : d.status, next_attempt_at: iso(nowMs), updated_at: iso(nowMs) };
    await tx.deliveries.update(next);
    await enqueue(tx, { id: d.id, kind: "webhook.deliver", payload: { delivery_id: d.id, webhook_id: webhookId, manual: true }, runAtMs: nowMs, organizationId: actor.orgId }, nowMs);
    return next;
  });
  const attempts = await deps.store.deliveries.attempts([id]);
  return publicDelivery(out, attempts.get(id) ?? []);
}

/** Sends a signed sample event now, once, and reports what the endpoint answered. Recorded in the log. */
export async function testWebhook(deps: WebhookDeps, actor: Actor, webhookId: string, type: EventType = "incident.created"): Promise<WebhookTestResult> {
  const w = await load(deps.store, actor, webhookId);
  const nowMs = deps.clock.now();
  const event = sampleEvent(type, nowMs);
  const delivery: DeliveryRecord = {
    id: newId("dlv"),
    organization_id: actor.orgId,
    webhook_id: w.id,
    event_id: event.id,
    event_type: type,
    body: envelopeFor(event),
    test: true,
    status: "pending",
    attempt_count: 0,
    next_attempt_at: null,
    created_at: iso(nowMs),
    updated_at: iso(nowMs),
  };
  const attempt = await sendAttempt(forSending(deps.box, w), signingSecrets(deps.box, w, nowMs), delivery, nowMs, deps.delivery);
  const success = attempt.error_class === null;
  await deps.store.transaction(async (tx) => {
    await tx.deliveries.create({ ...delivery, status: success ? "succeeded" : "failed", attempt_count: 1, updated_at: iso(deps.clock.now()) });
    await tx.deliveries.addAttempt(delivery.id, attempt);
  });
  return {
    delivery_id: delivery.id,
    event_id: event.id,
    success,
    status_code: attempt.status_code,
    latency_ms: attempt.latency_ms,
    response_excerpt: attempt.response_excerpt,
    error_class: attempt.error_class,
    error: attempt.error,
  };
}

/**
 * Disables an endpoint and tells the organization: a `webhook.disabled` event other endpoints can receive, whose
 * data is the endpoint itself plus `reason` and `last_error` (what the last attempt got), and, in the same
 * transaction, one `webhook.disabled_notice` job that emails / messages the organization's notification contacts.
 */
export async function disableWebhook(tx: Repos, w: WebhookRecord, nowMs: number, reason: string, lastError: string): Promise<void> {
  // Read again in this transaction: two deliveries that give up together disable (and notify) once, and a change
  // made since the caller loaded the endpoint is kept.
  const current = await tx.webhooks.get(w.organization_id, w.id);
  if (!current?.is_active) return;
  const after: WebhookRecord = { ...current, is_active: false, disabled_reason: reason, disabled_at: iso(nowMs), updated_at: iso(nowMs) };
  await tx.webhooks.update(after);
  const event = await recordEvent(tx, { orgId: w.organization_id, source: "api", causedBy: null }, nowMs, "webhook.disabled", { type: "webhook", id: w.id }, {
    ...publicWebhook(after),
    reason,
    last_error: lastError,
  });
  const notice = { organization_id: w.organization_id, webhook_id: w.id, url: after.url, reason, last_error: lastError, disabled_at: iso(nowMs) };
  await enqueue(tx, { id: `wdn_${event.id}`, kind: "webhook.disabled_notice", payload: notice, runAtMs: nowMs }, nowMs);
}
