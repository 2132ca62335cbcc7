/** `acknowledge_alert` as a definition: its configuration schema, catalog fields and effects. It runs in engine/actions/acknowledge_alert.ts. */
import { z } from "zod";
import type { ActionSpec } from "../types.ts";
import { text } from "./schema.ts";

const config = z.strictObject({
  alert_id: text().nullish(),
  dedup_key: text().nullish(),
});
export type Config = z.infer<typeof config>;

export const acknowledgeAlertSpec: ActionSpec<Config> = {
  type: "acknowledge_alert",
  description: "Acknowledges a firing alert and stops its escalation; already acknowledged is a success. Outputs id, status and already_acknowledged.",
  effects: "local",
  scopes: ["alerts:write"],
  target: { resources: ["alert"], fields: ["alert_id", "dedup_key"] },
  config,
  fields: [
    { name: "alert_id", type: "string", required: false, description: "Default: the trigger's alert." },
    { name: "dedup_key", type: "string", required: false, description: "Instead of alert_id: the open alert with this dedup key." },
  ],
};
