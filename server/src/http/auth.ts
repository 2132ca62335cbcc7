/** Authenticates a request by its API key: Bearer token or X-API-Key header. */
import type { Clock } from "../clock.ts";
import { iso } from "../clock.ts";
import { ApiError } from "../errors.ts";
import { hashApiKeySecret, KEY_PREFIX, looksLikeApiKey } from "../secrets/api-key-secret.ts";
import type { ApiKeyRecord, Store } from "../store/types.ts";
import { type KeyCache, LocalKeyCache } from "./key-cache.ts";

/** tw_live_ and 32 random bytes in base64url (secrets/api-key-secret.ts). */
const KEY_LENGTH = KEY_PREFIX.length + 43;
const HOW = "Send an API key as `Authorization: Bearer <key>` or `X-API-Key: <key>`.";

export function credentialFrom(headers: Headers): string | null {
  const auth = headers.get("authorization");
  if (auth !== null) {
    // "Bearer <token>", scheme case-insensitive, surrounding spaces tolerated (RFC 6750 §2.1). No regex: hot path.
    const trimmed = auth.trim();
    if (trimmed.length < 8 || trimmed.slice(0, 7).toLowerCase() !== "bearer ") return "";
    const token = trimmed.slice(7).trim();
    return token.includes(" ") ? "" : token;
  }
  return headers.get("x-api-key");
}

/** Why a presented value cannot be a key, so a truncated paste is not told it lacks the prefix it has. */
function notAKey(secret: string): string {
  if (!secret.startsWith(KEY_PREFIX)) return `That is not a Tripwire API key (they start with ${KEY_PREFIX}).`;
  const rest = secret.slice(KEY_PREFIX.length);
  const what = /^[A-Za-z0-9_-]*$/.test(rest) ? `${rest.length}` : `${rest.length}, some of them not`;
  return `That is not a Tripwire API key: after ${KEY_PREFIX} a key has ${KEY_LENGTH - KEY_PREFIX.length} characters (letters, digits, _ and -); this has ${what}. Check that it was copied whole.`;
}

export class Authenticator {
  /** last_used_at is written at most once a minute per key, so reads don't each become a write. */
  private touched = new Map<string, number>();
  constructor(
    private store: Store,
    private clock: Clock,
    /** Key lookups are cached for a few seconds: authentication runs on every request and the row rarely changes. */
    private cache: KeyCache = new LocalKeyCache(),
  ) {}

  /**
   * The key a request presents. A cached key is returned as is, without a promise: this runs on every request and
   * the cached case is by far the common one.
   */
  authenticate(headers: Headers, now: number = this.clock.now()): ApiKeyRecord | Promise<ApiKeyRecord> {
    // The cache is keyed by the header exactly as sent, so the common case parses nothing.
    let presented = headers.get("authorization");
    const bearer = presented !== null;
    if (!bearer) presented = headers.get("x-api-key");
    if (presented !== null) {
      const hit = this.cache.get(presented, bearer, now);
      if (hit !== undefined) return this.accept(hit, now);
    }
    const secret = credentialFrom(headers);
    if (secret === null) throw ApiError.unauthorized(`No API key. ${HOW}`);
    return this.lookup(secret).then((key) => {
      // Unknown keys are not cached, so a flood of random keys cannot grow the cache.
      if (key !== null && presented !== null) this.cache.set(presented, bearer, key, now);
      return this.accept(key, now);
    });
  }

  private accept(key: ApiKeyRecord | null, now: number): ApiKeyRecord {
    // Well-formed but not found: a typo, or a key deleted with its organization. Say no more than that.
    if (!key) throw ApiError.unauthorized(`Unknown or revoked API key: it has the shape of a Tripwire key but matches none on this server. ${HOW}`);
    if (key.revoked_at) throw ApiError.unauthorized(`API key ${key.prefix}… was revoked.`);
    if (key.expires_at && Date.parse(key.expires_at) <= now) throw ApiError.unauthorized(`API key ${key.prefix}… expired at ${key.expires_at}.`);
    this.touch(key.id, now);
    return key;
  }

  /** Forget cached lookups for a key (call after revoking it). */
  invalidate(keyId: string): void {
    this.cache.forget(keyId);
  }

  private async lookup(secret: string): Promise<ApiKeyRecord | null> {
    if (!looksLikeApiKey(secret)) throw ApiError.unauthorized(`${notAKey(secret)} ${HOW}`);
    return this.store.apiKeys.findByHash(hashApiKeySecret(secret));
  }

  private touch(id: string, now: number) {
    const last = this.touched.get(id) ?? 0;
    if (now - last < 60_000) return;
    this.touched.set(id, now);
    // Bookkeeping only: a failure here must not fail the request.
    this.store.transaction((tx) => tx.apiKeys.touch(id, iso(now))).catch(() => {});
  }
}
