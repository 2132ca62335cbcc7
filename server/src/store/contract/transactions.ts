/**
 * Transactions: everything a `store.transaction` writes commits together or not at all, its error reaches the caller
 * unchanged, reads through `store` see committed data only, and `onCommittedEvents` hears about events only once
 * (and only if) their transaction has committed.
 */
import { describe, expect, test } from "bun:test";
import type { EventRecord, Store } from "../types.ts";
import * as f from "./fixtures.ts";
import { freshStore, type ContractOptions, type Deviation, type OpenStore } from "./harness.ts";

class Boom extends Error {
  readonly detail = { code: 42 };
}
const JOB_KIND = "contract.transactions";

export function transactionsContract(open: OpenStore, options: ContractOptions): void {
  /** A test of a clause the store is known to break runs as `test.failing` (see harness.ts). */
  const clause = (deviation: Deviation) => (options.knownDeviations?.includes(deviation) ? test.failing : test);

  describe("transactions", () => {
    const current = freshStore(open);
    const withOrg = async (store: Store) => {
      const org = f.organization();
      await store.transaction((tx) => tx.organizations.create(org));
      return org.id;
    };

    test("a transaction that throws leaves none of its writes, and its error reaches the caller unchanged", async () => {
      const store = current();
      const orgId = await withOrg(store);
      const inc = f.incident();
      const evt = f.event(orgId, { type: "incident.created", resource_type: "incident", resource_id: inc.id });
      const mem = f.member();
      const boom = new Boom("boom");
      let caught: unknown;
      try {
        await store.transaction(async (tx) => {
          await tx.incidents.create(orgId, inc);
          await tx.events.append(evt);
          await tx.members.create(orgId, mem);
          await tx.jobs.upsert({ id: "job_contract_rollback", kind: JOB_KIND, payload: { incident_id: inc.id }, runAtMs: 0 }, 0);
          // Whether a transaction's outbox read shows its own uncommitted events is the store's affair (SQLite: yes;
          // PostgreSQL: no, it reads only transactions that ended, store/types.ts); an advance it makes rolls back.
          const { position } = await tx.outbox.read("contract.consumer", 10);
          if (position !== null) await tx.outbox.advance("contract.consumer", position);
          // The transaction sees its own writes before it fails.
          expect((await tx.incidents.get(orgId, inc.id))?.id).toBe(inc.id);
          throw boom;
        });
      } catch (err) {
        caught = err;
      }
      expect(caught).toBe(boom);
      expect((caught as Boom).detail).toEqual({ code: 42 });

      expect(await store.incidents.get(orgId, inc.id)).toBeNull();
      expect((await store.incidents.list(orgId, { includeArchived: true }, { limit: 10 })).items).toEqual([]);
      expect(await store.events.get(orgId, evt.id)).toBeNull();
      expect((await store.outbox.read("contract.other", 10)).events).toEqual([]);
      expect(await store.members.get(orgId, mem.id)).toBeNull();
      expect(await store.jobs.count([JOB_KIND])).toBe(0);
      expect((await store.outbox.read("contract.consumer", 10)).events).toEqual([]);
      // Nor does a later transaction find them.
      expect(await store.transaction((tx) => tx.incidents.get(orgId, inc.id))).toBeNull();
    });

    test("non-Error values thrown inside a transaction propagate as they are", async () => {
      const store = current();
      const orgId = await withOrg(store);
      const thrown = { reason: "not an Error" };
      let caught: unknown;
      try {
        await store.transaction(async (tx) => {
          await tx.services.create(orgId, f.service());
          throw thrown;
        });
      } catch (err) {
        caught = err;
      }
      expect(caught).toBe(thrown);
      expect((await store.services.list(orgId, {}, { limit: 10 })).items).toEqual([]);
    });

    test("a committed transaction returns fn's value and its writes are visible through store reads", async () => {
      const store = current();
      const orgId = await withOrg(store);
      const inc = f.incident();
      const evt = f.event(orgId);
      const out = await store.transaction(async (tx) => {
        await tx.incidents.create(orgId, inc);
        await tx.events.append(evt);
        await tx.jobs.upsert({ id: "job_contract_commit", kind: JOB_KIND, payload: {}, runAtMs: 0 }, 0);
        return "done";
      });
      expect(out).toBe("done");
      expect(await store.incidents.get(orgId, inc.id)).toEqual(inc);
      expect((await store.events.get(orgId, evt.id))?.id).toBe(evt.id);
      expect(await store.jobs.count([JOB_KIND])).toBe(1);
    });

    clause("reads-see-committed-only")("reads through store while a transaction is open see only committed data", async () => {
      const store = current();
      const orgId = await withOrg(store);
      const inc = f.incident();
      let wrote!: () => void;
      const written = new Promise<void>((r) => (wrote = r));
      let finish!: () => void;
      const hold = new Promise<void>((r) => (finish = r));
      const tx = store.transaction(async (t) => {
        await t.incidents.create(orgId, inc);
        wrote();
        await hold;
      });
      await written;
      try {
        expect(await store.incidents.get(orgId, inc.id)).toBeNull();
        expect((await store.incidents.list(orgId, {}, { limit: 10 })).items).toEqual([]);
      } finally {
        finish();
        await tx;
      }
      expect(await store.incidents.get(orgId, inc.id)).toEqual(inc);
    });

    test("a row read while its transaction was open is gone once that transaction rolls back", async () => {
      const store = current();
      const orgId = await withOrg(store);
      const inc = f.incident();
      let wrote!: () => void;
      const written = new Promise<void>((r) => (wrote = r));
      let fail!: () => void;
      const hold = new Promise<void>((r) => (fail = r));
      const tx = store.transaction(async (t) => {
        await t.incidents.create(orgId, inc);
        wrote();
        await hold;
        throw new Error("roll back");
      });
      await written;
      await store.incidents.get(orgId, inc.id); // whatever it sees, it must not keep it
      fail();
      await expect(tx).rejects.toThrow("roll back");
      expect(await store.incidents.get(orgId, inc.id)).toBeNull();
    });

    test("events are announced to onCommittedEvents after their transaction commits, in append order; rolled-back ones never", async () => {
      const store = current();
      const orgId = await withOrg(store);
      const announced: { ids: string[]; visible: boolean[] }[] = [];
      const pending: Promise<void>[] = [];
      store.onCommittedEvents((events: EventRecord[]) => {
        const ids = events.map((e) => e.id);
        // When a listener hears of an event, a read through the store must already find it.
        pending.push(
          Promise.all(ids.map((id) => store.events.get(orgId, id))).then((found) => {
            announced.push({ ids, visible: found.map((e) => e !== null) });
          }),
        );
      });
      const lost = f.event(orgId);
      await expect(
        store.transaction(async (tx) => {
          await tx.events.append(lost);
          throw new Error("no");
        }),
      ).rejects.toThrow("no");

      const e1 = f.event(orgId);
      const e2 = f.event(orgId);
      await store.transaction(async (tx) => {
        await tx.events.append(e1);
        await tx.events.append(e2);
        await Bun.sleep(1);
        expect(pending).toEqual([]); // not announced while the transaction is open
      });
      await Promise.all(pending);
      expect(announced).toEqual([{ ids: [e1.id, e2.id], visible: [true, true] }]);
    });

    test("onQueuedJobs hears the kinds of jobs a transaction queued, after it commits; rolled-back ones never", async () => {
      const store = current();
      const heard: string[][] = [];
      const off = store.onQueuedJobs((kinds) => heard.push([...kinds].sort()));
      await store.transaction(async (tx) => {
        await tx.jobs.upsert({ id: "j1", kind: "workflow.run", payload: {}, runAtMs: 0 }, 0);
        await tx.jobs.upsert({ id: "j2", kind: "webhook.deliver", payload: {}, runAtMs: 0 }, 0);
        expect(heard).toEqual([]);
      });
      await expect(
        store.transaction(async (tx) => {
          await tx.jobs.upsert({ id: "j3", kind: "escalation.step", payload: {}, runAtMs: 0 }, 0);
          throw new Boom("no");
        }),
      ).rejects.toBeInstanceOf(Boom);
      await store.transaction((tx) => tx.organizations.count());
      off();
      await store.transaction((tx) => tx.jobs.upsert({ id: "j4", kind: "workflow.run", payload: {}, runAtMs: 0 }, 0));
      expect(heard).toEqual([["webhook.deliver", "workflow.run"]]);
    });

    test("an unsubscribed listener hears nothing more", async () => {
      const store = current();
      const orgId = await withOrg(store);
      const heard: string[] = [];
      const off = store.onCommittedEvents((es) => heard.push(...es.map((e) => e.id)));
      const e1 = f.event(orgId);
      await store.transaction((tx) => tx.events.append(e1));
      off();
      await store.transaction((tx) => tx.events.append(f.event(orgId)));
      expect(heard).toEqual([e1.id]);
    });

    test("serializable: concurrent read-check-write transactions on one row both take effect (none overwrites the other)", async () => {
      const store = current();
      const orgId = await withOrg(store);
      const inc = f.incident();
      await store.transaction((tx) => tx.incidents.create(orgId, inc));
      // Each reads the labels, then (after a pause that lets the other run, where the store allows) writes them
      // back with one more. A store with concurrent writers must serialize or retry, or a label is lost.
      const addLabel = (label: string) =>
        store.transaction(async (tx) => {
          const now = await tx.incidents.get(orgId, inc.id);
          await Bun.sleep(20);
          await tx.incidents.update(orgId, { ...now!, labels: [...now!.labels, label] });
        });
      await Promise.all([addLabel("a"), addLabel("b"), addLabel("c")]);
      expect([...(await store.incidents.get(orgId, inc.id))!.labels].sort()).toEqual(["a", "b", "c"]);
    });

    test("transactions do not nest silently: inside one, store.transaction is refused and tx.savepoint nests", async () => {
      const store = current();
      const orgId = await withOrg(store);
      const kept = f.event(orgId);
      const dropped = f.event(orgId);
      await store.transaction(async (tx) => {
        await expect(store.transaction(async () => 1)).rejects.toThrow();
        await tx.savepoint((sp) => sp.events.append(kept));
        await expect(
          tx.savepoint(async (sp) => {
            await sp.events.append(dropped);
            throw new Boom("only this savepoint");
          }),
        ).rejects.toBeInstanceOf(Boom);
      });
      expect(await store.events.get(orgId, kept.id)).not.toBeNull();
      expect(await store.events.get(orgId, dropped.id)).toBeNull();
    });
  });
}
