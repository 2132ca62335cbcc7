/**
 * Opens a bun:sqlite connection the way a server needs it (the defaults are unsafe: no WAL, no busy timeout,
 * foreign keys off; see ../shared/reference/stack.md §3.3) and applies pending migrations.
 */
import { Database } from "bun:sqlite";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { migrations } from "./migrations.ts";

export function openDatabase(path: string, { readonly = false } = {}): Database {
  if (path !== ":memory:" && !readonly) mkdirSync(dirname(path), { recursive: true });
  const db = readonly ? new Database(path, { readonly: true, strict: true }) : new Database(path, { create: true, strict: true });
  if (!readonly) {
    // Space freed by retention is given back to the file system a little at a time (PRAGMA incremental_vacuum after
    // each pruning pass). The mode can only be chosen before the first table exists, or by a VACUUM (store.ts).
    if (db.query("SELECT 1 FROM sqlite_master LIMIT 1").get() === null) db.run("PRAGMA auto_vacuum = INCREMENTAL");
    db.run("PRAGMA journal_mode = WAL");
    // A checkpointed WAL is cut back to this size instead of keeping the largest it ever grew to (a pruning pass writes a lot).
    db.run("PRAGMA journal_size_limit = 67108864");
  }
  db.run("PRAGMA synchronous = NORMAL");
  db.run("PRAGMA busy_timeout = 5000");
  db.run("PRAGMA foreign_keys = ON");
  return db;
}

/** Whether freed pages can be given back with `PRAGMA incremental_vacuum` (auto_vacuum = INCREMENTAL, 2). */
export function incrementalVacuumOn(db: Database): boolean {
  return (db.query("PRAGMA auto_vacuum").get() as { auto_vacuum: number }).auto_vacuum === 2;
}

export function migrate(db: Database): number[] {
  db.run("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
  const applied = new Set(db.query<{ version: number }, []>("SELECT version FROM schema_migrations").all().map((r) => r.version));
  const ran: number[] = [];
  for (const m of migrations) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.run(m.sql);
      db.query("INSERT INTO schema_migrations (version, name, applied_at) VALUES ($version, $name, $at)").run({
        version: m.version,
        name: m.name,
        at: new Date().toISOString(),
      });
    }).immediate();
    ran.push(m.version);
  }
  return ran;
}
