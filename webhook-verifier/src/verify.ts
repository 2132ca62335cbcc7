/**
 * Verification for both schemes Tripwire sends, on whichever crypto backend the entry point passes in.
 *
 * The received signature is never decoded: we compute the expected HMAC, encode it canonically (lowercase hex
 * for `X-Tripwire-Signature`, padded base64 for `v1,`), and compare strings in constant time. A malformed,
 * truncated or re-encoded signature is therefore just a signature that does not match.
 * @module
 */
import { rawBody, type RawPayload } from "./encoding.ts";
import { configError, WebhookVerificationError } from "./errors.ts";
import { parseEvent, type WebhookEvent } from "./event.ts";
import { readSignatureHeaders, type HeadersInput, type SignatureHeaders } from "./headers.ts";
import { type HmacContext, type Secret, secretHints, secretList } from "./keys.ts";

/** Standard Webhooks' tolerance, in both directions. */
export const DEFAULT_TOLERANCE_SECONDS = 5 * 60;

/** Input of `verifyWebhook` and `verifySignature`. */
export interface VerifyInput {
  /** The raw request body, exactly as received: a string, `Uint8Array`/`Buffer`, or `ArrayBuffer`. */
  payload: RawPayload;
  /** The request headers: `req.headers`, `request.headers`, or a plain object (names in any case). */
  headers: HeadersInput;
  /** The endpoint secret (`whsec_…`), or a list while rotating: any one of them verifies. */
  secret: Secret;
  /**
   * How far `webhook-timestamp` may be from now, in seconds, in either direction. Default 300. `Infinity`
   * disables the check (e.g. to re-verify stored deliveries); you then rely on deduplication alone.
   */
  toleranceSeconds?: number;
  /** The current time (ms since the epoch, or a Date). For tests; defaults to `Date.now`. */
  now?: () => number | Date;
  /**
   * Refuse deliveries signed only with the body-only `X-Tripwire-Signature`, which carries no timestamp and so
   * can be replayed. Default false, to accept senders and proxies that only pass that header.
   */
  requireTimestamp?: boolean;
}

function tolerance(value: number | undefined): number {
  if (value === undefined) return DEFAULT_TOLERANCE_SECONDS;
  if (typeof value !== "number" || Number.isNaN(value) || value < 0) {
    throw configError(`toleranceSeconds must be a non-negative number of seconds; got ${String(value)}.`);
  }
  return value;
}

function nowSeconds(now: VerifyInput["now"]): number {
  const t = now ? now() : Date.now();
  return Math.floor((typeof t === "number" ? t : t.getTime()) / 1000);
}

type Maybe<T> = T | Promise<T>;

function isPromise<T>(value: Maybe<T>): value is Promise<T> {
  return typeof (value as { then?: unknown } | null)?.then === "function";
}

/**
 * The expected signature for each secret that can be a key for this scheme, canonically encoded. Plain strings
 * when the backend answers synchronously (node:crypto): skipping `await` on plain values is about a third of
 * the cost of a verification on Bun (bench/verifier.ts), and the async path stays the same code.
 */
function expectedSignatures(ctx: HmacContext, parsed: SignatureHeaders, body: string | Uint8Array, secrets: string[]) {
  const { backend } = ctx;
  const parts = parsed.scheme === "tripwire" ? [body] : [`${parsed.id}.${parsed.timestamp}.`, body];
  const encoding = parsed.scheme === "tripwire" ? "hex" : "base64";
  const expected: Maybe<string>[] = [];
  for (const secret of secrets) {
    const key = ctx.key(parsed.scheme, secret);
    if (key === undefined) continue; // not a base64 secret; explained in the error if nothing matches
    expected.push(isPromise(key) ? key.then((k) => backend.digest(k, parts, encoding)) : backend.digest(key, parts, encoding));
  }
  return expected;
}

/** Does any expected signature equal any received one? Every comparison runs; no early exit. */
function anyMatch(ctx: HmacContext, parsed: SignatureHeaders, expected: string[]): boolean {
  const received = parsed.scheme === "tripwire" ? [parsed.signature] : parsed.v1;
  let matched = false;
  for (const e of expected) for (const r of received) if (ctx.backend.equal(e, r)) matched = true;
  return matched;
}

