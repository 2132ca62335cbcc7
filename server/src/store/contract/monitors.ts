/**
 * Uptime monitors (store/types.ts: MonitorRepo, MonitorCheckRepo, MaintenanceWindowRepo, AutomationSettingsRepo,
 * MonitorIncidentRepo): a monitor reads back as written and filters by state; checks page newest first and are pruned
 * oldest first by check time, per organization; a maintenance window is active from its start (inclusive) to its end
 * (exclusive), for its service only; the newest incident link wins; automation settings are per organization.
 */
import { describe, expect, test } from "bun:test";
import { newId } from "../../ids.ts";
import type { MonitorCheckRecord, MonitorRecord } from "../types.ts";
import * as f from "./fixtures.ts";
import { freshStore, type OpenStore } from "./harness.ts";

const monitor = (orgId: string, o: Partial<MonitorRecord> = {}): MonitorRecord => ({
  id: newId("mon"),
  organization_id: orgId,
  name: "API",
  url: "https://api.example.com/health",
  method: "GET",
  headers: {},
  body: null,
  check_frequency: 60,
  request_timeout: 30,
  expected_status_codes: ["2xx", 301],
  keyword: null,
  keyword_mode: "must_contain",
  follow_redirects: true,
  service_id: null,
  confirmation: 3,
  recovery: 2,
  auto_incident: false,
  state: "pending",
  last_checked_at: null,
  last_error: null,
  incident_id: null,
  created_at: f.T0,
  updated_at: f.T0,
  failures: 0,
  successes: 0,
  ...o,
});

const check = (orgId: string, monitorId: string, at: string): MonitorCheckRecord => ({
  id: newId("chk"),
  organization_id: orgId,
  monitor_id: monitorId,
  scheduled_at: at,
  checked_at: at,
  duration_ms: 12.5,
  status_code: 200,
  outcome: "up",
  error_class: null,
  error: null,
  state: "up",
  incident_id: null,
  suppressed: null,
});

