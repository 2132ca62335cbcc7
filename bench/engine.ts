/**
 * `bun run bench:engine`: how fast the workflow engine turns events into completed runs, and how soon a run starts.
 *
 * A Tripwire server in its own process (this file, started again with --role=tripwire: temp SQLite, LOG_LEVEL=silent,
 * a rate limit it never meets) with one active workflow on `incident.created` and three local steps (add_label,
 * add_incident_update, update_incident severity). Two measurements, each on a fresh server:
 *   a. throughput  up to 5,000 incidents created over HTTP (32 concurrent, at most 10 s), then wait (bounded) until
 *                  every run is `completed`. Events/s = runs completed / (last run's ended_at − first incident's
 *                  created_at), both server timestamps. Also printed: the engine's own rate once creation stopped
 *                  (the backlog draining with the server to itself) and where each run spent its time;
 *   b. latency     incidents paced at 100/s for 5 s; per run, from `GET /runs/{id}`:
 *                  trigger-to-first-step = steps[0].started_at − the incident's created_at, and
 *                  event-to-completion   = run.ended_at − the incident's created_at (ms resolution), p50/p90/p99/max,
 *                  with the stages in between (trigger consumer → run row, queue → run started, run duration).
 * "All runs finished" is read over the API without counting pages on every poll: runs are created in event order,
 * so once the newest run belongs to the last incident created, every run exists; then no run `queued` and none
 * `running` means all are done.
 *
 * Loopback only, bounded (hard stop at 85 s), child processes stopped at the end (and they exit by themselves when
 * this script goes away, since their stdin closes). It never asserts: it prints the conditions, the figures and the
 * targets side by side. `--profile` runs the servers under `bun --cpu-prof --cpu-prof-md` and prints where the
 * profiles are written.
 */
