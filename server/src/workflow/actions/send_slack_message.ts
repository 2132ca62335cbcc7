/** `send_slack_message` as a definition: its configuration schema, catalog fields and effects. It runs in engine/actions/send_slack_message.ts. */
import { z } from "zod";
import type { ActionSpec } from "../types.ts";
import { stringOrTemplate, text } from "./schema.ts";

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
export type Config = z.infer<typeof config>;

export const sendSlackMessageSpec: ActionSpec<Config> = {
  type: "send_slack_message",
  description: "Posts a message with the incident's title, severity, status and link to a Slack channel or incoming-webhook URL.",
  effects: "external",
  scopes: ["channels:write"],
  references: [{ field: "channel_id", kind: "channel" }],
  config,
  fields: [
    { name: "channel_id", type: "string", required: false, description: "A slack channel's id (chn_…) or key (e.g. ch_slack_ops); set this or webhook_url." },
    { name: "webhook_url", type: "string", required: false, description: "A Slack incoming-webhook URL (https://hooks.slack.com/…); set this or channel_id. The URL is the credential: a literal one is stored encrypted and shown back as a tw_sealed_v1.<ref> reference (send it back to keep the URL). https only; private and internal addresses are refused." },
    { name: "text", type: "string", required: false, description: "The message (a template). Default: the incident's severity, title and status." },
  ],
};
