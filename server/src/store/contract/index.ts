/**
 * The store contract (issue #11): what every `Store` implementation must do, stated once against the public
 * `Store`/`Repos` interface (no SQL, no implementation internals) and run against each implementation listed in
 * stores.ts.
 *
 * `open` must return a freshly migrated, empty store each time; `cleanup` closes it and removes whatever it created.
 */
import { describe } from "bun:test";
import type { ContractOptions, OpenStore } from "./harness.ts";
import { heartbeatsContract } from "./heartbeats.ts";
import { idempotencyContract } from "./idempotency.ts";
import { leasesContract } from "./leases.ts";
import { monitorsContract } from "./monitors.ts";
import { outboxContract } from "./outbox.ts";
import { pagingContract } from "./paging.ts";
import { postIncidentContract } from "./post-incident.ts";
import { retentionContract } from "./retention.ts";
import { tenancyContract } from "./tenancy.ts";
import { transactionsContract } from "./transactions.ts";

export type { ContractOptions, Deviation, OpenedStore, OpenStore, StoreFactory } from "./harness.ts";

export function describeStoreContract(name: string, open: OpenStore, options: ContractOptions = {}): void {
  describe(`store contract: ${name}`, () => {
    tenancyContract(open);
    pagingContract(open);
    transactionsContract(open, options);
    idempotencyContract(open);
    outboxContract(open);
    leasesContract(open);
    retentionContract(open);
    heartbeatsContract(open);
    postIncidentContract(open);
    monitorsContract(open);
  });
}
