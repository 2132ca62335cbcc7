import { expect, test } from "bun:test";
import { systemClock } from "../clock.ts";
import { createLogger } from "../log.ts";
import { openSqliteStore } from "../store/sqlite/store.ts";
import { QueueWorker } from "./worker.ts";

test("a steady stream of wake-ups does not starve the worker", async () => {
  const store = openSqliteStore(":memory:");
  const done: string[] = [];
  const worker = new QueueWorker({
    name: "t",
    store,
    clock: systemClock,
    logger: createLogger("silent"),
    kinds: ["k"],
    pollMs: 60_000, // only wake-ups can make it look
    handle: async (job, owner) => {
      done.push(job.id);
      await store.transaction((tx) => tx.jobs.complete(job.id, owner));
    },
  });
  worker.start();
  await Bun.sleep(10);
  await store.transaction((tx) => tx.jobs.upsert({ id: "j1", kind: "k", payload: {}, runAtMs: Date.now() }, Date.now()));
  // Wake it far more often than a timer turn, for a while, as a busy trigger consumer does.
  const end = Date.now() + 300;
  while (Date.now() < end && done.length === 0) {
    worker.wake();
    await new Promise((r) => setImmediate(r));
  }
  await worker.stop();
  store.close();
  expect(done).toEqual(["j1"]);
});
