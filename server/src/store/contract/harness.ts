/**
 * The store contract's plumbing: how a store under test is opened, and the per-test lifecycle every topic shares.
 * Nothing here knows which implementation it runs against; each topic talks to `Store`/`Repos` alone.
 */
import { afterEach, beforeEach } from "bun:test";
import type { Store } from "../types.ts";

/** A freshly opened, empty, migrated store, and how to close and remove it again. */
export interface OpenedStore {
  store: Store;
  cleanup(): Promise<void>;
}
export type OpenStore = () => Promise<OpenedStore>;

/**
 * A contract clause an implementation is known to break. Its tests still run and still assert the rule, but are
 * registered as `test.failing`: they pass while the store is broken and turn red the day it is fixed, so the entry
 * cannot outlive the bug.
 */
export type Deviation = "reads-see-committed-only";

export interface ContractOptions {
  knownDeviations?: Deviation[] | undefined;
}

/** One implementation to run the contract against (see stores.ts). */
export interface StoreFactory extends ContractOptions {
  name: string;
  open: OpenStore;
}

/**
 * Opens a fresh store before each test of the enclosing describe block and cleans it up after. The getter reads
 * the current one (describe bodies run before any test, so they cannot hold the store itself).
 */
export function freshStore(open: OpenStore): () => Store {
  let opened: OpenedStore | null = null;
  beforeEach(async () => {
    opened = await open();
  });
  afterEach(async () => {
    const o = opened;
    opened = null;
    await o?.cleanup();
  });
  return () => {
    if (!opened) throw new Error("store contract: no store is open (used outside a test?)");
    return opened.store;
  };
}
