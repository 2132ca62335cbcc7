/**
 * `bun run bench:api`: what an authenticated read through the whole stack costs, next to a bare Bun.serve.
 *
 * Two servers, each in its own process (so neither shares an event loop with the other or with this script):
 *   api   the real Tripwire server (bench/servers/api-server.ts): GET /api/v1/incidents/{id} with a Bearer key,
 *         i.e. auth lookup, scope check, rate limit, SQLite read, serialization, request id;
 *   bare  Bun.serve answering "Hello World" (bench/servers/bare-server.ts).
 * wrk (-t1 -c50 -d4s --latency) loads each, alternating, 5 rounds, after a 1 s warm-up of each. Prints req/s and
 * p50/p99 latency per round, the medians, and the ratio api/bare two ways: of the medians, and the median of each
 * round's own ratio (api and bare measured back to back, so a machine that slows down for a while slows both).
 * On a machine with 2+ cores and `taskset`, the servers are pinned to CPU 0 and wrk to CPU 1 (less noise;
 * `--no-pin`, or no taskset, lets them share the cores).
 *
 * Loopback only, bounded (about 45 s, hard stop at 90 s), and it never asserts: on a shared machine single rounds
 * vary ±15%, so compare medians within one session. Without wrk it says how to install it and exits 0.
 */
import { boundedRun, fmt, readyLine } from "./lib.ts";
import { cpus } from "node:os";
import { resolve } from "node:path";

const ROUNDS = 5;
const DURATION = "4s";
const CONNECTIONS = 50;
const HARD_STOP_MS = 90_000;

const wrk = Bun.which("wrk");
if (!wrk) {
  console.log("bench:api needs wrk (an HTTP load generator). Install it with: apt-get install -y wrk   (sudo if not root)");
  process.exit(0);
}

const here = import.meta.dir;
const cores = cpus().length;
const taskset = cores >= 2 && !process.argv.includes("--no-pin") ? Bun.which("taskset") : null;
const pin = (cpu: number, cmd: string[]) => (taskset ? [taskset, "-c", String(cpu), ...cmd] : cmd);

const bench = boundedRun("bench:api", HARD_STOP_MS);
const children = bench.children;

try {
  const api = await startServer<{ url: string; apiKey: string; incidentId: string }>("api-server.ts");
  const bare = await startServer<{ url: string }>("bare-server.ts");

  const target = {
    api: { url: `${api.url}/api/v1/incidents/${api.incidentId}`, headers: [`Authorization: Bearer ${api.apiKey}`] },
    bare: { url: `${bare.url}/`, headers: [] as string[] },
  };

  // Both answer 200 before we measure anything (a 401 or 429 would be fast and meaningless).
  for (const [name, t] of Object.entries(target)) {
    const res = await fetch(t.url, { headers: Object.fromEntries(t.headers.map((h) => h.split(": ") as [string, string])) });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${name}: GET ${t.url} answered ${res.status}, not 200`);
  }

  const wrkVersion = /^wrk \S+/.exec(Bun.spawnSync([wrk, "--version"]).stdout.toString())?.[0] ?? "wrk";
  console.log("bench:api: authenticated GET /api/v1/incidents/{id} (Tripwire) vs bare Bun.serve hello");
  console.log(`  conditions: ${cores} cores (${cpus()[0]?.model.trim() ?? "?"}), bun ${Bun.version}, ${process.platform}/${process.arch}, ${wrkVersion}`);
  console.log(`  load: wrk -t1 -c${CONNECTIONS} -d${DURATION} --latency, ${ROUNDS} rounds alternating, loopback 127.0.0.1`);
  console.log(`  placement: ${taskset ? "servers pinned to CPU 0, wrk to CPU 1 (taskset)" : "not pinned: servers and wrk share the cores"}`);

  await runWrk(target.api.url, target.api.headers, "1s");
  await runWrk(target.bare.url, target.bare.headers, "1s");

  const results: Record<"api" | "bare", WrkResult[]> = { api: [], bare: [] };
  for (let round = 1; round <= ROUNDS; round++) {
    for (const name of ["api", "bare"] as const) {
      const r = await runWrk(target[name].url, target[name].headers, DURATION);
      results[name].push(r);
      console.log(
        `  round ${round} ${name.padEnd(4)} ${fmt(r.rps).padStart(8)} req/s  p50 ${ms(r.p50)}  p99 ${ms(r.p99)}` +
          (r.errors ? `  (${r.errors} non-2xx/socket errors!)` : ""),
      );
    }
  }

  const med = (name: "api" | "bare") => ({
    rps: median(results[name].map((r) => r.rps)),
    p50: median(results[name].map((r) => r.p50)),
    p99: median(results[name].map((r) => r.p99)),
  });
  const a = med("api");
  const b = med("bare");
  console.log("  median:");
  console.log(`    api   ${fmt(a.rps).padStart(8)} req/s  p50 ${ms(a.p50)}  p99 ${ms(a.p99)}`);
  console.log(`    bare  ${fmt(b.rps).padStart(8)} req/s  p50 ${ms(b.p50)}  p99 ${ms(b.p99)}`);
  const paired = median(results.api.map((r, i) => r.rps / results.bare[i]!.rps));
  console.log(`  ratio api/bare: ${(a.rps / b.rps).toFixed(2)} of the medians, ${paired.toFixed(2)} median of the rounds' own ratios`);
} catch (e) {
  bench.fail(e);
}
bench.done();

interface WrkResult {
  rps: number;
  /** latency percentiles in milliseconds */
  p50: number;
  p99: number;
  /** non-2xx/3xx responses plus socket errors */
  errors: number;
}

/** Starts bench/servers/<file> in its own bun process and reads the JSON line it prints when ready. */
async function startServer<T>(file: string): Promise<T> {
  const child = Bun.spawn(pin(0, ["bun", resolve(here, "servers", file)]), { stdin: "pipe", stdout: "pipe", stderr: "inherit" });
  children.add(child);
  return readyLine<T>(child, file);
}

async function runWrk(url: string, headers: string[], duration: string): Promise<WrkResult> {
  const cmd = pin(1, [wrk!, "-t1", `-c${CONNECTIONS}`, `-d${duration}`, "--latency", "--timeout", "2s", ...headers.flatMap((h) => ["-H", h]), url]);
  const p = Bun.spawn(cmd, { stdin: "ignore", stdout: "pipe", stderr: "pipe" });
  const [out, err, code] = [await new Response(p.stdout).text(), await new Response(p.stderr).text(), await p.exited];
  if (code !== 0) throw new Error(`wrk exited ${code}: ${err || out}`);
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
  const p50 = latency(/^\s*50%\s+([\d.]+)(us|ms|s|m)\s*$/m.exec(out));
  const p99 = latency(/^\s*99%\s+([\d.]+)(us|ms|s|m)\s*$/m.exec(out));
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const socketErrors = socket ? socket.slice(1).reduce((s, n) => s + Number(n), 0) : 0;
  if (!Number.isFinite(rps)) throw new Error(`could not read wrk's output:\n${out}`);
  return { rps, p50, p99, errors: non2xx + socketErrors };
}

function latency(m: RegExpExecArray | null): number {
  if (!m) return Number.NaN;
  const factor = { us: 0.001, ms: 1, s: 1000, m: 60_000 }[m[2] as "us" | "ms" | "s" | "m"];
  return Number(m[1]) * factor;
}

function median(xs: number[]): number {
  const s = [...xs].sort((x, y) => x - y);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}


function ms(n: number): string {
  return `${n.toFixed(2)} ms`.padStart(9);
}
