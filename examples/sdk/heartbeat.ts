/**
 * A heartbeat end to end with @tripwire/sdk: create it, ping it the way a cron job does (start, then the exit
 * status), list its pings, then stop pinging and watch it go late (`heartbeat.missed`) and recover
 * (`heartbeat.recovered`) on the next ping.
 *
 *   TRIPWIRE_API_KEY=tw_live_... bun examples/sdk/heartbeat.ts
 *
 * TRIPWIRE_URL defaults to http://127.0.0.1:3000. HEARTBEAT_PERIOD and HEARTBEAT_GRACE (seconds, default 60 and 60;
 * down to 1 when the server runs with TRIPWIRE_DEV=1) set how soon it is late.
 * Exit codes: 0 done, 1 the API answered with an error, 2 misconfigured, 3 the heartbeat was not reported late in time.
 */
import { createTripwireClient, TripwireError } from "@tripwire/sdk";

const baseUrl = process.env.TRIPWIRE_URL || "http://127.0.0.1:3000";
const apiKey = process.env.TRIPWIRE_API_KEY;
if (!apiKey) {
  console.error("Set TRIPWIRE_API_KEY to an API key with monitors:read, monitors:write and events:read (the server prints one on first start).");
  process.exit(2);
}
const period = Number(process.env.HEARTBEAT_PERIOD ?? 60);
const grace = Number(process.env.HEARTBEAT_GRACE ?? 60);
const client = createTripwireClient({ baseUrl, apiKey });

/** What a cron job does: `curl -fsS "$PING_URL/start"`, run, then `curl -fsS --data-raw "$output" "$PING_URL/$?"`. */
async function ping(url: string, body?: string): Promise<void> {
  const res = await fetch(url, body === undefined ? {} : { method: "POST", body });
  if (!res.ok) throw new Error(`ping ${res.status}: ${await res.text()}`);
}

try {
  const heartbeat = await client.orThrow(client.POST("/heartbeats", { body: { name: `nightly-export-${Date.now().toString(36)}`, period, grace } }));
  console.log(`heartbeat created: ${heartbeat.id} "${heartbeat.name}" [${heartbeat.state}], every ${period} s, grace ${grace} s`);
  console.log(`ping URL (secret; put it in your crontab): ${heartbeat.ping_url.replace(/[^/]{6}$/, "……")}`);

  await ping(`${heartbeat.ping_url}/start`);
  await ping(`${heartbeat.ping_url}/0`, "exported 1,204 invoices");
  const up = await client.orThrow(client.GET("/heartbeats/{heartbeatId}", { params: { path: { heartbeatId: heartbeat.id } } }));
  console.log(`after a run: [${up.state}], next ping expected at ${up.expected_at}, late after ${up.deadline_at}`);

  const pings = await Array.fromAsync(client.paginate("/heartbeats/{heartbeatId}/pings", { params: { path: { heartbeatId: heartbeat.id } } }));
  for (const p of pings.reverse()) {
    console.log(`  ping ${p.kind}${p.exit_code === null ? "" : ` (exit ${p.exit_code})`}${p.duration_ms === null ? "" : ` after ${p.duration_ms} ms`}${p.body ? `: ${p.body}` : ""}`);
  }

  // No more pings: the deadline (a durable job on the server) passes and the heartbeat goes down, once.
  console.log(`waiting for the deadline (${period + grace} s)…`);
  const until = Date.now() + (period + grace + 10) * 1000;
  let missed: { data: Record<string, unknown> } | undefined;
  while (!missed && Date.now() < until) {
    await Bun.sleep(500);
    const page = await client.orThrow(client.GET("/events", { params: { query: { type: "heartbeat.missed", resource_id: heartbeat.id } } }));
    missed = page.data[0];
  }
  if (!missed) {
    console.error("heartbeat.missed did not come in time");
    process.exit(3);
  }
  console.log(`heartbeat.missed: reason ${missed.data.reason}, last ping ${missed.data.last_ping_at}, deadline ${missed.data.deadline_at}`);

  await ping(heartbeat.ping_url);
  const recovered = await client.orThrow(client.GET("/events", { params: { query: { type: "heartbeat.recovered", resource_id: heartbeat.id } } }));
  const back = await client.orThrow(client.GET("/heartbeats/{heartbeatId}", { params: { path: { heartbeatId: heartbeat.id } } }));
  console.log(`pinged again: [${back.state}], ${recovered.data.length} heartbeat.recovered event`);
} catch (error) {
  if (!(error instanceof TripwireError)) throw error;
  console.error(`Tripwire API error: ${error.message}`);
  for (const field of error.fieldErrors) console.error(`  ${field.in} ${field.pointer}: ${field.detail}`);
  process.exit(1);
}
