/**
 * @tripwire/webhook-verifier on node:crypto: the build Node and Bun get (over 10× faster than Web Crypto there;
 * see bench/verifier.ts).
 *
 * Same API on every runtime; package.json `exports` conditions pick this file or its twin
 * (`index.ts`: Web Crypto; `index.node.ts`: node:crypto), and one test suite runs against both.
 * @module
 */
import { nodeHmac } from "./hmac.node.ts";
import { createVerifier } from "./api.ts";

export * from "./common.ts";
export type { Verifier } from "./api.ts";

export const { cryptoBackend, verifyWebhook, verifySignature, sign, generateTestHeaders } = createVerifier(nodeHmac);
