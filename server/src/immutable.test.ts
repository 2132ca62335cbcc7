import { expect, test } from "bun:test";
import { freezeDeep, isFrozenDeep } from "./immutable.ts";

test("freezeDeep freezes nested objects and arrays, and only its results count as deeply frozen", () => {
  const v = freezeDeep({ id: "inc_1", labels: { team: "db" }, service_ids: ["svc_1"] });
  expect(isFrozenDeep(v)).toBe(true);
  expect(() => {
    (v as { id: string }).id = "x";
  }).toThrow(TypeError);
  expect(() => (v.service_ids as string[]).push("svc_2")).toThrow(TypeError);
  expect(() => {
    (v.labels as Record<string, string>).team = "web";
  }).toThrow(TypeError);
  expect(v).toEqual({ id: "inc_1", labels: { team: "db" }, service_ids: ["svc_1"] });
  // Shallowly frozen is not enough: its contents could still change.
  expect(isFrozenDeep(Object.freeze({ labels: {} }))).toBe(false);
  expect(isFrozenDeep("text")).toBe(false);
});
