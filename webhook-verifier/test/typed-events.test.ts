/**
 * The verifier's typed events are the contract's: `TripwireEvent` is generated from openapi.yaml's WebhookPayload, so
 * it is mutually assignable with the SDK's type of the same schema (checked by tsc), and a real body narrows by `event`.
 */
import { expect, test } from "bun:test";
import type { components } from "../../sdk/src/generated/openapi.d.ts";
import { generateTestHeaders, type TripwireEvent, type TripwireEventOf, type TripwireEventType, verifyWebhook } from "../src/index.node.ts";

type Contract = components["schemas"]["WebhookPayload"];
// Compile-time: each type assignable to the other (a drift makes `bun run typecheck` fail).
const toContract = (e: TripwireEvent): Contract => e;
const fromContract = (e: Contract): TripwireEvent => e;
const types: TripwireEventType[] = ["incident.created", "service.status_changed", "run.failed", "webhook.disabled"];

test("a verified body narrows by `event` to the documented data", async () => {
  const secret = "whsec_Nkl1q54nDrhi6YPRwFl7mP2gf7HCUe1Z9B5YlmXcafI=";
  const sent: TripwireEventOf<"service.status_changed"> = {
    id: "evt_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
    event: "service.status_changed",
    timestamp: "2024-01-15T10:30:00.000Z",
    data: {
      id: "svc_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
      name: "API Gateway",
      description: null,
      status: "degraded",
      created_at: "2024-01-01T00:00:00.000Z",
      updated_at: "2024-01-15T10:30:00.000Z",
      previous_status: "operational",
      new_status: "degraded",
    },
  };
  const payload = JSON.stringify(fromContract(toContract(sent)));
  const event = (await verifyWebhook({ payload, headers: await generateTestHeaders({ payload, secret }), secret })) as TripwireEvent;
  let line = "";
  switch (event.event) {
    case "service.status_changed":
      line = `${event.data.name}: ${event.data.previous_status} -> ${event.data.new_status}`;
      break;
    case "incident.created":
      line = `${event.data.title} on ${event.data.services.join(", ")}`;
      break;
  }
  expect(line).toBe("API Gateway: operational -> degraded");
  expect(types).toContain(event.event);
});
