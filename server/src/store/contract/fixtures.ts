/**
 * Small factories for valid records of every repository, each with a fresh time-ordered id (`newId`), so a record
 * made later sorts after one made earlier. Only the fields a test cares about are worth overriding.
 */
import { newId } from "../../ids.ts";
import type { Incident, IncidentUpdateEntry, Member, Organization, Service } from "../../types.ts";
import type {
  AlertRecord,
  ApiKeyRecord,
  ChannelRecord,
  IntegrationRecord,
  DeliveryRecord,
  EscalationPolicyRecord,
  EscalationRecord,
  EvaluationRecord,
  EventRecord,
  IdempotencyRecord,
  RunRecord,
  Store,
  StepRecord,
  WebhookRecord,
  WorkflowRecord,
  WorkflowVersionRecord,
} from "../types.ts";

export const T0 = "2026-01-01T00:00:00.000Z";
export const T1 = "2026-01-02T00:00:00.000Z";

export const organization = (name = "Org"): Organization => ({ id: newId("org"), name, notification_emails: [], notification_channel_ids: [], created_at: T0 });

export function apiKey(orgId: string): ApiKeyRecord {
  const id = newId("key");
  return {
    id,
    organization_id: orgId,
    name: "ci",
    prefix: "tw_live_abcd",
    key_hash: `hash-${id}`,
    scopes: ["*"],
    created_at: T0,
    expires_at: null,
    last_used_at: null,
    revoked_at: null,
  };
}

export function member(): Member {
  const id = newId("mem");
  return { id, name: "Ada", email: `${id.toLowerCase()}@example.com`, created_at: T0, updated_at: T0 };
}

export function service(): Service {
  const id = newId("svc");
  return { id, name: `service-${id}`, description: null, status: "operational", created_at: T0, updated_at: T0 };
}

export const incident = (o: Partial<Incident> = {}): Incident => ({
  id: newId("inc"),
  title: "Checkout down",
  status: "investigating",
  severity: "major",
  message: null,
  service_ids: [],
  labels: [],
  assignee_id: null,
  visibility: "draft",
  source: "api",
  created_at: T0,
  updated_at: T0,
  published_at: null,
  resolved_at: null,
  archived_at: null,
  post_incident_status: null,
  closed_at: null,
  ...o,
});

export const incidentUpdate = (incidentId: string): IncidentUpdateEntry => ({
  id: newId("upd"),
  incident_id: incidentId,
  message: "Looking into it",
  status: null,
  created_at: T0,
});

export const event = (orgId: string, o: Partial<EventRecord> = {}): EventRecord => ({
  id: newId("evt"),
  organization_id: orgId,
  type: "service.created",
  resource_type: "service",
  resource_id: "svc_x",
  data: { n: 1 },
  caused_by: null,
  created_at: T0,
  ...o,
});

export const webhook = (orgId: string): WebhookRecord => ({
  id: newId("whk"),
  organization_id: orgId,
  url: "https://hooks.example.com/in",
  description: null,
  events: ["*"],
  headers: {},
  is_active: true,
  enabled_at: T0,
  disabled_reason: null,
  disabled_at: null,
  secret_sealed: "sealed-secret",
  previous_secret_sealed: null,
  previous_secret_expires_at: null,
  created_at: T0,
  updated_at: T0,
});

export const delivery = (orgId: string, webhookId: string): DeliveryRecord => ({
  id: newId("dlv"),
  organization_id: orgId,
  webhook_id: webhookId,
  event_id: newId("evt"),
  event_type: "service.created",
  body: '{"hello":"world"}',
  test: false,
  status: "pending",
  attempt_count: 0,
  next_attempt_at: null,
  created_at: T0,
  updated_at: T0,
});

export const workflow = (orgId: string, o: Partial<WorkflowRecord> = {}): WorkflowRecord => ({
  id: newId("wfl"),
  organization_id: orgId,
  name: "Page on-call",
  description: null,
  trigger: { type: "incident.created" },
  conditions: null,
  actions: [],
  state: "active",
  version: 1,
  activated_at: T0,
  created_at: T0,
  updated_at: T0,
  ...o,
});

export const workflowVersion = (orgId: string, workflowId: string, version: number): WorkflowVersionRecord => ({
  organization_id: orgId,
  workflow_id: workflowId,
  version,
  name: `Page on-call v${version}`,
  trigger: { type: "incident.created" },
  conditions: null,
  actions: [],
  created_at: T0,
});

