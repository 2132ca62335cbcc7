/**
 * `{{ path }}` templates in action configurations. Pure.
 *
 * Rendering walks strings, arrays and object values (never keys). A string that is exactly one template keeps the
 * resolved value's own type (`"{{error.count}}"` gives the number 120, `"{{incident}}"` the object); inside a longer
 * string a value is stringified: strings as they are, numbers and booleans with String(), null as the empty string,
 * arrays and objects as JSON. A variable that resolves to `undefined` is reported in `missing` and its template is
 * left as written, so the caller fails the step (or shows it in a dry run) instead of sending an empty string.
 *
 * Which variables exist is decided at activation (`isKnownVariable`), with the catalog's path rule: see catalog.ts.
 */
import { COMMON_VARIABLES, isListedPath, resolvePath } from "./catalog.ts";
import type { RunScope, TriggerSpec } from "./types.ts";

const TEMPLATE = /\{\{\s*([^{}]*?)\s*\}\}/g;
const WHOLE_TEMPLATE = /^\{\{\s*([^{}]*?)\s*\}\}$/;

/** Whether a string holds at least one template. */
export function hasTemplate(value: string): boolean {
  return /\{\{\s*[^{}]*?\s*\}\}/.test(value);
}

export function render(value: unknown, scope: RunScope): { value: unknown; missing: string[] } {
  const missing = new Set<string>();
  const out = renderValue(value, scope, missing);
  return { value: out, missing: [...missing] };
}

function renderValue(value: unknown, scope: RunScope, missing: Set<string>): unknown {
  if (typeof value === "string") return renderString(value, scope, missing);
  if (Array.isArray(value)) return value.map((v) => renderValue(v, scope, missing));
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = renderValue(v, scope, missing);
    return out;
  }
  return value;
}

function renderString(text: string, scope: RunScope, missing: Set<string>): unknown {
  const whole = WHOLE_TEMPLATE.exec(text);
  if (whole) {
    const variable = whole[1] ?? "";
    const resolved = resolvePath(scope, variable);
    if (resolved === undefined) {
      missing.add(variable);
      return text;
    }
    return resolved;
  }
  return text.replace(TEMPLATE, (match, variable: string) => {
    const resolved = resolvePath(scope, variable);
    if (resolved === undefined) {
      missing.add(variable);
      return match;
    }
    return stringify(resolved);
  });
}

function stringify(value: unknown): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** Escapes one JSON pointer (RFC 6901) reference token. */
export function pointerToken(key: string | number): string {
  return String(key).replaceAll("~", "~0").replaceAll("/", "~1");
}

/** Every template occurrence in `value` with the JSON pointer of the string that holds it (below `base`). */
export function templateVariables(value: unknown, base = "#"): { variable: string; pointer: string }[] {
  const out: { variable: string; pointer: string }[] = [];
  const walk = (v: unknown, pointer: string) => {
    if (typeof v === "string") {
      for (const m of v.matchAll(TEMPLATE)) out.push({ variable: m[1] ?? "", pointer });
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => {
        walk(item, `${pointer}/${i}`);
      });
    } else if (v !== null && typeof v === "object") {
      for (const [k, item] of Object.entries(v)) walk(item, `${pointer}/${pointerToken(k)}`);
    }
  };
  walk(value, base);
  return out;
}

/**
 * Whether a template variable exists for a workflow on this trigger, at a step preceded by steps `stepNames`:
 * the common variables (`timestamp`, `workflow.*` as listed, `run.id`), the trigger's variables by the catalog's
 * path rule (so `payload.*` only for `manual`), and `steps.<name>` or `steps.<name>.<anything>` for an earlier
 * step's name (its output's fields are not known before it runs).
 */
export function isKnownVariable(variable: string, spec: TriggerSpec, stepNames: readonly string[]): boolean {
  const segments = variable.split(".");
  if (segments[0] === "steps") {
    const name = segments[1];
    return name !== undefined && stepNames.includes(name) && isListedPath(variable, [`steps.${name}.*`]);
  }
  return isListedPath(variable, COMMON_VARIABLES) || isListedPath(variable, spec.variables);
}
