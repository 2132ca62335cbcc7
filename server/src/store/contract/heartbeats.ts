/**
 * Heartbeats and error rules: a heartbeat is found by its token's hash (and by nothing else across organizations),
 * updates round-trip every field, deleting it takes its pings and incident links, pings page newest first and are pruned by age per
 * organization; an error rule's window is recorded as fired once (`markFired` true, then false), and fired windows
 * are pruned by age.
 */
import { describe, expect, test } from "bun:test";
import { newId } from "../../ids.ts";
import type { HeartbeatPingRecord, HeartbeatRecord, ErrorRuleRecord } from "../types.ts";
import * as f from "./fixtures.ts";
import { freshStore, type OpenStore } from "./harness.ts";

const heartbeat = (orgId: string, o: Partial<HeartbeatRecord> = {}): HeartbeatRecord => {
  const id = newId("hbt");
  return {
    id,
    organization_id: orgId,
    name: "nightly",
    period: 60,
    schedule: null,
    tz: null,
    grace: 30,
    service_id: null,
    auto_incident: false,
    state: "pending",
    token_hash: `hash-${id}`,
    token_sealed: "v1:sealed",
    last_ping_at: null,
    last_ping_kind: null,
    started_at: null,
    started_rid: null,
    expected_at: null,
    deadline_at: null,
    incident_id: null,
    created_at: f.T0,
    updated_at: f.T0,
    ...o,
  };
};
const ping = (h: HeartbeatRecord, created_at: string): HeartbeatPingRecord => ({
  id: newId("hbp"),
  organization_id: h.organization_id,
  heartbeat_id: h.id,
  kind: "success",
  exit_code: null,
  rid: null,
  method: "GET",
  user_agent: null,
  body: null,
  duration_ms: null,
  incident_id: null,
  suppressed: null,
  created_at,
});

