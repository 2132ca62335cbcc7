/** PostgreSQL repositories for heartbeats and error rules (as sqlite/heartbeat-repos.ts). */
import type { ErrorRuleRecord, ErrorRuleRepo, HeartbeatPingRecord, HeartbeatRecord, HeartbeatRepo, PageQuery } from "../types.ts";
import type { HeartbeatPing } from "../../types.ts";
import type { Q, Row } from "./db.ts";
import { after, limitPlusOne, toPage } from "./paging.ts";
import { toErrorRule, toHeartbeat, toHeartbeatPing } from "../heartbeat-rows.ts";

class Heartbeats implements HeartbeatRepo {
  constructor(private q: Q) {}
  async create(h: HeartbeatRecord) {
    await this.q`INSERT INTO heartbeats (id, organization_id, name, period, schedule, tz, grace, service_id, auto_incident, state, token_hash, token_sealed,
        last_ping_at, last_ping_kind, started_at, started_rid, expected_at, deadline_at, incident_id, created_at, updated_at)
      VALUES (${h.id}, ${h.organization_id}, ${h.name}, ${h.period}, ${h.schedule}, ${h.tz}, ${h.grace}, ${h.service_id}, ${h.auto_incident}, ${h.state},
        ${h.token_hash}, ${h.token_sealed}, ${h.last_ping_at}, ${h.last_ping_kind}, ${h.started_at}, ${h.started_rid}, ${h.expected_at},
        ${h.deadline_at}, ${h.incident_id}, ${h.created_at}, ${h.updated_at})`;
  }
  async get(orgId: string, id: string) {
    const r = (await this.q`SELECT * FROM heartbeats WHERE organization_id = ${orgId} AND id = ${id}`)[0];
    return r ? toHeartbeat(r) : null;
  }
  async byTokenHash(hash: string) {
    const r = (await this.q`SELECT * FROM heartbeats WHERE token_hash = ${hash}`)[0];
    return r ? toHeartbeat(r) : null;
  }
  async list(orgId: string, page: PageQuery) {
    const rows = await this.q`SELECT * FROM heartbeats WHERE organization_id = ${orgId} AND (${after(page)}::text IS NULL OR id < ${after(page)})
      ORDER BY id DESC LIMIT ${limitPlusOne(page)}`;
    return toPage(rows, page, toHeartbeat);
  }
  async update(h: HeartbeatRecord) {
    await this.q`UPDATE heartbeats SET name = ${h.name}, period = ${h.period}, schedule = ${h.schedule}, tz = ${h.tz}, grace = ${h.grace},
        service_id = ${h.service_id}, auto_incident = ${h.auto_incident}, state = ${h.state}, last_ping_at = ${h.last_ping_at}, last_ping_kind = ${h.last_ping_kind}, started_at = ${h.started_at}, started_rid = ${h.started_rid},
        expected_at = ${h.expected_at}, deadline_at = ${h.deadline_at}, incident_id = ${h.incident_id}, updated_at = ${h.updated_at}
      WHERE organization_id = ${h.organization_id} AND id = ${h.id}`;
  }
  async delete(orgId: string, id: string) {
    await this.q`DELETE FROM heartbeat_pings WHERE organization_id = ${orgId} AND heartbeat_id = ${id}`;
    await this.q`DELETE FROM monitor_incidents WHERE organization_id = ${orgId} AND monitor_id = ${id}`;
    await this.q`DELETE FROM heartbeats WHERE organization_id = ${orgId} AND id = ${id}`;
  }
  async detachService(orgId: string, serviceId: string) {
    await this.q`UPDATE heartbeats SET service_id = NULL WHERE organization_id = ${orgId} AND service_id = ${serviceId}`;
  }
  async addPing(p: HeartbeatPingRecord) {
    await this.q`INSERT INTO heartbeat_pings (id, organization_id, heartbeat_id, kind, exit_code, rid, method, user_agent, body, duration_ms,
        incident_id, suppressed, created_at)
      VALUES (${p.id}, ${p.organization_id}, ${p.heartbeat_id}, ${p.kind}, ${p.exit_code}, ${p.rid}, ${p.method ?? ""}, ${p.user_agent}, ${p.body},
        ${p.duration_ms}, ${p.incident_id ?? null}, ${p.suppressed ? JSON.stringify(p.suppressed) : null}, ${p.created_at})`;
  }
  async pings(orgId: string, heartbeatId: string, page: PageQuery) {
    const rows = await this.q`SELECT * FROM heartbeat_pings WHERE heartbeat_id = ${heartbeatId} AND organization_id = ${orgId}
        AND (${after(page)}::text IS NULL OR id < ${after(page)})
      ORDER BY id DESC LIMIT ${limitPlusOne(page)}`;
    return toPage<Row, HeartbeatPing>(rows, page, toHeartbeatPing);
  }
  async prunePings(orgId: string, before: string, limit: number) {
    return (
      await this.q`DELETE FROM heartbeat_pings WHERE id IN (SELECT id FROM heartbeat_pings WHERE organization_id = ${orgId} AND created_at < ${before}
        ORDER BY created_at LIMIT ${limit})`
    ).count;
  }
}

