/**
 * The outbox consumer for webhooks (driven by an OutboxLoop): reads domain events in commit order and, for each active endpoint
 * subscribed to the event's type and enabled by the time the event happened (`enabled_at`: one created or
 * re-enabled a moment later is not sent what came before, however late the fan-out reaches it), writes a delivery
 * and its job. The consumer's offset moves in the same
 * transaction, so a crash never loses an event nor fans one out twice.
 */
import { iso, type Clock } from "../clock.ts";
import { happenedSince } from "../domain/events.ts";
import { subscribes } from "../domain/webhooks.ts";
import { jobRow } from "../queue/jobs.ts";
import { newId } from "../ids.ts";
import { type DeliveryRecord, type EventRecord, type NewJobRow, READ_COMMITTED, type Repos, type Tx, type WebhookRecord } from "../store/types.ts";
import { type BatchOutcome, consumeOutbox } from "../queue/outbox-consumer.ts";
import { envelopeFor } from "../outbound/envelope.ts";

const CONSUMER = "webhooks";
const BATCH = 500;

export class WebhookFanout {
  /** It only inserts, and reads the endpoints: READ COMMITTED (queue/outbox.ts `OutboxDrainer.isolation`). */
  readonly isolation = READ_COMMITTED;
  constructor(private clock: Clock) {}

  /** Fans out the next batch of committed events, in the caller's transaction: deliveries queued, and whether more follow. */
  drain(tx: Tx): Promise<BatchOutcome> {
    return consumeOutbox(tx, CONSUMER, BATCH, (t, events) => this.fanOut(t, events));
  }

  /** A delivery and its job for every active endpoint subscribed to each event. */
  private async fanOut(tx: Repos, events: EventRecord[]): Promise<number> {
    const nowMs = this.clock.now();
    const hooksByOrg = new Map<string, WebhookRecord[]>();
    // Hundreds of rows that nothing reads back in the batch: gathered, then written a table at a time.
    const deliveries: DeliveryRecord[] = [];
    const jobs: NewJobRow[] = [];
    for (const event of events) {
      let hooks = hooksByOrg.get(event.organization_id);
      if (!hooks) {
        hooks = await tx.webhooks.active(event.organization_id);
        hooksByOrg.set(event.organization_id, hooks);
      }
      const body = envelopeFor(event);
      for (const hook of hooks) {
        if (!subscribes(hook.events, event.type) || !happenedSince(event, hook.enabled_at)) continue;
        const id = newId("dlv");
        deliveries.push({
          id,
          organization_id: event.organization_id,
          webhook_id: hook.id,
          event_id: event.id,
          event_type: event.type,
          body,
          test: false,
          status: "pending",
          attempt_count: 0,
          next_attempt_at: iso(nowMs),
          created_at: iso(nowMs),
          updated_at: iso(nowMs),
        });
        jobs.push(jobRow({ id, kind: "webhook.deliver", payload: { delivery_id: id, webhook_id: hook.id }, runAtMs: nowMs, organizationId: event.organization_id }));
      }
    }
    await Promise.all([tx.deliveries.createMany(deliveries), tx.jobs.upsertMany(jobs, nowMs)]);
    return deliveries.length;
  }
}
