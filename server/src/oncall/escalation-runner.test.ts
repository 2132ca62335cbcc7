/**
 * The escalation runner over a real in-memory store, a fake notifier that records what it is asked to send, and a
 * clock the tests move: jobs are leased and handled by hand, so minutes of delay take no time.
 */
import { afterEach, beforeEach, describe, expect, test } from "bun:test";
import type { Clock } from "../clock.ts";
import { createOrganizationWithOwnerKey } from "../domain/api-keys.ts";
import type { Actor, Deps } from "../domain/context.ts";
import { createPolicy, deletePolicy, startEscalation, stopEscalations, updatePolicy } from "../domain/escalations.ts";
import { createIncident, resolveIncident } from "../domain/incidents.ts";
import { createMember } from "../domain/members.ts";
import { ApiError } from "../errors.ts";
import { newId } from "../ids.ts";
import { createLogger } from "../log.ts";
import type { NotificationMessage, Notifier } from "../notify/types.ts";
import { openSqliteStore } from "../store/sqlite/store.ts";
import type { ChannelRecord, Store } from "../store/types.ts";
import type { EscalationLevel, Member, NotificationResult } from "../types.ts";
import { EscalationRunner, nextStep } from "./escalation-runner.ts";
import { leaseDue } from "../queue/test-support.ts";

const ESCALATION_JOB = "escalation.step";

const T0 = Date.parse("2026-11-23T09:00:00.000Z");
const OK: NotificationResult = { success: true, status_code: 250, latency_ms: 1, response_excerpt: "", error: null };

interface Call {
  to: string;
  message: NotificationMessage;
  at: number;
}

class FakeNotifier implements Notifier {
  calls: Call[] = [];
  /** What the next sends answer (by recipient); default success. */
  answer: (to: string) => NotificationResult | Promise<NotificationResult> = () => OK;
  async toEmail(recipients: string[], message: NotificationMessage) {
    this.calls.push({ to: recipients.join(","), message, at: now });
    return this.answer(recipients.join(","));
  }
  async toChannel(channel: ChannelRecord, message: NotificationMessage) {
    this.calls.push({ to: channel.name, message, at: now });
    return this.answer(channel.name);
  }
  async toSlackUrl(): Promise<NotificationResult> {
    throw new Error("not used by escalations");
  }
  link(path: string) {
    return path;
  }
  to() {
    return this.calls.map((c) => c.to);
  }
}

let now = T0;
let store: Store;
let deps: Deps;
let actor: Actor;
let notifier: FakeNotifier;
let runner: EscalationRunner;
let ada: Member;
let bob: Member;
let ops: ChannelRecord;
const clock: Clock = { now: () => now };

beforeEach(async () => {
  now = T0;
  store = openSqliteStore(":memory:");
  deps = { store, clock };
  const { organization } = await createOrganizationWithOwnerKey(deps, "Acme");
  actor = { orgId: organization.id, source: "api", causedBy: null };
  notifier = new FakeNotifier();
  runner = new EscalationRunner({ store, clock, notifier, logger: createLogger("silent") });
  ada = await createMember(deps, actor, { name: "Ada", email: "ada@example.com" });
  bob = await createMember(deps, actor, { name: "Bob", email: "bob@example.com" });
  ops = {
    id: newId("chn"),
    organization_id: organization.id,
    key: null,
    name: "#ops",
    kind: "slack",
    config_sealed: "unused by the fake notifier",
    config_public: {},
    created_at: new Date(T0).toISOString(),
    updated_at: new Date(T0).toISOString(),
  };
  await store.channels.create(ops);
});
afterEach(() => store.close());

/** One poll of the worker: lease what is due now and handle it. Returns how many jobs ran. */
async function tick(owner = "test-worker"): Promise<number> {
  const leases = await leaseDue(store, ESCALATION_JOB, now, owner);
  for (const lease of leases) await runner.handle(lease);
  return leases.length;
}

async function policy(levels: EscalationLevel[], repeat = 0) {
  return createPolicy(deps, actor, { name: "Payments on-call", repeat, levels });
}

/** Two levels: Ada and #ops now, Bob 5 minutes later. */
async function twoLevels(repeat = 0) {
  return policy(
    [
      { delay_minutes: 5, member_ids: [ada.id], channel_ids: [ops.id] },
      { delay_minutes: 10, member_ids: [bob.id] },
    ],
    repeat,
  );
}

