/**
 * Delivers `webhook.deliver` jobs (driven by a QueueWorker): one attempt, then one transaction recording the
 * outcome with the job's next state (done, retry at a time from the retry schedule, or give up and disable the
 * endpoint). A slow endpoint cannot starve others: at most `perEndpoint` of its deliveries are in flight, and
 * sending never blocks the API (it is all async I/O).
 */
import { iso, type Clock } from "../clock.ts";
import { disableWebhook, forSending, signingSecrets } from "../domain/webhooks.ts";
import type { SecretBox } from "../secrets/secret-box.ts";
import { type DeliveryRecord, type LaneRoom, READ_COMMITTED, type Store } from "../store/types.ts";
import { type Lease, LeaseLost } from "../queue/lease.ts";
import { type AttemptSettings, sendAttempt } from "../outbound/attempt.ts";
import { classifyResponse, nextAttempt } from "./retry-schedule.ts";
import { BatchWriter } from "../queue/batch-writer.ts";

export interface DelivererOptions {
  store: Store;
  clock: Clock;
  box: SecretBox;
  attempt: AttemptSettings;
  schedule: readonly number[];
  /** At most this many deliveries to one endpoint in flight at once (default 16). */
  perEndpoint?: number;
}

/**
 * How many times `perEndpoint` deliveries to one endpoint may wait in a worker for a slot before more are handed back
 * (with 16: 16 sending, 48 waiting, half of the delivery worker's 128). Waiting costs nothing but the lease; each job
 * handed back costs a write now and a lease later. The worker leases no more than fit (`lanes`), so a job is handed
 * back only when another process's lease raced ahead of it.
 */
const WAITING_SHARES = 3;

export class Deliverer {
  private slots = new Map<string, { busy: number; waiting: (() => void)[] }>();
  private readonly perEndpoint: number;
  /** What one endpoint may hold in this worker: its share sending and `WAITING_SHARES` shares waiting. */
  private readonly cap: number;

  /**
   * Outcomes of deliveries finishing together are recorded in one transaction, side by side (pipelined on
   * PostgreSQL): a record fails only when its lease was lost, and then the batch is written again one by one.
   */
  private records: BatchWriter;

  constructor(private o: DelivererOptions) {
    this.perEndpoint = o.perEndpoint ?? 16;
    this.cap = this.perEndpoint * (1 + WAITING_SHARES);
    this.records = new BatchWriter(o.store, 256, READ_COMMITTED, true);
  }

  /**
   * How many more deliveries to each endpoint this worker takes (the QueueWorker's `lanes`; a job's lane is its
   * endpoint): its share, sending and waiting, less what it holds. An endpoint opens again only once a whole share
   * fits, so its backlog is leased a share at a time, not a job per finished delivery. Before, the leases did not know
   * of the shares: under a burst to one endpoint most deliveries were leased, handed back and leased again — about a
   * fifth of the work on PostgreSQL.
   */
  lanes(): LaneRoom {
    const rooms = new Map<string, number>();
    for (const [hook, s] of this.slots) {
      const room = this.cap - s.busy - s.waiting.length;
      rooms.set(hook, room >= this.perEndpoint ? room : 0);
    }
    return { rooms, otherwise: this.cap };
  }

  /** The queue handler for `webhook.deliver` jobs. */
  async handle(lease: Lease<"webhook.deliver">): Promise<void> {
    const hook = lease.job.payload.webhook_id;
    let s = this.slots.get(hook);
    if (!s) {
      s = { busy: 0, waiting: [] };
      this.slots.set(hook, s);
    }
    if (s.busy >= this.perEndpoint) {
      if (s.busy + s.waiting.length >= this.cap) {
        // Far over this endpoint's share: hand the job back so other endpoints' jobs get the worker's slots. Written
        // with the records (one transaction for the jobs handed back together, not one each).
        const at = this.o.clock.now() + 250;
        await this.records.run(async (tx) => {
          await lease.check(tx);
          await lease.reschedule(tx, at);
        });
        return;
      }
      // Over its share: wait (still leased) for one of its deliveries to finish, instead of a reschedule round trip.
      await new Promise<void>((resolve) => s.waiting.push(resolve));
    }
    s.busy++;
    try {
      await this.deliver(lease);
    } finally {
      s.busy--;
      const next = s.waiting.shift();
      if (next) next();
      else if (s.busy === 0) this.slots.delete(hook);
    }
  }

  /** One job: one attempt, then one transaction recording it and deciding what comes next. */
  private async deliver(lease: Lease<"webhook.deliver">): Promise<void> {
    const { store, clock, box } = this.o;
    const { payload } = lease.job;
    const delivery = await store.deliveries.byId(payload.delivery_id);
    const webhook = delivery ? await store.webhooks.get(delivery.organization_id, delivery.webhook_id) : null;
    if (!delivery || !webhook) {
      await lease.settle((tx) => lease.complete(tx));
      return;
    }
    if (!webhook.is_active) {
      await lease.transaction(async (tx) => {
        await tx.deliveries.update({ ...delivery, status: "failed", next_attempt_at: null, updated_at: iso(clock.now()) });
        await lease.complete(tx);
      });
      return;
    }
    // Taken over while waiting for this endpoint's slot: the new owner sends it (the worker logs the lost lease).
    if (lease.lost) throw new LeaseLost(lease.job.id);
    const startedMs = clock.now();
    const attempt = await sendAttempt(forSending(box, webhook), signingSecrets(box, webhook, startedMs), delivery, startedMs, this.o.attempt);
    const outcome = classifyResponse(attempt.status_code);
    await this.records.run(async (tx) => {
      // The attempt is recorded only by the worker that still owns the job (its batch rolls back otherwise).
      await lease.check(tx);
      const nowMs = clock.now();
      await tx.deliveries.addAttempt(delivery.id, attempt);
      const next: DeliveryRecord = { ...delivery, attempt_count: attempt.number, updated_at: iso(nowMs) };
      if (outcome.kind === "success") {
        await tx.deliveries.update({ ...next, status: "succeeded", next_attempt_at: null });
        await lease.complete(tx);
        return;
      }
      // A manual redelivery is one extra attempt, not a new retry series.
      const plan = outcome.kind === "gone" || payload.manual ? { exhausted: true as const } : nextAttempt(attempt.number, nowMs, this.o.schedule);
      if ("retryAtMs" in plan) {
        await tx.deliveries.update({ ...next, status: "retrying", next_attempt_at: iso(plan.retryAtMs) });
        await lease.reschedule(tx, plan.retryAtMs);
        return;
      }
      await tx.deliveries.update({ ...next, status: "failed", next_attempt_at: null });
      await lease.complete(tx);
      if (outcome.kind === "gone") {
        await disableWebhook(tx, webhook, nowMs, "The endpoint answered 410 Gone.", attempt.error ?? "HTTP 410 Gone");
      } else if (!payload.manual) {
        const lastError = attempt.error ?? (attempt.status_code ? `HTTP ${attempt.status_code}` : "unknown");
        await disableWebhook(tx, webhook, nowMs, `Delivery ${delivery.id} failed ${attempt.number} times; last error: ${lastError}`, lastError);
      }
    });
  }
}
