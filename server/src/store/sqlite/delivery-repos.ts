/** SQLite repositories for webhooks, deliveries and the job queue. */
import type {
  DeadJob,
  DeliveryRecord,
  DeliveryRepo,
  Job,
  JobRepo,

  PageQuery,
  WebhookRecord,
  WebhookRepo,
} from "../types.ts";
import type { DeliveryAttempt, DeliveryStatus } from "../../types.ts";
import { json, toPage } from "./paging.ts";
import { pageParams, type Row, type Statements } from "./repos.ts";

const toWebhook = (r: Row): WebhookRecord => ({
  id: r.id,
  organization_id: r.organization_id,
  url: r.url,
  description: r.description,
  events: JSON.parse(r.events),
  headers: JSON.parse(r.headers),
  is_active: r.is_active === 1,
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
        `INSERT INTO webhooks (id, organization_id, url, description, events, headers, is_active, disabled_reason, disabled_at,
           secret_sealed, previous_secret_sealed, previous_secret_expires_at, created_at, updated_at)
         VALUES ($id, $organization_id, $url, $description, $events, $headers, $is_active, $disabled_reason, $disabled_at,
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
  async active(orgId: string) {
    return (this.q.get("SELECT * FROM webhooks WHERE organization_id = $orgId AND is_active = 1").all({ orgId }) as Row[]).map(toWebhook);
  }
  async update(w: WebhookRecord) {
    this.q
      .get(
        `UPDATE webhooks SET url = $url, description = $description, events = $events, headers = $headers, is_active = $is_active,
           disabled_reason = $disabled_reason, disabled_at = $disabled_at, secret_sealed = $secret_sealed,
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
}

const toJob = (r: Row): Job => ({ id: r.id, kind: r.kind, payload: JSON.parse(r.payload), runAtMs: r.run_at_ms, attempts: r.attempts, errors: r.errors });
const toDead = (r: Row): DeadJob => ({ id: r.id, kind: r.kind, payload: JSON.parse(r.payload), attempts: r.attempts, error: r.error, deadAtMs: r.dead_at_ms });

/**
 * Every write by a worker carries `lease_owner = $owner` in its WHERE clause and reports whether it changed a row.
 * SQLite has one writer at a time, so a check and the writes after it in one transaction cannot be interleaved.
 */
class Jobs implements JobRepo {
  constructor(private q: Statements) {}
  async upsert(job: { id: string; kind: string; payload: unknown; runAtMs: number }, nowMs: number) {
    this.q
      .get(
        `INSERT INTO jobs (id, kind, payload, run_at_ms, created_at_ms) VALUES ($id, $kind, $payload, $runAtMs, $nowMs)
         ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, payload = excluded.payload, run_at_ms = excluded.run_at_ms`,
      )
      .run({ id: job.id, kind: job.kind, payload: json.stringify(job.payload), runAtMs: job.runAtMs, nowMs });
  }
  async lease(kinds: string[], nowMs: number, leaseMs: number, owner: string, limit: number, running: readonly string[] = []) {
    const rows = this.q
      .get(
        `UPDATE jobs SET lease_owner = $owner, lease_until_ms = $until, attempts = attempts + 1
         WHERE id IN (
           SELECT id FROM jobs WHERE kind IN (SELECT value FROM json_each($kinds)) AND run_at_ms <= $now
             AND (lease_until_ms IS NULL OR (lease_until_ms < $now AND id NOT IN (SELECT value FROM json_each($running))))
           ORDER BY run_at_ms LIMIT $limit)
         RETURNING *`,
      )
      .all({ owner, until: nowMs + leaseMs, now: nowMs, kinds: json.stringify(kinds), running: json.stringify(running), limit }) as Row[];
    return rows.map(toJob).sort((a, b) => a.runAtMs - b.runAtMs);
  }
  async holds(id: string, owner: string) {
    return this.q.get("SELECT 1 FROM jobs WHERE id = $id AND lease_owner = $owner").get({ id, owner }) !== null;
  }
  async extend(ids: readonly string[], owner: string, untilMs: number) {
    if (ids.length === 0) return [];
    const rows = this.q
      .get("UPDATE jobs SET lease_until_ms = $untilMs WHERE lease_owner = $owner AND id IN (SELECT value FROM json_each($ids)) RETURNING id")
      .all({ ids: json.stringify(ids), owner, untilMs }) as { id: string }[];
    return rows.map((r) => r.id);
  }
  async complete(id: string, owner: string) {
    return this.q.get("DELETE FROM jobs WHERE id = $id AND lease_owner = $owner").run({ id, owner }).changes > 0;
  }
  async reschedule(id: string, owner: string, runAtMs: number, payload?: unknown) {
    return (
      this.q
        .get(
          `UPDATE jobs SET run_at_ms = $runAtMs, payload = coalesce($payload, payload), lease_owner = NULL, lease_until_ms = NULL
           WHERE id = $id AND lease_owner = $owner`,
        )
        .run({ id, owner, runAtMs, payload: payload === undefined ? null : json.stringify(payload) }).changes > 0
    );
  }
  async retryAfterError(id: string, owner: string, runAtMs: number, error: string) {
    return (
      this.q
        .get(
          `UPDATE jobs SET run_at_ms = $runAtMs, errors = errors + 1, last_error = $error, lease_owner = NULL, lease_until_ms = NULL
           WHERE id = $id AND lease_owner = $owner`,
        )
        .run({ id, owner, runAtMs, error }).changes > 0
    );
  }
  async fail(id: string, owner: string, error: string, nowMs: number) {
    const moved = this.q
      .get(
        `INSERT INTO dead_jobs (id, kind, payload, attempts, error, dead_at_ms)
         SELECT id, kind, payload, attempts, $error, $nowMs FROM jobs WHERE id = $id AND lease_owner = $owner
         ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, payload = excluded.payload, attempts = excluded.attempts,
           error = excluded.error, dead_at_ms = excluded.dead_at_ms`,
      )
      .run({ id, owner, error, nowMs }).changes;
    if (moved === 0) return false;
    this.q.get("DELETE FROM jobs WHERE id = $id AND lease_owner = $owner").run({ id, owner });
    return true;
  }
  async buryUnknownKinds(known: readonly string[], nowMs: number) {
    const rows = this.q
      .get(
        `INSERT INTO dead_jobs (id, kind, payload, attempts, error, dead_at_ms)
         SELECT id, kind, payload, attempts, 'unknown job kind "' || kind || '"', $nowMs FROM jobs
           WHERE kind NOT IN (SELECT value FROM json_each($known))
         ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, payload = excluded.payload, attempts = excluded.attempts,
           error = excluded.error, dead_at_ms = excluded.dead_at_ms
         RETURNING *`,
      )
      .all({ known: json.stringify(known), nowMs }) as Row[];
    if (rows.length) this.q.get("DELETE FROM jobs WHERE kind NOT IN (SELECT value FROM json_each($known))").run({ known: json.stringify(known) });
    return rows.map(toDead);
  }
  async dead(limit: number) {
    return (this.q.get("SELECT * FROM dead_jobs ORDER BY dead_at_ms DESC, id DESC LIMIT $limit").all({ limit }) as Row[]).map(toDead);
  }
  async nextRunAt(kinds: string[]) {
    // One indexed look-up per kind (jobs_due is (kind, run_at_ms)); leased jobs are skipped, their lease expiry is
    // caught by the worker's poll.
    let next: number | null = null;
    for (const kind of kinds) {
      const r = this.q
        .get("SELECT run_at_ms AS t FROM jobs WHERE kind = $kind AND lease_owner IS NULL ORDER BY run_at_ms LIMIT 1")
        .get({ kind }) as { t: number } | null;
      if (r && (next === null || r.t < next)) next = r.t;
    }
    return next;
  }
  async count(kinds: string[]) {
    return (this.q.get("SELECT count(*) AS n FROM jobs WHERE kind IN (SELECT value FROM json_each($kinds))").get({ kinds: json.stringify(kinds) }) as { n: number }).n;
  }
  async delete(id: string) {
    this.q.get("DELETE FROM jobs WHERE id = $id").run({ id });
  }
}

export function deliveryRepos(q: Statements) {
  return { webhooks: new Webhooks(q), deliveries: new Deliveries(q), jobs: new Jobs(q) };
}
