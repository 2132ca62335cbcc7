/**
 * What every bench needs around its measurements: it never outlives its time limit, and it cleans up the
 * subprocesses and temp folders it made, whether it finishes, fails, is stopped at the limit or by Ctrl-C.
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
