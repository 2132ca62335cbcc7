/**
 * The outbox's consumers drained in turn. Every consumer (webhook fan-out, workflow triggers) reads the same new
 * events, a batch per transaction (store/types.ts: the outbox order rule, serializable transactions), in turn,
 * until all have caught up. The consumers are handed in (they live above the queue: delivery/, engine/), so this module knows only
 * that each can take a batch inside a transaction. The jobs they queue wake their workers through the store's
 * commit notifications, after each commit.
 */
import type { Store, Tx } from "../store/types.ts";
import type { BatchOutcome } from "./outbox-consumer.ts";

/** One outbox consumer: reads the next batch of events after its position and handles it, in the caller's transaction. */
export interface OutboxDrainer {
  drain(tx: Tx): Promise<BatchOutcome>;
}

/**
 * Returns one function that drains every consumer, each batch in a transaction of its own, a batch of each in turn
 * (so a long backlog for one never starves the next), until all have caught up.
 */
export function drainEach(store: Store, consumers: readonly OutboxDrainer[]): () => Promise<void> {
  return async () => {
    let behind = [...consumers];
    while (behind.length > 0) {
      const next: OutboxDrainer[] = [];
      for (const consumer of behind) if ((await store.transaction((tx) => consumer.drain(tx))).more) next.push(consumer);
      behind = next;
    }
  };
}
