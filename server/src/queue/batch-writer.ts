/**
 * Groups small write transactions that arrive in the same turn of the event loop into one SQLite transaction, each
 * in its own savepoint (so one failing write rolls back alone). Callers are answered only after the commit, so a
 * resolved promise still means "durably written". On a single-writer database this turns N commits into one. A batch
 * that cannot commit as a whole is written again item by item.
 *
 * `sideBySide`: the items run at once in the transaction, without savepoints, so PostgreSQL receives their statements
 * pipelined (a batch of deliveries' records costs a few round trips, not six per delivery). Then any item failing
 * rolls back the whole batch, and every item is written again in a transaction of its own — fit for items that
 * rarely fail (a delivery's record fails only when its lease was lost).
 */
import type { Store, TransactionOptions, Tx } from "../store/types.ts";

interface Item {
  fn: (tx: Tx) => Promise<unknown>;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}

export class BatchWriter {
  private queue: Item[] = [];
  private scheduled = false;

  constructor(
    private store: Store,
    private maxBatch = 256,
    private options: TransactionOptions = {},
    private sideBySide = false,
  ) {}

  run<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ fn, resolve: resolve as (v: unknown) => void, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    const batch = this.queue.splice(0, this.maxBatch);
    if (this.queue.length && !this.scheduled) {
      this.scheduled = true;
      setImmediate(() => void this.flush());
    }
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      await this.store.transaction(async (tx) => {
        // A store with concurrent writers may run this again after a conflict (store/types.ts): only the last run's
        // outcomes are the committed ones.
        outcomes.length = 0;
        if (this.sideBySide) {
          // Every item ends before the transaction does (none may write after its rollback); then one failure
          // rolls the batch back, and it is written item by item below.
          const settled = await Promise.allSettled(batch.map((item) => item.fn(tx)));
          const failed = settled.find((o) => o.status === "rejected");
          if (failed) throw failed.reason;
          for (const o of settled) outcomes.push({ ok: true, value: (o as PromiseFulfilledResult<unknown>).value });
          return;
        }
        for (const item of batch) {
          try {
            outcomes.push({ ok: true, value: await tx.savepoint(item.fn) });
          } catch (error) {
            outcomes.push({ ok: false, error });
          }
        }
      }, this.options);
    } catch (error) {
      if (batch.length === 1) {
        batch[0]!.reject(error);
        return;
      }
      // The batch as a whole could not commit (PostgreSQL: one item's conflicts, retried until the store gave up,
      // doom every item with it). Each item then gets a transaction of its own: one busy row fails one item, not a
      // hundred — a delivery whose attempt is not recorded is sent again.
      await Promise.all(batch.map((item) => this.store.transaction((tx) => item.fn(tx), this.options).then(item.resolve, item.reject)));
      return;
    }
    batch.forEach((item, i) => {
      const o = outcomes[i]!;
      if (o.ok) item.resolve(o.value);
      else item.reject(o.error);
    });
  }
}