class ErrorRules implements ErrorRuleRepo {
  constructor(private q: Q) {}
  async create(r: ErrorRuleRecord) {
    await this.q`INSERT INTO error_rules (id, organization_id, name, service_id, threshold, window_seconds, fingerprint, level, created_at, updated_at)
      VALUES (${r.id}, ${r.organization_id}, ${r.name}, ${r.service_id}, ${r.threshold}, ${r.window}, ${r.fingerprint}, ${r.level},
        ${r.created_at}, ${r.updated_at})`;
  }
  async get(orgId: string, id: string) {
    const r = (await this.q`SELECT * FROM error_rules WHERE organization_id = ${orgId} AND id = ${id}`)[0];
    return r ? toErrorRule(r) : null;
  }
  async list(orgId: string, page: PageQuery) {
    const rows = await this.q`SELECT * FROM error_rules WHERE organization_id = ${orgId} AND (${after(page)}::text IS NULL OR id < ${after(page)})
      ORDER BY id DESC LIMIT ${limitPlusOne(page)}`;
    return toPage(rows, page, toErrorRule);
  }
  async all(orgId: string) {
    return (await this.q`SELECT * FROM error_rules WHERE organization_id = ${orgId} ORDER BY id`).map(toErrorRule);
  }
  async update(r: ErrorRuleRecord) {
    await this.q`UPDATE error_rules SET name = ${r.name}, service_id = ${r.service_id}, threshold = ${r.threshold}, window_seconds = ${r.window},
        fingerprint = ${r.fingerprint}, level = ${r.level}, updated_at = ${r.updated_at}
      WHERE organization_id = ${r.organization_id} AND id = ${r.id}`;
  }
  async delete(orgId: string, id: string) {
    await this.q`DELETE FROM error_rule_fires WHERE organization_id = ${orgId} AND rule_id = ${id}`;
    await this.q`DELETE FROM error_rules WHERE organization_id = ${orgId} AND id = ${id}`;
  }
  async deleteForService(orgId: string, serviceId: string) {
    await this.q`DELETE FROM error_rule_fires WHERE rule_id IN (SELECT id FROM error_rules WHERE organization_id = ${orgId} AND service_id = ${serviceId})`;
    await this.q`DELETE FROM error_rules WHERE organization_id = ${orgId} AND service_id = ${serviceId}`;
  }
  async markFired(orgId: string, ruleId: string, windowStartMs: number, count: number, at: string) {
    const r = await this.q`INSERT INTO error_rule_fires (rule_id, window_start_ms, organization_id, count, fired_at)
      VALUES (${ruleId}, ${windowStartMs}, ${orgId}, ${count}, ${at}) ON CONFLICT DO NOTHING`;
    return r.count === 1;
  }
  async pruneFired(orgId: string, before: string, limit: number) {
    return (
      await this.q`DELETE FROM error_rule_fires WHERE (rule_id, window_start_ms) IN (SELECT rule_id, window_start_ms FROM error_rule_fires
        WHERE organization_id = ${orgId} AND fired_at < ${before} ORDER BY fired_at LIMIT ${limit})`
    ).count;
  }
}

export function heartbeatRepos(q: Q): { heartbeats: HeartbeatRepo; errorRules: ErrorRuleRepo } {
  return { heartbeats: new Heartbeats(q), errorRules: new ErrorRules(q) };
}
