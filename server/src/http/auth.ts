/** Authenticates a request by its API key: Bearer token or X-API-Key header. */
import type { Clock } from "../clock.ts";
import { iso } from "../clock.ts";
import { ApiError } from "../errors.ts";
import { hashApiKeySecret, looksLikeApiKey } from "../secrets/api-key-secret.ts";
import type { ApiKeyRecord, Store } from "../store/types.ts";

const HOW = "Send an API key as `Authorization: Bearer <key>` or `X-API-Key: <key>`.";

export function credentialFrom(headers: Headers): string | null {
  const auth = headers.get("authorization");
  if (auth) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    return m ? m[1]! : "";
  }
  return headers.get("x-api-key");
}

export class Authenticator {
  /** last_used_at is written at most once a minute per key, so reads don't each become a write. */
  private touched = new Map<string, number>();
  constructor(
    private store: Store,
    private clock: Clock,
  ) {}

  async authenticate(headers: Headers): Promise<ApiKeyRecord> {
    const secret = credentialFrom(headers);
    if (secret === null) throw ApiError.unauthorized(`No API key. ${HOW}`);
    if (!looksLikeApiKey(secret)) throw ApiError.unauthorized(`That is not a Tripwire API key (they start with tw_live_). ${HOW}`);
    const key = await this.store.apiKeys.findByHash(hashApiKeySecret(secret));
    if (!key) throw ApiError.unauthorized("Unknown API key.");
    if (key.revoked_at) throw ApiError.unauthorized(`API key ${key.prefix}… was revoked.`);
    const now = this.clock.now();
    if (key.expires_at && Date.parse(key.expires_at) <= now) throw ApiError.unauthorized(`API key ${key.prefix}… expired at ${key.expires_at}.`);
    this.touch(key.id, now);
    return key;
  }

  private touch(id: string, now: number) {
    const last = this.touched.get(id) ?? 0;
    if (now - last < 60_000) return;
    this.touched.set(id, now);
    // Bookkeeping only: a failure here must not fail the request.
    this.store.transaction((tx) => tx.apiKeys.touch(id, iso(now))).catch(() => {});
  }
}
