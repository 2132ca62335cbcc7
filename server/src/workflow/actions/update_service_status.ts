/** `update_service_status` as a definition: its configuration schema, catalog fields and effects. It runs in engine/actions/update_service_status.ts. */
import { z } from "zod";
import { zServiceStatus } from "../../generated/zod.gen.ts";
import type { ActionSpec } from "../types.ts";
import { enumOrTemplate, text } from "./schema.ts";

const config = z.strictObject({
  service_id: text().nullish(),
  status: enumOrTemplate(zServiceStatus.options),
});
export type Config = z.infer<typeof config>;

export const updateServiceStatusSpec: ActionSpec<Config> = {
  type: "update_service_status",
  description: "Sets a service's status. Outputs id, status and previous_status.",
  effects: "local",
  scopes: ["services:write"],
  target: { resources: ["service"], fields: ["service_id"] },
  references: [{ field: "service_id", kind: "service" }],
  config,
  fields: [
    { name: "service_id", type: "string", required: false, description: "Default: the trigger's service." },
    { name: "status", type: "operational|degraded|partial_outage|major_outage|maintenance", required: true },
  ],
};
