/**
 * The outbox's consumers drained together. Every consumer (webhook fan-out, workflow triggers) reads the same new
 * events: one pass over them, in one transaction, each consumer's work a savepoint inside it. The consumers are
 * handed in (they live above the queue: delivery/, engine/), so this module knows only that each can drain.
 */
import type { Store } from "../store/types.ts";

/** One outbox consumer: reads the events after its offset and handles them (see outbox-consumer.ts). */
export interface OutboxDrainer {
  drain(): Promise<void>;
}

/** Returns one function that drains every consumer, in the order given, in one transaction. */
export function drainEach(store: Store, consumers: readonly OutboxDrainer[]): () => Promise<void> {
  return () =>
    store.transaction(async () => {
      for (const consumer of consumers) await consumer.drain();
    });
}
