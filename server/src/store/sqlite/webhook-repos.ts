/** SQLite repositories for webhooks and their deliveries. */
import type {
  DeliveryRecord,
  DeliveryRepo,
  PageQuery,
  WebhookRecord,
  WebhookRepo,
} from "../types.ts";
import type { DeliveryAttempt, DeliveryStatus } from "../../types.ts";
import { json, pageParams, toPage } from "./paging.ts";
import type { Row, Statements } from "./statements.ts";

const toWebhook = (r: Row): WebhookRecord => ({
  id: r.id,
  organization_id: r.organization_id,
  url: r.url,
  description: r.description,
  events: JSON.parse(r.events),
  headers: JSON.parse(r.headers),
  is_active: r.is_active === 1,
  enabled_at: r.enabled_at,
  disabled_reason: r.disabled_reason,
  disabled_at: r.disabled_at,
  secret_sealed: r.secret_sealed,
  previous_secret_sealed: r.previous_secret_sealed,
  previous_secret_expires_at: r.previous_secret_expires_at,
  created_at: r.created_at,
  updated_at: r.updated_at,
});
const webhookParams = (w: WebhookRecord) => ({
  ...w,
  events: json.stringify(w.events),
  headers: json.stringify(w.headers),
  is_active: w.is_active ? 1 : 0,
});

class Webhooks implements WebhookRepo {
  constructor(private q: Statements) {}
  async create(w: WebhookRecord) {
    this.q
      .get(
        `INSERT INTO webhooks (id, organization_id, url, description, events, headers, is_active, enabled_at, disabled_reason, disabled_at,
           secret_sealed, previous_secret_sealed, previous_secret_expires_at, created_at, updated_at)
         VALUES ($id, $organization_id, $url, $description, $events, $headers, $is_active, $enabled_at, $disabled_reason, $disabled_at,
           $secret_sealed, $previous_secret_sealed, $previous_secret_expires_at, $created_at, $updated_at)`,
      )
      .run(webhookParams(w));
  }
  async get(orgId: string, id: string) {
    const r = this.q.get("SELECT * FROM webhooks WHERE organization_id = $orgId AND id = $id").get({ orgId, id }) as Row | null;
    return r ? toWebhook(r) : null;
  }
  async list(orgId: string, page: PageQuery) {
    const rows = this.q
      .get("SELECT * FROM webhooks WHERE organization_id = $orgId AND ($after IS NULL OR id < $after) ORDER BY id DESC LIMIT $limit")
      .all({ orgId, ...pageParams(page) }) as Row[];
    return toPage(rows, page, toWebhook);
  }
  async all(after: string | null, limit: number) {
    return (this.q.get("SELECT * FROM webhooks WHERE $after IS NULL OR id > $after ORDER BY id LIMIT $limit").all({ after, limit }) as Row[]).map(toWebhook);
  }
  async active(orgId: string) {
    return (this.q.get("SELECT * FROM webhooks WHERE organization_id = $orgId AND is_active = 1").all({ orgId }) as Row[]).map(toWebhook);
  }
  async update(w: WebhookRecord) {
    this.q
      .get(
        `UPDATE webhooks SET url = $url, description = $description, events = $events, headers = $headers, is_active = $is_active,
           enabled_at = $enabled_at, disabled_reason = $disabled_reason, disabled_at = $disabled_at, secret_sealed = $secret_sealed,
           previous_secret_sealed = $previous_secret_sealed, previous_secret_expires_at = $previous_secret_expires_at,
           updated_at = $updated_at, created_at = $created_at
         WHERE organization_id = $organization_id AND id = $id`,
      )
      .run(webhookParams(w));
  }
  async delete(orgId: string, id: string) {
    // Only the jobs of this organization's webhook: the check must precede the webhook's own delete.
    this.q
      .get(
        `DELETE FROM jobs WHERE kind = 'webhook.deliver' AND json_extract(payload, '$.webhook_id') = $id
         AND EXISTS (SELECT 1 FROM webhooks WHERE organization_id = $orgId AND id = $id)`,
      )
      .run({ orgId, id });
    this.q.get("DELETE FROM webhooks WHERE organization_id = $orgId AND id = $id").run({ orgId, id });
  }
}

