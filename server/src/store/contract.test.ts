/** Runs the store contract (./contract/) against every implementation in ./contract/stores.ts. */
import { describeStoreContract } from "./contract/index.ts";
import { storeFactories } from "./contract/stores.ts";

for (const { name, open, knownDeviations } of storeFactories) describeStoreContract(name, open, { knownDeviations });
