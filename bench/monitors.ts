/**
 * `bun bench/monitors.ts [--monitors=10000] [--heartbeats=10000] [--frequency=60] [--duration=3m]`: can one
 * Tripwire process keep 10,000 uptime monitors on schedule while 10,000 heartbeats ping it? (issue #14)
 *
 * A Tripwire server in its own process (this file again with --role=tripwire: temp SQLite, LOG_LEVEL=silent,
 * production mode with TRIPWIRE_MONITORS_ALLOW_PRIVATE=1 so it may check a loopback target, a rate limit it never
 * meets) and a loopback target in another (--role=target: answers 200 "status: ok" at once). `--monitors` monitors
 * are created over HTTP (32 concurrent; each is checked at once, then every `--frequency` seconds, with a keyword
 * rule so the body is read). Then, for `--duration`, it samples the server's CPU and RSS every 5 s, and at the end
 * reads the check history (read-only SQLite connection) of the measured span (after the first full round, when every
 * monitor is on its own schedule):
 *   - scheduling lag: `checked_at - scheduled_at` of each check (how late the queue started it), p50 / p99 / max;
 *   - checks/s sustained over the span, against the expected rate (monitors / frequency);
 *   - checks that failed (should be none: the target always answers);
 *   - CPU (% of one core) and RSS of the Tripwire process.
 * At the same time `--heartbeats` heartbeats (period = `--frequency`, grace as long) are each pinged once a period,
 * spread evenly, as cron jobs would: ping latency p50/p99 over the span, and how many went down (should be none).
 * Then the ping endpoint's throughput on the same loaded server: closed loop, 64 in flight, round robin over every
 * heartbeat, 8 s (target ≥ 5,000 pings/s on 2 cores). `bun run bench:heartbeats` measures pings alone and how late
 * a missed heartbeat is noticed.
 * There are no per-monitor timers: each monitor is one queue job, leased in batches by one worker.
 *
 * Loopback only, bounded (hard stop at creation + duration + 2 min), children stopped at the end (and they exit by
 * themselves when this script goes away). It never asserts; it prints the figures beside the target (p99 < 1 s).
 * A quick local run: `bun bench/monitors.ts --monitors=300 --frequency=5 --duration=20s`.
 */
import { Database } from "bun:sqlite";
import { mkdtempSync, readFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { type BoundedRun, boundedRun, createMany, exitWithParent, fmt, percentiles, readyLine } from "./lib.ts";

const TARGET_P99_MS = 1000;
let bench: BoundedRun;

function flag(name: string, fallback: string): string {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
}
function ms(raw: string, name: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(raw);
  if (!m) throw new Error(`--${name}: expected e.g. 90s, 2m; got "${raw}"`);
  return Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? "s") as "ms" | "s" | "m" | "h"];
}

const role = process.argv.find((a) => a.startsWith("--role="))?.slice("--role=".length);
if (role === "tripwire") await tripwireRole();
else if (role === "target") targetRole();
else await main().catch((e) => bench.fail(e));

async function tripwireRole(): Promise<void> {
  const { loadConfig } = await import("../server/src/config.ts");
  const { startServer } = await import("../server/src/server.ts");
  const server = await startServer(loadConfig(process.env));
  console.log(JSON.stringify({ url: server.url, apiKey: server.firstKey, pid: process.pid }));
  exitWithParent(() => server.stop());
}

function targetRole(): void {
  const server = Bun.serve({ hostname: "127.0.0.1", port: 0, fetch: () => new Response("status: ok") });
  console.log(JSON.stringify({ url: `http://127.0.0.1:${server.port}/health` }));
  exitWithParent(() => server.stop(true));
}

/** CPU seconds (user + system) and RSS bytes of a process, from /proc. */
function usage(pid: number): { cpuS: number; rss: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  const ticks = Number(stat[11]) + Number(stat[12]);
  const rssPages = Number(readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]);
  return { cpuS: ticks / 100, rss: rssPages * 4096 };
}

