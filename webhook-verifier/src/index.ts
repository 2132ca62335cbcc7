/**
 * @tripwire/webhook-verifier on Web Crypto (`crypto.subtle`): the portable build for browsers, Deno, Cloudflare
 * Workers and any runtime without node:crypto.
 *
 * Same API on every runtime; package.json `exports` conditions pick this file or its twin
 * (`index.ts`: Web Crypto; `index.node.ts`: node:crypto), and one test suite runs against both.
 * @module
 */
import { webHmac } from "./hmac.web.ts";
import { createVerifier } from "./api.ts";

export * from "./common.ts";
export type { Verifier } from "./api.ts";

export const { cryptoBackend, verifyWebhook, verifySignature, sign, generateTestHeaders } = createVerifier(webHmac);
