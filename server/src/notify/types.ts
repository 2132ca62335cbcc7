/** The seam between what wants to tell people something (actions, escalations, tests) and how it is sent. */
import type { ChannelRecord } from "../store/types.ts";
import type { NotificationResult } from "../types.ts";

export interface NotificationMessage {
  /** One line: the subject of an email, the headline of a Slack message. */
  title: string;
  /** The body as plain text. */
  text: string;
  severity?: string | undefined;
  status?: string | undefined;
  /** Where to look (e.g. the incident in the API): an API path, made absolute by the notifier (`link`). */
  link?: string | undefined;
}

export interface Notifier {
  /** Sends through a channel (slack, email, webhook); never throws for a provider failure: see `success`. */
  toChannel(channel: ChannelRecord, message: NotificationMessage, idempotencyKey?: string): Promise<NotificationResult>;
  /** Posts Slack's incoming-webhook JSON to a URL directly (send_slack_message with `webhook_url`). */
  toSlackUrl(url: string, message: NotificationMessage): Promise<NotificationResult>;
  /** Emails people directly (members paged by an escalation; send_email). */
  toEmail(recipients: string[], message: NotificationMessage, html?: string): Promise<NotificationResult>;
  /**
   * The absolute URL of an API path (`/api/v1/incidents/inc_…` → `https://tripwire.example.com/api/v1/…`), from
   * TRIPWIRE_PUBLIC_URL (default: the address the server listens on). Every send above applies it to `link`, so a
   * message's link works outside the server; a link that is already absolute is left as it is.
   */
  link(path: string): string;
}
