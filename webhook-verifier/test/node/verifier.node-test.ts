/**
 * Runs under Node's own test runner against the *built* package, resolved through its package.json `exports`
 * like any consumer's import. node-runtime.test.ts bundles this file (with the shared suite) to plain JS, installs
 * the build into a temp node_modules, and runs it once per condition set; EXPECT_BACKEND says which backend the
 * conditions must select. No express is installed there, which also proves the express entry never loads it.
 */
import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, test } from "node:test";
import * as pkg from "@tripwire/webhook-verifier";
import { verifyTripwireWebhook } from "@tripwire/webhook-verifier/express";
import { createFetchVerifier, problemResponse, WebhookVerificationError } from "@tripwire/webhook-verifier/fetch";
import { BODY, EVENT, now, OTHER_SECRET, SECRET, T, verifierSuite } from "../shared/suite.ts";

test(`package exports select ${process.env["EXPECT_BACKEND"]}`, () => {
  assert.equal(pkg.cryptoBackend, process.env["EXPECT_BACKEND"]);
});

verifierSuite({ describe, test }, pkg, `node ${process.version} ${pkg.cryptoBackend}`);

describe("subpath entries under Node", () => {
  test("./fetch verifies a Request and builds a problem response", async () => {
    const verifyTripwire = createFetchVerifier({ secret: SECRET, now });
    const headers = await pkg.generateTestHeaders({ payload: BODY, secret: SECRET, timestamp: T });
    const request = (secret: string) =>
      new Request("http://localhost/", { method: "POST", body: BODY, headers: secret === SECRET ? headers : { ...headers, "webhook-id": "x" } });
    assert.deepEqual(await verifyTripwire(request(SECRET)), EVENT);
    const err = await verifyTripwire(request(OTHER_SECRET)).catch((e: unknown) => e);
    assert.ok(err instanceof WebhookVerificationError);
    assert.equal(problemResponse(err).status, 401);
  });

  test("./express middleware verifies over node:http (no express installed)", async () => {
    const middleware = verifyTripwireWebhook({ secret: SECRET, now });
    const server = createServer((req, res) =>
      middleware(req, res, () => {
        res.end((req as { tripwireEvent?: { id: string } }).tripwireEvent?.id);
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      const headers = await pkg.generateTestHeaders({ payload: BODY, secret: SECRET, timestamp: T });
      const ok = await fetch(url, { method: "POST", body: BODY, headers });
      assert.equal(ok.status, 200);
      assert.equal(await ok.text(), EVENT.id);
      const forged = await fetch(url, { method: "POST", body: BODY.replace("major", "minor"), headers });
      assert.equal(forged.status, 401);
      assert.equal(forged.headers.get("content-type"), "application/problem+json");
    } finally {
      server.close();
    }
  });
});
