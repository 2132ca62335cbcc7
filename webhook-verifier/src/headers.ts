/**
 * Reading and parsing the signature headers. Works with a plain object (any key case), a Fetch `Headers`, or
 * Node's `IncomingHttpHeaders` (whose values may be `string[]`). Parsing is strict and never decodes a signature:
 * signatures stay strings until they are compared with the expected value's canonical encoding.
 * @module
 */
import { configError, quote, WebhookVerificationError } from "./errors.ts";

/** Anything with a case-insensitive `get`, such as the Fetch API's `Headers`. */
export interface HeaderGetter {
  get(name: string): string | null;
}

/** Request headers: a Fetch `Headers`, Node's `req.headers`, or a plain object with any key case. */
export type HeadersInput = HeaderGetter | Readonly<Record<string, string | readonly string[] | undefined>>;

export const WEBHOOK_ID = "webhook-id";
export const WEBHOOK_TIMESTAMP = "webhook-timestamp";
export const WEBHOOK_SIGNATURE = "webhook-signature";
export const TRIPWIRE_SIGNATURE = "x-tripwire-signature";

/** The headers of one delivery, reduced to what one of the two schemes needs. */
export type SignatureHeaders =
  | {
      scheme: "standard-webhooks";
      id: string;
      /** The header exactly as sent (digits only); it is part of the signed content. */
      timestamp: string;
      seconds: number;
      /** Values of the `v1,` entries, in order, still encoded as received. */
      v1: string[];
      /** Versions of entries we cannot check (e.g. `v1a`, `v2`), for the error hint. */
      otherVersions: string[];
    }
  | { scheme: "tripwire"; signature: string };

function isGetter(headers: HeadersInput): headers is HeaderGetter {
  return typeof (headers as { get?: unknown }).get === "function";
}

/** Reads raw header values by lower-case name; undefined when absent. */
type Lookup = (name: string) => unknown;

function lookupIn(headers: HeadersInput): Lookup {
  if (isGetter(headers)) return (name) => headers.get(name) ?? undefined;
  let lowered: Map<string, unknown> | undefined;
  return (name) => {
    // Node lower-cases header names, so the direct read almost always hits. Hand-written objects may use any
    // case: index them once, on the first miss, rather than scanning the keys for every header we look for.
    const direct = headers[name];
    if (direct !== undefined) return direct;
    lowered ??= new Map(Object.keys(headers).map((key) => [key.toLowerCase(), headers[key]]));
    return lowered.get(name);
  };
}

/** Leading/trailing spaces and tabs are not part of a field value (RFC 9110 §5.5), so every source agrees. */
function trimOws(value: string): string {
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(value.length - 1);
  // Fast path: almost every real value has nothing to trim (32 = space, 9 = tab).
  if (first !== 32 && first !== 9 && last !== 32 && last !== 9) return value;
  return value.replace(/^[ \t]+|[ \t]+$/g, "");
}

/** All values of a header, trimmed; undefined when the header is absent. */
function values(lookup: Lookup, name: string): string[] | undefined {
  const raw = lookup(name);
  if (raw === undefined) return undefined;
  const list: unknown[] = Array.isArray(raw) ? raw : [raw];
  const out: string[] = [];
  for (const v of list) {
    if (typeof v !== "string") {
      throw new WebhookVerificationError("malformed_header", `header ${name} must be a string; got a ${typeof v}.`);
    }
    out.push(trimOws(v));
  }
  return out;
}

/** A header that must have exactly one non-empty value. */
function single(name: string, list: string[]): string {
  const distinct = list.length === 1 ? list : [...new Set(list)];
  if (distinct.length > 1) {
    throw new WebhookVerificationError(
      "malformed_header",
      `header ${name} was sent ${list.length} times with different values; a delivery carries it once.`,
    );
  }
  const value = distinct[0] ?? "";
  if (value === "") {
    throw new WebhookVerificationError("malformed_header", `header ${name} is present but empty.`);
  }
  return value;
}

const TIMESTAMP = /^\d{1,12}$/;

/**
 * Parse `webhook-timestamp` strictly: Unix seconds, digits only. `parseInt`-style leniency would let "NaN",
 * "Infinity", "-5", "1e9" or "123abc" through, and a NaN timestamp silently passes `Math.abs(now - t) > tol`.
 */
