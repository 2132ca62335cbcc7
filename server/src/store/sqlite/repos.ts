/**
 * SQLite implementations of the repositories, one class per aggregate. Statements are prepared once per
 * connection (bun:sqlite's query cache holds only 20 SQL strings). Every method is synchronous underneath and
 * async at the interface, so a PostgreSQL store can implement the same interface.
 */
import type { Database } from "bun:sqlite";
import type {
  MaintenanceRepo,
  ApiKeyRecord,
  ApiKeyRepo,
  EventFilter,
  EventRecord,
  EventRepo,
  IdempotencyRecord,
  IdempotencyRepo,
  IncidentFilter,
  IncidentRepo,
  MemberRepo,
  NewOrganization,
  OrganizationRepo,
  OrganizationSettingsRepo,
  RetentionOverrides,
  Page,
  PageQuery,
  Repos,
  ServiceFilter,
  ServiceRepo,
  PostIncidentRepo,
  PostIncidentFlowRecord,
  IncidentRecordDoc,
} from "../types.ts";
import type { Incident, IncidentUpdateEntry, Member, Organization, Service } from "../../types.ts";
import { jobRepos } from "./job-repos.ts";
import { oncallRepos } from "./oncall-repos.ts";
import { heartbeatRepos } from "./heartbeat-repos.ts";
import { integrationRepos } from "./integration-repos.ts";
import { monitorRepos } from "./monitor-repos.ts";
import { Outbox } from "./outbox-repos.ts";
import { json, pageParams, toPage } from "./paging.ts";
import { type Row, Statements } from "./statements.ts";
import { webhookRepos } from "./webhook-repos.ts";
import { workflowRepos } from "./workflow-repos.ts";
import { flowDoc, ORGANIZATION_COLS, toApiKey, toEvent, toIncident, toOrganization, toPostIncidentFlow } from "../rows.ts";

class Organizations implements OrganizationRepo {
  constructor(private q: Statements) {}
  async create(org: NewOrganization) {
    this.q.get("INSERT INTO organizations (id, name, created_at) VALUES ($id, $name, $created_at)").run({ id: org.id, name: org.name, created_at: org.created_at });
  }
  async get(id: string) {
    const r = this.q.get(`SELECT ${ORGANIZATION_COLS} FROM organizations WHERE id = $id`).get({ id }) as Row | null;
    return r ? toOrganization(r) : null;
  }
  async update(org: Organization) {
    this.q
      .get("UPDATE organizations SET name = $name, notification_emails = $emails, notification_channel_ids = $channels WHERE id = $id")
      .run({ id: org.id, name: org.name, emails: json.stringify(org.notification_emails), channels: json.stringify(org.notification_channel_ids) });
  }
  async list() {
    return (this.q.get(`SELECT ${ORGANIZATION_COLS} FROM organizations ORDER BY id`).all() as Row[]).map(toOrganization);
  }
  async count() {
    return (this.q.get("SELECT count(*) AS n FROM organizations").get() as { n: number }).n;
  }
}

