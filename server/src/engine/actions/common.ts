/**
 * Helpers shared by the action modules.
 *
 * A module's `config` schema is used twice: at activation on the configuration as written (engine/validate.ts
 * drops issues at strings holding a template) and by the runner on the rendered configuration. Rendering
 * (engine/templates.ts) keeps the resolved value's type when a string is exactly one template: `"{{x}}"` may
 * become a number, an array, an object or null. So:
 * - free text and ids ({@link text}) also take a number or boolean and use it as text;
 * - optional fields are `nullish`, and null or "" (a value that rendered to nothing) counts as not set, except
 *   where that would silently change the target (`incident_id`, `service_id` given but empty is an error);
 * - list fields ({@link list}) also take one string;
 * - enum fields accept their values or a template, and `run` checks the rendered value again with {@link rendered}.
 */
import { z } from "zod";
import { ApiError } from "../../errors.ts";
import { zLabel } from "../../generated/zod.gen.ts";
import type { Tx } from "../../store/types.ts";
import { within } from "../../store/within.ts";
import type { ActionContext } from "../types.ts";

/** The action's dependencies with its store bound to `tx`, so a domain call runs inside the action's transaction. */
export function depsIn(ctx: ActionContext, tx: Tx): ActionContext["deps"] {
  return { ...ctx.deps, store: within(ctx.deps.store, tx) };
}

/** A failure the user can act on; the runner records its message as the step's error. */
export class ActionError extends Error {
  override name = "ActionError";
}

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

/** Empty after rendering: not set. */
export function present(value: string | undefined | null): value is string {
  return value !== undefined && value !== null && value.trim() !== "";
}

/** The rendered value of an enum field, or undefined when unset. Throws naming the field when it is not allowed. */
export function rendered<T extends string>(field: string, value: string | null | undefined, values: readonly T[]): T | undefined {
  if (!present(value)) return undefined;
  const v = value.trim();
  if ((values as readonly string[]).includes(v)) return v as T;
  throw new ActionError(`${field} must be one of ${values.join(", ")}; got ${JSON.stringify(value)}.`);
}

export function renderedNumber(field: string, value: number | string): number {
  const n = typeof value === "number" ? value : value.trim() === "" ? Number.NaN : Number(value);
  if (!Number.isFinite(n)) throw new ActionError(`${field} must be a number; got ${JSON.stringify(value)}.`);
  return n;
}

/** Rendered labels, trimmed, empties dropped; each must be a valid label. */
export function renderedLabels(values: string | string[] | null | undefined): string[] {
  const labels = items(values);
  for (const l of labels) if (!isLabel(l)) throw new ActionError(`Label ${JSON.stringify(l)} is invalid. ${LABEL_RULE}`);
  return labels;
}

/**
 * Free text rendered from templates may come out longer than the API allows (title 300, message 10,000). The
 * schema cannot bound it (the runner re-parses the rendered configuration), so `run` keeps the start and marks
 * the cut rather than failing an automation over a long alert text.
 */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** `scope.<key>.id` when the trigger provides that resource. */
function scopeId(ctx: ActionContext, key: string): string | undefined {
  const r = ctx.scope[key];
  return isRecord(r) && typeof r.id === "string" && r.id !== "" ? r.id : undefined;
}

/**
 * The incident an action works on: `incident_id` when given, else the trigger's incident. An `incident_id` that
 * rendered to "" or null is an error, not a fallback: acting on the trigger's incident instead of the intended one
 * (say `{{steps.create.id}}`) would be worse than failing.
 */
export function targetIncident(given: string | null | undefined, ctx: ActionContext): string {
  return target("incident", given, ctx);
}

/** Same for services: `service_id`, else the trigger's service. */
export function targetService(given: string | null | undefined, ctx: ActionContext): string {
  return target("service", given, ctx);
}

function target(kind: "incident" | "service", given: string | null | undefined, ctx: ActionContext): string {
  if (given === undefined) {
    const id = scopeId(ctx, kind);
    if (id === undefined) throw new ActionError(`this trigger has no ${kind}; set ${kind}_id`);
    return id;
  }
  if (given === null || given.trim() === "") throw new ActionError(`${kind}_id is empty (its template rendered to nothing).`);
  return given.trim();
}

/**
 * Calls a domain function and, when it rejects the input with per-field errors, puts those details in the
 * message: "1 field is invalid." alone means nothing in a step's error, and the pointers refer to the domain
 * input, not the action's configuration. The error stays an ApiError with its status.
 */
export async function domain<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (e) {
    if (e instanceof ApiError && e.extra.errors?.length) {
      throw new ApiError(e.status, e.slug, e.title, e.extra.errors.map((f) => f.detail).join(" "), e.extra);
    }
    throw e;
  }
}
