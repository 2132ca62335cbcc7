/**
 * @module When a failed attempt is retried and how long to wait first. Pure: the attempt's outcome, the policy, the
 * current time and a random source go in, a delay (or "don't retry") comes out, so every rule is unit-tested
 * without a clock or a network.
 */

/** How the client retries. Pass `retry: false` to send every request exactly once. */
export interface RetryOptions {
  /** Retries after the first attempt, so at most `retries + 1` attempts. Default 3. */
  retries?: number | undefined;
  /** The first backoff step before jitter; each further retry doubles it. Default 500 ms. */
  minDelayMs?: number | undefined;
  /**
   * No wait is longer than this. Backoff steps are capped at it, and a `Retry-After` asking for longer ends the
   * retries (the response goes back to the caller) rather than retrying early into a certain `429`. Default 30 000 ms.
   */
  maxDelayMs?: number | undefined;
}

/** {@link RetryOptions} with every default filled in. */
export type RetryPolicy = Readonly<{ [K in keyof RetryOptions]-?: Exclude<RetryOptions[K], undefined> }>;

export const DEFAULT_RETRY_POLICY: RetryPolicy = Object.freeze({ retries: 3, minDelayMs: 500, maxDelayMs: 30_000 });

/** Fills in defaults (`false` means no retries) and rejects values that would make the schedule meaningless. */
export function resolveRetryPolicy(retry: RetryOptions | false | undefined): RetryPolicy {
  if (retry === false) return Object.freeze({ ...DEFAULT_RETRY_POLICY, retries: 0 });
  const policy = { ...DEFAULT_RETRY_POLICY, ...definedOnly(retry ?? {}) };
  if (!Number.isInteger(policy.retries) || policy.retries < 0) {
    throw new RangeError(`retry.retries must be a whole number >= 0, got ${policy.retries}`);
  }
  if (!(policy.minDelayMs >= 0) || !(policy.maxDelayMs >= policy.minDelayMs)) {
    throw new RangeError(`retry delays must satisfy 0 <= minDelayMs <= maxDelayMs, got ${policy.minDelayMs} and ${policy.maxDelayMs}`);
  }
  return Object.freeze(policy);
}

// `{ retries: undefined }` must mean "the default", not NaN arithmetic later.
function definedOnly(options: RetryOptions): Partial<RetryPolicy> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
}

/** Methods whose repetition has the same effect as one request (RFC 9110 §9.2.2). */
const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"]);

/**
 * Whether sending the request again cannot apply it twice: an idempotent method, or a `POST` carrying an
 * `Idempotency-Key` (the server replays the stored response for a repeated key). `PATCH` is neither: the server
 * honours `Idempotency-Key` on `POST` only.
 */
export function isReplaySafe(method: string, headers: Headers): boolean {
  const m = method.toUpperCase();
  return IDEMPOTENT_METHODS.has(m) || (m === "POST" && headers.has("idempotency-key"));
}

/** What one attempt produced, as far as the retry decision is concerned. */
export interface AttemptOutcome {
  /** 1 for the first attempt. */
  attempt: number;
  method: string;
  requestHeaders: Headers;
  /** The response, or undefined when the attempt failed without one (network error, timeout). */
  response?: { status: number; headers: Headers } | undefined;
}

/**
 * The wait before the next attempt in milliseconds, or `null` when the outcome is final.
 *
 * - `429`: retried for every method: the server refused the request before doing anything.
 * - `5xx`, network errors, timeouts: retried only when {@link isReplaySafe}, because the server may have applied
 *   the request before failing.
 * - Everything else (2xx, 3xx, other 4xx): final.
 *
 * A `Retry-After` header (seconds or HTTP-date, RFC 9110 §10.2.3) on the response sets the wait; otherwise
 * exponential backoff with jitter ({@link backoffDelayMs}).
 */
export function nextRetryDelayMs(outcome: AttemptOutcome, policy: RetryPolicy, nowMs: number, random: () => number): number | null {
  if (outcome.attempt > policy.retries) return null;
  const status = outcome.response?.status;
  const retryable =
    status === 429 || ((status === undefined || isServerError(status)) && isReplaySafe(outcome.method, outcome.requestHeaders));
  if (!retryable) return null;
  const retryAfterMs = parseRetryAfterMs(outcome.response?.headers.get("retry-after") ?? null, nowMs);
  if (retryAfterMs !== undefined) return retryAfterMs <= policy.maxDelayMs ? retryAfterMs : null;
  return backoffDelayMs(outcome.attempt - 1, policy, random);
}

function isServerError(status: number): boolean {
  return status >= 500 && status <= 599;
}

/**
 * Exponential backoff with "equal jitter": the step doubles from `minDelayMs` up to `maxDelayMs`; half of it is
 * fixed, so waits keep growing, and half is random, so clients that failed together do not retry together.
 * @param retryIndex 0 before the first retry.
 * @param random returns a number in [0, 1), like `Math.random`.
 */
export function backoffDelayMs(retryIndex: number, policy: Pick<RetryPolicy, "minDelayMs" | "maxDelayMs">, random: () => number): number {
  const step = Math.min(policy.maxDelayMs, policy.minDelayMs * 2 ** retryIndex);
  return Math.round(step / 2 + random() * (step / 2));
}

/**
 * Parses `Retry-After` into milliseconds from now: either delay-seconds (digits only) or an HTTP-date, a date in
 * the past meaning "now". Returns undefined for a missing or unreadable value.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3
 */
export function parseRetryAfterMs(value: string | null, nowMs: number): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // Date.parse also accepts bare numbers and ISO strings; an HTTP-date always names a weekday and "GMT".
  if (!/GMT$/i.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}
