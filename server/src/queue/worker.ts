/**
 * A worker over the durable job queue: leases due jobs of the kinds it has handlers for, runs up to `maxInFlight`
 * handlers concurrently, and sleeps until the next job is due, or until the store says a transaction queued jobs of
 * its kinds (`onQueuedJobs`), or its poll comes round.
 *
 * Leases are short and kept alive: while a handler runs (or waits in it for a slot), a heartbeat extends the leases of
 * every job this worker holds (one write every `leaseMs / 3`), so a slow handler keeps its job and a crashed
 * process's jobs are leased again about one lease after it died. Leasing and the heartbeat are writes of their own
 * (`store.leaseJobs`, `store.renewLeases`), outside any transaction: inside serializable transactions on PostgreSQL,
 * renewals were aborted and re-run behind busy handlers' transactions until live leases lapsed and other processes
 * ran the same jobs at the same time (#17). The worker never leases a job it is running. A handler writes only through
 * its {@link Lease}; if the heartbeat finds a lease taken over, the lease is marked lost and the handler's next
 * write fails with {@link LeaseLost}, so it stops.
 *
 * A payload that does not parse for its kind is dead-lettered at once. A handler that throws anything else is
 * retried with exponential backoff, and dead-lettered after `maxErrors` failures — logged either way.
 */
import type { Clock } from "../clock.ts";
import { newId } from "../ids.ts";
import type { Logger } from "../log.ts";
import { fullLanes, type Job, type LaneRoom, READ_COMMITTED, type Store } from "../store/types.ts";
import { type JobKind, type TypedJob, typeJob } from "./jobs.ts";
import { Lease, LeaseLost } from "./lease.ts";

export type JobHandlers<K extends JobKind> = { [P in K]: (lease: Lease<P>) => Promise<void> };

export interface QueueWorkerOptions<K extends JobKind> {
  name: string;
  store: Store;
  clock: Clock;
  logger: Logger;
  handlers: JobHandlers<K>;
  maxInFlight?: number;
  /** How long a lease lasts without a heartbeat (default 15 s); a dead process's jobs wait about this long. */
  leaseMs?: number;
  pollMs?: number;
  /** Unexpected handler failures before a job is dead-lettered (default 8). */
  maxErrors?: number;
  /**
   * Look as soon as a transaction queues jobs of these kinds (default true). False for kinds whose producers mostly
   * move jobs later (heartbeat deadlines, moved by every ping): the worker then finds them by its poll and by the next
   * due time, instead of running a leasing transaction after every producer's commit.
   */
  wakeOnQueued?: boolean;
  /**
   * While handlers run and fewer than half the slots are free, at most one leasing statement per this many ms
   * (default 20): each finishing handler wakes the worker, and leasing one job per finish made PostgreSQL rank the
   * whole backlog once per job — most of its CPU under a burst. Leasing what freed up meanwhile in one statement
   * costs a job at most this long; an idle worker (or one with half its slots free) leases at once.
   */
  leaseGapMs?: number;
  /**
   * How many more jobs of each lane the handlers take now (store/types.ts `LaneRoom`; the deliveries: each
   * endpoint's share). Leases take no more than that, and pass over lanes without room.
   */
  lanes?: () => LaneRoom;
}

export const DEFAULT_LEASE_MS = 15_000;

/** Delay before retrying a job whose handler failed `errors` times: 1 s, 2 s, 4 s, … at most 10 minutes. */
export const errorBackoffMs = (errors: number) => Math.min(600_000, 1000 * 2 ** Math.max(0, errors - 1));

export class QueueWorker<K extends JobKind = JobKind> {
  readonly owner: string;
  private readonly kinds: K[];
  private readonly leaseMs: number;
  private stopped = true;
  private ticking = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private heartbeat: ReturnType<typeof setInterval> | null = null;
  private beating = false;
  private running = new Map<string, Lease>();
  private pending = new Set<Promise<void>>();
  /** A look is already scheduled for the next turn of the event loop. */
  private wakeQueued = false;
  private unsubscribe: (() => void) | null = null;
  /** When the last leasing statement was sent (`performance.now()`, for `leaseGapMs`). */
  private leasedAt = Number.NEGATIVE_INFINITY;
  /**
   * Set when the last lease took less than it could while some lanes had no room (the lanes, as a key): all that
   * was left were those lanes' jobs. A finishing handler then leases again only once a lane has room again — a lease
   * per finish would pass over the same backlog each time for nothing. New jobs, due times and the poll still wake it.
   */
  private drainedWith: string | null = null;

