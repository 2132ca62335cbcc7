/**
 * What every bench needs around its measurements: it never outlives its time limit, and it cleans up the
 * subprocesses and temp folders it made, whether it finishes, fails, is stopped at the limit or by Ctrl-C; its
 * children exit with it; load is paced at a fixed rate; percentiles and numbers are printed one way.
 */
import { rmSync } from "node:fs";
import type { Subprocess } from "bun";

export interface BoundedRun {
  /** Subprocesses to kill at the end. */
  children: Set<Subprocess>;
  /** Folders to remove at the end. */
  dirs: string[];
  /** Kill and remove everything, and disarm the time limit. */
  done(): void;
  /** Report an error, clean up and exit 1. */
  fail(e: unknown): never;
}

export function boundedRun(name: string, hardStopMs: number, signal: NodeJS.Signals = "SIGTERM"): BoundedRun {
  const children = new Set<Subprocess>();
  const dirs: string[] = [];
  const cleanup = () => {
    for (const c of children) c.kill(signal);
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  };
  const hardStop = setTimeout(() => {
    console.log(`${name}: stopped after ${hardStopMs / 1000} s without finishing`);
    cleanup();
    process.exit(0);
  }, hardStopMs);
  process.on("SIGINT", () => {
    cleanup();
    process.exit(130);
  });
  const done = () => {
    cleanup();
    clearTimeout(hardStop);
  };
  return {
    children,
    dirs,
    done,
    fail(e) {
      console.error(`${name}: ${e instanceof Error ? e.message : String(e)}`);
      done();
      process.exit(1);
    },
  };
}

/** p50/p90/p99/max of the finite values (NaN when there are none). */
export function percentiles(xs: number[]): { p50: number; p90: number; p99: number; max: number } {
  const s = xs.filter((x) => Number.isFinite(x)).sort((x, y) => x - y);
  if (s.length === 0) return { p50: Number.NaN, p90: Number.NaN, p99: Number.NaN, max: Number.NaN };
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
  return { p50: at(0.5), p90: at(0.9), p99: at(0.99), max: s[s.length - 1]! };
}

/** A whole number with thousands separators. */
export function fmt(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}

/**
 * For a bench's child process: exits when the parent goes away (stdin closes; nothing is ever sent on it) or on
 * SIGTERM/SIGINT, after `stop`, so a child cannot outlive the bench that started it.
 */
export function exitWithParent(stop: () => Promise<void> | void): void {
  let stopping = false;
  const done = async () => {
    if (stopping) return;
    stopping = true;
    await stop();
    process.exit(0);
  };
  process.on("SIGTERM", done);
  process.on("SIGINT", done);
  void (async () => {
    const reader = Bun.stdin.stream().getReader();
    while (!(await reader.read()).done) {}
    await done();
  })();
}

/**
 * Calls `send(i)` for i = 0 … total-1 at a fixed rate (each call starts on its slot, without waiting for earlier
 * ones) and resolves when all have settled, with the seconds the sending took.
 */
export async function paced(total: number, perSecond: number, send: (i: number) => Promise<void>): Promise<number> {
  const requests: Promise<void>[] = [];
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    const wait = start + (i * 1000) / perSecond - performance.now();
    if (wait > 0.5) await Bun.sleep(wait);
    requests.push(send(i));
  }
  const seconds = (performance.now() - start) / 1000;
  await Promise.all(requests);
  return seconds;
}

/** The JSON line a bench child prints once it is ready (its url, key, …); fails if it prints nothing in 15 s. */
export async function readyLine<T>(proc: Subprocess<"pipe", "pipe", "inherit">, label: string): Promise<T> {
  const reader = proc.stdout.getReader();
  const decoder = new TextDecoder();
  let buffered = "";
  const deadline = Date.now() + 15_000;
  while (!buffered.includes("\n")) {
    const chunk = await Promise.race([reader.read(), Bun.sleep(Math.max(0, deadline - Date.now())).then(() => null)]);
    if (chunk === null) throw new Error(`${label} printed nothing in 15 s`);
    if (chunk.done) throw new Error(`${label} exited before it was ready (code ${await proc.exited})`);
    buffered += decoder.decode(chunk.value, { stream: true });
  }
  reader.releaseLock();
  return JSON.parse(buffered.slice(0, buffered.indexOf("\n"))) as T;
}

/** Creates `n` resources with `POST {baseUrl}/api/v1{path}`, `concurrency` at a time; returns their bodies in order of arrival. */
export async function createMany<T>(baseUrl: string, apiKey: string, path: string, n: number, body: (i: number) => unknown, concurrency = 32): Promise<T[]> {
  const made: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < n) {
      const i = next++;
      const res = await fetch(`${baseUrl}/api/v1${path}`, {
        method: "POST",
        headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json" },
        body: JSON.stringify(body(i)),
      });
      if (res.status !== 201) throw new Error(`POST ${path} #${i}: ${res.status} ${await res.text()}`);
      made.push((await res.json()) as T);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return made;
}
