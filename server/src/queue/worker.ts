/**
 * A generic worker over the durable job queue: leases due jobs of some kinds, runs up to `maxInFlight` handlers
 * concurrently, and sleeps until the next job is due (or until woken). Handlers complete or reschedule their own
 * job, in the same transaction as the state change they make, so a crash can only make a job run again.
 */
import type { Clock } from "../clock.ts";
import { newId } from "../ids.ts";
import type { Logger } from "../log.ts";
import type { Job, Store } from "../store/types.ts";

export interface QueueWorkerOptions {
  name: string;
  store: Store;
  clock: Clock;
  logger: Logger;
  kinds: string[];
  handle(job: Job, owner: string): Promise<void>;
  maxInFlight?: number;
  leaseMs?: number;
  pollMs?: number;
}

export class QueueWorker {
  readonly owner: string;
  private inFlight = 0;
  private stopped = true;
  private ticking = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private pending = new Set<Promise<void>>();
  /** A look is already scheduled for the next turn of the event loop. */
  private wakeQueued = false;

  constructor(private o: QueueWorkerOptions) {
    this.owner = `${o.name}_${newId("req").slice(4)}`;
  }

  start(): void {
    this.stopped = false;
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await Promise.allSettled([...this.pending]);
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
    try {
      const free = max - this.inFlight;
      if (free > 0) {
        const now = this.o.clock.now();
        const jobs = await this.o.store.transaction((tx) => tx.jobs.lease(this.o.kinds, now, this.o.leaseMs ?? 120_000, this.owner, free));
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
    if (leased > 0 && this.inFlight < max) delay = 0;
    else {
      const next = await this.o.store.jobs.nextRunAt(this.o.kinds).catch(() => null);
      if (next !== null) delay = Math.max(0, Math.min(poll, next - this.o.clock.now()));
    }
    if (this.wakeQueued) return; // a wake-up came in during this tick: it will look again right away
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), delay);
  }

  private run(job: Job): void {
    this.inFlight++;
    const p = this.o
      .handle(job, this.owner)
      .catch((err) => this.o.logger.error({ err, job: job.id, worker: this.o.name }, "queue worker: job failed unexpectedly"))
      .finally(() => {
        this.inFlight--;
        this.pending.delete(p);
        this.wake();
      });
    this.pending.add(p);
  }
}