function noMatch(parsed: SignatureHeaders, secrets: string[]): WebhookVerificationError {
  const hints = secretHints(parsed.scheme, secrets);
  if (parsed.scheme === "tripwire" && /^[0-9a-fA-F]{64}$/.test(parsed.signature) && /[A-F]/.test(parsed.signature)) {
    hints.push("X-Tripwire-Signature is uppercase hex; Tripwire sends lowercase, so something re-encoded the header.");
  }
  if (parsed.scheme === "standard-webhooks" && parsed.v1.length === 0) {
    hints.push(
      `webhook-signature has no v1 entry (only ${parsed.otherVersions.join(", ")}); this verifier checks v1 ` +
        `(HMAC-SHA256) signatures.`,
    );
  }
  const header = parsed.scheme === "tripwire" ? "X-Tripwire-Signature" : "webhook-signature";
  return new WebhookVerificationError(
    "no_match",
    `no signature in ${header} matched. ${hints.join(" ")}${hints.length ? " " : ""}Check that the secret is this ` +
      `endpoint's secret, and that payload is the raw body exactly as received (a body that was parsed and ` +
      `re-serialized, or re-encoded by a proxy, never matches).`,
  );
}

/**
 * Verify a delivery and return its raw body (synchronously when the backend is synchronous). Throws
 * `WebhookVerificationError` for anything a request can cause and `TypeError` for configuration mistakes.
 */
export function verifyRaw(ctx: HmacContext, input: VerifyInput): Maybe<string | Uint8Array> {
  if (input === null || typeof input !== "object") throw configError("pass { payload, headers, secret }.");
  const body = rawBody(input.payload);
  const secrets = secretList(input.secret);
  const maxSkew = tolerance(input.toleranceSeconds);
  const parsed = readSignatureHeaders(input.headers, { requireTimestamp: input.requireTimestamp === true });

  const finish = (expected: string[]) => {
    if (!anyMatch(ctx, parsed, expected)) throw noMatch(parsed, secrets);
    if (parsed.scheme === "standard-webhooks") checkTimestamp(parsed.seconds, nowSeconds(input.now), maxSkew);
    return body;
  };
  const expected = expectedSignatures(ctx, parsed, body, secrets);
  return expected.some(isPromise) ? Promise.all(expected).then(finish) : finish(expected as string[]);
}

/**
 * Checked after the signature on purpose: a timestamp error then always means "genuine but stale or early",
 * i.e. a replay or clock skew, which is what its message tells you to look at.
 */
function checkTimestamp(sent: number, now: number, maxSkew: number): void {
  const age = now - sent;
  if (age > maxSkew) {
    throw new WebhookVerificationError(
      "timestamp_too_old",
      `webhook-timestamp is ${age} s old, more than the ${maxSkew} s tolerance. The signature is valid, so this ` +
        `is a replayed delivery or this host's clock is behind: check NTP, or raise toleranceSeconds.`,
    );
  }
  if (-age > maxSkew) {
    throw new WebhookVerificationError(
      "timestamp_too_new",
      `webhook-timestamp is ${-age} s in the future, more than the ${maxSkew} s tolerance. The signature is ` +
        `valid, so this host's clock is behind or the sender's is ahead: check NTP, or raise toleranceSeconds.`,
    );
  }
}

/** `verifyWebhook` for a given backend: verify, then parse the event. */
export async function verifyWebhookWith<TData>(ctx: HmacContext, input: VerifyInput): Promise<WebhookEvent<TData>> {
  const body = verifyRaw(ctx, input);
  return parseEvent<TData>(isPromise(body) ? await body : body);
}

/**
 * `verifySignature` for a given backend: true or false for anything the request can cause. A parsed-object
 * payload and configuration mistakes still throw, because they are bugs in the receiver, not bad deliveries.
 */
export async function verifySignatureWith(ctx: HmacContext, input: VerifyInput): Promise<boolean> {
  try {
    const body = verifyRaw(ctx, input);
    if (isPromise(body)) await body;
    return true;
  } catch (err) {
    if (err instanceof WebhookVerificationError && err.code !== "payload_not_raw") return false;
    throw err;
  }
}
