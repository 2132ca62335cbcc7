import { describe, expect, test } from "bun:test";
import type { Condition, ConditionGroup, ConditionOperator } from "../types.ts";
import { compare, conditionFields, evaluateConditions } from "./conditions.ts";

const scope = {
  severity: "major",
  title: "Checkout API returns 502",
  labels: ["payments", "sev2"],
  count: 120,
  count_text: "120",
  created_at: "2026-11-23T09:15:00.000Z",
  visibility: "draft",
  nothing: null,
  incident: { severity: "major", title: "Checkout API returns 502" },
  service: { name: "checkout-production", status: "partial_outage" },
  changes: { status: { from: "investigating", to: "identified" } },
  meta: { region: "eu", zones: [1, 2] },
  level: "major",
  alert: { severity: "critical", max_severity: "critical" },
};

const leaf = (field: string, operator: ConditionOperator, value?: unknown): Condition =>
  value === undefined ? { field, operator } : { field, operator, value };
const one = (c: Condition): ConditionGroup => ({ operator: "AND", conditions: [c] });
/** Puts the expected result into each row's test name. */
const named = <C,>(rows: readonly (readonly [string, C, boolean])[]) =>
  rows.map(([name, input, expected]) => [`${name} → ${expected}`, input, expected] as [string, C, boolean]);

