/**
 * Writes issued inside a transaction without waiting for each one. They still run in the order issued (one
 * transaction, one connection), but PostgreSQL receives them pipelined: a batch of a few hundred inserts costs a few
 * round trips instead of one each — and under load every round trip also waits its turn on a busy event loop (the
 * outbox consumers spent a second per batch on them). SQLite runs each at once, as before.
 *
 * Only for writes whose result nothing reads before `settle`. A failing write fails `settle` (the transaction then
 * rolls back, as it would have at the write); a failure is never left unhandled meanwhile.
 */
export class PendingWrites {
  private writes: Promise<unknown>[] = [];

  add(write: Promise<unknown>): void {
    write.catch(() => {}); // handled by `settle`; without this, a rejection before it would be unhandled
    this.writes.push(write);
  }

  /** Waits for every write added so far; throws the first failure. */
  async settle(): Promise<void> {
    const writes = this.writes;
    this.writes = [];
    await Promise.all(writes);
  }
}
