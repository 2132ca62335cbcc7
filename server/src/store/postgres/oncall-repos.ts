/** PostgreSQL repositories for notification channels, alerts, escalation policies and escalations (as sqlite/oncall-repos.ts). */
import type {
  AlertFilter,
  AlertRecord,
  AlertRepo,
  ChannelRecord,
  ChannelRepo,
  EscalationFilter,
  EscalationPolicyRecord,
  EscalationPolicyRepo,
  EscalationRecord,
  EscalationRepo,
  PageQuery,
} from "../types.ts";
import type { Q, Row } from "./db.ts";
import { after, json, limitPlusOne, toPage } from "./paging.ts";
import { toChannel, toEscalation, toPolicy } from "../rows.ts";

class Channels implements ChannelRepo {
  constructor(private q: Q) {}
  async create(c: ChannelRecord) {
    await this.q`INSERT INTO channels (id, organization_id, key, name, kind, config_sealed, config_public, created_at, updated_at)
      VALUES (${c.id}, ${c.organization_id}, ${c.key}, ${c.name}, ${c.kind}, ${c.config_sealed}, ${json.stringify(c.config_public)}, ${c.created_at}, ${c.updated_at})`;
  }
  async get(orgId: string, id: string) {
    const r = (await this.q`SELECT * FROM channels WHERE organization_id = ${orgId} AND id = ${id}`)[0];
    return r ? toChannel(r) : null;
  }
  async find(orgId: string, ref: string) {
    const r = (await this.q`SELECT * FROM channels WHERE organization_id = ${orgId} AND (id = ${ref} OR key = ${ref})`)[0];
    return r ? toChannel(r) : null;
  }
  async list(orgId: string, page: PageQuery) {
    const rows = await this.q`SELECT * FROM channels WHERE organization_id = ${orgId} AND (${after(page)}::text IS NULL OR id < ${after(page)})
      ORDER BY id DESC LIMIT ${limitPlusOne(page)}`;
    return toPage(rows, page, toChannel);
  }
  async all(orgId: string) {
    return (await this.q`SELECT * FROM channels WHERE organization_id = ${orgId} ORDER BY id`).map(toChannel);
  }
  async update(c: ChannelRecord) {
    await this.q`UPDATE channels SET name = ${c.name}, config_sealed = ${c.config_sealed}, config_public = ${json.stringify(c.config_public)},
        updated_at = ${c.updated_at}
      WHERE organization_id = ${c.organization_id} AND id = ${c.id}`;
  }
  async delete(orgId: string, id: string) {
    await this.q`DELETE FROM channels WHERE organization_id = ${orgId} AND id = ${id}`;
  }
}

const toAlert = (r: Row): AlertRecord => ({
  id: r.id,
  organization_id: r.organization_id,
  title: r.title,
  message: r.message,
  severity: r.severity,
  source: r.source,
  dedup_key: r.dedup_key,
  details: JSON.parse(r.details),
  service_id: r.service_id,
  status: r.status,
  count: r.count,
  first_seen_at: r.first_seen_at,
  last_seen_at: r.last_seen_at,
  acknowledged_at: r.acknowledged_at,
  acknowledged_by: r.acknowledged_by,
  resolved_at: r.resolved_at,
  created_at: r.created_at,
  updated_at: r.updated_at,
});

class Alerts implements AlertRepo {
  constructor(private q: Q) {}
  async create(a: AlertRecord) {
    await this.q`INSERT INTO alerts (id, organization_id, title, message, severity, source, dedup_key, details, service_id, status, count,
        first_seen_at, last_seen_at, acknowledged_at, acknowledged_by, resolved_at, created_at, updated_at)
      VALUES (${a.id}, ${a.organization_id}, ${a.title}, ${a.message ?? null}, ${a.severity}, ${a.source ?? null}, ${a.dedup_key ?? null},
        ${json.stringify(a.details ?? {})}, ${a.service_id ?? null}, ${a.status}, ${a.count}, ${a.first_seen_at}, ${a.last_seen_at},
        ${a.acknowledged_at ?? null}, ${a.acknowledged_by ?? null}, ${a.resolved_at ?? null}, ${a.created_at}, ${a.updated_at})`;
  }
  async get(orgId: string, id: string) {
    const r = (await this.q`SELECT * FROM alerts WHERE organization_id = ${orgId} AND id = ${id}`)[0];
    return r ? toAlert(r) : null;
  }
  async openByDedupKey(orgId: string, dedupKey: string) {
    const r = (await this.q`SELECT * FROM alerts WHERE organization_id = ${orgId} AND dedup_key = ${dedupKey} AND status != 'resolved'`)[0];
    return r ? toAlert(r) : null;
  }
  async list(orgId: string, f: AlertFilter, page: PageQuery) {
    const status = f.status ?? null;
    const dedupKey = f.dedupKey ?? null;
    const rows = await this.q`SELECT * FROM alerts WHERE organization_id = ${orgId} AND (${after(page)}::text IS NULL OR id < ${after(page)})
        AND (${status}::text IS NULL OR status = ${status}) AND (${dedupKey}::text IS NULL OR dedup_key = ${dedupKey})
      ORDER BY id DESC LIMIT ${limitPlusOne(page)}`;
    return toPage(rows, page, toAlert);
  }
  async update(a: AlertRecord) {
    await this.q`UPDATE alerts SET title = ${a.title}, message = ${a.message ?? null}, severity = ${a.severity}, source = ${a.source ?? null},
        dedup_key = ${a.dedup_key ?? null}, details = ${json.stringify(a.details ?? {})}, service_id = ${a.service_id ?? null}, status = ${a.status},
        count = ${a.count}, first_seen_at = ${a.first_seen_at}, last_seen_at = ${a.last_seen_at}, acknowledged_at = ${a.acknowledged_at ?? null},
        acknowledged_by = ${a.acknowledged_by ?? null}, resolved_at = ${a.resolved_at ?? null}, created_at = ${a.created_at}, updated_at = ${a.updated_at}
      WHERE organization_id = ${a.organization_id} AND id = ${a.id}`;
  }
}

