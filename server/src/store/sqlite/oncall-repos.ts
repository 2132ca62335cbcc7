/** SQLite repositories for notification channels, alerts, escalation policies and escalations. */
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
import { json, pageParams, toPage } from "./paging.ts";
import type { Row, Statements } from "./statements.ts";
import { toChannel, toEscalation, toPolicy } from "../rows.ts";

class Channels implements ChannelRepo {
  constructor(private q: Statements) {}
  async create(c: ChannelRecord) {
    this.q
      .get(
        `INSERT INTO channels (id, organization_id, key, name, kind, config_sealed, config_public, created_at, updated_at)
         VALUES ($id, $organization_id, $key, $name, $kind, $config_sealed, $config_public, $created_at, $updated_at)`,
      )
      .run({ ...c, config_public: json.stringify(c.config_public) });
  }
  async get(orgId: string, id: string) {
    const r = this.q.get("SELECT * FROM channels WHERE organization_id = $orgId AND id = $id").get({ orgId, id }) as Row | null;
    return r ? toChannel(r) : null;
  }
  async find(orgId: string, ref: string) {
    const r = this.q.get("SELECT * FROM channels WHERE organization_id = $orgId AND (id = $ref OR key = $ref)").get({ orgId, ref }) as Row | null;
    return r ? toChannel(r) : null;
  }
  async list(orgId: string, page: PageQuery) {
    const rows = this.q
      .get("SELECT * FROM channels WHERE organization_id = $orgId AND ($after IS NULL OR id < $after) ORDER BY id DESC LIMIT $limit")
      .all({ orgId, ...pageParams(page) }) as Row[];
    return toPage(rows, page, toChannel);
  }
  async all(orgId: string) {
    return (this.q.get("SELECT * FROM channels WHERE organization_id = $orgId ORDER BY id").all({ orgId }) as Row[]).map(toChannel);
  }
  async update(c: ChannelRecord) {
    this.q
      .get(
        `UPDATE channels SET name = $name, config_sealed = $config_sealed, config_public = $config_public, updated_at = $updated_at
         WHERE organization_id = $organization_id AND id = $id`,
      )
      .run({ id: c.id, organization_id: c.organization_id, name: c.name, config_sealed: c.config_sealed, config_public: json.stringify(c.config_public), updated_at: c.updated_at });
  }
  async delete(orgId: string, id: string) {
    this.q.get("DELETE FROM channels WHERE organization_id = $orgId AND id = $id").run({ orgId, id });
  }
}

const ALERT_FIELDS = [
  "id", "organization_id", "title", "message", "severity", "source", "dedup_key", "details", "service_id", "status", "count",
  "first_seen_at", "last_seen_at", "acknowledged_at", "acknowledged_by", "resolved_at", "created_at", "updated_at",
] as const;
const toAlert = (r: Row): AlertRecord => ({ ...(r as AlertRecord), details: JSON.parse(r.details) });
const alertParams = (a: AlertRecord) => {
  const out: Record<string, unknown> = {};
  for (const f of ALERT_FIELDS) out[f] = a[f] ?? null;
  out.details = json.stringify(a.details ?? {});
  return out as Record<string, string | number | null>;
};

class Alerts implements AlertRepo {
  constructor(private q: Statements) {}
  async create(a: AlertRecord) {
    this.q
      .get(`INSERT INTO alerts (${ALERT_FIELDS.join(", ")}) VALUES (${ALERT_FIELDS.map((f) => "$" + f).join(", ")})`)
      .run(alertParams(a));
  }
  async get(orgId: string, id: string) {
    const r = this.q.get("SELECT * FROM alerts WHERE organization_id = $orgId AND id = $id").get({ orgId, id }) as Row | null;
    return r ? toAlert(r) : null;
  }
  async openByDedupKey(orgId: string, dedupKey: string) {
    const r = this.q
      .get("SELECT * FROM alerts WHERE organization_id = $orgId AND dedup_key = $dedupKey AND status != 'resolved'")
      .get({ orgId, dedupKey }) as Row | null;
    return r ? toAlert(r) : null;
  }
  async list(orgId: string, f: AlertFilter, page: PageQuery) {
    const rows = this.q
      .get(
        `SELECT * FROM alerts WHERE organization_id = $orgId AND ($after IS NULL OR id < $after)
           AND ($status IS NULL OR status = $status) AND ($dedupKey IS NULL OR dedup_key = $dedupKey)
         ORDER BY id DESC LIMIT $limit`,
      )
      .all({ orgId, status: f.status ?? null, dedupKey: f.dedupKey ?? null, ...pageParams(page) }) as Row[];
    return toPage(rows, page, toAlert);
  }
  async update(a: AlertRecord) {
    const sets = ALERT_FIELDS.filter((f) => f !== "id" && f !== "organization_id").map((f) => `${f} = $${f}`).join(", ");
    this.q.get(`UPDATE alerts SET ${sets} WHERE organization_id = $organization_id AND id = $id`).run(alertParams(a));
  }
}

