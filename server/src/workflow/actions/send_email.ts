/** `send_email` as a definition: its configuration schema, catalog fields and effects. It runs in engine/actions/send_email.ts. */
import { z } from "zod";
import { isEmailAddress } from "../../notify/channel-config.ts";
import type { ActionSpec } from "../types.ts";
import { list, requiredText, stringOrTemplate, text } from "./schema.ts";

const config = z.strictObject({
  to: list(stringOrTemplate((v) => isEmailAddress(v.trim()), "Must be an email address, or a template.")),
  subject: requiredText(),
  body: requiredText(),
  html: text().nullish(),
});
export type Config = z.infer<typeof config>;

export const sendEmailSpec: ActionSpec<Config> = {
  type: "send_email",
  description: "Sends an email (plain text, optionally HTML) through the server's SMTP server (SMTP_URL).",
  effects: "external",
  scopes: ["channels:write"],
  config,
  fields: [
    { name: "to", type: "string[]", required: true, description: "One address or a list (up to 50)." },
    { name: "subject", type: "string", required: true, description: "The subject (a template)." },
    { name: "body", type: "string", required: true, description: "The plain-text body (a template)." },
    { name: "html", type: "string", required: false, description: "An HTML body (a template; inserted values are HTML-escaped). Default: the body as HTML." },
  ],
};
