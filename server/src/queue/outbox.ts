/**
 * The outbox's consumers drained in turn. Every consumer (webhook fan-out, workflow triggers) reads the same new
 * events, a batch per transaction (store/types.ts: the outbox order rule; isolation per consumer), in turn,
 * until all have caught up. The consumers are handed in (they live above the queue: delivery/, engine/), so this module knows only
 * that each can take a batch inside a transaction. The jobs they queue wake their workers through the store's
 * commit notifications, after each commit.
 */
import type { Store, TransactionOptions, Tx } from "../store/types.ts";
import type { BatchOutcome } from "./outbox-consumer.ts";

/** One outbox consumer: reads the next batch of events after its position and handles it, in the caller's transaction. */
export interface OutboxDrainer {
  drain(tx: Tx): Promise<BatchOutcome>;
  /**
   * The isolation of its batch transactions (serializable when left out). Either way `OutboxRepo.read` locks the
   * consumer first, so two passes never handle one batch. READ COMMITTED suits a consumer that only inserts and
   * whose reads may see what committed after its events (the webhook fan-out: a delivery row per subscribed
   * endpoint); serializable, such a consumer and the runs' transactions aborted each other under load on PostgreSQL.
   * The workflow triggers stay serializable: their view of the workflows is the transaction's snapshot, so a
   * workflow activated after the batch began does not run for events committed before it.
   */
  readonly isolation?: TransactionOptions;
}

/**
 * Returns one function that drains every consumer, each batch in a transaction of its own, a batch of each in turn
 * (so a long backlog for one never starves the next), until a round finds every one caught up. A consumer that
 * caught up stays in the rounds: events keep committing while another consumer works through its backlog, and
 * leaving it out until that backlog was gone held its events back for as long (the webhook fan-out waited seconds
 * behind the workflow triggers on PostgreSQL).
 */
export function drainEach(store: Store, consumers: readonly OutboxDrainer[]): () => Promise<void> {
  return async () => {
    let more = true;
    while (more) {
      more = false;
      for (const consumer of consumers) if ((await store.transaction((tx) => consumer.drain(tx), consumer.isolation)).more) more = true;
    }
  };
}
