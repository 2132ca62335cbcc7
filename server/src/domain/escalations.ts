/**
 * Escalations. Minimal seam created with alerts (the escalations work fills in the rest): acknowledging or
 * resolving an alert or incident calls `stopEscalations` inside its own transaction, so the state change and the
 * end of its escalations commit together.
 */
import { iso } from "../clock.ts";
import type { Repos } from "../store/types.ts";

/**
 * Ends every active escalation for `target` with `status` (`ended_at` now, no next step) and removes its queued
 * job, so no further level is notified. Escalations already ended are left as they are.
 */
export async function stopEscalations(
  tx: Repos,
  orgId: string,
  target: { type: "alert" | "incident"; id: string },
  status: "acknowledged" | "resolved",
  nowMs: number,
): Promise<void> {
  let after: string | undefined;
  for (;;) {
    const page = await tx.escalations.list(orgId, { status: "active", targetType: target.type, targetId: target.id }, { limit: 100, after });
    for (const escalation of page.items) {
      await tx.escalations.update({ ...escalation, status, ended_at: iso(nowMs), next_at: null });
      await tx.jobs.delete(escalation.id);
    }
    if (!page.nextAfter) return;
    after = page.nextAfter;
  }
}
