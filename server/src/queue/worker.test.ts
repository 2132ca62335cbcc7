import { afterEach, beforeEach, expect, test } from "bun:test";
import { systemClock } from "../clock.ts";
import { createLogger } from "../log.ts";
import { openSqliteStore } from "../store/sqlite/store.ts";
import type { Store } from "../store/types.ts";
import { enqueue } from "./jobs.ts";
import { type Lease, LeaseLost } from "./lease.ts";
import { errorBackoffMs, QueueWorker } from "./worker.ts";

let store: Store;
const workers: QueueWorker<"workflow.run">[] = [];
beforeEach(() => {
  store = openSqliteStore(":memory:");
});
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop()));
  store.close();
});

const logger = createLogger("silent");
const addRun = (id: string, runAtMs = Date.now()) =>
  store.transaction((tx) => enqueue(tx, { id, kind: "workflow.run", payload: { run_id: id }, runAtMs }, Date.now()));

function worker(handle: (lease: Lease<"workflow.run">) => Promise<void>, o: { leaseMs?: number; pollMs?: number; maxErrors?: number; name?: string } = {}) {
  const w = new QueueWorker({ name: o.name ?? "t", store, clock: systemClock, logger, handlers: { "workflow.run": handle }, pollMs: o.pollMs ?? 20, ...o });
  workers.push(w);
  w.start();
  return w;
}

async function until(cond: () => boolean | Promise<boolean>, ms = 3000) {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error("timed out");
    await Bun.sleep(5);
  }
}

test("a steady stream of wake-ups does not starve the worker", async () => {
  const done: string[] = [];
  const w = worker(
    async (lease) => {
      done.push(lease.job.id);
      await lease.transaction((tx) => lease.complete(tx));
    },
    { pollMs: 60_000 }, // only wake-ups can make it look
  );
  await Bun.sleep(10);
  await addRun("j1");
  // Wake it far more often than a timer turn, for a while, as a busy trigger consumer does.
  const end = Date.now() + 300;
  while (Date.now() < end && done.length === 0) {
    w.wake();
    await new Promise((r) => setImmediate(r));
  }
  expect(done).toEqual(["j1"]);
});

test("jobs committed by any transaction wake the worker of their kind at once, without waiting for its poll", async () => {
  const done: string[] = [];
  worker(
    async (lease) => {
      done.push(lease.job.id);
      await lease.transaction((tx) => lease.complete(tx));
    },
    { pollMs: 60_000 },
  );
  await Bun.sleep(20); // its first look found nothing; the next poll is a minute away
  const queuedAt = Date.now();
  await addRun("notified");
  await until(() => done.length === 1, 2000);
  expect(Date.now() - queuedAt).toBeLessThan(1000);
});

test("a handler that outlives its lease runs once: the heartbeat keeps the lease, and the worker never re-leases its own job", async () => {
  // The reproduction: a 100 ms lease and a 400 ms handler used to start the same job four times at once.
  let started = 0;
  let running = 0;
  let maxRunning = 0;
  worker(
    async (lease) => {
      started++;
      maxRunning = Math.max(maxRunning, ++running);
      await Bun.sleep(400);
      running--;
      await lease.transaction((tx) => lease.complete(tx));
    },
    { leaseMs: 100 },
  );
  await addRun("slow");
  await until(async () => (await store.jobs.count(["workflow.run"])) === 0);
  await Bun.sleep(150); // more than a lease after the end: nothing starts again
  expect(started).toBe(1);
  expect(maxRunning).toBe(1);
});

test("a second worker cannot take a job whose lease is kept alive; it takes it once the first stops beating", async () => {
  const startedBy: string[] = [];
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  worker(
    async (lease) => {
      startedBy.push("a");
      await gate;
      await lease.transaction((tx) => lease.complete(tx));
    },
    { leaseMs: 100, name: "a" },
  );
  await addRun("shared");
  await until(() => startedBy.length === 1);
  worker(
    async (lease) => {
      startedBy.push("b");
      await lease.transaction((tx) => lease.complete(tx));
    },
    { leaseMs: 100, name: "b" },
  );
  await Bun.sleep(400); // four leases long: a's heartbeat keeps it
  expect(startedBy).toEqual(["a"]);
  release();
  await until(async () => (await store.jobs.count(["workflow.run"])) === 0);
  expect(startedBy).toEqual(["a"]);
});

