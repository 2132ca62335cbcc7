import { expect, test } from "bun:test";
import { credentialFrom } from "./auth.ts";

test.each([
  [{ authorization: "Bearer tw_live_abc" }, "tw_live_abc"],
  [{ authorization: "bearer   tw_live_abc  " }, "tw_live_abc"],
  [{ authorization: "Basic dXNlcjpwYXNz" }, ""],
  [{ authorization: "Bearer" }, ""],
  [{ authorization: "Bearer a b" }, ""],
  [{ "x-api-key": "tw_live_abc" }, "tw_live_abc"],
  [{}, null],
])("credentialFrom(%p) → %p", (headers, want) => {
  expect(credentialFrom(new Headers(headers as Record<string, string>))).toBe(want);
});
