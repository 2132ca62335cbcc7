/**
 * The PostgreSQL store (issue #17): the same `Store` as sqlite/store.ts, for several server processes sharing one
 * database. Bun's built-in client (`SQL` from "bun"), two pools: one for transactions, one for plain reads, so a
 * read made while transactions hold every writer connection never waits for them (and cannot deadlock on them).
 *
 * Transactions (store/types.ts `Store.transaction`):
 * - every `transaction` runs at ISOLATION LEVEL SERIALIZABLE; PostgreSQL aborts one of two conflicting ones with a
 *   serialization failure (40001) or a deadlock (40P01), and `fn` is then run again from the start in a new
 *   transaction, up to MAX_ATTEMPTS times with a short random backoff. So `fn` must have no effect outside the store;
 * - they do not nest: `store.transaction` inside `fn` is refused (AsyncLocalStorage, as in SQLite);
 * - `tx.savepoint(fn)` is SAVEPOINT / RELEASE, or ROLLBACK TO when `fn` throws. A serialization failure or deadlock
 *   inside a savepoint dooms the whole transaction even if the caller catches it (a workflow step "failing" on a
 *   conflict must not be recorded as the step's failure): the transaction is run again;
 * - a statement that fails outside any savepoint aborts the transaction in PostgreSQL, and COMMIT would then roll
 *   back without an error. If `fn` swallowed such an error and returned, its error is thrown instead of a silent loss.
 *
 * Commit notifications (`onCommittedEvents`, `onQueuedJobs`): listeners in this process hear right after the
 * commit, from what the transaction recorded. Other processes sharing the database hear through NOTIFY: the
 * transaction sends, on channel `tripwire_commits`, the ids of its events and the kinds of its jobs (in chunks under
 * PostgreSQL's 8000-byte limit) with this store's token; PostgreSQL delivers them only if and when it commits. Each
 * store LISTENs (Bun keeps one dedicated connection, reconnecting), skips its own token, reads the events by id
 * and tells its listeners. They are hints: a notification lost while reconnecting costs one poll.
 */
import { SQL } from "bun";
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { type EventRecord, type Store, StoreBusyError, type TransactionOptions, type Tx } from "../types.ts";
import { migrate, query, type Q, type Rows } from "./db.ts";
import { toEvent } from "../rows.ts";
import { postgresRepos } from "./repos.ts";
import { recording } from "../recording.ts";

/** How many times one `transaction` call may run `fn` when PostgreSQL aborts it for a conflict. */
export const MAX_ATTEMPTS = 12;
const RETRYABLE = new Set(["40001", "40P01"]);
/** The NOTIFY channel of commit notifications (per database, as NOTIFY is). */
export const COMMITS_CHANNEL = "tripwire_commits";
/** Event ids per notification: ~30 bytes each keeps a payload well under PostgreSQL's 8000-byte limit. */
const IDS_PER_NOTIFY = 200;

/** What one NOTIFY on COMMITS_CHANNEL carries: the sending store, event ids, job kinds. */
interface CommitNotice {
  s: string;
  e: string[];
  k: string[];
}

/** The SQLSTATE of a PostgreSQL error (Bun's PostgresError carries it as `errno`), or undefined. */
export function sqlState(err: unknown): string | undefined {
  if (!(err instanceof Error) || err.name !== "PostgresError") return undefined;
  const code = (err as Error & { errno?: unknown }).errno;
  return typeof code === "string" ? code : undefined;
}
export const isRetryable = (err: unknown): boolean => RETRYABLE.has(sqlState(err) ?? "");

export interface PostgresStoreOptions {
  /** Connections per pool (transactions, reads); default 10 each. */
  poolSize?: number | undefined;
}

/** One run of `fn`: whether it is still open, and what failed in it (see the module comment). */
interface Attempt {
  active: boolean;
  /** A serialization failure or deadlock anywhere in it: it must be run again, whatever `fn` did with the error. */
  doomed: unknown;
  /** The first failed statement per level: [0] the transaction itself, then one entry per open savepoint. */
  failed: { error: unknown }[];
}

/** The PostgreSQL store, plus `end`: `close` that can be awaited (its connections are closed when it resolves). */
export interface PostgresStore extends Store {
  end(): Promise<void>;
}

