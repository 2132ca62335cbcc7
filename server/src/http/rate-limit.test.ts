import { expect, test } from "bun:test";
import { LocalRateLimiter as RateLimiter } from "./rate-limit.ts";

test("allows `limit` requests per window, then refuses until the window resets", () => {
  const rl = new RateLimiter(2, 60_000);
  const t0 = 120_000; // a window boundary
  expect(rl.take("k", t0)).toEqual({ allowed: true, limit: 2, remaining: 1, resetSeconds: 60 });
  expect(rl.take("k", t0 + 1000).remaining).toBe(0);
  const refused = rl.take("k", t0 + 30_500);
  expect(refused.allowed).toBe(false);
  expect(refused.resetSeconds).toBe(30);
  expect(rl.take("k", t0 + 60_000).allowed).toBe(true);
});

test("keys have independent budgets", () => {
  const rl = new RateLimiter(1);
  expect(rl.take("a", 0).allowed).toBe(true);
  expect(rl.take("a", 1).allowed).toBe(false);
  expect(rl.take("b", 1).allowed).toBe(true);
});