describe("evaluateConditions: one condition", () => {
  test.each(named<Condition>([
    // equals / not_equals
    ["equals, same string", leaf("visibility", "equals", "draft"), true],
    ["equals, other string", leaf("visibility", "equals", "public"), false],
    ["equals is case-sensitive", leaf("visibility", "equals", "Draft"), false],
    ["equals, number and numeric string", leaf("count", "equals", "120"), true],
    ["equals, numeric string and number", leaf("count_text", "equals", 120), true],
    ["equals, 120 vs 120.0", leaf("count", "equals", "120.0"), true],
    ["equals, same instant in two notations", leaf("created_at", "equals", "2026-11-23T10:15:00+01:00"), true],
    ["equals, other number", leaf("count", "equals", 121), false],
    ["equals, other numeric string", leaf("count_text", "equals", "119.5"), false],
    ["equals, other instant", leaf("created_at", "equals", "2026-11-23T09:15:01Z"), false],
    ["equals, null field and null", leaf("nothing", "equals", null), true],
    ["equals, null field and 0", leaf("nothing", "equals", 0), false],
    ["equals, object deep", leaf("meta", "equals", { zones: [1, 2], region: "eu" }), true],
    ["equals, array order matters", leaf("labels", "equals", ["sev2", "payments"]), false],
    ["equals, missing field", leaf("nope", "equals", "x"), false],
    ["equals, missing field vs null", leaf("nope", "equals", null), false],
    ["not_equals, other string", leaf("visibility", "not_equals", "public"), true],
    ["not_equals, same string", leaf("visibility", "not_equals", "draft"), false],
    ["not_equals, missing field", leaf("nope", "not_equals", "x"), true],
    ["not_equals, number and numeric string", leaf("count", "not_equals", "120"), false],
    // dotted fields
    ["dotted field", leaf("service.name", "equals", "checkout-production"), true],
    ["deep dotted field", leaf("changes.status.to", "equals", "identified"), true],
    ["dotted field through a missing object", leaf("monitor.name", "equals", "x"), false],
    // contains / not_contains
    ["contains, substring", leaf("service.name", "contains", "production"), true],
    ["contains is case-sensitive", leaf("service.name", "contains", "Production"), false],
    ["contains, array member", leaf("labels", "contains", "sev2"), true],
    ["contains, array non-member", leaf("labels", "contains", "sev1"), false],
    ["contains, array member by number", leaf("meta.zones", "contains", "2"), true],
    ["contains on a number field", leaf("count", "contains", "12"), false],
    ["contains, missing field", leaf("nope", "contains", "x"), false],
    ["contains, non-string value on a string", leaf("title", "contains", 502), false],
    ["not_contains, substring absent", leaf("service.name", "not_contains", "staging"), true],
    ["not_contains, substring present", leaf("service.name", "not_contains", "production"), false],
    ["not_contains, array member", leaf("labels", "not_contains", "payments"), false],
    ["not_contains, missing field", leaf("nope", "not_contains", "x"), true],
    // greater_than / less_than: numbers
    ["greater_than, number", leaf("count", "greater_than", 100), true],
    ["greater_than, equal number", leaf("count", "greater_than", 120), false],
    ["greater_than, numeric strings compare as numbers", leaf("count_text", "greater_than", "99"), true],
    ["less_than, number", leaf("count", "less_than", 200), true],
    ["less_than, equal number", leaf("count", "less_than", 120), false],
    ["less_than, greater number", leaf("count", "less_than", 100), false],
    ["less_than, numeric string vs number", leaf("count_text", "less_than", 1000), true],
    ["greater_than, number vs non-numeric string", leaf("count", "greater_than", "abc"), false],
    ["less_than, number vs non-numeric string", leaf("count", "less_than", "abc"), false],
    // dates
    ["greater_than, later instant", leaf("created_at", "greater_than", "2026-11-23T09:00:00Z"), true],
    ["greater_than, offset makes it later", leaf("created_at", "greater_than", "2026-11-23T09:30:00+01:00"), true],
    ["less_than, earlier instant", leaf("created_at", "less_than", "2026-11-23T09:00:00Z"), false],
    ["less_than, date only is midnight UTC", leaf("created_at", "less_than", "2026-11-24"), true],
    ["greater_than, date only", leaf("created_at", "greater_than", "2026-11-23"), true],
    ["greater_than, same instant", leaf("created_at", "greater_than", "2026-11-23T09:15:00Z"), false],
    ["less_than, same instant", leaf("created_at", "less_than", "2026-11-23T09:15:00Z"), false],
    ["less_than, date vs plain string", leaf("created_at", "less_than", "tomorrow"), false],
    // severity ranks
    ["severity greater_than minor", leaf("severity", "greater_than", "minor"), true],
    ["severity greater_than major", leaf("severity", "greater_than", "major"), false],
    ["severity less_than critical", leaf("severity", "less_than", "critical"), true],
    ["severity less_than minor", leaf("severity", "less_than", "minor"), false],
    ["severity less_than itself", leaf("severity", "less_than", "major"), false],
    ["incident.severity ranks too", leaf("incident.severity", "greater_than", "minor"), true],
    ["alert.severity critical > major", leaf("alert.severity", "greater_than", "major"), true],
    ["severity vs a non-severity", leaf("severity", "greater_than", "low"), false],
    ["non-severity field does not rank (plain strings are unordered)", leaf("visibility", "greater_than", "critical"), false],
    ["a severity word in a field not named severity does not rank", leaf("level", "greater_than", "minor"), false],
    ["a severity word in a field not named severity does not rank (less_than)", leaf("level", "less_than", "critical"), false],
    ["a field whose name only ends in 'severity' does not rank", leaf("alert.max_severity", "greater_than", "minor"), false],
    ["severity equals", leaf("severity", "equals", "major"), true],
    // in / not_in
    ["in, member", leaf("severity", "in", ["major", "critical"]), true],
    ["in, non-member", leaf("severity", "in", ["minor"]), false],
    ["in, number among numeric strings", leaf("count", "in", ["100", "120"]), true],
    ["in, empty list", leaf("severity", "in", []), false],
    ["in, value not a list", leaf("severity", "in", "major"), false],
    ["in, missing field", leaf("nope", "in", ["x"]), false],
    ["not_in, non-member", leaf("severity", "not_in", ["minor"]), true],
    ["not_in, member", leaf("severity", "not_in", ["major", "critical"]), false],
    ["not_in, missing field", leaf("nope", "not_in", ["x"]), true],
  ]))("%s", (_name, condition, expected) => {
    const { result, trace } = evaluateConditions(one(condition), scope);
    expect(result).toBe(expected);
    expect(trace?.conditions?.[0]?.result).toBe(expected);
  });
});

