/** `delay` as a definition: its configuration schema, catalog fields and effects. It runs in engine/actions/delay.ts. */
import { z } from "zod";
import { parseDuration } from "./duration.ts";
import type { ActionSpec } from "../types.ts";
import { isTemplate, numberOrTemplate } from "./schema.ts";

export const MIN_DELAY_MS = 1_000;
export const MAX_DELAY_MS = 30 * 24 * 60 * 60 * 1_000;

export const inRange = (ms: number) => ms >= MIN_DELAY_MS && ms <= MAX_DELAY_MS;
export const RANGE = "Delays are 1 second to 30 days.";

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
export type Config = z.infer<typeof config>;

export const delaySpec: ActionSpec<Config> = {
  type: "delay",
  description: "Waits before the next step, optionally re-checking the workflow's conditions when the wait ends.",
  effects: "local",
  scopes: [],
  config,
  fields: [
    { name: "seconds", type: "number", required: false, description: "1 to 2592000 (30 days); set this or duration." },
    { name: "duration", type: "string", required: false, description: "ISO 8601, e.g. PT5M, PT90S, P1DT2H (weeks, days, hours, minutes, seconds)." },
    { name: "recheck_conditions", type: "boolean", required: false, description: "When the delay ends, cancel the run if the conditions no longer hold." },
  ],
};
