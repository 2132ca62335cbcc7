/**
 * `bun bench/scale.ts`: one store and process count after another — SQLite 1 process, PostgreSQL 1 process,
 * PostgreSQL 3 processes (one port, TRIPWIRE_REUSE_PORT=1) — each on a fresh database, with a webhook and a workflow
 * (conditions → execute_webhook to a loopback receiver) on `incident.created`:
 *   incidents created/s over HTTP (32 concurrent), workflow runs completed/s end to end (event → conditions → the
 *   HTTP action received), deliveries/s, p50/p99 event → delivery, and the fairness delay: while organization A's
 *   burst is being created, organization B creates one incident; B's run is received this long after.
 * PostgreSQL needs TRIPWIRE_TEST_DATABASE_URL (scripts/pg.sh start): a database per case is created and dropped.
 * TRIPWIRE_SCALE_INCIDENTS sets the burst (3,000). Loopback only; it prints, it never asserts. Targets (issue #17):
 * PostgreSQL 1 process within 0.5× of SQLite; 3 processes ≥ 1.5× of 1 process.
 * Each case also prints the CPU it used from the burst's start to its last arrival (Linux /proc): the machine's busy
 * share of all its cores, and how many cores the server processes and PostgreSQL's backends used — more processes
 * can only go faster while the machine has cores to spare.
 */
import { SQL } from "bun";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { fmt, percentiles } from "./lib.ts";

/** Busy and total jiffies of the whole machine (/proc/stat's first line), or null off Linux. */
function machineTicks(): { busy: number; total: number } | null {
  try {
    const f = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
    const total = f.reduce((a, b) => a + b, 0);
    return { busy: total - f[3]! - f[4]!, total };
  } catch {
    return null;
  }
}
/** User + system jiffies a process has used, 0 once it is gone. */
function processTicks(pid: number): number {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return Number(f[11]) + Number(f[12]);
  } catch {
    return 0;
  }
}
/** The ticks of every process whose command line starts with `postgres` (the server and its backends). */
function postgresTicks(): number {
  let sum = 0;
  for (const line of Bun.spawnSync(["pgrep", "-f", "^postgres"]).stdout.toString().split("\n")) if (line) sum += processTicks(Number(line));
  return sum;
}
const HZ = 100; // USER_HZ: /proc reports CPU time in 1/100 s on Linux

const root = join(import.meta.dir, "..");
const N = Number(process.env.TRIPWIRE_SCALE_INCIDENTS || 3000);
const adminUrl = process.env.TRIPWIRE_TEST_DATABASE_URL || undefined;

const arrivals = { hook: new Map<string, number>(), run: new Map<string, number>() };
const receiver = Bun.serve({
  hostname: "127.0.0.1",
  port: 0,
  async fetch(req) {
    const body = JSON.parse(await req.text());
    const path = new URL(req.url).pathname;
    if (path === "/hook" && !arrivals.hook.has(body.data.id)) arrivals.hook.set(body.data.id, Date.now());
    if (path === "/run" && !arrivals.run.has(body.incident)) arrivals.run.set(body.incident, Date.now());
    return new Response("ok");
  },
});

async function spawn(env: Record<string, string>) {
  const proc = Bun.spawn(["bun", "server/src/main.ts"], { cwd: root, env: { ...process.env, ...env, HOST: "127.0.0.1", TRIPWIRE_DEV: "1", LOG_LEVEL: "silent", TRIPWIRE_RATE_LIMIT: "10000000" }, stdout: "pipe", stderr: "inherit" });
  let out = "";
  const reader = proc.stdout.getReader();
  const end = Date.now() + 20_000;
  while (!out.includes("bun run cli --help") && Date.now() < end) {
    const { value, done } = await reader.read();
    if (done) break;
    out += new TextDecoder().decode(value);
  }
  reader.releaseLock();
  return { proc, key: /^API key: (\S+)$/m.exec(out)?.[1] };
}

