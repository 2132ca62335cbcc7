/**
 * The shared behaviour suite against both crypto backends, straight from the TypeScript sources. The same suite
 * runs against the built package under Node in node-runtime.test.ts.
 */
import { describe, test } from "bun:test";
import * as nodeEntry from "../src/index.node.ts";
import * as webEntry from "../src/index.ts";
import { verifierSuite } from "./shared/suite.ts";

verifierSuite({ describe, test }, nodeEntry, "node:crypto");
verifierSuite({ describe, test }, webEntry, "web-crypto");
