/**
 * Reads the next batch of domain events after a consumer's position, in the outbox order (store/types.ts
 * `OutboxRepo`: an event that commits late is read after the ones already passed, never skipped, however many
 * processes write at once), inside the caller's transaction. `handle` processes the batch in the transaction that
 * moves the position, so an event is handled exactly once even across crashes; with several processes, a second pass
 * waits for the consumer's lock (`OutboxRepo.read` takes it) and then reads on from where the first one left it. One batch per
 * transaction: a backlog drained in one long transaction held PostgreSQL's snapshot horizon back for seconds (no
 * consumer could see newer events meanwhile) and made a conflict re-run everything. Returns how much work `handle`
 * reported queuing (so the caller can wake its worker) and whether a full batch was read (more may follow).
 */
import type { EventRecord, Tx } from "../store/types.ts";

export interface BatchOutcome {
  queued: number;
  more: boolean;
}

export async function consumeOutbox(
  tx: Tx,
  consumer: string,
  batch: number,
  handle: (tx: Tx, events: EventRecord[]) => Promise<number>,
): Promise<BatchOutcome> {
  const { events, position } = await tx.outbox.read(consumer, batch);
  if (events.length === 0 || position === null) return { queued: 0, more: false };
  const queued = await handle(tx, events);
  await tx.outbox.advance(consumer, position);
  return { queued, more: events.length >= batch };
}
