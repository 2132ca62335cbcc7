/**
 * `@tripwire/webhook-verifier/fetch` on node:crypto (Bun, Node). The twin entry (fetch.ts, Web Crypto) is identical
 * but for the crypto
 * backend; package.json `exports` conditions choose between them.
 * @module
 */
import { bindFetchVerifier, type FetchVerifier, type FetchVerifierOptions } from "./fetch-verifier.ts";
import { verifyWebhook } from "./index.node.ts";

export { type FetchVerifier, type FetchVerifierOptions, problemResponse } from "./fetch-verifier.ts";
export { WebhookVerificationError, type WebhookEvent, type WebhookErrorCode } from "./index.node.ts";

/**
 * A function that verifies a `Request` and returns its Tripwire event.
 * @example
 * const verifyTripwire = createFetchVerifier({ secret: env.TRIPWIRE_WEBHOOK_SECRET });
 * export default {
 *   async fetch(request: Request) {
 *     try {
 *       const event = await verifyTripwire(request);
 *       return new Response(null, { status: 204 });
 *     } catch (err) {
 *       if (err instanceof WebhookVerificationError) return problemResponse(err);
 *       throw err;
 *     }
 *   },
 * };
 */
export const createFetchVerifier: (options: FetchVerifierOptions) => FetchVerifier = bindFetchVerifier(verifyWebhook);
