/**
 * Authenticated API keys, by the header value exactly as presented, so a cached request parses and hashes nothing.
 *
 * Per process, in memory. The process that revokes a key forgets it at once; every other process sharing the
 * database keeps serving its cached entry until it ages out, so a revoked key stops working everywhere within
 * `ttlMs` (5 s). Expiry (`expires_at`) is checked on every request from the cached row, so it is exact everywhere.
 */
import type { ApiKeyRecord } from "../store/types.ts";

export interface KeyCache {
  /** The key cached for this header value, if it came in the same header (`bearer` or not) and is still fresh. */
  get(presented: string, bearer: boolean, now: number): ApiKeyRecord | undefined;
  set(presented: string, bearer: boolean, key: ApiKeyRecord, now: number): void;
  /** Drops every entry of a key (after revoking it). */
  forget(keyId: string): void;
}

export class LocalKeyCache implements KeyCache {
  /** `bearer` says which header a value came in, so one cannot stand in for the other. */
  private entries = new Map<string, { key: ApiKeyRecord; at: number; bearer: boolean }>();
  constructor(
    readonly ttlMs = 5_000,
    private readonly max = 10_000,
  ) {}

  get(presented: string, bearer: boolean, now: number): ApiKeyRecord | undefined {
    const hit = this.entries.get(presented);
    if (hit !== undefined && hit.bearer === bearer && now - hit.at < this.ttlMs && hit.at <= now) return hit.key;
    return undefined;
  }

  set(presented: string, bearer: boolean, key: ApiKeyRecord, now: number): void {
    // Only found keys are cached, so a flood of random keys cannot grow the map; it is bounded all the same.
    if (this.entries.size > this.max) this.entries.clear();
    this.entries.set(presented, { key, at: now, bearer });
  }

  forget(keyId: string): void {
    for (const [presented, entry] of this.entries) if (entry.key.id === keyId) this.entries.delete(presented);
  }
}