export function heartbeatsContract(open: OpenStore): void {
  describe("heartbeats and error rules", () => {
    const store = freshStore(open);

    test("found by token hash; updates round-trip; delete takes the pings", async () => {
      const s = store();
      const org = f.organization();
      await s.transaction((tx) => tx.organizations.create(org));
      const h = heartbeat(org.id);
      await s.transaction((tx) => tx.heartbeats.create(h));
      expect(await s.heartbeats.byTokenHash(h.token_hash)).toEqual(h);
      expect(await s.heartbeats.byTokenHash("hash-nothing")).toBeNull();
      const changed: HeartbeatRecord = {
        ...h,
        period: null,
        schedule: "0 2 * * *",
        tz: "Europe/Paris",
        state: "up",
        last_ping_at: f.T1,
        last_ping_kind: "start",
        started_at: f.T1,
        started_rid: "run-1",
        expected_at: f.T1,
        deadline_at: f.T1,
        auto_incident: true,
        incident_id: "inc_1",
        updated_at: f.T1,
      };
      await s.transaction((tx) => tx.heartbeats.update(changed));
      expect(await s.heartbeats.get(org.id, h.id)).toEqual(changed);
      expect(await s.heartbeats.get(f.organization().id, h.id)).toBeNull();
      const p = { ...ping(h, f.T1), exit_code: 3, kind: "fail" as const, rid: "r", body: "out", duration_ms: 1200, user_agent: "curl" };
      await s.transaction((tx) => tx.heartbeats.addPing(p));
      // A `missed` entry: no request (method null), with what was done about the incident.
      const missed = { ...ping(h, f.T1), kind: "missed" as const, method: null, incident_id: "inc_1" };
      const held = { ...ping(h, f.T1), kind: "missed" as const, method: null, suppressed: { reason: "maintenance_window" as const, detail: "under maintenance" } };
      await s.transaction(async (tx) => {
        await tx.heartbeats.addPing(missed);
        await tx.heartbeats.addPing(held);
      });
      const shown = [held, missed, p].map(({ organization_id: _o, heartbeat_id: _h, ...rest }) => rest);
      expect((await s.heartbeats.pings(org.id, h.id, { limit: 10 })).items).toEqual(shown);
      await s.transaction((tx) => tx.monitorIncidents.link(org.id, h.id, "inc_1", f.T1));
      expect(await s.monitorIncidents.latest(org.id, h.id)).toBe("inc_1");
      await s.transaction((tx) => tx.heartbeats.delete(org.id, h.id));
      expect(await s.heartbeats.get(org.id, h.id)).toBeNull();
      expect(await s.monitorIncidents.latest(org.id, h.id)).toBeNull();
      expect((await s.heartbeats.pings(org.id, h.id, { limit: 10 })).items).toEqual([]);
    });

    test("pings page newest first and are pruned by age, per organization", async () => {
      const s = store();
      const [a, b] = [f.organization(), f.organization()];
      await s.transaction(async (tx) => {
        await tx.organizations.create(a);
        await tx.organizations.create(b);
      });
      const ha = heartbeat(a.id);
      const hb = heartbeat(b.id);
      const pings = [ping(ha, f.T0), ping(ha, f.T0), ping(ha, f.T1), ping(hb, f.T0)];
      await s.transaction(async (tx) => {
        await tx.heartbeats.create(ha);
        await tx.heartbeats.create(hb);
        for (const p of pings) await tx.heartbeats.addPing(p);
      });
      const first = await s.heartbeats.pings(a.id, ha.id, { limit: 2 });
      expect(first.items.map((p) => p.id)).toEqual([pings[2]!.id, pings[1]!.id]);
      const second = await s.heartbeats.pings(a.id, ha.id, { limit: 2, after: first.nextAfter! });
      expect({ ids: second.items.map((p) => p.id), next: second.nextAfter }).toEqual({ ids: [pings[0]!.id], next: null });
      expect(await s.transaction((tx) => tx.heartbeats.prunePings(a.id, f.T1, 1))).toBe(1);
      expect(await s.transaction((tx) => tx.heartbeats.prunePings(a.id, f.T1, 10))).toBe(1);
      expect((await s.heartbeats.pings(a.id, ha.id, { limit: 10 })).items.map((p) => p.id)).toEqual([pings[2]!.id]);
      expect((await s.heartbeats.pings(b.id, hb.id, { limit: 10 })).items).toHaveLength(1);
    });

    test("an error rule's window is marked fired once; fired windows are pruned by age", async () => {
      const s = store();
      const org = f.organization();
      await s.transaction((tx) => tx.organizations.create(org));
      const rule: ErrorRuleRecord = {
        id: newId("erl"),
        organization_id: org.id,
        name: null,
        service_id: "svc_x",
        threshold: 5,
        window: 300,
        fingerprint: "fp",
        level: "fatal",
        created_at: f.T0,
        updated_at: f.T0,
      };
      await s.transaction((tx) => tx.errorRules.create(rule));
      expect(await s.errorRules.all(org.id)).toEqual([rule]);
      await s.transaction((tx) => tx.errorRules.update({ ...rule, threshold: 9, fingerprint: null, level: null }));
      expect((await s.errorRules.get(org.id, rule.id))?.threshold).toBe(9);
      const W = 1_767_225_600_000;
      expect(await s.transaction((tx) => tx.errorRules.markFired(org.id, rule.id, W, 6, f.T0))).toBe(true);
      expect(await s.transaction((tx) => tx.errorRules.markFired(org.id, rule.id, W, 7, f.T0))).toBe(false);
      expect(await s.transaction((tx) => tx.errorRules.markFired(org.id, rule.id, W + 300_000, 6, f.T1))).toBe(true);
      expect(await s.transaction((tx) => tx.errorRules.pruneFired(org.id, f.T1, 10))).toBe(1);
      expect(await s.transaction((tx) => tx.errorRules.markFired(org.id, rule.id, W + 300_000, 6, f.T1))).toBe(false);
      await s.transaction((tx) => tx.errorRules.delete(org.id, rule.id));
      expect(await s.errorRules.all(org.id)).toEqual([]);
    });
  });
}