async function incidentEscalation(repeat = 0) {
  const p = await twoLevels(repeat);
  const incident = await createIncident(deps, actor, { title: "Checkout API returns 502", severity: "critical" });
  const { escalation } = await store.transaction((tx) => startEscalation(tx, { orgId: actor.orgId, policyId: p.id, target: { type: "incident", id: incident.id }, nowMs: now }));
  return { policy: p, incident, escalation };
}

const escalationOf = async (id: string) => (await store.escalations.get(actor.orgId, id))!;
const jobs = () => store.jobs.count([ESCALATION_JOB]);
const timeline = async (incidentId: string) =>
  (await store.incidents.listUpdates(actor.orgId, incidentId, { limit: 100 })).items.map((u) => u.message).reverse();

describe("levels", () => {
  test("level 1 is notified at once: each member by email, each channel through the channel, all recorded", async () => {
    const { incident, escalation } = await incidentEscalation();
    expect(escalation).toEqual(expect.objectContaining({ status: "active", level: 0, cycle: 0, levels_reached: [], notifications: [], next_at: new Date(T0).toISOString() }));
    expect(await jobs()).toBe(1);

    expect(await tick()).toBe(1);
    expect(notifier.to().sort()).toEqual(["#ops", "ada@example.com"]);
    const m = notifier.calls[0]!.message;
    expect(m.title).toBe("[Tripwire] Checkout API returns 502 (critical)");
    expect(m.text).toContain('Incident "Checkout API returns 502" is investigating (severity critical)');
    expect(m.text).toContain('level 1 of the escalation policy "Payments on-call"');
    expect([m.severity, m.status]).toEqual(["critical", "investigating"]);
    expect(m.text).toContain(`/api/v1/incidents/${incident.id}`);
    expect(m.link).toBe(`/api/v1/incidents/${incident.id}`);

    const e = await escalationOf(escalation.id);
    expect(e.status).toBe("active");
    expect(e.level).toBe(0);
    expect(e.levels_reached).toEqual([{ level: 0, cycle: 0, at: new Date(T0).toISOString() }]);
    expect(e.next_at).toBe(new Date(T0 + 5 * 60_000).toISOString());
    expect(e.notifications).toEqual([
      { level: 0, cycle: 0, at: new Date(T0).toISOString(), recipient_type: "member", recipient_id: ada.id, channel_kind: "email", success: true, error: null },
      { level: 0, cycle: 0, at: new Date(T0).toISOString(), recipient_type: "channel", recipient_id: ops.id, channel_kind: "slack", success: true, error: null },
    ]);
    expect(await timeline(incident.id)).toEqual(["Paged level 1 of Payments on-call: ada@example.com (email), #ops (slack)."]);
  });

  test("level 2 goes out after level 1's delay, not before", async () => {
    const { escalation } = await incidentEscalation();
    await tick();
    notifier.calls = [];
    now = T0 + 5 * 60_000 - 1;
    expect(await tick()).toBe(0);
    expect(notifier.calls).toHaveLength(0);

    now = T0 + 5 * 60_000;
    expect(await tick()).toBe(1);
    expect(notifier.to()).toEqual(["bob@example.com"]);
    const e = await escalationOf(escalation.id);
    expect(e.level).toBe(1);
    expect(e.levels_reached.map((r) => [r.level, r.cycle])).toEqual([[0, 0], [1, 0]]);
    expect(e.notifications.map((n) => n.recipient_id)).toEqual([ada.id, ops.id, bob.id]);
  });

  test("after the last level with no repeat the escalation is exhausted and its job is gone", async () => {
    const { incident, escalation } = await incidentEscalation();
    await tick();
    now += 5 * 60_000;
    await tick();
    const e = await escalationOf(escalation.id);
    expect(e.status).toBe("exhausted");
    expect(e.next_at).toBeNull();
    expect(e.ended_at).toBe(new Date(now).toISOString());
    expect(await jobs()).toBe(0);
    now += 60 * 60_000;
    expect(await tick()).toBe(0);
    expect(notifier.calls).toHaveLength(3);
    expect((await timeline(incident.id)).at(-1)).toBe("Paged level 2 of Payments on-call: bob@example.com (email). That was the last level; the escalation is exhausted.");
  });

  test("repeat goes through the levels again after the last level's delay, then stops", async () => {
    const { incident, escalation } = await incidentEscalation(1);
    await tick(); // level 1, cycle 0
    now += 5 * 60_000;
    await tick(); // level 2, cycle 0
    expect((await escalationOf(escalation.id)).next_at).toBe(new Date(now + 10 * 60_000).toISOString());
    now += 10 * 60_000 - 1;
    expect(await tick()).toBe(0);
    now += 1;
    await tick(); // level 1, cycle 1
    now += 5 * 60_000;
    await tick(); // level 2, cycle 1 → exhausted
    const e = await escalationOf(escalation.id);
    expect(e.levels_reached.map((r) => [r.level, r.cycle])).toEqual([[0, 0], [1, 0], [0, 1], [1, 1]]);
    expect(e.cycle).toBe(1);
    expect(e.status).toBe("exhausted");
    expect(notifier.to()).toEqual(["ada@example.com", "#ops", "bob@example.com", "ada@example.com", "#ops", "bob@example.com"]);
    expect(notifier.calls[3]!.message.text).toContain("(repeat 1)");
    expect((await timeline(incident.id))[2]).toBe("Paged level 1 of Payments on-call (repeat 1): ada@example.com (email), #ops (slack).");
    now += 60 * 60_000;
    expect(await tick()).toBe(0);
  });

  test("a failed notification is recorded with its error and the escalation moves on", async () => {
    const { incident, escalation } = await incidentEscalation();
    notifier.answer = (to) => (to === "ada@example.com" ? { success: false, status_code: null, latency_ms: 3, response_excerpt: "", error: "connect ECONNREFUSED" } : OK);
    await tick();
    const e = await escalationOf(escalation.id);
    expect(e.notifications.map((n) => [n.recipient_id, n.success, n.error])).toEqual([
      [ada.id, false, "connect ECONNREFUSED"],
      [ops.id, true, null],
    ]);
    expect(e.status).toBe("active");
    expect(await timeline(incident.id)).toEqual(["Paged level 1 of Payments on-call: ada@example.com (email, failed: connect ECONNREFUSED), #ops (slack)."]);
  });

  test("a notifier that throws counts as a failed notification, not a failed job", async () => {
    const { escalation } = await incidentEscalation();
    notifier.answer = () => {
      throw new Error("boom");
    };
    await tick();
    const e = await escalationOf(escalation.id);
    expect(e.notifications.every((n) => !n.success && n.error === "boom")).toBe(true);
    expect(e.levels_reached).toHaveLength(1);
  });

  test("a member deleted after the policy was written is recorded as a failure", async () => {
    const { escalation } = await incidentEscalation();
    await store.transaction((tx) => tx.members.delete(actor.orgId, ada.id));
    await tick();
    const e = await escalationOf(escalation.id);
    expect(e.notifications[0]).toEqual(expect.objectContaining({ recipient_id: ada.id, success: false, error: `Member ${ada.id} no longer exists.` }));
    expect(notifier.to()).toEqual(["#ops"]);
  });

  test("the escalation keeps the levels it started with when the policy is edited", async () => {
    const { policy: p, escalation } = await incidentEscalation();
    await tick();
    await updatePolicy(deps, actor, p.id, { levels: [{ delay_minutes: 1, member_ids: [ada.id] }] });
    now += 5 * 60_000;
    await tick();
    expect(notifier.to().at(-1)).toBe("bob@example.com");
    expect((await escalationOf(escalation.id)).status).toBe("exhausted");
  });

  test("alerts are paged with their own title, severity, status and link", async () => {
    const p = await twoLevels();
    const alertId = newId("alt");
    const at = new Date(T0).toISOString();
    await store.alerts.create({
      id: alertId, organization_id: actor.orgId, title: "Disk 95% on db-1", message: null, severity: "major", source: "prometheus", dedup_key: null, details: {},
      service_id: null, status: "firing", count: 1, first_seen_at: at, last_seen_at: at, acknowledged_at: null, acknowledged_by: null, resolved_at: null, created_at: at, updated_at: at,
    });
    await store.transaction((tx) => startEscalation(tx, { orgId: actor.orgId, policyId: p.id, target: { type: "alert", id: alertId }, nowMs: now }));
    await tick();
    expect(notifier.calls[0]!.message.title).toBe("[Tripwire] Disk 95% on db-1 (major)");
    expect(notifier.calls[0]!.message.text).toContain(`/api/v1/alerts/${alertId}`);
    expect(notifier.calls[0]!.message.text).toContain('Alert "Disk 95% on db-1" is firing');
  });
});

