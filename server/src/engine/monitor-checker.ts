/**
 * The `monitor.check` job handler: one check of one monitor, then the job moves to the monitor's next slot in the
 * same transaction that records the check (domain/monitor-check.ts). A process killed mid-check recorded nothing
 * and still holds the job's lease; once the lease expires another worker runs that slot's check, so no slot is lost
 * and none is recorded twice. Checks run on their own queue worker, never on the workflow engine's.
 *
 * Slots keep a phase of their own: each monitor's slots fall on `phase + k × check_frequency`, its phase taken from
 * its id, so monitors created together (an import, a bench) spread over the period instead of all coming due in the
 * same second of every period, and a late check (a backlog, a restart after downtime) does not shift later ones.
 * The first check runs at once when the monitor is created or resumed; the next slot is at least half a period later.
 */
import type { Clock } from "../clock.ts";
import { forChecking, type MonitorSettings } from "../domain/monitors.ts";
import { judge, recordCheck } from "../domain/monitor-check.ts";
import { probe } from "../outbound/probe.ts";
import type { Lease } from "../queue/lease.ts";
import type { SecretBox } from "../secrets/secret-box.ts";
import type { Store } from "../store/types.ts";

export interface MonitorCheckerOptions {
  store: Store;
  clock: Clock;
  box: SecretBox;
  settings: MonitorSettings;
  /** Name resolution for tests. */
  resolve?: (host: string) => Promise<string[]>;
}

/** A monitor's phase within its period, in ms: a hash of its id (FNV-1a), the same in every process. */
export function phaseOf(id: string, frequencyMs: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h % frequencyMs;
}

/** The monitor's next slot after the one just run at `slotMs`: on its phase, after now and at least half a period on. */
export function nextSlot(id: string, slotMs: number, frequencyMs: number, nowMs: number): number {
  const phase = phaseOf(id, frequencyMs);
  const base = Math.max(nowMs, slotMs + frequencyMs / 2);
  return Math.floor((base - phase) / frequencyMs + 1) * frequencyMs + phase;
}

export class MonitorChecker {
  constructor(private o: MonitorCheckerOptions) {}

  async handle(lease: Lease<"monitor.check">): Promise<void> {
    const { monitor_id, organization_id } = lease.job.payload;
    const m = await this.o.store.monitors.get(organization_id, monitor_id);
    if (!m || m.state === "paused") {
      await lease.transaction((tx) => lease.complete(tx));
      return;
    }
    const open = forChecking(this.o.box, m);
    const checkedAtMs = this.o.clock.now();
    const result = await probe({
      url: open.url,
      method: open.method,
      headers: open.headers,
      body: open.body,
      timeoutMs: open.request_timeout * 1000,
      followRedirects: open.follow_redirects,
      readBody: open.keyword !== null,
      allowLoopback: this.o.settings.dev,
      allowPrivate: this.o.settings.allowPrivate,
      ...(this.o.resolve ? { resolve: this.o.resolve } : {}),
    });
    const verdict = judge(open, result);
    await lease.transaction(async (tx) => {
      const recorded = await recordCheck(tx, { store: this.o.store, clock: this.o.clock }, organization_id, monitor_id, verdict, lease.job.runAtMs, checkedAtMs);
      if (!recorded) return lease.complete(tx);
      // The frequency as the transaction read it: a change made while the check ran applies from this slot on.
      await lease.reschedule(tx, nextSlot(monitor_id, lease.job.runAtMs, recorded.check_frequency * 1000, this.o.clock.now()));
    });
  }
}
