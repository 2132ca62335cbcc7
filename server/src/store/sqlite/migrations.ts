/**
 * Numbered migrations, applied in order at start inside one transaction each. Never edit a released one:
 * add the next number. Timestamps are ISO-8601 UTC text (they sort as strings); JSON columns hold arrays.
 */
export const migrations: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: "platform, members, services, incidents, events",
    sql: `
CREATE TABLE organizations (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE api_keys (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations(id),
  name TEXT NOT NULL,
  prefix TEXT NOT NULL,
  key_hash TEXT NOT NULL UNIQUE,
  scopes TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT,
  last_used_at TEXT,
  revoked_at TEXT
);
CREATE INDEX api_keys_org ON api_keys(organization_id, id);
CREATE TABLE members (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations(id),
  name TEXT NOT NULL,
  email TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (organization_id, email)
);
CREATE INDEX members_org ON members(organization_id, id);
CREATE TABLE services (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations(id),
  name TEXT NOT NULL,
  description TEXT,
  status TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (organization_id, name)
);
CREATE INDEX services_org ON services(organization_id, id);
CREATE TABLE incidents (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations(id),
  title TEXT NOT NULL,
  status TEXT NOT NULL,
  severity TEXT NOT NULL,
  message TEXT,
  service_ids TEXT NOT NULL,
  labels TEXT NOT NULL,
  assignee_id TEXT,
  visibility TEXT NOT NULL,
  source TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  published_at TEXT,
  resolved_at TEXT,
  archived_at TEXT
);
CREATE INDEX incidents_org ON incidents(organization_id, id);
CREATE TABLE incident_updates (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations(id),
  incident_id TEXT NOT NULL REFERENCES incidents(id),
  message TEXT NOT NULL,
  status TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX incident_updates_incident ON incident_updates(organization_id, incident_id, id);
CREATE TABLE events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  organization_id TEXT NOT NULL REFERENCES organizations(id),
  type TEXT NOT NULL,
  resource_type TEXT NOT NULL,
  resource_id TEXT NOT NULL,
  data TEXT NOT NULL,
  caused_by TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX events_org ON events(organization_id, id);
CREATE INDEX events_org_resource ON events(organization_id, resource_id, id);
CREATE TABLE idempotency_keys (
  api_key_id TEXT NOT NULL,
  key TEXT NOT NULL,
  method TEXT NOT NULL,
  path TEXT NOT NULL,
  body_hash TEXT NOT NULL,
  status INTEGER,
  response TEXT,
  created_at_ms INTEGER NOT NULL,
  PRIMARY KEY (api_key_id, key)
);
CREATE INDEX idempotency_keys_age ON idempotency_keys(created_at_ms);
`,
  },
  {
    version: 2,
    name: "webhooks, deliveries, durable job queue, outbox consumer offsets",
    sql: `
CREATE TABLE webhooks (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations(id),
  url TEXT NOT NULL,
  description TEXT,
  events TEXT NOT NULL,
  headers TEXT NOT NULL,
  is_active INTEGER NOT NULL,
  disabled_reason TEXT,
  disabled_at TEXT,
  secret_sealed TEXT NOT NULL,
  previous_secret_sealed TEXT,
  previous_secret_expires_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX webhooks_org ON webhooks(organization_id, id);
CREATE TABLE deliveries (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations(id),
  webhook_id TEXT NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,
  event_id TEXT NOT NULL,
  event_type TEXT NOT NULL,
  body TEXT NOT NULL,
  test INTEGER NOT NULL,
  status TEXT NOT NULL,
  attempt_count INTEGER NOT NULL,
  next_attempt_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX deliveries_webhook ON deliveries(organization_id, webhook_id, id);
CREATE TABLE delivery_attempts (
  delivery_id TEXT NOT NULL REFERENCES deliveries(id) ON DELETE CASCADE,
  number INTEGER NOT NULL,
  started_at TEXT NOT NULL,
  status_code INTEGER,
  latency_ms REAL NOT NULL,
  response_excerpt TEXT NOT NULL,
  error_class TEXT,
  error TEXT,
  PRIMARY KEY (delivery_id, number)
);
CREATE TABLE jobs (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  payload TEXT NOT NULL,
  run_at_ms INTEGER NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  lease_owner TEXT,
  lease_until_ms INTEGER,
  created_at_ms INTEGER NOT NULL
);
CREATE INDEX jobs_due ON jobs(kind, run_at_ms);
CREATE TABLE consumer_offsets (
  name TEXT PRIMARY KEY,
  seq INTEGER NOT NULL
);
`,
  },
  {
    version: 3,
    name: "workflows, versions, runs, steps, evaluations",
    sql: `
CREATE TABLE workflows (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations(id),
  name TEXT NOT NULL,
  description TEXT,
  trigger TEXT NOT NULL,
  trigger_type TEXT NOT NULL,
  conditions TEXT,
  actions TEXT NOT NULL,
  state TEXT NOT NULL,
  version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX workflows_org ON workflows(organization_id, id);
CREATE INDEX workflows_trigger ON workflows(organization_id, trigger_type, state);
CREATE TABLE workflow_versions (
  workflow_id TEXT NOT NULL REFERENCES workflows(id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  organization_id TEXT NOT NULL,
  name TEXT NOT NULL,
  trigger TEXT NOT NULL,
  conditions TEXT,
  actions TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (workflow_id, version)
);
CREATE TABLE runs (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations(id),
  workflow_id TEXT NOT NULL,
  workflow_version INTEGER NOT NULL,
  status TEXT NOT NULL,
  trigger_type TEXT NOT NULL,
  event TEXT NOT NULL,
  scope TEXT NOT NULL,
  definition TEXT NOT NULL,
  caused_by TEXT NOT NULL,
  depth INTEGER NOT NULL,
  replay_of TEXT,
  error TEXT,
  created_at TEXT NOT NULL,
  started_at TEXT,
  ended_at TEXT,
  duration_ms REAL
);
CREATE INDEX runs_org ON runs(organization_id, id);
CREATE INDEX runs_workflow ON runs(organization_id, workflow_id, id);
CREATE TABLE run_steps (
  run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  name TEXT,
  type TEXT NOT NULL,
  status TEXT NOT NULL,
  input TEXT,
  output TEXT,
  error TEXT,
  attempts INTEGER NOT NULL,
  started_at TEXT,
  ended_at TEXT,
  wait_until_ms INTEGER,
  PRIMARY KEY (run_id, idx)
);
CREATE TABLE evaluations (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations(id),
  workflow_id TEXT NOT NULL,
  workflow_version INTEGER NOT NULL,
  event_id TEXT,
  event_type TEXT NOT NULL,
  outcome TEXT NOT NULL,
  reason TEXT,
  conditions TEXT,
  run_id TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX evaluations_workflow ON evaluations(organization_id, workflow_id, id);
`,
  },
  {
    version: 4,
    name: "channels, alerts, escalation policies, escalations",
    sql: `
CREATE TABLE channels (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations(id),
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  config_sealed TEXT NOT NULL,
  config_public TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX channels_org ON channels(organization_id, id);
CREATE TABLE alerts (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations(id),
  title TEXT NOT NULL,
  message TEXT,
  severity TEXT NOT NULL,
  source TEXT,
  dedup_key TEXT,
  details TEXT NOT NULL,
  service_id TEXT,
  status TEXT NOT NULL,
  count INTEGER NOT NULL,
  first_seen_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  acknowledged_at TEXT,
  acknowledged_by TEXT,
  resolved_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX alerts_org ON alerts(organization_id, id);
-- At most one open alert per dedup key.
CREATE UNIQUE INDEX alerts_open_dedup ON alerts(organization_id, dedup_key) WHERE dedup_key IS NOT NULL AND status != 'resolved';
CREATE TABLE escalation_policies (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations(id),
  name TEXT NOT NULL,
  description TEXT,
  repeat INTEGER NOT NULL,
  levels TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX escalation_policies_org ON escalation_policies(organization_id, id);
CREATE TABLE escalations (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations(id),
  policy_id TEXT NOT NULL,
  policy TEXT NOT NULL,
  target_type TEXT NOT NULL,
  target_id TEXT NOT NULL,
  status TEXT NOT NULL,
  level INTEGER NOT NULL,
  cycle INTEGER NOT NULL,
  next_at TEXT,
  started_at TEXT NOT NULL,
  ended_at TEXT,
  levels_reached TEXT NOT NULL,
  notifications TEXT NOT NULL
);
CREATE INDEX escalations_org ON escalations(organization_id, id);
CREATE INDEX escalations_target ON escalations(organization_id, target_type, target_id, status);
`,
  },
  {
    version: 5,
    name: "one-time maintenance tasks",
    // Work a migration cannot do itself (it needs the server's secret key) is queued here and done once at start.
    sql: `
CREATE TABLE maintenance (
  name TEXT PRIMARY KEY,
  done_at TEXT
);
INSERT INTO maintenance (name) VALUES ('seal-workflow-secrets');
`,
  },
  {
    version: 6,
    name: "job errors and dead letters",
    // Handlers that fail unexpectedly retry with backoff (errors counted here) and are given up on after a few;
    // jobs no worker can run (unknown kind, malformed payload) go to dead_jobs too, where they can be looked at.
    sql: `
ALTER TABLE jobs ADD COLUMN errors INTEGER NOT NULL DEFAULT 0;
ALTER TABLE jobs ADD COLUMN last_error TEXT;
CREATE TABLE dead_jobs (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  payload TEXT NOT NULL,
  attempts INTEGER NOT NULL,
  error TEXT NOT NULL,
  dead_at_ms INTEGER NOT NULL
);
`,
  },
  {
    version: 7,
    name: "second sealing sweep",
    // Slack webhook URLs in workflows, webhook endpoints' header values and stored Idempotency-Key responses were
    // kept in clear by earlier builds: sealed once at start (engine/seal-legacy.ts sealLegacySecrets2).
    sql: `
INSERT INTO maintenance (name) VALUES ('seal-secrets-2');
`,
  },
  {
    version: 8,
    name: "retention: organization settings, age indexes",
    // Retention windows an organization chose (null columns: the server's default), and indexes that let the pruner
    // find the oldest rows of an organization without scanning the rest (issue #19).
    sql: `
CREATE TABLE organization_settings (
  organization_id TEXT PRIMARY KEY REFERENCES organizations(id),
  retention TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX events_age ON events(organization_id, created_at);
CREATE INDEX runs_age ON runs(organization_id, created_at);
CREATE INDEX evaluations_age ON evaluations(organization_id, created_at);
CREATE INDEX deliveries_age ON deliveries(organization_id, created_at);
`,
  },
  {
    version: 9,
    name: "uptime monitors, maintenance windows, automation settings",
    // Monitors (a JSON document beside the columns queries filter on), their check history (pruned by monitor_history
    // retention), maintenance windows per service, the safeguards on automatic incidents, and which incidents each
    // monitor opened (dedup and cooldown read the newest).
    sql: `
CREATE TABLE monitors (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations(id),
  state TEXT NOT NULL,
  doc TEXT NOT NULL
);
CREATE INDEX monitors_org ON monitors(organization_id, id);
CREATE TABLE monitor_checks (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL,
  monitor_id TEXT NOT NULL,
  checked_at TEXT NOT NULL,
  doc TEXT NOT NULL
);
CREATE INDEX monitor_checks_monitor ON monitor_checks(organization_id, monitor_id, id);
CREATE INDEX monitor_checks_age ON monitor_checks(organization_id, checked_at);
CREATE TABLE maintenance_windows (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations(id),
  service_id TEXT NOT NULL,
  starts_at TEXT NOT NULL,
  ends_at TEXT NOT NULL,
  doc TEXT NOT NULL
);
CREATE INDEX maintenance_windows_org ON maintenance_windows(organization_id, id);
CREATE INDEX maintenance_windows_service ON maintenance_windows(organization_id, service_id, ends_at);
CREATE TABLE automation_settings (
  organization_id TEXT PRIMARY KEY REFERENCES organizations(id),
  settings TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE monitor_incidents (
  organization_id TEXT NOT NULL,
  monitor_id TEXT NOT NULL,
  incident_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (organization_id, monitor_id, incident_id)
);
`,
  },
  {
    version: 10,
    name: "heartbeats, their pings, error rules and the windows they fired in",
    // Heartbeats (issue #14): pings are looked up by the token's hash; the sealed token lets the ping URL be shown
    // again. Error rules count in memory and record each window they fired in, so a restart never fires it twice.
    // Ping ids are ULIDs made by the server; the table keeps no unique index on them (one index fewer to write on
    // the ping hot path): pings are read by heartbeat (heartbeat_id, id) and pruned by age, by rowid.
    sql: `
CREATE TABLE heartbeats (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations(id),
  name TEXT NOT NULL,
  period INTEGER,
  schedule TEXT,
  tz TEXT,
  grace INTEGER NOT NULL,
  service_id TEXT,
  state TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  token_sealed TEXT NOT NULL,
  last_ping_at TEXT,
  last_ping_kind TEXT,
  started_at TEXT,
  started_rid TEXT,
  expected_at TEXT,
  deadline_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX heartbeats_org ON heartbeats(organization_id, id);
CREATE TABLE heartbeat_pings (
  id TEXT NOT NULL,
  organization_id TEXT NOT NULL,
  heartbeat_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  exit_code INTEGER,
  rid TEXT,
  method TEXT NOT NULL,
  user_agent TEXT,
  body TEXT,
  duration_ms INTEGER,
  created_at TEXT NOT NULL
);
CREATE INDEX heartbeat_pings_by_heartbeat ON heartbeat_pings(heartbeat_id, id);
CREATE INDEX heartbeat_pings_age ON heartbeat_pings(organization_id, created_at);
CREATE TABLE error_rules (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations(id),
  name TEXT,
  service_id TEXT NOT NULL,
  threshold INTEGER NOT NULL,
  window_seconds INTEGER NOT NULL,
  fingerprint TEXT,
  level TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX error_rules_org ON error_rules(organization_id, id);
CREATE TABLE error_rule_fires (
  rule_id TEXT NOT NULL,
  window_start_ms BIGINT NOT NULL,
  organization_id TEXT NOT NULL,
  count INTEGER NOT NULL,
  fired_at TEXT NOT NULL,
  PRIMARY KEY (rule_id, window_start_ms)
);
CREATE INDEX error_rule_fires_age ON error_rule_fires(organization_id, fired_at);
`,
  },
  {
    version: 11,
    name: "post-incident flows, incident records, incident channel",
    // Issue #16: post-incident flows (JSON documents), which organizations were given the default flow, one document
    // per incident with what it gathers after resolution (flow snapshot and tasks, post-mortem, debrief, roles,
    // follow-ups), the incident's post-incident status and close time, and the organization's incident channel.
    sql: `
ALTER TABLE incidents ADD COLUMN post_incident_status TEXT;
ALTER TABLE incidents ADD COLUMN closed_at TEXT;
CREATE TABLE post_incident_flows (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations(id),
  doc TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX post_incident_flows_org ON post_incident_flows(organization_id, id);
CREATE TABLE post_incident_seeded (
  organization_id TEXT PRIMARY KEY REFERENCES organizations(id),
  seeded_at TEXT NOT NULL
);
CREATE TABLE incident_records (
  incident_id TEXT PRIMARY KEY REFERENCES incidents(id),
  organization_id TEXT NOT NULL REFERENCES organizations(id),
  doc TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
ALTER TABLE organization_settings ADD COLUMN incident_channel_id TEXT;
`,
  },
  {
    version: 12,
    name: "integrations (incident.io) and their accepted inbound deliveries",
    // incident.io connections (issue #15): the API key and the inbound webhook's signing secret sealed, and the
    // webhook-ids of accepted deliveries (a replay is accepted once).
    sql: `
CREATE TABLE integrations (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations(id),
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  api_key_sealed TEXT NOT NULL,
  api_key_hint TEXT NOT NULL,
  signing_secret_sealed TEXT,
  signing_secret_set_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX integrations_org ON integrations(organization_id, id);
CREATE TABLE integration_deliveries (
  integration_id TEXT NOT NULL,
  webhook_id TEXT NOT NULL,
  event_id TEXT NOT NULL,
  received_at TEXT NOT NULL,
  PRIMARY KEY (integration_id, webhook_id)
);
CREATE INDEX integration_deliveries_age ON integration_deliveries(integration_id, received_at);
`,
  },
  {
    version: 13,
    name: "organization notification contacts",
    // Who is told when Tripwire disables one of the organization's webhook endpoints (JSON arrays; issue #13 point 6).
    sql: `
ALTER TABLE organizations ADD COLUMN notification_emails TEXT NOT NULL DEFAULT '[]';
ALTER TABLE organizations ADD COLUMN notification_channel_ids TEXT NOT NULL DEFAULT '[]';
`,
  },
  {
    version: 14,
    name: "channel keys, test runs",
    // A channel's stable key (unique per organization when set; workflows and escalation levels name a channel by
    // id or key) and whether a run is a test run (POST /workflows/{id}/runs with a sample event or a resource).
    sql: `
ALTER TABLE channels ADD COLUMN key TEXT;
CREATE UNIQUE INDEX channels_key ON channels(organization_id, key) WHERE key IS NOT NULL;
ALTER TABLE runs ADD COLUMN test INTEGER NOT NULL DEFAULT 0;
`,
  },
  {
    version: 15,
    name: "jobs: organization, for fair leasing",
    // Whose work a job is (null: server-wide), so leases take every organization's oldest due job first and one
    // organization's burst cannot hold another's work back (JobRepo.lease). Jobs queued before stay null.
    sql: `
ALTER TABLE jobs ADD COLUMN organization_id TEXT;
`,
  },
  {
    version: 16,
    name: "heartbeats: auto_incident, their incident; what each history entry did about it",
    // Heartbeats open their own incident (`auto_incident`, issue #14) and remember it until the next good ping
    // resolves it. Their history (heartbeat_pings) gains `missed` entries (no request: method '' stands for null, as
    // SQLite cannot drop the column's NOT NULL in place) and, per entry, the incident opened or resolved and the
    // suppression (JSON) when it was held back.
    sql: `
ALTER TABLE heartbeats ADD COLUMN auto_incident INTEGER NOT NULL DEFAULT 0;
ALTER TABLE heartbeats ADD COLUMN incident_id TEXT;
ALTER TABLE heartbeat_pings ADD COLUMN incident_id TEXT;
ALTER TABLE heartbeat_pings ADD COLUMN suppressed TEXT;
`,
  },
  {
    version: 17,
    name: "workflows: activated_at",
    // When a workflow last became active: the triggers evaluate only events at or after it, so an event committed
    // just before an activation never starts a run however late it is evaluated. Workflows active before this
    // migration take their first version's time (their first activation).
    sql: `
ALTER TABLE workflows ADD COLUMN activated_at TEXT;
UPDATE workflows SET activated_at = (
  SELECT v.created_at FROM workflow_versions v WHERE v.workflow_id = workflows.id AND v.version = 1
) WHERE state != 'draft';
`,
  },
  {
    version: 18,
    name: "jobs: lane",
    // Jobs that share a limit the worker holds (a webhook endpoint's deliveries, its share of the worker's slots): a
    // lease takes at most a lane's room and passes over a lane without room (JobRepo.lease), instead of leasing
    // deliveries only to hand them back. Jobs queued before have none.
    sql: `
ALTER TABLE jobs ADD COLUMN lane TEXT;
`,
  },
  {
    version: 19,
    name: "webhooks: enabled_at",
    // When an endpoint last became active (its creation, or its latest re-enabling): the fan-out sends it only events
    // at or after it, so what it gets does not depend on how far behind the fan-out was. Endpoints from before take
    // their creation time.
    sql: `
ALTER TABLE webhooks ADD COLUMN enabled_at TEXT;
UPDATE webhooks SET enabled_at = created_at;
`,
  },
];
