/**
 * PostgreSQL implementations of the repositories: the same methods and semantics as sqlite/repos.ts, query for
 * query, every organization-scoped one filtered by organization id. Written against `Q` (db.ts), so the same
 * classes serve plain reads (the pool) and a transaction's connection.
 *
 * Parameters in `(${x}::text IS NULL OR …)` carry a cast because PostgreSQL must know a parameter's type to test it
 * for NULL. Paging orders by id DESC with `id < after`, byte-wise like SQLite (the columns are COLLATE "C").
 */
import type {
  OrganizationSettingsRepo,
  RetentionOverrides,
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
import { num, type Q, type Row } from "./db.ts";
import { jobRepos } from "./job-repos.ts";
import { oncallRepos } from "./oncall-repos.ts";
import { heartbeatRepos } from "./heartbeat-repos.ts";
import { integrationRepos } from "./integration-repos.ts";
import { monitorRepos } from "./monitor-repos.ts";
import { Outbox } from "./outbox-repos.ts";
import { after, json, limitPlusOne, toPage } from "./paging.ts";
import { webhookRepos } from "./webhook-repos.ts";
import { workflowRepos } from "./workflow-repos.ts";
import { flowDoc, toApiKey, toEvent, toIncident, toOrganization, toPostIncidentFlow } from "../rows.ts";

const first = (rows: Row[]): Row | null => rows[0] ?? null;

class Organizations implements OrganizationRepo {
  constructor(private q: Q) {}
  async create(org: NewOrganization) {
    await this.q`INSERT INTO organizations (id, name, created_at) VALUES (${org.id}, ${org.name}, ${org.created_at})`;
  }
  async get(id: string) {
    const r = first(await this.q`SELECT * FROM organizations WHERE id = ${id}`);
    return r ? toOrganization(r) : null;
  }
  async update(org: Organization) {
    await this.q`UPDATE organizations SET name = ${org.name}, notification_emails = ${json.stringify(org.notification_emails)},
      notification_channel_ids = ${json.stringify(org.notification_channel_ids)} WHERE id = ${org.id}`;
  }
  async list() {
    return (await this.q`SELECT * FROM organizations ORDER BY id`).map(toOrganization);
  }
  async count() {
    return num(first(await this.q`SELECT count(*) AS n FROM organizations`)!.n);
  }
}

class ApiKeys implements ApiKeyRepo {
  constructor(private q: Q) {}
  async create(k: ApiKeyRecord) {
    await this.q`INSERT INTO api_keys (id, organization_id, name, prefix, key_hash, scopes, created_at, expires_at, last_used_at, revoked_at)
      VALUES (${k.id}, ${k.organization_id}, ${k.name}, ${k.prefix}, ${k.key_hash}, ${json.stringify(k.scopes)}, ${k.created_at},
        ${k.expires_at}, ${k.last_used_at}, ${k.revoked_at})`;
  }
  async findByHash(hash: string) {
    const r = first(await this.q`SELECT * FROM api_keys WHERE key_hash = ${hash}`);
    return r ? toApiKey(r) : null;
  }
  async get(orgId: string, id: string) {
    const r = first(await this.q`SELECT * FROM api_keys WHERE organization_id = ${orgId} AND id = ${id}`);
    return r ? toApiKey(r) : null;
  }
  async list(orgId: string, page: PageQuery): Promise<Page<ApiKeyRecord>> {
    const rows = await this.q`SELECT * FROM api_keys WHERE organization_id = ${orgId} AND (${after(page)}::text IS NULL OR id < ${after(page)})
      ORDER BY id DESC LIMIT ${limitPlusOne(page)}`;
    return toPage(rows, page, toApiKey);
  }
  async revoke(orgId: string, id: string, at: string) {
    await this.q`UPDATE api_keys SET revoked_at = ${at} WHERE organization_id = ${orgId} AND id = ${id}`;
  }
  async touch(id: string, at: string) {
    await this.q`UPDATE api_keys SET last_used_at = ${at} WHERE id = ${id}`;
  }
}

const toMember = (r: Row): Member => ({ id: r.id, name: r.name, email: r.email, created_at: r.created_at, updated_at: r.updated_at });
class Members implements MemberRepo {
  constructor(private q: Q) {}
  async create(orgId: string, m: Member) {
    await this.q`INSERT INTO members (id, organization_id, name, email, created_at, updated_at)
      VALUES (${m.id}, ${orgId}, ${m.name}, ${m.email}, ${m.created_at}, ${m.updated_at})`;
  }
  async get(orgId: string, id: string) {
    const r = first(await this.q`SELECT * FROM members WHERE organization_id = ${orgId} AND id = ${id}`);
    return r ? toMember(r) : null;
  }
  async findByEmail(orgId: string, email: string) {
    const r = first(await this.q`SELECT * FROM members WHERE organization_id = ${orgId} AND email = ${email}`);
    return r ? toMember(r) : null;
  }
  async list(orgId: string, page: PageQuery) {
    const rows = await this.q`SELECT * FROM members WHERE organization_id = ${orgId} AND (${after(page)}::text IS NULL OR id < ${after(page)})
      ORDER BY id DESC LIMIT ${limitPlusOne(page)}`;
    return toPage(rows, page, toMember);
  }
  async update(orgId: string, m: Member) {
    await this.q`UPDATE members SET name = ${m.name}, email = ${m.email}, updated_at = ${m.updated_at} WHERE organization_id = ${orgId} AND id = ${m.id}`;
  }
  async delete(orgId: string, id: string) {
    await this.q`DELETE FROM members WHERE organization_id = ${orgId} AND id = ${id}`;
  }
}

const toService = (r: Row): Service => ({
  id: r.id,
  name: r.name,
  description: r.description,
  status: r.status,
  created_at: r.created_at,
  updated_at: r.updated_at,
});
class Services implements ServiceRepo {
  constructor(private q: Q) {}
  async create(orgId: string, s: Service) {
    await this.q`INSERT INTO services (id, organization_id, name, description, status, created_at, updated_at)
      VALUES (${s.id}, ${orgId}, ${s.name}, ${s.description}, ${s.status}, ${s.created_at}, ${s.updated_at})`;
  }
  async get(orgId: string, id: string) {
    const r = first(await this.q`SELECT * FROM services WHERE organization_id = ${orgId} AND id = ${id}`);
    return r ? toService(r) : null;
  }
  async findByName(orgId: string, name: string) {
    const r = first(await this.q`SELECT * FROM services WHERE organization_id = ${orgId} AND name = ${name}`);
    return r ? toService(r) : null;
  }
  async existing(orgId: string, ids: string[]) {
    if (ids.length === 0) return new Set<string>();
    const rows = await this.q`SELECT id FROM services WHERE organization_id = ${orgId} AND id = ANY(${ids}::text[])`;
    return new Set(rows.map((r) => r.id as string));
  }
  async list(orgId: string, filter: ServiceFilter, page: PageQuery) {
    const status = filter.status ?? null;
    const rows = await this.q`SELECT * FROM services WHERE organization_id = ${orgId} AND (${after(page)}::text IS NULL OR id < ${after(page)})
      AND (${status}::text IS NULL OR status = ${status}) ORDER BY id DESC LIMIT ${limitPlusOne(page)}`;
    return toPage(rows, page, toService);
  }
  async update(orgId: string, s: Service) {
    await this.q`UPDATE services SET name = ${s.name}, description = ${s.description}, status = ${s.status}, updated_at = ${s.updated_at}
      WHERE organization_id = ${orgId} AND id = ${s.id}`;
  }
  async delete(orgId: string, id: string) {
    await this.q`DELETE FROM services WHERE organization_id = ${orgId} AND id = ${id}`;
  }
}

class Incidents implements IncidentRepo {
  constructor(private q: Q) {}
  async create(orgId: string, i: Incident) {
    await this.q`INSERT INTO incidents (id, organization_id, title, status, severity, message, service_ids, labels, assignee_id,
        visibility, source, created_at, updated_at, published_at, resolved_at, archived_at, post_incident_status, closed_at)
      VALUES (${i.id}, ${orgId}, ${i.title}, ${i.status}, ${i.severity}, ${i.message}, ${json.stringify(i.service_ids)}, ${json.stringify(i.labels)},
        ${i.assignee_id}, ${i.visibility}, ${i.source}, ${i.created_at}, ${i.updated_at}, ${i.published_at}, ${i.resolved_at}, ${i.archived_at},
        ${i.post_incident_status}, ${i.closed_at})`;
  }
  async get(orgId: string, id: string) {
    const r = first(await this.q`SELECT * FROM incidents WHERE organization_id = ${orgId} AND id = ${id}`);
    return r ? toIncident(r) : null;
  }
  async list(orgId: string, f: IncidentFilter, page: PageQuery) {
    const status = f.status ?? null;
    const severity = f.severity ?? null;
    const visibility = f.visibility ?? null;
    const createdAfter = f.createdAfter ?? null;
    const createdBefore = f.createdBefore ?? null;
    const serviceId = f.serviceId ?? null;
    const rows = await this.q`SELECT * FROM incidents WHERE organization_id = ${orgId} AND (${after(page)}::text IS NULL OR id < ${after(page)})
        AND (${status}::text IS NULL OR status = ${status})
        AND (${severity}::text IS NULL OR severity = ${severity})
        AND (${visibility}::text IS NULL OR visibility = ${visibility})
        AND (${createdAfter}::text IS NULL OR created_at >= ${createdAfter})
        AND (${createdBefore}::text IS NULL OR created_at < ${createdBefore})
        AND (${f.includeArchived ? true : false}::boolean OR archived_at IS NULL)
        AND (${serviceId}::text IS NULL OR jsonb_exists(service_ids::jsonb, ${serviceId}::text))
      ORDER BY id DESC LIMIT ${limitPlusOne(page)}`;
    return toPage(rows, page, toIncident);
  }
  async update(orgId: string, i: Incident) {
    await this.q`UPDATE incidents SET title = ${i.title}, status = ${i.status}, severity = ${i.severity}, message = ${i.message},
        service_ids = ${json.stringify(i.service_ids)}, labels = ${json.stringify(i.labels)}, assignee_id = ${i.assignee_id},
        visibility = ${i.visibility}, source = ${i.source}, created_at = ${i.created_at}, updated_at = ${i.updated_at},
        published_at = ${i.published_at}, resolved_at = ${i.resolved_at}, archived_at = ${i.archived_at},
        post_incident_status = ${i.post_incident_status}, closed_at = ${i.closed_at}
      WHERE organization_id = ${orgId} AND id = ${i.id}`;
  }
  async withService(orgId: string, serviceId: string) {
    const rows = await this.q`SELECT * FROM incidents WHERE organization_id = ${orgId} AND jsonb_exists(service_ids::jsonb, ${serviceId}::text) ORDER BY id`;
    return rows.map(toIncident);
  }
  async withAssignee(orgId: string, memberId: string) {
    const rows = await this.q`SELECT * FROM incidents WHERE organization_id = ${orgId} AND assignee_id = ${memberId} ORDER BY id`;
    return rows.map(toIncident);
  }
  async addUpdate(orgId: string, e: IncidentUpdateEntry) {
    await this.q`INSERT INTO incident_updates (id, organization_id, incident_id, message, status, created_at)
      VALUES (${e.id}, ${orgId}, ${e.incident_id}, ${e.message}, ${e.status}, ${e.created_at})`;
  }
  async listUpdates(orgId: string, incidentId: string, page: PageQuery) {
    const rows = await this.q`SELECT id, incident_id, message, status, created_at FROM incident_updates
      WHERE organization_id = ${orgId} AND incident_id = ${incidentId} AND (${after(page)}::text IS NULL OR id < ${after(page)})
      ORDER BY id DESC LIMIT ${limitPlusOne(page)}`;
    return toPage(rows, page, (r): IncidentUpdateEntry => ({ id: r.id, incident_id: r.incident_id, message: r.message, status: r.status, created_at: r.created_at }));
  }
}

class Events implements EventRepo {
  constructor(private q: Q) {}
  async append(e: EventRecord) {
    // seq and xid are the database's: the sequence number and the writing transaction's id (migrations.ts).
    await this.q`INSERT INTO events (id, organization_id, type, resource_type, resource_id, data, caused_by, created_at)
      VALUES (${e.id}, ${e.organization_id}, ${e.type}, ${e.resource_type}, ${e.resource_id}, ${json.stringify(e.data)},
        ${e.caused_by ? json.stringify(e.caused_by) : null}, ${e.created_at})`;
  }
  async get(orgId: string, id: string) {
    const r = first(await this.q`SELECT * FROM events WHERE organization_id = ${orgId} AND id = ${id}`);
    return r ? toEvent(r) : null;
  }
  async list(orgId: string, f: EventFilter, page: PageQuery) {
    const type = f.type ?? null;
    const resourceId = f.resourceId ?? null;
    const rows = await this.q`SELECT * FROM events WHERE organization_id = ${orgId} AND (${after(page)}::text IS NULL OR id < ${after(page)})
        AND (${type}::text IS NULL OR type = ${type}) AND (${resourceId}::text IS NULL OR resource_id = ${resourceId})
      ORDER BY id DESC LIMIT ${limitPlusOne(page)}`;
    return toPage(rows, page, toEvent);
  }
}

class OrganizationSettings implements OrganizationSettingsRepo {
  constructor(private q: Q) {}
  async get(orgId: string) {
    const r = (await this.q`SELECT retention, updated_at FROM organization_settings WHERE organization_id = ${orgId}`)[0];
    return r ? { retention: JSON.parse(r.retention) as RetentionOverrides, updated_at: r.updated_at as string } : null;
  }
  async put(orgId: string, retention: RetentionOverrides, at: string) {
    await this.q`INSERT INTO organization_settings (organization_id, retention, updated_at) VALUES (${orgId}, ${json.stringify(retention)}, ${at})
      ON CONFLICT (organization_id) DO UPDATE SET retention = excluded.retention, updated_at = excluded.updated_at`;
  }
}

const NO_RETENTION = '{"events":null,"runs":null,"deliveries":null,"monitor_history":null}';

class PostIncident implements PostIncidentRepo {
  constructor(private q: Q) {}
  async seeded(orgId: string) {
    return (await this.q`SELECT 1 FROM post_incident_seeded WHERE organization_id = ${orgId}`).length > 0;
  }
  async markSeeded(orgId: string, at: string) {
    await this.q`INSERT INTO post_incident_seeded (organization_id, seeded_at) VALUES (${orgId}, ${at}) ON CONFLICT DO NOTHING`;
  }
  async createFlow(f: PostIncidentFlowRecord) {
    await this.q`INSERT INTO post_incident_flows (id, organization_id, doc, created_at) VALUES (${f.id}, ${f.organization_id}, ${flowDoc(f)}, ${f.created_at})`;
  }
  async getFlow(orgId: string, id: string) {
    const r = first(await this.q`SELECT * FROM post_incident_flows WHERE organization_id = ${orgId} AND id = ${id}`);
    return r ? toPostIncidentFlow(r) : null;
  }
  async listFlows(orgId: string, page: PageQuery) {
    const rows = await this.q`SELECT * FROM post_incident_flows WHERE organization_id = ${orgId} AND (${after(page)}::text IS NULL OR id < ${after(page)})
      ORDER BY id DESC LIMIT ${limitPlusOne(page)}`;
    return toPage(rows, page, toPostIncidentFlow);
  }
  async allFlows(orgId: string) {
    const rows = await this.q`SELECT * FROM post_incident_flows WHERE organization_id = ${orgId} ORDER BY created_at, id`;
    return rows.map(toPostIncidentFlow);
  }
  async updateFlow(f: PostIncidentFlowRecord) {
    await this.q`UPDATE post_incident_flows SET doc = ${flowDoc(f)} WHERE organization_id = ${f.organization_id} AND id = ${f.id}`;
  }
  async deleteFlow(orgId: string, id: string) {
    await this.q`DELETE FROM post_incident_flows WHERE organization_id = ${orgId} AND id = ${id}`;
  }
  async incidentChannel(orgId: string) {
    const r = first(await this.q`SELECT incident_channel_id FROM organization_settings WHERE organization_id = ${orgId}`);
    return (r?.incident_channel_id as string | null | undefined) ?? null;
  }
  async setIncidentChannel(orgId: string, channelId: string | null, at: string) {
    // A row made here keeps the server's default retention (every window null), as if never set.
    await this.q`INSERT INTO organization_settings (organization_id, retention, updated_at, incident_channel_id) VALUES (${orgId}, ${NO_RETENTION}, ${at}, ${channelId})
      ON CONFLICT (organization_id) DO UPDATE SET incident_channel_id = excluded.incident_channel_id, updated_at = excluded.updated_at`;
  }
  async getRecord(orgId: string, incidentId: string) {
    const r = first(await this.q`SELECT doc FROM incident_records WHERE organization_id = ${orgId} AND incident_id = ${incidentId}`);
    return r ? (JSON.parse(r.doc) as IncidentRecordDoc) : null;
  }
  async putRecord(orgId: string, incidentId: string, doc: IncidentRecordDoc, at: string) {
    await this.q`INSERT INTO incident_records (incident_id, organization_id, doc, updated_at) VALUES (${incidentId}, ${orgId}, ${json.stringify(doc)}, ${at})
      ON CONFLICT (incident_id) DO UPDATE SET doc = excluded.doc, updated_at = excluded.updated_at
      WHERE incident_records.organization_id = excluded.organization_id`;
  }
}

class Maintenance implements MaintenanceRepo {
  constructor(private q: Q) {}
  async pending(name: string) {
    return (await this.q`SELECT 1 FROM maintenance WHERE name = ${name} AND done_at IS NULL`).length > 0;
  }
  async done(name: string, at: string) {
    await this.q`UPDATE maintenance SET done_at = ${at} WHERE name = ${name}`;
  }
}

class Idempotency implements IdempotencyRepo {
  constructor(private q: Q) {}
  async get(apiKeyId: string, key: string) {
    const r = first(await this.q`SELECT * FROM idempotency_keys WHERE api_key_id = ${apiKeyId} AND key = ${key}`);
    if (!r) return null;
    return {
      apiKeyId: r.api_key_id,
      key: r.key,
      method: r.method,
      path: r.path,
      bodyHash: r.body_hash,
      status: r.status,
      response: r.response,
      createdAtMs: num(r.created_at_ms),
    } satisfies IdempotencyRecord;
  }
  async claim(rec: IdempotencyRecord) {
    const r = await this.q`INSERT INTO idempotency_keys (api_key_id, key, method, path, body_hash, status, response, created_at_ms)
      VALUES (${rec.apiKeyId}, ${rec.key}, ${rec.method}, ${rec.path}, ${rec.bodyHash}, NULL, NULL, ${rec.createdAtMs})
      ON CONFLICT DO NOTHING`;
    return r.count === 1;
  }
  async complete(apiKeyId: string, key: string, status: number, response: string) {
    await this.q`UPDATE idempotency_keys SET status = ${status}, response = ${response} WHERE api_key_id = ${apiKeyId} AND key = ${key}`;
  }
  async release(apiKeyId: string, key: string) {
    await this.q`DELETE FROM idempotency_keys WHERE api_key_id = ${apiKeyId} AND key = ${key} AND status IS NULL`;
  }
  async purgeOlderThan(ms: number) {
    return (await this.q`DELETE FROM idempotency_keys WHERE created_at_ms < ${ms}`).count;
  }
  async sealResponses(f: (response: string) => string | null) {
    const rows = await this.q`SELECT api_key_id, key, response FROM idempotency_keys WHERE response IS NOT NULL`;
    let changed = 0;
    for (const r of rows) {
      const next = f(r.response);
      if (next === null) continue;
      await this.q`UPDATE idempotency_keys SET response = ${next} WHERE api_key_id = ${r.api_key_id} AND key = ${r.key}`;
      changed++;
    }
    return changed;
  }
}

/** `plain`: queries outside any transaction (the read pool), for the few reads that must not join one. */
export function postgresRepos(q: Q, plain: Q = q): Repos {
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
    settings: new OrganizationSettings(q),
    organizations: new Organizations(q),
    apiKeys: new ApiKeys(q),
    members: new Members(q),
    services: new Services(q),
    incidents: new Incidents(q),
    events: new Events(q),
    outbox: new Outbox(q, plain),
    idempotency: new Idempotency(q),
  };
}
