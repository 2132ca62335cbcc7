/** PostgreSQL repositories for uptime monitors, checks, maintenance windows and automation settings (as sqlite/monitor-repos.ts). */
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
import type { Q, Row } from "./db.ts";
import { after, json, limitPlusOne, toPage } from "./paging.ts";

const doc = <T>(r: Row): T => JSON.parse(r.doc) as T;

class Monitors implements MonitorRepo {
  constructor(private q: Q) {}
  async create(m: MonitorRecord) {
    await this.q`INSERT INTO monitors (id, organization_id, state, doc) VALUES (${m.id}, ${m.organization_id}, ${m.state}, ${json.stringify(m)})`;
  }
  async get(orgId: string, id: string) {
    const r = (await this.q`SELECT doc FROM monitors WHERE organization_id = ${orgId} AND id = ${id}`)[0];
    return r ? doc<MonitorRecord>(r) : null;
  }
  async list(orgId: string, f: MonitorFilter, page: PageQuery) {
    const state = f.state ?? null;
    const rows = await this.q`SELECT id, doc FROM monitors WHERE organization_id = ${orgId} AND (${after(page)}::text IS NULL OR id < ${after(page)})
      AND (${state}::text IS NULL OR state = ${state}) ORDER BY id DESC LIMIT ${limitPlusOne(page)}`;
    return toPage(rows, page, doc<MonitorRecord>);
  }
  async update(m: MonitorRecord) {
    await this.q`UPDATE monitors SET state = ${m.state}, doc = ${json.stringify(m)} WHERE organization_id = ${m.organization_id} AND id = ${m.id}`;
  }
  async delete(orgId: string, id: string) {
    await this.q`DELETE FROM monitor_checks WHERE organization_id = ${orgId} AND monitor_id = ${id}`;
    await this.q`DELETE FROM monitor_incidents WHERE organization_id = ${orgId} AND monitor_id = ${id}`;
    await this.q`DELETE FROM monitors WHERE organization_id = ${orgId} AND id = ${id}`;
  }
  async detachService(orgId: string, serviceId: string) {
    const rows = await this.q`SELECT doc FROM monitors WHERE organization_id = ${orgId} AND (doc::jsonb ->> 'service_id') = ${serviceId}`;
    for (const r of rows) await this.update({ ...doc<MonitorRecord>(r), service_id: null });
  }
}

class Checks implements MonitorCheckRepo {
  constructor(private q: Q) {}
  async add(c: MonitorCheckRecord) {
    await this.q`INSERT INTO monitor_checks (id, organization_id, monitor_id, checked_at, doc)
      VALUES (${c.id}, ${c.organization_id}, ${c.monitor_id}, ${c.checked_at}, ${json.stringify(c)})`;
  }
  async list(orgId: string, monitorId: string, page: PageQuery) {
    const rows = await this.q`SELECT id, doc FROM monitor_checks WHERE organization_id = ${orgId} AND monitor_id = ${monitorId}
      AND (${after(page)}::text IS NULL OR id < ${after(page)}) ORDER BY id DESC LIMIT ${limitPlusOne(page)}`;
    return toPage(rows, page, doc<MonitorCheckRecord>);
  }
  async prune(orgId: string, before: string, limit: number) {
    return (
      await this.q`DELETE FROM monitor_checks WHERE id IN (
        SELECT id FROM monitor_checks WHERE organization_id = ${orgId} AND checked_at < ${before} ORDER BY checked_at LIMIT ${limit})`
    ).count;
  }
}

class Windows implements MaintenanceWindowRepo {
  constructor(private q: Q) {}
  async create(w: MaintenanceWindowRecord) {
    await this.q`INSERT INTO maintenance_windows (id, organization_id, service_id, starts_at, ends_at, doc)
      VALUES (${w.id}, ${w.organization_id}, ${w.service_id}, ${w.starts_at}, ${w.ends_at}, ${json.stringify(w)})`;
  }
  async get(orgId: string, id: string) {
    const r = (await this.q`SELECT doc FROM maintenance_windows WHERE organization_id = ${orgId} AND id = ${id}`)[0];
    return r ? doc<MaintenanceWindowRecord>(r) : null;
  }
  async list(orgId: string, page: PageQuery) {
    const rows = await this.q`SELECT id, doc FROM maintenance_windows WHERE organization_id = ${orgId}
      AND (${after(page)}::text IS NULL OR id < ${after(page)}) ORDER BY id DESC LIMIT ${limitPlusOne(page)}`;
    return toPage(rows, page, doc<MaintenanceWindowRecord>);
  }
  async update(w: MaintenanceWindowRecord) {
    await this.q`UPDATE maintenance_windows SET service_id = ${w.service_id}, starts_at = ${w.starts_at}, ends_at = ${w.ends_at}, doc = ${json.stringify(w)}
      WHERE organization_id = ${w.organization_id} AND id = ${w.id}`;
  }
  async delete(orgId: string, id: string) {
    await this.q`DELETE FROM maintenance_windows WHERE organization_id = ${orgId} AND id = ${id}`;
  }
  async deleteForService(orgId: string, serviceId: string) {
    await this.q`DELETE FROM maintenance_windows WHERE organization_id = ${orgId} AND service_id = ${serviceId}`;
  }
  async activeFor(orgId: string, serviceId: string, at: string) {
    const r = (
      await this.q`SELECT doc FROM maintenance_windows WHERE organization_id = ${orgId} AND service_id = ${serviceId} AND ends_at > ${at} AND starts_at <= ${at}
        ORDER BY id LIMIT 1`
    )[0];
    return r ? doc<MaintenanceWindowRecord>(r) : null;
  }
}

class Automation implements AutomationSettingsRepo {
  constructor(private q: Q) {}
  async get(orgId: string) {
    const r = (await this.q`SELECT settings FROM automation_settings WHERE organization_id = ${orgId}`)[0];
    return r ? (JSON.parse(r.settings) as AutomationSettings) : null;
  }
  async put(orgId: string, settings: AutomationSettings, at: string) {
    await this.q`INSERT INTO automation_settings (organization_id, settings, updated_at) VALUES (${orgId}, ${json.stringify(settings)}, ${at})
      ON CONFLICT (organization_id) DO UPDATE SET settings = excluded.settings, updated_at = excluded.updated_at`;
  }
}

class MonitorIncidents implements MonitorIncidentRepo {
  constructor(private q: Q) {}
  async link(orgId: string, monitorId: string, incidentId: string, at: string) {
    await this.q`INSERT INTO monitor_incidents (organization_id, monitor_id, incident_id, created_at) VALUES (${orgId}, ${monitorId}, ${incidentId}, ${at})
      ON CONFLICT DO NOTHING`;
  }
  async latest(orgId: string, monitorId: string) {
    const r = (await this.q`SELECT incident_id FROM monitor_incidents WHERE organization_id = ${orgId} AND monitor_id = ${monitorId}
      ORDER BY incident_id DESC LIMIT 1`)[0];
    return r ? (r.incident_id as string) : null;
  }
}

export function monitorRepos(q: Q) {
  return {
    monitors: new Monitors(q),
    monitorChecks: new Checks(q),
    maintenanceWindows: new Windows(q),
    automation: new Automation(q),
    monitorIncidents: new MonitorIncidents(q),
  };
}
