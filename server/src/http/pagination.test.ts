import { expect, test } from "bun:test";
import { ApiError } from "../errors.ts";
import { decodeCursor, envelope } from "./pagination.ts";

test("next_cursor round-trips to the last id of the page", () => {
  const page = envelope({ items: [{ id: "inc_01M83XXQCFS30DJY7A7AE63ZY4" }], nextAfter: "inc_01M83XXQCFS30DJY7A7AE63ZY4" });
  expect(page.next_cursor).not.toContain("inc_");
  expect(decodeCursor(page.next_cursor!)).toBe("inc_01M83XXQCFS30DJY7A7AE63ZY4");
});

test("the last page has next_cursor null", () => {
  expect(envelope({ items: [], nextAfter: null })).toEqual({ data: [], next_cursor: null });
});

test.each(["garbage", "", Buffer.from("x' OR 1=1 --").toString("base64url")])("a cursor we did not issue (%p) is a 422 on #/cursor", (c) => {
  try {
    decodeCursor(c);
    throw new Error("expected a throw");
  } catch (e) {
    expect(e).toBeInstanceOf(ApiError);
    expect((e as ApiError).status).toBe(422);
    expect((e as ApiError).extra.errors?.[0]?.pointer).toBe("#/cursor");
  }
});
