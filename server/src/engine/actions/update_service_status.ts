/** update_service_status: sets a service's status (the trigger's service by default). */
import { updateService } from "../../domain/services.ts";
import { ApiError } from "../../errors.ts";
import { zServiceStatus } from "../../generated/zod.gen.ts";
import type { ActionModule } from "../types.ts";
import { ActionError, domain, rendered, targetService, depsIn } from "./common.ts";
import { updateServiceStatusSpec, type Config } from "../../workflow/actions/update_service_status.ts";

export const updateServiceStatusAction: ActionModule<Config> = {
  ...updateServiceStatusSpec,
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
