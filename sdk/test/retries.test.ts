import { describe, expect, test } from "bun:test";
import { HttpResponse } from "msw";
import { createRetryingFetch } from "../src/index.ts";
import { incident, service, testClient } from "./fixtures.ts";
import { http, ORIGIN, problem, problemResponse, server, useMsw } from "./msw.ts";

useMsw();

const unavailable = () => problemResponse(problem(503, "Service unavailable", "Try again."));

describe("retries", () => {
  test("a POST answered 503, 503, 201 is sent three times with the same Idempotency-Key and body", async () => {
    const attempts: { key: string | null; body: unknown; auth: string | null }[] = [];
    server.use(
      http.post("/incidents", async ({ request, response }) => {
        attempts.push({ key: request.headers.get("idempotency-key"), body: await request.json(), auth: request.headers.get("authorization") });
        return attempts.length < 3 ? response.untyped(unavailable()) : response(201).json(incident({ title: "DB down" }));
      }),
    );
    const client = testClient();
    const created = await client.orThrow(client.POST("/incidents", { body: { title: "DB down", severity: "critical" } }));
    expect(created.title).toBe("DB down");
    expect(attempts).toHaveLength(3);
    const [first] = attempts;
    expect(first?.key).toMatch(/^[0-9a-f-]{36}$/);
    for (const attempt of attempts) {
      expect(attempt.key).toBe(first?.key ?? "missing");
      expect(attempt.body).toEqual({ title: "DB down", severity: "critical" });
      expect(attempt.auth).toBe(first?.auth ?? "missing");
    }
  });

  test("a caller-set Idempotency-Key is the one repeated on every attempt", async () => {
    const keys: (string | null)[] = [];
    server.use(
      http.post("/services", ({ request, response }) => {
        keys.push(request.headers.get("idempotency-key"));
        return keys.length < 2 ? response.untyped(unavailable()) : response(201).json(service());
      }),
    );
    await testClient().POST("/services", { body: { name: "api" }, params: { header: { "Idempotency-Key": "mine-1" } } });
    expect(keys).toEqual(["mine-1", "mine-1"]);
  });

  test("a GET that meets a network error is retried and succeeds", async () => {
    let calls = 0;
    server.use(http.get("/services/{serviceId}", ({ response }) => (++calls === 1 ? response.untyped(HttpResponse.error()) : response(200).json(service()))));
    const { data } = await testClient().GET("/services/{serviceId}", { params: { path: { serviceId: "svc_1" } } });
    expect(data?.name).toBe("checkout-api");
    expect(calls).toBe(2);
  });

  test("gives up after `retries` retries and returns the last response", async () => {
    let calls = 0;
    server.use(http.get("/incidents", ({ response }) => {
      calls++;
      return response.untyped(unavailable());
    }));
    const { error, response } = await testClient({ retry: { retries: 2, minDelayMs: 1, maxDelayMs: 2 } }).GET("/incidents");
    expect(calls).toBe(3);
    expect(response.status).toBe(503);
    expect(error?.title).toBe("Service unavailable");
  });

  test("retry: false sends a request once", async () => {
    let calls = 0;
    server.use(http.get("/incidents", ({ response }) => {
      calls++;
      return response.untyped(unavailable());
    }));
    await testClient({ retry: false }).GET("/incidents");
    expect(calls).toBe(1);
  });

  const final: [number, string][] = [
    [400, "Malformed JSON"],
    [404, "Not found"],
    [409, "Invalid transition"],
    [422, "Validation failed"],
  ];
  for (const [status, title] of final) {
    test(`a POST answered ${status} is not retried`, async () => {
      let calls = 0;
      server.use(http.post("/incidents/{incidentId}/publish", ({ response }) => {
        calls++;
        return response.untyped(problemResponse(problem(status, title, "no")));
      }));
      const { response } = await testClient().POST("/incidents/{incidentId}/publish", { params: { path: { incidentId: "inc_1" } } });
      expect(response.status).toBe(status);
      expect(calls).toBe(1);
    });
  }

  test("a PATCH answered 503 is not retried (it may have been applied)", async () => {
    let calls = 0;
    server.use(http.patch("/incidents/{incidentId}", ({ response }) => {
      calls++;
      return response.untyped(unavailable());
    }));
    const { response } = await testClient().PATCH("/incidents/{incidentId}", { params: { path: { incidentId: "inc_1" } }, body: { status: "identified" } });
    expect(response.status).toBe(503);
    expect(calls).toBe(1);
  });

  test("a PATCH that meets a network error is not retried and rejects", async () => {
    let calls = 0;
    server.use(http.patch("/incidents/{incidentId}", ({ response }) => {
      calls++;
      return response.untyped(HttpResponse.error());
    }));
    const patch = testClient().PATCH("/incidents/{incidentId}", { params: { path: { incidentId: "inc_1" } }, body: { status: "identified" } });
    await expect(patch).rejects.toThrow(TypeError);
    expect(calls).toBe(1);
  });

  test("a PATCH answered 429 is retried: the server refused it before doing anything", async () => {
    let calls = 0;
    server.use(http.patch("/incidents/{incidentId}", ({ response }) =>
      ++calls === 1 ? response.untyped(problemResponse(problem(429, "Too many requests", "Retry in 0 seconds."), { "retry-after": "0" })) : response(200).json(incident({ status: "identified" })),
    ));
    const client = testClient();
    const updated = await client.orThrow(client.PATCH("/incidents/{incidentId}", { params: { path: { incidentId: "inc_1" } }, body: { status: "identified" } }));
    expect(updated.status).toBe("identified");
    expect(calls).toBe(2);
  });
});