const toDelivery = (r: Row): DeliveryRecord => ({
  id: r.id,
  organization_id: r.organization_id,
  webhook_id: r.webhook_id,
  event_id: r.event_id,
  event_type: r.event_type,
  body: r.body,
  test: r.test === 1,
  status: r.status,
  attempt_count: r.attempt_count,
  next_attempt_at: r.next_attempt_at,
  created_at: r.created_at,
  updated_at: r.updated_at,
});

class Deliveries implements DeliveryRepo {
  constructor(private q: Statements) {}
  async create(d: DeliveryRecord) {
    this.q
      .get(
        `INSERT INTO deliveries (id, organization_id, webhook_id, event_id, event_type, body, test, status, attempt_count, next_attempt_at, created_at, updated_at)
         VALUES ($id, $organization_id, $webhook_id, $event_id, $event_type, $body, $test, $status, $attempt_count, $next_attempt_at, $created_at, $updated_at)`,
      )
      .run({ ...d, test: d.test ? 1 : 0 });
  }
  async createMany(ds: readonly DeliveryRecord[]) {
    for (const d of ds) await this.create(d);
  }
  async get(orgId: string, webhookId: string, id: string) {
    const r = this.q
      .get("SELECT * FROM deliveries WHERE organization_id = $orgId AND webhook_id = $webhookId AND id = $id")
      .get({ orgId, webhookId, id }) as Row | null;
    return r ? toDelivery(r) : null;
  }
  async byId(id: string) {
    const r = this.q.get("SELECT * FROM deliveries WHERE id = $id").get({ id }) as Row | null;
    return r ? toDelivery(r) : null;
  }
  async list(orgId: string, webhookId: string, status: DeliveryStatus | undefined, page: PageQuery) {
    const rows = this.q
      .get(
        `SELECT * FROM deliveries WHERE organization_id = $orgId AND webhook_id = $webhookId AND ($after IS NULL OR id < $after)
         AND ($status IS NULL OR status = $status) ORDER BY id DESC LIMIT $limit`,
      )
      .all({ orgId, webhookId, status: status ?? null, ...pageParams(page) }) as Row[];
    return toPage(rows, page, toDelivery);
  }
  async update(d: DeliveryRecord) {
    this.q
      .get(
        `UPDATE deliveries SET status = $status, attempt_count = $attempt_count, next_attempt_at = $next_attempt_at, updated_at = $updated_at
         WHERE organization_id = $organization_id AND id = $id`,
      )
      .run({ id: d.id, organization_id: d.organization_id, status: d.status, attempt_count: d.attempt_count, next_attempt_at: d.next_attempt_at, updated_at: d.updated_at });
  }
  async addAttempt(deliveryId: string, a: DeliveryAttempt) {
    this.q
      .get(
        `INSERT INTO delivery_attempts (delivery_id, number, started_at, status_code, latency_ms, response_excerpt, error_class, error)
         VALUES ($deliveryId, $number, $started_at, $status_code, $latency_ms, $response_excerpt, $error_class, $error)`,
      )
      .run({ deliveryId, ...a });
  }
  async attempts(deliveryIds: string[]) {
    const out = new Map<string, DeliveryAttempt[]>(deliveryIds.map((id) => [id, []]));
    if (deliveryIds.length === 0) return out;
    const rows = this.q
      .get(
        `SELECT * FROM delivery_attempts WHERE delivery_id IN (SELECT value FROM json_each($ids)) ORDER BY delivery_id, number`,
      )
      .all({ ids: json.stringify(deliveryIds) }) as Row[];
    for (const r of rows) {
      out.get(r.delivery_id)?.push({
        number: r.number,
        started_at: r.started_at,
        status_code: r.status_code,
        latency_ms: r.latency_ms,
        response_excerpt: r.response_excerpt,
        error_class: r.error_class,
        error: r.error,
      });
    }
    return out;
  }
  async prune(orgId: string, before: string, limit: number) {
    // Attempts go with their delivery (ON DELETE CASCADE). One still retrying, or with a job queued, stays.
    return this.q
      .get(
        `DELETE FROM deliveries WHERE id IN (
           SELECT id FROM deliveries WHERE organization_id = $orgId AND created_at < $before
             AND status IN ('succeeded', 'failed')
             AND NOT EXISTS (SELECT 1 FROM jobs WHERE jobs.id = deliveries.id)
           ORDER BY created_at LIMIT $limit)`,
      )
      .run({ orgId, before, limit }).changes;
  }
}

export function webhookRepos(q: Statements) {
  return { webhooks: new Webhooks(q), deliveries: new Deliveries(q) };
}