export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
  const max = options.poolSize ?? 10;
  const writer = new SQL(url, { max });
  const reader = new SQL(url, { max });
  // Lease renewals get connections of their own: queued behind a busy process's reads for seconds, a renewal would
  // land after the lease it extends had lapsed, and another process would take a job this one is still running.
  const keeper = new SQL(url, { max: 2 });
  // Leasing statements get connections that plan them once: PostgreSQL re-planned the fair lease (job-repos.ts) at
  // every call — its generic plan looks dear to the planner, so it kept custom plans, 3 ms of planning for under
  // 1 ms of work, the largest share of its CPU under a burst. The generic plan is the same index walk whatever the
  // parameters. Apart from reads, so a lease never waits behind a busy process's reads.
  const leaser = new SQL(url, { max: 2, connection: { plan_cache_mode: "force_generic_plan" } });
  const pools = [writer, reader, keeper, leaser];
  try {
    await migrate(writer);
  } catch (err) {
    for (const pool of pools) void pool.close().catch(() => {});
    throw err;
  }
  const r = postgresRepos(query(reader));
  const leases = postgresRepos(query(leaser)).jobs;
  const token = randomUUID();

  const listeners = new Set<(events: EventRecord[]) => void>();
  const jobListeners = new Set<(kinds: ReadonlySet<string>) => void>();
  const current = new AsyncLocalStorage<Attempt>();
  let savepoints = 0;

  // Every statement of a transaction goes through here, so a failure is seen even if the caller swallows it.
  const tracked =
    (t: SQL, attempt: Attempt): Q =>
    (strings, ...values) =>
      (t(strings, ...values) as unknown as Promise<Rows>).then(undefined, (err: unknown) => {
        if (isRetryable(err)) attempt.doomed ??= err;
        const level = attempt.failed[attempt.failed.length - 1]!;
        level.error ??= err;
        throw err;
      });


  const txFor = (t: SQL, attempt: Attempt, events: EventRecord[], kinds: Set<string>): Tx => {
    const repos = recording(postgresRepos(tracked(t, attempt), query(reader)), events, kinds);
    const tx: Tx = {
      ...repos,
      async savepoint<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
        const sp = `sp${++savepoints}`;
        const mark = events.length;
        const kindsBefore = [...kinds];
        await t.unsafe(`SAVEPOINT ${sp}`);
        const level = { error: undefined as unknown };
        attempt.failed.push(level);
        try {
          const out = await fn(tx);
          // A statement failed in it and `fn` went on: the savepoint is aborted, its RELEASE would fail.
          if (level.error !== undefined) throw level.error;
          attempt.failed.pop();
          await t.unsafe(`RELEASE SAVEPOINT ${sp}`);
          return out;
        } catch (err) {
          if (attempt.failed[attempt.failed.length - 1] === level) attempt.failed.pop();
          await t.unsafe(`ROLLBACK TO SAVEPOINT ${sp}`);
          await t.unsafe(`RELEASE SAVEPOINT ${sp}`);
          events.length = mark;
          kinds.clear();
          for (const k of kindsBefore) kinds.add(k);
          throw err;
        }
      },
    };
    return tx;
  };

  /** Queues the transaction's notices: PostgreSQL sends them at commit, and drops them if it rolls back. */
  const announce = async (t: SQL, events: EventRecord[], kinds: Set<string>) => {
    const ids = events.map((e) => e.id);
    for (let i = 0; i === 0 || i < ids.length; i += IDS_PER_NOTIFY) {
      const notice: CommitNotice = { s: token, e: ids.slice(i, i + IDS_PER_NOTIFY), k: i === 0 ? [...kinds] : [] };
      await t`SELECT pg_notify(${COMMITS_CHANNEL}, ${JSON.stringify(notice)})`;
    }
  };
  const heard = async (payload: string) => {
    let notice: CommitNotice;
    try {
      notice = JSON.parse(payload) as CommitNotice;
    } catch {
      return;
    }
    if (notice.s === token) return; // this process's own commit: its listeners have heard already
    if (notice.k.length && jobListeners.size) {
      const kinds = new Set(notice.k);
      for (const l of jobListeners) l(kinds);
    }
    if (notice.e.length && listeners.size) {
      const rows = await reader`SELECT * FROM events WHERE id = ANY(${notice.e}::text[]) ORDER BY xid, seq`;
      const events = rows.map(toEvent);
      if (events.length) for (const l of listeners) l(events);
    }
  };
  // Without LISTEN (a pooler in transaction mode refuses it) this process still polls: notifications are hints.
  // One notice at a time, in arrival order: reading one's events must not overtake the previous one's.
  let hearing = Promise.resolve();
  const subscription = await reader
    .listen(COMMITS_CHANNEL, (payload) => {
      hearing = hearing.then(() => heard(payload)).catch(() => {});
    })
    .catch(() => null);

  const end = async () => {
    await subscription?.unlisten().catch(() => {});
    await Promise.all(pools.map((pool) => pool.close())).catch(() => {});
  };

  return {
    ...r,
    async transaction<T>(fn: (tx: Tx) => Promise<T>, options?: TransactionOptions): Promise<T> {
      const isolation = options?.isolation === "read committed" ? "isolation level read committed" : "isolation level serializable";
      if (current.getStore()?.active) {
        throw new Error("store.transaction called inside a transaction: transactions do not nest; use tx.savepoint, or pass tx down");
      }
      for (let run = 1; ; run++) {
        const attempt: Attempt = { active: true, doomed: undefined, failed: [{ error: undefined }] };
        const events: EventRecord[] = [];
        const kinds = new Set<string>();
        try {
          const out = await writer.begin(isolation, async (t) => {
            try {
              const value = await current.run(attempt, () => fn(txFor(t, attempt, events, kinds)));
              if (attempt.doomed !== undefined) throw attempt.doomed;
              if (attempt.failed[0]!.error !== undefined) throw attempt.failed[0]!.error;
              if (events.length || kinds.size) await announce(t, events, kinds);
              return value;
            } finally {
              attempt.active = false;
            }
          });
          if (events.length) for (const l of listeners) l(events);
          if (kinds.size) for (const l of jobListeners) l(kinds);
          return out as T;
        } catch (err) {
          attempt.active = false;
          const cause = attempt.doomed !== undefined ? attempt.doomed : err;
          if (!isRetryable(cause)) throw err;
          if (run >= MAX_ATTEMPTS) throw new StoreBusyError(run, cause);
          await Bun.sleep(Math.random() * Math.min(200, 5 * 2 ** run));
        }
      }
    },
    onCommittedEvents(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onQueuedJobs(listener) {
      jobListeners.add(listener);
      return () => jobListeners.delete(listener);
    },
    async renewLeases(ids, owner, untilMs) {
      if (ids.length === 0) return [];
      // Autocommit on the keeper pool (READ COMMITTED; queued behind neither reads nor transactions). First every
      // row no transaction holds (SKIP LOCKED: no waiting, so one busy row does not hold back the others' renewal);
      // then the rest, waiting for the transactions that lock them (a handler writing that very job: while it holds
      // the row nobody can lease it) and re-checking each row after: completed or rescheduled meanwhile, it is
      // skipped. Rows are locked in id order; a deadlock with a batch of handler writes re-runs this renewal alone.
      const renew = async (list: readonly string[], wait: boolean) => {
        for (let run = 1; ; run++) {
          try {
            const rows = wait
              ? await keeper`UPDATE jobs SET lease_until_ms = ${untilMs}::bigint WHERE id IN (
                  SELECT id FROM jobs WHERE lease_owner = ${owner} AND id = ANY(${[...list]}::text[]) ORDER BY id FOR UPDATE)
                AND lease_owner = ${owner} RETURNING id`
              : await keeper`UPDATE jobs SET lease_until_ms = ${untilMs}::bigint WHERE id IN (
                  SELECT id FROM jobs WHERE lease_owner = ${owner} AND id = ANY(${[...list]}::text[]) ORDER BY id FOR UPDATE SKIP LOCKED)
                AND lease_owner = ${owner} RETURNING id`;
            return rows.map((r: { id: string }) => r.id);
          } catch (err) {
            if (!isRetryable(err) || run >= MAX_ATTEMPTS) throw err;
            await Bun.sleep(Math.random() * 10);
          }
        }
      };
      const renewed = await renew(ids, false);
      if (renewed.length === ids.length) return renewed;
      const done = new Set(renewed);
      return [...renewed, ...(await renew(ids.filter((id) => !done.has(id)), true))];
    },
    leaseJobs(kinds, nowMs, leaseMs, owner, limit, running, lanes) {
      // Autocommit (READ COMMITTED) on the leasing pool: see store/types.ts and job-repos.ts `lease`.
      return leases.lease(kinds, nowMs, leaseMs, owner, limit, running, lanes);
    },
    async ping() {
      await reader`SELECT 1`;
    },
    async reclaimSpace() {
      // Autovacuum makes the space of deleted rows reusable on its own; nothing to give back here.
      return 0;
    },
    async scrubFreedSpace() {
      // The start-time sweep (engine/seal-legacy.ts) rewrote workflow actions, version actions, run definitions and
      // step inputs that held secrets in clear. An UPDATE leaves the old row version in the table's pages until
      // vacuumed, and plain VACUUM only marks it free: VACUUM FULL rewrites each table into new files and unlinks the
      // old ones. Not covered, as with any database: WAL segments not yet recycled, replicas' and backups' copies.
      await writer.unsafe("VACUUM FULL workflows, workflow_versions, runs, run_steps");
    },
    close() {
      void end();
    },
    end,
  };
}
