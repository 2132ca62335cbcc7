/**
 * Tenancy: a row written for organization A is invisible through every read scoped to organization B, and every
 * write scoped to B (update, delete, revoke, …) leaves A's row as it was. Each test also reads A's row back
 * through A first, so a store that hides everything cannot pass.
 */
import { describe, expect, test } from "bun:test";
import type { Organization } from "../../types.ts";
import type { Store } from "../types.ts";
import * as f from "./fixtures.ts";
import { freshStore, type OpenStore } from "./harness.ts";

export function tenancyContract(open: OpenStore): void {
  describe("tenancy", () => {
    const current = freshStore(open);
    let a: Organization;
    let b: Organization;
    let store: Store;
    const setup = async () => {
      store = current();
      a = f.organization("A");
      b = f.organization("B");
      await store.transaction(async (tx) => {
        await tx.organizations.create(a);
        await tx.organizations.create(b);
      });
    };
    const page = { limit: 50 };

    test("organizations: each id reads back its own organization", async () => {
      await setup();
      expect(await store.organizations.get(a.id)).toEqual(a);
      expect(await store.organizations.get(b.id)).toEqual(b);
      expect(await store.organizations.get("org_00000000000000000000000000")).toBeNull();
      expect((await store.organizations.list()).map((o) => o.id).sort()).toEqual([a.id, b.id].sort());
      expect(await store.organizations.count()).toBe(2);
    });

    test("organizations: contacts start empty; update replaces name and contacts of that organization only", async () => {
      await setup();
      expect(await store.organizations.get(a.id)).toMatchObject({ notification_emails: [], notification_channel_ids: [] });
      const changed = { ...a, name: "A2", notification_emails: ["ops@example.com", "cto@example.com"], notification_channel_ids: ["chn_1"] };
      await store.transaction((tx) => tx.organizations.update(changed));
      expect(await store.organizations.get(a.id)).toEqual(changed);
      expect(await store.organizations.get(b.id)).toEqual(b);
      expect((await store.organizations.list()).find((o) => o.id === a.id)).toEqual(changed);
    });

    test("apiKeys: B cannot read or revoke A's key", async () => {
      await setup();
      const key = f.apiKey(a.id);
      await store.transaction((tx) => tx.apiKeys.create(key));
      expect(await store.apiKeys.get(a.id, key.id)).toEqual(key);
      expect(await store.apiKeys.get(b.id, key.id)).toBeNull();
      expect((await store.apiKeys.list(b.id, page)).items).toEqual([]);
      await store.transaction((tx) => tx.apiKeys.revoke(b.id, key.id, f.T1));
      expect(await store.apiKeys.get(a.id, key.id)).toEqual(key);
      // Authentication looks keys up by hash alone, and finds the key with its organization.
      expect(await store.apiKeys.findByHash(key.key_hash)).toEqual(key);
    });

    test("members: B cannot read, find, update or delete A's member", async () => {
      await setup();
      const m = f.member();
      await store.transaction((tx) => tx.members.create(a.id, m));
      expect(await store.members.get(a.id, m.id)).toEqual(m);
      expect(await store.members.findByEmail(a.id, m.email)).toEqual(m);
      expect(await store.members.get(b.id, m.id)).toBeNull();
      expect(await store.members.findByEmail(b.id, m.email)).toBeNull();
      expect((await store.members.list(b.id, page)).items).toEqual([]);
      await store.transaction((tx) => tx.members.update(b.id, { ...m, name: "Mallory", updated_at: f.T1 }));
      await store.transaction((tx) => tx.members.delete(b.id, m.id));
      expect(await store.members.get(a.id, m.id)).toEqual(m);
    });

    test("services: B cannot read, find, see as existing, update or delete A's service", async () => {
      await setup();
      const s = f.service();
      await store.transaction((tx) => tx.services.create(a.id, s));
      expect(await store.services.get(a.id, s.id)).toEqual(s);
      expect(await store.services.findByName(a.id, s.name)).toEqual(s);
      expect(await store.services.existing(a.id, [s.id])).toEqual(new Set([s.id]));
      expect(await store.services.get(b.id, s.id)).toBeNull();
      expect(await store.services.findByName(b.id, s.name)).toBeNull();
      expect(await store.services.existing(b.id, [s.id])).toEqual(new Set());
      expect((await store.services.list(b.id, {}, page)).items).toEqual([]);
      await store.transaction((tx) => tx.services.update(b.id, { ...s, status: "major_outage", updated_at: f.T1 }));
      await store.transaction((tx) => tx.services.delete(b.id, s.id));
      expect(await store.services.get(a.id, s.id)).toEqual(s);
    });

    test("incidents and their updates: B cannot read, list, update or find A's incident by service or assignee", async () => {
      await setup();
      const s = f.service();
      const m = f.member();
      const inc = f.incident({ service_ids: [s.id], assignee_id: m.id });
      const upd = f.incidentUpdate(inc.id);
      await store.transaction(async (tx) => {
        await tx.services.create(a.id, s);
        await tx.members.create(a.id, m);
        await tx.incidents.create(a.id, inc);
        await tx.incidents.addUpdate(a.id, upd);
      });
      expect(await store.incidents.get(a.id, inc.id)).toEqual(inc);
      expect((await store.incidents.withService(a.id, s.id)).map((i) => i.id)).toEqual([inc.id]);
      expect((await store.incidents.withAssignee(a.id, m.id)).map((i) => i.id)).toEqual([inc.id]);
      expect((await store.incidents.listUpdates(a.id, inc.id, page)).items).toEqual([upd]);

      expect(await store.incidents.get(b.id, inc.id)).toBeNull();
      expect((await store.incidents.list(b.id, { includeArchived: true }, page)).items).toEqual([]);
      expect(await store.incidents.withService(b.id, s.id)).toEqual([]);
      expect(await store.incidents.withAssignee(b.id, m.id)).toEqual([]);
      expect((await store.incidents.listUpdates(b.id, inc.id, page)).items).toEqual([]);
      await store.transaction((tx) => tx.incidents.update(b.id, { ...inc, title: "Hijacked", status: "resolved" }));
      expect(await store.incidents.get(a.id, inc.id)).toEqual(inc);
    });

    test("events: B cannot read or list A's events", async () => {
      await setup();
      const e = f.event(a.id);
      await store.transaction((tx) => tx.events.append(e));
      expect((await store.events.get(a.id, e.id))?.id).toBe(e.id);
      expect(await store.events.get(b.id, e.id)).toBeNull();
      expect((await store.events.list(b.id, {}, page)).items).toEqual([]);
      expect((await store.events.list(b.id, { resourceId: e.resource_id }, page)).items).toEqual([]);
    });

    test("webhooks: B cannot read, list, see as active, update or delete A's webhook (nor drop its queued deliveries)", async () => {
      await setup();
      const w = f.webhook(a.id);
      // A delivery job of A's webhook, queued as the fan-out does (deleting a webhook drops its queued jobs).
      const job = { id: "dlv_contract_tenancy", kind: "webhook.deliver", payload: { delivery_id: "dlv_contract_tenancy", webhook_id: w.id }, runAtMs: 0 };
      await store.transaction(async (tx) => {
        await tx.webhooks.create(w);
        await tx.jobs.upsert(job, 0);
      });
      expect(await store.webhooks.get(a.id, w.id)).toEqual(w);
      expect(await store.webhooks.get(b.id, w.id)).toBeNull();
      expect((await store.webhooks.list(b.id, page)).items).toEqual([]);
      expect(await store.webhooks.active(b.id)).toEqual([]);
      await store.transaction((tx) => tx.webhooks.update({ ...w, organization_id: b.id, url: "https://evil.example.com/" }));
      await store.transaction((tx) => tx.webhooks.delete(b.id, w.id));
      expect(await store.webhooks.get(a.id, w.id)).toEqual(w);
      expect(await store.jobs.count(["webhook.deliver"])).toBe(1);
    });

    test("deliveries: B cannot read, list or update A's delivery", async () => {
      await setup();
      const w = f.webhook(a.id);
      const d = f.delivery(a.id, w.id);
      await store.transaction(async (tx) => {
        await tx.webhooks.create(w);
        await tx.deliveries.create(d);
      });
      expect(await store.deliveries.get(a.id, w.id, d.id)).toEqual(d);
      expect(await store.deliveries.get(b.id, w.id, d.id)).toBeNull();
      expect((await store.deliveries.list(b.id, w.id, undefined, page)).items).toEqual([]);
      await store.transaction((tx) => tx.deliveries.update({ ...d, organization_id: b.id, status: "failed", attempt_count: 9, updated_at: f.T1 }));
      expect(await store.deliveries.get(a.id, w.id, d.id)).toEqual(d);
    });

    test("deliveries.createMany stores what create stores", async () => {
      await setup();
      const w = f.webhook(a.id);
      const many = [f.delivery(a.id, w.id), { ...f.delivery(a.id, w.id), test: true, status: "retrying" as const, attempt_count: 2, next_attempt_at: null }];
      await store.transaction(async (tx) => {
        await tx.webhooks.create(w);
        await tx.deliveries.createMany(many);
        await tx.deliveries.createMany([]);
      });
      for (const d of many) expect(await store.deliveries.get(a.id, w.id, d.id)).toEqual(d);
    });

    test("workflows and versions: B cannot read, list, match by trigger, update, edit or delete A's workflow", async () => {
      await setup();
      const w = f.workflow(a.id);
      const v = f.workflowVersion(a.id, w.id, 1);
      const { organization_id: _, ...version } = v;
      await store.transaction(async (tx) => {
        await tx.workflows.create(w);
        await tx.workflows.addVersion(v);
      });
      expect(await store.workflows.get(a.id, w.id)).toEqual(w);
      expect((await store.workflows.byTrigger(a.id, "incident.created")).map((x) => x.id)).toEqual([w.id]);
      expect(await store.workflows.getVersion(a.id, w.id, 1)).toEqual(version);

      expect(await store.workflows.get(b.id, w.id)).toBeNull();
      expect((await store.workflows.list(b.id, {}, page)).items).toEqual([]);
      expect(await store.workflows.byTrigger(b.id, "incident.created")).toEqual([]);
      expect(await store.workflows.getVersion(b.id, w.id, 1)).toBeNull();
      expect((await store.workflows.listVersions(b.id, w.id, page)).items).toEqual([]);
      const hijack = [{ type: "add_label", label: "x" }] as unknown as typeof w.actions;
      await store.transaction(async (tx) => {
        await tx.workflows.update({ ...w, organization_id: b.id, name: "Hijacked", state: "disabled" });
        await tx.workflows.setActions(b.id, w.id, hijack);
        await tx.workflows.setVersionActions(b.id, w.id, 1, hijack);
        await tx.workflows.delete(b.id, w.id);
      });
      expect(await store.workflows.get(a.id, w.id)).toEqual(w);
      expect(await store.workflows.getVersion(a.id, w.id, 1)).toEqual(version);
    });

    test("runs: B cannot read, list, update or redefine A's run", async () => {
      await setup();
      const wf = f.workflow(a.id);
      const r = f.run(a.id, wf.id);
      await store.transaction(async (tx) => {
        await tx.workflows.create(wf);
        await tx.runs.create(r, [f.step(0)]);
      });
      expect(await store.runs.get(a.id, r.id)).toEqual(r);
      expect(await store.runs.get(b.id, r.id)).toBeNull();
      expect((await store.runs.list(b.id, {}, page)).items).toEqual([]);
      expect((await store.runs.list(b.id, { workflowId: wf.id }, page)).items).toEqual([]);
      await store.transaction(async (tx) => {
        await tx.runs.update({ ...r, organization_id: b.id, status: "canceled", error: "hijacked", ended_at: f.T1 });
        await tx.runs.setDefinition(b.id, r.id, { ...r.definition, name: "Hijacked" });
      });
      expect(await store.runs.get(a.id, r.id)).toEqual(r);
    });

    test("runs: a test run reads back as one (and the rest as not)", async () => {
      await setup();
      const wf = f.workflow(a.id);
      const plain = f.run(a.id, wf.id);
      const tried = { ...f.run(a.id, wf.id), test: true };
      await store.transaction(async (tx) => {
        await tx.workflows.create(wf);
        await tx.runs.create(plain, []);
        await tx.runs.create(tried, []);
      });
      expect((await store.runs.get(a.id, tried.id))?.test).toBe(true);
      expect((await store.runs.get(a.id, plain.id))?.test).toBe(false);
      expect((await store.runs.list(a.id, { workflowId: wf.id }, page)).items.map((r) => [r.id, r.test])).toEqual([
        [tried.id, true],
        [plain.id, false],
      ]);
    });

    test("the batch writes (runs.createMany, evaluations.createMany, jobs.upsertMany) store what one-row writes store", async () => {
      await setup();
      const wf = f.workflow(a.id);
      const steps = [f.step(0), { ...f.step(1), status: "completed" as const, output: { n: 1 }, input: { x: "y" }, attempts: 2, wait_until_ms: 1234 }];
      const single = f.run(a.id, wf.id);
      const batch = [{ ...f.run(a.id, wf.id), test: true, replay_of: single.id, duration_ms: 1.5, error: "e" }, f.run(a.id, wf.id)];
      const e1 = f.evaluation(a.id, wf.id);
      const e2 = { ...f.evaluation(a.id, wf.id), outcome: "started" as const, reason: null, run_id: single.id, conditions: null };
      await store.transaction(async (tx) => {
        await tx.workflows.create(wf);
        await tx.runs.create(single, steps);
        await tx.runs.createMany(batch.map((run) => ({ run, steps })));
        await tx.runs.createMany([]);
        await tx.evaluations.createMany([e1, e2]);
        await tx.evaluations.createMany([]);
        await tx.jobs.upsertMany(
          [
            { id: "bulk-1", kind: "workflow.run", payload: { run_id: "bulk-1" }, runAtMs: 5, organizationId: a.id },
            { id: "bulk-2", kind: "workflow.run", payload: { run_id: "bulk-2" }, runAtMs: 7 },
          ],
          0,
        );
        await tx.jobs.upsertMany([], 0);
      });
      for (const r of batch) expect(await store.runs.get(a.id, r.id)).toEqual(r);
      expect(await store.runs.steps(batch[0]!.id)).toEqual(await store.runs.steps(single.id));
      const listed = (await store.evaluations.list(a.id, wf.id, page)).items;
      expect(listed.map((x) => x.id).sort()).toEqual([e1.id, e2.id].sort());
      // An upsert of a queued job moves it, in a batch too.
      await store.transaction((tx) => tx.jobs.upsertMany([{ id: "bulk-2", kind: "workflow.run", payload: { run_id: "bulk-2", again: true }, runAtMs: 3 }], 0));
      const leased = await store.transaction((tx) => tx.jobs.lease(["workflow.run"], 10, 100, "w", 10));
      expect(leased.map((j) => [j.id, j.payload, j.runAtMs])).toEqual([
        ["bulk-2", { run_id: "bulk-2", again: true }, 3],
        ["bulk-1", { run_id: "bulk-1" }, 5],
      ]);
    });

    test("evaluations: B cannot list A's evaluations", async () => {
      await setup();
      const wf = f.workflow(a.id);
      const e = f.evaluation(a.id, wf.id);
      await store.transaction(async (tx) => {
        await tx.workflows.create(wf);
        await tx.evaluations.create(e);
      });
      expect((await store.evaluations.list(a.id, wf.id, page)).items.map((x) => x.id)).toEqual([e.id]);
      expect((await store.evaluations.list(b.id, wf.id, page)).items).toEqual([]);
    });

    test("channels: B cannot read, list, update or delete A's channel", async () => {
      await setup();
      const c = f.channel(a.id);
      await store.transaction((tx) => tx.channels.create(c));
      expect(await store.channels.get(a.id, c.id)).toEqual(c);
      expect(await store.channels.get(b.id, c.id)).toBeNull();
      expect((await store.channels.list(b.id, page)).items).toEqual([]);
      expect(await store.channels.all(b.id)).toEqual([]);
      await store.transaction(async (tx) => {
        await tx.channels.update({ ...c, organization_id: b.id, name: "Hijacked", config_sealed: "evil", updated_at: f.T1 });
        await tx.channels.delete(b.id, c.id);
      });
      expect(await store.channels.get(a.id, c.id)).toEqual(c);
    });

    test("channel keys: find by id or key within the organization; the same key in two organizations; a duplicate in one is refused", async () => {
      await setup();
      const c = { ...f.channel(a.id), key: "ch_slack_ops" };
      const other = { ...f.channel(b.id), key: "ch_slack_ops" };
      const plain = f.channel(a.id);
      await store.transaction(async (tx) => {
        await tx.channels.create(c);
        await tx.channels.create(other);
        await tx.channels.create(plain);
      });
      expect(await store.channels.find(a.id, "ch_slack_ops")).toEqual(c);
      expect(await store.channels.find(a.id, c.id)).toEqual(c);
      expect(await store.channels.find(b.id, "ch_slack_ops")).toEqual(other);
      expect(await store.channels.find(b.id, c.id)).toBeNull();
      expect(await store.channels.find(a.id, plain.id)).toEqual(plain);
      expect(await store.channels.find(a.id, "ch_nope")).toBeNull();
      await expect(store.transaction((tx) => tx.channels.create({ ...f.channel(a.id), key: "ch_slack_ops" }))).rejects.toThrow();
    });

    test("integrations: B cannot read, list, update or delete A's integration; byId finds it for its webhook", async () => {
      await setup();
      const i = f.integration(a.id);
      await store.transaction((tx) => tx.integrations.create(i));
      expect(await store.integrations.get(a.id, i.id)).toEqual(i);
      expect(await store.integrations.byId(i.id)).toEqual(i);
      expect(await store.integrations.get(b.id, i.id)).toBeNull();
      expect((await store.integrations.list(b.id, page)).items).toEqual([]);
      await store.transaction(async (tx) => {
        await tx.integrations.update({ ...i, organization_id: b.id, name: "Hijacked", api_key_sealed: "evil", updated_at: f.T1 });
        await tx.integrations.delete(b.id, i.id);
      });
      expect(await store.integrations.get(a.id, i.id)).toEqual(i);
      const withSecret = { ...i, signing_secret_sealed: "sealed-secret", signing_secret_set_at: f.T1, updated_at: f.T1 };
      await store.transaction((tx) => tx.integrations.update(withSecret));
      expect(await store.integrations.get(a.id, i.id)).toEqual(withSecret);
    });

    test("integrations: a webhook-id is claimed once per integration; deleting the integration forgets its ids", async () => {
      await setup();
      const i = f.integration(a.id);
      const j = f.integration(b.id);
      await store.transaction(async (tx) => {
        await tx.integrations.create(i);
        await tx.integrations.create(j);
      });
      expect(await store.transaction((tx) => tx.integrations.claimDelivery(i.id, "msg_1", "evt_1", f.T0))).toBe(true);
      expect(await store.transaction((tx) => tx.integrations.claimDelivery(i.id, "msg_1", "evt_2", f.T1))).toBe(false);
      expect(await store.transaction((tx) => tx.integrations.claimDelivery(j.id, "msg_1", "evt_3", f.T1))).toBe(true);
      // A claim rolled back with its transaction is no claim.
      await expect(
        store.transaction(async (tx) => {
          await tx.integrations.claimDelivery(i.id, "msg_2", "evt_4", f.T0);
          throw new Error("rollback");
        }),
      ).rejects.toThrow("rollback");
      expect(await store.transaction((tx) => tx.integrations.claimDelivery(i.id, "msg_2", "evt_5", f.T0))).toBe(true);
      await store.transaction((tx) => tx.integrations.delete(a.id, i.id));
      expect(await store.integrations.byId(i.id)).toBeNull();
      await store.transaction((tx) => tx.integrations.create(i));
      expect(await store.transaction((tx) => tx.integrations.claimDelivery(i.id, "msg_1", "evt_6", f.T1))).toBe(true);
    });

    test("alerts: B cannot read, list, find by dedup key or update A's alert", async () => {
      await setup();
      const al = f.alert(a.id, { dedup_key: "cpu-high" });
      await store.transaction((tx) => tx.alerts.create(al));
      expect(await store.alerts.get(a.id, al.id)).toEqual(al);
      expect(await store.alerts.openByDedupKey(a.id, "cpu-high")).toEqual(al);
      expect(await store.alerts.get(b.id, al.id)).toBeNull();
      expect(await store.alerts.openByDedupKey(b.id, "cpu-high")).toBeNull();
      expect((await store.alerts.list(b.id, {}, page)).items).toEqual([]);
      expect((await store.alerts.list(b.id, { dedupKey: "cpu-high" }, page)).items).toEqual([]);
      await store.transaction((tx) => tx.alerts.update({ ...al, organization_id: b.id, status: "resolved", resolved_at: f.T1 }));
      expect(await store.alerts.get(a.id, al.id)).toEqual(al);
    });

    test("escalationPolicies: B cannot read, list, update or delete A's policy", async () => {
      await setup();
      const p = f.escalationPolicy(a.id);
      await store.transaction((tx) => tx.escalationPolicies.create(p));
      expect(await store.escalationPolicies.get(a.id, p.id)).toEqual(p);
      expect(await store.escalationPolicies.get(b.id, p.id)).toBeNull();
      expect((await store.escalationPolicies.list(b.id, page)).items).toEqual([]);
      await store.transaction(async (tx) => {
        await tx.escalationPolicies.update({ ...p, organization_id: b.id, name: "Hijacked", repeat: 3 });
        await tx.escalationPolicies.delete(b.id, p.id);
      });
      expect(await store.escalationPolicies.get(a.id, p.id)).toEqual(p);
    });

    test("escalations: B cannot read, list or update A's escalation", async () => {
      await setup();
      const p = f.escalationPolicy(a.id);
      const e = f.escalation(a.id, p);
      await store.transaction(async (tx) => {
        await tx.escalationPolicies.create(p);
        await tx.escalations.create(e);
      });
      expect(await store.escalations.get(a.id, e.id)).toEqual(e);
      expect(await store.escalations.get(b.id, e.id)).toBeNull();
      expect((await store.escalations.list(b.id, {}, page)).items).toEqual([]);
      expect((await store.escalations.list(b.id, { targetType: "alert", targetId: e.target_id }, page)).items).toEqual([]);
      await store.transaction((tx) => tx.escalations.update({ ...e, organization_id: b.id, status: "canceled", ended_at: f.T1 }));
      expect(await store.escalations.get(a.id, e.id)).toEqual(e);
    });
  });
}
