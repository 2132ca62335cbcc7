/**
 * `bun run bench:delivery`: how fast signed webhooks leave Tripwire, next to a bare fetch loop on the same machine.
 *
 * Three measurements in one run, every server in its own process (this file, started again with --role=…):
 *   a. baseline   a fetch loop (64 concurrent) POSTing a ~1 KB signed JSON body to a loopback receiver for 5 s:
 *                 what this machine's HTTP stack and the receiver can take, in requests/s;
 *   b. throughput a Tripwire server (TRIPWIRE_DEV=1 so it may deliver to 127.0.0.1, a rate limit it never meets,
 *                 LOG_LEVEL=silent, temp SQLite) with one webhook (incident.created) to the same kind of receiver.
 *                 Up to 10,000 incidents are created over HTTP (32 concurrent, at most 15 s); deliveries/s is the
 *                 number of receipts whose X-Tripwire-Signature verifies, from the first creation to the last
 *                 receipt, and it is compared with the baseline. It also prints the CPU the Tripwire process used.
 *   b'. spread    the same with 8 webhooks and 2,000 incidents (16,000 deliveries): the worker lets at most 8
 *                 deliveries per endpoint be in flight, so this shows what one endpoint's cap costs (diagnostic);
 *   c. latency    a fresh Tripwire server, incidents created at a fixed 500/s for 5 s; for each, the receiver's
 *                 time of receipt minus the time this script sent the POST (and minus the incident's created_at):
 *                 p50/p90/p99/max event-to-delivery latency.
 * The receiver checks every delivery's X-Tripwire-Signature (hex HMAC-SHA256 of the body, node:crypto,
 * timing-safe) and counts only those that verify; it answers 401 to any other, which Tripwire would retry.
 *
 * Loopback only, bounded (about 40 s; hard stop at 90 s), child processes killed at the end (and they exit by
 * themselves when this script goes away, since their stdin closes). It never asserts: it prints the conditions,
 * the figures and the targets (≥ 2,000 deliveries/s; p99 < 50 ms at 500 events/s) side by side.
 * `--profile` makes each Tripwire server write a CPU profile (markdown, `bun --cpu-prof-md`) to a kept temp folder.
 */
import { boundedRun, exitWithParent, fmt, paced, percentiles, readyLine } from "./lib.ts";
import type { Subprocess } from "bun";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";

const TARGET_DELIVERIES_PER_S = 2_000;
const TARGET_P99_MS = 50;
const BASELINE_CONCURRENCY = 64;
const BASELINE_MS = 5_000;
const THROUGHPUT_INCIDENTS = 10_000;
const THROUGHPUT_CONCURRENCY = 32;
const THROUGHPUT_CREATE_MS = 15_000;
const THROUGHPUT_DRAIN_MS = 20_000;
const SPREAD_HOOKS = 8;
const SPREAD_INCIDENTS = 2_000;
const LATENCY_RATE = 500;
const LATENCY_MS = 5_000;
const LATENCY_DRAIN_MS = 10_000;
const HARD_STOP_MS = 90_000;

/** Wall-clock milliseconds with sub-millisecond resolution, comparable across processes on one machine. */
const now = () => performance.timeOrigin + performance.now();

const role = process.argv.find((a) => a.startsWith("--role="))?.slice("--role=".length);
if (role === "receiver") await receiverRole();
else if (role === "tripwire") await tripwireRole();
else await main();

// ---------------------------------------------------------------------------------------------------------------
// Children
// ---------------------------------------------------------------------------------------------------------------

/**
 * The receiver: POST /hook verifies X-Tripwire-Signature with BENCH_SECRET and counts what verifies. In record mode
 * it also keeps, per delivery, the incident id, the receipt time and the incident's created_at. GET /stats,
 * POST /reset?record=0|1 and GET /receipts let the parent read and reset it.
 */