async function main(): Promise<void> {
  const monitors = Number(flag("monitors", "10000"));
  const heartbeats = Number(flag("heartbeats", "10000"));
  const frequency = Number(flag("frequency", "60"));
  // Whole periods, so the checks/s figure does not depend on where the span cuts a period.
  const durationMs = Math.ceil(ms(flag("duration", "3m"), "duration") / (frequency * 1000)) * frequency * 1000;
  const dir = mkdtempSync(join(tmpdir(), "tripwire-bench-monitors-"));
  const db = join(dir, "tripwire.db");
  bench = boundedRun("bench:monitors", (monitors + heartbeats) * 5 + durationMs + frequency * 1000 + 120_000);
  const run = bench;
  run.dirs.push(dir);
  const spawn = (r: string, env: Record<string, string> = {}) =>
    Bun.spawn(["bun", import.meta.path, `--role=${r}`], { stdin: "pipe", stdout: "pipe", stderr: "inherit", env: { ...process.env, ...env } });
  const targetProc = spawn("target");
  run.children.add(targetProc);
  const target = await readyLine<{ url: string }>(targetProc, "target");
  const tw = spawn("tripwire", {
    TRIPWIRE_DATABASE: db,
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
    // Production mode at real frequencies; development mode only for quick runs below its 30-second floor.
    TRIPWIRE_DEV: frequency < 30 ? "1" : "0",
    TRIPWIRE_MONITORS_ALLOW_PRIVATE: "1",
    TRIPWIRE_RATE_LIMIT: "10000000",
    TRIPWIRE_PING_RATE_LIMIT: "10000000",
  });
  run.children.add(tw);
  const server = await readyLine<{ url: string; apiKey: string; pid: number }>(tw, "tripwire");

  console.log(`bench:monitors — ${fmt(monitors)} monitors every ${frequency} s against ${target.url}; ${cpus().length} cores, load ${loadavg()[0]!.toFixed(2)}`);
  const created0 = performance.now();
  await createMany(server.url, server.apiKey, "/monitors", monitors, (i) => ({
    name: `bench-${i}`,
    url: target.url,
    check_frequency: frequency,
    request_timeout: Math.min(10, frequency),
    keyword: "ok",
  }));
  const createdS = (performance.now() - created0) / 1000;
  console.log(`created ${fmt(monitors)} monitors in ${createdS.toFixed(1)} s (${fmt(monitors / createdS)}/s); first round running`);
  const pingUrls = await createHeartbeats(server, heartbeats, frequency);
  // Each heartbeat is pinged once a period from now on, spread evenly over the period.
  const pinger = startPinging(pingUrls, frequency * 1000);

  // The measured span starts once every monitor has had its first check and is on its own schedule.
  await Bun.sleep(frequency * 1000);
  const spanStart = Date.now();
  const u0 = usage(server.pid);
  let peakRss = u0.rss;
  const sampleEvery = 5000;
  while (Date.now() - spanStart < durationMs) {
    await Bun.sleep(Math.min(sampleEvery, durationMs - (Date.now() - spanStart)));
    const u = usage(server.pid);
    peakRss = Math.max(peakRss, u.rss);
    const elapsed = (Date.now() - spanStart) / 1000;
    console.log(`  t+${elapsed.toFixed(0)}s  cpu ${(((u.cpuS - u0.cpuS) / elapsed) * 100).toFixed(0)}% of a core  rss ${fmt(u.rss / 1e6)} MB`);
  }
  const spanEnd = Date.now();
  const u1 = usage(server.pid);
  const pingLatencies = pinger.latenciesSince(spanStart);
  await pinger.stop();

  const reader = new Database(db, { readonly: true });
  const rows = reader
    .query(
      `SELECT json_extract(doc, '$.scheduled_at') AS scheduled, json_extract(doc, '$.checked_at') AS checked, json_extract(doc, '$.outcome') AS outcome
       FROM monitor_checks WHERE checked_at >= $from AND checked_at < $to`,
    )
    .all({ $from: new Date(spanStart).toISOString(), $to: new Date(spanEnd).toISOString() }) as { scheduled: string; checked: string; outcome: string }[];
  reader.close();
  const lags = rows.map((r) => Date.parse(r.checked) - Date.parse(r.scheduled));
  const p = percentiles(lags);
  const spanS = (spanEnd - spanStart) / 1000;
  const down = rows.filter((r) => r.outcome !== "up").length;
  console.log("");
  console.log(`span ${spanS.toFixed(0)} s: ${fmt(rows.length)} checks = ${(rows.length / spanS).toFixed(1)} checks/s (expected ${(monitors / frequency).toFixed(1)}/s); ${fmt(down)} not up`);
  console.log(`scheduling lag (checked_at - scheduled_at): p50 ${fmt(p.p50)} ms  p90 ${fmt(p.p90)} ms  p99 ${fmt(p.p99)} ms  max ${fmt(p.max)} ms  (target p99 < ${fmt(TARGET_P99_MS)} ms)`);
  console.log(`tripwire process: cpu ${(((u1.cpuS - u0.cpuS) / spanS) * 100).toFixed(0)}% of a core over the span, rss ${fmt(u1.rss / 1e6)} MB (peak sampled ${fmt(peakRss / 1e6)} MB)`);
  if (heartbeats > 0) {
    const hp = percentiles(pingLatencies);
    const downDb = new Database(db, { readonly: true });
    const wentDown = (downDb.query("SELECT count(*) AS n FROM heartbeats WHERE state = 'down'").get() as { n: number }).n;
    downDb.close();
    console.log(
      `heartbeats: ${fmt(heartbeats)} pinged once every ${frequency} s, ${fmt(pingLatencies.length)} pings in the span (${(pingLatencies.length / spanS).toFixed(1)}/s): latency p50 ${fmt(hp.p50)} ms  p99 ${fmt(hp.p99)} ms; ${fmt(wentDown)} went down (should be 0); ${fmt(pinger.failures())} pings not 200`,
    );
    const burst = await pingBurst(pingUrls, 8000, 64);
    console.log(
      `ping endpoint on the loaded server: ${fmt(burst.count / burst.seconds)} pings/s (64 in flight, ${burst.seconds.toFixed(1)} s, monitors still checking; target ≥ 5,000/s), p50 ${fmt(burst.p50)} ms  p99 ${fmt(burst.p99)} ms; ${fmt(burst.failed)} not 200`,
    );
  }
  run.done();
}

