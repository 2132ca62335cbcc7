/** Runs the store contract (./contract/) against every implementation in ./contract/stores.ts. */
import { afterAll, test } from "bun:test";
import { describeStoreContract } from "./contract/index.ts";
import { closeStores, skippedStores, storeFactories } from "./contract/stores.ts";

for (const { name, open, knownDeviations } of storeFactories) describeStoreContract(name, open, { knownDeviations });
for (const { name, reason } of skippedStores) test.skip(`store contract: ${name} — skipped: ${reason}`, () => {});
afterAll(closeStores);
