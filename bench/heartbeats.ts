/**
 * `bun run bench:heartbeats`: the heartbeat ping endpoint under load, and how late lateness is noticed.
 *
 * The real server runs in its own process (bench/servers/heartbeat-server.ts; development mode, temp SQLite) with
 * 10,000 heartbeats (period 60 s) and 1,000 more (period 1 s, grace 1 s). Then:
 * 1. throughput: this process pings the 10,000 ping URLs round robin, closed loop, CONCURRENCY requests in flight,
 *    for DURATION_S seconds (plain `GET /api/v1/ping/{token}`: hash lookup, one write transaction per batch of
 *    pings with the ping row, the heartbeat's state and its deadline job moved). Prints pings/s and latency
 *    p50/p99, and the server's CPU (of one core) and RSS. Target: ≥ 5,000 pings/s on a 2-core machine.
 * 2. lateness: the 1,000 short heartbeats are pinged once and left alone; each goes down at its deadline, through
 *    its durable `heartbeat.deadline` job. Prints the lag from `deadline_at` to the `heartbeat.missed` event
 *    (p50/p99; target p99 < 1 s) and that each was missed exactly once.
 * 3. error ingest: `POST /errors` with 1,000 errors a request against a service with 10 rules, for 3 s: errors/s.
 * With 2+ cores and taskset, the server is pinned to CPU 0 and this process to CPU 1. About 25 s, hard stop 90 s.
 * Never asserts: on a shared machine numbers vary; compare within one session. HEARTBEATS, LATE, DURATION_S and
 * CONCURRENCY override the sizes.
 */
import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { resolve } from "node:path";
import { boundedRun, fmt, percentiles, readyLine } from "./lib.ts";

const DURATION_S = Number(process.env.DURATION_S ?? 8);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 64);
const bench = boundedRun("bench:heartbeats", 90_000);
const cores = cpus().length;
const taskset = cores >= 2 && !process.argv.includes("--no-pin") ? Bun.which("taskset") : null;
if (taskset) Bun.spawnSync([taskset, "-cp", "1", String(process.pid)]);

/** CPU seconds (user + system) and RSS of a process, from /proc (Linux). */
function usage(pid: number): { cpuS: number; rssMb: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    const ticks = Number(stat[11]) + Number(stat[12]);
    const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? Number.NaN);
    return { cpuS: ticks / 100, rssMb: rss / 1024 };
  } catch {
    return null;
  }
}

