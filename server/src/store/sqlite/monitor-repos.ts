/** SQLite repositories for uptime monitors, their checks, maintenance windows and automation settings (store/monitor-types.ts). */
import type { AutomationSettings } from "../../types.ts";
import type {
  AutomationSettingsRepo,
  MaintenanceWindowRecord,
  MaintenanceWindowRepo,
  MonitorCheckRecord,
  MonitorCheckRepo,
  MonitorFilter,
  MonitorIncidentRepo,
  MonitorRecord,
  MonitorRepo,
  PageQuery,
} from "../types.ts";
import { json, pageParams, toPage } from "./paging.ts";
import type { Row, Statements } from "./statements.ts";

const doc = <T>(r: Row): T => JSON.parse(r.doc) as T;

class Monitors implements MonitorRepo {
  constructor(private q: Statements) {}
  async create(m: MonitorRecord) {
    this.q.get("INSERT INTO monitors (id, organization_id, state, doc) VALUES ($id, $orgId, $state, $doc)").run({ id: m.id, orgId: m.organization_id, state: m.state, doc: json.stringify(m) });
  }
  async get(orgId: string, id: string) {
    const r = this.q.get("SELECT doc FROM monitors WHERE organization_id = $orgId AND id = $id").get({ orgId, id }) as Row | null;
    return r ? doc<MonitorRecord>(r) : null;
  }
  async list(orgId: string, f: MonitorFilter, page: PageQuery) {
    const rows = this.q
      .get(
        `SELECT id, doc FROM monitors WHERE organization_id = $orgId AND ($after IS NULL OR id < $after) AND ($state IS NULL OR state = $state)
         ORDER BY id DESC LIMIT $limit`,
      )
      .all({ orgId, state: f.state ?? null, ...pageParams(page) }) as Row[];
    return toPage(rows, page, doc<MonitorRecord>);
  }
  async update(m: MonitorRecord) {
    this.q.get("UPDATE monitors SET state = $state, doc = $doc WHERE organization_id = $orgId AND id = $id").run({ id: m.id, orgId: m.organization_id, state: m.state, doc: json.stringify(m) });
  }
  async delete(orgId: string, id: string) {
    this.q.get("DELETE FROM monitor_checks WHERE organization_id = $orgId AND monitor_id = $id").run({ orgId, id });
    this.q.get("DELETE FROM monitor_incidents WHERE organization_id = $orgId AND monitor_id = $id").run({ orgId, id });
    this.q.get("DELETE FROM monitors WHERE organization_id = $orgId AND id = $id").run({ orgId, id });
  }
  async detachService(orgId: string, serviceId: string) {
    const rows = this.q
      .get("SELECT doc FROM monitors WHERE organization_id = $orgId AND json_extract(doc, '$.service_id') = $serviceId")
      .all({ orgId, serviceId }) as Row[];
    for (const r of rows) await this.update({ ...doc<MonitorRecord>(r), service_id: null });
  }
}

class Checks implements MonitorCheckRepo {
  constructor(private q: Statements) {}
  async add(c: MonitorCheckRecord) {
    this.q
      .get("INSERT INTO monitor_checks (id, organization_id, monitor_id, checked_at, doc) VALUES ($id, $orgId, $monitorId, $at, $doc)")
      .run({ id: c.id, orgId: c.organization_id, monitorId: c.monitor_id, at: c.checked_at, doc: json.stringify(c) });
  }
  async list(orgId: string, monitorId: string, page: PageQuery) {
    const rows = this.q
      .get(
        `SELECT id, doc FROM monitor_checks WHERE organization_id = $orgId AND monitor_id = $monitorId AND ($after IS NULL OR id < $after)
         ORDER BY id DESC LIMIT $limit`,
      )
      .all({ orgId, monitorId, ...pageParams(page) }) as Row[];
    return toPage(rows, page, doc<MonitorCheckRecord>);
  }
  async prune(orgId: string, before: string, limit: number) {
    return this.q
      .get(
        `DELETE FROM monitor_checks WHERE id IN (
           SELECT id FROM monitor_checks WHERE organization_id = $orgId AND checked_at < $before ORDER BY checked_at LIMIT $limit)`,
      )
      .run({ orgId, before, limit }).changes;
  }
}

