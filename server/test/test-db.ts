/**
 * Which store the real-server tests run on, and a database of its own for each server.
 *
 * TRIPWIRE_TEST_STORE=postgres (scripts/test.ts sets it for its second pass) runs every server the tests start —
 * in process (harness.ts) or as a subprocess (spawn.ts) — on a fresh PostgreSQL database created on the cluster
 * TRIPWIRE_TEST_DATABASE_URL names, and dropped again when that server's test is done. Unset (or `sqlite`): a
 * SQLite file, as users get by default.
 *
 * A server's database is named by the SQLite file path the test chose for it: a test that stops a server (or
 * SIGKILLs it) and starts another on the same path gets the same PostgreSQL database and the same secret key, as it
 * would get the same file. Names carry the test process id; test/setup.ts drops what is left after the last test,
 * and the next run drops databases of test processes that are gone.
 */
import { SQL } from "bun";
import { randomBytes } from "node:crypto";

export type TestStoreName = "sqlite" | "postgres";

function selected(): TestStoreName {
  const raw = process.env.TRIPWIRE_TEST_STORE || "sqlite";
  if (raw !== "sqlite" && raw !== "postgres") throw new Error(`TRIPWIRE_TEST_STORE must be sqlite or postgres; got "${raw}"`);
  if (raw === "postgres" && !process.env.TRIPWIRE_TEST_DATABASE_URL) {
    throw new Error("TRIPWIRE_TEST_STORE=postgres needs TRIPWIRE_TEST_DATABASE_URL (scripts/pg.sh start prints one)");
  }
  return raw;
}

export const testStore: TestStoreName = selected();
/** True when the real-server tests run on PostgreSQL (TRIPWIRE_TEST_STORE=postgres). */
export const onPostgres = testStore === "postgres";

const PREFIX = "tripwire_t_";
let admin: SQL | undefined;
let serial = 0;
/** SQLite path → the PostgreSQL database standing in for it, and the secret key its servers share. */
const databases = new Map<string, { name: string; url: string; key: string }>();

function adminSql(): SQL {
  admin ??= new SQL(process.env.TRIPWIRE_TEST_DATABASE_URL!, { max: 2 });
  return admin;
}

/**
 * The environment that points a server at the database for `path`: on SQLite TRIPWIRE_DATABASE=path; on
 * PostgreSQL TRIPWIRE_DATABASE_URL (the database is created on first use) and TRIPWIRE_SECRET_KEY.
 */
export async function databaseEnv(path: string): Promise<Record<string, string>> {
  if (!onPostgres) return { TRIPWIRE_DATABASE: path };
  let db = databases.get(path);
  if (!db) {
    const sql = adminSql();
    if (serial === 0) await dropLeftovers(sql);
    const name = `${PREFIX}${process.pid}_${serial++}`;
    await sql.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await sql.unsafe(`CREATE DATABASE ${name}`);
    const url = new URL(process.env.TRIPWIRE_TEST_DATABASE_URL!);
    url.pathname = `/${name}`;
    db = { name, url: url.toString(), key: randomBytes(32).toString("base64") };
    databases.set(path, db);
  }
  return { TRIPWIRE_DATABASE_URL: db.url, TRIPWIRE_SECRET_KEY: db.key };
}

/** The PostgreSQL URL standing in for `path` (undefined on SQLite or before databaseEnv(path)). */
export function databaseUrlOf(path: string): string | undefined {
  return databases.get(path)?.url;
}

/** Drops the database standing in for `path` (no-op on SQLite). Servers still connected to it are cut off. */
export async function dropDatabase(path: string): Promise<void> {
  const db = databases.get(path);
  if (!db) return;
  databases.delete(path);
  await adminSql().unsafe(`DROP DATABASE IF EXISTS ${db.name} WITH (FORCE)`);
}

/** Drops every database this process created (test/setup.ts, after the last test). */
export async function dropAllDatabases(): Promise<void> {
  for (const path of [...databases.keys()]) await dropDatabase(path);
  await admin?.close();
  admin = undefined;
}

/** Databases of earlier test processes on this machine that are gone (killed before they could drop them). */
async function dropLeftovers(sql: SQL): Promise<void> {
  if (!["127.0.0.1", "localhost", "[::1]"].includes(new URL(process.env.TRIPWIRE_TEST_DATABASE_URL!).hostname)) return;
  const rows = (await sql`SELECT datname FROM pg_database WHERE datname LIKE 'tripwire\_t\_%'`) as { datname: string }[];
  for (const { datname } of rows) {
    const pid = Number(/^tripwire_t_(\d+)_\d+$/.exec(datname)?.[1]);
    if (!Number.isInteger(pid) || pid === process.pid || alive(pid)) continue;
    await sql.unsafe(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}
