/**
 * The SQLite store: one writer connection (all writes go through `transaction`, serialized by an in-process
 * lock and run as BEGIN IMMEDIATE) and one reader connection (WAL lets it read committed data while a write is
 * in progress). Two connections because bun:sqlite is synchronous: a second writer in the same thread would
 * block the event loop on busy_timeout (stack.md §3.3).
 */
import type { Database } from "bun:sqlite";
import { AsyncLocalStorage } from "node:async_hooks";
import type { EventRecord, Repos, Store, Tx } from "../types.ts";
import { statSync } from "node:fs";
import { incrementalVacuumOn, migrate, openDatabase } from "./db.ts";
import { sqliteRepos } from "./repos.ts";
import { ReadCache } from "./read-cache.ts";
import type { Incident } from "../../types.ts";
import { recording } from "../recording.ts";

/** A FIFO async lock: one write transaction at a time on the writer connection. */
class Lock {
  private tail: Promise<void> = Promise.resolve();
  async run<T>(fn: () => Promise<T>): Promise<T> {
    const prev = this.tail;
    let release!: () => void;
    this.tail = new Promise<void>((r) => (release = r));
    await prev;
    try {
      return await fn();
    } finally {
      release();
    }
  }
}

/** A database made before incremental vacuum is switched over at start when it is at most this big (one VACUUM). */
const AUTO_CONVERT_MAX_BYTES = 256 * 1024 * 1024;

