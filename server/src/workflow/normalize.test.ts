import { describe, expect, test } from "bun:test";
import { ApiError } from "../errors.ts";
import { zWorkflowCreate, zWorkflowUpdate } from "../generated/zod.gen.ts";
import type { WorkflowCreateInput, WorkflowUpdateInput } from "../types.ts";
import { normalizeDefinition } from "./normalize.ts";

const actions = [{ type: "add_label", label: "sev1" }];
const create = (body: unknown): WorkflowCreateInput => zWorkflowCreate.parse(body);
const update = (body: unknown): WorkflowUpdateInput => zWorkflowUpdate.parse(body);

function validationPointers(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof ApiError && e.status === 422) return (e.extra.errors ?? []).map((x) => x.pointer);
    throw e;
  }
  throw new Error("expected a validation error");
}

describe("normalizeDefinition: create", () => {
  test.each([
    ["a trigger type string becomes an object", { trigger: "incident.created" }, { type: "incident.created" }],
    ["a trigger object is kept", { trigger: { type: "incident.created" } }, { type: "incident.created" }],
    [
      "top-level schedule moves into the trigger, no timezone is invented",
      { trigger: "scheduled", schedule: "0 9 * * *" },
      { type: "scheduled", schedule: "0 9 * * *" },
    ],
    [
      "top-level timezone moves into the trigger",
      { trigger: { type: "scheduled", schedule: "0 9 * * *" }, timezone: "Europe/Paris" },
      { type: "scheduled", schedule: "0 9 * * *", timezone: "Europe/Paris" },
    ],
    [
      "the same schedule in both places is fine",
      { trigger: { type: "scheduled", schedule: "0 9 * * *", timezone: "UTC" }, schedule: "0 9 * * *", timezone: "UTC" },
      { type: "scheduled", schedule: "0 9 * * *", timezone: "UTC" },
    ],
    [
      "a scheduled trigger's own timezone is kept",
      { trigger: { type: "scheduled", schedule: "0 9 * * *", timezone: "Asia/Tokyo" } },
      { type: "scheduled", schedule: "0 9 * * *", timezone: "Asia/Tokyo" },
    ],
    [
      "a schedule on another trigger is carried over as given (validation rejects it)",
      { trigger: "manual", schedule: "0 9 * * *" },
      { type: "manual", schedule: "0 9 * * *" },
    ],
  ] as const)("%s", (_name, body, trigger) => {
    const out = normalizeDefinition(create({ name: "W", actions, ...body }));
    expect(out.trigger).toEqual(trigger);
    expect("schedule" in out).toBe(false);
    expect("timezone" in out).toBe(false);
  });

  test("keeps every other field as given, without filling defaults", () => {
    const conditions = { operator: "AND" as const, conditions: [{ field: "severity", operator: "equals" as const, value: "critical" }] };
    expect(normalizeDefinition(create({ name: "W", trigger: "manual", actions, conditions, state: "active" }))).toEqual({
      name: "W",
      trigger: { type: "manual" },
      actions,
      conditions,
      state: "active",
    });
  });

  test.each([
    ["schedule disagrees", { trigger: { type: "scheduled", schedule: "0 9 * * *" }, schedule: "0 10 * * *" }, ["#/schedule"]],
    [
      "timezone disagrees",
      { trigger: { type: "scheduled", schedule: "0 9 * * *", timezone: "UTC" }, timezone: "Europe/Paris" },
      ["#/timezone"],
    ],
    [
      "both disagree: both reported",
      { trigger: { type: "scheduled", schedule: "0 9 * * *", timezone: "UTC" }, schedule: "1 9 * * *", timezone: "Europe/Paris" },
      ["#/schedule", "#/timezone"],
    ],
  ] as const)("%s → 422 at the shorthand", (_name, body, pointers) => {
    expect(validationPointers(() => normalizeDefinition(create({ name: "W", actions, ...body })))).toEqual([...pointers]);
  });

  test("does not change its input", () => {
    const input = create({ name: "W", actions, trigger: { type: "scheduled" }, schedule: "0 9 * * *" });
    const copy = structuredClone(input);
    normalizeDefinition(input);
    expect(input).toEqual(copy);
  });
});

describe("normalizeDefinition: update", () => {
  const current = { trigger: { type: "scheduled" as const, schedule: "0 9 * * *", timezone: "Europe/Paris" } };

  test.each([
    ["only the name: nothing else appears", { name: "New" }, undefined, { name: "New" }],
    ["a trigger string replaces the trigger", { trigger: "incident.updated" }, current, { trigger: { type: "incident.updated" } }],
    [
      "a new scheduled trigger does not inherit the old timezone",
      { trigger: { type: "scheduled", schedule: "0 8 * * *" } },
      current,
      { trigger: { type: "scheduled", schedule: "0 8 * * *" } },
    ],
    [
      "schedule alone patches the current trigger",
      { schedule: "30 7 * * 1-5" },
      current,
      { trigger: { type: "scheduled", schedule: "30 7 * * 1-5", timezone: "Europe/Paris" } },
    ],
    [
      "timezone alone patches the current trigger",
      { timezone: "America/New_York" },
      current,
      { trigger: { type: "scheduled", schedule: "0 9 * * *", timezone: "America/New_York" } },
    ],
    ["schedule alone without the current trigger is left to the caller", { schedule: "30 7 * * *" }, undefined, {}],
    ["conditions null clears them", { conditions: null }, current, { conditions: null }],
  ] as const)("%s", (_name, body, cur, expected) => {
    expect(normalizeDefinition(update(body), cur)).toEqual(expected);
  });

  test("does not change the current trigger it patches", () => {
    const cur = structuredClone(current);
    normalizeDefinition(update({ schedule: "1 1 * * *" }), cur);
    expect(cur).toEqual(current);
  });

  test("a disagreeing shorthand is rejected on update too", () => {
    expect(
      validationPointers(() => normalizeDefinition(update({ trigger: { type: "scheduled", schedule: "0 9 * * *" }, schedule: "5 9 * * *" }))),
    ).toEqual(["#/schedule"]);
  });
});
