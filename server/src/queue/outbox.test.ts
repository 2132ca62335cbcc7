import { expect, test } from "bun:test";
import type { Store, Tx } from "../store/types.ts";
import { drainEach, type OutboxDrainer } from "./outbox.ts";

// Only `transaction` is used by drainEach: each batch runs in one.
const store = { transaction: <T>(fn: (tx: Tx) => Promise<T>) => fn({} as Tx) } as unknown as Store;

test("a consumer that caught up keeps its turn while another works through a backlog: new events wait one batch, not the backlog", async () => {
  const order: string[] = [];
  let backlog = 5; // the slow consumer's full batches still to come
  let arrived = 0; // events committed while the slow one works, for the fast one
  const slow: OutboxDrainer = {
    async drain() {
      order.push("slow");
      backlog--;
      arrived++; // meanwhile, someone commits one more event
      return { queued: 1, more: backlog > 0 };
    },
  };
  const fast: OutboxDrainer = {
    async drain() {
      order.push(arrived > 0 ? "fast:1" : "fast:0");
      arrived = 0;
      return { queued: 0, more: false };
    },
  };
  await drainEach(store, [fast, slow])();
  // Every round gives the fast consumer a batch: each event committed meanwhile is handled one slow batch later.
  expect(order).toEqual(["fast:0", "slow", "fast:1", "slow", "fast:1", "slow", "fast:1", "slow", "fast:1", "slow"]);
});

test("the pass ends once a round finds every consumer caught up", async () => {
  let calls = 0;
  const idle: OutboxDrainer = {
    async drain() {
      calls++;
      return { queued: 0, more: false };
    },
  };
  await drainEach(store, [idle, idle])();
  expect(calls).toBe(2);
});
