import { expect, test } from "bun:test";
import { nextSlot, phaseOf } from "./monitor-checker.ts";

test("slots fall on the monitor's own phase, a period apart, after now", () => {
  const f = 60_000;
  const id = "mon_01JD5Q8R1XK2ZP7S0C3V9N4B6M";
  const phase = phaseOf(id, f);
  const slot = 10 * f + phase;
  // On time: the next slot is one period on.
  expect(nextSlot(id, slot, f, slot + 120)).toBe(slot + f);
  // Late by 2.5 periods (a restart after downtime): the next slot on the phase after now, none bunched up.
  expect(nextSlot(id, slot, f, slot + 2.5 * f)).toBe(slot + 3 * f);
  // The first check ran at creation, off phase: the next one is on phase, at least half a period later.
  const created = 10 * f + ((phase + f / 4) % f);
  const next = nextSlot(id, created, f, created + 50);
  expect((next - phase) % f).toBe(0);
  expect(next - created).toBeGreaterThanOrEqual(f / 2);
  expect(next - created).toBeLessThanOrEqual(1.5 * f);
});

test("monitors created together spread over the period", () => {
  const f = 60_000;
  const phases = Array.from({ length: 1000 }, (_, i) => phaseOf(`mon_01JD5Q8R1XK2ZP7S0C3V9N${String(i).padStart(4, "0")}`, f));
  const buckets = new Array(6).fill(0);
  for (const p of phases) buckets[Math.floor(p / 10_000)]++;
  for (const b of buckets) expect(b).toBeGreaterThan(100);
});
