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
