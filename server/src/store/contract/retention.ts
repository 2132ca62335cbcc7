/**
 * Retention (store/types.ts: each repository's `prune`, `settings`, `Store.reclaimSpace`): old history goes, in
 * bounded batches, oldest first, one organization at a time; what is still needed stays however old it is — an
 * event some outbox consumer has not passed, a run that is not finished or has a job, a delivery still in progress
 * or with a job, an evaluation whose run is kept. What was pruned reads as if it never existed, and a list cursor
 * pointing at a pruned row still pages on.
 */
import { describe, expect, test } from "bun:test";
import type { Store } from "../types.ts";
import * as f from "./fixtures.ts";
import { freshStore, type OpenStore } from "./harness.ts";

const OLD = "2026-01-01T00:00:00.000Z";
const CUTOFF = "2026-02-01T00:00:00.000Z";
const NEW = "2026-03-01T00:00:00.000Z";

/** Reads and advances a consumer to the end of the outbox. */
async function catchUp(store: Store, consumer: string): Promise<void> {
  for (;;) {
    const n = await store.transaction(async (tx) => {
      const { events, position } = await tx.outbox.read(consumer, 100);
      if (position !== null) await tx.outbox.advance(consumer, position);
      return events.length;
    });
    if (n === 0) return;
  }
}

