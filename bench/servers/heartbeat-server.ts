/**
 * The real Tripwire server for bench/heartbeats.ts, in its own process: temp SQLite, development mode (1-second
 * periods), rate limits out of the way, and `HEARTBEATS` heartbeats (period 60 s) plus `LATE` more (period 1 s,
 * grace 1 s, for the lateness measurement), made over HTTP. Prints one JSON line ({ url, apiKey, pid, pings, late })
 * once ready, the ping URLs in a file, then serves until SIGTERM/SIGINT or until stdin closes.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { startTestServer } from "../../server/test/harness.ts";
import { createMany, exitWithParent } from "../lib.ts";

const HEARTBEATS = Number(process.env.HEARTBEATS ?? 10_000);
const LATE = Number(process.env.LATE ?? 1_000);
const server = await startTestServer({ env: { TRIPWIRE_RATE_LIMIT: "10000000", TRIPWIRE_PING_RATE_LIMIT: "10000000" } });

async function make(n: number, body: Record<string, unknown>): Promise<string[]> {
  const made = await createMany<{ ping_url: string }>(server.baseUrl, server.apiKey, "/heartbeats", n, (i) => ({ ...body, name: `${body.name} ${i}` }), 16);
  return made.map((h) => h.ping_url);
}

const pings = join(server.dir, "pings.json");
const late = join(server.dir, "late.json");
writeFileSync(pings, JSON.stringify(await make(HEARTBEATS, { name: "job", period: 60, grace: 60 })));
writeFileSync(late, JSON.stringify(await make(LATE, { name: "late", period: 1, grace: 1 })));
console.log(JSON.stringify({ url: server.baseUrl, apiKey: server.apiKey, pid: process.pid, pings, late }));

exitWithParent(() => server.stop());
