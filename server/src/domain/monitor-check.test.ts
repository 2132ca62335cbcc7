import { expect, test } from "bun:test";
import { judge, nextState } from "./monitor-check.ts";

const rules = { expected_status_codes: ["2xx", 301] as (number | string)[], keyword: null as string | null, keyword_mode: "must_contain" as const };
const answered = (status: number, body: string | null = "") => ({ ok: true as const, status, durationMs: 5, body });

test("judge: status classes and exact codes, keyword rules both ways, network failures keep their class", () => {
  expect(judge(rules, answered(204))).toMatchObject({ outcome: "up", error_class: null, status_code: 204 });
  expect(judge(rules, answered(301))).toMatchObject({ outcome: "up" });
  expect(judge(rules, answered(302))).toMatchObject({ outcome: "down", error_class: "status", error: "Expected status 2xx, 301; got 302." });
  expect(judge({ ...rules, keyword: "ok" }, answered(200, "all ok"))).toMatchObject({ outcome: "up" });
  expect(judge({ ...rules, keyword: "ok" }, answered(200, "degraded"))).toMatchObject({ outcome: "down", error_class: "keyword" });
  expect(judge({ ...rules, keyword: "ok" }, answered(200, null))).toMatchObject({ outcome: "down", error_class: "keyword" });
  expect(judge({ ...rules, keyword: "error", keyword_mode: "must_not_contain" as never }, answered(200, "an error"))).toMatchObject({ outcome: "down", error_class: "keyword" });
  expect(judge(rules, { ok: false, errorClass: "tls", error: "TLS failed", durationMs: 3, status: null })).toEqual({ outcome: "down", status_code: null, error_class: "tls", error: "TLS failed", duration_ms: 3 });
});

test("nextState: pending → up at once; down after `confirmation` failures in a row; up after `recovery` successes in a row", () => {
  const m = { state: "pending" as const, failures: 0, successes: 0, confirmation: 3, recovery: 2 };
  expect(nextState(m, "up")).toEqual({ state: "up", failures: 0, successes: 1 });
  let s = { ...m, state: "up" as "up" | "down" | "pending" | "paused", failures: 0, successes: 5 };
  for (const expected of ["up", "up", "down"]) {
    s = { ...s, ...nextState(s, "down") };
    expect(s.state).toBe(expected as never);
  }
  // A success in between resets the count (flap protection).
  expect(nextState({ ...m, state: "up", failures: 2 }, "up")).toEqual({ state: "up", failures: 0, successes: 1 });
  expect(nextState({ ...m, state: "down", successes: 0 }, "up").state).toBe("down");
  expect(nextState({ ...m, state: "down", successes: 1 }, "up").state).toBe("up");
  expect(nextState({ ...m, state: "down", successes: 1 }, "down")).toEqual({ state: "down", failures: 1, successes: 0 });
  // A new monitor that never answered goes down after `confirmation` failures too.
  expect(nextState({ ...m, failures: 2 }, "down").state).toBe("down");
});