class ApiKeys implements ApiKeyRepo {
  constructor(private q: Statements) {}
  async create(k: ApiKeyRecord) {
    this.q
      .get(
        `INSERT INTO api_keys (id, organization_id, name, prefix, key_hash, scopes, created_at, expires_at, last_used_at, revoked_at)
         VALUES ($id, $organization_id, $name, $prefix, $key_hash, $scopes, $created_at, $expires_at, $last_used_at, $revoked_at)`,
      )
      .run({ ...k, scopes: json.stringify(k.scopes) });
  }
  async findByHash(hash: string) {
    const r = this.q.get("SELECT * FROM api_keys WHERE key_hash = $hash").get({ hash }) as Row | null;
    return r ? toApiKey(r) : null;
  }
  async get(orgId: string, id: string) {
    const r = this.q.get("SELECT * FROM api_keys WHERE organization_id = $orgId AND id = $id").get({ orgId, id }) as Row | null;
    return r ? toApiKey(r) : null;
  }
  async list(orgId: string, page: PageQuery): Promise<Page<ApiKeyRecord>> {
    const rows = this.q
      .get(
        `SELECT * FROM api_keys WHERE organization_id = $orgId AND ($after IS NULL OR id < $after)
         ORDER BY id DESC LIMIT $limit`,
      )
      .all({ orgId, ...pageParams(page) }) as Row[];
    return toPage(rows, page, toApiKey);
  }
  async revoke(orgId: string, id: string, at: string) {
    this.q.get("UPDATE api_keys SET revoked_at = $at WHERE organization_id = $orgId AND id = $id").run({ orgId, id, at });
  }
  async touch(id: string, at: string) {
    this.q.get("UPDATE api_keys SET last_used_at = $at WHERE id = $id").run({ id, at });
  }
}

const MEMBER_COLS = "id, name, email, created_at, updated_at";
class Members implements MemberRepo {
  constructor(private q: Statements) {}
  async create(orgId: string, m: Member) {
    this.q
      .get(
        `INSERT INTO members (id, organization_id, name, email, created_at, updated_at)
         VALUES ($id, $orgId, $name, $email, $created_at, $updated_at)`,
      )
      .run({ ...m, orgId });
  }
  async get(orgId: string, id: string) {
    return (this.q.get(`SELECT ${MEMBER_COLS} FROM members WHERE organization_id = $orgId AND id = $id`).get({ orgId, id }) as Member) ?? null;
  }
  async findByEmail(orgId: string, email: string) {
    return (
      (this.q
        .get(`SELECT ${MEMBER_COLS} FROM members WHERE organization_id = $orgId AND email = $email`)
        .get({ orgId, email }) as Member) ?? null
    );
  }
  async list(orgId: string, page: PageQuery) {
    const rows = this.q
      .get(
        `SELECT ${MEMBER_COLS} FROM members WHERE organization_id = $orgId AND ($after IS NULL OR id < $after)
         ORDER BY id DESC LIMIT $limit`,
      )
      .all({ orgId, ...pageParams(page) }) as Member[];
    return toPage(rows, page, (r) => r);
  }
  async update(orgId: string, m: Member) {
    this.q
      .get("UPDATE members SET name = $name, email = $email, updated_at = $updated_at WHERE organization_id = $orgId AND id = $id")
      .run({ orgId, id: m.id, name: m.name, email: m.email, updated_at: m.updated_at });
  }
  async delete(orgId: string, id: string) {
    this.q.get("DELETE FROM members WHERE organization_id = $orgId AND id = $id").run({ orgId, id });
  }
}

const SERVICE_COLS = "id, name, description, status, created_at, updated_at";
class Services implements ServiceRepo {
  constructor(private q: Statements) {}
  async create(orgId: string, s: Service) {
    this.q
      .get(
        `INSERT INTO services (id, organization_id, name, description, status, created_at, updated_at)
         VALUES ($id, $orgId, $name, $description, $status, $created_at, $updated_at)`,
      )
      .run({ ...s, orgId });
  }
  async get(orgId: string, id: string) {
    return (this.q.get(`SELECT ${SERVICE_COLS} FROM services WHERE organization_id = $orgId AND id = $id`).get({ orgId, id }) as Service) ?? null;
  }
  async findByName(orgId: string, name: string) {
    return (
      (this.q.get(`SELECT ${SERVICE_COLS} FROM services WHERE organization_id = $orgId AND name = $name`).get({ orgId, name }) as Service) ??
      null
    );
  }
  async existing(orgId: string, ids: string[]) {
    if (ids.length === 0) return new Set<string>();
    const rows = this.q
      .get("SELECT id FROM services WHERE organization_id = $orgId AND id IN (SELECT value FROM json_each($ids))")
      .all({ orgId, ids: json.stringify(ids) }) as { id: string }[];
    return new Set(rows.map((r) => r.id));
  }
  async list(orgId: string, filter: ServiceFilter, page: PageQuery) {
    const rows = this.q
      .get(
        `SELECT ${SERVICE_COLS} FROM services WHERE organization_id = $orgId AND ($after IS NULL OR id < $after)
         AND ($status IS NULL OR status = $status) ORDER BY id DESC LIMIT $limit`,
      )
      .all({ orgId, status: filter.status ?? null, ...pageParams(page) }) as Service[];
    return toPage(rows, page, (r) => r);
  }
  async update(orgId: string, s: Service) {
    this.q
      .get(
        `UPDATE services SET name = $name, description = $description, status = $status, updated_at = $updated_at
         WHERE organization_id = $orgId AND id = $id`,
      )
      .run({ orgId, id: s.id, name: s.name, description: s.description, status: s.status, updated_at: s.updated_at });
  }
  async delete(orgId: string, id: string) {
    this.q.get("DELETE FROM services WHERE organization_id = $orgId AND id = $id").run({ orgId, id });
  }
}

