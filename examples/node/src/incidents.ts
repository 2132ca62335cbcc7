/**
 * The typed SDK from a plain Node script: create a service, open an incident on it, then read the organization's
 * events page by page.
 *
 *   npm run build && TRIPWIRE_API_KEY=tw_live_... npm run incidents
 *
 * TRIPWIRE_URL defaults to http://127.0.0.1:3000. Exit codes: 0 done, 1 the API answered with an error, 2 misconfigured.
 */
import { CONTRACT_VERSION, createTripwireClient, type Event, TripwireError } from "@tripwire/sdk";

const baseUrl = process.env.TRIPWIRE_URL ?? "http://127.0.0.1:3000";
const apiKey = process.env.TRIPWIRE_API_KEY;
if (!apiKey) {
  console.error("Set TRIPWIRE_API_KEY to an API key with services:write, incidents:write and events:read.");
  process.exit(2);
}

const client = createTripwireClient({ baseUrl, apiKey });

// Count the pages paginate() fetches: client.use() is openapi-fetch's middleware.
let pages = 0;
client.use({
  onRequest({ request }) {
    if (request.method === "GET" && new URL(request.url).pathname.endsWith("/events")) pages++;
    return request;
  },
});

try {
  const service = await client.orThrow(client.POST("/services", { body: { name: `checkout-api-${Date.now().toString(36)}` } }));
  console.log(`service ${service.id} ${service.name} [${service.status}]`);

  const incident = await client.orThrow(
    client.POST("/incidents", { body: { title: "Checkout API returns 502", severity: "critical", service_ids: [service.id] } }),
  );
  console.log(`incident ${incident.id} "${incident.title}" [${incident.status}, ${incident.severity}]`);

  // One event a page, to show paginate() following next_cursor until the last page (the default page is 20).
  const events: Event[] = [];
  for await (const event of client.paginate("/events", { params: { query: { limit: 1 } } })) events.push(event);
  console.log(`events ${events.length} in ${pages} pages: ${events.map((e) => e.type).join(", ")}`);
  console.log(`contract ${CONTRACT_VERSION}`);
} catch (error) {
  if (error instanceof TripwireError) {
    console.error(error.message); // "404 Not found: … (request req_…)", plus both contract versions if they differ
    process.exit(1);
  }
  throw error;
}
