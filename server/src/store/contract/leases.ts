/**
 * The job queue's leases (store/types.ts `JobRepo`): a due job goes to one owner at a time; every write by a worker
 * names its owner and reports whether it still held the lease; a lease can be extended by its owner only and taken
 * over once it expired; a worker's own running jobs are never leased back to it; an upsert of a leased job keeps
 * the lease; jobs nobody can run are dead-lettered.
 */
import { describe, expect, test } from "bun:test";
import type { Store } from "../types.ts";
import { freshStore, type OpenStore } from "./harness.ts";

const KIND = "workflow.run";
const job = (id: string, runAtMs = 0, kind = KIND) => ({ id, kind, payload: { run_id: id }, runAtMs });

export function leasesContract(open: OpenStore): void {
  describe("job leases", () => {
    const current = freshStore(open);
    const add = (store: Store, ...jobs: ReturnType<typeof job>[]) =>
      store.transaction(async (tx) => {
        for (const j of jobs) await tx.jobs.upsert(j, 0);
      });
    const lease = (store: Store, nowMs: number, owner: string, limit = 10, leaseMs = 100, running: string[] = []) =>
      store.transaction((tx) => tx.jobs.lease([KIND], nowMs, leaseMs, owner, limit, running));

    test("a due job of a leased kind goes to one owner, oldest due first; jobs not due or of other kinds stay", async () => {
      const store = current();
      await add(store, job("b", 20), job("a", 10), job("later", 5000), job("other", 0, "escalation.step"));
      const got = await lease(store, 1000, "w1");
      expect(got.map((j) => [j.id, j.kind, j.payload, j.attempts])).toEqual([
        ["a", KIND, { run_id: "a" }, 1],
        ["b", KIND, { run_id: "b" }, 1],
      ]);
      expect(await lease(store, 1000, "w2")).toEqual([]);
      expect(await store.jobs.count([KIND])).toBe(3);
      expect(await store.jobs.nextRunAt([KIND])).toBe(5000); // leased jobs are not "next"
      expect(await store.jobs.nextRunAt(["escalation.step"])).toBe(0);
    });

    test("fair across organizations: every organization's oldest due job comes before another's backlog", async () => {
      const store = current();
      const org = (id: string, organizationId: string | null, runAtMs: number) => ({ ...job(id, runAtMs), organizationId });
      // Organization A queued 300 jobs first; B one job and C two, later; a server-wide job (no organization) last.
      await add(store, ...Array.from({ length: 300 }, (_, i) => org(`a${String(i).padStart(3, "0")}`, "org_a", i)));
      await add(store, org("b0", "org_b", 500), org("c0", "org_c", 600), org("c1", "org_c", 601), org("none", null, 700));
      const first = await lease(store, 1000, "w1", 5, 60_000);
      // Rank 1 of each (A, B, C, none) by time, then A's second: B and C do not wait behind A's 300.
      expect(first.map((j) => j.id).sort()).toEqual(["a000", "a001", "b0", "c0", "none"]);
      const second = await lease(store, 1000, "w2", 3, 60_000);
      expect(second.map((j) => j.id).sort()).toEqual(["a002", "a003", "c1"]);
      await add(store, org("b1", "org_b", 1500));
      expect((await lease(store, 1600, "w3", 2, 60_000)).map((j) => j.id).sort()).toEqual(["a004", "b1"]);
      // An upsert that names no organization keeps the one the job has: b2 stays B's, so it comes with A's and
      // the server-wide none2 at rank 1 (had it lost B, none2 and b2 would share a rank and a005 would pass one).
      await add(store, org("b2", "org_b", 3000), org("none2", null, 2000));
      await add(store, job("b2", 2000));
      expect((await lease(store, 2500, "w4", 3, 60_000)).map((j) => j.id).sort()).toEqual(["a005", "b2", "none2"]);
    });

    test("lanes: a lease takes at most each lane's room (its oldest), passes over a lane without room for the jobs behind it, and takes `otherwise` of lanes not named", async () => {
      const store = current();
      const laned = (id: string, lane: string | null, runAtMs: number) => ({ ...job(id, runAtMs), organizationId: "org_a", lane });
      // One organization's backlog, oldest first: 50 jobs of a full lane, then lane "some" (room 2), lane "new"
      // (not named: `otherwise`, 3) and jobs of no lane.
      await add(store, ...Array.from({ length: 50 }, (_, i) => laned(`full${String(i).padStart(2, "0")}`, "full", i)));
      await add(store, ...Array.from({ length: 5 }, (_, i) => laned(`some${i}`, "some", 100 + i)));
      await add(store, ...Array.from({ length: 5 }, (_, i) => laned(`new${i}`, "new", 200 + i)));
      await add(store, ...Array.from({ length: 3 }, (_, i) => laned(`none${i}`, null, 300 + i)));
      const lanes = { rooms: new Map([["full", 0], ["some", 2]]), otherwise: 3 };
      const got = await store.transaction((tx) => tx.jobs.lease([KIND], 1000, 60_000, "w1", 20, [], lanes));
      expect(got.map((j) => j.id)).toEqual(["some0", "some1", "new0", "new1", "new2", "none0", "none1", "none2"]);
      // The next due job not counting the full lane: "some2" (100 + 2); with no lanes, full00 (0).
      expect(await store.jobs.nextRunAt([KIND], lanes)).toBe(102);
      expect(await store.jobs.nextRunAt([KIND])).toBe(0);
      // With the lane open again, its oldest come first, up to its room.
      const later = await store.leaseJobs([KIND], 1000, 60_000, "w2", 20, [], { rooms: new Map([["full", 4], ["some", 0]]), otherwise: 0 });
      expect(later.map((j) => j.id)).toEqual(["full00", "full01", "full02", "full03"]);
      // Without lanes, no limit: the rest of the backlog.
      expect((await lease(store, 1000, "w3", 100, 60_000)).length).toBe(46 + 3 + 2);
    });

    test("an upsert that names no lane keeps the job's lane", async () => {
      const store = current();
      await add(store, { ...job("x", 0), lane: "l1" } as ReturnType<typeof job>);
      await add(store, job("x", 5));
      const closed = { rooms: new Map([["l1", 0]]), otherwise: 10 };
      expect(await store.transaction((tx) => tx.jobs.lease([KIND], 1000, 60_000, "w1", 10, [], closed))).toEqual([]);
      expect((await lease(store, 1000, "w1")).map((j) => [j.id, j.runAtMs])).toEqual([["x", 5]]);
    });

    test("two workers leasing at once get disjoint jobs", async () => {
      const store = current();
      await add(store, ...Array.from({ length: 20 }, (_, i) => job(`j${String(i).padStart(2, "0")}`)));
      const [a, b] = await Promise.all([lease(store, 1000, "a", 12), lease(store, 1000, "b", 12)]);
      const ids = [...a!, ...b!].map((j) => j.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toHaveLength(20);
    });

    test("workers leasing at once outside a transaction (leaseJobs) get disjoint jobs, also taking over expired leases", async () => {
      const store = current();
      await add(store, ...Array.from({ length: 60 }, (_, i) => job(`j${String(i).padStart(2, "0")}`)));
      for (const [round, nowMs] of [[1, 1000], [2, 5000]] as const) {
        const got = await Promise.all(Array.from({ length: 6 }, (_, w) => store.leaseJobs([KIND], nowMs, 100, `r${round}w${w}`, 15)));
        const ids = got.flat().map((j) => j.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids).toHaveLength(60);
        expect(new Set(got.flat().map((j) => j.attempts))).toEqual(new Set([round]));
        for (const [w, jobs] of got.entries()) for (const j of jobs) expect(await store.jobs.holds(j.id, `r${round}w${w}`)).toBe(true);
      }
    });

    test("every write names its owner and says whether it still held the lease", async () => {
      const store = current();
      await add(store, job("w"));
      await lease(store, 1000, "a");
      expect(await store.jobs.holds("w", "a")).toBe(true);
      expect(await store.jobs.holds("w", "b")).toBe(false);
      expect(await store.transaction((tx) => tx.jobs.extend(["w"], "b", 5000))).toEqual([]);
      expect(await store.transaction((tx) => tx.jobs.extend(["w", "gone"], "a", 1300))).toEqual(["w"]);
      expect(await lease(store, 1200, "b")).toEqual([]); // extended past 1200
      const taken = await lease(store, 1301, "b");
      expect(taken.map((j) => [j.id, j.attempts])).toEqual([["w", 2]]);
      for (const write of [
        (s: Store) => s.transaction((tx) => tx.jobs.complete("w", "a")),
        (s: Store) => s.transaction((tx) => tx.jobs.reschedule("w", "a", 9999)),
        (s: Store) => s.transaction((tx) => tx.jobs.retryAfterError("w", "a", 9999, "x")),
        (s: Store) => s.transaction((tx) => tx.jobs.fail("w", "a", "x", 1)),
      ]) {
        expect(await write(store)).toBe(false);
      }
      expect(await store.jobs.holds("w", "b")).toBe(true);
      expect(await store.transaction((tx) => tx.jobs.reschedule("w", "b", 50, { run_id: "w", later: true }))).toBe(true);
      expect(await store.jobs.holds("w", "b")).toBe(false);
      expect(await store.jobs.nextRunAt([KIND])).toBe(50);
      const [again] = await lease(store, 60, "c");
      expect(again?.payload).toEqual({ run_id: "w", later: true });
      expect(await store.transaction((tx) => tx.jobs.complete("w", "c"))).toBe(true);
      expect(await store.jobs.count([KIND])).toBe(0);
    });

    test("a heartbeat renews its owner's leases outside any transaction, also while a handler's transaction holds one", async () => {
      const store = current();
      await add(store, job("j1"), job("j2"), job("j3"));
      expect((await lease(store, 1000, "a")).map((j) => j.id).sort()).toEqual(["j1", "j2", "j3"]); // until 1100
      expect(await store.renewLeases([], "a", 5000)).toEqual([]);
      expect(await store.renewLeases(["j1"], "b", 5000)).toEqual([]); // not b's
      // A handler's transaction checks it holds j2 (PostgreSQL: locks its row) and completes it later; a renewal
      // started meanwhile renews j1 and j3 and, once that transaction committed, reports j2 as no longer held.
      let locked = () => {};
      const isLocked = new Promise<void>((r) => (locked = r));
      let release = () => {};
      const gate = new Promise<void>((r) => (release = r));
      const handler = store.transaction(async (tx) => {
        const held = await tx.jobs.holds("j2", "a");
        locked();
        await gate;
        return held && (await tx.jobs.complete("j2", "a"));
      });
      await isLocked;
      const renewal = store.renewLeases(["j1", "j2", "j3"], "a", 5000);
      await Bun.sleep(50);
      release();
      expect(await handler).toBe(true);
      expect((await renewal).sort()).toEqual(["j1", "j3"]);
      expect(await lease(store, 4000, "b")).toEqual([]); // renewed to 5000
      expect((await lease(store, 5001, "b")).map((j) => j.id).sort()).toEqual(["j1", "j3"]);
      expect(await store.renewLeases(["j1", "j3"], "a", 9000)).toEqual([]); // taken over: a renews nothing
    });

    test("a worker's own running jobs are not leased back to it after they expire; others' expired jobs are", async () => {
      const store = current();
      await add(store, job("mine"), job("theirs"));
      await lease(store, 1000, "me", 1);
      await lease(store, 1000, "them", 1);
      const got = await lease(store, 5000, "me", 10, 100, ["mine"]);
      expect(got.map((j) => j.id)).toEqual(["theirs"]);
    });

    test("an upsert of a leased job keeps its lease (and moves its time and payload)", async () => {
      const store = current();
      await add(store, job("u"));
      await lease(store, 1000, "a");
      await store.transaction((tx) => tx.jobs.upsert({ ...job("u", 1050), payload: { run_id: "u", v: 2 } }, 1000));
      expect(await lease(store, 1060, "b")).toEqual([]);
      expect(await store.jobs.holds("u", "a")).toBe(true);
      expect(await store.transaction((tx) => tx.jobs.reschedule("u", "a", 1070))).toBe(true);
      expect((await lease(store, 1080, "b")).map((j) => j.payload)).toEqual([{ run_id: "u", v: 2 }]);
    });

    test("delete removes a job whoever holds it; the holder's next write fails", async () => {
      const store = current();
      await add(store, job("d"));
      await lease(store, 1000, "a");
      await store.transaction((tx) => tx.jobs.delete("d"));
      expect(await store.transaction((tx) => tx.jobs.complete("d", "a"))).toBe(false);
      expect(await store.jobs.count([KIND])).toBe(0);
    });

    test("failures: retryAfterError counts errors and frees the job; fail and buryUnknownKinds dead-letter it", async () => {
      const store = current();
      await add(store, job("r"), job("f"), job("alien", 0, "no.such.kind"));
      await lease(store, 1000, "a", 10, 60_000);
      expect(await store.transaction((tx) => tx.jobs.retryAfterError("r", "a", 2000, "boom"))).toBe(true);
      const [r] = await lease(store, 2000, "b");
      expect([r?.id, r?.errors]).toEqual(["r", 1]);
      expect(await store.transaction((tx) => tx.jobs.fail("f", "a", "malformed", 1500))).toBe(true);
      expect(await store.jobs.unknownKinds([KIND, "escalation.step"])).toEqual(["no.such.kind"]);
      const buried = await store.transaction((tx) => tx.jobs.buryUnknownKinds([KIND, "escalation.step"], 1600));
      expect(buried.map((d) => d.id)).toEqual(["alien"]);
      expect(await store.jobs.unknownKinds([KIND, "escalation.step"])).toEqual([]);
      expect(await store.jobs.count(["no.such.kind"])).toBe(0);
      const dead = await store.jobs.dead(10);
      expect(dead.map((d) => [d.id, d.kind, d.error, d.deadAtMs])).toEqual([
        ["alien", "no.such.kind", 'unknown job kind "no.such.kind"', 1600],
        ["f", KIND, "malformed", 1500],
      ]);
      expect(dead[1]?.payload).toEqual({ run_id: "f" });
      expect(await store.jobs.count([KIND])).toBe(1); // r, leased by b
    });
  });
}
