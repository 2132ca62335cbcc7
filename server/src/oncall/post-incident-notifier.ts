/**
 * Sends what the post-incident flow queued (`post_incident.notify` jobs, domain/post-incident.ts), after the
 * transaction that queued it committed: an email to a task's new assignee (through the SMTP sender, notify/email.ts),
 * and a message to the organization's incident channel (organization settings `incident_channel_id`) when an
 * incident enters a flow or opts out of it. One attempt each: a failed send is logged and recorded on the incident's
 * timeline, never retried (a message late by hours would be worse than none).
 */
import { iso, type Clock } from "../clock.ts";
import { newId } from "../ids.ts";
import type { Logger } from "../log.ts";
import type { NotificationMessage, Notifier } from "../notify/types.ts";
import type { Lease } from "../queue/lease.ts";
import type { Store } from "../store/types.ts";
import type { NotificationResult } from "../types.ts";

export class PostIncidentNotifier {
  constructor(private d: { store: Store; clock: Clock; notifier: Notifier; logger: Logger }) {}

  async handle(lease: Lease<"post_incident.notify">): Promise<void> {
    const p = lease.job.payload;
    const { store } = this.d;
    const incident = await store.incidents.get(p.organization_id, p.incident_id);
    const record = await store.postIncident.getRecord(p.organization_id, p.incident_id);
    let note: string | null = null;
    if (incident) {
      const link = `/api/v1/incidents/${incident.id}/post-incident`;
      const flow = record?.post_incident;
      if (p.what === "assigned" && p.member_id) {
        const member = await store.members.get(p.organization_id, p.member_id);
        const task = flow?.tasks.find((t) => t.id === p.task_id);
        if (member && task) {
          const message: NotificationMessage = {
            title: `[Tripwire] Post-incident task for you: ${task.title}`,
            text: [
              `You were assigned "${task.title}" for the incident "${incident.title}" (${task.post_incident_status}).`,
              task.description ?? "",
              task.due_at ? `Due: ${task.due_at}` : "",
            ]
              .filter(Boolean)
              .join("\n\n"),
            severity: incident.severity,
            status: incident.status,
            link,
          };
          note = this.outcome(await this.d.notifier.toEmail([member.email], message), `email to ${member.email}`);
        }
      } else if (p.what === "entered" || p.what === "opted_out") {
        const channelId = await store.postIncident.incidentChannel(p.organization_id);
        const channel = channelId ? await store.channels.get(p.organization_id, channelId) : null;
        if (channel) {
          const message: NotificationMessage =
            p.what === "entered"
              ? {
                  title: `[Tripwire] ${incident.title}: post-incident (${flow?.flow_name ?? "flow"})`,
                  text: `The incident "${incident.title}" entered the post-incident flow "${flow?.flow_name ?? ""}" at ${flow?.statuses[0] ?? ""}. Tasks: ${(flow?.tasks ?? []).map((t) => t.title).join("; ")}.`,
                  severity: incident.severity,
                  status: incident.status,
                  link,
                }
              : {
                  title: `[Tripwire] ${incident.title}: closed (opted out of post-incident)`,
                  text: `The incident "${incident.title}" opted out of its post-incident flow and is closed. Reason: ${p.reason ?? ""}`,
                  severity: incident.severity,
                  status: incident.status,
                  link,
                };
          note = this.outcome(await this.d.notifier.toChannel(channel, message, lease.job.id), `message to ${channel.name}`);
        }
      }
    }
    await lease.transaction(async (tx) => {
      if (incident && note) {
        await tx.incidents.addUpdate(p.organization_id, { id: newId("upd"), incident_id: incident.id, message: note, status: null, created_at: iso(this.d.clock.now()) });
      }
      await lease.complete(tx);
    });
  }

  /** A timeline line for a failed send (a successful one adds nothing: the step it announces is there already). */
  private outcome(r: NotificationResult, what: string): string | null {
    if (r.success) return null;
    this.d.logger.warn({ error: r.error }, `post-incident: ${what} failed`);
    return `Post-incident notification failed (${what}): ${r.error ?? "unknown error"}`;
  }
}
