/**
 * send_notification: sends `message` (a template) through one channel (`channel_id`), or through every channel of
 * the organization when none is given. The title is `title`, else the trigger's incident title, else the workflow's
 * name; severity, status and a link come from the trigger's incident when there is one.
 *
 * Each send is one attempt with the step's idempotency key (per channel: `<key>:<channel id>`), so a step retried
 * after a crash presents the same key (webhook channels get it as `idempotency-key`, email as the Message-ID).
 * A channel that fails fails the step, with the provider's error in the message (the runner records it); with no
 * `channel_id` the step fails if any channel failed, naming each failure. Output: per-channel results.
 *
 * `channel_id` is a channel's id or its key (`ch_slack_ops`). Activation checks that a literal one exists; one that
 * is gone by the time the step runs (or a templated one) fails the step.
 */
import type { NotificationMessage } from "../../notify/types.ts";
import type { ChannelRecord } from "../../store/types.ts";
import type { NotificationResult } from "../../types.ts";
import type { RunScope } from "../../workflow/types.ts";
import type { ActionContext, ActionModule } from "../types.ts";
import { ActionError, present } from "./common.ts";
import { sendNotificationSpec, type Config } from "../../workflow/actions/send_notification.ts";

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === "string" && v !== "" ? v : undefined);

/** The trigger's incident, when the scope has one. */
export function scopeIncident(scope: RunScope): Record<string, unknown> | undefined {
  return isRecord(scope.incident) ? scope.incident : undefined;
}

/** Where to look at the incident: its API path, made absolute on TRIPWIRE_PUBLIC_URL by the notifier when sent. */
export const incidentLink = (id: string) => `/api/v1/incidents/${id}`;

/** The message for `text`, with the title, severity, status and link taken from the run's scope. */
export function messageFor(scope: RunScope, body: string, title?: string | null): NotificationMessage {
  const incident = scopeIncident(scope);
  const workflow = isRecord(scope.workflow) ? str(scope.workflow.name) : undefined;
  const id = incident ? str(incident.id) : undefined;
  return {
    title: (present(title) ? title.trim() : undefined) ?? (incident ? str(incident.title) : undefined) ?? (workflow ? `Workflow: ${workflow}` : "Tripwire notification"),
    text: body,
    severity: incident ? str(incident.severity) : undefined,
    status: incident ? str(incident.status) : undefined,
    link: id ? incidentLink(id) : undefined,
  };
}

/** The channel `channel_id` names (its id or its key), in the run's organization; a clear error when it is gone. */
export async function loadChannel(ctx: ActionContext, ref: string): Promise<ChannelRecord> {
  const channel = await ctx.deps.store.channels.find(ctx.actor.orgId, ref);
  if (!channel) throw new ActionError(`No channel has the id or key ${ref} (deleted, or of another organization); update the workflow.`);
  return channel;
}

const describe = (c: ChannelRecord) => `${c.kind} channel "${c.name}" (${c.id})`;

function resultOf(c: ChannelRecord, r: NotificationResult) {
  return { channel_id: c.id, name: c.name, kind: c.kind, success: r.success, status_code: r.status_code, latency_ms: r.latency_ms, error: r.error };
}

export const sendNotificationAction: ActionModule<Config> = {
  ...sendNotificationSpec,
  async run(c, ctx) {
    const message = messageFor(ctx.scope, c.message, c.title);
    if (c.channel_id !== undefined) {
      // Given but rendered to nothing: an error, not a broadcast to every channel.
      if (!present(c.channel_id)) throw new ActionError("channel_id is empty (its template rendered to nothing).");
      const channel = await loadChannel(ctx, c.channel_id.trim());
      const r = await ctx.deps.notifier.toChannel(channel, message, ctx.idempotencyKey);
      if (!r.success) throw new ActionError(`Notification through ${describe(channel)} failed: ${r.error}`);
      return { kind: "done", output: { ...resultOf(channel, r), response_excerpt: r.response_excerpt } };
    }
    const channels = await ctx.deps.store.channels.all(ctx.actor.orgId);
    if (channels.length === 0) throw new ActionError("No notification channels are configured; create one (POST /api/v1/channels) or set channel_id.");
    const sent = await Promise.all(channels.map(async (ch) => [ch, await ctx.deps.notifier.toChannel(ch, message, `${ctx.idempotencyKey}:${ch.id}`)] as const));
    const failed = sent.filter(([, r]) => !r.success);
    if (failed.length) {
      throw new ActionError(
        `${failed.length} of ${sent.length} channels failed: ${failed.map(([ch, r]) => `${describe(ch)}: ${r.error}`).join("; ")}` +
          (failed.length < sent.length ? ` (sent through ${sent.filter(([, r]) => r.success).map(([ch]) => ch.id).join(", ")})` : ""),
      );
    }
    return { kind: "done", output: { sent: sent.length, results: sent.map(([ch, r]) => resultOf(ch, r)) } };
  },
};