async function createHeartbeats(server: { url: string; apiKey: string }, n: number, period: number): Promise<string[]> {
  const t0 = performance.now();
  const made = await createMany<{ ping_url: string }>(server.url, server.apiKey, "/heartbeats", n, (i) => ({ name: `bench-job-${i}`, period, grace: period }));
  if (n > 0) console.log(`created ${fmt(n)} heartbeats in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return made.map((h) => h.ping_url);
}

/** Pings every URL once per period, each at its own offset in the period; keeps each ping's latency and time. */
function startPinging(urls: string[], periodMs: number) {
  const samples: { at: number; ms: number }[] = [];
  let failed = 0;
  let stopped = false;
  const inFlight = new Set<Promise<void>>();
  const t0 = Date.now();
  let sent = 0;
  const ping = (url: string) => {
    const started = performance.now();
    const p = fetch(url, { method: "POST" })
      .then(async (r) => {
        await r.arrayBuffer();
        if (r.status !== 200) failed++;
        samples.push({ at: Date.now(), ms: performance.now() - started });
      })
      .catch(() => void failed++)
      .finally(() => inFlight.delete(p));
    inFlight.add(p);
  };
  const loop = (async () => {
    while (!stopped && urls.length > 0) {
      // Ping number k goes out at t0 + k * periodMs / urls.length: the same URL once per period.
      const due = Math.floor(((Date.now() - t0) / periodMs) * urls.length);
      for (; sent <= due; sent++) ping(urls[sent % urls.length]!);
      await Bun.sleep(20);
    }
  })();
  return {
    latenciesSince: (from: number) => samples.filter((s) => s.at >= from).map((s) => s.ms),
    failures: () => failed,
    async stop() {
      stopped = true;
      await loop;
      await Promise.all(inFlight);
    },
  };
}

/** Closed loop: `concurrency` pings in flight, round robin over the URLs, for `durationMs`. */
async function pingBurst(urls: string[], durationMs: number, concurrency: number) {
  const latencies: number[] = [];
  let failed = 0;
  let next = 0;
  const end = performance.now() + durationMs;
  const t0 = performance.now();
  const worker = async () => {
    while (performance.now() < end) {
      const url = urls[next++ % urls.length]!;
      const started = performance.now();
      const r = await fetch(url, { method: "POST" });
      await r.arrayBuffer();
      if (r.status !== 200) failed++;
      latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const p = percentiles(latencies);
  return { count: latencies.length, seconds: (performance.now() - t0) / 1000, failed, p50: p.p50, p99: p.p99 };
}
