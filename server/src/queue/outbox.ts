/**
 * The outbox's consumers drained together. Every consumer (webhook fan-out, workflow triggers) reads the same new
 * events: one pass over them, in one transaction (store/types.ts: the outbox order rule, serializable
 * transactions). The consumers are handed in (they live above the queue: delivery/, engine/), so this module knows
 * only that each can drain inside a transaction. The jobs they queue wake their workers through the store's commit
 * notifications, after the commit.
 */
import type { Store, Tx } from "../store/types.ts";

/** One outbox consumer: reads the events after its position and handles them, in the caller's transaction. */
export interface OutboxDrainer {
  drain(tx: Tx): Promise<unknown>;
}

/** Returns one function that drains every consumer, in the order given, in one transaction. */
export function drainEach(store: Store, consumers: readonly OutboxDrainer[]): () => Promise<void> {
  return () =>
    store.transaction(async (tx) => {
      for (const consumer of consumers) await consumer.drain(tx);
    });
}
