/**
 * The SDK against the real server on 127.0.0.1 (a fresh SQLite file per run, see server/test/harness.ts): the
 * generated types, retries, idempotency and problem documents must agree with what the server actually does.
 * No msw here: requests go over loopback.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { startTestServer } from "../../server/test/harness.ts";
import { CONTRACT_VERSION, createTripwireClient, type FetchLike, type Incident, type TripwireClient, TripwireError } from "../src/index.ts";

let server: Awaited<ReturnType<typeof startTestServer>>;
let client: TripwireClient;

beforeAll(async () => {
  server = await startTestServer();
  client = createTripwireClient({ baseUrl: server.baseUrl, apiKey: server.apiKey });
});
afterAll(() => server?.stop());

async function rejection(promise: Promise<unknown>): Promise<TripwireError> {
  const error = await promise.then(
    () => new Error("expected a TripwireError, got a success"),
    (e: unknown) => e,
  );
  if (!(error instanceof TripwireError)) throw error;
  return error;
}

describe("the SDK against the real server", () => {
  test("creates a service and an incident that references it", async () => {
    const service = await client.orThrow(client.POST("/services", { body: { name: "checkout-api", description: "Public REST API" } }));
    expect(service.id).toMatch(/^svc_/);
    expect(service.status).toBe("operational");

    const created = await client.orThrow(
      client.POST("/incidents", { body: { title: "Checkout API returns 502", severity: "critical", service_ids: [service.id] } }),
    );
    expect(created.service_ids).toEqual([service.id]);

    const fetched = await client.orThrow(client.GET("/incidents/{incidentId}", { params: { path: { incidentId: created.id } } }));
    expect(fetched).toEqual(created);
  });

  test("paginates five incidents two at a time, newest first, in three pages", async () => {
    const service = await client.orThrow(client.POST("/services", { body: { name: "pagination-target" } }));
    const titles = ["one", "two", "three", "four", "five"];
    for (const title of titles) await client.orThrow(client.POST("/incidents", { body: { title, service_ids: [service.id] } }));

    const pages: string[] = [];
    const counting: FetchLike = (request) => {
      pages.push(new URL(request.url).searchParams.get("cursor") ?? "(first)");
      return globalThis.fetch(request);
    };
    const listing = createTripwireClient({ baseUrl: server.baseUrl, apiKey: server.apiKey, fetch: counting });
    const seen: Incident[] = [];
    for await (const incident of listing.paginate("/incidents", { params: { query: { service_id: service.id, limit: 2 } } })) seen.push(incident);

    expect(seen.map((i) => i.title)).toEqual([...titles].reverse());
    expect(pages).toHaveLength(3);
    expect(pages[0]).toBe("(first)");
  });

  test("a 422 becomes a TripwireError whose field errors point at the invalid field", async () => {
    const error = await rejection(client.orThrow(client.POST("/incidents", { body: { title: "" } })));
    expect(error.status).toBe(422);
    expect(error.problem?.type).toBe("https://tripwire.dev/problems/validation");
    expect(error.fieldErrors[0]).toMatchObject({ in: "body", pointer: "#/title" });
    expect(error.requestId).toBe(error.response.headers.get("x-request-id") ?? "missing");
  });

  test("an unknown incident is a 404 TripwireError with the server's request id", async () => {
    const error = await rejection(client.orThrow(client.GET("/incidents/{incidentId}", { params: { path: { incidentId: "inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M" } } })));
    expect(error.status).toBe(404);
    expect(error.problem?.title).toBe("Not found");
    expect(error.requestId).toMatch(/\S/);
    // The real server names its release and contract; they match the contract this SDK was generated from.
    expect(error.serverVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(error.serverContractVersion).toBe(CONTRACT_VERSION);
    expect(error.contractMismatch).toBe(false);
  });

  test("publishing a draft twice: the second is a 409 TripwireError", async () => {
    const draft = await client.orThrow(client.POST("/incidents", { body: { title: "Quiet investigation", visibility: "draft" } }));
    const publish = () => client.orThrow(client.POST("/incidents/{incidentId}/publish", { params: { path: { incidentId: draft.id } } }));

    const published = await publish();
    expect(published.visibility).toBe("public");
    const error = await rejection(publish());
    expect(error.status).toBe(409);
    expect(error.problem?.detail).toContain(draft.id);
  });

  test("a POST whose response was lost is retried with the same key and creates one incident", async () => {
    let attempts = 0;
    let replayed = null as string | null;
    // The first attempt reaches the server, which creates the incident, but the response never arrives.
    const flaky: FetchLike = async (request) => {
      const response = await globalThis.fetch(request);
      if (++attempts === 1) throw new TypeError("connection reset after the request was sent");
      replayed = response.headers.get("idempotent-replayed");
      return response;
    };
    const retrying = createTripwireClient({ baseUrl: server.baseUrl, apiKey: server.apiKey, fetch: flaky, retry: { minDelayMs: 1, maxDelayMs: 5 } });
    const service = await client.orThrow(client.POST("/services", { body: { name: "lost-response" } }));

    const created = await retrying.orThrow(retrying.POST("/incidents", { body: { title: "Created once", service_ids: [service.id] } }));

    expect(attempts).toBe(2);
    expect(replayed).toBe("true");
    const onService = await Array.fromAsync(client.paginate("/incidents", { params: { query: { service_id: service.id } } }));
    expect(onService.map((i) => i.id)).toEqual([created.id]);
  });
});
