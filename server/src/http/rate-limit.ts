/**
 * A fixed-window request budget per API key. Pure: the caller passes the time. In memory, per process; a shared
 * store can replace it when several processes serve one database.
 */
export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
}

export class RateLimiter {
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
  };
}