class Policies implements EscalationPolicyRepo {
  constructor(private q: Statements) {}
  async create(p: EscalationPolicyRecord) {
    this.q
      .get(
        `INSERT INTO escalation_policies (id, organization_id, name, description, repeat, levels, created_at, updated_at)
         VALUES ($id, $organization_id, $name, $description, $repeat, $levels, $created_at, $updated_at)`,
      )
      .run({ ...p, levels: json.stringify(p.levels) });
  }
  async get(orgId: string, id: string) {
    const r = this.q.get("SELECT * FROM escalation_policies WHERE organization_id = $orgId AND id = $id").get({ orgId, id }) as Row | null;
    return r ? toPolicy(r) : null;
  }
  async list(orgId: string, page: PageQuery) {
    const rows = this.q
      .get("SELECT * FROM escalation_policies WHERE organization_id = $orgId AND ($after IS NULL OR id < $after) ORDER BY id DESC LIMIT $limit")
      .all({ orgId, ...pageParams(page) }) as Row[];
    return toPage(rows, page, toPolicy);
  }
  async update(p: EscalationPolicyRecord) {
    this.q
      .get(
        `UPDATE escalation_policies SET name = $name, description = $description, repeat = $repeat, levels = $levels, updated_at = $updated_at
         WHERE organization_id = $organization_id AND id = $id`,
      )
      .run({ id: p.id, organization_id: p.organization_id, name: p.name, description: p.description, repeat: p.repeat, levels: json.stringify(p.levels), updated_at: p.updated_at });
  }
  async delete(orgId: string, id: string) {
    this.q.get("DELETE FROM escalation_policies WHERE organization_id = $orgId AND id = $id").run({ orgId, id });
  }
}

const escalationParams = (e: EscalationRecord) => ({
  ...e,
  policy: json.stringify(e.policy),
  levels_reached: json.stringify(e.levels_reached),
  notifications: json.stringify(e.notifications),
});

class Escalations implements EscalationRepo {
  constructor(private q: Statements) {}
  async create(e: EscalationRecord) {
    this.q
      .get(
        `INSERT INTO escalations (id, organization_id, policy_id, policy, target_type, target_id, status, level, cycle, next_at, started_at, ended_at, levels_reached, notifications)
         VALUES ($id, $organization_id, $policy_id, $policy, $target_type, $target_id, $status, $level, $cycle, $next_at, $started_at, $ended_at, $levels_reached, $notifications)`,
      )
      .run(escalationParams(e));
  }
  async get(orgId: string, id: string) {
    const r = this.q.get("SELECT * FROM escalations WHERE organization_id = $orgId AND id = $id").get({ orgId, id }) as Row | null;
    return r ? toEscalation(r) : null;
  }
  async byId(id: string) {
    const r = this.q.get("SELECT * FROM escalations WHERE id = $id").get({ id }) as Row | null;
    return r ? toEscalation(r) : null;
  }
  async list(orgId: string, f: EscalationFilter, page: PageQuery) {
    const rows = this.q
      .get(
        `SELECT * FROM escalations WHERE organization_id = $orgId AND ($after IS NULL OR id < $after)
           AND ($status IS NULL OR status = $status) AND ($targetType IS NULL OR target_type = $targetType)
           AND ($targetId IS NULL OR target_id = $targetId)
         ORDER BY id DESC LIMIT $limit`,
      )
      .all({ orgId, status: f.status ?? null, targetType: f.targetType ?? null, targetId: f.targetId ?? null, ...pageParams(page) }) as Row[];
    return toPage(rows, page, toEscalation);
  }
  async update(e: EscalationRecord) {
    this.q
      .get(
        `UPDATE escalations SET status = $status, level = $level, cycle = $cycle, next_at = $next_at, ended_at = $ended_at,
           levels_reached = $levels_reached, notifications = $notifications
         WHERE organization_id = $organization_id AND id = $id`,
      )
      .run({
        id: e.id,
        organization_id: e.organization_id,
        status: e.status,
        level: e.level,
        cycle: e.cycle,
        next_at: e.next_at,
        ended_at: e.ended_at,
        levels_reached: json.stringify(e.levels_reached),
        notifications: json.stringify(e.notifications),
      });
  }
}

export function oncallRepos(q: Statements) {
  return { channels: new Channels(q), alerts: new Alerts(q), escalationPolicies: new Policies(q), escalations: new Escalations(q) };
}
