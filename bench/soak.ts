/**
 * `bun bench/soak.ts [--duration=30m] [--rate=200] [--window=5m] [--every=10s]`: does retention keep a busy server's
 * database and memory flat? (issue #19)
 *
 * A Tripwire server in its own process (this file again with --role=tripwire: temp SQLite, LOG_LEVEL=silent, every
 * retention window set to `--window`, the pruner every 5 s) with a webhook endpoint subscribed to every event (a
 * receiver in this process answering 200) and an active workflow on `incident.updated` (a 1-second delay, so runs
 * wait and wake up). 500 incidents are created first; then one of them is changed (`PATCH /incidents/{id}`, a new
 * title: one `incident.updated` event, one run, one delivery) at `--rate` per second for `--duration`, so every row
 * the load adds is history that retention must take away; every `--every` it prints the server's RSS, the database and
 * WAL file sizes, and the rows in events / runs / run_steps / evaluations / deliveries / delivery_attempts, and in
 * incidents and their timeline (kept: not history), read through a read-only connection. After the first window those should stop growing: rows in (rate × window), file
 * and RSS flat. It ends with the first-window and last samples side by side.
 *
 * Loopback only, bounded (hard stop at duration + 2 min), child process stopped at the end (and it exits by itself
 * when this script goes away). It never asserts. `--duration=2m --window=30s` is a quick local run.
 */
import { Database } from "bun:sqlite";
import { existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { boundedRun, exitWithParent, fmt, readyLine } from "./lib.ts";

function flag(name: string, fallback: string): string {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
}
/** "30m", "2m", "90s", "1h" → ms. */
function ms(raw: string, name: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(raw);
  if (!m) throw new Error(`--${name}: expected e.g. 90s, 2m, 30m; got "${raw}"`);
  return Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? "s") as "ms" | "s" | "m" | "h"];
}

async function tripwireRole(): Promise<void> {
  const { loadConfig } = await import("../server/src/config.ts");
  const { startServer } = await import("../server/src/server.ts");
  const server = await startServer(loadConfig(process.env));
  console.log(JSON.stringify({ url: server.url, apiKey: server.firstKey, pid: process.pid }));
  exitWithParent(() => server.stop());
}

const WORKFLOW = {
  name: "soak",
  description: "bench/soak.ts: a short wait on every incident change",
  trigger: "incident.updated",
  state: "active",
  actions: [{ type: "delay", seconds: 1 }],
};
const TABLES = ["events", "runs", "run_steps", "evaluations", "deliveries", "delivery_attempts", "jobs", "incidents", "incident_updates"] as const;
const INCIDENTS = 500;

interface Sample {
  t: number;
  sent: number;
  failed: number;
  received: number;
  rssMb: number;
  dbMb: number;
  walMb: number;
  rows: Record<(typeof TABLES)[number], number>;
}

