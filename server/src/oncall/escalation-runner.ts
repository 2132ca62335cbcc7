/**
 * Moves escalations forward, one level per run of their queue job (`escalation.step`, id = the escalation's id).
 *
 * Durable by construction: everything the runner knows is in the escalation row (the levels reached so far, the
 * policy as it was at the start) and its job (when the next level is due). So a SIGKILL at any point resumes after
 * a restart, once the dead process's lease has expired:
 * - the next level is the one after the last entry of `levels_reached` (level 0 of cycle 0 when empty);
 * - notifications are sent outside any transaction, then one transaction records them, the level reached, the
 *   incident's timeline entry and the job's next time (or its completion), after checking again that the
 *   escalation is still active: an acknowledgement or resolution that happened while sending wins, and nothing more
 *   is recorded or sent.
 * A crash after sending and before that commit sends the level again on restart (at least once, never silently
 * skipped). The worker polls every second, so a level is sent within about a second of being due.
 */
import { iso, type Clock } from "../clock.ts";
import { newId } from "../ids.ts";
import type { Logger } from "../log.ts";
import type { NotificationMessage, Notifier } from "../notify/types.ts";
import type { Lease } from "../queue/lease.ts";
import type { EscalationRecord, Store } from "../store/types.ts";
import type { EscalationNotification, NotificationResult } from "../types.ts";


/** The level and cycle due next: the one after the last level reached. */
export function nextStep(e: Pick<EscalationRecord, "levels_reached" | "policy">): { level: number; cycle: number } {
  const last = e.levels_reached.at(-1);
  if (!last) return { level: 0, cycle: 0 };
  if (last.level + 1 < e.policy.levels.length) return { level: last.level + 1, cycle: last.cycle };
  return { level: 0, cycle: last.cycle + 1 };
}

interface Target {
  kind: "Incident" | "Alert";
  title: string;
  severity: string;
  status: string;
  link: string;
}

