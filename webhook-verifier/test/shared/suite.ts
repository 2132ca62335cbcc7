/**
 * The verifier's behaviour, written once and run against every build: both src entries under `bun test`
 * (verifier.test.ts), and the built package under Node's own test runner (node-runtime.test.ts), once per
 * `exports` condition. Only `node:assert` and an injected `describe`/`test`, so it runs unchanged on both runners.
 */
import assert from "node:assert/strict";
import type * as Entry from "../../src/index.ts";
import { hexVectors, octokitNegatives, reserialized, standardVector, svixDocsVector } from "./vectors.ts";

/** What both `bun:test` and `node:test` provide. */
export interface Harness {
  describe(name: string, fn: () => void): unknown;
  test(name: string, fn: () => Promise<void> | void): unknown;
}

/** An entry point of the package (`index.ts`, `index.node.ts`, or the built `dist/index*.js`). */
export type Api = typeof Entry;

/** 32 bytes 0..31 as a `whsec_` secret, like the 32 random bytes the server generates. */
export const SECRET = "whsec_" + btoa(String.fromCharCode(...Array.from({ length: 32 }, (_, i) => i)));
export const OTHER_SECRET = "whsec_" + btoa(String.fromCharCode(...Array.from({ length: 32 }, (_, i) => 255 - i)));
/** 2026-01-01T00:00:00Z, the fixed clock of every timestamped case. */
export const T = 1_767_225_600;
export const now = () => T * 1000;

export const EVENT = {
  id: "evt_01JTEST",
  event: "incident.created",
  timestamp: "2026-01-01T00:00:00.000Z",
  data: { id: "inc_123", title: "Checkout latency above SLO", severity: "major", services: ["Checkout API"] },
};
export const BODY = JSON.stringify(EVENT);