export function parseTimestamp(value: string): number {
  if (!TIMESTAMP.test(value)) {
    const hint = /^\d{13}$/.test(value) ? " It looks like milliseconds; the header carries seconds." : "";
    throw new WebhookVerificationError(
      "malformed_header",
      `header ${WEBHOOK_TIMESTAMP} must be Unix seconds (1 to 12 digits); got ${quote(value)}.${hint}`,
    );
  }
  return Number(value);
}

/**
 * Split `webhook-signature` into its space-separated `version,signature` entries. Several entries are normal
 * (secret rotation); entries of versions we cannot check are kept aside only to explain a failure.
 */
export function parseSignatureList(value: string): { v1: string[]; otherVersions: string[] } {
  const v1: string[] = [];
  const otherVersions: string[] = [];
  for (const entry of value.includes("\t") ? value.split(/[ \t]+/) : value.split(" ")) {
    if (entry === "") continue;
    const comma = entry.indexOf(",");
    const version = comma === -1 ? entry : entry.slice(0, comma);
    // A bare "v1" has no signature; keep it as an empty one so it is counted but can never match.
    if (version === "v1") v1.push(comma === -1 ? "" : entry.slice(comma + 1));
    else otherVersions.push(version);
  }
  return { v1, otherVersions };
}

export interface ReadOptions {
  /** Refuse deliveries that only carry the body-only `X-Tripwire-Signature` (no timestamp, so replayable). */
  requireTimestamp: boolean;
}

/**
 * Decide which scheme a delivery uses and extract its parts. The Standard Webhooks headers win whenever any of
 * them is present: falling back to the body-only signature when one is missing would let an attacker strip the
 * timestamp from a captured delivery and replay it.
 */
export function readSignatureHeaders(headers: HeadersInput, options: ReadOptions): SignatureHeaders {
  if (headers === null || typeof headers !== "object") {
    throw configError("headers is required: pass req.headers, request.headers or a plain object.");
  }
  const lookup = lookupIn(headers);
  const id = values(lookup, WEBHOOK_ID);
  const timestamp = values(lookup, WEBHOOK_TIMESTAMP);
  const signature = values(lookup, WEBHOOK_SIGNATURE);

  if (id || timestamp || signature) {
    const missing = [
      id ? undefined : WEBHOOK_ID,
      timestamp ? undefined : WEBHOOK_TIMESTAMP,
      signature ? undefined : WEBHOOK_SIGNATURE,
    ].filter((name) => name !== undefined);
    if (!id || !timestamp || !signature) {
      throw new WebhookVerificationError(
        "missing_header",
        `missing ${missing.join(" and ")}: Tripwire sends webhook-id, webhook-timestamp and webhook-signature ` +
          `together, so a proxy or load balancer between Tripwire and this app is probably dropping headers.`,
      );
    }
    const ts = single(WEBHOOK_TIMESTAMP, timestamp);
    // Several webhook-signature fields are one list (RFC 9110 §5.3 field combination).
    const list = parseSignatureList(signature.join(" "));
    if (list.v1.length === 0 && list.otherVersions.length === 0) {
      throw new WebhookVerificationError("malformed_header", `header ${WEBHOOK_SIGNATURE} is present but empty.`);
    }
    return {
      scheme: "standard-webhooks",
      id: single(WEBHOOK_ID, id),
      timestamp: ts,
      seconds: parseTimestamp(ts),
      v1: list.v1,
      otherVersions: list.otherVersions,
    };
  }

  const tripwire = values(lookup, TRIPWIRE_SIGNATURE);
  if (tripwire && options.requireTimestamp) {
    throw new WebhookVerificationError(
      "missing_header",
      `requireTimestamp is set, but this delivery only has X-Tripwire-Signature (no webhook-id, webhook-timestamp, ` +
        `webhook-signature). Check that your proxy forwards the webhook-* headers.`,
    );
  }
  if (!tripwire) {
    throw new WebhookVerificationError(
      "missing_header",
      `no signature headers: expected webhook-id, webhook-timestamp and webhook-signature (Standard Webhooks) or ` +
        `X-Tripwire-Signature. Is this request from Tripwire, and does your proxy forward these headers?`,
    );
  }
  return { scheme: "tripwire", signature: single(TRIPWIRE_SIGNATURE, tripwire) };
}