interface Sent {
  notification: EscalationNotification;
  /** How the timeline names the recipient: an email address or a channel name. */
  label: string;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class EscalationRunner {
  constructor(private d: { store: Store; clock: Clock; notifier: Notifier; logger: Logger }) {}

  /** The queue handler for `escalation.step` jobs: notifies the level that is due and schedules the next one. */
  async handle(lease: Lease<"escalation.step">): Promise<void> {
    const { store, clock } = this.d;
    const escalation = await store.escalations.byId(lease.job.payload.escalation_id);
    if (!escalation || escalation.status !== "active") {
      await lease.transaction((tx) => lease.complete(tx));
      return;
    }
    const { level, cycle } = nextStep(escalation);
    const policy = escalation.policy;
    const step = policy.levels[level];
    const target = await this.target(escalation);
    if (!step || !target) {
      // A policy without that level cannot happen through the API; a target that is gone leaves nobody to page for.
      await lease.transaction(async (tx) => {
        const current = await tx.escalations.byId(escalation.id);
        if (current?.status === "active") await tx.escalations.update({ ...current, status: "canceled", next_at: null, ended_at: iso(clock.now()) });
        await lease.complete(tx);
      });
      return;
    }

    const message = this.message(target, policy.name, level, cycle);
    const sent = await Promise.all([
      ...(step.member_ids ?? []).map((id) => this.toMember(escalation.organization_id, id, message, level, cycle)),
      ...(step.channel_ids ?? []).map((id) => this.toChannel(escalation.organization_id, id, message, level, cycle, `${escalation.id}:${cycle}:${level}:${id}`)),
    ]);
    for (const s of sent) {
      if (!s.notification.success) {
        this.d.logger.warn({ escalation: escalation.id, level, cycle, recipient: s.notification.recipient_id, error: s.notification.error }, "escalation: notification failed");
      }
    }

    // Recorded only while this worker still holds the job: a worker that lost it mid-send records nothing (the
    // new owner sends the level again: at least once).
    await store.transaction(async (tx) => {
      const current = await tx.escalations.byId(escalation.id);
      if (!current || current.status !== "active") {
        // Acknowledged, resolved or canceled while we were sending (which removed the job): it stops here.
        if (await tx.jobs.holds(lease.job.id, lease.owner)) await lease.complete(tx);
        return;
      }
      await lease.check(tx);

      const nowMs = clock.now();
      const last = level + 1 >= policy.levels.length;
      const more = !last || cycle < policy.repeat;
      const nextAtMs = nowMs + Math.round(step.delay_minutes * 60_000);
      await tx.escalations.update({
        ...current,
        level,
        cycle,
        levels_reached: [...current.levels_reached, { level, cycle, at: iso(nowMs) }],
        notifications: [...current.notifications, ...sent.map((s) => s.notification)],
        status: more ? "active" : "exhausted",
        next_at: more ? iso(nextAtMs) : null,
        ended_at: more ? null : iso(nowMs),
      });
      if (current.target_type === "incident") {
        await tx.incidents.addUpdate(current.organization_id, {
          id: newId("upd"),
          incident_id: current.target_id,
          message: this.timelineText(policy.name, level, cycle, sent, more ? null : "exhausted"),
          status: null,
          created_at: iso(nowMs),
        });
      }
      if (more) await lease.reschedule(tx, nextAtMs);
      else await lease.complete(tx);
    });
  }

  private async target(e: EscalationRecord): Promise<Target | null> {
    if (e.target_type === "incident") {
      const i = await this.d.store.incidents.get(e.organization_id, e.target_id);
      return i && { kind: "Incident", title: i.title, severity: i.severity, status: i.status, link: `/api/v1/incidents/${i.id}` };
    }
    const a = await this.d.store.alerts.get(e.organization_id, e.target_id);
    return a && { kind: "Alert", title: a.title, severity: a.severity, status: a.status, link: `/api/v1/alerts/${a.id}` };
  }

  /**
   * Severity, status and link also travel as fields: the email and Slack senders show them as their own lines, so
   * the text states the status once in a sentence and the link is left to them.
   */
  private message(t: Target, policyName: string, level: number, cycle: number): NotificationMessage {
    const repeat = cycle > 0 ? ` (repeat ${cycle})` : "";
    return {
      title: `[Tripwire] ${t.title} (${t.severity})`,
      text:
        `${t.kind} "${t.title}" is ${t.status} (severity ${t.severity}). ` +
        `You are paged by level ${level + 1} of the escalation policy "${policyName}"${repeat}; acknowledge or resolve it (${this.d.notifier.link(t.link)}) to stop the paging.`,
      severity: t.severity,
      status: t.status,
      link: t.link,
    };
  }

  private async toMember(orgId: string, memberId: string, message: NotificationMessage, level: number, cycle: number): Promise<Sent> {
    const member = await this.d.store.members.get(orgId, memberId);
    if (!member) return this.failed("member", memberId, "email", memberId, level, cycle, `Member ${memberId} no longer exists.`);
    const result = await this.d.notifier.toEmail([member.email], message).catch((e: unknown) => thrown(e));
    return this.outcome("member", memberId, "email", member.email, level, cycle, result);
  }

  private async toChannel(orgId: string, channelId: string, message: NotificationMessage, level: number, cycle: number, key: string): Promise<Sent> {
    // An id or a key (escalation levels may name a channel either way).
    const channel = await this.d.store.channels.find(orgId, channelId);
    if (!channel) return this.failed("channel", channelId, "unknown", channelId, level, cycle, `Channel ${channelId} no longer exists.`);
    const result = await this.d.notifier.toChannel(channel, message, key).catch((e: unknown) => thrown(e));
    return this.outcome("channel", channelId, channel.kind, channel.name, level, cycle, result);
  }

  private outcome(type: "member" | "channel", id: string, kind: string, label: string, level: number, cycle: number, r: NotificationResult): Sent {
    return {
      label,
      notification: { level, cycle, at: iso(this.d.clock.now()), recipient_type: type, recipient_id: id, channel_kind: kind, success: r.success, error: r.success ? null : (r.error ?? "failed") },
    };
  }

  private failed(type: "member" | "channel", id: string, kind: string, label: string, level: number, cycle: number, error: string): Sent {
    return { label, notification: { level, cycle, at: iso(this.d.clock.now()), recipient_type: type, recipient_id: id, channel_kind: kind, success: false, error } };
  }

  /** "Paged level 1 of Payments on-call: ada@example.com (email), #ops (slack)". */
  private timelineText(policyName: string, level: number, cycle: number, sent: Sent[], end: "exhausted" | null): string {
    const who = sent
      .map((s) => {
        const n = s.notification;
        return n.success ? `${s.label} (${n.channel_kind})` : `${s.label} (${n.channel_kind}, failed: ${n.error})`;
      })
      .join(", ");
    const repeat = cycle > 0 ? ` (repeat ${cycle})` : "";
    const tail = end === "exhausted" ? " That was the last level; the escalation is exhausted." : "";
    const text = `Paged level ${level + 1} of ${policyName}${repeat}: ${who}.${tail}`;
    return text.length <= 10_000 ? text : `${text.slice(0, 9_999)}…`;
  }
}

function thrown(e: unknown): NotificationResult {
  return { success: false, status_code: null, latency_ms: 0, response_excerpt: "", error: errorText(e) };
}
