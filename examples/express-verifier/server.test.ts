/**
 * The example app on a real socket (127.0.0.1, port 0): a genuine delivery is processed, a forged one is refused
 * with 401 problem+json, and a duplicate delivery of the same event answers 200 without processing it again.
 */
import { afterAll, beforeAll, expect, test } from "bun:test";
import { generateTestHeaders, type WebhookEvent } from "@tripwire/webhook-verifier";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createApp } from "./server.ts";

const SECRET = "whsec_" + Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString("base64");
const FORGER = "whsec_" + Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString("base64");

const processed: WebhookEvent[] = [];
const logged: string[] = [];
let server: Server;
let url: string;

beforeAll(async () => {
  const app = createApp({ secret: SECRET, onEvent: (e) => void processed.push(e), log: (m) => void logged.push(m) });
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/tripwire`;
});
afterAll(() => server.close());

const event = (id: string) =>
  JSON.stringify({ id, event: "incident.created", timestamp: new Date().toISOString(), data: { id: "inc_42", title: "API down", services: ["API"] } });

async function deliver(body: string, secret = SECRET) {
  const res = await fetch(url, { method: "POST", body, headers: await generateTestHeaders({ payload: body, secret }) });
  return { status: res.status, type: res.headers.get("content-type"), body: (await res.json()) as Record<string, unknown> };
}

test("a genuine delivery is verified and processed: 200", async () => {
  const res = await deliver(event("evt_genuine"));
  expect(res).toMatchObject({ status: 200, body: { received: true, duplicate: false } });
  expect(processed.map((e) => e.id)).toEqual(["evt_genuine"]);
  expect(processed[0]?.data).toEqual({ id: "inc_42", title: "API down", services: ["API"] });
});

test("a forged delivery (signed with another secret) is refused: 401 problem+json, not processed", async () => {
  const res = await deliver(event("evt_forged"), FORGER);
  expect(res.status).toBe(401);
  expect(res.type).toStartWith("application/problem+json");
  expect(res.body).toMatchObject({ status: 401, code: "no_match", title: "Signature mismatch" });
  expect(processed.map((e) => e.id)).not.toContain("evt_forged");
  expect(logged.some((m) => m.includes("no signature in webhook-signature matched"))).toBe(true);
});

test("a duplicate delivery (same event id, fresh signature as on a retry) answers 200 and is not processed twice", async () => {
  const body = event("evt_dup");
  const first = await deliver(body);
  const retry = await deliver(body);
  expect(first).toMatchObject({ status: 200, body: { duplicate: false } });
  expect(retry).toMatchObject({ status: 200, body: { received: true, duplicate: true } });
  expect(processed.filter((e) => e.id === "evt_dup")).toHaveLength(1);
});

test("if processing fails the id is released, so Tripwire's retry is processed", async () => {
  let fail = true;
  const app = createApp({
    secret: SECRET,
    log: () => {},
    onEvent: () => {
      if (fail) throw new Error("database unavailable");
    },
  });
  const s = await new Promise<Server>((resolve) => {
    const srv = app.listen(0, "127.0.0.1", () => resolve(srv));
  });
  try {
    const u = `http://127.0.0.1:${(s.address() as AddressInfo).port}/webhooks/tripwire`;
    const body = event("evt_retry");
    const post = async () => fetch(u, { method: "POST", body, headers: await generateTestHeaders({ payload: body, secret: SECRET }) });
    expect((await post()).status).toBe(500);
    fail = false;
    const retried = await post();
    expect(retried.status).toBe(200);
    expect(await retried.json()).toEqual({ received: true, duplicate: false });
  } finally {
    s.close();
  }
});
