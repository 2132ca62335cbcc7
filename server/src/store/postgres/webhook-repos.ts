/** PostgreSQL repositories for webhooks and their deliveries (as sqlite/webhook-repos.ts). */
import type { DeliveryRecord, DeliveryRepo, PageQuery, WebhookRecord, WebhookRepo } from "../types.ts";
import type { DeliveryAttempt, DeliveryStatus } from "../../types.ts";
import type { Q, Row } from "./db.ts";
import { after, json, limitPlusOne, toPage } from "./paging.ts";

const toWebhook = (r: Row): WebhookRecord => ({
  id: r.id,
  organization_id: r.organization_id,
  url: r.url,
  description: r.description,
  events: JSON.parse(r.events),
  headers: JSON.parse(r.headers),
  is_active: r.is_active === true,
  enabled_at: r.enabled_at,
  disabled_reason: r.disabled_reason,
  disabled_at: r.disabled_at,
  secret_sealed: r.secret_sealed,
  previous_secret_sealed: r.previous_secret_sealed,
  previous_secret_expires_at: r.previous_secret_expires_at,
  created_at: r.created_at,
  updated_at: r.updated_at,
});

class Webhooks implements WebhookRepo {
  constructor(private q: Q) {}
  async create(w: WebhookRecord) {
    await this.q`INSERT INTO webhooks (id, organization_id, url, description, events, headers, is_active, enabled_at, disabled_reason, disabled_at,
        secret_sealed, previous_secret_sealed, previous_secret_expires_at, created_at, updated_at)
      VALUES (${w.id}, ${w.organization_id}, ${w.url}, ${w.description}, ${json.stringify(w.events)}, ${json.stringify(w.headers)},
        ${w.is_active}, ${w.enabled_at}, ${w.disabled_reason}, ${w.disabled_at}, ${w.secret_sealed}, ${w.previous_secret_sealed},
        ${w.previous_secret_expires_at}, ${w.created_at}, ${w.updated_at})`;
  }
  async get(orgId: string, id: string) {
    const r = (await this.q`SELECT * FROM webhooks WHERE organization_id = ${orgId} AND id = ${id}`)[0];
    return r ? toWebhook(r) : null;
  }
  async all(afterId: string | null, limit: number) {
    return (await this.q`SELECT * FROM webhooks WHERE ${afterId}::text IS NULL OR id > ${afterId} ORDER BY id LIMIT ${limit}`).map(toWebhook);
  }
  async list(orgId: string, page: PageQuery) {
    const rows = await this.q`SELECT * FROM webhooks WHERE organization_id = ${orgId} AND (${after(page)}::text IS NULL OR id < ${after(page)})
      ORDER BY id DESC LIMIT ${limitPlusOne(page)}`;
    return toPage(rows, page, toWebhook);
  }
  async active(orgId: string) {
    return (await this.q`SELECT * FROM webhooks WHERE organization_id = ${orgId} AND is_active ORDER BY id`).map(toWebhook);
  }
  async update(w: WebhookRecord) {
    await this.q`UPDATE webhooks SET url = ${w.url}, description = ${w.description}, events = ${json.stringify(w.events)},
        headers = ${json.stringify(w.headers)}, is_active = ${w.is_active}, enabled_at = ${w.enabled_at}, disabled_reason = ${w.disabled_reason},
        disabled_at = ${w.disabled_at}, secret_sealed = ${w.secret_sealed}, previous_secret_sealed = ${w.previous_secret_sealed},
        previous_secret_expires_at = ${w.previous_secret_expires_at}, updated_at = ${w.updated_at}, created_at = ${w.created_at}
      WHERE organization_id = ${w.organization_id} AND id = ${w.id}`;
  }
  async delete(orgId: string, id: string) {
    // Only the jobs of this organization's webhook: the check must precede the webhook's own delete.
    await this.q`DELETE FROM jobs WHERE kind = 'webhook.deliver' AND payload::jsonb ->> 'webhook_id' = ${id}
      AND EXISTS (SELECT 1 FROM webhooks WHERE organization_id = ${orgId} AND id = ${id})`;
    await this.q`DELETE FROM webhooks WHERE organization_id = ${orgId} AND id = ${id}`;
  }
}

