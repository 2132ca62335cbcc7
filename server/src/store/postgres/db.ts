/**
 * What every PostgreSQL repository file is written against (`Q`, a tagged-template query function: a pool, or one
 * transaction's connection), and the start-time migration under an advisory lock.
 */
import type { SQL } from "bun";
import { migrations } from "./migrations.ts";

// biome-ignore lint: row shapes are whatever PostgreSQL returns; each mapper names the columns it reads
export type Row = Record<string, any>;
/** A query's rows, and `count`: how many rows it returned or changed. */
export type Rows = Row[] & { count: number };
/** Runs one parameterized statement: `q\`SELECT … WHERE id = ${id}\``. Values are always bound, never spliced in. */
export type Q = (strings: TemplateStringsArray, ...values: unknown[]) => Promise<Rows>;

export const query = (sql: SQL): Q => (strings, ...values) => sql(strings, ...values) as unknown as Promise<Rows>;

/** BIGINT columns arrive as strings (they may exceed 2^53); ours hold milliseconds, which do not. */
export const num = (v: unknown): number => Number(v);
export const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** Any 64-bit key: the advisory lock that makes concurrent starts apply each migration once. */
const MIGRATION_LOCK = 0x7472_6970_7769_72n; // "tripwir"

/**
 * Applies the pending migrations, each in its own transaction holding a transaction-level advisory lock, and
 * re-reading what is applied once it holds it: several processes starting at once against one database wait for
 * each other, and each migration runs once. Returns the versions this call applied.
 */
export async function migrate(sql: SQL): Promise<number[]> {
  const known = await sql.begin(async (tx) => {
    await tx`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK.toString()}::bigint)`;
    await tx`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`;
    return new Set((await tx`SELECT version FROM schema_migrations`).map((r: Row) => r.version as number));
  });
  const ran: number[] = [];
  for (const m of migrations) {
    if (known.has(m.version)) continue;
    const applied = await sql.begin(async (tx) => {
      await tx`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK.toString()}::bigint)`;
      const done = await tx`SELECT 1 FROM schema_migrations WHERE version = ${m.version}`;
      if (done.length > 0) return false;
      // Several statements in one string: the simple query protocol (no parameters) runs them in order.
      await tx.unsafe(m.sql);
      await tx`INSERT INTO schema_migrations (version, name, applied_at) VALUES (${m.version}, ${m.name}, ${new Date().toISOString()})`;
      return true;
    });
    if (applied) ran.push(m.version);
  }
  return ran;
}
