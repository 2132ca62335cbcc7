import { describe, expect, test } from "bun:test";
import { delay } from "msw";
import { createRetryingFetch } from "../src/index.ts";
import { service, testClient } from "./fixtures.ts";
import { http, ORIGIN, problem, problemResponse, server, useMsw } from "./msw.ts";

useMsw();

const getService = (client: ReturnType<typeof testClient>, signal?: AbortSignal) =>
  client.GET("/services/{serviceId}", { params: { path: { serviceId: "svc_1" } }, signal: signal ?? null });

describe("timeouts", () => {
  test("an attempt slower than timeoutMs is aborted and the retry succeeds", async () => {
    let calls = 0;
    server.use(
      http.get("/services/{serviceId}", async ({ response }) => {
        if (++calls === 1) await delay("infinite");
        return response(200).json(service({ name: "second attempt" }));
      }),
    );
    const started = performance.now();
    const { data } = await getService(testClient({ timeoutMs: 50 }));
    expect(data?.name).toBe("second attempt");
    expect(calls).toBe(2);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  test("when every attempt times out, rejects with a TimeoutError after retries + 1 attempts", async () => {
    let calls = 0;
    server.use(
      http.get("/services/{serviceId}", async ({ response }) => {
        calls++;
        await delay("infinite");
        return response(200).json(service());
      }),
    );
    const error = await getService(testClient({ timeoutMs: 30, retry: { retries: 2, minDelayMs: 1, maxDelayMs: 2 } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe("TimeoutError");
    expect((error as DOMException).message).toMatch(/GET http:\/\/tripwire\.test\/api\/v1\/services\/svc_1 timed out after 30 ms/);
    expect(calls).toBe(3);
  });

  test("a PATCH that times out is not retried", async () => {
    let calls = 0;
    server.use(
      http.patch("/services/{serviceId}", async ({ response }) => {
        calls++;
        await delay("infinite");
        return response(200).json(service());
      }),
    );
    const patch = testClient({ timeoutMs: 30 }).PATCH("/services/{serviceId}", { params: { path: { serviceId: "svc_1" } }, body: { status: "degraded" } });
    await expect(patch).rejects.toMatchObject({ name: "TimeoutError" });
    expect(calls).toBe(1);
  });
});

describe("a caller's AbortSignal", () => {
  test("aborts an attempt in flight at once, without a retry", async () => {
    let calls = 0;
    server.use(
      http.get("/services/{serviceId}", async ({ response }) => {
        calls++;
        await delay("infinite");
        return response(200).json(service());
      }),
    );
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const started = performance.now();
    const error = await getService(testClient(), controller.signal).catch((e: unknown) => e);
    expect((error as Error).name).toBe("AbortError");
    expect(calls).toBe(1);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  test("aborts the wait between attempts", async () => {
    let calls = 0;
    server.use(
      http.get("/services/{serviceId}", ({ response }) => {
        calls++;
        return response.untyped(problemResponse(problem(503, "Service unavailable", "Busy."), { "retry-after": "5" }));
      }),
    );
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("user cancelled")), 20);
    const started = performance.now();
    const error = await getService(testClient({ retry: { maxDelayMs: 10_000 } }), controller.signal).catch((e: unknown) => e);
    expect((error as Error).message).toBe("user cancelled");
    expect(calls).toBe(1);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  test("is never followed by a wait or a retry, even with a sleep that ignores signals", async () => {
    server.use(
      http.get("/services/{serviceId}", async ({ response }) => {
        await delay("infinite");
        return response(200).json(service());
      }),
    );
    const slept: number[] = [];
    const retryingFetch = createRetryingFetch({ sleep: async (ms) => void slept.push(ms) });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("stop")), 20);
    await expect(retryingFetch(new Request(`${ORIGIN}/api/v1/services/svc_1`, { signal: controller.signal }))).rejects.toThrow("stop");
    expect(slept).toEqual([]);
  });

  test("already aborted: nothing is sent", async () => {
    let calls = 0;
    server.use(
      http.get("/services/{serviceId}", ({ response }) => {
        calls++;
        return response(200).json(service());
      }),
    );
    await expect(getService(testClient(), AbortSignal.abort(new Error("never mind")))).rejects.toThrow("never mind");
    expect(calls).toBe(0);
  });
});
