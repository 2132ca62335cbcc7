/**
 * Signatures on outbound webhook deliveries. Pure: the caller passes the id, the time and the exact body bytes
 * that will be sent.
 *
 * Two schemes ride on every delivery:
 * - `x-tripwire-signature`: lowercase hex HMAC-SHA256 of the raw body (GitHub's `X-Hub-Signature-256` without the
 *   `sha256=` prefix). Keyed with the UTF-8 bytes of the whole current secret string, `whsec_` prefix included,
 *   the way GitHub, Stripe and PagerDuty key theirs, so a consumer can verify with one line of any HMAC library.
 *   It has no timestamp, so it cannot stop replays; it stays because the spec promises it.
 * - Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`): HMAC-SHA256 over
 *   `id.timestamp.body`, keyed with the base64-decoded bytes after `whsec_`, so `standardwebhooks`, `svix` and our
 *   own verifier accept it as is. During rotation both the current and the previous secret sign, and consumers
 *   holding either one verify.
 * @see https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md
 */
import { createHmac, randomBytes } from "node:crypto";

export const SECRET_PREFIX = "whsec_";

/** Standard Webhooks bounds on the decoded key length. */
const MIN_KEY_BYTES = 24;
const MAX_KEY_BYTES = 64;

export interface DeliveryToSign {
  /** Event id: the same on every retry, so consumers can dedupe on `webhook-id`. */
  id: string;
  /** Time of this attempt in Unix seconds (changes on every retry). */
  timestampSec: number;
  /** The exact body that will be sent; consumers must verify these bytes, not a re-serialisation. */
  body: string;
  /** Current secret first, then the previous one while a rotation is in progress. */
  secrets: string[];
}

/**
 * Headers to add to a delivery. Throws on inputs that would produce signatures no consumer can verify (no secret,
 * a malformed secret, an id containing `.`, a non-integer timestamp): failing loudly beats sending junk.
 */
export function signDelivery(input: DeliveryToSign): Record<string, string> {
  const { id, timestampSec, body, secrets } = input;
  const current = secrets[0];
  if (current === undefined) throw new Error("signDelivery needs at least one secret.");
  for (const s of secrets) {
    // Never echo the secret itself into an error message that might be logged.
    if (!isValidWebhookSecret(s)) throw new Error(`A webhook secret is malformed (expected ${SECRET_PREFIX} + base64 of 24 to 64 bytes).`);
  }
  // The signed content joins fields with ".", so an id with "." could be made to collide with another message.
  if (!/^[\x21-\x7e]+$/.test(id) || id.includes(".")) throw new Error(`Webhook id must be printable ASCII without ".": ${JSON.stringify(id)}.`);
  if (!Number.isSafeInteger(timestampSec) || timestampSec < 0) throw new Error(`Webhook timestamp must be whole Unix seconds; got ${timestampSec}.`);

  const timestamp = String(timestampSec);
  const signedContent = `${id}.${timestamp}.${body}`;
  const signatures = secrets.map((s) => `v1,${createHmac("sha256", secretKeyBytes(s)).update(signedContent).digest("base64")}`);
  return {
    "x-tripwire-signature": tripwireSignature(current, body),
    "webhook-id": id,
    "webhook-timestamp": timestamp,
    "webhook-signature": signatures.join(" "),
  };
}

/**
 * The `x-tripwire-signature` value: hex HMAC-SHA256 of the body keyed with the secret string's UTF-8 bytes.
 * (`Hmac.update` reads a string as UTF-8 when given no encoding.)
 */
export function tripwireSignature(secret: string, body: string): string {
  return createHmac("sha256", Buffer.from(secret, "utf8")).update(body).digest("hex");
}

/** A new endpoint secret: 32 random bytes, the middle of the Standard Webhooks 24..64 range. */
export function generateWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString("base64");
}

/**
 * `whsec_` + padded standard base64 that decodes to 24..64 bytes. Unpadded, URL-safe or otherwise non-canonical text
 * would decode differently in some consumers' libraries, so it is refused.
 */
export function isValidWebhookSecret(s: string): boolean {
  if (!s.startsWith(SECRET_PREFIX)) return false;
  const b64 = s.slice(SECRET_PREFIX.length);
  const key = Buffer.from(b64, "base64");
  // Node's decoder is lenient (it skips characters outside the alphabet, reads - and _ as + and /, and does without
  // padding), but its encoder writes only canonical padded standard base64. So the round-trip check accepts exactly
  // the canonical encodings: no URL-safe letters, no missing padding, no non-zero padding bits. An empty text
  // decodes to 0 bytes, below the minimum.
  return key.length >= MIN_KEY_BYTES && key.length <= MAX_KEY_BYTES && key.toString("base64") === b64;
}

function secretKeyBytes(secret: string): Buffer {
  return Buffer.from(secret.slice(SECRET_PREFIX.length), "base64");
}
