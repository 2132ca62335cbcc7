/**
 * Post-incident storage (store/types.ts PostIncidentRepo): flows, the once-only default marker, one document per
 * incident, the incident's post-incident columns and the organization's incident channel — each read back as written
 * and only by its own organization.
 */
import { describe, expect, test } from "bun:test";
import type { IncidentRecordDoc, PostIncidentFlowRecord } from "../types.ts";
import * as f from "./fixtures.ts";
import { freshStore, type OpenStore } from "./harness.ts";
import { newId } from "../../ids.ts";

const flow = (orgId: string, name: string, created_at = f.T0): PostIncidentFlowRecord => ({
  id: newId("pif"),
  organization_id: orgId,
  name,
  description: null,
  entry: "automatic",
  conditions: { operator: "AND", conditions: [{ field: "severity", operator: "in", value: ["major", "critical"] }] },
  statuses: [{ name: "Documenting", tasks: [{ kind: "create_postmortem", title: "Create a post-mortem", description: "Ünïcode ✓", due_after_days: 5, assignee_id: null, assignee_role: null, role: null }] }],
  is_default: false,
  created_at,
  updated_at: created_at,
});

export function postIncidentContract(open: OpenStore): void {
  describe("post-incident", () => {
    const current = freshStore(open);

    test("flows round-trip, list newest first, all() oldest first, and stay in their organization", async () => {
      const store = current();
      const { a, b } = await f.twoOrganizations(store);
      const first = flow(a, "First", f.T0);
      const second = flow(a, "Second", f.T1);
      await store.transaction(async (tx) => {
        await tx.postIncident.createFlow(second);
        await tx.postIncident.createFlow(first);
      });
      expect(await store.postIncident.getFlow(a, first.id)).toEqual(first);
      expect(await store.postIncident.getFlow(b, first.id)).toBeNull();
      expect((await store.postIncident.allFlows(a)).map((x) => x.name)).toEqual(["First", "Second"]);
      expect(await store.postIncident.allFlows(b)).toEqual([]);
      const page = await store.postIncident.listFlows(a, { limit: 1 });
      expect(page.items.map((x) => x.id)).toEqual([[first.id, second.id].sort()[1]!]);
      expect(page.nextAfter).not.toBeNull();
      const edited = { ...first, name: "Renamed", statuses: [] };
      await store.transaction(async (tx) => {
        await tx.postIncident.updateFlow({ ...edited, organization_id: b }); // another organization's write changes nothing
        await tx.postIncident.deleteFlow(b, second.id);
      });
      expect((await store.postIncident.getFlow(a, first.id))?.name).toBe("First");
      expect(await store.postIncident.getFlow(a, second.id)).not.toBeNull();
      await store.transaction((tx) => tx.postIncident.updateFlow(edited));
      expect(await store.postIncident.getFlow(a, first.id)).toEqual(edited);
    });

    test("the default marker is per organization and idempotent", async () => {
      const store = current();
      const { a, b } = await f.twoOrganizations(store);
      expect(await store.postIncident.seeded(a)).toBe(false);
      await store.transaction(async (tx) => {
        await tx.postIncident.markSeeded(a, f.T0);
        await tx.postIncident.markSeeded(a, f.T1);
      });
      expect(await store.postIncident.seeded(a)).toBe(true);
      expect(await store.postIncident.seeded(b)).toBe(false);
    });

    test("an incident's document and post-incident columns round-trip, by organization", async () => {
      const store = current();
      const { a, b } = await f.twoOrganizations(store);
      const inc = f.incident({ status: "post_incident", post_incident_status: "Documenting" });
      await store.transaction((tx) => tx.incidents.create(a, inc));
      expect(await store.incidents.get(a, inc.id)).toEqual(inc);
      const closed = { ...inc, status: "closed" as const, post_incident_status: null, closed_at: f.T1 };
      await store.transaction((tx) => tx.incidents.update(a, closed));
      expect(await store.incidents.get(a, inc.id)).toEqual(closed);
      expect((await store.incidents.list(a, { status: "closed" }, { limit: 10 })).items.map((i) => i.id)).toEqual([inc.id]);

      const doc: IncidentRecordDoc = { post_incident: null, postmortem: null, debrief: null, roles: { postmortem_owner: "mem_x" }, follow_ups: [] };
      expect(await store.postIncident.getRecord(a, inc.id)).toBeNull();
      await store.transaction((tx) => tx.postIncident.putRecord(a, inc.id, doc, f.T0));
      expect(await store.postIncident.getRecord(a, inc.id)).toEqual(doc);
      expect(await store.postIncident.getRecord(b, inc.id)).toBeNull();
      // B cannot overwrite A's document.
      await store.transaction((tx) => tx.postIncident.putRecord(b, inc.id, { ...doc, roles: {} }, f.T1));
      expect(await store.postIncident.getRecord(a, inc.id)).toEqual(doc);
    });

    test("the incident channel is kept beside the retention settings without changing them", async () => {
      const store = current();
      const { a, b } = await f.twoOrganizations(store);
      expect(await store.postIncident.incidentChannel(a)).toBeNull();
      await store.transaction((tx) => tx.postIncident.setIncidentChannel(a, "chn_1", f.T0));
      expect(await store.postIncident.incidentChannel(a)).toBe("chn_1");
      expect(await store.postIncident.incidentChannel(b)).toBeNull();
      expect((await store.settings.get(a))?.retention).toEqual({ events: null, runs: null, deliveries: null, monitor_history: null });
      const retention = { events: 3600, runs: null, deliveries: null, monitor_history: null };
      await store.transaction((tx) => tx.settings.put(a, retention, f.T1));
      expect(await store.postIncident.incidentChannel(a)).toBe("chn_1");
      await store.transaction((tx) => tx.postIncident.setIncidentChannel(a, null, f.T1));
      expect(await store.postIncident.incidentChannel(a)).toBeNull();
      expect((await store.settings.get(a))?.retention).toEqual(retention);
    });
  });
}
