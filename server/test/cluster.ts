/**
 * Several identical server processes on one database and one port (TRIPWIRE_REUSE_PORT=1), for the tests that
 * prove work is shared, not repeated (several-processes*.test.ts): the first start bootstraps the organization and
 * prints its key, the others join; any one can be SIGKILLed and started again. Their warnings and errors (LOG_LEVEL
 * warn) are kept in `logs`, the killed one's up to its death. PostgreSQL only in practice (test-db.ts).
 */
import { SQL } from "bun";
import { expect } from "bun:test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnServer } from "./spawn.ts";
import { databaseUrlOf, dropDatabase } from "./test-db.ts";

type Proc = Awaited<ReturnType<typeof spawnServer>>;

export async function startCluster(size: number, env: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), "tripwire-cluster-"));
  const db = join(dir, "t.db");
  // A free port for all of them (SO_REUSEPORT).
  const probe = Bun.serve({ hostname: "127.0.0.1", port: 0, fetch: () => new Response() });
  const port = String(probe.port);
  probe.stop(true);
  const logs: string[] = [];
  const spawn = () => spawnServer(db, { PORT: port, TRIPWIRE_REUSE_PORT: "1", LOG_LEVEL: "warn", ...env }, logs);
  const procs: (Proc | undefined)[] = [await spawn()];
  const key = procs[0]!.key!;
  expect(key).toMatch(/^tw_/);
  procs.push(...(await Promise.all(Array.from({ length: size - 1 }, spawn))));
  const url = `http://127.0.0.1:${port}`;
  for (const p of procs) expect(p!.url).toBe(url);
  const sql = new SQL(databaseUrlOf(db)!, { max: 2 });
  return {
    url,
    key,
    /** The database all of them share, for the test's own checks. */
    sql,
    logs,
    /** SIGKILLs process `i` and waits for it to be gone; returns when it was killed. */
    async kill(i: number): Promise<number> {
      const at = Date.now();
      procs[i]!.proc.kill("SIGKILL");
      await procs[i]!.proc.exited;
      return at;
    },
    async restart(i: number): Promise<void> {
      procs[i] = await spawn();
    },
    async stop(): Promise<void> {
      for (const p of procs) p?.proc.kill("SIGKILL");
      await Promise.all(procs.map((p) => p?.proc.exited));
      await sql.close();
      await dropDatabase(db);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