export function monitorsContract(open: OpenStore): void {
  describe("monitors", () => {
    const current = freshStore(open);

    test("a monitor reads back as written, filters by state, and is private to its organization", async () => {
      const store = current();
      const { a, b } = await f.twoOrganizations(store);
      const m = monitor(a);
      const down = monitor(a, { state: "down", failures: 3 });
      await store.transaction(async (tx) => {
        await tx.monitors.create(m);
        await tx.monitors.create(down);
      });
      expect(await store.monitors.get(a, m.id)).toEqual(m);
      expect(await store.monitors.get(b, m.id)).toBeNull();
      expect((await store.monitors.list(a, { state: "down" }, { limit: 10 })).items.map((x) => x.id)).toEqual([down.id]);
      expect((await store.monitors.list(a, {}, { limit: 1 })).nextAfter).toBe(down.id);
      await store.transaction((tx) => tx.monitors.update({ ...m, state: "up", successes: 1 }));
      expect((await store.monitors.list(a, { state: "up" }, { limit: 10 })).items).toEqual([{ ...m, state: "up", successes: 1 }]);
    });

    test("checks page newest first; prune deletes the oldest by check time, per organization; deleting the monitor deletes its checks", async () => {
      const store = current();
      const { a, b } = await f.twoOrganizations(store);
      const m = monitor(a);
      const old1 = check(a, m.id, "2026-01-01T00:00:00.000Z");
      const old2 = check(a, m.id, "2026-01-02T00:00:00.000Z");
      const fresh = check(a, m.id, "2026-03-01T00:00:00.000Z");
      const otherOrg = check(b, "mon_x", "2026-01-01T00:00:00.000Z");
      await store.transaction(async (tx) => {
        await tx.monitors.create(m);
        for (const c of [old1, old2, fresh, otherOrg]) await tx.monitorChecks.add(c);
      });
      expect((await store.monitorChecks.list(a, m.id, { limit: 10 })).items.map((c) => c.id)).toEqual([fresh.id, old2.id, old1.id]);
      expect(await store.transaction((tx) => tx.monitorChecks.prune(a, "2026-02-01T00:00:00.000Z", 1))).toBe(1);
      expect((await store.monitorChecks.list(a, m.id, { limit: 10 })).items.map((c) => c.id)).toEqual([fresh.id, old2.id]);
      expect(await store.transaction((tx) => tx.monitorChecks.prune(a, "2026-02-01T00:00:00.000Z", 10))).toBe(1);
      expect((await store.monitorChecks.list(b, "mon_x", { limit: 10 })).items).toHaveLength(1);
      await store.transaction((tx) => tx.monitors.delete(a, m.id));
      expect(await store.monitors.get(a, m.id)).toBeNull();
      expect((await store.monitorChecks.list(a, m.id, { limit: 10 })).items).toEqual([]);
    });

    test("maintenance windows: active from start (inclusive) to end (exclusive), for their service only", async () => {
      const store = current();
      const { a } = await f.twoOrganizations(store);
      const w = { id: newId("mnt"), organization_id: a, service_id: "svc_1", title: "DB", starts_at: "2026-01-01T10:00:00.000Z", ends_at: "2026-01-01T11:00:00.000Z", created_at: f.T0, updated_at: f.T0 };
      await store.transaction((tx) => tx.maintenanceWindows.create(w));
      expect(await store.maintenanceWindows.activeFor(a, "svc_1", "2026-01-01T10:00:00.000Z")).toEqual(w);
      expect(await store.maintenanceWindows.activeFor(a, "svc_1", "2026-01-01T10:59:59.999Z")).toEqual(w);
      expect(await store.maintenanceWindows.activeFor(a, "svc_1", "2026-01-01T11:00:00.000Z")).toBeNull();
      expect(await store.maintenanceWindows.activeFor(a, "svc_2", "2026-01-01T10:30:00.000Z")).toBeNull();
      await store.transaction((tx) => tx.maintenanceWindows.update({ ...w, ends_at: "2026-01-01T10:15:00.000Z" }));
      expect(await store.maintenanceWindows.activeFor(a, "svc_1", "2026-01-01T10:30:00.000Z")).toBeNull();
      await store.transaction((tx) => tx.maintenanceWindows.delete(a, w.id));
      expect(await store.maintenanceWindows.get(a, w.id)).toBeNull();
    });

    test("a service being deleted: its monitors are detached and its windows deleted, in its organization only", async () => {
      const store = current();
      const { a, b } = await f.twoOrganizations(store);
      const attached = monitor(a, { service_id: "svc_gone", state: "down", failures: 4 });
      const other = monitor(a, { service_id: "svc_kept" });
      const elsewhere = monitor(b, { service_id: "svc_gone" });
      const window = (org: string, service: string) => ({ id: newId("mnt"), organization_id: org, service_id: service, title: null, starts_at: f.T0, ends_at: f.T1, created_at: f.T0, updated_at: f.T0 });
      const [gone, kept, otherOrg] = [window(a, "svc_gone"), window(a, "svc_kept"), window(b, "svc_gone")];
      await store.transaction(async (tx) => {
        for (const m of [attached, other, elsewhere]) await tx.monitors.create(m);
        for (const w of [gone, kept, otherOrg]) await tx.maintenanceWindows.create(w);
      });
      await store.transaction(async (tx) => {
        await tx.monitors.detachService(a, "svc_gone");
        await tx.maintenanceWindows.deleteForService(a, "svc_gone");
      });
      expect(await store.monitors.get(a, attached.id)).toEqual({ ...attached, service_id: null });
      expect(await store.monitors.get(a, other.id)).toEqual(other);
      expect(await store.monitors.get(b, elsewhere.id)).toEqual(elsewhere);
      expect(await store.maintenanceWindows.get(a, gone.id)).toBeNull();
      expect(await store.maintenanceWindows.get(a, kept.id)).toEqual(kept);
      expect(await store.maintenanceWindows.get(b, otherOrg.id)).toEqual(otherOrg);
    });

    test("automation settings per organization; the newest incident link per monitor", async () => {
      const store = current();
      const { a, b } = await f.twoOrganizations(store);
      expect(await store.automation.get(a)).toBeNull();
      const s = { draft_mode: true, auto_publish_delay_minutes: 5 as const, cooldown_minutes: 30, one_open_incident_per_monitor: true };
      await store.transaction((tx) => tx.automation.put(a, s, f.T0));
      await store.transaction((tx) => tx.automation.put(a, { ...s, cooldown_minutes: 0 }, f.T1));
      expect(await store.automation.get(a)).toEqual({ ...s, cooldown_minutes: 0 });
      expect(await store.automation.get(b)).toBeNull();
      const first = newId("inc");
      const second = newId("inc");
      await store.transaction(async (tx) => {
        await tx.monitorIncidents.link(a, "mon_1", first, f.T0);
        await tx.monitorIncidents.link(a, "mon_1", second, f.T1);
        await tx.monitorIncidents.link(a, "mon_1", second, f.T1);
      });
      expect(await store.monitorIncidents.latest(a, "mon_1")).toBe(second);
      expect(await store.monitorIncidents.latest(b, "mon_1")).toBeNull();
    });
  });
}
