/**
 * Request budgets per API key (RateLimit-* headers, 429 when spent).
 *
 * {@link LocalRateLimiter} counts in this process's memory: with N processes behind a load balancer that spreads a
 * key's requests evenly, the key gets up to N × the limit per minute in total (each process grants its own
 * TRIPWIRE_RATE_LIMIT); set the limit to the total divided by N to keep it. A limiter shared through the database
 * can replace it behind the same interface.
 */
import { CONTRACT_VERSION, VERSION } from "../version.ts";

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
}

export interface RateLimiter {
  readonly limit: number;
  /** Spends one request of `key`'s budget at `nowMs` (synchronous: it runs on every request). */
  take(key: string, nowMs: number): RateDecision;
}

/** A fixed window per key, in memory. Pure: the caller passes the time. */
export class LocalRateLimiter implements RateLimiter {
  private windows = new Map<string, { start: number; count: number }>();
  constructor(
    readonly limit: number,
    readonly windowMs = 60_000,
  ) {}

  take(key: string, nowMs: number): RateDecision {
    let w = this.windows.get(key);
    if (!w || nowMs - w.start >= this.windowMs) {
      w = { start: nowMs - (nowMs % this.windowMs), count: 0 };
      this.windows.set(key, w);
      if (this.windows.size > 100_000) this.sweep(nowMs);
    }
    const resetSeconds = Math.max(1, Math.ceil((w.start + this.windowMs - nowMs) / 1000));
    if (w.count >= this.limit) return { allowed: false, limit: this.limit, remaining: 0, resetSeconds };
    w.count++;
    return { allowed: true, limit: this.limit, remaining: this.limit - w.count, resetSeconds };
  }

  private sweep(nowMs: number) {
    for (const [k, w] of this.windows) if (nowMs - w.start >= this.windowMs) this.windows.delete(k);
  }
}

/** The RateLimit-* headers for a decision, with the request's id alongside (every response carries both). */
export function rateHeaders(d: RateDecision, requestId: string): Record<string, string> {
  return {
    "ratelimit-limit": String(d.limit),
    "ratelimit-remaining": String(d.remaining),
    "ratelimit-reset": String(d.resetSeconds),
    "x-request-id": requestId,
    "tripwire-version": VERSION,
    "tripwire-contract-version": CONTRACT_VERSION,
  };
}
