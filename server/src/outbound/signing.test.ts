import { describe, expect, test } from "bun:test";
import { createHmac } from "node:crypto";
import { Webhook as StandardWebhook } from "standardwebhooks";
import { Webhook as SvixWebhook } from "svix";
import { generateWebhookSecret, isValidWebhookSecret, signDelivery, tripwireSignature } from "./signing.ts";

// Standard Webhooks reference vector, shared by its JS/Python/Go/C#/Java/PHP suites and Svix's server tests.
const SW = {
  secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
  id: "msg_p5jXN8AQM9LWM0D4loKWxJek",
  timestampSec: 1614265330,
  body: '{"test": 2432232314}',
  signature: "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
};

describe("signDelivery", () => {
  test("produces the Standard Webhooks reference signature and echoes id and timestamp", () => {
    const h = signDelivery({ id: SW.id, timestampSec: SW.timestampSec, body: SW.body, secrets: [SW.secret] });
    expect(h["webhook-signature"]).toBe(SW.signature);
    expect(h["webhook-id"]).toBe(SW.id);
    expect(h["webhook-timestamp"]).toBe("1614265330");
  });

  test("signs with every secret during rotation, current first", () => {
    const previous = generateWebhookSecret();
    const h = signDelivery({ id: SW.id, timestampSec: SW.timestampSec, body: SW.body, secrets: [SW.secret, previous] });
    const entries = h["webhook-signature"]!.split(" ");
    expect(entries).toHaveLength(2);
    expect(entries[0]).toBe(SW.signature);
    expect(entries[1]).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    expect(entries[1]).not.toBe(SW.signature);
  });

  test("x-tripwire-signature is keyed with the current secret's whole string, whsec_ prefix included", () => {
    const body = '{"event":"incident.created","data":{"id":"inc_1","title":"Café ☕"}}';
    const previous = generateWebhookSecret();
    const h = signDelivery({ id: "evt_1", timestampSec: 1_700_000_000, body, secrets: [SW.secret, previous] });
    const independent = createHmac("sha256", new TextEncoder().encode(SW.secret)).update(new TextEncoder().encode(body)).digest("hex");
    expect(h["x-tripwire-signature"]).toBe(independent);
  });

  test("refuses inputs that would produce unverifiable signatures", () => {
    const ok = { id: "evt_1", timestampSec: 1_700_000_000, body: "{}", secrets: [SW.secret] };
    expect(() => signDelivery({ ...ok, secrets: [] })).toThrow(/at least one secret/);
    expect(() => signDelivery({ ...ok, secrets: [SW.secret, "not-a-secret"] })).toThrow(/malformed/);
    expect(() => signDelivery({ ...ok, id: "evt.1" })).toThrow(/id/);
    expect(() => signDelivery({ ...ok, id: "" })).toThrow(/id/);
    expect(() => signDelivery({ ...ok, timestampSec: 1.5 })).toThrow(/timestamp/);
  });

  test.each([
    ["a space", "evt 1"],
    ["a CR/LF", "evt_1\r\nX-Injected: 1"],
    ["a trailing LF", "evt_1\n"],
    ["a tab", "evt\t1"],
    ["a non-ASCII letter", "évt_1"],
    ["a DEL", "evt_1\x7f"],
  ])("refuses an id with %s (it would not survive as one header value)", (_name, id) => {
    expect(() => signDelivery({ id, timestampSec: 1_700_000_000, body: "{}", secrets: [SW.secret] })).toThrow(/Webhook id must be printable ASCII/);
  });

  test("accepts every printable ASCII character but '.' in an id", () => {
    const id = Array.from({ length: 0x7e - 0x21 + 1 }, (_, i) => String.fromCharCode(0x21 + i)).filter((c) => c !== ".").join("");
    expect(signDelivery({ id, timestampSec: 1, body: "{}", secrets: [SW.secret] })["webhook-id"]).toBe(id);
  });

  test.each([-1, -1_700_000_000, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])("refuses timestamp %p", (timestampSec) => {
    expect(() => signDelivery({ id: "evt_1", timestampSec, body: "{}", secrets: [SW.secret] })).toThrow(/Webhook timestamp must be whole Unix seconds/);
  });

  test("accepts timestamp 0 and the largest safe integer", () => {
    expect(signDelivery({ id: "evt_1", timestampSec: 0, body: "{}", secrets: [SW.secret] })["webhook-timestamp"]).toBe("0");
    const max = Number.MAX_SAFE_INTEGER;
    expect(signDelivery({ id: "evt_1", timestampSec: max, body: "{}", secrets: [SW.secret] })["webhook-timestamp"]).toBe(String(max));
  });

  test("a malformed secret's message names the expected format and never the secret", () => {
    const bad = "whsec_not-base64-at-all!";
    let message = "";
    try {
      signDelivery({ id: "evt_1", timestampSec: 1, body: "{}", secrets: [bad] });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toBe("A webhook secret is malformed (expected whsec_ + base64 of 24 to 64 bytes).");
  });
});

describe("tripwireSignature", () => {
  test("matches GitHub's published X-Hub-Signature-256 vector", () => {
    expect(tripwireSignature("It's a Secret to Everybody", "Hello, World!")).toBe(
      "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17",
    );
  });
});

describe("interop with the consumer libraries", () => {
  // Both libraries enforce a 300 s tolerance against the real clock, so sign "now".
  const now = () => Math.floor(Date.now() / 1000);
  const body = '{"event":"incident.created","timestamp":"2026-01-01T00:00:00.000Z","data":{"id":"inc_123","title":"Caf\\u00e9 ☕"}}';

  test("standardwebhooks verifies with the current secret and with the previous one during rotation", () => {
    const current = generateWebhookSecret();
    const previous = generateWebhookSecret();
    const h = signDelivery({ id: "evt_01J", timestampSec: now(), body, secrets: [current, previous] });
    expect(new StandardWebhook(current).verify(body, h)).toEqual(JSON.parse(body));
    expect(new StandardWebhook(previous).verify(body, h)).toEqual(JSON.parse(body));
    expect(() => new StandardWebhook(generateWebhookSecret()).verify(body, h)).toThrow(/No matching signature/);
  });

  test("svix verifies the same headers", () => {
    const secret = generateWebhookSecret();
    const h = signDelivery({ id: "evt_01J", timestampSec: now(), body, secrets: [secret] });
    expect(() => new SvixWebhook(secret).verify(body, h)).not.toThrow();
    expect(() => new SvixWebhook(secret).verify(body.replace("inc_123", "inc_124"), h)).toThrow();
  });
});

describe("webhook secrets", () => {
  test("generated secrets are whsec_ + base64 of 32 bytes, valid, and distinct", () => {
    const a = generateWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(a.slice(6), "base64")).toHaveLength(32);
    expect(isValidWebhookSecret(a)).toBe(true);
    expect(generateWebhookSecret()).not.toBe(a);
  });

  const b64 = (n: number) => Buffer.alloc(n, 7).toString("base64");
  test.each([
    ["the reference vector secret (24 bytes)", SW.secret, true],
    ["24 bytes", `whsec_${b64(24)}`, true],
    ["64 bytes", `whsec_${b64(64)}`, true],
    ["23 bytes: below the spec minimum", `whsec_${b64(23)}`, false],
    ["65 bytes: above the spec maximum", `whsec_${b64(65)}`, false],
    ["no prefix", b64(32), false],
    ["another six-character prefix before valid base64", `whsex_${b64(32)}`, false],
    ["an upper-case prefix", `WHSEC_${b64(32)}`, false],
    ["the prefix after the base64", `${b64(32)}whsec_`, false],
    ["prefix only", "whsec_", false],
    ["unpadded base64", `whsec_${b64(32).replace(/=+$/, "")}`, false],
    ["url-safe alphabet", `whsec_${Buffer.alloc(32, 0xfb).toString("base64url")}=`, false],
    ["non-zero padding bits", `whsec_${b64(32).slice(0, -2)}B=`, false],
    ["embedded whitespace", `whsec_${b64(32).slice(0, 8)} ${b64(32).slice(9)}`, false],
    ["svix docs example key (18 bytes)", "whsec_plJ3nmyCDGBKInavdOK15jsl", false],
  ])("isValidWebhookSecret: %s", (_name, secret, valid) => {
    expect(isValidWebhookSecret(secret)).toBe(valid);
  });
});
