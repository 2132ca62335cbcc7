/**
 * ISO 8601 durations for the `delay` action, e.g. `PT5M`, `PT90S`, `P1DT2H`, `P2W`. Pure.
 *
 * Only units with a fixed length are accepted: weeks (7 days), days (24 hours, not calendar days, so a delay
 * across a DST change is still exactly 24 h), hours, minutes and seconds. Years and months are refused with a
 * message, because "P1M" (one month) is easily confused with "PT1M" (one minute) and neither has one length.
 * Components are whole numbers, except the seconds, which may have a fraction (`PT1.5S`, or `PT1,5S`).
 * Lowercase designators are accepted (`pt5m`). Negative durations and an empty `P`/`PT` are not.
 */

export type DurationResult = { ok: true; ms: number } | { ok: false; error: string };

const PATTERN = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;
/** Y or M in the date part (before any T). */
const CALENDAR_UNITS = /^P[^T]*[YM]/;

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

export function parseDuration(text: string): DurationResult {
  const s = text.trim().toUpperCase();
  if (CALENDAR_UNITS.test(s)) {
    return { ok: false, error: `Duration "${text}" uses years or months, which have no fixed length; use weeks or days (e.g. P30D).` };
  }
  const m = PATTERN.exec(s);
  // The pattern also matches "P" and "P1DT" (a T with nothing after it); both are invalid ISO 8601.
  if (!m || s === "P" || s.endsWith("T")) {
    return { ok: false, error: `"${text}" is not an ISO 8601 duration such as PT5M, PT90S or P1DT2H.` };
  }
  const [, w, d, h, min, sec] = m;
  const ms =
    num(w) * WEEK + num(d) * DAY + num(h) * HOUR + num(min) * MINUTE + Math.round(num(sec?.replace(",", ".")) * SECOND);
  if (!Number.isSafeInteger(ms)) return { ok: false, error: `Duration "${text}" is too long.` };
  return { ok: true, ms };
}

function num(part: string | undefined): number {
  return part === undefined ? 0 : Number(part);
}