export function retentionContract(open: OpenStore): void {
  describe("retention", () => {
    const current = freshStore(open);

    const orgs = f.twoOrganizations;
    const append = f.appendEvents;

    test("settings: none until put, then what was put, per organization", async () => {
      const store = current();
      const { a, b } = await orgs(store);
      expect(await store.settings.get(a)).toBeNull();
      const retention = { events: 3600, runs: null, deliveries: 86_400, monitor_history: null };
      await store.transaction((tx) => tx.settings.put(a, retention, NEW));
      expect(await store.settings.get(a)).toEqual({ retention, updated_at: NEW });
      await store.transaction((tx) => tx.settings.put(a, { ...retention, events: null }, NEW));
      expect((await store.settings.get(a))?.retention.events).toBeNull();
      expect(await store.settings.get(b)).toBeNull();
    });

    test("outbox: only events older than the cutoff that every consumer has passed, of that organization, at most limit", async () => {
      const store = current();
      const { a, b } = await orgs(store);
      const old = Array.from({ length: 5 }, () => f.event(a, { created_at: OLD }));
      const otherOrg = f.event(b, { created_at: OLD });
      const recent = f.event(a, { created_at: NEW });
      await append(store, [...old, otherOrg, recent]);
      // No consumer has read anything: nothing can go.
      expect(await store.transaction((tx) => tx.outbox.prune(a, CUTOFF, 100))).toBe(0);
      await catchUp(store, "fast");
      // "slow" has passed the first two events only: the third and later are still ahead of it.
      await store.transaction(async (tx) => {
        const { position } = await tx.outbox.read("slow", 2);
        await tx.outbox.advance("slow", position!);
      });
      expect(await store.transaction((tx) => tx.outbox.prune(a, CUTOFF, 100))).toBe(2);
      expect(await store.events.get(a, old[0]!.id)).toBeNull();
      expect(await store.events.get(a, old[2]!.id)).not.toBeNull();
      // The slow consumer still reads every event it had not passed.
      expect((await store.outbox.read("slow", 100)).events.map((e) => e.id)).toEqual([...old.slice(2), otherOrg, recent].map((e) => e.id));
      await catchUp(store, "slow");
      // Bounded batches, oldest first; the newer event and the other organization's stay.
      expect(await store.transaction((tx) => tx.outbox.prune(a, CUTOFF, 2))).toBe(2);
      expect(await store.events.get(a, old[2]!.id)).toBeNull();
      expect(await store.events.get(a, old[4]!.id)).not.toBeNull();
      expect(await store.transaction((tx) => tx.outbox.prune(a, CUTOFF, 100))).toBe(1);
      expect(await store.transaction((tx) => tx.outbox.prune(a, CUTOFF, 100))).toBe(0);
      expect((await store.events.list(a, {}, { limit: 10 })).items.map((e) => e.id)).toEqual([recent.id]);
      expect(await store.events.get(b, otherOrg.id)).not.toBeNull();
      // New events after a prune are read as usual.
      const later = f.event(a, { created_at: NEW });
      await append(store, [later]);
      expect((await store.outbox.read("fast", 100)).events.map((e) => e.id)).toEqual([later.id]);
    });

    test("runs: finished ones older than the cutoff go with their steps; unfinished ones, or with a job, stay", async () => {
      const store = current();
      const { a, b } = await orgs(store);
      const wf = f.workflow(a);
      const make = (status: string, created_at: string, orgId = a) => ({ ...f.run(orgId, wf.id), status, created_at }) as ReturnType<typeof f.run>;
      const done = [make("completed", OLD), make("failed", OLD), make("canceled", OLD), make("completed_with_errors", OLD)];
      const waiting = make("waiting", OLD);
      const running = make("running", OLD);
      const withJob = make("completed", OLD);
      const recent = make("completed", NEW);
      const otherOrg = make("completed", OLD, b);
      await store.transaction(async (tx) => {
        await tx.workflows.create(wf);
        for (const r of [...done, waiting, running, withJob, recent, otherOrg]) await tx.runs.create(r, [f.step(0), f.step(1)]);
        await tx.jobs.upsert({ id: withJob.id, kind: "workflow.run", payload: { run_id: withJob.id }, runAtMs: 0 }, 0);
      });
      expect(await store.transaction((tx) => tx.runs.prune(a, CUTOFF, 3))).toBe(3);
      expect(await store.transaction((tx) => tx.runs.prune(a, CUTOFF, 100))).toBe(1);
      expect(await store.transaction((tx) => tx.runs.prune(a, CUTOFF, 100))).toBe(0);
      for (const r of done) {
        expect(await store.runs.get(a, r.id)).toBeNull();
        expect(await store.runs.steps(r.id)).toEqual([]);
      }
      for (const r of [waiting, running, withJob, recent]) expect(await store.runs.get(a, r.id)).not.toBeNull();
      expect((await store.runs.steps(waiting.id)).length).toBe(2);
      expect(await store.runs.get(b, otherOrg.id)).not.toBeNull();
    });

    test("evaluations: older than the cutoff and without a kept run", async () => {
      const store = current();
      const { a } = await orgs(store);
      const wf = f.workflow(a);
      const live = { ...f.run(a, wf.id), status: "waiting" as const, created_at: OLD };
      const skipped = { ...f.evaluation(a, wf.id), created_at: OLD };
      const ofLive = { ...f.evaluation(a, wf.id), outcome: "started" as const, reason: null, run_id: live.id, created_at: OLD };
      const ofGone = { ...f.evaluation(a, wf.id), outcome: "started" as const, reason: null, run_id: "run_gone", created_at: OLD };
      const recent = { ...f.evaluation(a, wf.id), created_at: NEW };
      await store.transaction(async (tx) => {
        await tx.workflows.create(wf);
        await tx.runs.create(live, []);
        for (const e of [skipped, ofLive, ofGone, recent]) await tx.evaluations.create(e);
      });
      expect(await store.transaction((tx) => tx.evaluations.prune(a, CUTOFF, 100))).toBe(2);
      expect((await store.evaluations.list(a, wf.id, { limit: 10 })).items.map((e) => e.id).sort()).toEqual([ofLive.id, recent.id].sort());
    });

    test("deliveries: finished ones older than the cutoff go with their attempts; in progress, or with a job, stay", async () => {
      const store = current();
      const { a } = await orgs(store);
      const wh = f.webhook(a);
      const make = (status: "pending" | "retrying" | "succeeded" | "failed", created_at = OLD) => ({ ...f.delivery(a, wh.id), status, created_at });
      const gone = [make("succeeded"), make("failed")];
      const kept = [make("pending"), make("retrying"), make("succeeded", NEW)];
      const redelivering = make("failed");
      await store.transaction(async (tx) => {
        await tx.webhooks.create(wh);
        for (const d of [...gone, ...kept, redelivering]) {
          await tx.deliveries.create(d);
          await tx.deliveries.addAttempt(d.id, { number: 1, started_at: OLD, status_code: 200, latency_ms: 1, response_excerpt: "", error_class: null, error: null });
        }
        await tx.jobs.upsert({ id: redelivering.id, kind: "webhook.deliver", payload: { delivery_id: redelivering.id, webhook_id: wh.id }, runAtMs: 0 }, 0);
      });
      expect(await store.transaction((tx) => tx.deliveries.prune(a, CUTOFF, 100))).toBe(2);
      for (const d of gone) expect(await store.deliveries.get(a, wh.id, d.id)).toBeNull();
      expect((await store.deliveries.attempts(gone.map((d) => d.id))).get(gone[0]!.id)).toEqual([]);
      for (const d of [...kept, redelivering]) expect(await store.deliveries.get(a, wh.id, d.id)).not.toBeNull();
    });

    test("integrations' accepted webhook-ids: older than the cutoff, of that organization, oldest first, at most limit", async () => {
      const store = current();
      const { a, b } = await orgs(store);
      const ia = f.integration(a);
      const ib = f.integration(b);
      await store.transaction(async (tx) => {
        await tx.integrations.create(ia);
        await tx.integrations.create(ib);
        await tx.integrations.claimDelivery(ia.id, "old-1", "evt_1", OLD);
        await tx.integrations.claimDelivery(ia.id, "old-2", "evt_2", "2026-01-15T00:00:00.000Z");
        await tx.integrations.claimDelivery(ia.id, "new", "evt_3", NEW);
        await tx.integrations.claimDelivery(ib.id, "old-b", "evt_4", OLD);
      });
      expect(await store.transaction((tx) => tx.integrations.pruneDeliveries(a, CUTOFF, 1))).toBe(1);
      // The oldest went first: old-1 may be claimed again, old-2 not yet.
      expect(await store.transaction((tx) => tx.integrations.claimDelivery(ia.id, "old-2", "evt_5", NEW))).toBe(false);
      expect(await store.transaction((tx) => tx.integrations.pruneDeliveries(a, CUTOFF, 10))).toBe(1);
      expect(await store.transaction((tx) => tx.integrations.pruneDeliveries(a, CUTOFF, 10))).toBe(0);
      expect(await store.transaction((tx) => tx.integrations.claimDelivery(ia.id, "new", "evt_6", NEW))).toBe(false);
      expect(await store.transaction((tx) => tx.integrations.claimDelivery(ib.id, "old-b", "evt_7", NEW))).toBe(false);
      expect(await store.transaction((tx) => tx.integrations.claimDelivery(ia.id, "old-1", "evt_8", NEW))).toBe(true);
    });

    test("a cursor pointing at a pruned row still pages on: the next page is just shorter", async () => {
      const store = current();
      const { a } = await orgs(store);
      // e0, e1 and e4 are old; the cursor will point at e4.
      const events = [OLD, OLD, NEW, NEW, OLD, NEW].map((created_at) => f.event(a, { created_at }));
      await append(store, events);
      const first = await store.events.list(a, {}, { limit: 2 });
      expect(first.items.map((e) => e.id)).toEqual([events[5]!.id, events[4]!.id]);
      await catchUp(store, "c");
      expect(await store.transaction((tx) => tx.outbox.prune(a, CUTOFF, 100))).toBe(3);
      expect(await store.events.get(a, events[4]!.id)).toBeNull();
      const next = await store.events.list(a, {}, { limit: 10, after: first.nextAfter! });
      expect(next.items.map((e) => e.id)).toEqual([events[3]!.id, events[2]!.id]);
      expect(next.nextAfter).toBeNull();
    });

    test("reclaimSpace answers with a count and never fails outside a transaction", async () => {
      const store = current();
      expect(await store.reclaimSpace(10)).toBeGreaterThanOrEqual(0);
    });
  });
}
