/**
 * A handler's hold on one job. Everything a handler writes goes through its lease: `transaction` first checks that
 * this worker still holds the job (and on PostgreSQL locks its row), and `complete` / `reschedule` fail unless the
 * owner still held it. So a handler whose lease expired and was taken over by another worker writes nothing more:
 * its transaction rolls back with {@link LeaseLost}, which the worker treats as "stop", not as an error.
 */
import { READ_COMMITTED, type Repos, type Store, type TransactionOptions, type Tx } from "../store/types.ts";
import type { JobKind, JobPayload, TypedJob } from "./jobs.ts";

/** Writes that touch only the job's own row, under the row lock `check` takes: nothing to serialize against. */
const JOB_ONLY = READ_COMMITTED;

export class LeaseLost extends Error {
  constructor(jobId: string) {
    super(`lost the lease on job ${jobId}: another worker owns it now, or it was canceled`);
    this.name = "LeaseLost";
  }
}

export class Lease<K extends JobKind = JobKind> {
  private readonly aborter = new AbortController();

  constructor(
    readonly job: TypedJob<K>,
    readonly owner: string,
    private readonly store: Store,
  ) {}

  /** Aborted when the worker learns the lease is gone (a heartbeat found it taken); long calls can listen to it. */
  get signal(): AbortSignal {
    return this.aborter.signal;
  }

  get lost(): boolean {
    return this.aborter.signal.aborted;
  }

  /** Called by the worker's heartbeat, or by a write that found the lease gone. */
  markLost(): void {
    if (!this.lost) this.aborter.abort(new LeaseLost(this.job.id));
  }

  /** Throws {@link LeaseLost} unless this worker still holds the job (inside a transaction: for the rest of it). */
  async check(tx: Repos): Promise<void> {
    if (this.lost || !(await tx.jobs.holds(this.job.id, this.owner))) this.lose();
  }

  /**
   * A transaction that runs only while the job is held: nothing in it commits after the lease was lost. `check`
   * locks the job's row, so bookkeeping that writes only the job itself may ask for `isolation: "read committed"`
   * (store/types.ts `TransactionOptions`).
   */
  transaction<T>(fn: (tx: Tx) => Promise<T>, options?: TransactionOptions): Promise<T> {
    if (this.lost) return Promise.reject(new LeaseLost(this.job.id));
    return this.store.transaction(async (tx) => {
      await this.check(tx);
      return fn(tx);
    }, options);
  }

  /** Job bookkeeping alone (complete or reschedule, nothing else), in a READ COMMITTED transaction of its own. */
  settle(fn: (tx: Tx) => Promise<void>): Promise<void> {
    return this.transaction(fn, JOB_ONLY);
  }

  /** The job is done: it is removed, in the caller's transaction. */
  async complete(tx: Repos): Promise<void> {
    if (!(await tx.jobs.complete(this.job.id, this.owner))) this.lose();
  }

  /** The job runs again at `runAtMs` (with a new payload, when given), in the caller's transaction. */
  async reschedule(tx: Repos, runAtMs: number, payload?: JobPayload<K>): Promise<void> {
    if (!(await tx.jobs.reschedule(this.job.id, this.owner, runAtMs, payload))) this.lose();
  }

  private lose(): never {
    this.markLost();
    throw new LeaseLost(this.job.id);
  }
}