test("leases handed back late (a slow leasing statement) are renewed before their handlers run; one taken meanwhile is not run", async () => {
  await addRun("slow-1");
  await addRun("slow-2");
  const ran: string[] = [];
  const leaseJobs = store.leaseJobs.bind(store);
  // The leasing statement answers 150 ms late (a busy database) with 100 ms leases: both have lapsed by then, and
  // another worker took slow-2 in between.
  let taken = "";
  store.leaseJobs = async (...args) => {
    const jobs = await leaseJobs(...args);
    await Bun.sleep(150);
    if (jobs.length) taken = (await leaseJobs(["workflow.run"], Date.now(), 60_000, "someone-else", 1))[0]!.id;
    return jobs;
  };
  const seen: string[] = [];
  const w = new QueueWorker({
    name: "late",
    store,
    clock: systemClock,
    logger: { ...logger, warn: (o: unknown, msg?: string) => void seen.push(String(msg ?? o)) } as typeof logger,
    handlers: {
      "workflow.run": async (lease) => {
        ran.push(lease.job.id);
        await Bun.sleep(250); // past the first lease: only the renewal keeps it
        await lease.transaction((tx) => lease.complete(tx));
      },
    },
    leaseMs: 100,
    pollMs: 60_000,
  });
  workers.push(w as unknown as QueueWorker<"workflow.run">);
  w.start();
  await until(() => ran.length === 1 && seen.length > 0);
  store.leaseJobs = leaseJobs;
  await until(async () => (await store.jobs.count(["workflow.run"])) === 1, 2000);
  const mine = taken === "slow-1" ? "slow-2" : "slow-1";
  expect(ran).toEqual([mine]);
  expect(seen).toContain("queue worker: leasing slow; leases renewed before running");
  // The job left is the other worker's; ours was completed by its handler (its renewed lease held).
  expect(await store.jobs.holds(taken, "someone-else")).toBe(true);
});

test("a job its handler rescheduled and that is leased again before that handler has returned is still renewed", async () => {
  await addRun("again");
  let runs = 0;
  let second!: Lease<"workflow.run">;
  worker(
    async (lease) => {
      runs++;
      if (runs === 1) {
        await lease.settle((tx) => lease.reschedule(tx, Date.now()));
        // Due again at once: let the worker lease it anew before this handler returns.
        await until(() => runs === 2);
        return;
      }
      second = lease;
      await Bun.sleep(400); // four leases long: only heartbeats keep it
      await lease.transaction((tx) => lease.complete(tx));
    },
    { leaseMs: 100, pollMs: 5 },
  );
  await until(async () => runs === 2 && (await store.jobs.count(["workflow.run"])) === 0, 3000);
  expect(second.lost).toBe(false);
});

test("a heartbeat that was out while its job was rescheduled and leased anew does not mark the new lease lost", async () => {
  await addRun("churn");
  const leases: Lease<"workflow.run">[] = [];
  let handedBack = false;
  const renew = store.renewLeases.bind(store);
  let first = true;
  // The first renewal reaches the database just after the handler handed the job back (so the job is not held), and
  // its answer comes back after the worker has leased the job anew.
  store.renewLeases = async (...args) => {
    if (!first) return renew(...args);
    first = false;
    await until(() => handedBack);
    const held = await renew(...args);
    await until(() => leases.length === 2);
    return held;
  };
  worker(
    async (lease) => {
      leases.push(lease);
      if (leases.length === 1) {
        await Bun.sleep(60); // long enough for a heartbeat (every 30 ms) to be out
        await lease.settle((tx) => lease.reschedule(tx, Date.now()));
        handedBack = true;
        return;
      }
      await Bun.sleep(200);
      await lease.transaction((tx) => lease.complete(tx));
    },
    { leaseMs: 90, pollMs: 5 },
  );
  await until(async () => leases.length === 2 && (await store.jobs.count(["workflow.run"])) === 0, 2000);
  expect(leases[1]!.lost).toBe(false);
});

const CLAIM = { apiKeyId: "key_old_owner", key: "written-by-the-old-owner", method: "POST", path: "/x", bodyHash: "h", status: null, response: null, createdAtMs: 0 };

