import { expect, test } from "bun:test";
import { nextFireTimes, parseEvery } from "./schedule.ts";

const M = 60_000;

test.each([
  ["1m", M],
  ["15m", 15 * M],
  ["2h", 120 * M],
  ["1d", 1440 * M],
  [" 30m ", 30 * M],
])("every %p is %d ms", (text, ms) => {
  expect(parseEvery(text)).toEqual({ ok: true, ms });
});

test.each(["", "15", "m", "0m", "90s", "1.5h", "-5m", "15 m", "15M", "1w", "367d", "PT15M"])("%p is not an interval", (text) => {
  const r = parseEvery(text);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error).toContain("m (minutes), h (hours) or d (days)");
});

test("an interval fires on whole multiples since the epoch, strictly after the given time", () => {
  const t = Date.parse("2026-11-23T10:07:30Z");
  expect(nextFireTimes({ every: "15m" }, t, 3).map((ms) => new Date(ms).toISOString())).toEqual([
    "2026-11-23T10:15:00.000Z",
    "2026-11-23T10:30:00.000Z",
    "2026-11-23T10:45:00.000Z",
  ]);
  // Exactly on a slot: the next one.
  expect(nextFireTimes({ every: "15m" }, Date.parse("2026-11-23T10:15:00Z"), 1)).toEqual([Date.parse("2026-11-23T10:30:00Z")]);
  expect(nextFireTimes({ every: "1d" }, t, 1)).toEqual([Date.parse("2026-11-24T00:00:00Z")]);
  expect(nextFireTimes({ every: "nope" }, t, 1)).toEqual([]);
});

test("cron keeps firing in its zone", () => {
  const t = Date.parse("2026-11-23T12:00:00Z");
  expect(nextFireTimes({ schedule: "0 9 * * *", timezone: "Europe/Paris" }, t, 1)).toEqual([Date.parse("2026-11-24T08:00:00Z")]);
});
