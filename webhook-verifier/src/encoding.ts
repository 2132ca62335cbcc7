/**
 * Bytes in, bytes out: turning the caller's payload into the exact bytes that were signed, and the encodings of
 * the digest. Nothing here ever decodes a received signature; signatures are compared as canonical strings
 * (see verify.ts).
 * @module
 */
import { WebhookVerificationError } from "./errors.ts";

/** The raw request body, exactly as received. */
export type RawPayload = string | Uint8Array | ArrayBuffer;

/**
 * Check that `payload` is a raw body and return it as a string or a byte view. Strings stay strings so the Node
 * path can hand them to `createHmac().update()` without an extra copy; they are hashed as UTF-8, which is what
 * every sender means by "the body" when the body is text.
 */
export function rawBody(payload: unknown): string | Uint8Array {
  if (typeof payload === "string") return payload;
  // Note: a Uint8Array (including a pooled Node Buffer) is used as the view it is; never via `.buffer`, which
  // would ignore `byteOffset` and hash the wrong bytes.
  if (payload instanceof Uint8Array) return payload;
  if (ArrayBuffer.isView(payload)) return new Uint8Array(payload.buffer, payload.byteOffset, payload.byteLength);
  // toString tag instead of instanceof so ArrayBuffers from another realm (vm, iframes, jsdom) are accepted.
  if (Object.prototype.toString.call(payload) === "[object ArrayBuffer]") return new Uint8Array(payload as ArrayBuffer);
  throw notRaw(payload);
}

function notRaw(payload: unknown): WebhookVerificationError {
  if (payload === undefined || payload === null) {
    return new WebhookVerificationError(
      "payload_not_raw",
      `payload is ${String(payload)}: the request body was never read. With Express, put ` +
        `express.raw({ type: "application/json" }) on the webhook route (or use @tripwire/webhook-verifier/express, ` +
        `which reads the body itself); with Request objects pass await request.text().`,
    );
  }
  if (typeof payload === "object") {
    return new WebhookVerificationError(
      "payload_not_raw",
      `payload must be the raw request body; you passed a parsed object — use express.raw({ type: "application/json" }) ` +
        `for this route instead of express.json(), or pass await request.text(). JSON.stringify(body) does not help: ` +
        `re-serialized JSON is not byte-for-byte what Tripwire signed.`,
    );
  }
  return new WebhookVerificationError(
    "payload_not_raw",
    `payload must be the raw request body as a string, Uint8Array/Buffer or ArrayBuffer; you passed a ${typeof payload}.`,
  );
}

const encoder = new TextEncoder();

/** UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/** Lowercase hex, the canonical form of `X-Tripwire-Signature`. */
export function toHex(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += HEX[b];
  return out;
}

/** Standard base64 with padding, the canonical form of a Standard Webhooks `v1` signature. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Decode base64 (padded or not), or return `undefined` if it is not valid base64. Only ever used on the
 * receiver's own secret, never on anything from the request.
 */
export function fromBase64(text: string): Uint8Array | undefined {
  if (!BASE64.test(text)) return undefined;
  const unpadded = text.replace(/=+$/, "");
  // Padding, when present, must complete the last quantum; unpadded input may not leave a single dangling char.
  if (unpadded.length % 4 === 1 || (unpadded !== text && text.length % 4 !== 0)) return undefined;
  const padded = unpadded + "=".repeat((4 - (unpadded.length % 4)) % 4);
  let binary: string;
  try {
    binary = atob(padded);
  } catch {
    return undefined;
  }
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
