import { describe, expect, test } from "bun:test";
import { classifyResponse, DEFAULT_RETRY_SCHEDULE_MS, nextAttempt, parseRetrySchedule } from "./retry-schedule.ts";

describe("classifyResponse", () => {
  test.each([
    [200, "success"],
    [201, "success"],
    [204, "success"],
    [299, "success"],
    [410, "gone"],
    [199, "retryable"],
    [300, "retryable"],
    [301, "retryable"],
    [302, "retryable"],
    [304, "retryable"],
    [400, "retryable"],
    [404, "retryable"],
    [429, "retryable"],
    [500, "retryable"],
    [503, "retryable"],
    [null, "retryable"],
  ] as const)("status %p is %s", (status, kind) => {
    expect(classifyResponse(status)).toEqual({ kind });
  });
});

describe("nextAttempt", () => {
  const now = 1_700_000_000_000;
  test.each([
    [1, 60_000],
    [2, 300_000],
    [3, 1_800_000],
    [4, 7_200_000],
    [5, 86_400_000],
  ])("after failed attempt %i of the default schedule, retries %i ms later", (attempts, delay) => {
    expect(nextAttempt(attempts, now, DEFAULT_RETRY_SCHEDULE_MS)).toEqual({ retryAtMs: now + delay });
  });

  test("gives up once every scheduled retry has failed", () => {
    expect(nextAttempt(6, now, DEFAULT_RETRY_SCHEDULE_MS)).toEqual({ exhausted: true });
    expect(nextAttempt(7, now, DEFAULT_RETRY_SCHEDULE_MS)).toEqual({ exhausted: true });
  });

  test("an empty schedule means one attempt and no retries", () => {
    expect(nextAttempt(1, now, [])).toEqual({ exhausted: true });
  });

  test("follows a custom schedule", () => {
    expect(nextAttempt(1, now, [50, 70])).toEqual({ retryAtMs: now + 50 });
    expect(nextAttempt(2, now, [50, 70])).toEqual({ retryAtMs: now + 70 });
    expect(nextAttempt(3, now, [50, 70])).toEqual({ exhausted: true });
  });

  test.each([0, -1, 1.5, Number.NaN])("rejects attemptsMade %p", (n) => {
    expect(() => nextAttempt(n, now, DEFAULT_RETRY_SCHEDULE_MS)).toThrow(RangeError);
    expect(() => nextAttempt(n, now, DEFAULT_RETRY_SCHEDULE_MS)).toThrow(`attemptsMade must be a whole number from 1; got ${n}.`);
  });
});

describe("parseRetrySchedule", () => {
  test.each([
    [undefined, null],
    ["", null],
    ["  ", null],
    ["60,300,1800,7200,86400", [...DEFAULT_RETRY_SCHEDULE_MS]],
    ["0.05,0.05", [50, 50]],
    [" 1 , 2.5 ,0", [1000, 2500, 0]],
    ["0.0004", [0]],
    ["604800", [604_800_000]],
    [Array(50).fill("1").join(","), Array(50).fill(1000)],
  ])("%p parses to %p", (raw, ms) => {
    expect(parseRetrySchedule(raw)).toEqual(ms);
  });

  test.each([
    ["abc", /entry 1 \("abc"\)/],
    ["60,,300", /entry 2 \(""\)/],
    ["60,", /entry 2/],
    ["-5", /entry 1/],
    ["1e3", /entry 1/],
    ["0x10", /entry 1/],
    ["Infinity", /entry 1/],
    [".5", /entry 1/],
    ["60;300", /entry 1/],
    ["604801", /exceeds 604800 seconds/],
    ["1,604801", /entry 2 \(604801\) exceeds 604800 seconds/],
    [Array(51).fill("1").join(","), /at most 50/],
  ])("rejects %p with a message naming the problem", (raw, message) => {
    expect(() => parseRetrySchedule(raw)).toThrow(message);
    expect(() => parseRetrySchedule(raw)).toThrow(/comma-separated delays in seconds/);
  });
});
