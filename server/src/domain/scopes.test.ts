import { expect, test } from "bun:test";
import { hasScope, missingScopes } from "./scopes.ts";

test("* grants everything; otherwise the exact scope is needed", () => {
  expect(hasScope(["*"], "incidents:write")).toBe(true);
  expect(hasScope(["incidents:read"], "incidents:read")).toBe(true);
  expect(hasScope(["incidents:read"], "incidents:write")).toBe(false);
});

test("a creator can only grant what it holds", () => {
  expect(missingScopes(["*"], ["*", "events:read"])).toEqual([]);
  expect(missingScopes(["incidents:read", "api_keys:write"], ["incidents:read", "incidents:write", "*"])).toEqual(["incidents:write", "*"]);
});
