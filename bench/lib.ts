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
