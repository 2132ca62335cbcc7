/**
 * @module A `fetch` that retries and times out each attempt. It sits beneath openapi-fetch's middleware chain
 * (openapi-fetch calls it once per logical request, after every `onRequest`), so headers set by middleware, such
 * as the generated `Idempotency-Key`, are identical on every attempt, and `onResponse` sees only the final answer.
 */
import { nextRetryDelayMs, type RetryOptions, resolveRetryPolicy } from "./retry-schedule.ts";

/** The shape of `fetch` that openapi-fetch calls: one `Request` in, one `Response` out. */
export type FetchLike = (request: Request) => Promise<Response>;

export const DEFAULT_TIMEOUT_MS = 30_000;

export interface RetryingFetchOptions {
  /**
   * The fetch each attempt goes through. Defaults to a late-bound `globalThis.fetch`: looked up per attempt, not at
   * creation, so a fetch installed later (msw in tests, an instrumentation wrapper) is still used.
   */
  fetch?: FetchLike | undefined;
  /** Retry policy; `false` sends each request once. See {@link RetryOptions} for defaults. */
  retry?: RetryOptions | false | undefined;
  /**
   * Limit for one attempt, in milliseconds, until the response body has been read. A timed-out attempt counts as a
   * network error (retried when the request is replay-safe). Default 30 000.
   */
  timeoutMs?: number | undefined;
  /** Waits between attempts; must reject with `signal.reason` once `signal` aborts. Injectable so tests don't sleep. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Source of jitter in [0, 1). Default `Math.random`. */
  random?: () => number;
  /** Current time in ms, for HTTP-date `Retry-After` values. Default `Date.now`. */
  now?: () => number;
}

/**
 * Wraps a fetch with per-attempt timeouts and retries (see `nextRetryDelayMs` for which outcomes are retried).
 * Each attempt sends a clone of the original `Request`, whose body is never consumed. A caller's `AbortSignal`
 * ends everything at once, mid-attempt or mid-wait, rethrowing its reason without a retry.
 *
 * @example
 * const fetchWithRetries = createRetryingFetch({ retry: { retries: 5 }, timeoutMs: 10_000 });
 * const res = await fetchWithRetries(new Request("http://127.0.0.1:3000/api/v1/health"));
 */
export function createRetryingFetch(options: RetryingFetchOptions = {}): FetchLike {
  const policy = resolveRetryPolicy(options.retry);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!(Number.isFinite(timeoutMs) && timeoutMs > 0)) throw new RangeError(`timeoutMs must be a positive number, got ${timeoutMs}`);
  const baseFetch: FetchLike = options.fetch ?? ((request) => globalThis.fetch(request));
  const sleep = options.sleep ?? abortableSleep;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;

  return async function retryingFetch(request: Request): Promise<Response> {
    const callerSignal = request.signal;
    for (let attempt = 1; ; attempt++) {
      callerSignal.throwIfAborted();
      const timeout = AbortSignal.timeout(timeoutMs);
      let response: Response | undefined;
      let failure: unknown;
      try {
        response = await baseFetch(new Request(request.clone(), { signal: AbortSignal.any([callerSignal, timeout]) }));
      } catch (error) {
        // The caller's abort is a decision, not a failure: never retried.
        if (callerSignal.aborted) throw callerSignal.reason;
        failure = timeout.aborted ? timeoutError(request, timeoutMs, error) : error;
      }
      const delayMs = nextRetryDelayMs({ attempt, method: request.method, requestHeaders: request.headers, response }, policy, now(), random);
      if (delayMs === null) {
        if (response) return response;
        throw failure;
      }
      // Release the connection held by a response nobody will read.
      await response?.body?.cancel().catch(() => {});
      await sleep(delayMs, callerSignal);
    }
  };
}

function timeoutError(request: Request, timeoutMs: number, cause: unknown): DOMException {
  const error = new DOMException(`${request.method} ${request.url} timed out after ${timeoutMs} ms`, "TimeoutError");
  Object.defineProperty(error, "cause", { value: cause });
  return error;
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