const incidentParams = (orgId: string, i: Incident) => ({
  ...i,
  orgId,
  service_ids: json.stringify(i.service_ids),
  labels: json.stringify(i.labels),
});

class Incidents implements IncidentRepo {
  constructor(private q: Statements) {}
  async create(orgId: string, i: Incident) {
    this.q
      .get(
        `INSERT INTO incidents (id, organization_id, title, status, severity, message, service_ids, labels, assignee_id,
           visibility, source, created_at, updated_at, published_at, resolved_at, archived_at, post_incident_status, closed_at)
         VALUES ($id, $orgId, $title, $status, $severity, $message, $service_ids, $labels, $assignee_id,
           $visibility, $source, $created_at, $updated_at, $published_at, $resolved_at, $archived_at, $post_incident_status, $closed_at)`,
      )
      .run(incidentParams(orgId, i));
  }
  async get(orgId: string, id: string) {
    const r = this.q.get("SELECT * FROM incidents WHERE organization_id = $orgId AND id = $id").get({ orgId, id }) as Row | null;
    return r ? toIncident(r) : null;
  }
  async list(orgId: string, f: IncidentFilter, page: PageQuery) {
    const rows = this.q
      .get(
        `SELECT * FROM incidents WHERE organization_id = $orgId AND ($after IS NULL OR id < $after)
           AND ($status IS NULL OR status = $status)
           AND ($severity IS NULL OR severity = $severity)
           AND ($visibility IS NULL OR visibility = $visibility)
           AND ($createdAfter IS NULL OR created_at >= $createdAfter)
           AND ($createdBefore IS NULL OR created_at < $createdBefore)
           AND ($includeArchived = 1 OR archived_at IS NULL)
           AND ($serviceId IS NULL OR EXISTS (SELECT 1 FROM json_each(incidents.service_ids) WHERE value = $serviceId))
         ORDER BY id DESC LIMIT $limit`,
      )
      .all({
        orgId,
        status: f.status ?? null,
        severity: f.severity ?? null,
        visibility: f.visibility ?? null,
        createdAfter: f.createdAfter ?? null,
        createdBefore: f.createdBefore ?? null,
        includeArchived: f.includeArchived ? 1 : 0,
        serviceId: f.serviceId ?? null,
        ...pageParams(page),
      }) as Row[];
    return toPage(rows, page, toIncident);
  }
  async update(orgId: string, i: Incident) {
    this.q
      .get(
        `UPDATE incidents SET title = $title, status = $status, severity = $severity, message = $message,
           service_ids = $service_ids, labels = $labels, assignee_id = $assignee_id, visibility = $visibility,
           source = $source, created_at = $created_at, updated_at = $updated_at, published_at = $published_at,
           resolved_at = $resolved_at, archived_at = $archived_at, post_incident_status = $post_incident_status, closed_at = $closed_at
         WHERE organization_id = $orgId AND id = $id`,
      )
      .run(incidentParams(orgId, i));
  }
  async withService(orgId: string, serviceId: string) {
    const rows = this.q
      .get(
        `SELECT * FROM incidents WHERE organization_id = $orgId
         AND EXISTS (SELECT 1 FROM json_each(incidents.service_ids) WHERE value = $serviceId)`,
      )
      .all({ orgId, serviceId }) as Row[];
    return rows.map(toIncident);
  }
  async withAssignee(orgId: string, memberId: string) {
    const rows = this.q
      .get("SELECT * FROM incidents WHERE organization_id = $orgId AND assignee_id = $memberId")
      .all({ orgId, memberId }) as Row[];
    return rows.map(toIncident);
  }
  async addUpdate(orgId: string, e: IncidentUpdateEntry) {
    this.q
      .get(
        `INSERT INTO incident_updates (id, organization_id, incident_id, message, status, created_at)
         VALUES ($id, $orgId, $incident_id, $message, $status, $created_at)`,
      )
      .run({ ...e, orgId });
  }
  async listUpdates(orgId: string, incidentId: string, page: PageQuery) {
    const rows = this.q
      .get(
        `SELECT id, incident_id, message, status, created_at FROM incident_updates
         WHERE organization_id = $orgId AND incident_id = $incidentId AND ($after IS NULL OR id < $after)
         ORDER BY id DESC LIMIT $limit`,
      )
      .all({ orgId, incidentId, ...pageParams(page) }) as IncidentUpdateEntry[];
    return toPage(rows, page, (r) => r);
  }
}


