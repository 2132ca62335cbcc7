/**
 * send_slack_message: posts Slack's incoming-webhook JSON (`text` plus `blocks` with the incident's title,
 * severity, status and link: notify/slack.ts) to a `slack` channel (`channel_id`) or straight to a `webhook_url`.
 * `text` is a template; by default it describes the trigger's incident. One post per step attempt, through the
 * guarded outbound client (https only; loopback http only in development). A Slack answer other than 200 `ok` fails
 * the step with Slack's answer as the error (e.g. `Slack answered 404 no_service …`).
 */
import type { ActionModule } from "../types.ts";
import { ActionError, present } from "./common.ts";
import { loadChannel, messageFor, scopeIncident } from "./send_notification.ts";
import { sendSlackMessageSpec, type Config } from "../../workflow/actions/send_slack_message.ts";
import { isTemplate } from "../../workflow/actions/schema.ts";

function defaultText(incident: Record<string, unknown> | undefined, workflowName: string): string {
  if (!incident) return `Message from workflow ${workflowName}.`;
  const sev = typeof incident.severity === "string" ? `[${incident.severity}] ` : "";
  const status = typeof incident.status === "string" ? ` is ${incident.status}` : "";
  return `${sev}${String(incident.title ?? "An incident")}${status}.`;
}

export const sendSlackMessageAction: ActionModule<Config> = {
  ...sendSlackMessageSpec,
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
