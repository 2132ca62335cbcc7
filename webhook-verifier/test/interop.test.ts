/**
 * Interop both ways with the libraries consumers already use: signatures from `standardwebhooks`, `svix` and
 * `@octokit/webhooks-methods` verify with ours, and ours verify with theirs. Runs under Bun (svix 2.x requires
 * Node >= 22). Their clocks are real, so timestamps here are "now".
 */
import { describe, expect, test } from "bun:test";
import { sign as octokitSign, verify as octokitVerify } from "@octokit/webhooks-methods";
import { Webhook as StandardWebhook } from "standardwebhooks";
import { Webhook as SvixWebhook } from "svix";
import * as nodeEntry from "../src/index.node.ts";
import * as webEntry from "../src/index.ts";
import { BODY, EVENT, OTHER_SECRET, SECRET } from "./shared/suite.ts";

for (const [label, api] of [["node:crypto", nodeEntry], ["web-crypto", webEntry]] as const) {
  describe(`${label}: interop`, () => {
    const nowSeconds = () => Math.floor(Date.now() / 1000);

    test("standardwebhooks sign() → our verifyWebhook() (whsec_ secret and bare base64 secret)", async () => {
      const wh = new StandardWebhook(SECRET);
      const id = "msg_2b9X";
      const ts = new Date();
      const headers = { "webhook-id": id, "webhook-timestamp": String(nowSeconds()), "webhook-signature": wh.sign(id, ts, BODY) };
      expect(await api.verifyWebhook({ payload: BODY, headers, secret: SECRET })).toEqual(EVENT);
      expect(await api.verifySignature({ payload: BODY, headers, secret: SECRET.slice("whsec_".length) })).toBe(true);
      expect(await api.verifySignature({ payload: BODY, headers, secret: OTHER_SECRET })).toBe(false);
    });

    test("our generateTestHeaders() → standardwebhooks verify(), including both rotation entries", async () => {
      const headers = await api.generateTestHeaders({ payload: BODY, secret: [SECRET, OTHER_SECRET] });
      expect(new StandardWebhook(SECRET).verify(BODY, headers)).toEqual(EVENT);
      expect(new StandardWebhook(OTHER_SECRET).verify(BODY, headers)).toEqual(EVENT);
      const tampered = { ...headers, "webhook-id": "msg_other" };
      expect(() => new StandardWebhook(SECRET).verify(BODY, tampered)).toThrow("No matching signature found");
    });

    test("our sign() with scheme standard-webhooks equals standardwebhooks sign() for the same inputs", async () => {
      const ts = new Date(1_767_225_600_000);
      const ours = await api.sign({ scheme: "standard-webhooks", payload: BODY, secret: SECRET, id: "msg_1", timestamp: ts });
      expect(ours).toBe(new StandardWebhook(SECRET).sign("msg_1", ts, BODY));
    });

    test("svix sign() → our verifyWebhook()", async () => {
      const wh = new SvixWebhook(SECRET);
      const id = "msg_svix";
      const headers = { "webhook-id": id, "webhook-timestamp": String(nowSeconds()), "webhook-signature": wh.sign(id, new Date(), BODY) };
      expect(await api.verifyWebhook({ payload: BODY, headers, secret: SECRET })).toEqual(EVENT);
    });

    test("our generateTestHeaders() → svix verify() (returns undefined on success, throws on failure)", async () => {
      const headers = await api.generateTestHeaders({ payload: BODY, secret: SECRET });
      expect(new SvixWebhook(SECRET).verify(BODY, headers)).toBeUndefined();
      // svix also reads the branded svix-* names; same values, same result.
      const branded = { "svix-id": headers["webhook-id"], "svix-timestamp": headers["webhook-timestamp"], "svix-signature": headers["webhook-signature"] };
      expect(new SvixWebhook(SECRET).verify(BODY, branded)).toBeUndefined();
      expect(() => new SvixWebhook(OTHER_SECRET).verify(BODY, headers)).toThrow();
    });

    test("@octokit/webhooks-methods sign() → our X-Tripwire-Signature check (same hex, minus sha256=)", async () => {
      const secret = "It's a Secret to Everybody";
      const hex = (await octokitSign(secret, BODY)).replace(/^sha256=/, "");
      expect(await api.verifyWebhook({ payload: BODY, headers: { "X-Tripwire-Signature": hex }, secret })).toEqual(EVENT);
    });

    test("our sign() → @octokit/webhooks-methods verify()", async () => {
      const secret = SECRET; // octokit, like X-Tripwire-Signature, keys with the secret string's UTF-8 bytes
      const hex = await api.sign({ payload: BODY, secret });
      expect(await octokitVerify(secret, BODY, `sha256=${hex}`)).toBe(true);
      expect(await octokitVerify(OTHER_SECRET, BODY, `sha256=${hex}`)).toBe(false);
    });
  });
}
