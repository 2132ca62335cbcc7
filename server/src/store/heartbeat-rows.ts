/** Row → record mappers for heartbeats, their pings and error rules, shared by both stores. */
import type { HeartbeatPing } from "../types.ts";
import type { Row } from "./rows.ts";
import type { ErrorRuleRecord, HeartbeatRecord } from "./types.ts";

const intOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export const toHeartbeat = (r: Row): HeartbeatRecord => ({
  id: r.id,
  organization_id: r.organization_id,
  name: r.name,
  period: intOrNull(r.period),
  schedule: r.schedule,
  tz: r.tz,
  grace: Number(r.grace),
  service_id: r.service_id,
  auto_incident: r.auto_incident === true || Number(r.auto_incident) === 1,
  state: r.state,
  token_hash: r.token_hash,
  token_sealed: r.token_sealed,
  last_ping_at: r.last_ping_at,
  last_ping_kind: r.last_ping_kind,
  started_at: r.started_at,
  started_rid: r.started_rid,
  expected_at: r.expected_at,
  deadline_at: r.deadline_at,
  incident_id: r.incident_id ?? null,
  created_at: r.created_at,
  updated_at: r.updated_at,
});

export const toHeartbeatPing = (r: Row): HeartbeatPing => ({
  id: r.id,
  kind: r.kind,
  exit_code: intOrNull(r.exit_code),
  rid: r.rid,
  // '' stands for null (a `missed` entry: no request), see store/sqlite/migrations.ts version 16.
  method: r.method === "" ? null : r.method,
  user_agent: r.user_agent,
  body: r.body,
  duration_ms: intOrNull(r.duration_ms),
  incident_id: r.incident_id ?? null,
  suppressed: r.suppressed ? JSON.parse(r.suppressed) : null,
  created_at: r.created_at,
});

export const toErrorRule = (r: Row): ErrorRuleRecord => ({
  id: r.id,
  organization_id: r.organization_id,
  name: r.name,
  service_id: r.service_id,
  threshold: Number(r.threshold),
  window: Number(r.window_seconds),
  fingerprint: r.fingerprint,
  level: r.level,
  created_at: r.created_at,
  updated_at: r.updated_at,
});
