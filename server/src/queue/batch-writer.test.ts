import { expect, test } from "bun:test";
import { openSqliteStore } from "../store/sqlite/store.ts";
import type { EventRecord } from "../store/types.ts";
import { BatchWriter } from "./batch-writer.ts";

const ORG = { id: "org_01M83XXQCFS30DJY7A7AE63Z01", name: "o", created_at: "2026-01-01T00:00:00.000Z" };
const event = (n: number): EventRecord => ({
  id: `evt_01M83XXQCFS30DJY7A7AE63Z${String(n).padStart(2, "0")}`,
  organization_id: ORG.id,
  type: "service.created",
  resource_type: "service",
  resource_id: "svc_x",
  data: {},
  caused_by: null,
  created_at: ORG.created_at,
});

test("writes issued together commit as one transaction; a failing one rolls back alone and is reported to its caller", async () => {
  const store = openSqliteStore(":memory:");
  await store.transaction((tx) => tx.organizations.create(ORG));
  // Committed events are announced once per top-level commit: one announcement means one transaction.
  const commits: string[][] = [];
  store.onCommittedEvents((es) => commits.push(es.map((e) => e.id)));
  const writer = new BatchWriter(store);
  const results = await Promise.allSettled([
    writer.run((t) => t.events.append(event(1))),
    writer.run(async (t) => {
      await t.events.append(event(2));
      throw new Error("this one fails");
    }),
    writer.run((t) => t.events.append(event(3))),
  ]);
  expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
  expect(commits).toEqual([[event(1).id, event(3).id]]);
  expect((await store.outbox.read("test", 10)).events.map((e) => e.id)).toEqual([event(1).id, event(3).id]);
  store.close();
});

test("when the store runs the batch's transaction again (a conflict, PostgreSQL), each caller gets the last run's outcome", async () => {
  const store = openSqliteStore(":memory:");
  await store.transaction((tx) => tx.organizations.create(ORG));
  // A store that runs fn twice, as PostgreSQL does after a serialization failure (the first run rolls back).
  let runs = 0;
  const retrying = {
    ...store,
    transaction: <T>(fn: Parameters<typeof store.transaction<T>>[0]) =>
      store.transaction(async (tx) => {
        runs++;
        await tx.savepoint(async (sp) => {
          await fn(sp);
          throw new Error("serialization failure (simulated): run again");
        }).catch(() => {});
        return fn(tx);
      }),
  };
  const writer = new BatchWriter(retrying);
  let calls = 0;
  const results = await Promise.allSettled([
    writer.run(async () => `first:${++calls}`),
    writer.run(async () => {
      if (++calls <= 2) throw new Error("failed in the rolled-back run only");
      return "second, later run";
    }),
  ]);
  expect(runs).toBe(1);
  expect(results).toEqual([
    { status: "fulfilled", value: "first:3" },
    { status: "fulfilled", value: "second, later run" },
  ]);
  store.close();
});

test("a batch that cannot commit as a whole is written item by item: each caller gets its own outcome", async () => {
  const store = openSqliteStore(":memory:");
  await store.transaction((tx) => tx.organizations.create(ORG));
  // A store whose transactions of more than one write fail (as a batch doomed by conflicts on PostgreSQL does).
  let calls = 0;
  const picky = {
    ...store,
    transaction: <T>(fn: Parameters<typeof store.transaction<T>>[0]) =>
      store.transaction(async (tx) => {
        const before = calls;
        const out = await fn(tx);
        if (calls - before > 1) throw new Error("could not serialize access (simulated)");
        return out;
      }),
  };
  const writer = new BatchWriter(picky);
  const results = await Promise.allSettled([
    writer.run(async (tx) => {
      calls++;
      await tx.events.append(event(1));
      return "one";
    }),
    writer.run(async () => {
      calls++;
      throw new Error("its own failure");
    }),
    writer.run(async (tx) => {
      calls++;
      await tx.events.append(event(3));
      return "three";
    }),
  ]);
  expect(results.map((r) => (r.status === "fulfilled" ? r.value : (r.reason as Error).message))).toEqual(["one", "its own failure", "three"]);
  expect((await store.outbox.read("test", 10)).events.map((e) => e.id)).toEqual([event(1).id, event(3).id]);
  store.close();
});

test("side by side: the items run at once in one transaction; one failing rolls the batch back and each is written alone", async () => {
  const store = openSqliteStore(":memory:");
  await store.transaction((tx) => tx.organizations.create(ORG));
  const commits: string[][] = [];
  store.onCommittedEvents((es) => commits.push(es.map((e) => e.id)));
  const writer = new BatchWriter(store, 256, {}, true);
  // All succeed: one commit, and the items overlapped (the second started before the first ended).
  const trace: string[] = [];
  const item = (n: number) => async (t: Parameters<Parameters<BatchWriter["run"]>[0]>[0]) => {
    trace.push(`start ${n}`);
    await t.events.append(event(n));
    await Bun.sleep(5);
    trace.push(`end ${n}`);
    return n;
  };
  expect(await Promise.all([writer.run(item(1)), writer.run(item(2))])).toEqual([1, 2]);
  expect(trace.slice(0, 2)).toEqual(["start 1", "start 2"]);
  expect(commits).toEqual([[event(1).id, event(2).id]]);
  // One fails after the other wrote: nothing of the batch's single transaction stays, then each commits alone.
  commits.length = 0;
  let tries = 0;
  const results = await Promise.allSettled([
    writer.run(item(3)),
    writer.run(async (t) => {
      await t.events.append(event(4));
      if (++tries > 0) throw new Error("lease lost (simulated)");
    }),
  ]);
  expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected"]);
  expect(tries).toBe(2); // once in the batch, once alone
  expect(commits).toEqual([[event(3).id]]);
  expect((await store.outbox.read("test", 10)).events.map((e) => e.id)).toEqual([event(1).id, event(2).id, event(3).id]);
  store.close();
});
