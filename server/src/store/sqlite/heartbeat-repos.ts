/** SQLite repositories for heartbeats (with their pings) and error rules (with the windows they fired in). */
import type { ErrorRuleRecord, ErrorRuleRepo, HeartbeatPingRecord, HeartbeatRecord, HeartbeatRepo, PageQuery } from "../types.ts";
import type { HeartbeatPing } from "../../types.ts";
import { pageParams, toPage } from "./paging.ts";
import type { Row, Statements } from "./statements.ts";
import { toErrorRule, toHeartbeat, toHeartbeatPing } from "../heartbeat-rows.ts";

const HEARTBEAT_COLUMNS = [
  "id", "organization_id", "name", "period", "schedule", "tz", "grace", "service_id", "auto_incident", "state", "token_hash", "token_sealed",
  "last_ping_at", "last_ping_kind", "started_at", "started_rid", "expected_at", "deadline_at", "incident_id", "created_at", "updated_at",
] as const;
const column = (h: HeartbeatRecord, c: keyof HeartbeatRecord) => (c === "auto_incident" ? (h.auto_incident ? 1 : 0) : (h[c] ?? null));
const heartbeatParams = (h: HeartbeatRecord) => Object.fromEntries(HEARTBEAT_COLUMNS.map((c) => [c, column(h, c)]));
/** What `update` writes: everything but the identity and the token (set once; left out so its index is not touched). */
const UPDATED = HEARTBEAT_COLUMNS.filter((c) => !["id", "organization_id", "created_at", "token_hash", "token_sealed"].includes(c));
const updateParams = (h: HeartbeatRecord) => Object.fromEntries(["id", "organization_id", ...UPDATED].map((c) => [c, column(h, c as keyof HeartbeatRecord)]));

class Heartbeats implements HeartbeatRepo {
  constructor(private q: Statements) {}
  async create(h: HeartbeatRecord) {
    this.q
      .get(`INSERT INTO heartbeats (${HEARTBEAT_COLUMNS.join(", ")}) VALUES (${HEARTBEAT_COLUMNS.map((c) => `$${c}`).join(", ")})`)
      .run(heartbeatParams(h));
  }
  async get(orgId: string, id: string) {
    const r = this.q.get("SELECT * FROM heartbeats WHERE organization_id = $orgId AND id = $id").get({ orgId, id }) as Row | null;
    return r ? toHeartbeat(r) : null;
  }
  async byTokenHash(hash: string) {
    const r = this.q.get("SELECT * FROM heartbeats WHERE token_hash = $hash").get({ hash }) as Row | null;
    return r ? toHeartbeat(r) : null;
  }
  async list(orgId: string, page: PageQuery) {
    const rows = this.q
      .get("SELECT * FROM heartbeats WHERE organization_id = $orgId AND ($after IS NULL OR id < $after) ORDER BY id DESC LIMIT $limit")
      .all({ orgId, ...pageParams(page) }) as Row[];
    return toPage(rows, page, toHeartbeat);
  }
  async update(h: HeartbeatRecord) {
    this.q.get(`UPDATE heartbeats SET ${UPDATED.map((c) => `${c} = $${c}`).join(", ")} WHERE organization_id = $organization_id AND id = $id`).run(updateParams(h));
  }
  async delete(orgId: string, id: string) {
    this.q.get("DELETE FROM heartbeat_pings WHERE organization_id = $orgId AND heartbeat_id = $id").run({ orgId, id });
    this.q.get("DELETE FROM monitor_incidents WHERE organization_id = $orgId AND monitor_id = $id").run({ orgId, id });
    this.q.get("DELETE FROM heartbeats WHERE organization_id = $orgId AND id = $id").run({ orgId, id });
  }
  async detachService(orgId: string, serviceId: string) {
    this.q.get("UPDATE heartbeats SET service_id = NULL WHERE organization_id = $orgId AND service_id = $serviceId").run({ orgId, serviceId });
  }
  async addPing(p: HeartbeatPingRecord) {
    this.q
      .get(
        `INSERT INTO heartbeat_pings (id, organization_id, heartbeat_id, kind, exit_code, rid, method, user_agent, body, duration_ms, incident_id, suppressed, created_at)
         VALUES ($id, $organization_id, $heartbeat_id, $kind, $exit_code, $rid, $method, $user_agent, $body, $duration_ms, $incident_id, $suppressed, $created_at)`,
      )
      .run({ ...p, method: p.method ?? "", incident_id: p.incident_id ?? null, suppressed: p.suppressed ? JSON.stringify(p.suppressed) : null });
  }
  async pings(orgId: string, heartbeatId: string, page: PageQuery) {
    const rows = this.q
      .get(
        `SELECT * FROM heartbeat_pings WHERE heartbeat_id = $heartbeatId AND organization_id = $orgId AND ($after IS NULL OR id < $after)
         ORDER BY id DESC LIMIT $limit`,
      )
      .all({ orgId, heartbeatId, ...pageParams(page) }) as Row[];
    return toPage<Row, HeartbeatPing>(rows, page, toHeartbeatPing);
  }
  async prunePings(orgId: string, before: string, limit: number) {
    return this.q
      .get(
        `DELETE FROM heartbeat_pings WHERE rowid IN (SELECT rowid FROM heartbeat_pings WHERE organization_id = $orgId AND created_at < $before
         ORDER BY created_at LIMIT $limit)`,
      )
      .run({ orgId, before, limit }).changes;
  }
}

