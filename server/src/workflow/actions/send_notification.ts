/** `send_notification` as a definition: its configuration schema, catalog fields and effects. It runs in engine/actions/send_notification.ts. */
import { z } from "zod";
import type { ActionSpec } from "../types.ts";
import { requiredText, text } from "./schema.ts";

const config = z.strictObject({
  channel_id: text().nullish(),
  message: requiredText(),
  title: text().nullish(),
});
export type Config = z.infer<typeof config>;

export const sendNotificationSpec: ActionSpec<Config> = {
  type: "send_notification",
  description: "Sends a message through a notification channel (Slack, email, webhook), or through every channel when channel_id is not set.",
  effects: "external",
  scopes: ["channels:write"],
  references: [{ field: "channel_id", kind: "channel" }],
  config,
  fields: [
    { name: "channel_id", type: "string", required: false, description: "A channel's id (chn_…) or key (e.g. ch_slack_ops). Default: every channel of the organization." },
    { name: "message", type: "string", required: true, description: "The message (a template), e.g. \"Draft incident created: {{incident.title}}\"." },
    { name: "title", type: "string", required: false, description: "The headline / email subject. Default: the incident's title, else the workflow's name." },
  ],
};