class Events implements EventRepo {
  constructor(private q: Statements) {}
  async append(e: EventRecord) {
    this.q
      .get(
        `INSERT INTO events (id, organization_id, type, resource_type, resource_id, data, caused_by, created_at)
         VALUES ($id, $organization_id, $type, $resource_type, $resource_id, $data, $caused_by, $created_at)`,
      )
      .run({
        id: e.id,
        organization_id: e.organization_id,
        type: e.type,
        resource_type: e.resource_type,
        resource_id: e.resource_id,
        data: json.stringify(e.data),
        caused_by: e.caused_by ? json.stringify(e.caused_by) : null,
        created_at: e.created_at,
      });
  }
  async get(orgId: string, id: string) {
    const r = this.q.get("SELECT * FROM events WHERE organization_id = $orgId AND id = $id").get({ orgId, id }) as Row | null;
    return r ? toEvent(r) : null;
  }
  async list(orgId: string, f: EventFilter, page: PageQuery) {
    const rows = this.q
      .get(
        `SELECT * FROM events WHERE organization_id = $orgId AND ($after IS NULL OR id < $after)
           AND ($type IS NULL OR type = $type) AND ($resourceId IS NULL OR resource_id = $resourceId)
         ORDER BY id DESC LIMIT $limit`,
      )
      .all({ orgId, type: f.type ?? null, resourceId: f.resourceId ?? null, ...pageParams(page) }) as Row[];
    return toPage(rows, page, toEvent);
  }
}

class OrganizationSettings implements OrganizationSettingsRepo {
  constructor(private q: Statements) {}
  async get(orgId: string) {
    const r = this.q.get("SELECT retention, updated_at FROM organization_settings WHERE organization_id = $orgId").get({ orgId }) as Row | null;
    return r ? { retention: JSON.parse(r.retention) as RetentionOverrides, updated_at: r.updated_at as string } : null;
  }
  async put(orgId: string, retention: RetentionOverrides, at: string) {
    this.q
      .get(
        `INSERT INTO organization_settings (organization_id, retention, updated_at) VALUES ($orgId, $retention, $at)
         ON CONFLICT (organization_id) DO UPDATE SET retention = excluded.retention, updated_at = excluded.updated_at`,
      )
      .run({ orgId, retention: json.stringify(retention), at });
  }
}