async function receiverRole(): Promise<void> {
  const secret = process.env.BENCH_SECRET ?? "";
  let verified = 0;
  let rejected = 0;
  let firstAt = 0;
  let lastAt = 0;
  let record = false;
  let receipts: [string, number, number][] = [];
  // Deliveries are at least once: count repeats of (webhook-id, endpoint) to see whether any arrive twice.
  let seen = new Set<string>();
  let duplicates = 0;
  const server = Bun.serve({
    hostname: "127.0.0.1",
    port: 0,
    async fetch(req) {
      const url = new URL(req.url);
      if (req.method === "POST" && url.pathname === "/hook") {
        const body = await req.text();
        const at = now();
        const expected = createHmac("sha256", secret).update(body).digest();
        const got = Buffer.from(req.headers.get("x-tripwire-signature") ?? "", "hex");
        if (got.length !== expected.length || !timingSafeEqual(got, expected)) {
          rejected++;
          return new Response("bad signature", { status: 401 });
        }
        verified++;
        const key = `${req.headers.get("webhook-id")}${url.search}`;
        if (seen.has(key)) duplicates++;
        else seen.add(key);
        if (!firstAt) firstAt = at;
        lastAt = at;
        if (record) {
          const incident = (JSON.parse(body) as { data?: { id: string; created_at: string } }).data;
          if (incident) receipts.push([incident.id, at, Date.parse(incident.created_at)]);
        }
        return new Response("ok");
      }
      if (url.pathname === "/stats") return Response.json({ verified, rejected, duplicates, firstAt, lastAt });
      if (url.pathname === "/receipts") return Response.json(receipts);
      if (req.method === "POST" && url.pathname === "/reset") {
        verified = rejected = duplicates = firstAt = lastAt = 0;
        receipts = [];
        seen = new Set();
        record = url.searchParams.get("record") === "1";
        return new Response("reset");
      }
      return new Response("not found", { status: 404 });
    },
  });
  console.log(JSON.stringify({ url: `http://127.0.0.1:${server.port}` }));
  exitWithParent(() => server.stop(true));
}

/** The real server (server.ts, as main.ts starts it), configured from the environment the parent sets. */
async function tripwireRole(): Promise<void> {
  const { loadConfig } = await import("../server/src/config.ts");
  const { startServer } = await import("../server/src/server.ts");
  const server = await startServer(loadConfig(process.env));
  console.log(JSON.stringify({ url: server.url, apiKey: server.firstKey }));
  exitWithParent(() => server.stop());
}

