/**
 * Every store implementation the contract runs against. A new implementation is one more entry here, where `open`
 * returns a freshly migrated, empty store (its own database or schema) and a `cleanup` that drops it.
 *
 * PostgreSQL runs when TRIPWIRE_TEST_DATABASE_URL names a server the tests may create databases on (`scripts/pg.sh
 * start` prints one; CI always sets it): each `open` gets an empty migrated database of its own (see
 * `openPostgresForContract`). Without the variable it is listed in `skippedStores`, which
 * contract.test.ts reports as one skipped test saying why.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SQL } from "bun";
import { openPostgresStore } from "../postgres/store.ts";
import { openSqliteStore } from "../sqlite/store.ts";
import type { StoreFactory } from "./harness.ts";

const postgresUrl = process.env.TRIPWIRE_TEST_DATABASE_URL || undefined;
let admin: SQL | undefined;

/**
 * A fresh, empty, migrated database per store. Creating and migrating one costs about half a second and copying a
 * template even more on a busy machine (CREATE DATABASE checkpoints), so databases are reused: each is created and
 * migrated once, and emptied again before its next test (every table truncated, identities restarted, and the rows
 * the migrations themselves inserted put back: the same state as right after migrating). Tests run one at a time,
 * so a process needs one or two. Their names carry the process id; `closeStores` (after the contract) drops them,
 * and databases left by test processes that died are dropped at the next start when the server is on this machine.
 */
interface Pooled {
  name: string;
  url: string;
  /** Rows the migrations inserted, per table, as JSON: put back after truncating (null until read). */
  seed: { table: string; rows: string }[] | null;
}
const idle: Pooled[] = [];
const created: string[] = [];

async function openPostgresForContract() {
  if (!postgresUrl) throw new Error("TRIPWIRE_TEST_DATABASE_URL is not set");
  admin ??= new SQL(postgresUrl, { max: 2 });
  const sql = admin;
  if (created.length === 0) await dropLeftovers(sql);
  let db = idle.pop();
  if (db) {
    await reset(db);
  } else {
    const name = `tripwire_contract_${process.pid}_${created.length}`;
    await sql.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await sql.unsafe(`CREATE DATABASE ${name}`);
    created.push(name);
    const url = new URL(postgresUrl);
    url.pathname = `/${name}`;
    db = { name, url: url.toString(), seed: null };
  }
  const store = await openPostgresStore(db.url, { poolSize: 5 });
  db.seed ??= await seedOf(db);
  const pooled = db;
  return {
    store,
    cleanup: async () => {
      await store.end();
      idle.push(pooled);
    },
  };
}

const tablesOf = (sql: SQL) =>
  sql`SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'schema_migrations' ORDER BY tablename`.then(
    (rows) => rows.map((r: { tablename: string }) => r.tablename),
  );

async function seedOf(db: Pooled): Promise<{ table: string; rows: string }[]> {
  const sql = new SQL(db.url, { max: 1 });
  try {
    const seed: { table: string; rows: string }[] = [];
    for (const table of await tablesOf(sql)) {
      const [row] = await sql.unsafe(`SELECT coalesce(json_agg(t), '[]')::text AS rows FROM ${table} t`);
      if (row.rows !== "[]") seed.push({ table, rows: row.rows });
    }
    return seed;
  } finally {
    await sql.close();
  }
}

async function reset(db: Pooled): Promise<void> {
  const sql = new SQL(db.url, { max: 1 });
  try {
    const tables = await tablesOf(sql);
    await sql.begin(async (tx) => {
      await tx.unsafe(`TRUNCATE ${tables.map((t: string) => `"${t}"`).join(", ")} RESTART IDENTITY CASCADE`);
      for (const { table, rows } of db.seed ?? []) {
        await tx.unsafe(`INSERT INTO "${table}" SELECT * FROM json_populate_recordset(NULL::"${table}", $1::text::json)`, [rows]);
      }
    });
  } finally {
    await sql.close();
  }
}

/** Drops this process's databases (contract.test.ts, after all tests). */
export async function closeStores(): Promise<void> {
  if (!admin) return;
  for (const name of created.splice(0)) await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  idle.length = 0;
  await admin.close();
  admin = undefined;
}

/** Databases of earlier test processes on this machine that are gone (killed before closeStores ran). */
async function dropLeftovers(sql: SQL): Promise<void> {
  if (!["127.0.0.1", "localhost", "[::1]"].includes(new URL(postgresUrl!).hostname)) return;
  const rows = await sql`SELECT datname FROM pg_database WHERE datname LIKE 'tripwire\_contract\_%'`;
  for (const { datname } of rows as { datname: string }[]) {
    const pid = Number(/^tripwire_contract_(\d+)_\d+$/.exec(datname)?.[1]);
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

/** Stores the contract would run against but cannot here, and why (contract.test.ts reports each as skipped). */
export const skippedStores: { name: string; reason: string }[] = postgresUrl
  ? []
  : [{ name: "postgres", reason: "TRIPWIRE_TEST_DATABASE_URL is not set (scripts/pg.sh start prints a URL for a throwaway local cluster)" }];

export const storeFactories: StoreFactory[] = [
  {
    name: "sqlite (file)",
    open: async () => {
      const dir = mkdtempSync(join(tmpdir(), "tripwire-contract-"));
      const store = openSqliteStore(join(dir, "store.db"));
      return {
        store,
        cleanup: async () => {
          store.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  },
  {
    name: "sqlite (:memory:)",
    open: async () => {
      const store = openSqliteStore(":memory:");
      return { store, cleanup: async () => store.close() };
    },
    // One connection serves reads and writes (an in-memory database is private to its connection), so a read
    // through `store` while a transaction is open sees that transaction's uncommitted writes.
    knownDeviations: ["reads-see-committed-only"],
  },
  ...(postgresUrl ? [{ name: "postgres", open: openPostgresForContract }] : []),
];
