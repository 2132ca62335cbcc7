/**
 * The outbox's consumers drained in turn. Every consumer (webhook fan-out, workflow triggers) reads the same new
 * events, a batch per transaction (store/types.ts: the outbox order rule; READ COMMITTED, see CONSUMING), in turn,
 * until all have caught up. The consumers are handed in (they live above the queue: delivery/, engine/), so this module knows only
 * that each can take a batch inside a transaction. The jobs they queue wake their workers through the store's
 * commit notifications, after each commit.
 */
import type { Store, TransactionOptions, Tx } from "../store/types.ts";
import type { BatchOutcome } from "./outbox-consumer.ts";

/** One outbox consumer: reads the next batch of events after its position and handles it, in the caller's transaction. */
export interface OutboxDrainer {
  drain(tx: Tx): Promise<BatchOutcome>;
}

/**
 * READ COMMITTED: a batch's transaction reads what the consumers need (webhooks, workflows, the causing run) and only
 * inserts (jobs, deliveries, runs, evaluations) besides moving the position, and locks the consumer first
 * (`OutboxRepo.read`), so two passes never handle one batch. Serializable, its reads of busy tables (runs above all)
 * made it and the runs' own transactions abort each other under load (PostgreSQL; SQLite has one writer anyway).
 */
const CONSUMING: TransactionOptions = { isolation: "read committed" };

/**
 * Returns one function that drains every consumer, each batch in a transaction of its own, a batch of each in turn
 * (so a long backlog for one never starves the next), until all have caught up.
 */
export function drainEach(store: Store, consumers: readonly OutboxDrainer[]): () => Promise<void> {
  return async () => {
    let behind = [...consumers];
    while (behind.length > 0) {
      const next: OutboxDrainer[] = [];
      for (const consumer of behind) if ((await store.transaction((tx) => consumer.drain(tx), CONSUMING)).more) next.push(consumer);
      behind = next;
    }
  };
}
