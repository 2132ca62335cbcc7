import { expect, test } from "bun:test";
import { WebhookVerificationError } from "./errors.ts";
import { parseSignatureList, parseTimestamp, readSignatureHeaders } from "./headers.ts";

test("parseSignatureList keeps v1 values as received and sets other versions aside", () => {
  expect(parseSignatureList("v1,abc= v1a,xyz v2,q  v1,  v1")).toEqual({ v1: ["abc=", "", ""], otherVersions: ["v1a", "v2"] });
  expect(parseSignatureList("\tv1,a\t v1,b ")).toEqual({ v1: ["a", "b"], otherVersions: [] });
});

test("parseTimestamp accepts 1 to 12 digits only, and says when a value looks like milliseconds", () => {
  expect(parseTimestamp("0")).toBe(0);
  expect(parseTimestamp("999999999999")).toBe(999_999_999_999);
  expect(() => parseTimestamp("1000000000000")).toThrow(/looks like milliseconds/);
  for (const bad of ["", "-1", "1.5", "1e3", " 1", "Infinity", "NaN", "٣"]) {
    expect(() => parseTimestamp(bad)).toThrow(WebhookVerificationError);
  }
});

test("readSignatureHeaders prefers the Standard Webhooks headers and keeps the timestamp string as sent", () => {
  const parsed = readSignatureHeaders(
    { "Webhook-Id": "evt_1", "WEBHOOK-TIMESTAMP": "0017", "webhook-signature": "v1,x", "x-tripwire-signature": "ab" },
    { requireTimestamp: false },
  );
  expect(parsed).toEqual({ scheme: "standard-webhooks", id: "evt_1", timestamp: "0017", seconds: 17, v1: ["x"], otherVersions: [] });
});

test("readSignatureHeaders: a non-string header value is malformed, a missing headers object is a TypeError", () => {
  expect(() => readSignatureHeaders({ "x-tripwire-signature": 5 as never }, { requireTimestamp: false })).toThrow(/must be a string/);
  expect(() => readSignatureHeaders(undefined as never, { requireTimestamp: false })).toThrow(TypeError);
});

test("error messages quote header values JSON-escaped and truncated", () => {
  const long = "1\n" + "x".repeat(100);
  try {
    parseTimestamp(long);
    throw new Error("unreachable");
  } catch (err) {
    expect((err as Error).message).toContain('"1\\nxxx');
    expect((err as Error).message).not.toContain("x".repeat(60));
  }
});
