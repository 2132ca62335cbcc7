import { describe, expect, test } from "bun:test";
import { paginate, TripwireError, type Event } from "../src/index.ts";
import { incident, testClient } from "./fixtures.ts";
import { http, problem, problemResponse, server, useMsw } from "./msw.ts";

useMsw();

/** Serves `ids` as incidents, `limit` per page, with the cursor being the index of the next page's first item. */
function serveIncidents(ids: string[], seen: URLSearchParams[] = []) {
  server.use(
    http.get("/incidents", ({ request, response }) => {
      const query = new URL(request.url).searchParams;
      seen.push(query);
      const start = Number(query.get("cursor") ?? "0");
      const limit = Number(query.get("limit") ?? "20");
      const end = start + limit;
      return response(200).json({ data: ids.slice(start, end).map((id) => incident({ id })), next_cursor: end < ids.length ? String(end) : null });
    }),
  );
  return seen;
}

const SEVEN = ["inc_1", "inc_2", "inc_3", "inc_4", "inc_5", "inc_6", "inc_7"];

describe("client.paginate", () => {
  test("yields every item across three pages, passing the cursor and keeping the filters", async () => {
    const seen = serveIncidents(SEVEN);
    const ids: string[] = [];
    for await (const item of testClient().paginate("/incidents", { params: { query: { status: "investigating", limit: 3 } } })) ids.push(item.id);

    expect(ids).toEqual(SEVEN);
    expect(seen.map((q) => q.get("cursor"))).toEqual([null, "3", "6"]);
    expect(seen.every((q) => q.get("status") === "investigating" && q.get("limit") === "3")).toBe(true);
  });

  test("fetches no further page after the loop breaks", async () => {
    const seen = serveIncidents(SEVEN);
    for await (const item of testClient().paginate("/incidents", { params: { query: { limit: 3 } } })) {
      if (item.id === "inc_2") break;
    }
    expect(seen).toHaveLength(1);
  });

  test("starts from a cursor the caller passes", async () => {
    serveIncidents(SEVEN);
    const ids: string[] = [];
    for await (const item of testClient().paginate("/incidents", { params: { query: { limit: 3, cursor: "5" } } })) ids.push(item.id);
    expect(ids).toEqual(["inc_6", "inc_7"]);
  });

  test("throws a TripwireError when a page fails, after yielding the pages before it", async () => {
    let calls = 0;
    server.use(
      http.get("/incidents", ({ response }) =>
        ++calls === 1
          ? response(200).json({ data: [incident({ id: "inc_1" })], next_cursor: "c2" })
          : response.untyped(problemResponse(problem(422, "Validation failed", "The cursor is invalid.", { errors: [{ in: "query", pointer: "#/cursor", detail: "Invalid cursor" }] }))),
      ),
    );
    const ids: string[] = [];
    const error = await (async () => {
      for await (const item of testClient().paginate("/incidents")) ids.push(item.id);
    })().catch((e: unknown) => e);
    expect(ids).toEqual(["inc_1"]);
    expect(error).toBeInstanceOf(TripwireError);
    expect((error as TripwireError).fieldErrors[0]?.pointer).toBe("#/cursor");
  });

  test("a page that fails with 503 is retried before paginate gives up", async () => {
    let calls = 0;
    server.use(
      http.get("/incidents", ({ response }) =>
        ++calls === 1 ? response.untyped(problemResponse(problem(503, "Service unavailable", "Busy."))) : response(200).json({ data: [incident()], next_cursor: null }),
      ),
    );
    const items = await Array.fromAsync(testClient().paginate("/incidents"));
    expect(items).toHaveLength(1);
    expect(calls).toBe(2);
  });

  test("refuses to loop when the server returns the cursor it was given", async () => {
    server.use(http.get("/incidents", ({ response }) => response(200).json({ data: [incident()], next_cursor: "same" })));
    await expect(Array.fromAsync(testClient().paginate("/incidents"))).rejects.toThrow(/same cursor twice/);
  });

  test("works for any list: events filtered by resource", async () => {
    const event: Event = {
      id: "evt_1",
      type: "incident.created",
      resource_type: "incident",
      resource_id: "inc_1",
      data: { incident: incident() },
      caused_by: null,
      created_at: "2026-11-23T09:00:00.000Z",
    };
    let resourceId = null as string | null;
    server.use(
      http.get("/events", ({ query, response }) => {
        resourceId = query.get("resource_id");
        return response(200).json({ data: [event], next_cursor: null });
      }),
    );
    const client = testClient();
    const events = await Array.fromAsync(paginate(client, "/events", { params: { query: { resource_id: "inc_1" } } }));
    expect(events.map((e) => e.type)).toEqual(["incident.created"]);
    expect(resourceId).toBe("inc_1");
  });
});
