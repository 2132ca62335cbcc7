import { expect, test } from "bun:test";
import { z } from "zod";
import { fieldErrors, pointer } from "./problem.ts";

test("pointer escapes ~ and / per RFC 6901", () => {
  expect(pointer([])).toBe("#");
  expect(pointer(["a", 0, "b/c", "d~e"])).toBe("#/a/0/b~1c/d~0e");
});

test("field errors: one entry per field, readable details", () => {
  const schema = z.strictObject({ name: z.string().min(2).regex(/^[a-z]+$/), kind: z.enum(["a", "b"]), n: z.number() });
  const r = schema.safeParse({ name: "X", kind: "c", extra: true });
  expect(r.success).toBe(false);
  const errs = fieldErrors("body", r.error!.issues);
  expect(errs.map((e) => e.pointer).sort()).toEqual(["#", "#/kind", "#/n", "#/name"]);
  expect(errs.find((e) => e.pointer === "#/kind")!.detail).toBe("Must be one of a, b.");
  expect(errs.find((e) => e.pointer === "#/n")!.detail).toBe("Required.");
  expect(errs.find((e) => e.pointer === "#")!.detail).toBe("Unknown field: extra.");
});

test("a wrong-typed field says what was expected and what came; a missing one says it is required", () => {
  const schema = z.strictObject({
    title: z.string(),
    labels: z.array(z.string()),
    details: z.record(z.string(), z.unknown()),
    nested: z.object({ n: z.int() }),
    either: z.union([z.object({ a: z.string() }), z.enum(["x", "y"])]),
    gone: z.string(),
  });
  const input = { title: 123, labels: {}, details: [], nested: { n: "5" }, either: 7 };
  const r = schema.safeParse(input, { reportInput: true });
  const by = Object.fromEntries(fieldErrors("body", r.error!.issues).map((e) => [e.pointer, e.detail]));
  expect(by).toEqual({
    "#/title": "Expected string, got number.",
    "#/labels": "Expected array, got object.",
    "#/details": "Expected object, got array.",
    "#/nested/n": "Expected number, got string.",
    "#/either": "Expected object or one of x, y, got number.",
    "#/gone": "Required.",
  });
  // Only the type is told, never the value (it may be a secret).
  expect(JSON.stringify(by)).not.toContain("123");
});