try {
  const cmd = ["bun", resolve(import.meta.dir, "servers/heartbeat-server.ts")];
  const proc = Bun.spawn(taskset ? [taskset, "-c", "0", ...cmd] : cmd, { stdin: "pipe", stdout: "pipe", stderr: "inherit" });
  bench.children.add(proc);
  const made = performance.now();
  const server = await readyLine<{ url: string; apiKey: string; pid: number; pings: string; late: string }>(proc, "heartbeat-server");
  const urls = JSON.parse(readFileSync(server.pings, "utf8")) as string[];
  const lateUrls = JSON.parse(readFileSync(server.late, "utf8")) as string[];
  console.log("bench:heartbeats: GET /api/v1/ping/{token} on the real server (SQLite, development mode)");
  console.log(`  conditions: ${cores} cores (${cpus()[0]?.model.trim() ?? "?"}), bun ${Bun.version}, ${process.platform}/${process.arch}`);
  console.log(`  placement: ${taskset ? "server pinned to CPU 0, this client to CPU 1 (taskset)" : "not pinned"}`);
  console.log(`  setup: ${fmt(urls.length)} + ${fmt(lateUrls.length)} heartbeats created over HTTP in ${((performance.now() - made) / 1000).toFixed(1)} s`);

  // 1. Throughput: closed loop, round robin over the 10,000 heartbeats. A 1 s warm-up first.
  const load = async (seconds: number, record: boolean) => {
    const latencies: number[] = [];
    let next = 0;
    let errors = 0;
    const end = performance.now() + seconds * 1000;
    const worker = async () => {
      while (performance.now() < end) {
        const url = urls[next++ % urls.length]!;
        const t = performance.now();
        const res = await fetch(url);
        await res.arrayBuffer();
        if (res.status !== 200) errors++;
        if (record) latencies.push(performance.now() - t);
      }
    };
    const start = performance.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    return { n: next, seconds: (performance.now() - start) / 1000, latencies, errors };
  };
  await load(1, false);
  const before = usage(server.pid);
  const r = await load(DURATION_S, true);
  const after = usage(server.pid);
  const p = percentiles(r.latencies);
  console.log(`  throughput: ${fmt(r.n / r.seconds)} pings/s over ${r.seconds.toFixed(1)} s (${fmt(r.n)} pings, ${CONCURRENCY} in flight, ${r.errors} non-200)`);
  console.log(`    latency p50 ${p.p50.toFixed(2)} ms  p99 ${p.p99.toFixed(2)} ms  max ${p.max.toFixed(1)} ms   (target ≥ 5,000 pings/s)`);
  if (before && after) console.log(`    server: CPU ${(((after.cpuS - before.cpuS) / r.seconds) * 100).toFixed(0)}% of one core, RSS ${after.rssMb.toFixed(0)} MB`);

  // 2. Lateness: ping each short heartbeat once, then wait for all of them to be missed.
  type EventPage = { data: { created_at: string; data: { id: string; deadline_at: string } }[]; next_cursor: string | null };
  const api = (path: string) => fetch(`${server.url}/api/v1${path}`, { headers: { authorization: `Bearer ${server.apiKey}` } }).then((x) => x.json() as Promise<EventPage>);
  await Promise.all(lateUrls.map((u) => fetch(u).then((x) => x.arrayBuffer())));
  const pinged = performance.now();
  const missed = new Map<string, { deadline: number; at: number }>();
  let dupes = 0;
  while (missed.size < lateUrls.length && performance.now() - pinged < 20_000) {
    await Bun.sleep(500);
    missed.clear();
    dupes = 0;
    let cursor: string | null = null;
    do {
      const page = await api(`/events?type=heartbeat.missed&limit=100${cursor ? `&cursor=${cursor}` : ""}`);
      for (const e of page.data) {
        if (missed.has(e.data.id)) dupes++;
        missed.set(e.data.id, { deadline: Date.parse(e.data.deadline_at), at: Date.parse(e.created_at) });
      }
      cursor = page.next_cursor;
    } while (cursor);
  }
  const lag = percentiles([...missed.values()].map((m) => m.at - m.deadline));
  console.log(`  lateness: ${fmt(missed.size)}/${fmt(lateUrls.length)} heartbeats missed (${dupes} missed twice); lag deadline → heartbeat.missed`);
  console.log(`    p50 ${fmt(lag.p50)} ms  p99 ${fmt(lag.p99)} ms  max ${fmt(lag.max)} ms   (target p99 < 1,000 ms)`);

  // 3. Error ingest: batches of 1,000 errors against a service with 10 rules, 4 requests in flight, for 3 s.
  const post = (path: string, body: unknown) =>
    fetch(`${server.url}/api/v1${path}`, { method: "POST", headers: { authorization: `Bearer ${server.apiKey}`, "content-type": "application/json" }, body: JSON.stringify(body) });
  const svc = (await (await post("/services", { name: "bench errors" })).json()) as { id: string };
  for (let i = 0; i < 10; i++) await post("/error-rules", { service_id: svc.id, threshold: 1_000_000 + i, window: 60, ...(i % 2 ? { level: "fatal" } : {}) });
  const batch = JSON.stringify({ errors: Array.from({ length: 1000 }, (_, i) => ({ service_id: svc.id, fingerprint: `fp-${i % 20}`, message: `boom ${i}`, level: i % 10 ? "error" : "fatal" })) });
  let batches = 0;
  const ingestEnd = performance.now() + 3000;
  const ingestStart = performance.now();
  const cpu0 = usage(server.pid);
  await Promise.all(Array.from({ length: 4 }, async () => {
    while (performance.now() < ingestEnd) {
      const res = await fetch(`${server.url}/api/v1/errors`, { method: "POST", headers: { authorization: `Bearer ${server.apiKey}`, "content-type": "application/json" }, body: batch });
      await res.arrayBuffer();
      if (res.status === 202) batches++;
    }
  }));
  const took = (performance.now() - ingestStart) / 1000;
  const cpu1 = usage(server.pid);
  console.log(`  error ingest: ${fmt((batches * 1000) / took)} errors/s (${fmt(batches / took)} requests/s of 1,000 errors, 10 rules on the service)`);
  if (cpu0 && cpu1) console.log(`    server: CPU ${(((cpu1.cpuS - cpu0.cpuS) / took) * 100).toFixed(0)}% of one core`);
  const end = usage(server.pid);
  if (end) console.log(`  server RSS at the end: ${end.rssMb.toFixed(0)} MB`);
  bench.done();
  process.exit(0);
} catch (e) {
  bench.fail(e);
}
