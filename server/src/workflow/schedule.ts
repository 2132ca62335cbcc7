/**
 * When a scheduled trigger fires. Pure.
 *
 * - `schedule` (cron): its next times, computed by croner in the workflow's IANA time zone.
 * - `every` (an interval such as `15m`, `2h`, `1d`): the whole multiples of the interval since the Unix epoch
 *   (1970-01-01T00:00Z), so `every: "15m"` fires at :00, :15, :30 and :45, `every: "1d"` at 00:00 UTC. The grid does
 *   not depend on when the workflow was activated or last changed, so saving the workflow again, a restart or a
 *   catch-up never moves it; a time zone does not apply (an interval has the same length everywhere).
 *
 * Both kinds share the scheduler's catch-up rule (engine/scheduler.ts): a missed slot runs once, then the next
 * slot after now.
 */
import { Cron } from "croner";
import type { Trigger } from "../types.ts";

const MINUTE = 60_000;
const UNIT_MS = { m: MINUTE, h: 60 * MINUTE, d: 24 * 60 * MINUTE } as const;
export const MIN_EVERY_MS = MINUTE;
export const MAX_EVERY_MS = 366 * UNIT_MS.d;
export const EVERY_RULE = 'An interval is a whole number and a unit, m (minutes), h (hours) or d (days), e.g. "15m", "2h", "1d"; from 1m to 366d.';

export type EveryResult = { ok: true; ms: number } | { ok: false; error: string };

/** An `every` interval in ms, or why it is not one. */
export function parseEvery(every: string): EveryResult {
  const m = /^([0-9]{1,6})([mhd])$/.exec(every.trim());
  if (!m) return { ok: false, error: `"${every}" is not an interval. ${EVERY_RULE}` };
  const ms = Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS];
  if (ms < MIN_EVERY_MS || ms > MAX_EVERY_MS) return { ok: false, error: `"${every}" is out of range. ${EVERY_RULE}` };
  return { ok: true, ms };
}

/** What a scheduled trigger fires on: the cron expression or the interval. */
export type ScheduleSpec = Pick<Trigger, "schedule" | "every" | "timezone">;

/** Whether the trigger has a schedule of either kind. */
export function hasSchedule(t: ScheduleSpec): boolean {
  return Boolean(t.schedule) || Boolean(t.every);
}

/** The next `count` fire times strictly after `fromMs` (an invalid schedule has none). */
export function nextFireTimes(t: ScheduleSpec, fromMs: number, count: number): number[] {
  if (t.every) {
    const every = parseEvery(t.every);
    if (!every.ok) return [];
    const first = (Math.floor(fromMs / every.ms) + 1) * every.ms;
    return Array.from({ length: count }, (_, i) => first + i * every.ms);
  }
  if (!t.schedule) return [];
  const cron = new Cron(t.schedule, { timezone: t.timezone ?? "UTC", paused: true });
  return cron.nextRuns(count, new Date(fromMs)).map((d) => d.getTime());
}
