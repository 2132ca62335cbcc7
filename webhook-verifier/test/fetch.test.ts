/** The fetch-style helper on both backends, with real `Request` objects and one real Bun.serve round trip. */
import { afterAll, describe, expect, test } from "bun:test";
import * as fetchNode from "../src/fetch.node.ts";
import * as fetchWeb from "../src/fetch.ts";
import { generateTestHeaders } from "../src/index.node.ts";
import { BODY, EVENT, now, OTHER_SECRET, SECRET, T } from "./shared/suite.ts";

const request = async (body: string = BODY, secret = SECRET, timestamp = T) =>
  new Request("http://localhost/hook", { method: "POST", body, headers: await generateTestHeaders({ payload: BODY, secret, timestamp }) });

for (const [label, entry] of [["node:crypto", fetchNode], ["web-crypto", fetchWeb]] as const) {
  describe(`${label}: createFetchVerifier()`, () => {
    const verifyTripwire = entry.createFetchVerifier({ secret: SECRET, now });

    test("returns the event for a genuine Request", async () => {
      expect(await verifyTripwire(await request())).toEqual(EVENT);
    });

    test("throws WebhookVerificationError for a forged or tampered Request", async () => {
      await expect(verifyTripwire(await request(BODY, OTHER_SECRET))).rejects.toMatchObject({ code: "no_match" });
      await expect(verifyTripwire(await request(BODY.replace("major", "minor")))).rejects.toBeInstanceOf(entry.WebhookVerificationError);
    });

    test("a Request whose body was already read: payload_not_raw with a hint to clone()", async () => {
      const req = await request();
      await req.text();
      const err = await verifyTripwire(req).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(entry.WebhookVerificationError);
      expect((err as { code: string }).code).toBe("payload_not_raw");
      expect((err as Error).message).toContain("clone()");
    });

    test("problemResponse() answers with status, problem+json and the fixed detail", async () => {
      const err = await verifyTripwire(await request(BODY, SECRET, T - 1000)).catch((e: unknown) => e);
      const res = entry.problemResponse(err as InstanceType<typeof entry.WebhookVerificationError>);
      expect(res.status).toBe(401);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
      expect(await res.json()).toMatchObject({ status: 401, code: "timestamp_too_old", title: "Webhook timestamp too old" });
    });
  });
}

describe("createFetchVerifier() in Bun.serve", () => {
  const verifyTripwire = fetchNode.createFetchVerifier({ secret: SECRET });
  const server = Bun.serve({
    hostname: "127.0.0.1",
    port: 0,
    async fetch(req) {
      try {
        const event = await verifyTripwire(req);
        return Response.json({ received: event.id });
      } catch (err) {
        if (err instanceof fetchNode.WebhookVerificationError) return fetchNode.problemResponse(err);
        throw err;
      }
    },
  });
  afterAll(() => server.stop(true));

  test("200 for a genuine delivery, 401 problem+json for a forged one", async () => {
    const url = `http://127.0.0.1:${server.port}/`;
    const genuine = await fetch(url, { method: "POST", body: BODY, headers: await generateTestHeaders({ payload: BODY, secret: SECRET }) });
    expect(genuine.status).toBe(200);
    expect(await genuine.json()).toEqual({ received: EVENT.id });
    const forged = await fetch(url, { method: "POST", body: BODY, headers: await generateTestHeaders({ payload: BODY, secret: OTHER_SECRET }) });
    expect(forged.status).toBe(401);
    expect(forged.headers.get("content-type")).toBe("application/problem+json");
  });
});
