/**
 * Row → record mappers that both stores share: each keeps JSON in text columns and reads it back the same way
 * (sqlite/ and postgres/ differ only where their drivers do, e.g. booleans, and keep those mappers to themselves).
 */
import type { Incident, Organization, WorkflowVersion } from "../types.ts";
import type { ApiKeyRecord, ChannelRecord, EscalationPolicyRecord, EscalationRecord, EventRecord, IntegrationRecord, PostIncidentFlowRecord, RunRecord, WorkflowRecord } from "./types.ts";

// biome-ignore lint: row shapes are whatever the driver returns; each mapper below names the columns it reads
export type Row = Record<string, any>;

export const json = {
  parse<T>(s: string | null): T | null {
    return s === null ? null : (JSON.parse(s) as T);
  },
  stringify(v: unknown): string {
    return JSON.stringify(v);
  },
};

export const ORGANIZATION_COLS = "id, name, notification_emails, notification_channel_ids, created_at";
export const toOrganization = (r: Row): Organization => ({
  id: r.id,
  name: r.name,
  notification_emails: JSON.parse(r.notification_emails),
  notification_channel_ids: JSON.parse(r.notification_channel_ids),
  created_at: r.created_at,
});

export const toApiKey = (r: Row): ApiKeyRecord => ({
  id: r.id,
  organization_id: r.organization_id,
  name: r.name,
  prefix: r.prefix,
  key_hash: r.key_hash,
  scopes: JSON.parse(r.scopes),
  created_at: r.created_at,
  expires_at: r.expires_at,
  last_used_at: r.last_used_at,
  revoked_at: r.revoked_at,
});

export const toIncident = (r: Row): Incident => ({
  id: r.id,
  title: r.title,
  status: r.status,
  severity: r.severity,
  message: r.message,
  service_ids: JSON.parse(r.service_ids),
  labels: JSON.parse(r.labels),
  assignee_id: r.assignee_id,
  visibility: r.visibility,
  source: r.source,
  created_at: r.created_at,
  updated_at: r.updated_at,
  published_at: r.published_at,
  resolved_at: r.resolved_at,
  archived_at: r.archived_at,
  post_incident_status: r.post_incident_status ?? null,
  closed_at: r.closed_at ?? null,
});

export const toEvent = (r: Row): EventRecord => ({
  id: r.id,
  organization_id: r.organization_id,
  type: r.type,
  resource_type: r.resource_type,
  resource_id: r.resource_id,
  data: JSON.parse(r.data),
  caused_by: json.parse(r.caused_by),
  created_at: r.created_at,
});

export const toWorkflow = (r: Row): WorkflowRecord => ({
  id: r.id,
  organization_id: r.organization_id,
  name: r.name,
  description: r.description,
  trigger: JSON.parse(r.trigger),
  conditions: json.parse(r.conditions),
  actions: JSON.parse(r.actions),
  state: r.state,
  version: r.version,
  activated_at: r.activated_at,
  created_at: r.created_at,
  updated_at: r.updated_at,
});

export const toVersion = (r: Row): WorkflowVersion => ({
  workflow_id: r.workflow_id,
  version: r.version,
  name: r.name,
  trigger: JSON.parse(r.trigger),
  conditions: json.parse(r.conditions),
  actions: JSON.parse(r.actions),
  created_at: r.created_at,
});

export const toRun = (r: Row): RunRecord => ({
  id: r.id,
  organization_id: r.organization_id,
  workflow_id: r.workflow_id,
  workflow_version: r.workflow_version,
  status: r.status,
  trigger_type: r.trigger_type,
  event: JSON.parse(r.event),
  scope: JSON.parse(r.scope),
  definition: JSON.parse(r.definition),
  caused_by: JSON.parse(r.caused_by),
  depth: r.depth,
  replay_of: r.replay_of,
  // 0/1 in SQLite, a boolean in PostgreSQL.
  test: Boolean(r.test),
  error: r.error,
  created_at: r.created_at,
  started_at: r.started_at,
  ended_at: r.ended_at,
  duration_ms: r.duration_ms,
});

export const toChannel = (r: Row): ChannelRecord => ({
  id: r.id,
  organization_id: r.organization_id,
  name: r.name,
  key: r.key ?? null,
  kind: r.kind,
  config_sealed: r.config_sealed,
  config_public: JSON.parse(r.config_public),
  created_at: r.created_at,
  updated_at: r.updated_at,
});

export const toPolicy = (r: Row): EscalationPolicyRecord => ({
  id: r.id,
  organization_id: r.organization_id,
  name: r.name,
  description: r.description,
  repeat: r.repeat,
  levels: JSON.parse(r.levels),
  created_at: r.created_at,
  updated_at: r.updated_at,
});

export const toEscalation = (r: Row): EscalationRecord => ({
  id: r.id,
  organization_id: r.organization_id,
  policy_id: r.policy_id,
  policy: JSON.parse(r.policy),
  target_type: r.target_type,
  target_id: r.target_id,
  status: r.status,
  level: r.level,
  cycle: r.cycle,
  next_at: r.next_at,
  started_at: r.started_at,
  ended_at: r.ended_at,
  levels_reached: JSON.parse(r.levels_reached),
  notifications: JSON.parse(r.notifications),
});

export const toIntegration = (r: Row): IntegrationRecord => ({
  id: r.id,
  organization_id: r.organization_id,
  kind: r.kind,
  name: r.name,
  api_key_sealed: r.api_key_sealed,
  api_key_hint: r.api_key_hint,
  signing_secret_sealed: r.signing_secret_sealed ?? null,
  signing_secret_set_at: r.signing_secret_set_at ?? null,
  created_at: r.created_at,
  updated_at: r.updated_at,
});
/** A post-incident flow: id, organization and creation time in columns, the rest in `doc`. */
export const toPostIncidentFlow = (r: Row): PostIncidentFlowRecord => ({
  ...(JSON.parse(r.doc) as Omit<PostIncidentFlowRecord, "id" | "organization_id" | "created_at">),
  id: r.id,
  organization_id: r.organization_id,
  created_at: r.created_at,
});
export const flowDoc = (f: PostIncidentFlowRecord): string => {
  const { id: _i, organization_id: _o, created_at: _c, ...doc } = f;
  return JSON.stringify(doc);
};
