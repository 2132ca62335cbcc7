/**
 * Secrets to key bytes, for each scheme, with a small cache of imported keys.
 *
 * - `X-Tripwire-Signature` is keyed with the UTF-8 bytes of the whole secret string as given, `whsec_` prefix
 *   included (the GitHub/Stripe convention), so a plain-string secret works as-is.
 * - Standard Webhooks is keyed with the base64-decoded bytes after `whsec_` (or of the whole secret when it has
 *   no prefix), exactly as the `standardwebhooks` library does.
 * @module
 */
import { configError } from "./errors.ts";
import { fromBase64, utf8 } from "./encoding.ts";
import type { HmacBackend } from "./hmac.ts";

/** One endpoint secret, or several while rotating (any one of them verifies). */
export type Secret = string | readonly string[];

export type Scheme = "tripwire" | "standard-webhooks";

const PREFIX = "whsec_";

/** Validate the caller's secret option and return it as a non-empty list. */
export function secretList(secret: unknown): string[] {
  const list: unknown[] = Array.isArray(secret) ? secret : [secret];
  if (list.length === 0) throw configError("secret is an empty list; pass at least one endpoint secret.");
  for (const s of list) {
    if (typeof s !== "string") {
      throw configError(`secret must be a string or a list of strings; got ${s === null ? "null" : typeof s}.`);
    }
    if (!/\S/.test(s) || s === PREFIX) {
      throw configError("secret is empty: is the environment variable set (e.g. TRIPWIRE_WEBHOOK_SECRET)?");
    }
  }
  return list as string[];
}

/** Key bytes for `scheme`, or undefined when the secret cannot be one (not base64, for Standard Webhooks). */
export function keyBytes(scheme: Scheme, secret: string): Uint8Array | undefined {
  if (scheme === "tripwire") return utf8(secret);
  const bytes = fromBase64(secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret);
  return bytes && bytes.byteLength > 0 ? bytes : undefined;
}

/**
 * Reasons a secret can never match, phrased as fixes. Stripe's hint about whitespace is the one users need most:
 * a trailing newline from `echo secret > .env` or a copy-paste is invisible in logs.
 */
export function secretHints(scheme: Scheme, secrets: readonly string[]): string[] {
  const hints: string[] = [];
  if (secrets.some((s) => s !== s.trim())) {
    hints.push(
      "The secret has leading or trailing whitespace; this often means an extra newline or space in the " +
        "environment variable or config file. Trim it.",
    );
  }
  if (scheme === "standard-webhooks" && secrets.some((s) => keyBytes(scheme, s) === undefined)) {
    hints.push(
      "A secret is not whsec_ followed by base64, so it cannot verify webhook-signature; copy the endpoint secret " +
        "exactly as Tripwire shows it.",
    );
  }
  return hints;
}

const MAX_CACHED_KEYS = 64;

/**
 * A crypto backend plus its imported keys per (scheme, secret). Web Crypto's `importKey` costs about as much as
 * the HMAC itself, and a receiver uses one or two secrets for its whole life, so the cache is tiny and bounded
 * (oldest evicted first).
 */
export class HmacContext {
  readonly backend: HmacBackend;
  /** Per scheme, secret → imported key (or undefined when the secret cannot be a key for that scheme). */
  readonly #keys: Record<Scheme, Map<string, unknown>> = { tripwire: new Map(), "standard-webhooks": new Map() };

  constructor(backend: HmacBackend) {
    this.backend = backend;
  }

  /** The imported key, or undefined when this secret cannot be a key for this scheme. */
  key(scheme: Scheme, secret: string): unknown {
    const keys = this.#keys[scheme];
    const cached = keys.get(secret);
    if (cached !== undefined || keys.has(secret)) return cached;
    const raw = keyBytes(scheme, secret);
    const key = raw === undefined ? undefined : this.backend.importKey(raw);
    if (keys.size >= MAX_CACHED_KEYS) keys.delete(keys.keys().next().value as string);
    keys.set(secret, key);
    if (key instanceof Promise) {
      // Keep the CryptoKey itself once imported (later calls skip a promise hop); forget a failed import.
      key.then(
        (imported: unknown) => keys.get(secret) === key && keys.set(secret, imported),
        () => keys.get(secret) === key && keys.delete(secret),
      );
    }
    return key;
  }
}
