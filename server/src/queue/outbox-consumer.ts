/**
 * Reads domain events after a consumer's offset, in commit order and in batches. `handle` processes each batch in
 * the same transaction that moves the offset, so an event is handled exactly once even across crashes.
 * Returns how much work `handle` reported queuing, so the caller can wake its worker.
 */
import type { EventRecord, Repos, Store } from "../store/types.ts";

export async function consumeOutbox(
  store: Store,
  consumer: string,
  batch: number,
  handle: (tx: Repos, events: EventRecord[]) => Promise<number>,
): Promise<number> {
  let queued = 0;
  for (;;) {
    const count = await store.transaction(async (tx) => {
      const events = await tx.events.since(await tx.offsets.get(consumer), batch);
      if (events.length === 0) return 0;
      queued += await handle(tx, events);
      await tx.offsets.set(consumer, events[events.length - 1]!.seq!);
      return events.length;
    });
    if (count < batch) return queued;
  }
}
