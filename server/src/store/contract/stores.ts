/**
 * Every store implementation the contract runs against. A new implementation is one more entry here, e.g.
 *   { name: "postgres", open: openPostgresForContract },
 * where `open` returns a freshly migrated, empty store (its own database or schema) and a `cleanup` that drops it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteStore } from "../sqlite/store.ts";
import type { StoreFactory } from "./harness.ts";

export const storeFactories: StoreFactory[] = [
  {
    name: "sqlite (file)",
    open: async () => {
      const dir = mkdtempSync(join(tmpdir(), "tripwire-contract-"));
      const store = openSqliteStore(join(dir, "store.db"));
      return {
        store,
        cleanup: async () => {
          store.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  },
  {
    name: "sqlite (:memory:)",
    open: async () => {
      const store = openSqliteStore(":memory:");
      return { store, cleanup: async () => store.close() };
    },
    // One connection serves reads and writes (an in-memory database is private to its connection), so a read
    // through `store` while a transaction is open sees that transaction's uncommitted writes.
    knownDeviations: ["reads-see-committed-only"],
  },
];