import { boundedRun, exitWithParent, fmt, paced, percentiles, readyLine } from "./lib.ts";
import { mkdirSync, mkdtempSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";

// The guide's comparison: n8n ≈ 23 executions/s at ≈ 1 s p50; Tripwire aims for ≥ 1,000 events/s at < 5 ms.
const TARGET_PER_S = 1_000;
const TARGET_P50_MS = 5;
const N8N_PER_S = 23;
const N8N_P50_MS = 1_000;

const THROUGHPUT_INCIDENTS = 5_000;
const THROUGHPUT_CONCURRENCY = 32;
const THROUGHPUT_CREATE_MS = 10_000;
const THROUGHPUT_DRAIN_MS = 30_000;
const LATENCY_RATE = 100;
const LATENCY_MS = 5_000;
const LATENCY_DRAIN_MS = 10_000;
const WARMUP_INCIDENTS = 50;
const POLL_MS = 25;
const HARD_STOP_MS = 85_000;

const WORKFLOW = {
  name: "bench engine",
  description: "bench/engine.ts: three local steps on every new incident",
  trigger: "incident.created",
  state: "active",
  actions: [
    { type: "add_label", name: "labelled", label: "bench" },
    { type: "add_incident_update", name: "noted", message: "Triage started by {{workflow.name}} for {{incident.title}}." },
    { type: "update_incident", name: "escalated", severity: "critical" },
  ],
};

/** Wall-clock milliseconds with sub-millisecond resolution. */
const now = () => performance.timeOrigin + performance.now();

// ---------------------------------------------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------------------------------------------

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

interface StepView {
  status: string;
  started_at: string | null;
  ended_at: string | null;
}
interface RunView {
  id: string;
  status: string;
  created_at: string;
  started_at: string | null;
  ended_at: string | null;
  duration_ms: number | null;
  event: { data: { id?: string; created_at: string } };
  steps?: StepView[];
}

const bench = boundedRun("bench:engine", HARD_STOP_MS, "SIGKILL");
const { children, dirs } = bench;
const profile = process.argv.includes("--profile");
const profileDir = join(tmpdir(), `tripwire-bench-engine-profiles-${process.pid}`);

async function startTripwire() {
  const dir = mkdtempSync(join(tmpdir(), "tripwire-bench-"));
  dirs.push(dir);
  const cmd = profile ? ["bun", "--cpu-prof", "--cpu-prof-md", `--cpu-prof-dir=${profileDir}`, import.meta.path, "--role=tripwire"] : ["bun", import.meta.path, "--role=tripwire"];
  const env = { HOST: "127.0.0.1", PORT: "0", TRIPWIRE_DATABASE: join(dir, "tripwire.db"), TRIPWIRE_RATE_LIMIT: "10000000", LOG_LEVEL: "silent" };
  const proc = Bun.spawn(cmd, { env: { ...process.env, ...env }, stdin: "pipe", stdout: "pipe", stderr: "inherit" });
  children.add(proc);
  const { url, apiKey } = await readyLine<{ url: string; apiKey: string }>(proc, "the Tripwire server");

  // Plain fetch (keep-alive) rather than the SDK: no generated Idempotency-Key, so each creation is one write.
  const api = async <T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> => {
    const res = await fetch(`${url}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${apiKey}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? null : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
  };
  const wf = await api<{ id: string }>("POST", "/workflows", WORKFLOW);
  if (wf.status !== 201) throw new Error(`creating the workflow answered ${wf.status}: ${JSON.stringify(wf.body)}`);
  const workflowId = wf.body.id;

  const stop = async () => {
    proc.kill("SIGTERM");
    await Promise.race([proc.exited, Bun.sleep(5_000)]);
    proc.kill("SIGKILL");
    children.delete(proc);
  };

  /** Creates one incident; returns its id, or null when the API refused. */
  const createIncident = async (i: number): Promise<string | null> => {
    const res = await api<{ id: string }>("POST", "/incidents", { title: `Checkout returns 502 (#${i})`, severity: "minor" });
    return res.status === 201 ? res.body.id : null;
  };

  /** Whether every run up to the one for `lastIncidentId` has finished (see the header comment). */
  const allFinished = async (lastIncidentId: string): Promise<boolean> => {
    const newest = await api<{ data: RunView[] }>("GET", `/runs?workflow_id=${workflowId}&limit=1`);
    if (newest.body.data[0]?.event.data.id !== lastIncidentId) return false;
    for (const status of ["queued", "running", "waiting"]) {
      if ((await api<{ data: RunView[] }>("GET", `/runs?workflow_id=${workflowId}&status=${status}&limit=1`)).body.data.length) return false;
    }
    return true;
  };

  /** Polls until `allFinished` or the deadline; returns whether it finished. */
  const waitFinished = async (lastIncidentId: string, deadline: number): Promise<boolean> => {
    for (;;) {
      if (await allFinished(lastIncidentId)) return true;
      if (now() > deadline) return false;
      await Bun.sleep(POLL_MS);
    }
  };

  /** Every run of the workflow (all pages, newest first). */
  const listRuns = async (): Promise<RunView[]> => {
    const runs: RunView[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { data: RunView[]; next_cursor: string | null } } = await api("GET", `/runs?workflow_id=${workflowId}&limit=100${cursor ? `&cursor=${cursor}` : ""}`);
      runs.push(...page.body.data);
      cursor = page.body.next_cursor;
    } while (cursor);
    return runs;
  };

  /** Warm-up (JIT, prepared statements), then waits for those runs so none is counted later. */
  const warmUp = async () => {
    let last = "";
    for (let i = 0; i < WARMUP_INCIDENTS; i++) last = (await createIncident(-i - 1)) ?? last;
    if (!last || !(await waitFinished(last, now() + 10_000))) throw new Error("the warm-up runs did not finish in 10 s");
    return new Set((await listRuns()).map((r) => r.id));
  };

  return { url, apiKey, api, workflowId, stop, createIncident, waitFinished, listRuns, warmUp };
}

async function main(): Promise<void> {
  if (profile) mkdirSync(profileDir, { recursive: true });

  try {
    const cpu = cpus()[0]?.model.trim() ?? "?";
    console.log("bench:engine: incident.created → workflow run of 3 local steps (add_label, add_incident_update, update_incident)");
    console.log(`  conditions: ${cpus().length} cores (${cpu}), bun ${Bun.version}, ${process.platform}/${process.arch}, loopback 127.0.0.1`);
    console.log("  placement: not pinned; this script and the Tripwire server (SQLite WAL, temp file, LOG_LEVEL=silent) are 2 processes sharing the cores");
    console.log(`  targets (guide): ≥ ${fmt(TARGET_PER_S)} events/s to completed runs, trigger-to-first-step p50 < ${TARGET_P50_MS} ms` + `   (n8n ≈ ${N8N_PER_S} executions/s at ≈ ${fmt(N8N_P50_MS)} ms p50)`);
    if (profile) console.log(`  profiling: servers run under bun --cpu-prof --cpu-prof-md; profiles in ${profileDir}`);

    // ---- a. throughput ------------------------------------------------------------------------------------------
    {
      const tw = await startTripwire();
      try {
        const warm = await tw.warmUp();
        let next = 0;
        let failed = 0;
        let lastId = "";
        const ids = new Set<string>();
        const a0 = now();
        const createEnd = a0 + THROUGHPUT_CREATE_MS;
        await Promise.all(
          Array.from({ length: THROUGHPUT_CONCURRENCY }, async () => {
            while (next < THROUGHPUT_INCIDENTS && now() < createEnd) {
              const id = await tw.createIncident(next++);
              if (id === null) failed++;
              else {
                ids.add(id);
                if (id > lastId) lastId = id;
              }
            }
          }),
        );
        const aCreated = now();
        const finished = await tw.waitFinished(lastId, aCreated + THROUGHPUT_DRAIN_MS);
        const aSeen = now();
        const runs = (await tw.listRuns()).filter((r) => !warm.has(r.id) && ids.has(r.event.data.id ?? ""));
        const completed = runs.filter((r) => r.status === "completed");
        const others = countBy(runs.filter((r) => r.status !== "completed").map((r) => r.status));
        const firstCreated = Math.min(...runs.map((r) => Date.parse(r.event.data.created_at)));
        const lastEnded = Math.max(...completed.map((r) => Date.parse(r.ended_at!)));
        const secs = (lastEnded - firstCreated) / 1000;
        const perS = completed.length / secs;
        // The backlog drain: runs that ended after the last creation, over the time they took.
        const afterCreation = completed.filter((r) => Date.parse(r.ended_at!) > aCreated);
        const drainSecs = (lastEnded - aCreated) / 1000;
        const createSecs = (aCreated - a0) / 1000;
        const queued = percentiles(runs.map((r) => Date.parse(r.started_at ?? r.created_at) - Date.parse(r.created_at)));
        const consumer = percentiles(runs.map((r) => Date.parse(r.created_at) - Date.parse(r.event.data.created_at)));
        const running = percentiles(completed.map((r) => r.duration_ms ?? Number.NaN));

        console.log(`  a. throughput: up to ${fmt(THROUGHPUT_INCIDENTS)} incidents, ${THROUGHPUT_CONCURRENCY} concurrent POST /incidents, at most ${THROUGHPUT_CREATE_MS / 1000} s`);
        console.log(`     created ${fmt(ids.size)} incidents in ${createSecs.toFixed(1)} s (${fmt(ids.size / createSecs)}/s over HTTP${failed ? `, ${failed} failed!` : ""})`);
        console.log(
          `     ${fmt(completed.length)} runs completed${Object.keys(others).length ? `, others: ${JSON.stringify(others)}` : ""}` +
            `${finished ? "" : ` (stopped waiting ${THROUGHPUT_DRAIN_MS / 1000} s after the last creation)`}` +
            `; the last ${((lastEnded - aCreated) / 1000).toFixed(1)} s after the last creation (seen by polling ${((aSeen - aCreated) / 1000).toFixed(1)} s after)`,
        );
        console.log(`     ${fmt(perS)} events/s  (first incident created_at → last run ended_at, ${secs.toFixed(1)} s)   target ≥ ${fmt(TARGET_PER_S)}: ${perS >= TARGET_PER_S ? "met" : "not met"}   (n8n ≈ ${N8N_PER_S}/s)`);
        console.log(
          `     while creating: ${fmt(completed.length - afterCreation.length)} runs completed; after: a backlog of ${fmt(afterCreation.length)} runs` +
            (afterCreation.length > 0 && drainSecs > 0.05 ? `, drained at ${fmt(afterCreation.length / drainSecs)} runs/s with no HTTP load` : ""),
        );
        console.log(`     per run: incident → run row (trigger consumer) p50 ${ms(consumer.p50)} p99 ${ms(consumer.p99)}; run row → started (queue) p50 ${ms(queued.p50)} p99 ${ms(queued.p99)}; running p50 ${ms(running.p50)} p99 ${ms(running.p99)}`);
      } finally {
        await tw.stop();
      }
    }

    // ---- b. latency at a fixed rate -----------------------------------------------------------------------------
    {
      const tw = await startTripwire();
      try {
        const warm = await tw.warmUp();
        const total = Math.round((LATENCY_RATE * LATENCY_MS) / 1000);
        const ids = new Set<string>();
        const apiMs: number[] = [];
        let failed = 0;
        let lastId = "";
        const sendSecs = await paced(total, LATENCY_RATE, async (i) => {
          const t = now();
          const id = await tw.createIncident(i);
          apiMs.push(now() - t);
          if (id === null) failed++;
          else {
            ids.add(id);
            if (id > lastId) lastId = id;
          }
        });
        const finished = await tw.waitFinished(lastId, now() + LATENCY_DRAIN_MS);
        const summaries = (await tw.listRuns()).filter((r) => !warm.has(r.id) && ids.has(r.event.data.id ?? ""));
        // Steps come only with GET /runs/{id}: fetch each run, 16 at a time (after the measurement, not during it).
        const runs: RunView[] = [];
        let at = 0;
        await Promise.all(
          Array.from({ length: 16 }, async () => {
            while (at < summaries.length) {
              const s = summaries[at++]!;
              runs.push((await tw.api<RunView>("GET", `/runs/${s.id}`)).body);
            }
          }),
        );
        const completed = runs.filter((r) => r.status === "completed");
        const created = (r: RunView) => Date.parse(r.event.data.created_at);
        const firstStep = percentiles(completed.map((r) => Date.parse(r.steps![0]!.started_at!) - created(r)));
        const toEnd = percentiles(completed.map((r) => Date.parse(r.ended_at!) - created(r)));
        const consumer = percentiles(completed.map((r) => Date.parse(r.created_at) - created(r)));
        const queued = percentiles(completed.map((r) => Date.parse(r.started_at!) - Date.parse(r.created_at)));
        const running = percentiles(completed.map((r) => r.duration_ms ?? Number.NaN));
        const stepMs = [0, 1, 2].map((i) => percentiles(completed.map((r) => Date.parse(r.steps![i]!.ended_at!) - Date.parse(r.steps![i]!.started_at!))).p50);
        const pa = percentiles(apiMs);

        console.log(`  b. latency at a fixed rate: ${fmt(total)} incidents paced at ${LATENCY_RATE}/s (achieved ${fmt(total / sendSecs)}/s)`);
        console.log(
          `     ${fmt(completed.length)} of ${fmt(ids.size)} runs completed${failed ? `, ${failed} creations failed!` : ""}` +
            `${finished ? "" : ` (stopped waiting after ${LATENCY_DRAIN_MS / 1000} s)`}; POST /incidents itself: p50 ${ms(pa.p50)} p99 ${ms(pa.p99)}`,
        );
        console.log(`     trigger-to-first-step (steps[0].started_at − incident created_at): p50 ${ms(firstStep.p50)}  p90 ${ms(firstStep.p90)}  p99 ${ms(firstStep.p99)}  max ${ms(firstStep.max)}`);
        console.log(`     event-to-completion   (run ended_at − incident created_at):        p50 ${ms(toEnd.p50)}  p90 ${ms(toEnd.p90)}  p99 ${ms(toEnd.p99)}  max ${ms(toEnd.max)}`);
        console.log(
          `     stages p50/p99: incident → run row ${ms(consumer.p50)}/${ms(consumer.p99)}; run row → run started ${ms(queued.p50)}/${ms(queued.p99)}; ` +
            `run started → ended ${ms(running.p50)}/${ms(running.p99)} (steps p50 ${stepMs.map((x) => ms(x)).join(", ")})`,
        );
        console.log(`     timestamps are the server's, 1 ms resolution. target p50 < ${TARGET_P50_MS} ms: ${firstStep.p50 < TARGET_P50_MS ? "met" : "not met"}   (n8n ≈ ${fmt(N8N_P50_MS)} ms p50)`);
      } finally {
        await tw.stop();
      }
    }
    if (profile) console.log(`  profiles: ${profileDir} (*.cpuprofile for Chrome DevTools, *.md to read)`);
  } catch (e) {
    bench.fail(e);
  }
  bench.done();
}

function countBy(xs: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) out[x] = (out[x] ?? 0) + 1;
  return out;
}



function ms(n: number): string {
  return `${Number.isInteger(n) ? n : n.toFixed(1)} ms`;
}

// Last, so every module-level constant above is initialized before either role starts.
const role = process.argv.find((a) => a.startsWith("--role="))?.slice("--role=".length);
if (role === "tripwire") await tripwireRole();
else await main();
