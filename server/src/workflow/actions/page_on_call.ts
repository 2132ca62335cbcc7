/** `page_on_call` as a definition: its configuration schema, catalog fields and effects. It runs in engine/actions/page_on_call.ts. */
import { z } from "zod";
import type { ActionSpec } from "../types.ts";
import { requiredText, text } from "./schema.ts";

const config = z.strictObject({
  policy_id: requiredText(),
  alert_id: text().nullish(),
  incident_id: text().nullish(),
});
export type Config = z.infer<typeof config>;

export const pageOnCallSpec: ActionSpec<Config> = {
  type: "page_on_call",
  description:
    "Starts an escalation with a policy for an alert or incident: level 1 is notified within about a second, later levels after their delays, until it is acknowledged or resolved. Outputs escalation_id, policy_id, target_type, target_id and already_active.",
  effects: "local",
  scopes: ["oncall:write"],
  target: { resources: ["alert", "incident"], fields: ["alert_id", "incident_id"] },
  references: [{ field: "policy_id", kind: "policy" }],
  config,
  fields: [
    { name: "policy_id", type: "string", required: true, description: "An escalation policy of this organization." },
    { name: "alert_id", type: "string", required: false, description: "Default: the trigger's alert." },
    { name: "incident_id", type: "string", required: false, description: "Default: the trigger's incident (when there is no alert)." },
  ],
};