async function main(): Promise<void> {
  const durationMs = ms(flag("duration", "30m"), "duration");
  const rate = Number(flag("rate", "200"));
  const windowMs = ms(flag("window", "5m"), "window");
  const everyMs = ms(flag("every", "10s"), "every");
  const bench = boundedRun("bench:soak", durationMs + 120_000, "SIGKILL");
  const { children, dirs } = bench;
  try {
    let received = 0;
    const receiver = Bun.serve({
      hostname: "127.0.0.1",
      port: 0,
      async fetch(req) {
        await req.arrayBuffer();
        received++;
        return new Response("ok");
      },
    });

    const dir = mkdtempSync(join(tmpdir(), "tripwire-soak-"));
    dirs.push(dir);
    const dbPath = join(dir, "tripwire.db");
    const window = `${Math.max(1, Math.round(windowMs / 1000))}s`;
    const env = {
      HOST: "127.0.0.1",
      PORT: "0",
      TRIPWIRE_DATABASE: dbPath,
      TRIPWIRE_RATE_LIMIT: "10000000",
      LOG_LEVEL: "silent",
      // Development mode: the receiver is on loopback.
      TRIPWIRE_DEV: "1",
      TRIPWIRE_RETENTION_EVENTS: window,
      TRIPWIRE_RETENTION_RUNS: window,
      TRIPWIRE_RETENTION_DELIVERIES: window,
      TRIPWIRE_RETENTION_INTERVAL: "5s",
    };
    const proc = Bun.spawn(["bun", import.meta.path, "--role=tripwire"], { env: { ...process.env, ...env }, stdin: "pipe", stdout: "pipe", stderr: "inherit" });
    children.add(proc);
    const { url, apiKey, pid } = await readyLine<{ url: string; apiKey: string; pid: number }>(proc, "the Tripwire server");
    const call = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${url}/api/v1${path}`, {
        method,
        headers: { authorization: `Bearer ${apiKey}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
        body: body === undefined ? null : JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as { id?: string } };
    };
    const api = async (method: string, path: string, body?: unknown) => (await call(method, path, body)).status;
    const incidents: string[] = [];
    for (let i = 0; i < INCIDENTS; i++) {
      const r = await call("POST", "/incidents", { title: `soak ${i}`, severity: "minor" });
      if (r.status !== 201 || !r.body.id) throw new Error(`creating an incident answered ${r.status}`);
      incidents.push(r.body.id);
    }
    if ((await api("POST", "/webhooks", { url: `http://127.0.0.1:${receiver.port}/hook`, events: ["*"] })) !== 201) throw new Error("creating the webhook failed");
    if ((await api("POST", "/workflows", WORKFLOW)) !== 201) throw new Error("creating the workflow failed");

    const db = new Database(dbPath, { readonly: true });
    const size = (p: string) => (existsSync(p) ? statSync(p).size / 1048576 : 0);
    const rss = () => {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      return m ? Number(m[1]) / 1024 : Number.NaN;
    };
    let sent = 0;
    let failed = 0;
    const start = performance.now();
    const samples: Sample[] = [];
    const sample = (): Sample => {
      const rows = Object.fromEntries(TABLES.map((t) => [t, (db.query(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n])) as Sample["rows"];
      return { t: (performance.now() - start) / 1000, sent, failed, received, rssMb: rss(), dbMb: size(dbPath), walMb: size(`${dbPath}-wal`), rows };
    };
    const line = (s: Sample) =>
      `${s.t.toFixed(0).padStart(5)} s  sent ${fmt(s.sent).padStart(9)}  failed ${fmt(s.failed).padStart(5)}  webhooks ${fmt(s.received).padStart(9)}  ` +
      `RSS ${s.rssMb.toFixed(0).padStart(5)} MB  db ${s.dbMb.toFixed(1).padStart(7)} MB  wal ${s.walMb.toFixed(1).padStart(6)} MB  ` +
      TABLES.map((t) => `${t} ${fmt(s.rows[t])}`).join("  ");
    console.log(`bench:soak: ${rate} incident changes/s for ${durationMs / 1000} s, retention ${window} (events, runs, deliveries), pruner every 5 s, sample every ${everyMs / 1000} s`);
    const timer = setInterval(() => {
      const s = sample();
      samples.push(s);
      console.log(line(s));
    }, everyMs);

    // Paced creation, at most 256 requests in flight (a slow server shows as "behind", not as unbounded memory here).
    let inFlight = 0;
    const total = Math.floor((durationMs / 1000) * rate);
    for (let i = 0; i < total; i++) {
      const wait = start + (i * 1000) / rate - performance.now();
      if (wait > 0.5) await Bun.sleep(wait);
      while (inFlight >= 256) await Bun.sleep(1);
      inFlight++;
      sent++;
      void api("PATCH", `/incidents/${incidents[i % INCIDENTS]}`, { title: `soak change ${i}` })
        .then((status) => {
          if (status !== 200) failed++;
        })
        .catch(() => failed++)
        .finally(() => inFlight--);
    }
    while (inFlight > 0) await Bun.sleep(10);
    clearInterval(timer);
    const last = sample();
    console.log(line(last));
    const firstWindow = samples.find((s) => s.t * 1000 >= windowMs + 10_000);
    console.log("");
    console.log(`after the first window (+10 s): ${firstWindow ? line(firstWindow) : "(the run was shorter than one window)"}`);
    console.log(`at the end:                     ${line(last)}`);
    if (firstWindow) {
      const pct = (a: number, b: number) => `${a >= b ? "+" : ""}${(((a - b) / b) * 100).toFixed(0)}%`;
      console.log(
        `change since the first window: RSS ${pct(last.rssMb, firstWindow.rssMb)}, db+wal ${pct(last.dbMb + last.walMb, firstWindow.dbMb + firstWindow.walMb)}, events rows ${pct(last.rows.events, firstWindow.rows.events)}`,
      );
    }
    console.log(`achieved rate: ${(sent / ((performance.now() - start) / 1000)).toFixed(0)} changes/s`);
    db.close();
    receiver.stop(true);
    bench.done();
  } catch (e) {
    bench.fail(e);
  }
}

const role = process.argv.find((a) => a.startsWith("--role="))?.slice("--role=".length);
if (role === "tripwire") await tripwireRole();
else await main();
