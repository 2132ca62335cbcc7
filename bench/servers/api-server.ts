/**
 * The real Tripwire server for bench/api.ts, in its own process: temp SQLite, silent logger, a rate limit high
 * enough that the benchmark never meets it, and one incident to read. Prints one JSON line on stdout
 * ({ url, apiKey, incidentId }) once it is ready, then serves until SIGTERM/SIGINT or until stdin closes
 * (so it cannot outlive the bench that started it).
 */
import { startTestServer } from "../../server/test/harness.ts";
import { exitWithParent } from "../lib.ts";

// The highest value config.ts accepts (10M requests per minute per key).
const server = await startTestServer({ env: { TRIPWIRE_RATE_LIMIT: "10000000" } });
const res = await fetch(`${server.baseUrl}/api/v1/incidents`, {
  method: "POST",
  headers: { authorization: `Bearer ${server.apiKey}`, "content-type": "application/json" },
  body: JSON.stringify({ title: "Checkout returns 502", severity: "critical" }),
});
if (res.status !== 201) {
  console.error(`api-server: creating the incident failed: ${res.status} ${await res.text()}`);
  await server.stop();
  process.exit(1);
}
const incident = (await res.json()) as { id: string };
console.log(JSON.stringify({ url: server.baseUrl, apiKey: server.apiKey, incidentId: incident.id }));

exitWithParent(() => server.stop());
