/** When a scheduled trigger fires: its next times, computed by croner in the workflow's IANA time zone. Pure. */
import { Cron } from "croner";

export function nextFireTimes(schedule: string, timezone: string | undefined, fromMs: number, count: number): number[] {
  const cron = new Cron(schedule, { timezone: timezone ?? "UTC", paused: true });
  return cron.nextRuns(count, new Date(fromMs)).map((d) => d.getTime());
}
