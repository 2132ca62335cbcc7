/**
 * An incident from start to finish with @tripwire/sdk: create a service, open an incident on it, post a timeline
 * update, resolve it, and print the domain events the incident wrote.
 *
 *   TRIPWIRE_API_KEY=tw_live_... bun examples/sdk/incidents.ts
 *
 * TRIPWIRE_URL defaults to http://127.0.0.1:3000 (the server's origin; the SDK adds /api/v1).
 * Exit codes: 0 done, 1 the API answered with an error, 2 misconfigured.
 */
import { createTripwireClient, type Event, TripwireError } from "@tripwire/sdk";

const baseUrl = process.env.TRIPWIRE_URL || "http://127.0.0.1:3000";
const apiKey = process.env.TRIPWIRE_API_KEY;
if (!apiKey) {
  console.error("Set TRIPWIRE_API_KEY to an API key with services:write, incidents:write and events:read (the server prints one on first start).");
  process.exit(2);
}

const client = createTripwireClient({ baseUrl, apiKey });

try {
  // Service names are unique per organization; the suffix lets the example run more than once.
  const service = await client.orThrow(
    client.POST("/services", { body: { name: `checkout-api-${Date.now().toString(36)}`, description: "Public checkout REST API" } }),
  );
  console.log(`service created: ${service.id} ${service.name} (${service.status})`);

  const incident = await client.orThrow(
    client.POST("/incidents", {
      body: { title: "Checkout API returns 502", severity: "critical", service_ids: [service.id], message: "Error rate above 20% since 09:12 UTC." },
    }),
  );
  console.log(`incident opened: ${incident.id} "${incident.title}" [${incident.status}, ${incident.severity}]`);

  const update = await client.orThrow(
    client.POST("/incidents/{incidentId}/updates", {
      params: { path: { incidentId: incident.id } },
      body: { message: "Root cause found in the payments gateway.", status: "identified" },
    }),
  );
  console.log(`timeline update: ${update.id} "${update.message}" [${update.status}]`);

  const resolved = await client.orThrow(
    client.POST("/incidents/{incidentId}/resolve", {
      params: { path: { incidentId: incident.id } },
      body: { message: "Rolled back the bad deploy; error rate is normal." },
    }),
  );
  console.log(`incident resolved: ${resolved.id} at ${resolved.resolved_at}`);

  // The API lists newest first; tell the story in the order it happened.
  const events = await Array.fromAsync(client.paginate("/events", { params: { query: { resource_id: incident.id, limit: 100 } } }));
  console.log(`events for ${incident.id}:`);
  for (const event of events.reverse()) console.log(`  ${event.created_at} ${event.type}${describeChanges(event)}`);
} catch (error) {
  if (!(error instanceof TripwireError)) throw error;
  console.error(`Tripwire API error: ${error.message}`);
  for (const field of error.fieldErrors) console.error(`  ${field.in} ${field.pointer}: ${field.detail}`);
  process.exit(1);
}

/** `incident.updated` events carry `changes`: field → { from, to }. */
function describeChanges(event: Event): string {
  const changes = event.data.changes;
  if (typeof changes !== "object" || changes === null) return "";
  const fields = Object.entries(changes as Record<string, { from: unknown; to: unknown }>);
  return ` (${fields.map(([field, { from, to }]) => `${field}: ${JSON.stringify(from)} -> ${JSON.stringify(to)}`).join(", ")})`;
}
