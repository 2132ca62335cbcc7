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
  if (!readonly) db.run("PRAGMA journal_mode = WAL");
  db.run("PRAGMA synchronous = NORMAL");
  db.run("PRAGMA busy_timeout = 5000");
  db.run("PRAGMA foreign_keys = ON");
  return db;
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