describe("evaluateConditions: groups", () => {
  const T = leaf("severity", "equals", "major");
  const F = leaf("severity", "equals", "minor");
  test.each(named<unknown>([
    ["no conditions at all", null, true],
    ["empty AND", { operator: "AND", conditions: [] }, true],
    ["empty OR", { operator: "OR", conditions: [] }, false],
    ["AND all true", { operator: "AND", conditions: [T, T] }, true],
    ["AND one false", { operator: "AND", conditions: [T, F] }, false],
    ["OR one true", { operator: "OR", conditions: [F, T] }, true],
    ["OR all false", { operator: "OR", conditions: [F, F] }, false],
    ["AND with a true OR inside", { operator: "AND", conditions: [T, { operator: "OR", conditions: [F, T] }] }, true],
    ["AND with a false OR inside", { operator: "AND", conditions: [T, { operator: "OR", conditions: [F, F] }] }, false],
    ["OR with a true AND inside", { operator: "OR", conditions: [F, { operator: "AND", conditions: [T, T] }] }, true],
    [
      "three levels",
      { operator: "OR", conditions: [F, { operator: "AND", conditions: [T, { operator: "OR", conditions: [F, T] }] }] },
      true,
    ],
  ]))("%s", (_name, group, expected) => {
    expect(evaluateConditions(group as ConditionGroup | null, scope).result).toBe(expected);
  });

  test("the trace mirrors the tree, with every condition evaluated and resolved values", () => {
    const group: ConditionGroup = {
      operator: "AND",
      conditions: [
        leaf("severity", "equals", "critical"),
        { operator: "OR", conditions: [leaf("service.name", "contains", "production"), leaf("nope", "equals", 1)] },
      ],
    };
    expect(evaluateConditions(group, scope)).toEqual({
      result: false,
      trace: {
        operator: "AND",
        result: false,
        conditions: [
          { field: "severity", operator: "equals", value: "critical", resolved: "major", result: false },
          {
            operator: "OR",
            result: true,
            conditions: [
              { field: "service.name", operator: "contains", value: "production", resolved: "checkout-production", result: true },
              { field: "nope", operator: "equals", value: 1, resolved: undefined, result: false },
            ],
          },
        ],
      },
    });
  });

  test("no conditions: true with no trace", () => {
    expect(evaluateConditions(null, scope)).toEqual({ result: true, trace: null });
  });
});

test("compare: every negated operator is the negation of its positive one", () => {
  const values = [undefined, null, 0, 5, "5", "x", "major", "2026-01-01", ["x"], { a: 1 }];
  const pairs = [
    ["equals", "not_equals"],
    ["contains", "not_contains"],
    ["in", "not_in"],
  ] as const;
  for (const [pos, neg] of pairs) {
    for (const a of values) {
      for (const b of [...values, ["x", 5]]) {
        expect(compare(neg, "severity", a, b)).toBe(!compare(pos, "severity", a, b));
      }
    }
  }
});

describe("conditionFields", () => {
  test("gives each condition with the pointer of its field, nested groups included", () => {
    const group: ConditionGroup = {
      operator: "AND",
      conditions: [
        leaf("severity", "equals", "critical"),
        { operator: "OR", conditions: [leaf("service.name", "contains", "prod"), leaf("visibility", "in")] },
      ],
    };
    expect(conditionFields(group).map(({ field, pointer, hasValue }) => ({ field, pointer, hasValue }))).toEqual([
      { field: "severity", pointer: "#/conditions/conditions/0/field", hasValue: true },
      { field: "service.name", pointer: "#/conditions/conditions/1/conditions/0/field", hasValue: true },
      { field: "visibility", pointer: "#/conditions/conditions/1/conditions/1/field", hasValue: false },
    ]);
  });

  test("no conditions: none", () => {
    expect(conditionFields(null)).toEqual([]);
  });
});

