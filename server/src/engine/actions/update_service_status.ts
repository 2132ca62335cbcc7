/** update_service_status: sets a service's status (the trigger's service by default). */
import { z } from "zod";
import { updateService } from "../../domain/services.ts";
import { ApiError } from "../../errors.ts";
import { zServiceStatus } from "../../generated/zod.gen.ts";
import type { ActionModule } from "../types.ts";
import { ActionError, domain, enumOrTemplate, rendered, targetService, text, depsIn } from "./common.ts";

const config = z.strictObject({
  service_id: text().nullish(),
  status: enumOrTemplate(zServiceStatus.options),
});
type Config = z.infer<typeof config>;

export const updateServiceStatusAction: ActionModule<Config> = {
  type: "update_service_status",
  description: "Sets a service's status. Outputs id, status and previous_status.",
  effects: "local",
  config,
  fields: [
    { name: "service_id", type: "string", required: false, description: "Default: the trigger's service." },
    { name: "status", type: "operational|degraded|partial_outage|major_outage|maintenance", required: true },
  ],
  async run(c, ctx) {
    const id = targetService(c.service_id, ctx);
    const status = rendered("status", c.status, zServiceStatus.options);
    if (status === undefined) throw new ActionError("status is empty (its template rendered to nothing).");
    // Read and write in one transaction (the domain call runs in it), so previous_status is the one actually replaced.
    return ctx.deps.store.transaction(async (tx) => {
      const before = await tx.services.get(ctx.actor.orgId, id);
      if (!before) throw ApiError.notFound("service", id);
      const after = await domain(updateService(depsIn(ctx, tx), ctx.actor, id, { status }));
      return { kind: "done" as const, output: { id, status: after.status, previous_status: before.status } };
    });
  },
};