const NO_RETENTION = '{"events":null,"runs":null,"deliveries":null,"monitor_history":null}';

class PostIncident implements PostIncidentRepo {
  constructor(private q: Statements) {}
  async seeded(orgId: string) {
    return this.q.get("SELECT 1 FROM post_incident_seeded WHERE organization_id = $orgId").get({ orgId }) !== null;
  }
  async markSeeded(orgId: string, at: string) {
    this.q.get("INSERT INTO post_incident_seeded (organization_id, seeded_at) VALUES ($orgId, $at) ON CONFLICT DO NOTHING").run({ orgId, at });
  }
  async createFlow(f: PostIncidentFlowRecord) {
    this.q
      .get("INSERT INTO post_incident_flows (id, organization_id, doc, created_at) VALUES ($id, $orgId, $doc, $created_at)")
      .run({ id: f.id, orgId: f.organization_id, doc: flowDoc(f), created_at: f.created_at });
  }
  async getFlow(orgId: string, id: string) {
    const r = this.q.get("SELECT * FROM post_incident_flows WHERE organization_id = $orgId AND id = $id").get({ orgId, id }) as Row | null;
    return r ? toPostIncidentFlow(r) : null;
  }
  async listFlows(orgId: string, page: PageQuery) {
    const rows = this.q
      .get("SELECT * FROM post_incident_flows WHERE organization_id = $orgId AND ($after IS NULL OR id < $after) ORDER BY id DESC LIMIT $limit")
      .all({ orgId, ...pageParams(page) }) as Row[];
    return toPage(rows, page, toPostIncidentFlow);
  }
  async allFlows(orgId: string) {
    const rows = this.q.get("SELECT * FROM post_incident_flows WHERE organization_id = $orgId ORDER BY created_at, id").all({ orgId }) as Row[];
    return rows.map(toPostIncidentFlow);
  }
  async updateFlow(f: PostIncidentFlowRecord) {
    this.q.get("UPDATE post_incident_flows SET doc = $doc WHERE organization_id = $orgId AND id = $id").run({ id: f.id, orgId: f.organization_id, doc: flowDoc(f) });
  }
  async deleteFlow(orgId: string, id: string) {
    this.q.get("DELETE FROM post_incident_flows WHERE organization_id = $orgId AND id = $id").run({ orgId, id });
  }
  async incidentChannel(orgId: string) {
    const r = this.q.get("SELECT incident_channel_id FROM organization_settings WHERE organization_id = $orgId").get({ orgId }) as Row | null;
    return (r?.incident_channel_id as string | null | undefined) ?? null;
  }
  async setIncidentChannel(orgId: string, channelId: string | null, at: string) {
    // A row made here keeps the server's default retention (every window null), as if never set.
    this.q
      .get(
        `INSERT INTO organization_settings (organization_id, retention, updated_at, incident_channel_id) VALUES ($orgId, $retention, $at, $channelId)
         ON CONFLICT (organization_id) DO UPDATE SET incident_channel_id = excluded.incident_channel_id, updated_at = excluded.updated_at`,
      )
      .run({ orgId, retention: NO_RETENTION, at, channelId });
  }
  async getRecord(orgId: string, incidentId: string) {
    const r = this.q.get("SELECT doc FROM incident_records WHERE organization_id = $orgId AND incident_id = $incidentId").get({ orgId, incidentId }) as Row | null;
    return r ? (JSON.parse(r.doc) as IncidentRecordDoc) : null;
  }
  async putRecord(orgId: string, incidentId: string, doc: IncidentRecordDoc, at: string) {
    this.q
      .get(
        `INSERT INTO incident_records (incident_id, organization_id, doc, updated_at) VALUES ($incidentId, $orgId, $doc, $at)
         ON CONFLICT (incident_id) DO UPDATE SET doc = excluded.doc, updated_at = excluded.updated_at
         WHERE incident_records.organization_id = excluded.organization_id`,
      )
      .run({ incidentId, orgId, doc: json.stringify(doc), at });
  }
}

