/**
 * An uptime monitor with @tripwire/sdk: watch a URL, activate the documented "Auto-Incident on Outage" workflow
 * (exactly as written), wait for the first checks to settle the monitor's state, print its check history, and pause
 * it again.
 *
 *   TRIPWIRE_API_KEY=tw_live_... bun examples/sdk/monitor.ts https://example.com/health [frequency-seconds]
 *
 * TRIPWIRE_URL defaults to http://127.0.0.1:3000. The frequency defaults to 30 s (the production minimum; a server
 * started with TRIPWIRE_DEV=1 accepts 1). Exit codes: 0 done, 1 the API answered with an error, 2 misconfigured.
 */
import { createTripwireClient, TripwireError } from "@tripwire/sdk";

const baseUrl = process.env.TRIPWIRE_URL || "http://127.0.0.1:3000";
const apiKey = process.env.TRIPWIRE_API_KEY;
const [url, frequency = "30"] = process.argv.slice(2);
if (!apiKey || !url) {
  console.error("Usage: TRIPWIRE_API_KEY=… bun examples/sdk/monitor.ts <url> [frequency-seconds] (the key needs monitors:write and workflows:write).");
  process.exit(2);
}

const client = createTripwireClient({ baseUrl, apiKey });

try {
  // The documented example, as written: an incident when any uptime monitor goes down.
  const workflow = await client.orThrow(
    client.POST("/workflows", {
      body: {
        name: "Auto-Incident on Outage",
        trigger: "uptime.down",
        actions: [
          {
            type: "create_incident",
            title: "{{monitor.name}} is unreachable",
            severity: "major",
            service_id: "{{monitor.service_id}}",
            message: "Uptime monitor detected {{monitor.url}} is not responding. Automated incident created.",
          },
        ],
      },
    }),
  );
  await client.orThrow(client.POST("/workflows/{workflowId}/activate", { params: { path: { workflowId: workflow.id } } }));
  console.log(`workflow active: ${workflow.id} ${workflow.name}`);

  const monitor = await client.orThrow(
    client.POST("/monitors", { body: { name: new URL(url).host, url, check_frequency: Number(frequency), request_timeout: Math.min(10, Number(frequency)), confirmation: 2 } }),
  );
  console.log(`monitor created: ${monitor.id} ${monitor.url} every ${monitor.check_frequency} s [${monitor.state}]`);

  // The first check runs at once; the state is up after one good check, down after `confirmation` failures.
  let state = monitor.state;
  const deadline = Date.now() + (monitor.confirmation + 1) * monitor.check_frequency * 1000 + 10_000;
  while (state === "pending" && Date.now() < deadline) {
    await Bun.sleep(250);
    state = (await client.orThrow(client.GET("/monitors/{monitorId}", { params: { path: { monitorId: monitor.id } } }))).state;
  }
  console.log(`state: ${state}`);

  const checks = await client.orThrow(client.GET("/monitors/{monitorId}/checks", { params: { path: { monitorId: monitor.id }, query: { limit: 10 } } }));
  for (const c of checks.data.toReversed()) {
    console.log(`  ${c.checked_at} ${c.outcome} ${c.status_code ?? "-"} ${Math.round(c.duration_ms)} ms${c.error ? ` ${c.error_class}: ${c.error}` : ""}`);
  }

  await client.orThrow(client.POST("/monitors/{monitorId}/pause", { params: { path: { monitorId: monitor.id } } }));
  console.log(`monitor paused: ${monitor.id}`);
} catch (err) {
  if (err instanceof TripwireError) {
    console.error(`Tripwire API error: ${err.message}`);
    for (const field of err.fieldErrors) console.error(`  ${field.in} ${field.pointer}: ${field.detail}`);
    process.exit(1);
  }
  throw err;
}
