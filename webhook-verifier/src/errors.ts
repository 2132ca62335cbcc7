/**
 * The package's one error type. Every verification failure is a `WebhookVerificationError` with a machine-readable
 * `code`, the HTTP status a receiver should answer with, and a message that says how to fix the problem.
 * Programmer errors in configuration (an empty secret, a negative tolerance) are `TypeError`s instead, so they
 * can never be mistaken for a bad delivery.
 * @module
 */

/** Why a delivery was refused. See the README's errors table. */
export type WebhookErrorCode =
  | "missing_header"
  | "malformed_header"
  | "no_match"
  | "timestamp_too_old"
  | "timestamp_too_new"
  | "payload_not_raw"
  | "invalid_json";

/** Prefix on every message, so log lines point at the package that produced them (octokit convention). */
export const MESSAGE_PREFIX = "[@tripwire/webhook-verifier]";

/**
 * The status to answer with. 400 means the request (or the receiver's own body handling) is wrong and resending it
 * unchanged will not help; 401 means the request is not proven to come from Tripwire.
 */
const STATUS: Record<WebhookErrorCode, 400 | 401> = {
  missing_header: 400,
  malformed_header: 400,
  payload_not_raw: 400,
  invalid_json: 400,
  no_match: 401,
  timestamp_too_old: 401,
  timestamp_too_new: 401,
};

/**
 * Thrown by `verifyWebhook` (and by the Express and fetch helpers) when a delivery cannot be trusted or used.
 *
 * `message` is meant for your logs: it may mention details of your configuration (for example that the secret
 * has surrounding whitespace). Do not send it back to the caller; `toProblemDetails()` builds a safe response body.
 *
 * @example
 * try {
 *   const event = await verifyWebhook({ payload, headers, secret });
 * } catch (err) {
 *   if (err instanceof WebhookVerificationError) return new Response(null, { status: err.status });
 *   throw err;
 * }
 */
export class WebhookVerificationError extends Error {
  override readonly name = "WebhookVerificationError";
  /** Machine-readable reason; stable across versions. */
  readonly code: WebhookErrorCode;
  /** HTTP status a receiver should answer with (400 or 401). */
  readonly status: 400 | 401;

  constructor(code: WebhookErrorCode, message: string) {
    super(`${MESSAGE_PREFIX} ${message}`);
    this.code = code;
    this.status = STATUS[code];
  }
}

/** A configuration mistake by the caller (not something a request can cause). */
export function configError(message: string): TypeError {
  return new TypeError(`${MESSAGE_PREFIX} ${message}`);
}

/**
 * Quote an attacker-controlled value for an error message: JSON-escaped (no log injection through newlines or
 * control characters) and truncated (no multi-kilobyte log lines).
 */
export function quote(value: string, max = 40): string {
  return JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value);
}
