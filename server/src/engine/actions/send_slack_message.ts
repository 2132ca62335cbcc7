/**
 * send_slack_message: posts Slack's incoming-webhook JSON (`text` plus `blocks` with the incident's title,
 * severity, status and link: notify/slack.ts) to a `slack` channel (`channel_id`) or straight to a `webhook_url`.
 * `text` is a template; by default it describes the trigger's incident. One post per step attempt, through the
 * guarded outbound client (https only; loopback http only in development). A Slack answer other than 200 `ok` fails
 * the step with Slack's answer as the error (e.g. `Slack answered 404 no_service …`).
 */
import { z } from "zod";
import type { ActionModule } from "../types.ts";
import { ActionError, isTemplate, present, stringOrTemplate, text } from "./common.ts";
import { loadChannel, messageFor, scopeIncident } from "./send_notification.ts";

function isHttpUrl(v: string): boolean {
  if (!URL.canParse(v)) return false;
  const { protocol } = new URL(v);
  return protocol === "https:" || protocol === "http:";
}

const config = z
  .strictObject({
    channel_id: text().nullish(),
    webhook_url: stringOrTemplate(isHttpUrl, "Must be an https:// Slack incoming-webhook URL.").nullish(),
    text: text().nullish(),
  })
  .superRefine((c, check) => {
    const both = c.channel_id !== undefined && c.channel_id !== null && c.webhook_url !== undefined && c.webhook_url !== null;
    const neither = (c.channel_id === undefined || c.channel_id === null) && (c.webhook_url === undefined || c.webhook_url === null);
    if (both || neither) check.addIssue({ code: "custom", path: [], message: "Set exactly one of channel_id (a slack channel) or webhook_url." });
  });
type Config = z.infer<typeof config>;

function defaultText(incident: Record<string, unknown> | undefined, workflowName: string): string {
  if (!incident) return `Message from workflow ${workflowName}.`;
  const sev = typeof incident.severity === "string" ? `[${incident.severity}] ` : "";
  const status = typeof incident.status === "string" ? ` is ${incident.status}` : "";
  return `${sev}${String(incident.title ?? "An incident")}${status}.`;
}

export const sendSlackMessageAction: ActionModule<Config> = {
  type: "send_slack_message",
  description: "Posts a message with the incident's title, severity, status and link to a Slack channel or incoming-webhook URL.",
  effects: "external",
  config,
  fields: [
    { name: "channel_id", type: "string", required: false, description: "A slack channel (chn_…); set this or webhook_url." },
    { name: "webhook_url", type: "string", required: false, description: "A Slack incoming-webhook URL (https://hooks.slack.com/…); set this or channel_id." },
    { name: "text", type: "string", required: false, description: "The message (a template). Default: the incident's severity, title and status." },
  ],
  async run(c, ctx) {
    const workflow = (ctx.scope.workflow as { name?: string } | undefined)?.name ?? "";
    const body = present(c.text) ? c.text : defaultText(scopeIncident(ctx.scope), workflow);
    const message = messageFor(ctx.scope, body);
    let r;
    let where: string;
    if (c.channel_id !== undefined && c.channel_id !== null) {
      if (!present(c.channel_id)) throw new ActionError("channel_id is empty (its template rendered to nothing).");
      const channel = await loadChannel(ctx, c.channel_id.trim());
      if (channel.kind !== "slack") {
        throw new ActionError(`Channel ${channel.id} is ${channel.kind === "email" ? "an" : "a"} ${channel.kind} channel; send_slack_message needs a slack channel (send_notification sends through any kind).`);
      }
      where = `slack channel "${channel.name}"`;
      r = await ctx.deps.notifier.toChannel(channel, message, ctx.idempotencyKey);
    } else {
      const url = (c.webhook_url ?? "").trim();
      if (url === "" || isTemplate(url)) throw new ActionError(`webhook_url is not a URL after rendering: ${JSON.stringify(c.webhook_url)}.`);
      where = "Slack";
      r = await ctx.deps.notifier.toSlackUrl(url, message);
    }
    if (!r.success) throw new ActionError(`Posting to ${where} failed: ${r.error}`);
    return { kind: "done", output: { status_code: r.status_code, latency_ms: r.latency_ms, response_excerpt: r.response_excerpt } };
  },
};