// ---------------------------------------------------------------------------------------------------------------
// The bench
// ---------------------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  // --profile: each Tripwire server writes a CPU profile (markdown) there when it stops; kept after the run.
  const profileDir = process.argv.includes("--profile") ? mkdtempSync(join(tmpdir(), "tripwire-bench-profiles-")) : null;
  const bench = boundedRun("bench:delivery", HARD_STOP_MS);
  const { children, dirs } = bench;

  /** Starts this file with --role=<role> and reads the JSON line it prints when ready. */
  async function spawnRole<T>(which: "receiver" | "tripwire", env: Record<string, string>): Promise<T & { proc: Subprocess }> {
    const profile = which === "tripwire" && profileDir ? ["--cpu-prof-md", `--cpu-prof-dir=${profileDir}`] : [];
    const proc = Bun.spawn(["bun", ...profile, import.meta.path, `--role=${which}`], { env: { ...process.env, ...env }, stdin: "pipe", stdout: "pipe", stderr: "inherit" });
    children.add(proc);
    return { ...(await readyLine<T>(proc, which)), proc };
  }

  async function startTripwire() {
    const dir = mkdtempSync(join(tmpdir(), "tripwire-bench-"));
    dirs.push(dir);
    const t = await spawnRole<{ url: string; apiKey: string }>("tripwire", {
      HOST: "127.0.0.1",
      PORT: "0",
      TRIPWIRE_DATABASE: join(dir, "tripwire.db"),
      TRIPWIRE_DEV: "1",
      TRIPWIRE_RATE_LIMIT: "10000000",
      LOG_LEVEL: "silent",
    });
    const api = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${t.url}/api/v1${path}`, {
        method,
        headers: { authorization: `Bearer ${t.apiKey}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
        body: body === undefined ? null : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : null };
    };
    return { ...t, api };
  }

  try {
    // One secret for everything: the baseline signs with it, and the webhooks are created with it.
    const secret = `whsec_${randomBytes(32).toString("base64")}`;
    const receiver = await spawnRole<{ url: string }>("receiver", { BENCH_SECRET: secret });
    const hook = `${receiver.url}/hook`;
    const stats = async () => (await (await fetch(`${receiver.url}/stats`)).json()) as { verified: number; rejected: number; duplicates: number; firstAt: number; lastAt: number };
    const reset = async (record = false) => void (await (await fetch(`${receiver.url}/reset?record=${record ? 1 : 0}`, { method: "POST" })).text());

    // The incident's message pads each delivery to about the baseline body's size.
    const message = "Error rate above 20% since 09:12 UTC on the checkout path; payments gateway answers 502. ".repeat(6);
    const incidentBody = (i: number) => ({ title: `Checkout returns 502 (#${i})`, severity: "critical", message });

    const cpu = cpus()[0]?.model.trim() ?? "?";
    console.log("bench:delivery: signed webhook deliveries (Tripwire) vs a bare fetch loop, to a receiver that verifies signatures");
    console.log(
      `  conditions: ${cpus().length} cores (${cpu}), bun ${Bun.version}, ${process.platform}/${process.arch}, loopback 127.0.0.1, ` +
        `load average ${loadavg().map((l) => l.toFixed(2)).join(" ")} before starting`,
    );
    console.log("  placement: not pinned; this script, the receiver and the Tripwire server are 3 processes sharing the cores");
    console.log(`  targets: ≥ ${fmt(TARGET_DELIVERIES_PER_S)} deliveries/s sustained; p99 event-to-delivery < ${TARGET_P99_MS} ms at ${LATENCY_RATE} events/s`);

    // ---- a. baseline -------------------------------------------------------------------------------------------
    const baselineBody = JSON.stringify({ id: "evt_01JD5Q8R1XK2ZP7S0C3V9N4B6M", event: "incident.created", timestamp: new Date().toISOString(), data: { ...incidentBody(0), padding: "x".repeat(520) } });
    const baselineHeaders = { "content-type": "application/json", "x-tripwire-signature": createHmac("sha256", secret).update(baselineBody).digest("hex") };
    const postLoop = async (ms: number) => {
      let ok = 0;
      let failed = 0;
      const end = now() + ms;
      await Promise.all(
        Array.from({ length: BASELINE_CONCURRENCY }, async () => {
          while (now() < end) {
            const res = await fetch(hook, { method: "POST", body: baselineBody, headers: baselineHeaders });
            await res.arrayBuffer();
            if (res.ok) ok++;
            else failed++;
          }
        }),
      );
      return { ok, failed };
    };
    await postLoop(500); // warm-up
    await reset();
    const a0 = now();
    const base = await postLoop(BASELINE_MS);
    const aSecs = (now() - a0) / 1000;
    const baseStats = await stats();
    const baselineRps = base.ok / aSecs;
    console.log("  a. baseline: fetch loop → receiver");
    console.log(
      `     ${BASELINE_CONCURRENCY} concurrent POSTs of ${fmt(Buffer.byteLength(baselineBody))} B for ${aSecs.toFixed(1)} s: ${fmt(baselineRps)} req/s` +
        `  (${fmt(baseStats.verified)} verified by the receiver${base.failed ? `, ${base.failed} failed!` : ""})`,
    );

    // ---- b. sustained throughput -------------------------------------------------------------------------------
    /**
     * A fresh Tripwire with `hooks` webhooks (incident.created) to the receiver; creates up to `incidents` incidents
     * (THROUGHPUT_CONCURRENCY at a time, at most THROUGHPUT_CREATE_MS), waits (bounded) for every delivery, prints.
     */
    const throughput = async (label: string, hooks: number, incidents: number) => {
      const tw = await startTripwire();
      const cpu0 = cpuMs(tw.proc.pid);
      try {
        await reset();
        for (let h = 0; h < hooks; h++) {
          const wh = await tw.api("POST", "/webhooks", { url: `${hook}?w=${h}`, events: ["incident.created"], secret, description: `bench ${h}` });
          if (wh.status !== 201) throw new Error(`creating a webhook answered ${wh.status}: ${JSON.stringify(wh.body)}`);
          const probe = await tw.api("POST", `/webhooks/${wh.body!.id}/test`);
          if (!probe.body?.success) throw new Error(`the webhook test failed: ${JSON.stringify(probe.body)}`);
        }
        // Warm-up (JIT, prepared statements), then wait for its deliveries so none is counted below.
        for (let i = 0; i < 50; i++) await tw.api("POST", "/incidents", incidentBody(i));
        const warmEnd = now() + 5_000;
        while ((await stats()).verified < 51 * hooks && now() < warmEnd) await Bun.sleep(20);
        await reset();

        let next = 0;
        let created = 0;
        let createFailed = 0;
        let deliveredBytes = 0;
        const b0 = now();
        const createEnd = b0 + THROUGHPUT_CREATE_MS;
        await Promise.all(
          Array.from({ length: THROUGHPUT_CONCURRENCY }, async () => {
            while (next < incidents && now() < createEnd) {
              const i = next++;
              const res = await tw.api("POST", "/incidents", incidentBody(i));
              if (res.status === 201) created++;
              else createFailed++;
              if (i === 0) deliveredBytes = Buffer.byteLength(JSON.stringify({ id: "evt_", event: "incident.created", timestamp: "", data: res.body }));
            }
          }),
        );
        const bCreated = now();
        const expected = created * hooks;
        const drainEnd = bCreated + THROUGHPUT_DRAIN_MS;
        let s = await stats();
        while (s.verified < expected && now() < drainEnd) {
          await Bun.sleep(25);
          s = await stats();
        }
        const bSecs = ((s.lastAt || now()) - b0) / 1000;
        const busy = cpu0 === null ? null : (cpuMs(tw.proc.pid)! - cpu0) / 1000 / ((now() - b0) / 1000);
        const perS = s.verified / bSecs;
        console.log(label);
        console.log(
          `     created ${fmt(created)} incidents in ${((bCreated - b0) / 1000).toFixed(1)} s (${fmt(created / ((bCreated - b0) / 1000))}/s, ${THROUGHPUT_CONCURRENCY} concurrent` +
            `${createFailed ? `, ${createFailed} failed!` : ""}); deliveries of ~${fmt(deliveredBytes)} B`,
        );
        console.log(
          `     ${fmt(s.verified)} verified deliveries${s.verified < expected ? ` (of ${fmt(expected)}: stopped waiting after ${THROUGHPUT_DRAIN_MS / 1000} s)` : ""}` +
            `${s.rejected ? `, ${s.rejected} rejected!` : ""}${s.duplicates ? `, ${s.duplicates} duplicates` : ""}, the last ${((s.lastAt - bCreated) / 1000).toFixed(1)} s after the last creation`,
        );
        if (busy !== null) console.log(`     the Tripwire process used ${(busy * 100).toFixed(0)}% of one core (user+system, all threads) from the first creation until now`);
        console.log(
          `     ${fmt(perS)} deliveries/s  (first creation → last receipt, ${bSecs.toFixed(1)} s)   target ≥ ${fmt(TARGET_DELIVERIES_PER_S)}: ` +
            `${perS >= TARGET_DELIVERIES_PER_S ? "met" : "not met"}   ratio vs bare fetch loop: ${(perS / baselineRps).toFixed(3)}`,
        );
      } finally {
        tw.proc.kill();
        await tw.proc.exited;
      }
    };
    await throughput("  b. sustained throughput: POST /incidents → one webhook (incident.created) → receiver", 1, THROUGHPUT_INCIDENTS);
    // The worker lets at most 8 deliveries per endpoint be in flight; the same load spread over 8 endpoints shows
    // what that cap costs (diagnostic: the target is about one endpoint).
    await throughput(`  b'. the same over ${SPREAD_HOOKS} webhooks (each incident → ${SPREAD_HOOKS} deliveries), for comparison`, SPREAD_HOOKS, SPREAD_INCIDENTS);

    // ---- c. latency at a fixed rate ----------------------------------------------------------------------------
    const tw2 = await startTripwire();
    const wh2 = await tw2.api("POST", "/webhooks", { url: hook, events: ["incident.created"], secret, description: "bench latency" });
    if (wh2.status !== 201) throw new Error(`creating the webhook answered ${wh2.status}`);
    await reset();
    for (let i = 0; i < 50; i++) await tw2.api("POST", "/incidents", incidentBody(i));
    const warm2 = now() + 5_000;
    while ((await stats()).verified < 50 && now() < warm2) await Bun.sleep(20);
    await reset(true);

    const total = Math.round((LATENCY_RATE * LATENCY_MS) / 1000);
    const sentAt = new Map<string, number>();
    const apiMs: number[] = [];
    let latencyFailed = 0;
    const sendSecs = await paced(total, LATENCY_RATE, async (i) => {
      const t = now();
      const res = await tw2.api("POST", "/incidents", incidentBody(i));
      apiMs.push(now() - t);
      if (res.status === 201) sentAt.set(String(res.body!.id), t);
      else latencyFailed++;
    });
    const cEnd = now() + LATENCY_DRAIN_MS;
    while ((await stats()).verified < sentAt.size && now() < cEnd) await Bun.sleep(25);
    const receipts = (await (await fetch(`${receiver.url}/receipts`)).json()) as [string, number, number][];
    const fromSend: number[] = [];
    const fromCreated: number[] = [];
    for (const [id, at, createdAt] of receipts) {
      const t = sentAt.get(id);
      if (t === undefined) continue;
      fromSend.push(at - t);
      fromCreated.push(at - createdAt);
    }
    const p = percentiles(fromSend);
    const pc = percentiles(fromCreated);
    const pa = percentiles(apiMs);
    console.log(`  c. latency at a fixed rate: ${fmt(total)} incidents paced at ${LATENCY_RATE}/s (achieved ${fmt(total / sendSecs)}/s), one webhook`);
    console.log(
      `     ${fmt(fromSend.length)} of ${fmt(sentAt.size)} delivered and verified${latencyFailed ? `, ${latencyFailed} creations failed!` : ""}` +
        `; POST /incidents itself: p50 ${ms(pa.p50)}  p99 ${ms(pa.p99)}`,
    );
    console.log(`     event-to-delivery, from the POST being sent: p50 ${ms(p.p50)}  p90 ${ms(p.p90)}  p99 ${ms(p.p99)}  max ${ms(p.max)}`);
    console.log(`     event-to-delivery, from the incident's created_at (1 ms resolution): p50 ${ms(pc.p50)}  p99 ${ms(pc.p99)}`);
    console.log(`     target p99 < ${TARGET_P99_MS} ms: ${p.p99 < TARGET_P99_MS ? "met" : "not met"}`);
  } catch (e) {
    bench.fail(e);
  }
  bench.done();
  if (profileDir) console.log(`  CPU profiles of the Tripwire servers: ${profileDir}`);
}

/** CPU time (user + system, all threads) a process has used so far, in ms; null where /proc is not there. */
function cpuMs(pid: number): number | null {
  try {
    // Fields after the command name (which is in parentheses): utime and stime are the 12th and 13th, in ticks.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}



function ms(n: number): string {
  return `${n.toFixed(1)} ms`;
}
