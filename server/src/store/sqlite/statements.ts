/** What every SQLite repository file is written against: one connection's prepared statements, and the row shape. */
import type { Database, Statement } from "bun:sqlite";

// biome-ignore lint: row shapes are whatever SQLite returns; each mapper below names the columns it reads
export type Row = Record<string, any>;

/** Lazily prepares and caches statements for one connection. */
export class Statements {
  private cache = new Map<string, Statement>();
  constructor(private db: Database) {}
  get(sql: string): Statement {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }
}
