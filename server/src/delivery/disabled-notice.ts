/**
 * "After the last retry fails, the webhook is disabled and you're notified": the `webhook.disabled_notice` job that
 * domain/webhooks.ts disableWebhook queues in the transaction that disables the endpoint (one job per disable).
 *
 * It tells the organization's notification contacts (PATCH /organization): one email to every address in
 * `notification_emails`, and a message to each channel in `notification_channel_ids`. The message names the endpoint
 * (id and URL), says why it was disabled and what the last attempt got, and gives the exact call that re-enables it.
 * A contact that fails is tried again later (backoff, up to MAX_ATTEMPTS); those already told are not told twice.
 * An organization without contacts gets nothing (the `webhook.disabled` event is still there for endpoints).
 */
import { iso, type Clock } from "../clock.ts";
import type { Logger } from "../log.ts";
import type { NotificationMessage, Notifier } from "../notify/types.ts";
import type { JobPayload } from "../queue/jobs.ts";
import type { Lease } from "../queue/lease.ts";
import type { Organization, NotificationResult } from "../types.ts";
import type { Store } from "../store/types.ts";

/** Sends per contact before giving up on it (about an hour and a half with the backoff below). */
export const MAX_ATTEMPTS = 8;
const backoffMs = (attempt: number) => Math.min(30 * 60_000, 30_000 * 2 ** Math.max(0, attempt - 1));

type Notice = JobPayload<"webhook.disabled_notice">;

/** The message: the endpoint, why, the last error, and how to turn it back on. `apiUrl` is the endpoint's absolute API URL. */
export function disabledNoticeMessage(org: Pick<Organization, "name">, n: Notice, apiUrl: string): NotificationMessage {
  return {
    title: `Tripwire disabled webhook ${n.webhook_id} (${n.url})`,
    text: [
      `Tripwire disabled the webhook endpoint ${n.webhook_id} (${n.url}) of ${org.name} at ${n.disabled_at}. No events are sent to it until it is re-enabled.`,
      "",
      `Endpoint: ${n.webhook_id}`,
      `URL: ${n.url}`,
      `Reason: ${n.reason}`,
      `Last error: ${n.last_error}`,
      "",
      "Fix the endpoint, then re-enable it:",
      `curl -X PATCH "${apiUrl}" -H "X-API-Key: $TRIPWIRE_API_KEY" -H "content-type: application/json" -d '{"is_active": true}'`,
      `(PATCH /api/v1/webhooks/${n.webhook_id} with {"is_active": true}; failed deliveries can be sent again with POST /api/v1/webhooks/${n.webhook_id}/deliveries/{deliveryId}/redeliver.)`,
    ].join("\n"),
    status: "disabled",
    link: `/api/v1/webhooks/${n.webhook_id}/deliveries`,
  };
}

export class DisabledWebhookNotifier {
  constructor(private o: { store: Store; clock: Clock; notifier: Notifier; logger: Logger }) {}

  async handle(lease: Lease<"webhook.disabled_notice">): Promise<void> {
    const { store, notifier, logger, clock } = this.o;
    const notice = lease.job.payload;
    const org = await store.organizations.get(notice.organization_id);
    const sent = new Set(notice.sent ?? []);
    const failures: string[] = [];
    if (org) {
      const message = disabledNoticeMessage(org, notice, notifier.link(`/api/v1/webhooks/${notice.webhook_id}`));
      const contacts: { key: string; send: () => Promise<NotificationResult | null> }[] = [];
      if (org.notification_emails.length > 0) contacts.push({ key: "email", send: () => notifier.toEmail(org.notification_emails, message) });
      for (const channelId of org.notification_channel_ids) {
        contacts.push({
          key: `channel:${channelId}`,
          send: async () => {
            const channel = await store.channels.get(org.id, channelId);
            // A channel deleted since it was named: nobody to tell there.
            return channel ? notifier.toChannel(channel, message, `${lease.job.id}:${channelId}`) : null;
          },
        });
      }
      for (const contact of contacts) {
        if (sent.has(contact.key) || lease.lost) continue;
        const result = await contact.send();
        if (result === null || result.success) sent.add(contact.key);
        else failures.push(`${contact.key}: ${result.error ?? "failed"}`);
      }
    }
    const attempt = lease.job.attempts;
    const retry = failures.length > 0 && attempt < MAX_ATTEMPTS;
    await lease.transaction(async (tx) => {
      if (retry) await lease.reschedule(tx, clock.now() + backoffMs(attempt), { ...notice, sent: [...sent] });
      else await lease.complete(tx);
    });
    if (failures.length > 0) {
      const ctx = { job: lease.job.id, webhook: notice.webhook_id, organization: notice.organization_id, failures, attempt };
      if (retry) logger.warn({ ...ctx, retry_at: iso(clock.now() + backoffMs(attempt)) }, "webhook disabled notice: some contacts failed; will retry them");
      else logger.error(ctx, "webhook disabled notice: giving up on the contacts that failed");
    }
  }
}