const toDelivery = (r: Row): DeliveryRecord => ({
  id: r.id,
  organization_id: r.organization_id,
  webhook_id: r.webhook_id,
  event_id: r.event_id,
  event_type: r.event_type,
  body: r.body,
  test: r.test === true,
  status: r.status,
  attempt_count: r.attempt_count,
  next_attempt_at: r.next_attempt_at,
  created_at: r.created_at,
  updated_at: r.updated_at,
});

class Deliveries implements DeliveryRepo {
  constructor(private q: Q) {}
  async create(d: DeliveryRecord) {
    await this.createMany([d]);
  }
  async createMany(ds: readonly DeliveryRecord[]) {
    if (ds.length === 0) return;
    // One statement for the batch: the columns as arrays, unnested into rows.
    const col = <T>(f: (d: DeliveryRecord) => T) => ds.map(f);
    await this.q`INSERT INTO deliveries (id, organization_id, webhook_id, event_id, event_type, body, test, status, attempt_count, next_attempt_at, created_at, updated_at)
      SELECT * FROM unnest(${col((d) => d.id)}::text[], ${col((d) => d.organization_id)}::text[], ${col((d) => d.webhook_id)}::text[], ${col((d) => d.event_id)}::text[],
        ${col((d) => d.event_type)}::text[], ${col((d) => d.body)}::text[], ${col((d) => d.test)}::boolean[], ${col((d) => d.status)}::text[],
        ${col((d) => d.attempt_count)}::int[], ${col((d) => d.next_attempt_at)}::text[], ${col((d) => d.created_at)}::text[], ${col((d) => d.updated_at)}::text[])`;
  }
  async get(orgId: string, webhookId: string, id: string) {
    const r = (await this.q`SELECT * FROM deliveries WHERE organization_id = ${orgId} AND webhook_id = ${webhookId} AND id = ${id}`)[0];
    return r ? toDelivery(r) : null;
  }
  async byId(id: string) {
    const r = (await this.q`SELECT * FROM deliveries WHERE id = ${id}`)[0];
    return r ? toDelivery(r) : null;
  }
  async list(orgId: string, webhookId: string, status: DeliveryStatus | undefined, page: PageQuery) {
    const s = status ?? null;
    const rows = await this.q`SELECT * FROM deliveries WHERE organization_id = ${orgId} AND webhook_id = ${webhookId}
        AND (${after(page)}::text IS NULL OR id < ${after(page)}) AND (${s}::text IS NULL OR status = ${s})
      ORDER BY id DESC LIMIT ${limitPlusOne(page)}`;
    return toPage(rows, page, toDelivery);
  }
  async update(d: DeliveryRecord) {
    await this.q`UPDATE deliveries SET status = ${d.status}, attempt_count = ${d.attempt_count}, next_attempt_at = ${d.next_attempt_at},
        updated_at = ${d.updated_at}
      WHERE organization_id = ${d.organization_id} AND id = ${d.id}`;
  }
  async addAttempt(deliveryId: string, a: DeliveryAttempt) {
    await this.q`INSERT INTO delivery_attempts (delivery_id, number, started_at, status_code, latency_ms, response_excerpt, error_class, error)
      VALUES (${deliveryId}, ${a.number}, ${a.started_at}, ${a.status_code}, ${a.latency_ms}::float8, ${a.response_excerpt}, ${a.error_class}, ${a.error})`;
  }
  async attempts(deliveryIds: string[]) {
    const out = new Map<string, DeliveryAttempt[]>(deliveryIds.map((id) => [id, []]));
    if (deliveryIds.length === 0) return out;
    const rows = await this.q`SELECT * FROM delivery_attempts WHERE delivery_id = ANY(${deliveryIds}::text[]) ORDER BY delivery_id, number`;
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
    return (
      await this.q`DELETE FROM deliveries WHERE id IN (
        SELECT id FROM deliveries d WHERE d.organization_id = ${orgId} AND d.created_at < ${before}
          AND d.status IN ('succeeded', 'failed') AND NOT EXISTS (SELECT 1 FROM jobs WHERE jobs.id = d.id)
        ORDER BY d.created_at LIMIT ${limit})`
    ).count;
  }
}

export function webhookRepos(q: Q) {
  return { webhooks: new Webhooks(q), deliveries: new Deliveries(q) };
}