describe("stopping", () => {
  test("acknowledged between levels: the job is gone and no later level is sent", async () => {
    const { incident, escalation } = await incidentEscalation(3);
    await tick();
    now += 60_000;
    await store.transaction((tx) => stopEscalations(tx, actor.orgId, { type: "incident", id: incident.id }, "acknowledged", now));
    expect(await jobs()).toBe(0);
    now += 60 * 60_000;
    expect(await tick()).toBe(0);
    expect(notifier.calls).toHaveLength(2);
    const e = await escalationOf(escalation.id);
    expect(e).toEqual(expect.objectContaining({ status: "acknowledged", next_at: null, ended_at: new Date(T0 + 60_000).toISOString() }));
    expect(e.levels_reached).toHaveLength(1);
  });

  test("acknowledged while a level is being sent: nothing more is recorded and the job completes", async () => {
    const { incident, escalation } = await incidentEscalation();
    await tick();
    now += 5 * 60_000;
    // Someone acknowledges while Bob's email is in flight.
    notifier.answer = async () => {
      await store.transaction((tx) => stopEscalations(tx, actor.orgId, { type: "incident", id: incident.id }, "acknowledged", now));
      return OK;
    };
    const leased = await leaseDue(store, ESCALATION_JOB, now, "w");
    expect(leased).toHaveLength(1);
    await runner.handle(leased[0]!);
    const e = await escalationOf(escalation.id);
    expect(e.status).toBe("acknowledged");
    expect(e.levels_reached).toHaveLength(1);
    expect(e.notifications).toHaveLength(2);
    expect(await timeline(incident.id)).toHaveLength(1);
    expect(await jobs()).toBe(0);
  });

  test("a job whose escalation already ended is completed without sending", async () => {
    const { incident, escalation } = await incidentEscalation();
    await store.transaction(async (tx) => {
      await stopEscalations(tx, actor.orgId, { type: "incident", id: incident.id }, "acknowledged", now);
      // A stale job (e.g. written back by an old process): it must not page anyone.
      await tx.jobs.upsert({ id: escalation.id, kind: ESCALATION_JOB, payload: { escalation_id: escalation.id }, runAtMs: now }, now);
    });
    expect(await tick()).toBe(1);
    expect(notifier.calls).toHaveLength(0);
    expect(await jobs()).toBe(0);
  });

  test("resolving the incident stops its escalation in the same transaction", async () => {
    const { incident, escalation } = await incidentEscalation();
    await tick();
    now += 60_000;
    await resolveIncident(deps, actor, incident.id);
    expect(await jobs()).toBe(0);
    expect((await escalationOf(escalation.id)).status).toBe("resolved");
    now += 60 * 60_000;
    expect(await tick()).toBe(0);
    expect(notifier.to()).not.toContain("bob@example.com");
  });

  test("deleting the policy cancels its running escalations", async () => {
    const { policy: p, escalation } = await incidentEscalation();
    await tick();
    await deletePolicy(deps, actor, p.id);
    expect((await escalationOf(escalation.id)).status).toBe("canceled");
    expect(await jobs()).toBe(0);
  });
});

