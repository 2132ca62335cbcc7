/**
 * Brings a workflow create/update body to the stored shape of its trigger. Pure.
 *
 * - `trigger: "scheduled"` becomes `trigger: { type: "scheduled" }`.
 * - The top-level shorthands `schedule` / `every` / `timezone` move into `trigger` and are removed from the result. Given in
 *   both places with different values, that is a 422 (ApiError.validation, pointer `#/schedule` or `#/timezone`,
 *   both reported when both disagree); the same value in both places is fine.
 * - No timezone is filled in: a scheduled trigger without one runs in UTC (the documented default).
 * - Everything else passes through as given: no defaults are filled (a create handler sets `description` /
 *   `conditions` to null itself), so the same function serves a partial update.
 * - Update without `trigger`: with `current` (the stored workflow), the shorthands patch a copy of its trigger and
 *   the result has `trigger`; without it the result has no `trigger` and the caller applies the shorthands.
 *   `trigger` given replaces the whole stored trigger.
 */
import { ApiError } from "../errors.ts";
import type { FieldError, Trigger, WorkflowCreateInput, WorkflowUpdateInput } from "../types.ts";

/** The input without the shorthands, with a canonical trigger (required for a create, optional for an update). */
export type Canonical<I> = I extends unknown
  ? Omit<I, "trigger" | "schedule" | "every" | "timezone"> & (I extends { trigger: unknown } ? { trigger: Trigger } : { trigger?: Trigger })
  : never;

export function normalizeDefinition<I extends WorkflowCreateInput | WorkflowUpdateInput>(
  input: I,
  current?: { trigger: Trigger },
): Canonical<I> {
  const errors: FieldError[] = [];
  const { trigger: raw, schedule, every, timezone, ...rest } = input;
  const given: Trigger | undefined = raw === undefined ? undefined : typeof raw === "string" ? { type: raw } : { ...raw };

  let trigger = given;
  const shorthand = { schedule, every, timezone };
  if (schedule !== undefined || every !== undefined || timezone !== undefined) {
    trigger ??= current ? { ...current.trigger } : undefined;
    for (const key of ["schedule", "every", "timezone"] as const) {
      const top = shorthand[key];
      if (top === undefined || trigger === undefined) continue;
      const inTrigger = given?.[key];
      if (inTrigger !== undefined && inTrigger !== top) {
        errors.push({
          in: "body",
          pointer: `#/${key}`,
          detail: `${key} "${top}" disagrees with trigger.${key} "${inTrigger}": give it in one place.`,
        });
      } else {
        trigger[key] = top;
      }
    }
  }
  if (errors.length > 0) throw ApiError.validation(errors);

  return (trigger === undefined ? rest : { ...rest, trigger }) as Canonical<I>;
}
