/**
 * The fetch-style helper behind `@tripwire/webhook-verifier/fetch`, for runtimes whose handlers take a `Request`
 * (Bun.serve, Deno.serve, Cloudflare Workers, Hono, Next.js route handlers). The two fetch entry points bind it
 * to their crypto backend.
 * @module
 */
import { WebhookVerificationError } from "./errors.ts";
import type { WebhookEvent } from "./event.ts";
import { PROBLEM_CONTENT_TYPE, toProblemDetails } from "./problem.ts";
import type { VerifyInput } from "./verify.ts";

/** Options of `createFetchVerifier`: everything `verifyWebhook` takes except the request itself. */
export type FetchVerifierOptions = Omit<VerifyInput, "payload" | "headers">;

/** Verifies one `Request` and returns its event; throws `WebhookVerificationError` like `verifyWebhook`. */
export type FetchVerifier = <TData = Record<string, unknown>>(request: Request) => Promise<WebhookEvent<TData>>;

type Verify = <TData>(input: VerifyInput) => Promise<WebhookEvent<TData>>;

/** Build `createFetchVerifier` on a given `verifyWebhook`. */
export function bindFetchVerifier(verify: Verify): (options: FetchVerifierOptions) => FetchVerifier {
  return (options) =>
    async <TData>(request: Request) => {
      if (request.bodyUsed) {
        throw new WebhookVerificationError(
          "payload_not_raw",
          "the request body was already read; verify before reading it, or pass request.clone() to the verifier.",
        );
      }
      // Bytes, not request.text(): text() would replace invalid UTF-8 and hash different bytes than were sent.
      const payload = new Uint8Array(await request.arrayBuffer());
      return verify<TData>({ ...options, payload, headers: request.headers });
    };
}

/**
 * An `application/problem+json` response for a refused delivery (400 or 401), with a body that is safe to send
 * back: it never includes the error message, which may describe your configuration.
 * @example
 * try { event = await verifyTripwire(request) }
 * catch (err) { if (err instanceof WebhookVerificationError) return problemResponse(err); throw err }
 */
export function problemResponse(error: WebhookVerificationError): Response {
  return new Response(JSON.stringify(toProblemDetails(error)), {
    status: error.status,
    headers: { "content-type": PROBLEM_CONTENT_TYPE, "cache-control": "no-store" },
  });
}
