import { expect, test } from "bun:test";
import { MAX_JSON_DEPTH, tooDeepAt } from "./json-depth.ts";

const nested = (n: number) => "[".repeat(n) + "]".repeat(n);

test("up to the limit passes; one more level is refused with the pointer of the level past it", () => {
  expect(tooDeepAt(nested(MAX_JSON_DEPTH))).toBeNull();
  expect(tooDeepAt(nested(MAX_JSON_DEPTH + 1))).toBe("#" + "/0".repeat(MAX_JSON_DEPTH));
  expect(tooDeepAt('{"a":[1,{"b~/":[[[]]]}]}', 4)).toBe("#/a/1/b~0~1/0");
  expect(tooDeepAt('{"x":1,"y":{"z":{}}}', 2)).toBe("#/y/z");
});

test("brackets and quotes inside strings do not count", () => {
  const s = JSON.stringify({ a: "[".repeat(500) + '\\"{'.repeat(500) });
  expect(tooDeepAt(s, 2)).toBeNull();
  expect(tooDeepAt(JSON.stringify({ 'k"[': [["x"]] }), 2)).toBe('#/k"[/0');
});

test("50,000 levels are refused without recursion, quickly", () => {
  const started = performance.now();
  expect(tooDeepAt('{"details":' + nested(50_000) + "}")).toStartWith("#/details/0/0");
  expect(tooDeepAt('{"a":'.repeat(50_000) + "1" + "}".repeat(50_000))).toBe("#" + "/a".repeat(MAX_JSON_DEPTH));
  expect(performance.now() - started).toBeLessThan(500);
});
