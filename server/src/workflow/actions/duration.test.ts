import { expect, test } from "bun:test";
import { parseDuration } from "./duration.ts";

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

test.each([
  ["PT5M", 5 * M],
  ["PT90S", 90 * S],
  ["PT1H30M", H + 30 * M],
  ["P1D", D],
  ["P1DT2H", D + 2 * H],
  ["P2W", 14 * D],
  ["P1W2DT3H4M5S", 7 * D + 2 * D + 3 * H + 4 * M + 5 * S],
  ["PT1.5S", 1500],
  ["PT1,25S", 1250],
  ["PT0S", 0],
  ["pt5m", 5 * M],
  ["  PT5M  ", 5 * M],
])("%s is %d ms", (text, ms) => {
  expect(parseDuration(text)).toEqual({ ok: true, ms });
});

test.each(["", "P", "PT", "P1DT", "5M", "T5M", "PT-5M", "PT5", "PT1.5M", "P1.5D", "PT5M3H", "PT5MS", "1 hour", "P1D2W"])(
  "%p is not a duration",
  (text) => {
    const r = parseDuration(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain("is not an ISO 8601 duration");
  },
);

test.each(["P1M", "P1Y", "P1Y2M3D", "P1MT5M"])("years and months are refused with a hint: %s", (text) => {
  const r = parseDuration(text);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error).toMatch(/years or months.*P30D/);
});

test("a minute inside the time part is not mistaken for a month", () => {
  expect(parseDuration("PT1M")).toEqual({ ok: true, ms: M });
  expect(parseDuration("P1DT1M")).toEqual({ ok: true, ms: D + M });
});

test("a duration too large for exact milliseconds is refused", () => {
  const r = parseDuration(`P${"9".repeat(20)}D`);
  expect(r.ok).toBe(false);
});