describe("starting", () => {
  test("starting again for a target with an active escalation returns it: nobody is paged twice", async () => {
    const { policy: p, incident, escalation } = await incidentEscalation();
    const again = await store.transaction((tx) => startEscalation(tx, { orgId: actor.orgId, policyId: p.id, target: { type: "incident", id: incident.id }, nowMs: now }));
    expect(again.created).toBe(false);
    expect(again.escalation.id).toBe(escalation.id);
    expect(await jobs()).toBe(1);
    await tick();
    expect(notifier.calls).toHaveLength(2);
    expect((await store.escalations.list(actor.orgId, {}, { limit: 10 })).items).toHaveLength(1);
  });

  test("after an escalation ended, a new one can start for the same target", async () => {
    const { policy: p, incident, escalation } = await incidentEscalation();
    await store.transaction((tx) => stopEscalations(tx, actor.orgId, { type: "incident", id: incident.id }, "acknowledged", now));
    const next = await store.transaction((tx) => startEscalation(tx, { orgId: actor.orgId, policyId: p.id, target: { type: "incident", id: incident.id }, nowMs: now }));
    expect(next.created).toBe(true);
    expect(next.escalation.id).not.toBe(escalation.id);
  });

  test("a resolved incident, an unknown target or an unknown policy cannot be escalated", async () => {
    const p = await twoLevels();
    const incident = await createIncident(deps, actor, { title: "Done already", status: "resolved" });
    const start = (policyId: string, id: string) =>
      store.transaction((tx) => startEscalation(tx, { orgId: actor.orgId, policyId, target: { type: "incident", id }, nowMs: now })).catch((e: ApiError) => e.status);
    expect(await start(p.id, incident.id)).toBe(409);
    expect(await start(p.id, newId("inc"))).toBe(404);
    expect(await start(newId("esp"), incident.id)).toBe(404);
    expect(await jobs()).toBe(0);
  });
});