export const run = (orgId: string, workflowId: string): RunRecord => ({
  id: newId("run"),
  organization_id: orgId,
  workflow_id: workflowId,
  workflow_version: 1,
  status: "queued",
  trigger_type: "incident.created",
  event: { id: null, type: "incident.created", data: {} },
  scope: {},
  definition: { name: "Page on-call", trigger: { type: "incident.created" }, conditions: null, actions: [] },
  caused_by: [],
  depth: 0,
  replay_of: null,
  test: false,
  error: null,
  created_at: T0,
  started_at: null,
  ended_at: null,
  duration_ms: null,
});

export const step = (index: number): StepRecord => ({
  index,
  name: null,
  type: "add_label",
  status: "pending",
  input: null,
  output: null,
  error: null,
  attempts: 0,
  started_at: null,
  ended_at: null,
  wait_until_ms: null,
});

export const evaluation = (orgId: string, workflowId: string): EvaluationRecord => ({
  id: newId("evl"),
  organization_id: orgId,
  workflow_id: workflowId,
  workflow_version: 1,
  event_id: null,
  event_type: "incident.created",
  outcome: "skipped",
  reason: "conditions_false",
  conditions: null,
  run_id: null,
  created_at: T0,
});

export const channel = (orgId: string): ChannelRecord => ({
  id: newId("chn"),
  organization_id: orgId,
  key: null,
  name: "ops",
  kind: "webhook",
  config_sealed: "sealed-config",
  config_public: { url: "https://hooks.example.com/…" },
  created_at: T0,
  updated_at: T0,
});

export const integration = (orgId: string): IntegrationRecord => ({
  id: newId("int"),
  organization_id: orgId,
  kind: "incident_io",
  name: "incident.io",
  api_key_sealed: "sealed-key",
  api_key_hint: "cdef",
  signing_secret_sealed: null,
  signing_secret_set_at: null,
  created_at: T0,
  updated_at: T0,
});

export const alert = (orgId: string, o: Partial<AlertRecord> = {}): AlertRecord => ({
  id: newId("alt"),
  organization_id: orgId,
  title: "CPU high",
  message: null,
  severity: "major",
  source: null,
  dedup_key: null,
  details: {},
  service_id: null,
  status: "firing",
  count: 1,
  first_seen_at: T0,
  last_seen_at: T0,
  acknowledged_at: null,
  acknowledged_by: null,
  resolved_at: null,
  created_at: T0,
  updated_at: T0,
  ...o,
});

export const escalationPolicy = (orgId: string): EscalationPolicyRecord => ({
  id: newId("esp"),
  organization_id: orgId,
  name: "Primary",
  description: null,
  repeat: 0,
  levels: [{ delay_minutes: 0 }],
  created_at: T0,
  updated_at: T0,
});

export function escalation(orgId: string, policy: EscalationPolicyRecord): EscalationRecord {
  const { organization_id: _, ...publicPolicy } = policy;
  return {
    id: newId("esc"),
    organization_id: orgId,
    policy_id: policy.id,
    policy: publicPolicy,
    target_type: "alert",
    target_id: newId("alt"),
    status: "active",
    level: 0,
    cycle: 0,
    next_at: null,
    started_at: T0,
    ended_at: null,
    levels_reached: [],
    notifications: [],
  };
}

export const idempotencyRecord = (apiKeyId: string, key: string, o: Partial<IdempotencyRecord> = {}): IdempotencyRecord => ({
  apiKeyId,
  key,
  method: "POST",
  path: "/v1/incidents",
  bodyHash: "body-hash-1",
  status: null,
  response: null,
  createdAtMs: 1_000_000,
  ...o,
});

/** Two organizations, A and B, created in one transaction; their ids. */
export async function twoOrganizations(store: Store): Promise<{ a: string; b: string }> {
  const a = organization("A");
  const b = organization("B");
  await store.transaction(async (tx) => {
    await tx.organizations.create(a);
    await tx.organizations.create(b);
  });
  return { a: a.id, b: b.id };
}

/** Appends events in one transaction. */
export function appendEvents(store: Store, events: EventRecord[]): Promise<void> {
  return store.transaction(async (tx) => {
    for (const e of events) await tx.events.append(e);
  });
}
