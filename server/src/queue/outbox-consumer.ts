/**
 * Reads domain events after a consumer's position, in the outbox order (store/types.ts `OutboxRepo`: an event that
 * commits late is read after the ones already passed, never skipped, however many processes write at once), in
 * batches, inside the caller's transaction. `handle` processes each batch in the transaction that moves the position, so an event is handled
 * exactly once even across crashes; with several processes, two passes over the same batch conflict in the store
 * (the position's row) and one of them retries. Returns how much work `handle` reported queuing, so the caller can
 * wake its worker.
 */
import type { EventRecord, Tx } from "../store/types.ts";

export async function consumeOutbox(
  tx: Tx,
  consumer: string,
  batch: number,
  handle: (tx: Tx, events: EventRecord[]) => Promise<number>,
): Promise<number> {
  let queued = 0;
  for (;;) {
    const { events, position } = await tx.outbox.read(consumer, batch);
    if (events.length === 0 || position === null) return queued;
    queued += await handle(tx, events);
    await tx.outbox.advance(consumer, position);
    if (events.length < batch) return queued;
  }
}
