import { afterEach, beforeEach, expect, test } from "bun:test";
import { MAX_DELAY_MS } from "../../workflow/actions/delay.ts";
import { delayAction as action } from "./delay.ts";
import { type Fixture, fixture, issues, NOW } from "./test-support.ts";

let f: Fixture;
beforeEach(async () => {
  f = await fixture();
});
afterEach(() => f.close());

test("waits the given seconds from now", async () => {
  expect(await f.run(action, { seconds: 300 })).toEqual({ kind: "wait", untilMs: NOW + 300_000, recheck: false });
});

test("waits an ISO 8601 duration, and passes recheck_conditions on", async () => {
  expect(await f.run(action, { duration: "PT15M", recheck_conditions: true })).toEqual({ kind: "wait", untilMs: NOW + 15 * 60_000, recheck: true });
  expect(await f.run(action, { duration: "P1DT2H" })).toEqual({ kind: "wait", untilMs: NOW + 26 * 3_600_000, recheck: false });
});

test("seconds from a template are read as a number after rendering", async () => {
  expect(issues(action, { seconds: "{{payload.wait}}" })).toEqual([]);
  expect(await f.run(action, { seconds: "90" })).toEqual({ kind: "wait", untilMs: NOW + 90_000, recheck: false });
  expect(issues(action, { seconds: "soon" })).toEqual(["seconds: Must be a number, or a template."]);
  await expect(action.run({ seconds: "soon" }, f.ctx())).rejects.toThrow('seconds must be a number; got "soon".');
});

test("takes exactly one of seconds and duration", async () => {
  expect(issues(action, {})).toEqual([": Set exactly one of seconds or duration."]);
  expect(issues(action, { seconds: 5, duration: "PT5S" })).toEqual([": Set exactly one of seconds or duration."]);
});

test("delays are 1 second to 30 days, checked at activation and after rendering", async () => {
  expect(issues(action, { seconds: 0 })).toEqual(["seconds: Delays are 1 second to 30 days."]);
  expect(issues(action, { seconds: 30 * 86_400 + 1 })).toEqual(["seconds: Delays are 1 second to 30 days."]);
  expect(issues(action, { duration: "P31D" })).toEqual(["duration: Delays are 1 second to 30 days."]);
  expect(issues(action, { seconds: 30 * 86_400 })).toEqual([]);
  expect(await f.run(action, { duration: "P30D" })).toMatchObject({ untilMs: NOW + MAX_DELAY_MS });
  expect(issues(action, { seconds: "0.2" })).toEqual(["seconds: Delays are 1 second to 30 days."]);
  await expect(action.run({ seconds: "0.2" }, f.ctx())).rejects.toThrow("Delays are 1 second to 30 days. Got 0.2 seconds.");
});

test("a malformed or calendar duration is refused with the parser's message", async () => {
  expect(issues(action, { duration: "5 minutes" })).toEqual(['duration: "5 minutes" is not an ISO 8601 duration such as PT5M, PT90S or P1DT2H.']);
  expect(issues(action, { duration: "P1M" })).toEqual([expect.stringMatching(/^duration: .*years or months/)]);
  expect(issues(action, { duration: "PT{{payload.minutes}}M" })).toEqual([]);
  await expect(action.run({ duration: "PTM" }, f.ctx())).rejects.toThrow("is not an ISO 8601 duration");
});

test("recheck_conditions is a plain boolean (the runner reads it from the definition)", () => {
  expect(issues(action, { seconds: 5, recheck_conditions: "true" })).toEqual([expect.stringMatching(/^recheck_conditions: /)]);
});