class Policies implements EscalationPolicyRepo {
  constructor(private q: Q) {}
  async create(p: EscalationPolicyRecord) {
    await this.q`INSERT INTO escalation_policies (id, organization_id, name, description, repeat, levels, created_at, updated_at)
      VALUES (${p.id}, ${p.organization_id}, ${p.name}, ${p.description}, ${p.repeat}, ${json.stringify(p.levels)}, ${p.created_at}, ${p.updated_at})`;
  }
  async get(orgId: string, id: string) {
    const r = (await this.q`SELECT * FROM escalation_policies WHERE organization_id = ${orgId} AND id = ${id}`)[0];
    return r ? toPolicy(r) : null;
  }
  async list(orgId: string, page: PageQuery) {
    const rows = await this.q`SELECT * FROM escalation_policies WHERE organization_id = ${orgId} AND (${after(page)}::text IS NULL OR id < ${after(page)})
      ORDER BY id DESC LIMIT ${limitPlusOne(page)}`;
    return toPage(rows, page, toPolicy);
  }
  async update(p: EscalationPolicyRecord) {
    await this.q`UPDATE escalation_policies SET name = ${p.name}, description = ${p.description}, repeat = ${p.repeat},
        levels = ${json.stringify(p.levels)}, updated_at = ${p.updated_at}
      WHERE organization_id = ${p.organization_id} AND id = ${p.id}`;
  }
  async delete(orgId: string, id: string) {
    await this.q`DELETE FROM escalation_policies WHERE organization_id = ${orgId} AND id = ${id}`;
  }
}

class Escalations implements EscalationRepo {
  constructor(private q: Q) {}
  async create(e: EscalationRecord) {
    await this.q`INSERT INTO escalations (id, organization_id, policy_id, policy, target_type, target_id, status, level, cycle, next_at,
        started_at, ended_at, levels_reached, notifications)
      VALUES (${e.id}, ${e.organization_id}, ${e.policy_id}, ${json.stringify(e.policy)}, ${e.target_type}, ${e.target_id}, ${e.status},
        ${e.level}, ${e.cycle}, ${e.next_at}, ${e.started_at}, ${e.ended_at}, ${json.stringify(e.levels_reached)}, ${json.stringify(e.notifications)})`;
  }
  async get(orgId: string, id: string) {
    const r = (await this.q`SELECT * FROM escalations WHERE organization_id = ${orgId} AND id = ${id}`)[0];
    return r ? toEscalation(r) : null;
  }
  async byId(id: string) {
    const r = (await this.q`SELECT * FROM escalations WHERE id = ${id}`)[0];
    return r ? toEscalation(r) : null;
  }
  async list(orgId: string, f: EscalationFilter, page: PageQuery) {
    const status = f.status ?? null;
    const targetType = f.targetType ?? null;
    const targetId = f.targetId ?? null;
    const rows = await this.q`SELECT * FROM escalations WHERE organization_id = ${orgId} AND (${after(page)}::text IS NULL OR id < ${after(page)})
        AND (${status}::text IS NULL OR status = ${status}) AND (${targetType}::text IS NULL OR target_type = ${targetType})
        AND (${targetId}::text IS NULL OR target_id = ${targetId})
      ORDER BY id DESC LIMIT ${limitPlusOne(page)}`;
    return toPage(rows, page, toEscalation);
  }
  async update(e: EscalationRecord) {
    await this.q`UPDATE escalations SET status = ${e.status}, level = ${e.level}, cycle = ${e.cycle}, next_at = ${e.next_at}, ended_at = ${e.ended_at},
        levels_reached = ${json.stringify(e.levels_reached)}, notifications = ${json.stringify(e.notifications)}
      WHERE organization_id = ${e.organization_id} AND id = ${e.id}`;
  }
}

export function oncallRepos(q: Q) {
  return { channels: new Channels(q), alerts: new Alerts(q), escalationPolicies: new Policies(q), escalations: new Escalations(q) };
}
