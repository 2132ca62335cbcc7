/**
 * The public API, typed once. Each entry point (`index.ts` on Web Crypto, `index.node.ts` on node:crypto) binds
 * every function to its backend and is typed by this interface, so the two builds cannot drift apart.
 * @module
 */
import type { WebhookEvent } from "./event.ts";
import type { CryptoBackendName } from "./hmac.ts";
import type { SignInput, TestHeaders, TestHeadersInput } from "./sign.ts";
import type { VerifyInput } from "./verify.ts";

export interface Verifier {
  /** The crypto implementation behind this entry point: check it to see which build your bundler picked. */
  cryptoBackend: CryptoBackendName;
  /**
   * Verify a Tripwire delivery and return its event. Accepts the Standard Webhooks headers (preferred when
   * present; timestamp checked against `toleranceSeconds`, default 300 s, both directions) or
   * `X-Tripwire-Signature` alone.
   * @throws {WebhookVerificationError} when the delivery cannot be trusted or used; `code` says why and
   *   `status` is the HTTP status to answer with.
   * @throws {TypeError} for configuration mistakes (empty secret, negative tolerance).
   * @example
   * const event = await verifyWebhook({ payload: req.body, headers: req.headers, secret: process.env.TRIPWIRE_WEBHOOK_SECRET! });
   * if (event.event === "incident.created") { … }
   */
  verifyWebhook<TData = Record<string, unknown>>(input: VerifyInput): Promise<WebhookEvent<TData>>;
  /**
   * Check a delivery's signature (and timestamp) without parsing the body: true or false for anything a request
   * can cause. Still throws for receiver bugs: a parsed-object payload (`payload_not_raw`) or bad configuration.
   * @example
   * if (!(await verifySignature({ payload: rawBody, headers, secret }))) return new Response(null, { status: 401 });
   */
  verifySignature(input: VerifyInput): Promise<boolean>;
  /**
   * Compute one signature header value: `X-Tripwire-Signature` (lowercase hex, the default) or a Standard
   * Webhooks `v1,<base64>` entry.
   * @example
   * await sign({ payload: "Hello, World!", secret: "It's a Secret to Everybody" }) // "757107ea…"
   * await sign({ scheme: "standard-webhooks", payload, secret: "whsec_…", id: "evt_1", timestamp: 1614265330 })
   */
  sign(input: SignInput): Promise<string>;
  /**
   * Every header Tripwire would send for `payload`, for your tests: `webhook-id`, `webhook-timestamp`,
   * `webhook-signature` (one entry per secret), `x-tripwire-signature` and `content-type`.
   * @example
   * const body = JSON.stringify({ id: "evt_1", event: "incident.created", timestamp: new Date().toISOString(), data: {} });
   * await fetch(url, { method: "POST", body, headers: await generateTestHeaders({ payload: body, secret }) });
   */
  generateTestHeaders(input: TestHeadersInput): Promise<TestHeaders>;
}
