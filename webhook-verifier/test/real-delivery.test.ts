/**
 * A real delivery from the Tripwire server (not a hand-made signature) verifies with this package, on both
 * crypto backends, and through the Express example app end to end, including after a secret rotation.
 */
import { afterAll, beforeAll, expect, test } from "bun:test";
import type { AddressInfo } from "node:net";
import { createApp } from "../../examples/express-verifier/server.ts";
import { apiClient, startTestServer, type TestServer } from "../../server/test/harness.ts";
import { startReceiver } from "../../server/test/receiver.ts";
import * as nodeBackend from "../src/index.node.ts";
import * as webBackend from "../src/index.ts";

let server: TestServer;
let api: ReturnType<typeof apiClient>;
beforeAll(async () => {
  server = await startTestServer();
  api = apiClient(server.baseUrl, server.apiKey);
});
afterAll(() => server.stop());

test("a delivery the server sent verifies and parses with both backends; a tampered copy does not", async () => {
  const rx = startReceiver();
  try {
    const wh = (await api("POST", "/webhooks", { url: rx.url, events: ["incident.created"] })).body;
    const incident = (await api("POST", "/incidents", { title: "Real delivery ☕" })).body;
    const [delivery] = await rx.waitFor(1);
    for (const backend of [nodeBackend, webBackend]) {
      const event = await backend.verifyWebhook({ payload: delivery!.body, headers: delivery!.headers, secret: wh.secret });
      expect(event).toEqual(expect.objectContaining({ event: "incident.created", id: delivery!.headers["webhook-id"] }));
      expect(event.data).toEqual(expect.objectContaining({ id: incident.id, title: "Real delivery ☕", services: [] }));
      // The body-only scheme alone verifies too.
      const { "webhook-signature": _s, "webhook-id": _i, "webhook-timestamp": _t, ...hexOnly } = delivery!.headers;
      expect(await backend.verifySignature({ payload: delivery!.body, headers: hexOnly, secret: wh.secret })).toBe(true);
      await expect(backend.verifyWebhook({ payload: delivery!.body.replace("☕", "🍵"), headers: delivery!.headers, secret: wh.secret })).rejects.toMatchObject({ code: "no_match" });
    }
  } finally {
    rx.stop();
  }
});

test("the Express example accepts the server's deliveries and refuses forged ones, across a secret rotation", async () => {
  const secret = "whsec_" + Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString("base64");
  const seen: string[] = [];
  const app = createApp({ secret, onEvent: (e) => void seen.push(e.event), log: () => {} });
  const http = app.listen(0, "127.0.0.1");
  await new Promise((r) => http.once("listening", r));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/webhooks/tripwire`;
  try {
    const wh = (await api("POST", "/webhooks", { url, secret, events: ["service.created", "service.deleted"] })).body;
    const svc = (await api("POST", "/services", { name: `express-${Date.now()}` })).body;
    for (let i = 0; i < 200 && seen.length < 1; i++) await Bun.sleep(10);
    expect(seen).toEqual(["service.created"]);
    // The attempt is recorded once the server has read the answer, a moment after the app processed it.
    let log: { attempts: { status_code: number }[] }[] = [];
    for (let i = 0; i < 200 && !log[0]?.attempts.length; i++) {
      log = (await api("GET", `/webhooks/${wh.id}/deliveries`)).body.data;
      await Bun.sleep(10);
    }
    expect(log[0]!.attempts[0]!.status_code).toBe(200);

    // Forged: signed with another secret → the example answers 401 and does not process it.
    const forged = await webBackend.generateTestHeaders({ payload: '{"id":"evt_x","event":"service.created","timestamp":"2026-01-01T00:00:00Z","data":{}}', secret: "whsec_" + Buffer.alloc(32, 1).toString("base64") });
    const res = await fetch(url, { method: "POST", headers: forged, body: '{"id":"evt_x","event":"service.created","timestamp":"2026-01-01T00:00:00Z","data":{}}' });
    expect(res.status).toBe(401);
    expect(seen).toHaveLength(1);

    // Rotation: the app still knows only the old secret; during the overlap deliveries carry both signatures.
    await api("POST", `/webhooks/${wh.id}/rotate-secret`);
    await api("DELETE", `/services/${svc.id}`);
    for (let i = 0; i < 200 && seen.length < 2; i++) await Bun.sleep(10);
    expect(seen).toEqual(["service.created", "service.deleted"]);
  } finally {
    http.close();
  }
});