describe("compare: deep equality of arrays and objects", () => {
  test.each(named<[unknown, unknown]>([
    ["same array", [[1, "a", null], [1, "a", null]], true],
    ["a prefix of the array", [[1, 2], [1, 2, 3]], false],
    ["the array and a prefix of it", [[1, 2, 3], [1, 2]], false],
    ["same length, one element differs", [[1, 2, 3], [1, 2, 4]], false],
    ["same length, only the first element differs", [[0, 2, 3], [1, 2, 3]], false],
    ["empty arrays", [[], []], true],
    ["same object, keys in another order", [{ a: 1, b: [1] }, { b: [1], a: 1 }], true],
    ["one value differs", [{ a: 1, b: 2 }, { a: 1, b: 3 }], false],
    ["same values under other keys", [{ a: 1 }, { b: 1 }], false],
    ["a key more", [{ a: 1 }, { a: 1, b: 2 }], false],
    ["a key fewer", [{ a: 1, b: 2 }, { a: 1 }], false],
    ["a key whose value is undefined vs a missing key", [{ a: 1, b: undefined }, { a: 1, c: undefined }], false],
    ["nested difference", [{ a: { b: [1, { c: 1 }] } }, { a: { b: [1, { c: 2 }] } }], false],
    ["nested equal", [{ a: { b: [1, { c: 1 }] } }, { a: { b: [1, { c: 1 }] } }], true],
    ["empty objects", [{}, {}], true],
    ["an object and an empty one", [{ a: 1 }, {}], false],
    ["an array and an object", [["x"], { 0: "x" }], false],
    ["an object and an array", [{ 0: "x" }, ["x"]], false],
    ["an object and null", [{ a: 1 }, null], false],
    ["null and an object", [null, { a: 1 }], false],
    ["an object and a string", [{ a: 1 }, "[object Object]"], false],
    ["a string and an object", ["[object Object]", {}], false],
    ["true and true", [true, true], true],
    ["true and false", [true, false], false],
    ["0 and null", [0, null], false],
    ["null and 0", [null, 0], false],
    ["0 and an empty string", [0, ""], false],
    ["0 and false", [0, false], false],
  ]))("%s", (_name, [a, b], expected) => {
    expect(compare("equals", "x", a, b)).toBe(expected);
    expect(compare("equals", "x", b, a)).toBe(expected);
  });
});