describe("durability", () => {
  test("a new runner (a restarted process) resumes from the row and the job: the next level, not the first again", async () => {
    const { escalation } = await incidentEscalation();
    await tick("old-process");
    // The old process leased the next step and died before doing anything: its lease runs out, then it is taken.
    now += 5 * 60_000;
    await store.transaction((tx) => tx.jobs.lease([ESCALATION_JOB], now, 60_000, "old-process", 10));
    runner = new EscalationRunner({ store, clock, notifier, logger: createLogger("silent") });
    notifier.calls = [];
    expect(await tick("new-process")).toBe(0);
    now += 60_001;
    expect(await tick("new-process")).toBe(1);
    expect(notifier.to()).toEqual(["bob@example.com"]);
    expect((await escalationOf(escalation.id)).levels_reached.map((r) => r.level)).toEqual([0, 1]);
  });

  test("nextStep follows levels_reached: level after level, then the next cycle", () => {
    const policy = { levels: [{ delay_minutes: 1 }, { delay_minutes: 1 }] } as never;
    expect(nextStep({ policy, levels_reached: [] })).toEqual({ level: 0, cycle: 0 });
    expect(nextStep({ policy, levels_reached: [{ level: 0, cycle: 0, at: "" }] })).toEqual({ level: 1, cycle: 0 });
    expect(nextStep({ policy, levels_reached: [{ level: 1, cycle: 0, at: "" }] })).toEqual({ level: 0, cycle: 1 });
  });
});

describe("policies", () => {
  test("every unknown member and channel is reported at its pointer, and a level must page someone", async () => {
    const ghost = newId("mem");
    const gone = newId("chn");
    const err = await createPolicy(deps, actor, {
      name: "Broken",
      levels: [
        { delay_minutes: 1, member_ids: [ada.id, ghost], channel_ids: [ops.id] },
        { delay_minutes: 1, channel_ids: [gone] },
        { delay_minutes: 1, member_ids: [], channel_ids: [] },
      ],
    }).catch((e: ApiError) => e);
    expect(err).toBeInstanceOf(ApiError);
    const e = err as ApiError;
    expect(e.status).toBe(422);
    expect(e.extra.errors?.map((x) => x.pointer)).toEqual(["#/levels/0/member_ids/1", "#/levels/1/channel_ids/0", "#/levels/2"]);
    expect((await store.escalationPolicies.list(actor.orgId, { limit: 10 })).items).toHaveLength(0);
  });

  test("stored levels always have both lists, without duplicates; repeat defaults to 0", async () => {
    const p = await createPolicy(deps, actor, { name: "P", levels: [{ delay_minutes: 0.01, member_ids: [ada.id, ada.id] }] });
    expect(p.levels).toEqual([{ delay_minutes: 0.01, member_ids: [ada.id], channel_ids: [] }]);
    expect(p.repeat).toBe(0);
    expect(p).not.toHaveProperty("organization_id");
  });

  test("a fractional delay is honored to the millisecond (0.01 minutes = 600 ms)", async () => {
    const p = await createPolicy(deps, actor, { name: "Fast", levels: [{ delay_minutes: 0.01, member_ids: [ada.id] }, { delay_minutes: 0, member_ids: [bob.id] }] });
    const incident = await createIncident(deps, actor, { title: "Quick" });
    await store.transaction((tx) => startEscalation(tx, { orgId: actor.orgId, policyId: p.id, target: { type: "incident", id: incident.id }, nowMs: now }));
    await tick();
    now += 599;
    expect(await tick()).toBe(0);
    now += 1;
    expect(await tick()).toBe(1);
    expect(notifier.to()).toEqual(["ada@example.com", "bob@example.com"]);
  });
});
