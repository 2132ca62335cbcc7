/**
 * delay: parks the run until a time, given as `seconds` or an ISO 8601 `duration` (see workflow/actions/duration.ts), at most 30
 * days. With `recheck_conditions`, the runner evaluates the workflow's conditions again (on fresh data) when the
 * delay ends and cancels the run if they no longer hold, e.g. "page if still unresolved after 15 minutes".
 * `recheck_conditions` is a plain boolean, not a template: the runner reads it from the definition.
 */
import type { ActionModule } from "../types.ts";
import { ActionError, renderedNumber } from "./common.ts";
import { parseDuration } from "../../workflow/actions/duration.ts";
import { delaySpec, type Config, inRange, RANGE } from "../../workflow/actions/delay.ts";

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
  ...delaySpec,
  async run(c, ctx) {
    return { kind: "wait", untilMs: ctx.nowMs + delayMs(c), recheck: c.recheck_conditions === true };
  },
};
