/**
 * Every store implementation the contract runs against. A new implementation is one more entry here.
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
];