const RULE_PARAMS = (r: ErrorRuleRecord) => ({
  id: r.id,
  organization_id: r.organization_id,
  name: r.name,
  service_id: r.service_id,
  threshold: r.threshold,
  window_seconds: r.window,
  fingerprint: r.fingerprint,
  level: r.level,
  created_at: r.created_at,
  updated_at: r.updated_at,
});

class ErrorRules implements ErrorRuleRepo {
  constructor(private q: Statements) {}
  async create(r: ErrorRuleRecord) {
    this.q
      .get(
        `INSERT INTO error_rules (id, organization_id, name, service_id, threshold, window_seconds, fingerprint, level, created_at, updated_at)
         VALUES ($id, $organization_id, $name, $service_id, $threshold, $window_seconds, $fingerprint, $level, $created_at, $updated_at)`,
      )
      .run(RULE_PARAMS(r));
  }
  async get(orgId: string, id: string) {
    const r = this.q.get("SELECT * FROM error_rules WHERE organization_id = $orgId AND id = $id").get({ orgId, id }) as Row | null;
    return r ? toErrorRule(r) : null;
  }
  async list(orgId: string, page: PageQuery) {
    const rows = this.q
      .get("SELECT * FROM error_rules WHERE organization_id = $orgId AND ($after IS NULL OR id < $after) ORDER BY id DESC LIMIT $limit")
      .all({ orgId, ...pageParams(page) }) as Row[];
    return toPage(rows, page, toErrorRule);
  }
  async all(orgId: string) {
    return (this.q.get("SELECT * FROM error_rules WHERE organization_id = $orgId ORDER BY id").all({ orgId }) as Row[]).map(toErrorRule);
  }
  async update(r: ErrorRuleRecord) {
    this.q
      .get(
        `UPDATE error_rules SET name = $name, service_id = $service_id, threshold = $threshold, window_seconds = $window_seconds,
         fingerprint = $fingerprint, level = $level, updated_at = $updated_at WHERE organization_id = $organization_id AND id = $id`,
      )
      .run(RULE_PARAMS(r));
  }
  async delete(orgId: string, id: string) {
    this.q.get("DELETE FROM error_rule_fires WHERE organization_id = $orgId AND rule_id = $id").run({ orgId, id });
    this.q.get("DELETE FROM error_rules WHERE organization_id = $orgId AND id = $id").run({ orgId, id });
  }
  async deleteForService(orgId: string, serviceId: string) {
    this.q
      .get("DELETE FROM error_rule_fires WHERE rule_id IN (SELECT id FROM error_rules WHERE organization_id = $orgId AND service_id = $serviceId)")
      .run({ orgId, serviceId });
    this.q.get("DELETE FROM error_rules WHERE organization_id = $orgId AND service_id = $serviceId").run({ orgId, serviceId });
  }
  async markFired(orgId: string, ruleId: string, windowStartMs: number, count: number, at: string) {
    return (
      this.q
        .get(
          `INSERT INTO error_rule_fires (rule_id, window_start_ms, organization_id, count, fired_at) VALUES ($ruleId, $windowStartMs, $orgId, $count, $at)
           ON CONFLICT DO NOTHING`,
        )
        .run({ ruleId, windowStartMs, orgId, count, at }).changes === 1
    );
  }
  async pruneFired(orgId: string, before: string, limit: number) {
    return this.q
      .get(
        `DELETE FROM error_rule_fires WHERE rowid IN (SELECT rowid FROM error_rule_fires WHERE organization_id = $orgId AND fired_at < $before
         ORDER BY fired_at LIMIT $limit)`,
      )
      .run({ orgId, before, limit }).changes;
  }
}

export function heartbeatRepos(q: Statements): { heartbeats: HeartbeatRepo; errorRules: ErrorRuleRepo } {
  return { heartbeats: new Heartbeats(q), errorRules: new ErrorRules(q) };
}
