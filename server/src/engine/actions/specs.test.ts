import { expect, test } from "bun:test";
import { ACTION_SPECS } from "../../workflow/actions/index.ts";
import { ACTIONS } from "./index.ts";

test("the engine runs exactly the actions definitions know of, in catalog order, each with its own spec", () => {
  expect(Object.keys(ACTIONS)).toEqual(Object.keys(ACTION_SPECS));
  for (const [type, module] of Object.entries(ACTIONS)) {
    const spec = ACTION_SPECS[type]!;
    expect(module.config).toBe(spec.config);
    expect(module.fields).toBe(spec.fields);
    expect([module.description, module.effects, module.validate]).toEqual([spec.description, spec.effects, spec.validate]);
  }
});
