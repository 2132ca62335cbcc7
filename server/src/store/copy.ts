/**
 * `bun run cli db copy --from <sqlite file> --to <postgres url>`: moves a SQLite database into an empty PostgreSQL
 * one, every table, so a team outgrowing one process keeps its history.
 *
 * - Both are migrated first (each store's own migrations), so the two schemas match table for table; a table or
 *   column one has and the other lacks stops the copy before anything is written.
 * - The target must be empty (no organization, no event); a non-empty one is refused. Everything is written in one
 *   transaction, parents before children (foreign keys), and the row counts are compared before it commits.
 * - Values are copied as they are: sealed secrets stay sealed with the same key, so the PostgreSQL servers must run
 *   with TRIPWIRE_SECRET_KEY set to the key the SQLite server used (its tripwire.key file, or its variable).
 * - Outbox: events keep their sequence numbers and get one transaction id below every real one, so they read in the
 *   same order; each consumer's position becomes that id and its SQLite sequence number, so nothing is handled
 *   twice or skipped; the sequence continues after the highest copied number.
 */
import { Database } from "bun:sqlite";
import { SQL } from "bun";
import { openPostgresStore } from "./postgres/store.ts";
import { openSqliteStore } from "./sqlite/store.ts";

/** The transaction id copied events and consumer positions get: below every transaction PostgreSQL hands out. */
const COPIED_XID = "1";
const CHUNK = 1000;

export class CopyError extends Error {}

export async function copySqliteToPostgres(from: string, to: string): Promise<Record<string, number>> {
  // Migrate both to this build's schema (the SQLite file may be from an earlier build).
  openSqliteStore(from).close();
  await (await openPostgresStore(to, { poolSize: 1 })).end();

  const lite = new Database(from, { readonly: true });
  const pg = new SQL(to, { max: 1 });
  try {
    const [used] = await pg`SELECT (SELECT count(*) FROM organizations)::int AS orgs, (SELECT count(*) FROM events)::int AS events`;
    if (used.orgs > 0 || used.events > 0) {
      throw new CopyError(`the target database is not empty (${used.orgs} organization(s), ${used.events} event(s)): copy into a new, empty database`);
    }
    const columns = await pgColumns(pg);
    const liteTables = (lite.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations'").all() as { name: string }[]).map((r) => r.name);
    const missing = liteTables.filter((t) => !columns.has(t));
    if (missing.length) throw new CopyError(`tables the PostgreSQL schema lacks: ${missing.join(", ")}`);
    for (const table of liteTables) {
      const liteCols = (lite.query(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
      const pgCols = columns.get(table)!;
      const extra = liteCols.filter((c) => !pgCols.has(c) && !(table === "consumer_offsets" && c === "seq"));
      if (extra.length) throw new CopyError(`columns of ${table} the PostgreSQL schema lacks: ${extra.join(", ")}`);
    }
    const order = await parentsFirst(pg, [...columns.keys()]);
    const counts: Record<string, number> = {};
    await pg.begin(async (tx) => {
      // The migrations' own rows (e.g. maintenance tasks) are replaced by the source's.
      await tx.unsafe(`TRUNCATE ${order.map((t) => `"${t}"`).join(", ")} RESTART IDENTITY CASCADE`);
      for (const table of order) {
        if (!liteTables.includes(table)) continue;
        const identity = table === "events" ? " OVERRIDING SYSTEM VALUE" : "";
        let copied = 0;
        for (let offset = 0; ; offset += CHUNK) {
          const rows = lite.query(`SELECT * FROM "${table}" ORDER BY rowid LIMIT ${CHUNK} OFFSET ${offset}`).all() as Record<string, unknown>[];
          if (rows.length === 0) break;
          const mapped = rows.map((r) => (table === "events" || table === "consumer_offsets" ? { ...r, xid: COPIED_XID } : r));
          await tx.unsafe(`INSERT INTO "${table}"${identity} SELECT * FROM json_populate_recordset(NULL::"${table}", $1::text::json)`, [JSON.stringify(mapped)]);
          copied += rows.length;
        }
        const [n] = await tx.unsafe(`SELECT count(*)::int AS n FROM "${table}"`);
        const source = (lite.query(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
        if (n.n !== source || copied !== source) throw new CopyError(`${table}: ${source} row(s) in SQLite, ${n.n} copied`);
        counts[table] = copied;
      }
      await tx`SELECT setval(pg_get_serial_sequence('events', 'seq'), greatest((SELECT max(seq) FROM events), 1), (SELECT count(*) FROM events) > 0)`;
    });
    return counts;
  } finally {
    lite.close();
    await pg.close();
  }
}

async function pgColumns(pg: SQL): Promise<Map<string, Set<string>>> {
  const rows = (await pg`SELECT table_name AS t, column_name AS c FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name <> 'schema_migrations'`) as { t: string; c: string }[];
  const out = new Map<string, Set<string>>();
  for (const { t, c } of rows) out.set(t, (out.get(t) ?? new Set()).add(c));
  return out;
}

/** The tables ordered so that every table comes after those its foreign keys point at. */
async function parentsFirst(pg: SQL, tables: string[]): Promise<string[]> {
  const edges = (await pg`SELECT conrelid::regclass::text AS child, confrelid::regclass::text AS parent FROM pg_constraint
    WHERE contype = 'f' AND connamespace = current_schema()::regnamespace`) as { child: string; parent: string }[];
  const strip = (name: string) => name.replace(/^"|"$/g, "");
  const parents = new Map<string, Set<string>>(tables.map((t) => [t, new Set()]));
  for (const e of edges) if (strip(e.child) !== strip(e.parent)) parents.get(strip(e.child))?.add(strip(e.parent));
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (t: string) => {
    if (seen.has(t)) return;
    seen.add(t);
    for (const p of parents.get(t) ?? []) visit(p);
    out.push(t);
  };
  for (const t of [...tables].sort()) visit(t);
  return out;
}
