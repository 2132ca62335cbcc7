/**
 * A {@link Store} view of an open transaction, for handing it to code written against `Store` (a workflow step
 * calling domain functions): its reads and writes go through `tx`, and its `transaction` is a savepoint of `tx` —
 * nesting said out loud where the transaction is handed over, not joined silently.
 */
import type { Store, Tx } from "./types.ts";

export function within(store: Store, tx: Tx): Store {
  return { ...store, ...tx, transaction: (fn) => tx.savepoint(fn) };
}
