import { afterEach, beforeEach, expect, test } from "bun:test";
import { createOrganizationWithOwnerKey } from "../../domain/api-keys.ts";
import { acknowledgeAlert, ingestAlert, resolveAlert } from "../../domain/alerts.ts";
import { newId } from "../../ids.ts";
import type { Alert } from "../../types.ts";
import { acknowledgeAlertAction as action } from "./acknowledge_alert.ts";
import { type Fixture, fixture, issues, NOW, output } from "./test-support.ts";

let f: Fixture;
beforeEach(async () => {
  f = await fixture();
});
afterEach(() => f.close());

const fire = async (input: { title?: string; dedup_key?: string } = {}): Promise<Alert> =>
  (await ingestAlert(f.deps, f.human, { title: "High 5xx rate", severity: "critical", ...input })).alert;

/** An active escalation for the alert with its queued step, as the escalation engine would leave it. */
async function escalate(alertId: string): Promise<string> {
  const id = newId("esc");
  const at = new Date(NOW).toISOString();
  const policy = { id: newId("esp"), name: "Ops", description: null, repeat: 0, levels: [{ delay_minutes: 5 }], created_at: at, updated_at: at };
  await f.deps.store.escalations.create({
    id,
    organization_id: f.actor.orgId,
    policy_id: policy.id,
    policy,
    target_type: "alert",
    target_id: alertId,
    status: "active",
    level: 0,
    cycle: 0,
    next_at: new Date(NOW + 300_000).toISOString(),
    started_at: at,
    ended_at: null,
    levels_reached: [],
    notifications: [],
  });
  await f.deps.store.jobs.upsert({ id, kind: "escalation.step", payload: {}, runAtMs: NOW + 300_000 }, NOW);
  return id;
}

test("acknowledges the trigger's alert, writes alert.acknowledged with the causation, and stops its escalation", async () => {
  const alert = await fire();
  const escalationId = await escalate(alert.id);
  const out = output(await f.run(action, {}, f.ctx({ alert })));
  expect(out).toEqual({ id: alert.id, status: "acknowledged", already_acknowledged: false });
  const stored = await f.deps.store.alerts.get(f.actor.orgId, alert.id);
  expect(stored).toMatchObject({ status: "acknowledged", acknowledged_at: new Date(NOW).toISOString(), acknowledged_by: null });
  const [event] = await f.events("alert.acknowledged");
  expect(event?.caused_by).toEqual(f.causedBy);
  expect(event?.data).toMatchObject({ id: alert.id, status: "acknowledged" });
  expect(await f.deps.store.escalations.get(f.actor.orgId, escalationId)).toMatchObject({ status: "acknowledged", next_at: null, ended_at: new Date(NOW).toISOString() });
  expect(await f.deps.store.jobs.count(["escalation.step"])).toBe(0);
});

test("alert_id names another alert than the trigger's", async () => {
  const trigger = await fire({ title: "trigger" });
  const other = await fire({ title: "other" });
  output(await f.run(action, { alert_id: other.id }, f.ctx({ alert: trigger })));
  expect((await f.deps.store.alerts.get(f.actor.orgId, other.id))?.status).toBe("acknowledged");
  expect((await f.deps.store.alerts.get(f.actor.orgId, trigger.id))?.status).toBe("firing");
});

test("dedup_key picks the open alert with that key", async () => {
  const alert = await fire({ dedup_key: "api-latency" });
  const out = output(await f.run(action, { dedup_key: "api-latency" }));
  expect(out).toEqual({ id: alert.id, status: "acknowledged", already_acknowledged: false });
  await expect(f.run(action, { dedup_key: "nothing-open" })).rejects.toThrow('no open alert has dedup_key "nothing-open"');
});

test("an alert already acknowledged is a success without writing anything (idempotent)", async () => {
  const alert = await fire();
  await acknowledgeAlert(f.deps, f.human, alert.id);
  const eventsBefore = (await f.events()).length;
  const out = output(await f.run(action, {}, f.ctx({ alert })));
  expect(out).toEqual({ id: alert.id, status: "acknowledged", already_acknowledged: true });
  expect(await f.events()).toHaveLength(eventsBefore);
});

test("a resolved alert cannot be acknowledged", async () => {
  const alert = await fire();
  await resolveAlert(f.deps, f.human, alert.id);
  await expect(f.run(action, {}, f.ctx({ alert }))).rejects.toThrow("only a firing alert can be acknowledged");
});

test("an unknown alert, none in the trigger, an empty rendered id, or both fields, fails", async () => {
  await expect(f.run(action, { alert_id: "alt_01JD5Q8R1XK2ZP7S0C3V9N4B6M" })).rejects.toThrow("No alert alt_01JD5Q8R1XK2ZP7S0C3V9N4B6M.");
  await expect(f.run(action, {})).rejects.toThrow("this trigger has no alert; set alert_id or dedup_key");
  const alert = await fire();
  await expect(f.run(action, { alert_id: "" }, f.ctx({ alert }))).rejects.toThrow("alert_id is empty");
  await expect(f.run(action, { alert_id: null }, f.ctx({ alert }))).rejects.toThrow("alert_id is empty");
  await expect(f.run(action, { alert_id: alert.id, dedup_key: "k" })).rejects.toThrow("not both");
  expect((await f.deps.store.alerts.get(f.actor.orgId, alert.id))?.status).toBe("firing");
});

test("another organization's alert is not found", async () => {
  const { organization } = await createOrganizationWithOwnerKey(f.deps, "Other");
  const foreign = (await ingestAlert(f.deps, { orgId: organization.id, source: "api", causedBy: null }, { title: "theirs" })).alert;
  await expect(f.run(action, { alert_id: foreign.id })).rejects.toThrow(`No alert ${foreign.id}.`);
  expect((await f.deps.store.alerts.get(organization.id, foreign.id))?.status).toBe("firing");
});

test("the configuration is strict and accepts templates", () => {
  expect(issues(action, { alert_id: "{{alert.id}}" })).toEqual([]);
  expect(issues(action, { dedup_key: "{{alert.dedup_key}}" })).toEqual([]);
  expect(issues(action, { alert: "x" })).toHaveLength(1);
});

test("inside an outer (step) transaction it acknowledges through a savepoint", async () => {
  const alert = await fire();
  const out = await f.deps.store.transaction(async (tx) => output(await f.run(action, {}, f.ctx({ alert }, f.inStep(tx)))));
  expect(out.already_acknowledged).toBe(false);
  expect((await f.deps.store.alerts.get(f.actor.orgId, alert.id))?.status).toBe("acknowledged");
});