async function runCase(label: string, processes: number, dbEnv: Record<string, string>) {
  arrivals.hook.clear();
  arrivals.run.clear();
  const probe = Bun.serve({ hostname: "127.0.0.1", port: 0, fetch: () => new Response() });
  const port = String(probe.port);
  probe.stop(true);
  const env = { ...dbEnv, PORT: port, TRIPWIRE_REUSE_PORT: "1" };
  const procs = [await spawn(env)];
  for (let i = 1; i < processes; i++) procs.push(await spawn(env));
  try {
    const base = `http://127.0.0.1:${port}/api/v1`;
    const call = async (key: string, method: string, path: string, body?: unknown) => {
      const res = await fetch(`${base}${path}`, { method, headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: body === undefined ? null : JSON.stringify(body) });
      return res.json() as Promise<{ id: string; created_at: string }>;
    };
    const setup = async (key: string) => {
      await call(key, "POST", "/webhooks", { url: `http://127.0.0.1:${receiver.port}/hook`, events: ["incident.created"] });
      await call(key, "POST", "/workflows", {
        name: "call",
        trigger: "incident.created",
        state: "active",
        conditions: { operator: "AND", conditions: [{ field: "incident.severity", operator: "equals", value: "minor" }] },
        actions: [{ type: "execute_webhook", url: `http://127.0.0.1:${receiver.port}/run`, body: { incident: "{{incident.id}}" } }],
      });
    };
    const keyA = procs[0]!.key!;
    await setup(keyA);
    const orgB = Bun.spawnSync(["bun", "server/src/cli.ts", "orgs", "create", "--name", "B"], { cwd: root, env: { ...process.env, ...dbEnv } });
    const keyB = /API key: (\S+)/.exec(orgB.stdout.toString())?.[1];
    if (!keyB) throw new Error(`could not create organization B: ${orgB.stderr}`);
    await setup(keyB);

    const created = new Map<string, number>();
    let next = 0;
    let bAt = 0;
    let bId = "";
    const t0 = Date.now();
    const cpu0 = { machine: machineTicks(), servers: procs.reduce((a, p) => a + processTicks(p.proc.pid), 0), pg: postgresTicks() };
    await Promise.all(
      Array.from({ length: 32 }, async () => {
        for (let i = next++; i < N; i = next++) {
          if (i === Math.floor(N / 4)) {
            bAt = Date.now();
            bId = (await call(keyB, "POST", "/incidents", { title: "B's one" })).id;
          }
          const inc = await call(keyA, "POST", "/incidents", { title: `load ${i}` });
          created.set(inc.id, Date.parse(inc.created_at));
        }
      }),
    );
    const createdS = (Date.now() - t0) / 1000;
    const end = Date.now() + 180_000;
    while ((arrivals.hook.size < N + 1 || arrivals.run.size < N + 1) && Date.now() < end) await Bun.sleep(100);
    const cpu1 = { machine: machineTicks(), servers: procs.reduce((a, p) => a + processTicks(p.proc.pid), 0), pg: postgresTicks() };
    const seconds = (Date.now() - t0) / 1000;
    const cpu =
      cpu0.machine && cpu1.machine
        ? ` · CPU: machine ${Math.round((100 * (cpu1.machine.busy - cpu0.machine.busy)) / (cpu1.machine.total - cpu0.machine.total))}% busy of ${cpus().length} cores, ` +
          `servers ${((cpu1.servers - cpu0.servers) / HZ / seconds).toFixed(2)} cores, PostgreSQL ${((cpu1.pg - cpu0.pg) / HZ / seconds).toFixed(2)} cores`
        : "";
    const lastHook = Math.max(...arrivals.hook.values());
    const lastRun = Math.max(...arrivals.run.values());
    const latencies = [...created].flatMap(([id, at]) => (arrivals.hook.has(id) ? [arrivals.hook.get(id)! - at] : []));
    const p = percentiles(latencies);
    console.log(
      `${label.padEnd(22)} incidents ${fmt(N / createdS)}/s · runs ${fmt(arrivals.run.size / ((lastRun - t0) / 1000))}/s · deliveries ${fmt(arrivals.hook.size / ((lastHook - t0) / 1000))}/s · ` +
        `event→delivery p50 ${p.p50} ms p99 ${p.p99} ms · B's run ${arrivals.run.has(bId) ? `${arrivals.run.get(bId)! - bAt} ms` : "never"} after it was created (${arrivals.run.size}/${N + 1} runs, ${arrivals.hook.size}/${N + 1} deliveries)${cpu}`,
    );
  } finally {
    for (const p of procs) p.proc.kill();
    await Promise.all(procs.map((p) => p.proc.exited));
  }
}

console.log(`bench/scale: ${N} incidents per case, 32 concurrent, loopback receiver`);
const dir = mkdtempSync(join(tmpdir(), "tripwire-scale-"));
try {
  await runCase("SQLite, 1 process", 1, { TRIPWIRE_DATABASE: join(dir, "t.db") });
  if (!adminUrl) {
    console.log("PostgreSQL cases skipped: TRIPWIRE_TEST_DATABASE_URL is not set (scripts/pg.sh start prints one)");
  } else {
    const admin = new SQL(adminUrl, { max: 1 });
    for (const processes of [1, 3]) {
      const name = `tripwire_scale_${process.pid}_${processes}`;
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.unsafe(`CREATE DATABASE ${name}`);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      try {
        await runCase(`PostgreSQL, ${processes} process${processes > 1 ? "es" : ""}`, processes, { TRIPWIRE_DATABASE_URL: url.toString(), TRIPWIRE_SECRET_KEY: randomBytes(32).toString("base64") });
      } finally {
        await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }
    }
    await admin.close();
  }
} finally {
  receiver.stop(true);
  rmSync(dir, { recursive: true, force: true });
}