export function verifierSuite(h: Harness, api: Api, label: string): void {
  const { describe, test } = h;

  /** The error code a call fails with, or "ok". */
  async function outcome(p: Promise<unknown>): Promise<string> {
    try {
      await p;
      return "ok";
    } catch (err) {
      if (err instanceof api.WebhookVerificationError) return err.code;
      throw err;
    }
  }

  async function headersFor(payload: string | Uint8Array = BODY, secret: string | string[] = SECRET, timestamp = T) {
    return { ...(await api.generateTestHeaders({ payload, secret, timestamp })) } as Record<string, string>;
  }

  /** Only the Standard Webhooks headers, or only X-Tripwire-Signature. */
  const standardOnly = ({ "x-tripwire-signature": _, ...rest }: Record<string, string>) => rest;
  const tripwireOnly = (h: Record<string, string>) => ({ "x-tripwire-signature": h["x-tripwire-signature"] ?? "" });

  const verify = (payload: unknown, headers: Entry.HeadersInput, extra: Partial<Entry.VerifyInput> = {}) =>
    outcome(api.verifyWebhook({ payload: payload as Entry.RawPayload, headers, secret: SECRET, now, ...extra }));

  describe(`${label}: published vectors`, () => {
    for (const v of hexVectors) {
      test(`sign() reproduces and verifySignature() accepts: ${v.name}`, async () => {
        assert.equal(await api.sign({ payload: v.payload, secret: v.secret }), v.signature);
        const headers = { "X-Tripwire-Signature": v.signature };
        assert.equal(await api.verifySignature({ payload: v.payload, headers, secret: v.secret }), true);
        // The same bytes as a Uint8Array hash the same.
        const bytes = new TextEncoder().encode(v.payload);
        assert.equal(await api.verifySignature({ payload: bytes, headers, secret: v.secret }), true);
      });
    }

    test("octokit negatives: signature 'foo' and secret 'foo' do not verify", async () => {
      const { secret, payload, wrongSignature, wrongSecret } = octokitNegatives;
      const good = await api.sign({ payload, secret });
      assert.equal(await outcome(api.verifyWebhook({ payload, headers: { "x-tripwire-signature": wrongSignature }, secret })), "no_match");
      assert.equal(await api.verifySignature({ payload, headers: { "x-tripwire-signature": good }, secret: wrongSecret }), false);
    });

    test("§6.8: a parsed and re-serialized body does not verify against the original signature", async () => {
      const { original, payload, signature, secret } = reserialized;
      assert.equal(await api.sign({ payload, secret }), signature);
      const headers = { "x-tripwire-signature": original.signature };
      assert.equal(await outcome(api.verifyWebhook({ payload, headers, secret })), "no_match");
      // …while the original bytes verify, and both decode to the same data (only the bytes differ).
      assert.equal(await api.verifySignature({ payload: original.payload, headers, secret }), true);
      assert.deepEqual(JSON.parse(original.payload), JSON.parse(payload));
    });

    const sv = standardVector;
    const svHeaders = (signature: string) => ({
      "webhook-id": sv.id,
      "webhook-timestamp": String(sv.timestamp),
      "webhook-signature": signature,
    });
    const svNow = () => sv.timestamp * 1000;

    test("Standard Webhooks vector: sign() reproduces it and it verifies at its own time", async () => {
      const signed = await api.sign({ scheme: "standard-webhooks", payload: sv.payload, secret: sv.secret, id: sv.id, timestamp: sv.timestamp });
      assert.equal(signed, sv.signature);
      assert.equal(await api.verifySignature({ payload: sv.payload, headers: svHeaders(sv.signature), secret: sv.secret, now: svNow }), true);
    });

    test("Standard Webhooks vector: the decoy list (v1 decoys, a v2 entry, one valid v1) verifies", async () => {
      assert.equal(await api.verifySignature({ payload: sv.payload, headers: svHeaders(sv.decoys), secret: sv.secret, now: svNow }), true);
    });

    test("Standard Webhooks vector: the suites' invalid and partial signatures fail with no_match", async () => {
      for (const signature of sv.invalid) {
        const input = { payload: sv.payload, headers: svHeaders(signature), secret: sv.secret, now: svNow };
        assert.equal(await outcome(api.verifyWebhook(input)), "no_match", signature);
      }
    });

    test("Standard Webhooks vector: the secret without its whsec_ prefix verifies too", async () => {
      const secret = sv.secret.slice("whsec_".length);
      assert.equal(await api.verifySignature({ payload: sv.payload, headers: svHeaders(sv.signature), secret, now: svNow }), true);
    });

    test("Standard Webhooks vector: without a fixed clock it is timestamp_too_old (the signature itself is fine)", async () => {
      assert.equal(await outcome(api.verifyWebhook({ payload: sv.payload, headers: svHeaders(sv.signature), secret: sv.secret })), "timestamp_too_old");
    });

    test("Svix docs vector (18-byte key: the 24-byte minimum is not enforced) verifies", async () => {
      const v = svixDocsVector;
      const headers = { "webhook-id": v.id, "webhook-timestamp": String(v.timestamp), "webhook-signature": v.signature };
      assert.equal(await api.verifySignature({ payload: v.payload, headers, secret: v.secret, now: () => v.timestamp * 1000 }), true);
    });
  });

  describe(`${label}: verifyWebhook round trip`, () => {
    test("returns the typed event for a delivery made by generateTestHeaders", async () => {
      const headers = await headersFor();
      const event = await api.verifyWebhook<typeof EVENT.data>({ payload: BODY, headers, secret: SECRET, now });
      assert.deepEqual(event, EVENT);
      assert.equal(event.data.id, "inc_123");
    });

    test("generateTestHeaders takes webhook-id from the payload's id and emits all headers", async () => {
      const headers = await headersFor();
      assert.equal(headers["webhook-id"], EVENT.id);
      assert.equal(headers["webhook-timestamp"], String(T));
      assert.match(headers["webhook-signature"] ?? "", /^v1,[A-Za-z0-9+/]{43}=$/);
      assert.match(headers["x-tripwire-signature"] ?? "", /^[0-9a-f]{64}$/);
      assert.equal(headers["content-type"], "application/json");
    });

    test("either scheme alone verifies", async () => {
      const headers = await headersFor();
      assert.equal(await verify(BODY, standardOnly(headers)), "ok");
      assert.equal(await verify(BODY, tripwireOnly(headers)), "ok");
    });

    test("X-Tripwire-Signature is keyed with the whole secret string, whsec_ prefix included", async () => {
      const hex = await api.sign({ payload: BODY, secret: SECRET });
      const { createHmac } = await import("node:crypto");
      assert.equal(hex, createHmac("sha256", SECRET).update(BODY).digest("hex"));
    });

    test("payload as string, Uint8Array, offset Uint8Array view, pooled Buffer and ArrayBuffer all verify", async () => {
      const headers = await headersFor();
      const bytes = new TextEncoder().encode(BODY);
      const padded = new Uint8Array(bytes.byteLength + 7);
      padded.set(bytes, 5);
      const view = padded.subarray(5, 5 + bytes.byteLength); // byteOffset 5
      const pooled = Buffer.from(BODY); // small Buffers share a pool: byteOffset is usually non-zero
      for (const payload of [BODY, bytes, view, pooled, bytes.slice().buffer]) {
        assert.equal(await verify(payload, headers), "ok");
      }
      assert.notEqual(view.byteOffset, 0);
    });

    test("headers as a Headers instance, mixed-case object, and IncomingHttpHeaders with string[] values", async () => {
      const h = await headersFor();
      assert.equal(await verify(BODY, new Headers(h)), "ok");
      const mixed = Object.fromEntries(Object.entries(h).map(([k, v]) => [k.replace(/(^|-)\w/g, (c) => c.toUpperCase()), v]));
      assert.ok("Webhook-Signature" in mixed);
      assert.equal(await verify(BODY, mixed), "ok");
      const node = { ...h, "webhook-id": [h["webhook-id"] ?? ""], "webhook-signature": ["v1,AAAA", h["webhook-signature"] ?? ""] };
      assert.equal(await verify(BODY, node), "ok");
    });

    test("a 10 MB body verifies, and one flipped byte at its end does not", async () => {
      const big = new Uint8Array(10 * 1024 * 1024).fill(0x61);
      const headers = await headersFor(big);
      assert.equal(await api.verifySignature({ payload: big, headers, secret: SECRET, now }), true);
      const tampered = big.slice();
      tampered[tampered.length - 1] = 0x62;
      assert.equal(await outcome(api.verifyWebhook({ payload: tampered, headers, secret: SECRET, now })), "no_match");
    });

    test("a unicode body verifies as string and as bytes (hashed as UTF-8)", async () => {
      const body = JSON.stringify({ ...EVENT, data: { title: "Zahlung fehlgeschlagen ☕ 🚨 — 東京 ∂" } });
      const headers = await headersFor(body);
      assert.equal(await verify(body, headers), "ok");
      assert.equal(await verify(new TextEncoder().encode(body), headers), "ok");
      assert.equal(await verify(body.replace("☕", "🍵"), headers), "no_match");
    });
  });

  describe(`${label}: tampering`, () => {
    test("tampered body: no_match on both schemes", async () => {
      const headers = await headersFor();
      const tampered = BODY.replace("major", "minor");
      assert.equal(await verify(tampered, standardOnly(headers)), "no_match");
      assert.equal(await verify(tampered, tripwireOnly(headers)), "no_match");
    });

    test("tampered webhook-id: no_match", async () => {
      const headers = await headersFor();
      assert.equal(await verify(BODY, { ...headers, "webhook-id": "evt_01JOTHER" }), "no_match");
    });

    test("tampered webhook-timestamp (one second later): no_match, not a timestamp error", async () => {
      const headers = await headersFor();
      assert.equal(await verify(BODY, { ...headers, "webhook-timestamp": String(T + 1) }), "no_match");
    });

    test("wrong secret: no_match on both schemes", async () => {
      const headers = await headersFor();
      assert.equal(await verify(BODY, standardOnly(headers), { secret: OTHER_SECRET }), "no_match");
      assert.equal(await verify(BODY, tripwireOnly(headers), { secret: OTHER_SECRET }), "no_match");
    });

    test("truncated signatures: no_match, never a throw from the length mismatch", async () => {
      const h = await headersFor();
      const sig = h["webhook-signature"] ?? "";
      const hex = h["x-tripwire-signature"] ?? "";
      assert.equal(await verify(BODY, { ...h, "webhook-signature": sig.slice(0, -1) }), "no_match");
      assert.equal(await verify(BODY, { ...h, "webhook-signature": sig.slice(0, -2) }), "no_match"); // unpadded form
      assert.equal(await verify(BODY, { "x-tripwire-signature": hex.slice(0, -1) }), "no_match");
      assert.equal(await verify(BODY, { "x-tripwire-signature": hex + "00" }), "no_match");
      // Free text is compared like any signature, never trusted (nor is a stray constant among the expected values).
      for (const text of ["Stryker was here", "true", "*"]) assert.equal(await verify(BODY, { "x-tripwire-signature": text }), "no_match");
    });

    test("uppercase hex in X-Tripwire-Signature: no_match (lowercase only, as documented), with a hint", async () => {
      const hex = (await headersFor())["x-tripwire-signature"] ?? "";
      assert.match(hex, /[a-f]/);
      const err = await api.verifyWebhook({ payload: BODY, headers: { "x-tripwire-signature": hex.toUpperCase() }, secret: SECRET }).catch((e: unknown) => e);
      assert.ok(err instanceof api.WebhookVerificationError);
      assert.equal(err.code, "no_match");
      assert.match(err.message, /uppercase hex/);
    });

    test("a same-length signature with multi-byte characters: no_match, no throw", async () => {
      const hex = (await headersFor())["x-tripwire-signature"] ?? "";
      assert.equal(await verify(BODY, { "x-tripwire-signature": "é" + hex.slice(1) }), "no_match");
      const sig = (await headersFor())["webhook-signature"] ?? "";
      assert.equal(await verify(BODY, { ...(await headersFor()), "webhook-signature": sig.slice(0, -2) + "é=" }), "no_match");
    });

    test("bad base64 in a v1 entry: no_match alone, and ignored next to a valid entry", async () => {
      const h = await headersFor();
      assert.equal(await verify(BODY, { ...h, "webhook-signature": "v1,!!!not*base64%%" }), "no_match");
      assert.equal(await verify(BODY, { ...h, "webhook-signature": `v1,!!!not*base64%% ${h["webhook-signature"]}` }), "ok");
    });

    test("a v2,-only header: no_match, and the message says only v1 is checked", async () => {
      const h = await headersFor();
      const v2 = (h["webhook-signature"] ?? "").replace(/^v1,/, "v2,");
      const err = await api.verifyWebhook({ payload: BODY, headers: { ...h, "webhook-signature": v2 }, secret: SECRET, now }).catch((e: unknown) => e);
      assert.ok(err instanceof api.WebhookVerificationError);
      assert.equal(err.code, "no_match");
      assert.match(err.message, /no v1 entry \(only v2\)/);
    });

    test("Standard Webhooks headers win: a valid X-Tripwire-Signature does not rescue a bad webhook-signature", async () => {
      const h = await headersFor();
      assert.equal(await verify(BODY, { ...h, "webhook-signature": "v1,AAAA" }), "no_match");
    });
  });

  describe(`${label}: whitespace`, () => {
    test("spaces and tabs around a header value are ignored (RFC 9110 field values)", async () => {
      const h = await headersFor();
      const padded = Object.fromEntries(Object.entries(h).map(([k, v]) => [k, ` \t${v}  `]));
      assert.equal(await verify(BODY, standardOnly(padded)), "ok");
      assert.equal(await verify(BODY, tripwireOnly(padded)), "ok");
    });

    test("extra spaces between webhook-signature entries are fine; a space inside an entry is no_match", async () => {
      const h = await headersFor(BODY, [OTHER_SECRET, SECRET]);
      const [a, b] = (h["webhook-signature"] ?? "").split(" ");
      assert.equal(await verify(BODY, { ...h, "webhook-signature": `${a}   \t ${b}` }), "ok");
      assert.equal(await verify(BODY, { ...h, "webhook-signature": (b ?? "").replace("v1,", "v1, ") }), "no_match");
    });

    test("a secret with surrounding whitespace does not verify, and the error says so", async () => {
      const h = await headersFor();
      const err = await api.verifyWebhook({ payload: BODY, headers: h, secret: `${SECRET}\n`, now }).catch((e: unknown) => e);
      assert.ok(err instanceof api.WebhookVerificationError);
      assert.equal(err.code, "no_match");
      assert.match(err.message, /whitespace/);
    });
  });

  describe(`${label}: headers`, () => {
    test("no signature headers: missing_header", async () => {
      assert.equal(await verify(BODY, { "content-type": "application/json" }), "missing_header");
      assert.equal(await verify(BODY, new Headers()), "missing_header");
    });

    test("a partial webhook-* set is missing_header, even with a valid X-Tripwire-Signature (no downgrade)", async () => {
      const h = await headersFor();
      for (const name of ["webhook-id", "webhook-timestamp", "webhook-signature"]) {
        const { [name]: _, ...rest } = h;
        assert.equal(await verify(BODY, rest), "missing_header", name);
      }
    });

    test("empty headers: malformed_header", async () => {
      const h = await headersFor();
      assert.equal(await verify(BODY, { "x-tripwire-signature": "" }), "malformed_header");
      assert.equal(await verify(BODY, { "x-tripwire-signature": "   " }), "malformed_header");
      assert.equal(await verify(BODY, { ...h, "webhook-signature": "" }), "malformed_header");
      assert.equal(await verify(BODY, { ...h, "webhook-id": "" }), "malformed_header");
      assert.equal(await verify(BODY, { ...h, "webhook-timestamp": "" }), "malformed_header");
    });

    test("webhook-timestamp is parsed strictly: garbage is malformed_header", async () => {
      const h = await headersFor();
      for (const ts of ["NaN", "Infinity", "-5", "1e9", "0x10", "123abc", "1767225600.5", "+1767225600", "１２３", String(T * 1000)]) {
        assert.equal(await verify(BODY, { ...h, "webhook-timestamp": ts }), "malformed_header", ts);
      }
    });

    test("conflicting duplicate webhook-id values: malformed_header", async () => {
      const h = await headersFor();
      assert.equal(await verify(BODY, { ...h, "webhook-id": [EVENT.id, "evt_other"] }), "malformed_header");
    });

    test("requireTimestamp refuses a delivery with only X-Tripwire-Signature", async () => {
      const h = await headersFor();
      assert.equal(await verify(BODY, tripwireOnly(h), { requireTimestamp: true }), "missing_header");
      assert.equal(await verify(BODY, h, { requireTimestamp: true }), "ok");
    });
  });

  describe(`${label}: timestamp tolerance`, () => {
    const at = async (offset: number, extra: Partial<Entry.VerifyInput> = {}) =>
      verify(BODY, await headersFor(BODY, SECRET, T + offset), extra);

    test("exactly 300 s old or ahead verifies; 301 s is timestamp_too_old / timestamp_too_new", async () => {
      assert.equal(await at(-300), "ok");
      assert.equal(await at(300), "ok");
      assert.equal(await at(-301), "timestamp_too_old");
      assert.equal(await at(301), "timestamp_too_new");
    });

    test("toleranceSeconds is configurable, Infinity turns the check off", async () => {
      assert.equal(await at(-10, { toleranceSeconds: 10 }), "ok");
      assert.equal(await at(-11, { toleranceSeconds: 10 }), "timestamp_too_old");
      assert.equal(await at(11, { toleranceSeconds: 10 }), "timestamp_too_new");
      assert.equal(await at(-86_400 * 365, { toleranceSeconds: Infinity }), "ok");
    });

    test("now may return a Date; the body-only scheme has no timestamp to check", async () => {
      const h = await headersFor(BODY, SECRET, T - 1000);
      assert.equal(await verify(BODY, h, { now: () => new Date(T * 1000) }), "timestamp_too_old");
      assert.equal(await verify(BODY, tripwireOnly(h)), "ok");
    });

    test("a timestamp error is only reported for a genuine signature (forged + stale is no_match)", async () => {
      const h = await headersFor(BODY, OTHER_SECRET, T - 1000);
      assert.equal(await verify(BODY, h), "no_match");
    });
  });

  describe(`${label}: rotation`, () => {
    test("a secret list verifies when any secret matches, on both schemes", async () => {
      const byNew = await headersFor(BODY, SECRET);
      assert.equal(await verify(BODY, standardOnly(byNew), { secret: [OTHER_SECRET, SECRET] }), "ok");
      assert.equal(await verify(BODY, tripwireOnly(byNew), { secret: [OTHER_SECRET, SECRET] }), "ok");
      assert.equal(await verify(BODY, byNew, { secret: [OTHER_SECRET] }), "no_match");
    });

    test("two v1 entries (old and new secret) verify with either secret alone", async () => {
      const h = await headersFor(BODY, [SECRET, OTHER_SECRET]);
      assert.equal((h["webhook-signature"] ?? "").split(" ").length, 2);
      assert.equal(await verify(BODY, standardOnly(h), { secret: SECRET }), "ok");
      assert.equal(await verify(BODY, standardOnly(h), { secret: OTHER_SECRET }), "ok");
    });
  });

  describe(`${label}: secrets`, () => {
    test("a plain (non-base64) secret works for X-Tripwire-Signature; for webhook-signature it is no_match with a hint", async () => {
      const secret = "It's a Secret to Everybody";
      const hex = await api.sign({ payload: BODY, secret });
      assert.equal(await verify(BODY, { "x-tripwire-signature": hex }, { secret }), "ok");
      const h = await headersFor();
      const err = await api.verifyWebhook({ payload: BODY, headers: standardOnly(h), secret, now }).catch((e: unknown) => e);
      assert.ok(err instanceof api.WebhookVerificationError);
      assert.equal(err.code, "no_match");
      assert.match(err.message, /not whsec_ followed by base64/);
    });

    test("configuration mistakes throw TypeError, not WebhookVerificationError", async () => {
      const h = await headersFor();
      for (const secret of ["", "  ", "whsec_", [], [SECRET, 42]] as unknown[]) {
        await assert.rejects(api.verifyWebhook({ payload: BODY, headers: h, secret: secret as string, now }), TypeError);
      }
      await assert.rejects(api.verifyWebhook({ payload: BODY, headers: h, secret: SECRET, toleranceSeconds: -1 }), TypeError);
      await assert.rejects(api.verifyWebhook({ payload: BODY, headers: h, secret: SECRET, toleranceSeconds: Number.NaN }), TypeError);
      await assert.rejects(api.generateTestHeaders({ payload: BODY, secret: "not base64!" }), TypeError);
    });
  });

  describe(`${label}: payload and body`, () => {
    test("a parsed object is payload_not_raw, with a message that names express.raw()", async () => {
      const h = await headersFor();
      const err = await api.verifyWebhook({ payload: EVENT as never, headers: h, secret: SECRET, now }).catch((e: unknown) => e);
      assert.ok(err instanceof api.WebhookVerificationError);
      assert.equal(err.code, "payload_not_raw");
      assert.equal(err.status, 400);
      assert.match(err.message, /^\[@tripwire\/webhook-verifier\] payload must be the raw request body; you passed a parsed object/);
      assert.match(err.message, /express\.raw\(\)|express\.raw\(\{/);
    });

    test("undefined, null and a number are payload_not_raw too", async () => {
      const h = await headersFor();
      for (const payload of [undefined, null, 42]) assert.equal(await verify(payload, h), "payload_not_raw");
    });

    test("a correctly signed body that is not a Tripwire event is invalid_json", async () => {
      for (const payload of ["not json", "[1,2]", '{"id":"evt_1","event":"x","timestamp":"t"}', '{"id":1,"event":"x","timestamp":"t","data":{}}']) {
        assert.equal(await verify(payload, await headersFor(payload)), "invalid_json", payload);
      }
      const notUtf8 = new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]);
      assert.equal(await verify(notUtf8, await headersFor(notUtf8)), "invalid_json");
      // …but verifySignature does not parse, so the same delivery is accepted there.
      assert.equal(await api.verifySignature({ payload: "not json", headers: await headersFor("not json"), secret: SECRET, now }), true);
    });
  });

  describe(`${label}: errors`, () => {
    test("every message has the package prefix, and status maps to 400 or 401", async () => {
      const h = await headersFor();
      const cases: [Entry.HeadersInput, unknown, number][] = [
        [{}, BODY, 400],
        [{ ...h, "webhook-timestamp": "x" }, BODY, 400],
        [h, BODY + " ", 401],
        [await headersFor(BODY, SECRET, T - 1000), BODY, 401],
        [h, {}, 400],
      ];
      for (const [headers, payload, status] of cases) {
        const err = await api.verifyWebhook({ payload: payload as string, headers, secret: SECRET, now }).catch((e: unknown) => e);
        assert.ok(err instanceof api.WebhookVerificationError);
        assert.ok(err instanceof Error);
        assert.equal(err.name, "WebhookVerificationError");
        assert.ok(err.message.startsWith("[@tripwire/webhook-verifier] "), err.message);
        assert.equal(err.status, status, err.code);
      }
    });

    test("verifySignature returns false for request problems and throws for receiver bugs", async () => {
      const h = await headersFor();
      assert.equal(await api.verifySignature({ payload: BODY, headers: {}, secret: SECRET }), false);
      assert.equal(await api.verifySignature({ payload: BODY, headers: { ...h, "webhook-timestamp": "x" }, secret: SECRET }), false);
      assert.equal(await api.verifySignature({ payload: "tampered", headers: h, secret: SECRET, now }), false);
      await assert.rejects(api.verifySignature({ payload: EVENT as never, headers: h, secret: SECRET, now }), api.WebhookVerificationError);
    });

    test("toProblemDetails gives RFC 9457 fields with a fixed detail that never echoes the message", async () => {
      const err = await api.verifyWebhook({ payload: BODY, headers: await headersFor(), secret: `${SECRET} `, now }).catch((e: unknown) => e);
      assert.ok(err instanceof api.WebhookVerificationError);
      const problem = api.toProblemDetails(err);
      assert.deepEqual(Object.keys(problem).sort(), ["code", "detail", "status", "title", "type"]);
      assert.equal(problem.status, 401);
      assert.equal(problem.code, "no_match");
      assert.match(problem.type, /^https:\/\/tripwire\.dev\/problems\/webhook-no-match$/);
      assert.doesNotMatch(problem.detail, /whitespace/);
    });
  });
  describe(`${label}: error messages`, () => {
    const P = "[@tripwire/webhook-verifier]";
    const CHECK =
      "Check that the secret is this endpoint's secret, and that payload is the raw body exactly as received (a body " +
      "that was parsed and re-serialized, or re-encoded by a proxy, never matches).";

    /** The message a verification fails with (any error), or "ok". */
    async function message(input: Partial<Entry.VerifyInput>): Promise<string> {
      try {
        await api.verifyWebhook({ payload: BODY, headers: {}, secret: SECRET, now, ...input } as Entry.VerifyInput);
        return "ok";
      } catch (err) {
        return (err as Error).message;
      }
    }

    test("no match: names the header, adds only the hints that apply, then what to check", async () => {
      const h = await headersFor(BODY, OTHER_SECRET);
      assert.equal(await message({ headers: standardOnly(h) }), `${P} no signature in webhook-signature matched. ${CHECK}`);
      assert.equal(await message({ headers: tripwireOnly(h) }), `${P} no signature in X-Tripwire-Signature matched. ${CHECK}`);
      const hex = h["x-tripwire-signature"] ?? "";
      assert.equal(
        await message({ headers: { "x-tripwire-signature": hex.toUpperCase() } }),
        `${P} no signature in X-Tripwire-Signature matched. X-Tripwire-Signature is uppercase hex; Tripwire sends ` +
          `lowercase, so something re-encoded the header. ${CHECK}`,
      );
      // Not the uppercase hint: too short, too long, no upper-case letter, or not hex.
      for (const sig of [hex.toUpperCase().slice(1), `${hex.toUpperCase()}0`, `0${hex.toUpperCase()}`, hex.replace(/[a-f]/g, "1"), `G${hex.slice(1)}`]) {
        assert.equal(await message({ headers: { "x-tripwire-signature": sig } }), `${P} no signature in X-Tripwire-Signature matched. ${CHECK}`);
      }
      assert.equal(
        await message({ headers: { ...standardOnly(h), "webhook-signature": "v2,abc v1a,def" } }),
        `${P} no signature in webhook-signature matched. webhook-signature has no v1 entry (only v2, v1a); this ` +
          `verifier checks v1 (HMAC-SHA256) signatures. ${CHECK}`,
      );
      assert.equal(
        await message({ headers: standardOnly(h), secret: ` ${SECRET}` }),
        `${P} no signature in webhook-signature matched. The secret has leading or trailing whitespace; this often ` +
          `means an extra newline or space in the environment variable or config file. Trim it. A secret is not ` +
          `whsec_ followed by base64, so it cannot verify webhook-signature; copy the endpoint secret exactly as ` +
          `Tripwire shows it. ${CHECK}`,
      );
    });

    test("a stale or early timestamp says by how much, after the signature checked out", async () => {
      const h = standardOnly(await headersFor(BODY, SECRET, T - 301));
      assert.equal(
        await message({ headers: h }),
        `${P} webhook-timestamp is 301 s old, more than the 300 s tolerance. The signature is valid, so this is a ` +
          `replayed delivery or this host's clock is behind: check NTP, or raise toleranceSeconds.`,
      );
      const early = standardOnly(await headersFor(BODY, SECRET, T + 42));
      assert.equal(
        await message({ headers: early, toleranceSeconds: 40 }),
        `${P} webhook-timestamp is 42 s in the future, more than the 40 s tolerance. The signature is valid, so ` +
          `this host's clock is behind or the sender's is ahead: check NTP, or raise toleranceSeconds.`,
      );
      assert.equal(await message({ headers: standardOnly(await headersFor()), toleranceSeconds: 0 }), "ok");
      assert.equal(await message({ headers: standardOnly(await headersFor(BODY, SECRET, T - 1)), toleranceSeconds: 0 }).then((m) => m.includes("1 s old")), true);
    });

    test("configuration mistakes say what to pass", async () => {
      const h = await headersFor();
      for (const bad of ["300", -1, Number.NaN, null]) {
        assert.equal(
          await message({ headers: h, toleranceSeconds: bad as number }),
          `${P} toleranceSeconds must be a non-negative number of seconds; got ${String(bad)}.`,
        );
      }
      for (const input of [null, undefined, "payload", 5]) {
        await assert.rejects(api.verifyWebhook(input as never), (err: unknown) => err instanceof TypeError && err.message === `${P} pass { payload, headers, secret }.`);
      }
    });
  });
}
