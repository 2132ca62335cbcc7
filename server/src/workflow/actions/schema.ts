/**
 * Schema helpers shared by the action specs.
 *
 * A spec's `config` schema is used twice: at activation on the configuration as written (workflow/validate.ts
 * drops issues at strings holding a template) and by the runner on the rendered configuration. Rendering
 * (workflow/templates.ts) keeps the resolved value's type when a string is exactly one template: `"{{x}}"` may
 * become a number, an array, an object or null. So:
 * - free text and ids ({@link text}) also take a number or boolean and use it as text;
 * - optional fields are `nullish`, and null or "" (a value that rendered to nothing) counts as not set, except
 *   where that would silently change the target (`incident_id`, `service_id` given but empty is an error);
 * - list fields ({@link list}) also take one string;
 * - enum fields accept their values or a template, and `run` checks the rendered value again (engine/actions/common.ts `rendered`).
 */
import { z } from "zod";
import { zLabel } from "../../generated/zod.gen.ts";

const TEMPLATE = /\{\{.+?\}\}/s;

export function isTemplate(value: string): boolean {
  return TEMPLATE.test(value);
}

/** An enum field that may also be a template (or "" once rendered: unset). Checked again in `run`. */
export function enumOrTemplate(values: readonly string[]) {
  const allowed = new Set<string>(values);
  return z
    .string()
    .refine((v) => v === "" || allowed.has(v) || isTemplate(v), { message: `Must be one of ${values.join(", ")}, or a template.` });
}

/** A string that is either a template or passes `check` (e.g. a label, a URL). */
export function stringOrTemplate(check: (v: string) => boolean, message: string) {
  return z.string().refine((v) => isTemplate(v) || check(v), { message });
}

/** Free text or an id. A whole template may render to a number or boolean; it is used as text. */
export const text = () => z.union([z.string(), z.number(), z.boolean()]).transform((v) => String(v));

/** Required free text: empty is refused (at activation, and by the runner's parse once rendered). */
export const requiredText = () => text().refine((v) => v.trim() !== "", { message: "Must not be empty." });

/** A list, or one item (a whole template may render to either). Normalize with {@link items}. */
export const list = <T extends z.ZodType<string>>(item: T) => z.union([z.array(item).max(50), item]);

/** The items of a {@link list} field, trimmed, without empties. */
export function items(value: string | string[] | null | undefined): string[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map((v) => v.trim()).filter((v) => v !== "");
}

/** A number, or a template that renders to one (so, after rendering, also a numeric string). */
export const numberOrTemplate = z.union([
  z.number(),
  z.string().refine((v) => isTemplate(v) || (v.trim() !== "" && Number.isFinite(Number(v))), { message: "Must be a number, or a template." }),
]);

export const LABEL_RULE = "Labels are 1 to 64 letters, digits, _ . : or -, starting with a letter or digit.";
export const isLabel = (v: string): boolean => zLabel.safeParse(v).success;
/** A label field: a label, a template, or "" (rendered empty: skipped). */
export const labelOrTemplate = () => stringOrTemplate((v) => v === "" || isLabel(v), LABEL_RULE);
