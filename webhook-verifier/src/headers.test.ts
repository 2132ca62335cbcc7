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
  // Exactly 13 digits get the hint; other bad values get the plain message.
  expect(() => parseTimestamp("10000000000000")).toThrow(
    /^\[@tripwire\/webhook-verifier\] header webhook-timestamp must be Unix seconds \(1 to 12 digits\); got "10000000000000"\.$/,
  );
  for (const bad of ["x1000000000000", "1000000000000x", "-1000000000000"]) {
    expect(() => parseTimestamp(bad)).toThrow(`must be Unix seconds (1 to 12 digits); got "${bad}".`);
    expect(() => parseTimestamp(bad)).not.toThrow(/milliseconds/);
  }
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
  for (const missing of [undefined, null, "webhook-id: evt_1", 5]) {
    // The verifier's own TypeError, which says what to pass; not whatever reading a property of undefined throws.
    expect(() => readSignatureHeaders(missing as never, { requireTimestamp: false })).toThrow(TypeError);
    expect(() => readSignatureHeaders(missing as never, { requireTimestamp: false })).toThrow(/headers is required: pass req.headers/);
  }
});

const STANDARD = { "webhook-id": "evt_1", "webhook-timestamp": "17", "webhook-signature": "v1,x" } as const;

test("readSignatureHeaders: any one or two of the three Standard Webhooks headers never fall back to X-Tripwire-Signature", () => {
  const names = Object.keys(STANDARD) as (keyof typeof STANDARD)[];
  for (let subset = 1; subset < 7; subset++) {
    const present = names.filter((_, i) => subset & (1 << i));
    const missing = names.filter((n) => !present.includes(n));
    const headers: Record<string, string> = { "x-tripwire-signature": "ab" };
    for (const n of present) headers[n] = STANDARD[n];
    for (const requireTimestamp of [false, true]) {
      let error: unknown;
      try {
        readSignatureHeaders(headers, { requireTimestamp });
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(WebhookVerificationError);
      expect((error as WebhookVerificationError).code).toBe("missing_header");
      expect((error as Error).message).toBe(
        `[@tripwire/webhook-verifier] missing ${missing.join(" and ")}: Tripwire sends webhook-id, webhook-timestamp and ` +
          "webhook-signature together, so a proxy or load balancer between Tripwire and this app is probably dropping headers.",
      );
    }
  }
});

test("readSignatureHeaders: spaces and tabs on either side of a value are not part of it", () => {
  for (const [id, ts] of [
    [" evt_1", "17 "],
    ["evt_1 ", " 17"],
    ["\tevt_1", "17\t"],
    ["evt_1\t", "\t17"],
    [" \t evt_1 \t", "17"],
  ]) {
    const parsed = readSignatureHeaders({ ...STANDARD, "webhook-id": id!, "webhook-timestamp": ts! }, { requireTimestamp: false });
    expect(parsed).toMatchObject({ id: "evt_1", timestamp: "17", seconds: 17 });
  }
  expect(readSignatureHeaders({ "x-tripwire-signature": " ab\t" }, { requireTimestamp: false })).toEqual({ scheme: "tripwire", signature: "ab" });
  // Only the ends: spaces between entries still separate them.
  const rotated = readSignatureHeaders({ ...STANDARD, "webhook-signature": " v1,a v1,b\t" }, { requireTimestamp: false });
  expect(rotated).toMatchObject({ v1: ["a", "b"] });
});

test("readSignatureHeaders: a header repeated with the same value is that value; with different values it is malformed", () => {
  const same = readSignatureHeaders({ ...STANDARD, "webhook-id": ["evt_1", "evt_1"], "webhook-timestamp": ["17", " 17"] }, { requireTimestamp: false });
  expect(same).toMatchObject({ id: "evt_1", timestamp: "17" });
  expect(() => readSignatureHeaders({ ...STANDARD, "webhook-id": ["evt_1", "evt_2"] }, { requireTimestamp: false })).toThrow(
    "header webhook-id was sent 2 times with different values; a delivery carries it once.",
  );
  expect(() => readSignatureHeaders({ ...STANDARD, "webhook-id": ["", " "] }, { requireTimestamp: false })).toThrow("header webhook-id is present but empty.");
  // Node's IncomingHttpHeaders shape with no value at all.
  expect(() => readSignatureHeaders({ ...STANDARD, "webhook-id": [] }, { requireTimestamp: false })).toThrow("header webhook-id is present but empty.");
  expect(() => readSignatureHeaders({ ...STANDARD, "webhook-signature": " \t " }, { requireTimestamp: false })).toThrow(
    "header webhook-signature is present but empty.",
  );
  expect(readSignatureHeaders({ "x-tripwire-signature": ["ab", "ab"] }, { requireTimestamp: false })).toEqual({ scheme: "tripwire", signature: "ab" });
});

test("readSignatureHeaders: only X-Tripwire-Signature, or none at all", () => {
  expect(() => readSignatureHeaders({ "x-tripwire-signature": "ab" }, { requireTimestamp: true })).toThrow(
    "[@tripwire/webhook-verifier] requireTimestamp is set, but this delivery only has X-Tripwire-Signature (no webhook-id, " +
      "webhook-timestamp, webhook-signature). Check that your proxy forwards the webhook-* headers.",
  );
  expect(() => readSignatureHeaders({ "content-type": "application/json" }, { requireTimestamp: false })).toThrow(
    "[@tripwire/webhook-verifier] no signature headers: expected webhook-id, webhook-timestamp and webhook-signature " +
      "(Standard Webhooks) or X-Tripwire-Signature. Is this request from Tripwire, and does your proxy forward these headers?",
  );
  expect(() => readSignatureHeaders({}, { requireTimestamp: true })).toThrow(/\] no signature headers/);
});

test("readSignatureHeaders reads a Headers object and mixed-case keys", () => {
  const h = new Headers({ "Webhook-Id": "evt_1", "Webhook-Timestamp": "17", "Webhook-Signature": "v1,a v1,b" });
  expect(readSignatureHeaders(h, { requireTimestamp: true })).toEqual({
    scheme: "standard-webhooks",
    id: "evt_1",
    timestamp: "17",
    seconds: 17,
    v1: ["a", "b"],
    otherVersions: [],
  });
  expect(readSignatureHeaders(new Headers({ "X-Tripwire-Signature": "ab" }), { requireTimestamp: false })).toEqual({ scheme: "tripwire", signature: "ab" });
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
