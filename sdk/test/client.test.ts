import { describe, expect, test } from "bun:test";
import { HttpResponse } from "msw";
import { apiRoot, createTripwireClient, SDK_VERSION } from "../src/index.ts";
import packageJson from "../package.json" with { type: "json" };
import { API_KEY, incident, service, testClient } from "./fixtures.ts";
import { http, ORIGIN, server, useMsw } from "./msw.ts";

useMsw();

// Created at module load, before msw listens: the client must still go through msw (fetch is looked up per request).
const earlyClient = testClient();

describe("createTripwireClient", () => {
  test("a client created before msw started listening is still intercepted", async () => {
    server.use(http.get("/services/{serviceId}", ({ params, response }) => response(200).json(service({ id: params.serviceId }))));
    const { data } = await earlyClient.GET("/services/{serviceId}", { params: { path: { serviceId: "svc_1" } } });
    expect(data?.id).toBe("svc_1");
  });

  test("sends the API key as a bearer token and identifies the SDK version", async () => {
    const seen: Headers[] = [];
    server.use(
      http.get("/incidents/{incidentId}", ({ request, response }) => {
        seen.push(request.headers);
        return response(200).json(incident());
      }),
    );
    await testClient().GET("/incidents/{incidentId}", { params: { path: { incidentId: "inc_1" } } });
    expect(seen[0]?.get("authorization")).toBe(`Bearer ${API_KEY}`);
    expect(seen[0]?.get("x-tripwire-client")).toBe(`sdk/${packageJson.version}`);
    expect(SDK_VERSION).toBe(packageJson.version);
  });

  test("appends /api/v1 to the origin, and accepts a baseUrl that already ends with it", async () => {
    let hits = 0;
    server.use(
      http.get("/health", ({ response }) => {
        hits++;
        return response(200).json({ status: "ok", version: "test" });
      }),
    );
    for (const baseUrl of [ORIGIN, `${ORIGIN}/`, `${ORIGIN}/api/v1`, `${ORIGIN}/api/v1/`]) {
      const { data } = await createTripwireClient({ baseUrl, apiKey: API_KEY }).GET("/health");
      expect(data?.status).toBe("ok");
    }
    expect(hits).toBe(4);
  });

  test("gives every POST a fresh UUID Idempotency-Key and leaves GET without one", async () => {
    const keys: (string | null)[] = [];
    server.use(
      http.post("/services", async ({ request, response }) => {
        keys.push(request.headers.get("idempotency-key"));
        return response(201).json(service());
      }),
      http.get("/services", ({ request, response }) => {
        keys.push(request.headers.get("idempotency-key"));
        return response(200).json({ data: [], next_cursor: null });
      }),
    );
    const client = testClient();
    await client.POST("/services", { body: { name: "a" } });
    await client.POST("/services", { body: { name: "b" } });
    await client.GET("/services");
    const [first, second, get] = keys;
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(second).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).not.toBe(first);
    expect(get).toBeNull();
  });

  test("keeps an Idempotency-Key the caller set", async () => {
    let key = null as string | null;
    server.use(
      http.post("/incidents", ({ request, response }) => {
        key = request.headers.get("idempotency-key");
        return response(201).json(incident());
      }),
    );
    await testClient().POST("/incidents", { body: { title: "t" }, params: { header: { "Idempotency-Key": "deploy-42-incident" } } });
    expect(key).toBe("deploy-42-incident");
  });

  test("middleware added by the caller sees the generated Idempotency-Key", async () => {
    server.use(http.post("/services", ({ response }) => response(201).json(service())));
    const client = testClient();
    let seen = null as string | null;
    client.use({
      onRequest({ request }) {
        seen = request.headers.get("idempotency-key");
      },
    });
    await client.POST("/services", { body: { name: "x" } });
    expect(seen).toMatch(/^[0-9a-f-]{36}$/);
  });

  test("keeps openapi-fetch's { data, error, response } result for errors", async () => {
    server.use(http.get("/incidents/{incidentId}", ({ response }) => response(404).json(
      { type: "https://tripwire.dev/problems/not-found", title: "Not found", status: 404, detail: "No incident inc_1.", instance: "/api/v1/incidents/inc_1", request_id: "req_1" },
      { headers: { "content-type": "application/problem+json" } },
    )));
    const { data, error, response } = await testClient().GET("/incidents/{incidentId}", { params: { path: { incidentId: "inc_1" } } });
    expect(data).toBeUndefined();
    expect(error?.detail).toBe("No incident inc_1.");
    expect(response.status).toBe(404);
  });

  test("rejects a missing API key and a relative baseUrl when the client is created", () => {
    expect(() => createTripwireClient({ baseUrl: ORIGIN, apiKey: "" })).toThrow(/apiKey is required/);
    expect(() => createTripwireClient({ baseUrl: "/api/v1", apiKey: API_KEY })).toThrow(/absolute URL/);
    expect(() => createTripwireClient({ baseUrl: ORIGIN, apiKey: API_KEY, timeoutMs: 0 })).toThrow(RangeError);
  });

  test("sends requests through a fetch passed in options", async () => {
    const urls: string[] = [];
    const client = createTripwireClient({
      baseUrl: "http://example.invalid",
      apiKey: API_KEY,
      fetch: async (request) => {
        urls.push(request.url);
        return HttpResponse.json({ status: "ok", version: "x" });
      },
    });
    const { data } = await client.GET("/health");
    expect(data?.version).toBe("x");
    expect(urls).toEqual(["http://example.invalid/api/v1/health"]);
  });
});

describe("apiRoot", () => {
  test("keeps a sub-path mount and drops query and fragment", () => {
    expect(apiRoot("https://ops.example.com/tripwire/")).toBe("https://ops.example.com/tripwire/api/v1");
    expect(apiRoot("http://127.0.0.1:3000?x=1#y")).toBe("http://127.0.0.1:3000/api/v1");
  });
});