test("a handler whose lease was taken over cannot complete the job, and what it wrote with the completion rolls back", async () => {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  let outcome: unknown = null;
  let signalled = false;
  worker(async (lease) => {
    lease.signal.addEventListener("abort", () => (signalled = true));
    await gate;
    try {
      await lease.transaction(async (tx) => {
        await tx.idempotency.claim(CLAIM);
        await lease.complete(tx);
      });
      outcome = "completed";
    } catch (e) {
      outcome = e;
      throw e;
    }
  }, { leaseMs: 150 });
  await addRun("taken");
  await until(async () => (await store.jobs.nextRunAt(["workflow.run"])) === null); // leased
  // Another process takes it over as if the lease had expired (its clock is far ahead).
  const stolen = await store.transaction((tx) => tx.jobs.lease(["workflow.run"], Date.now() + 3_600_000, 60_000, "thief", 10));
  expect(stolen.map((j) => j.id)).toEqual(["taken"]);
  await until(() => signalled, 3000); // the heartbeat noticed
  release();
  await until(() => outcome !== null);
  expect(outcome).toBeInstanceOf(LeaseLost);
  expect(await store.idempotency.get(CLAIM.apiKeyId, CLAIM.key)).toBeNull();
  expect(await store.jobs.count(["workflow.run"])).toBe(1);
  expect(await store.jobs.holds("taken", "thief")).toBe(true);
  // The new owner's writes hold.
  expect(await store.transaction((tx) => tx.jobs.complete("taken", "thief"))).toBe(true);
});

test("malformed payloads and unknown kinds are dead-lettered, visibly, not run", async () => {
  const ran: string[] = [];
  await store.transaction((tx) => tx.jobs.upsert({ id: "bad", kind: "workflow.run", payload: { run: 42 }, runAtMs: 0 }, 0));
  await store.transaction((tx) => tx.jobs.upsert({ id: "alien", kind: "teleport", payload: {}, runAtMs: 0 }, 0));
  worker(async (lease) => {
    ran.push(lease.job.id);
    await lease.transaction((tx) => lease.complete(tx));
  });
  await until(async () => (await store.jobs.dead(10)).length === 1);
  const [dead] = await store.jobs.dead(10);
  expect(dead).toEqual(expect.objectContaining({ id: "bad", kind: "workflow.run", payload: { run: 42 } }));
  expect(dead?.error).toContain("malformed workflow.run payload: run_id");
  expect(ran).toEqual([]);
  // Kinds no worker of this build knows are moved aside at start (server.ts does this).
  const buried = await store.transaction((tx) => tx.jobs.buryUnknownKinds(["workflow.run"], 7));
  expect(buried.map((d) => [d.id, d.error])).toEqual([["alien", 'unknown job kind "teleport"']]);
  expect(await store.jobs.count(["teleport"])).toBe(0);
  expect((await store.jobs.dead(10)).map((d) => d.id).sort()).toEqual(["alien", "bad"]);
});

test("a handler that throws is retried with backoff, and dead-lettered after maxErrors", async () => {
  let calls = 0;
  worker(
    async () => {
      calls++;
      throw new Error(`boom ${calls}`);
    },
    { maxErrors: 2 },
  );
  await addRun("flaky");
  await until(() => calls === 1);
  await until(async () => (await store.jobs.nextRunAt(["workflow.run"])) !== null);
  const next = await store.jobs.nextRunAt(["workflow.run"]);
  expect(next! - Date.now()).toBeGreaterThan(errorBackoffMs(1) - 200);
  expect(calls).toBe(1);
  await until(async () => (await store.jobs.dead(10)).length === 1, 3000);
  expect(calls).toBe(2);
  expect((await store.jobs.dead(10))[0]?.error).toBe("handler failed 2 times; last error: boom 2");
  expect(await store.jobs.count(["workflow.run"])).toBe(0);
});

test("error backoff doubles from a second up to ten minutes", () => {
  expect([1, 2, 3, 10, 30].map(errorBackoffMs)).toEqual([1000, 2000, 4000, 512_000, 600_000]);
});