export function openSqliteStore(path: string, opts: { warn?: (message: string) => void } = {}): Store {
  const writer = openDatabase(path);
  migrate(writer);
  // Databases created before retention (issue #19) cannot give freed space back a little at a time until one VACUUM
  // rewrites them with auto_vacuum = INCREMENTAL: done here when the file is small enough for that to be quick, else
  // left to `bun run cli db vacuum` (pruned space is still reused for new rows meanwhile; the file just won't shrink).
  if (path !== ":memory:" && !incrementalVacuumOn(writer)) {
    if (statSync(path).size <= AUTO_CONVERT_MAX_BYTES) {
      writer.run("PRAGMA auto_vacuum = INCREMENTAL");
      writer.run("VACUUM");
    } else {
      opts.warn?.(`${path} was created without incremental vacuum: pruned space is reused but the file will not shrink until \`bun run cli db vacuum\` (stop the server first)`);
    }
  }
  // ":memory:" databases are per connection, so in-memory stores read through the writer.
  const reader: Database = path === ":memory:" ? writer : openDatabase(path);
  const w = sqliteRepos(writer);
  const r = sqliteRepos(reader);
  const incidentCache = new ReadCache<Incident>();
  // Reads of incidents by id are the hottest query (every incident operation loads one): serve them from memory.
  // A SQLite read and the cache fill happen in one turn of the event loop, and entries are dropped when written and
  // again right after the commit, so a cached value is never older than the last commit in this process.
  const readIncident = r.incidents.get.bind(r.incidents);
  r.incidents.get = (orgId, id) => {
    const key = `${orgId}:${id}`;
    const hit = incidentCache.get(key);
    // Not an async function: a cached read then costs one resolved promise, not a suspended call.
    if (hit !== undefined) return Promise.resolve(hit);
    return readIncident(orgId, id).then((value) => {
      if (value) incidentCache.set(key, value);
      return value;
    });
  };
  const touched = new Set<string>();
  for (const method of ["create", "update"] as const) {
    const write = w.incidents[method].bind(w.incidents);
    w.incidents[method] = async (orgId, incident) => {
      const key = `${orgId}:${incident.id}`;
      incidentCache.delete(key);
      touched.add(key);
      await write(orgId, incident);
    };
  }
  const lock = new Lock();
  const listeners = new Set<(events: EventRecord[]) => void>();

  const jobListeners = new Set<(kinds: ReadonlySet<string>) => void>();


  // Transactions do not nest (store/types.ts): a transaction started inside another one would wait for the writer
  // lock the outer one holds, forever, so it is refused at once. `active` lets work scheduled inside a transaction
  // but run after it ended start its own.
  const current = new AsyncLocalStorage<{ active: boolean }>();
  let savepoints = 0;

  const txFor = (repos: Repos, events: EventRecord[]): Tx => {
    const tx: Tx = {
      ...repos,
      async savepoint<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
        const sp = `sp${++savepoints}`;
        const mark = events.length;
        writer.run(`SAVEPOINT ${sp}`);
        try {
          const out = await fn(tx);
          writer.run(`RELEASE ${sp}`);
          return out;
        } catch (err) {
          writer.run(`ROLLBACK TO ${sp}`);
          writer.run(`RELEASE ${sp}`);
          events.length = mark;
          throw err;
        }
      },
    };
    return tx;
  };

  return {
    ...r,
    async transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
      if (current.getStore()?.active) {
        throw new Error("store.transaction called inside a transaction: transactions do not nest; use tx.savepoint, or pass tx down");
      }
      const committed: EventRecord[] = [];
      const queued = new Set<string>();
      const result = await lock.run(async () => {
        const ctx = { active: true };
        const tx = txFor(recording(w, committed, queued), committed);
        writer.run("BEGIN IMMEDIATE");
        try {
          const out = await current.run(ctx, () => fn(tx));
          ctx.active = false;
          writer.run("COMMIT");
          for (const key of touched) incidentCache.delete(key);
          touched.clear();
          return out;
        } catch (err) {
          ctx.active = false;
          writer.run("ROLLBACK");
          // An in-memory store reads through the writer, so a read during the transaction may have cached a row
          // that no longer exists: drop what it touched, as a commit does.
          for (const key of touched) incidentCache.delete(key);
          touched.clear();
          committed.length = 0;
          queued.clear();
          throw err;
        }
      });
      if (committed.length) for (const l of listeners) l(committed);
      if (queued.size) for (const l of jobListeners) l(queued);
      return result;
    },
    onCommittedEvents(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onQueuedJobs(listener) {
      jobListeners.add(listener);
      return () => jobListeners.delete(listener);
    },
    renewLeases(ids, owner, untilMs) {
      // One writer: a small transaction of its own (never conflicts, never re-run).
      return ids.length === 0 ? Promise.resolve([]) : this.transaction((tx) => tx.jobs.extend(ids, owner, untilMs));
    },
    leaseJobs(kinds, nowMs, leaseMs, owner, limit, running, lanes) {
      return this.transaction((tx) => tx.jobs.lease(kinds, nowMs, leaseMs, owner, limit, running, lanes));
    },
    async ping() {
      reader.query("SELECT 1").get();
    },
    async scrubFreedSpace() {
      if (path === ":memory:") return;
      // VACUUM rebuilds every page (free pages and the stale bytes inside pages go); the WAL that carried the old
      // page images is then checkpointed and truncated to nothing.
      await lock.run(async () => {
        // A VACUUM is also when a database made before retention can switch to incremental vacuum.
        writer.run("PRAGMA auto_vacuum = INCREMENTAL");
        writer.run("VACUUM");
        writer.run("PRAGMA wal_checkpoint(TRUNCATE)");
      });
    },
    async reclaimSpace(maxPages: number) {
      if (path === ":memory:" || !incrementalVacuumOn(writer)) return 0;
      return lock.run(async () => {
        const free = () => (writer.query("PRAGMA freelist_count").get() as { freelist_count: number }).freelist_count;
        const before = free();
        if (before === 0) return 0;
        writer.run(`PRAGMA incremental_vacuum(${Math.max(1, Math.floor(maxPages))})`);
        // The pages moved out went through the WAL: checkpoint it so the main file's shrinking is real and the WAL
        // does not keep growing (PASSIVE: never waits for readers).
        writer.run("PRAGMA wal_checkpoint(PASSIVE)");
        return before - free();
      });
    },
    close() {
      try {
        writer.run("PRAGMA wal_checkpoint(TRUNCATE)");
      } catch {
        // a failed checkpoint only leaves the WAL file for the next start
      }
      if (reader !== writer) reader.close();
      writer.close();
    },
  };
}
