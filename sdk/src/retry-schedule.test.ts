import { describe, expect, test } from "bun:test";
import {
  type AttemptOutcome,
  backoffDelayMs,
  DEFAULT_RETRY_POLICY,
  isReplaySafe,
  nextRetryDelayMs,
  parseRetryAfterMs,
  resolveRetryPolicy,
} from "./retry-schedule.ts";

const NOW = Date.parse("2026-11-23T09:00:00Z");
const policy = resolveRetryPolicy({ retries: 3, minDelayMs: 100, maxDelayMs: 1000 });
const half = () => 0.5;

function outcome(method: string, status: number | undefined, extra: { attempt?: number; headers?: HeadersInit; requestHeaders?: HeadersInit } = {}): AttemptOutcome {
  return {
    attempt: extra.attempt ?? 1,
    method,
    requestHeaders: new Headers(extra.requestHeaders),
    response: status === undefined ? undefined : { status, headers: new Headers(extra.headers) },
  };
}

describe("nextRetryDelayMs decides which outcomes are retried", () => {
  const withKey = { requestHeaders: { "Idempotency-Key": "k1" } };
  const cases: [string, AttemptOutcome, boolean][] = [
    ["GET 503", outcome("GET", 503), true],
    ["GET 500", outcome("GET", 500), true],
    ["GET network error", outcome("GET", undefined), true],
    ["PUT 502", outcome("PUT", 502), true],
    ["DELETE network error", outcome("DELETE", undefined), true],
    ["POST with Idempotency-Key 503", outcome("POST", 503, withKey), true],
    ["POST with Idempotency-Key network error", outcome("POST", undefined, withKey), true],
    ["POST without Idempotency-Key 503", outcome("POST", 503), false],
    ["POST without Idempotency-Key network error", outcome("POST", undefined), false],
    ["PATCH 503", outcome("PATCH", 503), false],
    ["PATCH with Idempotency-Key 503 (the server honours keys on POST only)", outcome("PATCH", 503, withKey), false],
    ["PATCH network error", outcome("PATCH", undefined), false],
    ["PATCH 429 (refused before any work)", outcome("PATCH", 429), true],
    ["POST without key 429", outcome("POST", 429), true],
    ["GET 200", outcome("GET", 200), false],
    ["GET 400", outcome("GET", 400), false],
    ["GET 404", outcome("GET", 404), false],
    ["POST 409", outcome("POST", 409, withKey), false],
    ["POST 422", outcome("POST", 422, withKey), false],
  ];
  for (const [name, given, retried] of cases) {
    test(`${name} → ${retried ? "retried" : "final"}`, () => {
      expect(nextRetryDelayMs(given, policy, NOW, half) !== null).toBe(retried);
    });
  }

  test("stops after `retries` retries", () => {
    expect(nextRetryDelayMs(outcome("GET", 503, { attempt: 3 }), policy, NOW, half)).not.toBeNull();
    expect(nextRetryDelayMs(outcome("GET", 503, { attempt: 4 }), policy, NOW, half)).toBeNull();
    expect(nextRetryDelayMs(outcome("GET", 503), resolveRetryPolicy(false), NOW, half)).toBeNull();
  });

  test("waits what Retry-After says, in seconds or as an HTTP-date", () => {
    expect(nextRetryDelayMs(outcome("GET", 429, { headers: { "Retry-After": "1" } }), policy, NOW, half)).toBe(1000);
    const inHalfASecond = new Date(NOW + 500).toUTCString(); // HTTP-dates have whole seconds
    expect(nextRetryDelayMs(outcome("GET", 503, { headers: { "Retry-After": inHalfASecond } }), policy, NOW, half)).toBe(0);
    const inOneSecond = new Date(NOW + 1000).toUTCString();
    expect(nextRetryDelayMs(outcome("GET", 503, { headers: { "Retry-After": inOneSecond } }), policy, NOW, half)).toBe(1000);
  });

  test("gives up instead of waiting longer than maxDelayMs for Retry-After", () => {
    expect(nextRetryDelayMs(outcome("GET", 429, { headers: { "Retry-After": "2" } }), policy, NOW, half)).toBeNull();
  });

  test("falls back to backoff when Retry-After is unreadable", () => {
    expect(nextRetryDelayMs(outcome("GET", 429, { headers: { "Retry-After": "soon" } }), policy, NOW, half)).toBe(75);
  });
});

describe("backoffDelayMs", () => {
  test("doubles from minDelayMs and is capped at maxDelayMs", () => {
    const max = () => 0.999999;
    expect([0, 1, 2, 3, 4, 5].map((i) => backoffDelayMs(i, policy, max))).toEqual([100, 200, 400, 800, 1000, 1000]);
  });

  test("keeps half of each step fixed and randomises the other half", () => {
    expect(backoffDelayMs(2, policy, () => 0)).toBe(200);
    expect(backoffDelayMs(2, policy, () => 0.5)).toBe(300);
    expect(backoffDelayMs(2, policy, () => 0.999999)).toBe(400);
  });
});

describe("parseRetryAfterMs", () => {
  const cases: [string | null, number | undefined][] = [
    ["0", 0],
    ["3", 3000],
    [" 12 ", 12_000],
    [new Date(NOW + 5000).toUTCString(), 5000],
    [new Date(NOW - 5000).toUTCString(), 0],
    ["-1", undefined],
    ["1.5", undefined],
    ["2026-11-23T09:00:05Z", undefined],
    ["tomorrow", undefined],
    ["", undefined],
    [null, undefined],
  ];
  for (const [given, want] of cases) {
    test(`${JSON.stringify(given)} → ${want}`, () => expect(parseRetryAfterMs(given, NOW)).toBe(want));
  }
});

describe("isReplaySafe", () => {
  test("idempotent methods and POST with Idempotency-Key are safe; PATCH and bare POST are not", () => {
    const none = new Headers();
    const key = new Headers({ "idempotency-key": "k" });
    expect(["GET", "head", "OPTIONS", "PUT", "DELETE"].every((m) => isReplaySafe(m, none))).toBe(true);
    expect(isReplaySafe("POST", key)).toBe(true);
    expect(isReplaySafe("POST", none)).toBe(false);
    expect(isReplaySafe("PATCH", key)).toBe(false);
  });
});

describe("resolveRetryPolicy", () => {
  test("fills defaults, treats undefined fields as defaults and false as no retries", () => {
    expect(resolveRetryPolicy(undefined)).toEqual(DEFAULT_RETRY_POLICY);
    expect(resolveRetryPolicy({ retries: undefined, maxDelayMs: 5000 })).toEqual({ ...DEFAULT_RETRY_POLICY, maxDelayMs: 5000 });
    expect(resolveRetryPolicy(false).retries).toBe(0);
  });

  test("rejects a negative or fractional retry count and inverted delays", () => {
    expect(() => resolveRetryPolicy({ retries: -1 })).toThrow(RangeError);
    expect(() => resolveRetryPolicy({ retries: 1.5 })).toThrow(RangeError);
    expect(() => resolveRetryPolicy({ minDelayMs: 10, maxDelayMs: 5 })).toThrow(RangeError);
  });
});
