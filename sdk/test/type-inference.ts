/**
 * Compile-time checks of the SDK's inferred types: not run by `bun test`, checked by `bun run typecheck`
 * (`tsc -p tsconfig.json --noEmit` at the root). A wrong inference or a missing `@ts-expect-error` fails it.
 */
import { expectTypeOf } from "bun:test";
import { createTripwireClient, type Event, type Incident, type ListItem, type ListPath, type Problem, type Schema, type Service } from "../src/index.ts";

export async function typeInference(): Promise<void> {
  const client = createTripwireClient({ baseUrl: "http://127.0.0.1:3000", apiKey: "tw_test" });

  // paginate: item type inferred from the path, query typed by the operation.
  for await (const incident of client.paginate("/incidents", { params: { query: { status: "investigating", limit: 2 } } })) {
    expectTypeOf(incident).toEqualTypeOf<Incident>();
  }
  for await (const event of client.paginate("/events", { params: { query: { resource_id: "inc_1" } } })) {
    expectTypeOf(event).toEqualTypeOf<Event>();
  }
  for await (const service of client.paginate("/services")) {
    expectTypeOf(service).toEqualTypeOf<Service>();
  }
  expectTypeOf<ListItem<"/members">>().toEqualTypeOf<Schema<"Member">>();
  expectTypeOf<"/incidents/{incidentId}/updates">().toExtend<ListPath>();
  // @ts-expect-error a single resource is not a list
  client.paginate("/incidents/{incidentId}", { params: { path: { incidentId: "inc_1" } } });
  // @ts-expect-error query values are checked against the operation
  client.paginate("/incidents", { params: { query: { status: "on-fire" } } });

  // orThrow: data without undefined; body-less success is undefined.
  const incident = await client.orThrow(client.GET("/incidents/{incidentId}", { params: { path: { incidentId: "inc_1" } } }));
  expectTypeOf(incident).toEqualTypeOf<Incident>();
  const deleted = await client.orThrow(client.DELETE("/members/{memberId}", { params: { path: { memberId: "mem_1" } } }));
  expectTypeOf(deleted).toEqualTypeOf<undefined>();

  // The openapi-fetch result stays available as-is, with the problem document as `error`.
  const { data, error } = await client.GET("/services/{serviceId}", { params: { path: { serviceId: "svc_1" } } });
  expectTypeOf(data).toEqualTypeOf<Service | undefined>();
  expectTypeOf(error).toEqualTypeOf<Problem | undefined>();

  // POST bodies are typed, Idempotency-Key may be set by the caller.
  await client.POST("/incidents", { body: { title: "t", severity: "major" }, params: { header: { "Idempotency-Key": "k" } } });
  // @ts-expect-error unknown severity
  await client.POST("/incidents", { body: { title: "t", severity: "sev0" } });
}