test("a busy worker leases the slots freed within its lease gap in one statement, not one statement per finished job", async () => {
  for (let i = 0; i < 200; i++) await addRun(`busy-${String(i).padStart(3, "0")}`);
  const leaseJobs = store.leaseJobs.bind(store);
  const jobs = store.jobs;
  let leases = 0;
  let nextRunAts = 0;
  store.leaseJobs = (...args) => {
    leases++;
    return leaseJobs(...args);
  };
  const nextRunAt = jobs.nextRunAt.bind(jobs);
  jobs.nextRunAt = (kinds) => {
    nextRunAts++;
    return nextRunAt(kinds);
  };
  let done = 0;
  let turn = Promise.resolve();
  const w = new QueueWorker({
    name: "busy",
    store,
    clock: systemClock,
    logger,
    handlers: {
      "workflow.run": async (lease) => {
        // Finishing one after another, a millisecond or more apart (as under load), never in the same turn.
        const mine = turn.then(() => Bun.sleep(1));
        turn = mine;
        await mine;
        await lease.transaction((tx) => lease.complete(tx));
        done++;
      },
    },
    maxInFlight: 8,
    leaseGapMs: 20,
    pollMs: 60_000,
  });
  workers.push(w as unknown as QueueWorker<"workflow.run">);
  w.start();
  await until(() => done === 200, 4_000);
  // One lease per finished job would be about 200 statements, and as many "when is the next job due" queries.
  expect(leases).toBeLessThan(100);
  expect(nextRunAts).toBeLessThan(100);
});

test("with lanes, a worker leases no more of a lane than its room, and while only that lane's jobs are left, it leases again only once the lane has room", async () => {
  // 40 jobs in lane L (its room: 10 held at most, opened again only when 5 fit), then 5 of no lane.
  await store.transaction(async (tx) => {
    for (let i = 0; i < 40; i++) await tx.jobs.upsert({ id: `l-${String(i).padStart(2, "0")}`, kind: "workflow.run", payload: { run_id: `l-${i}` }, runAtMs: i, lane: "L" }, 0);
    for (let i = 0; i < 5; i++) await tx.jobs.upsert({ id: `n-${i}`, kind: "workflow.run", payload: { run_id: `n-${i}` }, runAtMs: 100 + i }, 0);
  });
  const leaseJobs = store.leaseJobs.bind(store);
  let leases = 0;
  store.leaseJobs = (...args) => {
    leases++;
    return leaseJobs(...args);
  };
  const held = new Map<string, () => void>();
  let most = 0;
  const ran: string[] = [];
  const w = new QueueWorker({
    name: "lanes",
    store,
    clock: systemClock,
    logger,
    handlers: {
      "workflow.run": async (lease) => {
        ran.push(lease.job.id);
        if (lease.job.id.startsWith("l-")) {
          await new Promise<void>((resolve) => {
            held.set(lease.job.id, resolve);
            most = Math.max(most, held.size);
          });
          held.delete(lease.job.id);
        }
        await lease.transaction((tx) => lease.complete(tx));
      },
    },
    lanes: () => {
      const room = 10 - held.size;
      return { rooms: new Map([["L", room >= 5 ? room : 0]]), otherwise: 10 };
    },
    maxInFlight: 64,
    leaseGapMs: 0,
    pollMs: 60_000,
  });
  workers.push(w as unknown as QueueWorker<"workflow.run">);
  w.start();
  await until(() => held.size === 10 && ran.filter((id) => id.startsWith("n-")).length === 5);
  // The first lease took L's room and passed over the rest of L for the jobs of no lane behind it.
  expect(ran.filter((id) => id.startsWith("l-"))).toEqual(Array.from({ length: 10 }, (_, i) => `l-${String(i).padStart(2, "0")}`));
  await Bun.sleep(50);
  const settled = leases;
  // Four finish: L has room for 4, less than its reopening 5; nothing else is due, so no lease is sent.
  for (const id of [...held.keys()].slice(0, 4)) held.get(id)!();
  await Bun.sleep(50);
  expect(leases).toBe(settled);
  expect(held.size).toBe(6);
  // The fifth opens L again: one lease takes 5 more.
  held.get([...held.keys()][0]!)!();
  await until(() => held.size === 10);
  expect(leases).toBeLessThanOrEqual(settled + 2);
  // Then all the rest, releasing as they come: every job runs once, never more than 10 of L at a time.
  while (ran.length < 45 || held.size > 0) {
    for (const resolve of [...held.values()]) resolve();
    await Bun.sleep(5);
  }
  expect(new Set(ran).size).toBe(45);
  expect(ran).toHaveLength(45);
  expect(most).toBeLessThanOrEqual(10);
  expect(await store.jobs.count(["workflow.run"])).toBe(0);
});
