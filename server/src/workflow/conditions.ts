/**
 * Condition evaluation. Pure: the same group and scope always give the same result and trace.
 *
 * Comparisons are type-aware, in this order:
 * - numbers: two numbers, or numeric strings, compare as numbers when both sides are numeric (`"10" > 9`);
 * - ISO dates (`2026-11-23`, `2026-11-23T09:15:00Z`, `…+01:00`; without an offset, UTC): compared as instants;
 * - severities: for a field named `severity` or ending in `.severity`, when both sides are severities, by rank
 *   minor < major < critical;
 * - anything else: strict equality (deep for arrays and objects); `greater_than` / `less_than` are false.
 * `contains` is substring for strings (case-sensitive) and membership for arrays; `in` is membership of the field's
 * value in the condition's list (a non-list value makes it false). A missing field resolves to `undefined`, equal
 * to nothing. Each negated operator is exactly the negation of its positive one, so `not_equals`, `not_contains` and
 * `not_in` are true for a missing field. An empty AND group is true, an empty OR group false. Every condition is
 * evaluated (no short circuit) so the trace shows the whole tree.
 */
import type { Condition, ConditionGroup, ConditionOperator, ConditionTrace, Severity } from "../types.ts";
import { resolvePath } from "./catalog.ts";
import type { RunScope } from "./types.ts";

export const SEVERITY_RANK: Record<Severity, number> = { minor: 1, major: 2, critical: 3 };

/** Whether an item of a group's `conditions` is a nested group rather than a condition. */
export function isGroup(item: Condition | ConditionGroup): item is ConditionGroup {
  return Array.isArray((item as { conditions?: unknown }).conditions);
}

export function evaluateConditions(
  group: ConditionGroup | null,
  scope: RunScope,
): { result: boolean; trace: ConditionTrace | null } {
  if (group === null) return { result: true, trace: null };
  const trace = evaluateGroup(group, scope);
  return { result: trace.result, trace };
}

function evaluateGroup(group: ConditionGroup, scope: RunScope): ConditionTrace {
  const children: ConditionTrace[] = (group.conditions as (Condition | ConditionGroup)[]).map((item) =>
    isGroup(item) ? evaluateGroup(item, scope) : evaluateCondition(item, scope),
  );
  const result = group.operator === "AND" ? children.every((c) => c.result) : children.some((c) => c.result);
  return { operator: group.operator, result, conditions: children };
}

function evaluateCondition(condition: Condition, scope: RunScope): ConditionTrace {
  const resolved = resolvePath(scope, condition.field);
  const result = compare(condition.operator, condition.field, resolved, condition.value);
  return { field: condition.field, operator: condition.operator, value: condition.value, resolved, result };
}

/** The result of `resolved <operator> value` for a condition on `field`. */
export function compare(operator: ConditionOperator, field: string, resolved: unknown, value: unknown): boolean {
  switch (operator) {
    case "equals":
      return equals(resolved, value);
    case "not_equals":
      return !equals(resolved, value);
    case "contains":
      return contains(resolved, value);
    case "not_contains":
      return !contains(resolved, value);
    case "greater_than":
      return order(field, resolved, value) > 0;
    case "less_than":
      return order(field, resolved, value) < 0;
    case "in":
      return Array.isArray(value) && value.some((v) => equals(resolved, v));
    case "not_in":
      return !(Array.isArray(value) && value.some((v) => equals(resolved, v)));
  }
}

/**
 * Whether `a` (the resolved side) equals `b`. Numbers first, then instants, each decided by `a` alone: when `a` is
 * numeric (or an ISO date) it equals only a `b` of the same kind and value, and when it is not, no numeric (or ISO
 * date) `b` can deep-equal it, so asking `b` first would change nothing. A missing `a` equals nothing, not even a
 * missing `b`; a missing `b` equals no present `a` by deepEqual.
 */
function equals(a: unknown, b: unknown): boolean {
  if (a === undefined) return false;
  const na = asNumber(a);
  if (na !== null) return na === asNumber(b);
  const da = asInstant(a);
  if (da !== null) return da === asInstant(b);
  return deepEqual(a, b);
}

function contains(resolved: unknown, value: unknown): boolean {
  if (typeof resolved === "string") return typeof value === "string" && resolved.includes(value);
  if (Array.isArray(resolved)) return resolved.some((item) => equals(item, value));
  return false;
}

/** Sign of `a - b` when the two are comparable (numbers, dates, severities of a severity field), else NaN. */
function order(field: string, a: unknown, b: unknown): number {
  const na = asNumber(a);
  const nb = asNumber(b);
  if (na !== null && nb !== null) return Math.sign(na - nb);
  const da = asInstant(a);
  const db = asInstant(b);
  if (da !== null && db !== null) return Math.sign(da - db);
  if ((field === "severity" || field.endsWith(".severity")) && isSeverity(a) && isSeverity(b)) {
    return Math.sign(SEVERITY_RANK[a] - SEVERITY_RANK[b]);
  }
  return Number.NaN;
}

function isSeverity(v: unknown): v is Severity {
  return typeof v === "string" && Object.hasOwn(SEVERITY_RANK, v);
}

function asNumber(v: unknown): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string" && /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(v)) {
    const n = Number(v);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/** Groups: the date, the time (without its offset), the time's hour, the offset. */
const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:[T ]((\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * Milliseconds since the epoch of an ISO 8601 date or date-time string (no offset: UTC), else null. The text is
 * rebuilt as `<date>T<time><offset>` (a date alone as midnight UTC) and read by Date.parse, which refuses month 00
 * or 13, day 00 or 32, minute or second 60 on its own (the tests pin each, in the notations the pattern lets
 * through). It accepts hour 24 (the next midnight), which this refuses, and reads Feb 30 as Mar 2.
 */
function asInstant(v: unknown): number | null {
  if (typeof v !== "string") return null;
  const m = ISO_DATE.exec(v.trim());
  if (!m) return null;
  const [, date, time, hour, offset] = m;
  if (Number(hour ?? 0) > 23) return null;
  const ms = Date.parse(`${date}T${time ?? "00:00"}${offset ?? "Z"}`);
  return Number.isNaN(ms) ? null : ms;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every((k) => Object.hasOwn(b, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/** Every condition of the tree with the JSON pointer of its `field`, e.g. `#/conditions/conditions/1/field`. */
export function conditionFields(
  group: ConditionGroup | null,
  base = "#/conditions",
): { field: string; operator: ConditionOperator; value: unknown; hasValue: boolean; pointer: string }[] {
  if (group === null) return [];
  const out: ReturnType<typeof conditionFields> = [];
  (group.conditions as (Condition | ConditionGroup)[]).forEach((item, i) => {
    const at = `${base}/conditions/${i}`;
    if (isGroup(item)) out.push(...conditionFields(item, at));
    else {
      out.push({
        field: item.field,
        operator: item.operator,
        value: item.value,
        hasValue: Object.hasOwn(item, "value"),
        pointer: `${at}/field`,
      });
    }
  });
  return out;
}