describe("compare: dates at the edges of the calendar", () => {
  test.each(named<[string, unknown, unknown]>([
    ["January is a month", ["greater_than", "2026-01-15", "2025-12-31"], true],
    ["December is a month", ["less_than", "2026-12-15", "2027-01-01"], true],
    ["the 1st is a day", ["greater_than", "2026-03-01", "2026-02-28"], true],
    ["the 31st is a day", ["less_than", "2026-03-31", "2026-04-01"], true],
    ["23:59:59 is a time", ["less_than", "2026-03-31T23:59:59Z", "2026-04-01"], true],
    ["23:59:59 is before midnight", ["greater_than", "2026-03-31T23:59:59Z", "2026-03-31T23:59:58Z"], true],
    ["00:00 with minutes only", ["equals", "2026-03-31T00:00Z", "2026-03-31"], true],
    ["a space instead of T", ["equals", "2026-03-31 10:20:30Z", "2026-03-31T10:20:30Z"], true],
    ["fractions of a second", ["greater_than", "2026-03-31T10:20:30.5Z", "2026-03-31T10:20:30Z"], true],
    ["an offset without a colon", ["equals", "2026-03-31T10:20:30+0100", "2026-03-31T09:20:30Z"], true],
    ["lower-case t and z", ["equals", "2026-03-31t10:20:30z", "2026-03-31T10:20:30Z"], true],
    ["month 13 is no date, so no order", ["greater_than", "2026-13-01", "2026-01-01"], false],
    ["month 00 is no date", ["less_than", "2026-00-10", "2026-01-01"], false],
    ["day 00 is no date", ["less_than", "2026-01-00", "2026-01-01"], false],
    ["day 32 is no date", ["greater_than", "2026-01-32", "2026-01-01"], false],
    ["hour 24 is no time", ["greater_than", "2026-01-01T24:00:00Z", "2026-01-01"], false],
    ["minute 60 is no time", ["greater_than", "2026-01-01T10:60:00Z", "2026-01-01"], false],
    ["second 60 is no time", ["greater_than", "2026-01-01T10:00:60Z", "2026-01-01"], false],
    // The same, in the other notations the pattern lets through: Date.parse must refuse each, not roll it over
    ["month 13 with lower-case t, no seconds and an offset without a colon", ["greater_than", "2026-13-01t10:00+0100", "2026-01-01"], false],
    ["month 00 with a space and no offset", ["less_than", "2026-00-10 10:00:00", "2026-01-01"], false],
    ["day 00 with lower-case t and z", ["less_than", "2026-01-00t10:00:00z", "2026-01-02"], false],
    ["day 32 with a fraction and an offset", ["greater_than", "2026-01-32T10:00:00.5+01:00", "2026-01-01"], false],
    ["minute 60 without seconds or offset", ["greater_than", "2026-01-01 10:60", "2026-01-01"], false],
    ["minute 60 with an offset without a colon", ["greater_than", "2026-01-01T10:60:00-0100", "2026-01-01"], false],
    ["second 60 with a fraction and no offset", ["greater_than", "2026-01-01t10:00:60.5", "2026-01-01"], false],
    ["second 60 with an offset", ["greater_than", "2026-01-01T10:00:60+01:00", "2026-01-01"], false],
    ["text around a date is no date", ["greater_than", "on 2026-01-02", "2026-01-01"], false],
    ["text after a date is no date", ["greater_than", "2026-01-02 or so", "2026-01-01"], false],
    ["spaces around a date", ["greater_than", " 2026-01-02 ", "2026-01-01"], true],
    ["spaces after a date", ["greater_than", "2026-01-02  ", "2026-01-01"], true],
    ["spaces around a date-time", ["equals", " 2026-01-02T10:00:00Z\t", "2026-01-02T10:00:00Z"], true],
    ["a date vs a number", ["greater_than", "2026-01-02", 5], false],
  ]))("%s", (_name, [operator, a, b], expected) => {
    expect(compare(operator as ConditionOperator, "x", a, b)).toBe(expected);
  });

  test("without an offset a date-time is UTC, whatever the machine's time zone", () => {
    const tz = process.env.TZ;
    process.env.TZ = "America/New_York";
    try {
      expect(compare("equals", "x", "2026-11-23T09:15:00", "2026-11-23T09:15:00Z")).toBe(true);
      expect(compare("equals", "x", "2026-11-23", "2026-11-23T00:00:00Z")).toBe(true);
      expect(compare("less_than", "x", "2026-11-23T09:15:00", "2026-11-23T09:15:00-01:00")).toBe(true);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });
});

test("compare: only a severity text ranks, not a list holding one (a list's property key is its text)", () => {
  expect(compare("less_than", "severity", ["minor"], "major")).toBe(false);
  expect(compare("greater_than", "severity", "critical", ["major"])).toBe(false);
});

describe("compare: numbers", () => {
  test.each(named<[string, unknown, unknown]>([
    ["padded numeric strings", ["equals", " 12 ", 12], true],
    ["signs and exponents", ["equals", "+1.5e2", "150"], true],
    ["a leading dot", ["equals", ".5", 0.5], true],
    ["a trailing dot", ["equals", "5.", 5], true],
    ["negative numbers order", ["less_than", "-3", -2], true],
    ["numbers, not text, order", ["greater_than", "10", "9"], true],
    ["a number with text after it is text", ["equals", "12abc", 12], false],
    ["a number with text before it is text", ["equals", "abc12", 12], false],
    // Number() reads these, the comparison must not
    ["hex text is no number", ["equals", "0x10", 16], false],
    ["binary text is no number", ["greater_than", "0b11", 2], false],
    ["octal text is no number", ["less_than", "0o17", 16], false],
    ["Infinity is no number", ["greater_than", "Infinity", 5], false],
    ["a non-finite number does not order", ["greater_than", Number.POSITIVE_INFINITY, 5], false],
    ["an overflowing numeric string does not order", ["greater_than", "1e999", 5], false],
    ["an empty string is no number", ["less_than", "", 5], false],
    ["a fraction with several digits after a leading dot", ["equals", ".55", 0.55], true],
    ["a negative exponent", ["equals", "1e-3", 0.001], true],
    ["an exponent of several digits", ["equals", "1e10", 10_000_000_000], true],
    ["a missing value equals nothing, not even another missing value", ["equals", undefined, undefined], false],
    ["a missing value is in no list", ["in", undefined, [undefined]], false],
  ]))("%s", (_name, [operator, a, b], expected) => {
    expect(compare(operator as ConditionOperator, "x", a, b)).toBe(expected);
  });
});