  constructor(private o: QueueWorkerOptions<K>) {
    this.owner = `${o.name}_${newId("req").slice(4)}`;
    this.kinds = Object.keys(o.handlers) as K[];
    this.leaseMs = o.leaseMs ?? DEFAULT_LEASE_MS;
  }

  start(): void {
    this.stopped = false;
    // Jobs of our kinds committed (by this process, or by any process sharing the store): look now, not at the poll.
    const kinds = new Set<string>(this.kinds);
    if (this.o.wakeOnQueued !== false) {
      this.unsubscribe = this.o.store.onQueuedJobs((queued) => {
        for (const k of queued) if (kinds.has(k)) return this.wake();
      });
    }
    this.heartbeat = setInterval(() => void this.beat(), Math.max(10, Math.floor(this.leaseMs / 3)));
    this.wake();
  }

  /** Stops leasing and waits for running handlers to finish (their leases are kept alive until then). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    if (this.timer) clearTimeout(this.timer);
    await Promise.allSettled([...this.pending]);
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
  }

  /**
   * New work may be due: look on the next turn of the event loop. Idempotent while a look is pending — under a
   * steady stream of wake-ups, cancelling and re-arming the timer each time would mean never looking at all.
   */
  wake(): void {
    if (this.stopped || this.wakeQueued) return;
    this.wakeQueued = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.wakeQueued = false;
      void this.tick();
    }, 0);
  }

  private async tick(): Promise<void> {
    if (this.stopped || this.ticking) return;
    this.ticking = true;
    let leased = 0;
    const max = this.o.maxInFlight ?? 64;
    const free = max - this.running.size;
    // Real time, not the clock: the gap spares the database, and a test's frozen clock would never end it.
    const wait = this.running.size > 0 && free < max / 2 ? this.leasedAt + (this.o.leaseGapMs ?? 20) - performance.now() : 0;
    if (wait > 0) {
      // Busy, and leased a moment ago: look again when the gap is over (slots freed meanwhile are leased together).
      this.ticking = false;
      if (!this.wakeQueued) {
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.tick(), wait);
      }
      return;
    }
    try {
      if (free > 0) {
        const running = [...this.running.keys()];
        const lanes = this.o.lanes?.();
        const askedAt = this.o.clock.now();
        this.leasedAt = performance.now();
        let jobs = await this.o.store.leaseJobs(this.kinds, askedAt, this.leaseMs, this.owner, free, running, lanes);
        const full = laneKey(lanes);
        this.drainedWith = jobs.length < free && full !== "" ? full : null;
        // The leases end `leaseMs` after the ask: a statement that waited long (for a connection, on a busy database)
        // hands back leases near their end, which another process may take before the first heartbeat. Renewed
        // first, then; a job already taken is not ours to run.
        const tookMs = this.o.clock.now() - askedAt;
        if (jobs.length > 0 && tookMs > this.leaseMs / 3) {
          this.o.logger.warn({ worker: this.o.name, tookMs, jobs: jobs.length, leaseMs: this.leaseMs }, "queue worker: leasing slow; leases renewed before running");
          const held = new Set(await this.o.store.renewLeases(jobs.map((j) => j.id), this.owner, this.o.clock.now() + this.leaseMs));
          jobs = jobs.filter((j) => held.has(j.id));
        }
        leased = jobs.length;
        for (const job of jobs) this.run(job);
      }
    } catch (err) {
      this.o.logger.error({ err, worker: this.o.name }, "queue worker: leasing failed");
    } finally {
      this.ticking = false;
    }
    if (this.stopped) return;
    const poll = this.o.pollMs ?? 1000;
    let delay = poll;
    if (leased > 0 && this.drainedWith === null && this.running.size < max) delay = 0;
    else if (this.running.size >= max) {
      // Every slot taken: the next handler to finish wakes the worker; asking when the next job is due is wasted.
    } else {
      const next = await this.o.store.jobs.nextRunAt(this.kinds, this.o.lanes?.()).catch(() => null);
      if (next !== null) delay = Math.max(0, Math.min(poll, next - this.o.clock.now()));
    }
    if (this.wakeQueued) return; // a wake-up came in during this tick: it will look again right away
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), delay);
  }

  private run(job: Job): void {
    const parsed = typeJob(job);
    if (!parsed.ok) {
      const p = this.deadLetter(job, parsed.error);
      this.pending.add(p);
      void p.finally(() => this.pending.delete(p));
      return;
    }
    const typed = parsed.job as TypedJob<K>;
    const lease = new Lease(typed, this.owner, this.o.store);
    this.running.set(job.id, lease as Lease);
    const handler = this.o.handlers[typed.kind] as (lease: Lease<K>) => Promise<void>;
    const p = handler(lease)
      .catch((err) => this.failed(job, lease, err))
      .finally(() => {
        // Only this lease's entry: a job this handler rescheduled may already be leased again, and running anew.
        if (this.running.get(job.id) === lease) this.running.delete(job.id);
        this.pending.delete(p);
        if (this.drainedWith === null || this.drainedWith !== laneKey(this.o.lanes?.())) this.wake();
      });
    this.pending.add(p);
  }

  /** A handler threw: a lost lease just means stop; anything else is retried later, or dead-lettered. */
  private async failed(job: Job, lease: Lease, err: unknown): Promise<void> {
    const ctx = { job: job.id, kind: job.kind, worker: this.o.name };
    if (err instanceof LeaseLost || lease.lost) {
      this.o.logger.warn({ ...ctx, err }, "queue worker: lease lost; the handler stopped and wrote nothing more");
      return;
    }
    const errors = job.errors + 1;
    const error = err instanceof Error ? err.message : String(err);
    if (errors >= (this.o.maxErrors ?? 8)) {
      await this.deadLetter(job, `handler failed ${errors} times; last error: ${error}`);
      return;
    }
    const retryAt = this.o.clock.now() + errorBackoffMs(errors);
    this.o.logger.error({ ...ctx, err, errors }, "queue worker: job failed unexpectedly; will retry");
    // The job's own row alone, guarded by `lease_owner = me`: READ COMMITTED, so it is not aborted by the conflicts
    // that may have failed the handler.
    await this.o.store.transaction((tx) => tx.jobs.retryAfterError(job.id, this.owner, retryAt, error), READ_COMMITTED).catch((e) => {
      this.o.logger.error({ ...ctx, err: e }, "queue worker: could not record the failure; the job runs again when its lease expires");
    });
  }

  private async deadLetter(job: Job, reason: string): Promise<void> {
    this.o.logger.error({ job: job.id, kind: job.kind, worker: this.o.name, reason }, "queue worker: job dead-lettered");
    await this.o.store.transaction((tx) => tx.jobs.fail(job.id, this.owner, reason, this.o.clock.now()), READ_COMMITTED).catch((err) => {
      this.o.logger.error({ job: job.id, err }, "queue worker: could not dead-letter the job");
    });
  }

  /** Extends the leases of every running job; a job no longer held is marked lost, so its handler stops. */
  private async beat(): Promise<void> {
    if (this.beating || this.running.size === 0) return;
    this.beating = true;
    try {
      // The leases as they are now: while the renewal is out, a job may finish, be rescheduled and be leased again
      // under a new lease — which this renewal knows nothing of, so must not mark lost.
      const leases = [...this.running.entries()];
      const began = this.o.clock.now();
      const until = began + this.leaseMs;
      const held = new Set(await this.o.store.renewLeases(leases.map(([id]) => id), this.owner, until));
      for (const [id, lease] of leases) if (!held.has(id)) lease.markLost();
      // A renewal that takes a third of the lease leaves the next one little room: said, so a lost lease has a cause.
      const tookMs = this.o.clock.now() - began;
      if (tookMs > this.leaseMs / 3) this.o.logger.warn({ worker: this.o.name, tookMs, jobs: leases.length, leaseMs: this.leaseMs }, "queue worker: heartbeat slow");
    } catch (err) {
      this.o.logger.error({ err, worker: this.o.name }, "queue worker: heartbeat failed");
    } finally {
      this.beating = false;
    }
  }
}

/** The lanes without room, as one string ("" when none). */
const laneKey = (lanes: LaneRoom | undefined): string => fullLanes(lanes).sort().join(" ");