class Windows implements MaintenanceWindowRepo {
  constructor(private q: Statements) {}
  private params(w: MaintenanceWindowRecord) {
    return { id: w.id, orgId: w.organization_id, serviceId: w.service_id, startsAt: w.starts_at, endsAt: w.ends_at, doc: json.stringify(w) };
  }
  async create(w: MaintenanceWindowRecord) {
    this.q
      .get("INSERT INTO maintenance_windows (id, organization_id, service_id, starts_at, ends_at, doc) VALUES ($id, $orgId, $serviceId, $startsAt, $endsAt, $doc)")
      .run(this.params(w));
  }
  async get(orgId: string, id: string) {
    const r = this.q.get("SELECT doc FROM maintenance_windows WHERE organization_id = $orgId AND id = $id").get({ orgId, id }) as Row | null;
    return r ? doc<MaintenanceWindowRecord>(r) : null;
  }
  async list(orgId: string, page: PageQuery) {
    const rows = this.q
      .get("SELECT id, doc FROM maintenance_windows WHERE organization_id = $orgId AND ($after IS NULL OR id < $after) ORDER BY id DESC LIMIT $limit")
      .all({ orgId, ...pageParams(page) }) as Row[];
    return toPage(rows, page, doc<MaintenanceWindowRecord>);
  }
  async update(w: MaintenanceWindowRecord) {
    this.q
      .get("UPDATE maintenance_windows SET service_id = $serviceId, starts_at = $startsAt, ends_at = $endsAt, doc = $doc WHERE organization_id = $orgId AND id = $id")
      .run(this.params(w));
  }
  async delete(orgId: string, id: string) {
    this.q.get("DELETE FROM maintenance_windows WHERE organization_id = $orgId AND id = $id").run({ orgId, id });
  }
  async deleteForService(orgId: string, serviceId: string) {
    this.q.get("DELETE FROM maintenance_windows WHERE organization_id = $orgId AND service_id = $serviceId").run({ orgId, serviceId });
  }
  async activeFor(orgId: string, serviceId: string, at: string) {
    // ISO times in UTC with milliseconds compare as text.
    const r = this.q
      .get(
        `SELECT doc FROM maintenance_windows WHERE organization_id = $orgId AND service_id = $serviceId AND ends_at > $at AND starts_at <= $at
         ORDER BY id LIMIT 1`,
      )
      .get({ orgId, serviceId, at }) as Row | null;
    return r ? doc<MaintenanceWindowRecord>(r) : null;
  }
}

class Automation implements AutomationSettingsRepo {
  constructor(private q: Statements) {}
  async get(orgId: string) {
    const r = this.q.get("SELECT settings FROM automation_settings WHERE organization_id = $orgId").get({ orgId }) as Row | null;
    return r ? (JSON.parse(r.settings) as AutomationSettings) : null;
  }
  async put(orgId: string, settings: AutomationSettings, at: string) {
    this.q
      .get(
        `INSERT INTO automation_settings (organization_id, settings, updated_at) VALUES ($orgId, $settings, $at)
         ON CONFLICT (organization_id) DO UPDATE SET settings = excluded.settings, updated_at = excluded.updated_at`,
      )
      .run({ orgId, settings: json.stringify(settings), at });
  }
}

class MonitorIncidents implements MonitorIncidentRepo {
  constructor(private q: Statements) {}
  async link(orgId: string, monitorId: string, incidentId: string, at: string) {
    this.q
      .get("INSERT INTO monitor_incidents (organization_id, monitor_id, incident_id, created_at) VALUES ($orgId, $monitorId, $incidentId, $at) ON CONFLICT DO NOTHING")
      .run({ orgId, monitorId, incidentId, at });
  }
  async latest(orgId: string, monitorId: string) {
    const r = this.q
      .get("SELECT incident_id FROM monitor_incidents WHERE organization_id = $orgId AND monitor_id = $monitorId ORDER BY incident_id DESC LIMIT 1")
      .get({ orgId, monitorId }) as Row | null;
    return r ? (r.incident_id as string) : null;
  }
}

export function monitorRepos(q: Statements) {
  return {
    monitors: new Monitors(q),
    monitorChecks: new Checks(q),
    maintenanceWindows: new Windows(q),
    automation: new Automation(q),
    monitorIncidents: new MonitorIncidents(q),
  };
}
