/** `attach_postmortem` as a definition. It runs in engine/actions/attach_postmortem.ts. */
import { z } from "zod";
import type { ActionSpec } from "../types.ts";
import { enumOrTemplate, requiredText, text } from "./schema.ts";

const config = z.strictObject({
  incident_id: text().nullish(),
  url: requiredText(),
  status: enumOrTemplate(["draft", "complete"]).nullish(),
});
export type Config = z.infer<typeof config>;

export const attachPostmortemSpec: ActionSpec<Config> = {
  type: "attach_postmortem",
  description:
    "Attaches (or updates) the incident's post-mortem document link; this completes the post-incident task \"create a post-mortem\", and status complete also \"mark the post-mortem complete\". Outputs incident_id, url and status.",
  effects: "local",
  scopes: ["incidents:write"],
  config,
  fields: [
    { name: "incident_id", type: "string", required: false, description: "Default: the trigger's incident." },
    { name: "url", type: "string", required: true, description: "An http(s) URL." },
    { name: "status", type: "draft|complete", required: false, description: "Default: the current status, or draft." },
  ],
};