class Maintenance implements MaintenanceRepo {
  constructor(private q: Statements) {}
  async pending(name: string) {
    return this.q.get("SELECT 1 FROM maintenance WHERE name = $name AND done_at IS NULL").get({ name }) !== null;
  }
  async done(name: string, at: string) {
    this.q.get("UPDATE maintenance SET done_at = $at WHERE name = $name").run({ name, at });
  }
}

class Idempotency implements IdempotencyRepo {
  constructor(private q: Statements) {}
  async get(apiKeyId: string, key: string) {
    const r = this.q.get("SELECT * FROM idempotency_keys WHERE api_key_id = $apiKeyId AND key = $key").get({ apiKeyId, key }) as Row | null;
    if (!r) return null;
    return {
      apiKeyId: r.api_key_id,
      key: r.key,
      method: r.method,
      path: r.path,
      bodyHash: r.body_hash,
      status: r.status,
      response: r.response,
      createdAtMs: r.created_at_ms,
    } satisfies IdempotencyRecord;
  }
  async claim(rec: IdempotencyRecord) {
    const r = this.q
      .get(
        `INSERT INTO idempotency_keys (api_key_id, key, method, path, body_hash, status, response, created_at_ms)
         VALUES ($apiKeyId, $key, $method, $path, $bodyHash, NULL, NULL, $createdAtMs) ON CONFLICT DO NOTHING`,
      )
      .run({ apiKeyId: rec.apiKeyId, key: rec.key, method: rec.method, path: rec.path, bodyHash: rec.bodyHash, createdAtMs: rec.createdAtMs });
    return r.changes === 1;
  }
  async complete(apiKeyId: string, key: string, status: number, response: string) {
    this.q
      .get("UPDATE idempotency_keys SET status = $status, response = $response WHERE api_key_id = $apiKeyId AND key = $key")
      .run({ apiKeyId, key, status, response });
  }
  async release(apiKeyId: string, key: string) {
    this.q.get("DELETE FROM idempotency_keys WHERE api_key_id = $apiKeyId AND key = $key AND status IS NULL").run({ apiKeyId, key });
  }
  async purgeOlderThan(ms: number) {
    return this.q.get("DELETE FROM idempotency_keys WHERE created_at_ms < $ms").run({ ms }).changes;
  }
  async sealResponses(f: (response: string) => string | null) {
    const rows = this.q.get("SELECT api_key_id, key, response FROM idempotency_keys WHERE response IS NOT NULL").all({}) as Row[];
    let changed = 0;
    for (const r of rows) {
      const next = f(r.response);
      if (next === null) continue;
      this.q.get("UPDATE idempotency_keys SET response = $response WHERE api_key_id = $apiKeyId AND key = $key").run({ apiKeyId: r.api_key_id, key: r.key, response: next });
      changed++;
    }
    return changed;
  }
}

export function sqliteRepos(db: Database): Repos {
  const q = new Statements(db);
  return {
    ...webhookRepos(q),
    ...jobRepos(q),
    ...workflowRepos(q),
    ...oncallRepos(q),
    ...heartbeatRepos(q),
    ...integrationRepos(q),
    ...monitorRepos(q),
    maintenance: new Maintenance(q),
    postIncident: new PostIncident(q),
    organizations: new Organizations(q),
    settings: new OrganizationSettings(q),
    apiKeys: new ApiKeys(q),
    members: new Members(q),
    services: new Services(q),
    incidents: new Incidents(q),
    events: new Events(q),
    outbox: new Outbox(q),
    idempotency: new Idempotency(q),
  };
}