describe("Retry-After", () => {
  const url = `${ORIGIN}/api/v1/incidents`;

  test("waits the seconds a 429 names before retrying", async () => {
    const slept: number[] = [];
    let calls = 0;
    server.use(http.get("/incidents", ({ response }) =>
      ++calls === 1 ? response.untyped(problemResponse(problem(429, "Too many requests", "Retry in 2 seconds."), { "retry-after": "2" })) : response(200).json({ data: [], next_cursor: null }),
    ));
    const retryingFetch = createRetryingFetch({ sleep: async (ms) => void slept.push(ms) });
    const res = await retryingFetch(new Request(url));
    expect(res.status).toBe(200);
    expect(slept).toEqual([2000]);
  });

  test("waits until an HTTP-date on a 503", async () => {
    const now = Date.parse("2026-11-23T09:00:00Z");
    const slept: number[] = [];
    let calls = 0;
    server.use(http.get("/incidents", ({ response }) =>
      ++calls === 1 ? response.untyped(new HttpResponse(null, { status: 503, headers: { "retry-after": new Date(now + 7000).toUTCString() } })) : response(200).json({ data: [], next_cursor: null }),
    ));
    const res = await createRetryingFetch({ sleep: async (ms) => void slept.push(ms), now: () => now })(new Request(url));
    expect(res.status).toBe(200);
    expect(slept).toEqual([7000]);
  });

  test("returns the 429 at once when Retry-After is longer than maxDelayMs", async () => {
    const slept: number[] = [];
    let calls = 0;
    server.use(http.get("/incidents", ({ response }) => {
      calls++;
      return response.untyped(problemResponse(problem(429, "Too many requests", "Retry in 60 seconds."), { "retry-after": "60" }));
    }));
    const res = await createRetryingFetch({ retry: { maxDelayMs: 10_000 }, sleep: async (ms) => void slept.push(ms) })(new Request(url));
    expect(res.status).toBe(429);
    expect(calls).toBe(1);
    expect(slept).toEqual([]);
  });

  test("without Retry-After, waits grow exponentially with jitter", async () => {
    const slept: number[] = [];
    server.use(http.get("/incidents", ({ response }) => response.untyped(unavailable())));
    const retryingFetch = createRetryingFetch({ retry: { retries: 3, minDelayMs: 100, maxDelayMs: 1000 }, random: () => 0.5, sleep: async (ms) => void slept.push(ms) });
    const res = await retryingFetch(new Request(url));
    expect(res.status).toBe(503);
    expect(slept).toEqual([75, 150, 300]);
  });
});
