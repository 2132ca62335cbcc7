/**
 * When a failed webhook delivery is tried again, and which answers count as failures. Pure: the caller passes
 * the time and the number of attempts made, so the rules are tested without a clock or a network.
 *
 * Follows the spec's promise (retry at 1 m, 5 m, 30 m, 2 h, 24 h, then give up and disable) and Standard
 * Webhooks' reading of status codes: only 2xx is success, 3xx is a failure (redirects are never followed; the
 * owner should fix the URL), and 410 Gone means the receiver asks us to stop, so the endpoint is disabled now.
 */

/** Delays before retries 1..5, measured from the failure of the previous attempt. Six attempts in all. */
export const DEFAULT_RETRY_SCHEDULE_MS: readonly number[] = [60_000, 300_000, 1_800_000, 7_200_000, 86_400_000];

export type AttemptOutcome = { kind: "success" } | { kind: "gone" } | { kind: "retryable" };

/** `status` is the HTTP status, or null when no response arrived (DNS, connect, TLS, timeout, blocked). */
export function classifyResponse(status: number | null): AttemptOutcome {
  if (status !== null && status >= 200 && status <= 299) return { kind: "success" };
  if (status === 410) return { kind: "gone" };
  return { kind: "retryable" };
}

/**
 * What to do after attempt number `attemptsMade` (1-based: the first delivery is attempt 1) has failed: retry
 * after `schedule[attemptsMade - 1]`, or give up once every scheduled retry has been used.
 */
export function nextAttempt(attemptsMade: number, nowMs: number, schedule: readonly number[]): { retryAtMs: number } | { exhausted: true } {
  if (!Number.isInteger(attemptsMade) || attemptsMade < 1) throw new RangeError(`attemptsMade must be a whole number from 1; got ${attemptsMade}.`);
  const delay = schedule[attemptsMade - 1];
  return delay === undefined ? { exhausted: true } : { retryAtMs: nowMs + delay };
}

/** A week per step is already far beyond anything useful; larger values are almost certainly a units mistake. */
const MAX_STEP_SECONDS = 7 * 24 * 3600;
const MAX_STEPS = 50;

/**
 * Reads a retry schedule from configuration: comma-separated delays in seconds, decimals allowed so tests can run
 * the whole schedule quickly (e.g. "0.05,0.05"). Returns milliseconds, or null when unset so the caller uses
 * {@link DEFAULT_RETRY_SCHEDULE_MS}. Throws an Error naming the bad entry; a typo must not silently change how
 * long deliveries keep trying.
 */
export function parseRetrySchedule(env: string | undefined): number[] | null {
  if (env === undefined || env.trim() === "") return null;
  const usage = `Retry schedule must be comma-separated delays in seconds, e.g. "60,300,1800"; got "${env}"`;
  const parts = env.split(",").map((p) => p.trim());
  if (parts.length > MAX_STEPS) throw new Error(`${usage}: at most ${MAX_STEPS} retries are allowed.`);
  return parts.map((part, i) => {
    // Plain decimals only: Number() would also accept "", "0x10", "1e3" and "Infinity".
    if (!/^\d+(?:\.\d+)?$/.test(part)) throw new Error(`${usage}: entry ${i + 1} (${JSON.stringify(part)}) is not a non-negative number.`);
    const seconds = Number(part);
    if (seconds > MAX_STEP_SECONDS) throw new Error(`${usage}: entry ${i + 1} (${part}) exceeds ${MAX_STEP_SECONDS} seconds (7 days).`);
    return Math.round(seconds * 1000);
  });
}
