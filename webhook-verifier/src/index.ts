/**
 * @tripwire/webhook-verifier on Web Crypto (`crypto.subtle`): the portable build for browsers, Deno, Cloudflare
 * Workers and any runtime without node:crypto.
 *
 * Same API on every runtime; package.json `exports` conditions pick this file or its twin
 * (`index.ts`: Web Crypto; `index.node.ts`: node:crypto), and one test suite runs against both.
 * @module
 */
import { webHmac } from "./hmac.web.ts";
import type { Verifier } from "./api.ts";
import { HmacContext } from "./keys.ts";
import { generateTestHeadersWith, signWith } from "./sign.ts";
import { verifySignatureWith, verifyWebhookWith } from "./verify.ts";

export * from "./common.ts";
export type { Verifier } from "./api.ts";

// One export per function (not one object destructured) so a bundler keeps only what is imported: an app that
// calls verifyWebhook alone does not ship sign and generateTestHeaders.
const context = /* @__PURE__ */ new HmacContext(webHmac);

export const cryptoBackend: Verifier["cryptoBackend"] = webHmac.name;
export const verifyWebhook: Verifier["verifyWebhook"] = (input) => verifyWebhookWith(context, input);
export const verifySignature: Verifier["verifySignature"] = (input) => verifySignatureWith(context, input);
export const sign: Verifier["sign"] = (input) => signWith(context, input);
export const generateTestHeaders: Verifier["generateTestHeaders"] = (input) => generateTestHeadersWith(context, input);
