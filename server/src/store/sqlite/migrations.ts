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
    version: 15,
    name: "jobs: organization, for fair leasing",
    // Whose work a job is (null: server-wide), so leases take every organization's oldest due job first and one
    // organization's burst cannot hold another's work back (JobRepo.lease). Jobs queued before stay null.
    sql: `
ALTER TABLE jobs ADD COLUMN organization_id TEXT;
`,
  },
];
