/**
 * The delivery worker: leases due `webhook.deliver` jobs from the durable queue, sends them concurrently, and
 * records each outcome in one transaction with the job's next state (done, retry at a time from the retry
 * schedule, or give up and disable the endpoint). A slow endpoint cannot starve others: at most `perEndpoint`
 * of its deliveries are in flight, and sending never blocks the API (it is all async I/O).
 */
import { iso, type Clock } from "../clock.ts";
import { DELIVER_JOB, disableWebhook, signingSecrets } from "../domain/webhooks.ts";
import { newId } from "../ids.ts";
import type { Logger } from "../log.ts";
import type { SecretBox } from "../secrets/secret-box.ts";
import type { DeliveryRecord, Job, Store } from "../store/types.ts";
import { type AttemptSettings, sendAttempt } from "./attempt.ts";
import { classifyResponse, nextAttempt } from "./retry-schedule.ts";

export interface WorkerOptions {
  store: Store;
  clock: Clock;
  box: SecretBox;
  logger: Logger;
  attempt: AttemptSettings;
  schedule: readonly number[];
  maxInFlight?: number;
  perEndpoint?: number;
  /** Longer than the HTTP timeout, so a live attempt is never leased twice. */
  leaseMs?: number;
  pollMs?: number;
}

export class DeliveryWorker {
  readonly owner = newId("req").replace("req_", "wrk_");
  private inFlight = 0;
  private perHook = new Map<string, number>();
  private stopped = true;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private ticking = false;
  private pending = new Set<Promise<void>>();
  private readonly maxInFlight: number;
  private readonly perEndpoint: number;
  private readonly leaseMs: number;
  private readonly pollMs: number;

  constructor(private o: WorkerOptions) {
    this.maxInFlight = o.maxInFlight ?? 64;
    this.perEndpoint = o.perEndpoint ?? 8;
    this.leaseMs = o.leaseMs ?? o.attempt.timeoutMs + 30_000;
    this.pollMs = o.pollMs ?? 1000;
  }

  async start(): Promise<void> {
    this.stopped = false;
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await Promise.allSettled([...this.pending]);
  }

  /** New work may be due: look now. */
  wake(): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), 0);
  }

  private async tick(): Promise<void> {
    if (this.stopped || this.ticking) return;
    this.ticking = true;
    let leased = 0;
    try {
      const free = this.maxInFlight - this.inFlight;
      if (free > 0) {
        const jobs = await this.o.store.transaction((tx) => tx.jobs.lease([DELIVER_JOB], this.o.clock.now(), this.leaseMs, this.owner, free));
        leased = jobs.length;
        for (const job of jobs) this.run(job);
      }
    } catch (err) {
      this.o.logger.error({ err }, "delivery worker: leasing failed");
    } finally {
      this.ticking = false;
    }
    if (this.stopped) return;
    // More may be due right away; otherwise sleep until the next due job (or the poll interval).
    let delay = this.pollMs;
    if (leased > 0 && this.inFlight < this.maxInFlight) delay = 0;
    else {
      const next = await this.o.store.jobs.nextRunAt([DELIVER_JOB]).catch(() => null);
      if (next !== null) delay = Math.max(0, Math.min(this.pollMs, next - this.o.clock.now()));
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), delay);
  }

  private run(job: Job): void {
    const hook = String(job.payload.webhook_id ?? "");
    if ((this.perHook.get(hook) ?? 0) >= this.perEndpoint) {
      // This endpoint already has its share in flight; let others go first.
      void this.o.store.transaction((tx) => tx.jobs.reschedule(job.id, this.owner, this.o.clock.now() + 50)).catch(() => {});
      return;
    }
    this.inFlight++;
    this.perHook.set(hook, (this.perHook.get(hook) ?? 0) + 1);
    const p = this.deliver(job)
      .catch((err) => this.o.logger.error({ err, job: job.id }, "delivery worker: attempt failed unexpectedly"))
      .finally(() => {
        this.inFlight--;
        const n = (this.perHook.get(hook) ?? 1) - 1;
        if (n <= 0) this.perHook.delete(hook);
        else this.perHook.set(hook, n);
        this.pending.delete(p);
        this.wake();
      });
    this.pending.add(p);
  }

  /** One job: one attempt, then one transaction recording it and deciding what comes next. */
  private async deliver(job: Job): Promise<void> {
    const { store, clock, box } = this.o;
    const delivery = await store.deliveries.byId(String(job.payload.delivery_id));
    const webhook = delivery ? await store.webhooks.get(delivery.organization_id, delivery.webhook_id) : null;
    if (!delivery || !webhook) {
      await store.transaction((tx) => tx.jobs.complete(job.id, this.owner));
      return;
    }
    if (!webhook.is_active) {
      await store.transaction(async (tx) => {
        await tx.deliveries.update({ ...delivery, status: "failed", next_attempt_at: null, updated_at: iso(clock.now()) });
        await tx.jobs.complete(job.id, this.owner);
      });
      return;
    }
    const startedMs = clock.now();
    const attempt = await sendAttempt(webhook, signingSecrets(box, webhook, startedMs), delivery, startedMs, this.o.attempt);
    const outcome = classifyResponse(attempt.status_code);
    await store.transaction(async (tx) => {
      const nowMs = clock.now();
      await tx.deliveries.addAttempt(delivery.id, attempt);
      const next: DeliveryRecord = { ...delivery, attempt_count: attempt.number, updated_at: iso(nowMs) };
      if (outcome.kind === "success") {
        await tx.deliveries.update({ ...next, status: "succeeded", next_attempt_at: null });
        await tx.jobs.complete(job.id, this.owner);
        return;
      }
      // A manual redelivery is one extra attempt, not a new retry series.
      const plan = outcome.kind === "gone" || job.payload.manual ? { exhausted: true as const } : nextAttempt(attempt.number, nowMs, this.o.schedule);
      if ("retryAtMs" in plan) {
        await tx.deliveries.update({ ...next, status: "retrying", next_attempt_at: iso(plan.retryAtMs) });
        await tx.jobs.reschedule(job.id, this.owner, plan.retryAtMs);
        return;
      }
      await tx.deliveries.update({ ...next, status: "failed", next_attempt_at: null });
      await tx.jobs.complete(job.id, this.owner);
      if (outcome.kind === "gone") {
        await disableWebhook(tx, webhook, nowMs, "The endpoint answered 410 Gone.");
      } else if (!job.payload.manual) {
        await disableWebhook(tx, webhook, nowMs, `Delivery ${delivery.id} failed ${attempt.number} times; last error: ${attempt.error ?? "unknown"}`);
      }
    });
  }
}
