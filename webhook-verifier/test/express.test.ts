/**
 * The Express middleware behind a real Express 5 app (a dev dependency only) on 127.0.0.1, in each body-parser
 * arrangement users end up with, plus a bare node:http server to show it needs no Express.
 */
import { afterAll, describe, expect, test } from "bun:test";
import express from "express";
import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { generateTestHeaders, type WebhookEvent, type WebhookVerificationError } from "../src/index.node.ts";
import { type ExpressVerifierOptions, verifyTripwireWebhook } from "../src/express.ts";
import { BODY, EVENT, now, OTHER_SECRET, SECRET, T } from "./shared/suite.ts";

const servers: Server[] = [];
afterAll(() => {
  for (const server of servers) server.close();
});

async function listen(handler: RequestListener): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
}

/** An Express app with `before` middleware ahead of the verifier; records what reached the handler. */
async function app(before: express.RequestHandler[], options: Partial<ExpressVerifierOptions> = {}) {
  const seen: WebhookEvent[] = [];
  const a = express();
  a.post("/hook", ...before, verifyTripwireWebhook({ secret: SECRET, now, ...options }), (req, res) => {
    seen.push(req.tripwireEvent!);
    res.status(200).json({ ok: true });
  });
  return { url: await listen(a), seen };
}

const post = async (url: string, body: string = BODY, headers?: Record<string, string>) =>
  fetch(url, { method: "POST", body, headers: headers ?? (await generateTestHeaders({ payload: body, secret: SECRET, timestamp: T })) });

async function problem(res: Response) {
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  return (await res.json()) as { type: string; title: string; status: number; detail: string; code: string };
}

describe("verifyTripwireWebhook()", () => {
  test("after express.raw({ type: 'application/json' }): 200 and req.tripwireEvent is the event", async () => {
    const { url, seen } = await app([express.raw({ type: "application/json" })]);
    const res = await post(url);
    expect(res.status).toBe(200);
    expect(seen).toEqual([EVENT]);
  });

  test("with no body parser it reads the stream itself", async () => {
    const { url, seen } = await app([]);
    expect((await post(url)).status).toBe(200);
    expect(seen).toEqual([EVENT]);
  });

  test("after express.text() for JSON: the string body is used", async () => {
    const { url, seen } = await app([express.text({ type: "application/json" })]);
    expect((await post(url)).status).toBe(200);
    expect(seen).toHaveLength(1);
  });

  test("behind an Express 4-style {} placeholder body with the stream unread: reads the stream", async () => {
    const placeholder: express.RequestHandler = (req, _res, next) => {
      req.body = {};
      next();
    };
    const { url, seen } = await app([placeholder]);
    expect((await post(url)).status).toBe(200);
    expect(seen).toHaveLength(1);
  });

  test("after express.json(): 400 payload_not_raw problem+json, handler not reached", async () => {
    const errors: WebhookVerificationError[] = [];
    const { url, seen } = await app([express.json()], { onError: (e) => errors.push(e) });
    const res = await post(url);
    expect(res.status).toBe(400);
    const body = await problem(res);
    expect(body).toMatchObject({ status: 400, code: "payload_not_raw", title: "Raw body unavailable" });
    expect(seen).toHaveLength(0);
    expect(errors[0]?.message).toContain("express.raw(");
  });

  test("a forged delivery: 401 no_match; detail is fixed text, the full message only goes to onError", async () => {
    const errors: WebhookVerificationError[] = [];
    const { url, seen } = await app([express.raw({ type: "application/json" })], { onError: (e) => errors.push(e) });
    const forged = await generateTestHeaders({ payload: BODY, secret: OTHER_SECRET, timestamp: T });
    const res = await post(url, BODY, forged);
    expect(res.status).toBe(401);
    const body = await problem(res);
    expect(body).toEqual({
      type: "https://tripwire.dev/problems/webhook-no-match",
      title: "Signature mismatch",
      status: 401,
      detail: "No signature in the request matches this endpoint's secret for this body.",
      code: "no_match",
    });
    expect(seen).toHaveLength(0);
    expect(errors.map((e) => e.code)).toEqual(["no_match"]);
  });

  test("missing headers: 400 missing_header; stale timestamp: 401 timestamp_too_old", async () => {
    const { url } = await app([]);
    const missing = await post(url, BODY, { "content-type": "application/json" });
    expect(missing.status).toBe(400);
    expect((await problem(missing)).code).toBe("missing_header");
    const stale = await post(url, BODY, await generateTestHeaders({ payload: BODY, secret: SECRET, timestamp: T - 301 }));
    expect(stale.status).toBe(401);
    expect((await problem(stale)).code).toBe("timestamp_too_old");
  });

  test("a body over maxBodyBytes: 413 without buffering it", async () => {
    const { url, seen } = await app([], { maxBodyBytes: 1024 });
    const big = "x".repeat(4096);
    const res = await post(url, big, await generateTestHeaders({ payload: big, secret: SECRET, timestamp: T }));
    expect(res.status).toBe(413);
    expect((await problem(res)).status).toBe(413);
    expect(seen).toHaveLength(0);
  });

  test("works as plain node:http middleware, no Express involved", async () => {
    const middleware = verifyTripwireWebhook({ secret: SECRET, now });
    const url = await listen((req, res) =>
      middleware(req, res, (err) => {
        res.statusCode = err ? 500 : 200;
        res.end((req as { tripwireEvent?: WebhookEvent }).tripwireEvent?.id ?? "");
      }),
    );
    const ok = await post(url);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe(EVENT.id);
    const headers = await generateTestHeaders({ payload: BODY, secret: SECRET, timestamp: T });
    expect((await post(url, BODY + " ", headers)).status).toBe(401);
  });
});
