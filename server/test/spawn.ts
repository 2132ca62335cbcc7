/**
 * Runs the real server as a subprocess (`bun server/src/main.ts`), for tests that SIGKILL it and start it again.
 * `db` is a SQLite file path; with TRIPWIRE_TEST_STORE=postgres the server runs on the PostgreSQL database standing
 * in for that path (test-db.ts: the same one for every server spawned on the path, dropped by `dropDatabase(db)` or
 * after the last test).
 */
import { expect } from "bun:test";
import { join } from "node:path";
import { databaseEnv } from "./test-db.ts";

export { dropDatabase } from "./test-db.ts";

const root = join(import.meta.dir, "../..");

/**
 * `logs`: when given, the server's stdout (its JSON log lines, at the LOG_LEVEL `env` sets; "silent" by default) is
 * read for as long as it runs, each line pushed there.
 */
export async function spawnServer(db: string, env: Record<string, string> = {}, logs?: string[]) {
  const proc = Bun.spawn(["bun", "server/src/main.ts"], {
    cwd: root,
    env: { ...process.env, ...(await databaseEnv(db)), PORT: "0", HOST: "127.0.0.1", TRIPWIRE_DEV: "1", LOG_LEVEL: "silent", ...env },
    stdout: "pipe",
    stderr: "inherit",
  });
  let out = "";
  const reader = proc.stdout.getReader();
  const end = Date.now() + 15_000;
  while (!out.includes("bun run cli --help") && Date.now() < end) {
    const { value, done } = await reader.read();
    if (done) break;
    out += new TextDecoder().decode(value);
  }
  if (logs) {
    // Keep draining stdout (a full pipe would block the server) and split it into lines.
    let rest = out;
    const take = () => {
      const lines = rest.split("\n");
      rest = lines.pop() ?? "";
      for (const l of lines) if (l.startsWith("{")) logs.push(l);
    };
    take();
    void (async () => {
      const decoder = new TextDecoder();
      for (;;) {
        const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
        if (done) break;
        rest += decoder.decode(value, { stream: true });
        take();
      }
    })();
  } else reader.releaseLock();
  const url = /running at (http:\/\/\S+)/.exec(out)?.[1];
  if (!url) throw new Error(`server did not start:\n${out}`);
  return { proc, url, key: /^API key: (\S+)$/m.exec(out)?.[1] };
}

export async function waitUntil(cond: () => boolean | Promise<boolean>, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond()) && Date.now() < end) await Bun.sleep(25);
}

/** A job lease short enough that a killed server's work is free again soon (TRIPWIRE_JOB_LEASE_MS; default 15 s). */
export const SHORT_LEASE_MS = 3000;

/**
 * The second call came after the dead process's lease expired, not before: its last heartbeat was at most a third
 * of a lease before the kill, so the lease ran at least two thirds of a lease past it (and the new process polls
 * every second).
 */
export function expectAfterLease(calledAt: number[], killedAt: number) {
  expect(calledAt).toHaveLength(2);
  const waited = calledAt[1]! - killedAt;
  expect(waited).toBeGreaterThanOrEqual((SHORT_LEASE_MS * 2) / 3 - 100);
  expect(waited).toBeLessThan(SHORT_LEASE_MS + 5000);
}
