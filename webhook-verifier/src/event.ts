/**
 * The event envelope Tripwire sends, and turning verified bytes into it. Parsing happens only after the signature
 * has been checked, so nothing from an unauthenticated request reaches `JSON.parse`.
 * @module
 */
import { quote, WebhookVerificationError } from "./errors.ts";

/**
 * One Tripwire event, as delivered in the request body.
 * @example { "id": "evt_01J…", "event": "incident.created", "timestamp": "2026-01-01T00:00:00.000Z", "data": { … } }
 */
export interface WebhookEvent<TData = Record<string, unknown>> {
  /** Unique per event and stable across retries (equals `webhook-id`): deduplicate on it. */
  id: string;
  /** Event type, dot-separated, e.g. `incident.created`. */
  event: string;
  /** When the event happened (ISO 8601, UTC); not when this attempt was sent. */
  timestamp: string;
  data: TData;
}

// Fatal: a body that is not valid UTF-8 is not JSON (RFC 8259 §8.1); replacing bytes would hide a broken sender.
const decoder = new TextDecoder("utf-8", { fatal: true });

function invalid(message: string): WebhookVerificationError {
  return new WebhookVerificationError("invalid_json", `the signature is valid but ${message}`);
}

/** Parse a verified body into a `WebhookEvent`, checking the envelope's shape. */
export function parseEvent<TData>(body: string | Uint8Array): WebhookEvent<TData> {
  let text: string;
  try {
    text = typeof body === "string" ? body : decoder.decode(body);
  } catch {
    throw invalid("the body is not valid UTF-8, so it is not JSON.");
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw invalid(`the body is not JSON (${(err as Error).message}); body starts ${quote(text, 20)}.`);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw invalid("the body is not a JSON object, so it is not a Tripwire event.");
  }
  const envelope = value as Record<string, unknown>;
  for (const field of ["id", "event", "timestamp"] as const) {
    if (typeof envelope[field] !== "string") {
      throw invalid(`the body is not a Tripwire event: "${field}" must be a string.`);
    }
  }
  const data = envelope["data"];
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw invalid(`the body is not a Tripwire event: "data" must be an object.`);
  }
  return envelope as unknown as WebhookEvent<TData>;
}
