/**
 * delay: parks the run until a time, given as `seconds` or an ISO 8601 `duration` (see duration.ts), at most 30
 * days. With `recheck_conditions`, the runner evaluates the workflow's conditions again (on fresh data) when the
 * delay ends and cancels the run if they no longer hold, e.g. "page if still unresolved after 15 minutes".
 * `recheck_conditions` is a plain boolean, not a template: the runner reads it from the definition.
 */
import { z } from "zod";
import type { ActionModule } from "../types.ts";
import { ActionError, isTemplate, numberOrTemplate, renderedNumber } from "./common.ts";
import { parseDuration } from "./duration.ts";

export const MIN_DELAY_MS = 1_000;
export const MAX_DELAY_MS = 30 * 24 * 60 * 60 * 1_000;

const inRange = (ms: number) => ms >= MIN_DELAY_MS && ms <= MAX_DELAY_MS;
const RANGE = "Delays are 1 second to 30 days.";

const config = z
  .strictObject({
    seconds: numberOrTemplate.optional(),
    duration: z.string().optional(),
    recheck_conditions: z.boolean().optional(),
  })
  .superRefine((c, check) => {
    if ((c.seconds === undefined) === (c.duration === undefined)) {
      check.addIssue({ code: "custom", message: "Set exactly one of seconds or duration." });
    }
    const seconds = typeof c.seconds === "string" && !isTemplate(c.seconds) ? Number(c.seconds) : c.seconds;
    if (typeof seconds === "number" && Number.isFinite(seconds) && !inRange(Math.round(seconds * 1000))) {
      check.addIssue({ code: "custom", path: ["seconds"], message: RANGE });
    }
    if (c.duration !== undefined && !isTemplate(c.duration)) {
      const d = parseDuration(c.duration);
      if (!d.ok) check.addIssue({ code: "custom", path: ["duration"], message: d.error });
      else if (!inRange(d.ms)) check.addIssue({ code: "custom", path: ["duration"], message: RANGE });
    }
  });
type Config = z.infer<typeof config>;

/** The delay in milliseconds of a rendered configuration. Throws an ActionError the user can act on. */
export function delayMs(c: Config): number {
  let ms: number;
  if (c.seconds !== undefined) {
    ms = Math.round(renderedNumber("seconds", c.seconds) * 1000);
  } else {
    const d = parseDuration(c.duration ?? "");
    if (!d.ok) throw new ActionError(d.error);
    ms = d.ms;
  }
  if (!inRange(ms)) throw new ActionError(`${RANGE} Got ${ms / 1000} seconds.`);
  return ms;
}

export const delayAction: ActionModule<Config> = {
  type: "delay",
  description: "Waits before the next step, optionally re-checking the workflow's conditions when the wait ends.",
  effects: "local",
  config,
  fields: [
    { name: "seconds", type: "number", required: false, description: "1 to 2592000 (30 days); set this or duration." },
    { name: "duration", type: "string", required: false, description: "ISO 8601, e.g. PT5M, PT90S, P1DT2H (weeks, days, hours, minutes, seconds)." },
    { name: "recheck_conditions", type: "boolean", required: false, description: "When the delay ends, cancel the run if the conditions no longer hold." },
  ],
  async run(c, ctx) {
    return { kind: "wait", untilMs: ctx.nowMs + delayMs(c), recheck: c.recheck_conditions === true };
  },
};
