/**
 * The real notifier: sends a message through a channel by its kind, opening the channel's sealed configuration
 * with the secret box. Provider failures (an answer other than success, no answer, no SMTP configured, a
 * configuration that does not open) come back as `success: false` with the provider's error; it never throws for
 * them. Each call is one attempt: nothing here retries.
 */
import type { AttemptSettings } from "../outbound/attempt.ts";
import type { SecretBox } from "../secrets/secret-box.ts";
import type { ChannelRecord } from "../store/types.ts";
import type { NotificationResult } from "../types.ts";
import type { EmailConfig, SlackConfig, WebhookChannelConfig } from "./channel-config.ts";
import { createEmailSender } from "./email.ts";
import { sendSlack } from "./slack.ts";
import type { NotificationMessage, Notifier } from "./types.ts";
import { sendWebhookChannel } from "./webhook-channel.ts";

export interface NotifierOptions {
  box: SecretBox;
  delivery: AttemptSettings;
  smtpUrl: string | undefined;
  from: string;
  /**
   * The server's public base URL (TRIPWIRE_PUBLIC_URL, else where it listens), read at each send: a server on port 0
   * knows its address only once it listens. Without it, links stay API paths.
   */
  publicUrl?: (() => string | undefined) | undefined;
}

/** `path` made absolute against `base` (no trailing slash); an absolute URL, or no base, leaves it as it is. */
export function absoluteLink(base: string | undefined, path: string): string {
  if (!base || !path.startsWith("/") || path.startsWith("//")) return path;
  return `${base.replace(/\/+$/, "")}${path}`;
}

const failed = (error: string): NotificationResult => ({ success: false, status_code: null, latency_ms: 0, response_excerpt: "", error });

/** An unexpected throw (a bug, not a provider answer) still becomes a failed result rather than crashing the caller. */
async function guard(send: () => Promise<NotificationResult>): Promise<NotificationResult> {
  try {
    return await send();
  } catch (e) {
    return failed(`Sending failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export function createNotifier(o: NotifierOptions): Notifier {
  const email = createEmailSender({ smtpUrl: o.smtpUrl, from: o.from, timeoutMs: o.delivery.timeoutMs });
  const link = (path: string) => absoluteLink(o.publicUrl?.(), path);
  const withLink = (m: NotificationMessage): NotificationMessage => (m.link ? { ...m, link: link(m.link) } : m);
  const notifier: Notifier = {
    link,
    toChannel(channel: ChannelRecord, m, idempotencyKey) {
      const message = withLink(m);
      return guard(async () => {
        let config: unknown;
        try {
          config = JSON.parse(o.box.open(channel.config_sealed));
        } catch {
          return failed(`The configuration of channel ${channel.id} could not be decrypted (was TRIPWIRE_SECRET_KEY changed?); update the channel.`);
        }
        switch (channel.kind) {
          case "slack":
            return sendSlack((config as SlackConfig).webhook_url, message, o.delivery);
          case "email":
            return email.send((config as EmailConfig).recipients, message, undefined, idempotencyKey);
          case "webhook":
            return sendWebhookChannel(config as WebhookChannelConfig, message, o.delivery, idempotencyKey);
          default:
            return failed(`Unknown channel kind "${String(channel.kind)}".`);
        }
      });
    },
    toSlackUrl(url, message) {
      return guard(() => sendSlack(url, withLink(message), o.delivery));
    },
    toEmail(recipients, message, html) {
      return guard(() => email.send(recipients, withLink(message), html));
    },
  };
  return notifier;
}
