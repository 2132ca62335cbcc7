import { afterEach, beforeEach, expect, test } from "bun:test";
import { createPolicy } from "../../domain/escalations.ts";
import { ApiError } from "../../errors.ts";
import { newId } from "../../ids.ts";
import type { EscalationPolicy } from "../../types.ts";
import { pageOnCallAction as action } from "./page_on_call.ts";
import { type Fixture, fixture, issues, NOW, output } from "./test-support.ts";

let f: Fixture;
let policy: EscalationPolicy;
beforeEach(async () => {
  f = await fixture();
  const ada = await f.member("ada@example.com");
  policy = await createPolicy(f.deps, f.human, { name: "Payments on-call", levels: [{ delay_minutes: 5, member_ids: [ada.id] }] });
});
afterEach(() => f.close());

async function addAlert(status: "firing" | "acknowledged" = "firing") {
  const id = newId("alt");
  const at = new Date(NOW).toISOString();
  await f.deps.store.alerts.create({
    id, organization_id: f.actor.orgId, title: "Disk full", message: null, severity: "major", source: null, dedup_key: null, details: {},
    service_id: null, status, count: 1, first_seen_at: at, last_seen_at: at, acknowledged_at: null, acknowledged_by: null, resolved_at: null, created_at: at, updated_at: at,
  });
  return id;
}

test("pages for the trigger's incident: an escalation and its job due now", async () => {
  const incident = await f.incident();
  const out = output(await f.run(action, { policy_id: policy.id }, f.ctx({ incident })));
  expect(out).toEqual({ escalation_id: expect.stringMatching(/^esc_/), policy_id: policy.id, target_type: "incident", target_id: incident.id, already_active: false });
  const e = await f.deps.store.escalations.get(f.actor.orgId, String(out.escalation_id));
  expect(e).toEqual(expect.objectContaining({ status: "active", target_type: "incident", target_id: incident.id, started_at: new Date(NOW).toISOString() }));
  expect(await f.deps.store.jobs.nextRunAt(["escalation.step"])).toBe(NOW);
});

test("the trigger's alert comes before its incident; an explicit id wins over both", async () => {
  const alertId = await addAlert();
  const incident = await f.incident();
  const fromScope = output(await f.run(action, { policy_id: policy.id }, f.ctx({ alert: { id: alertId }, incident })));
  expect([fromScope.target_type, fromScope.target_id]).toEqual(["alert", alertId]);
  const explicit = output(await f.run(action, { policy_id: policy.id, incident_id: incident.id }, f.ctx({ alert: { id: alertId } })));
  expect([explicit.target_type, explicit.target_id]).toEqual(["incident", incident.id]);
});

test("firing twice for the same target returns the running escalation instead of paging twice", async () => {
  const incident = await f.incident();
  const first = output(await f.run(action, { policy_id: policy.id }, f.ctx({ incident })));
  const second = output(await f.run(action, { policy_id: policy.id }, f.ctx({ incident })));
  expect(second).toEqual({ ...first, already_active: true });
  expect(await f.deps.store.jobs.count(["escalation.step"])).toBe(1);
});

test("without a target, with both, or with one that rendered empty it fails and names the fields", async () => {
  const incident = await f.incident();
  await expect(f.run(action, { policy_id: policy.id })).rejects.toThrow("set alert_id or incident_id");
  await expect(f.run(action, { policy_id: policy.id, alert_id: newId("alt"), incident_id: incident.id })).rejects.toThrow("not both");
  await expect(f.run(action, { policy_id: policy.id, incident_id: "" }, f.ctx({ incident }))).rejects.toThrow("incident_id is empty");
  expect(await f.deps.store.jobs.count(["escalation.step"])).toBe(0);
});

test("an unknown policy or target is a not found; an acknowledged alert is not paged", async () => {
  const incident = await f.incident();
  const status = (p: Promise<unknown>) => p.then(() => 0, (e: ApiError) => e.status);
  expect(await status(f.run(action, { policy_id: newId("esp") }, f.ctx({ incident })))).toBe(404);
  expect(await status(f.run(action, { policy_id: policy.id, incident_id: newId("inc") }))).toBe(404);
  expect(await status(f.run(action, { policy_id: policy.id, alert_id: await addAlert("acknowledged") }))).toBe(409);
});

test("configuration: policy_id is required and not empty", () => {
  expect(issues(action, {})).toEqual(["policy_id: Invalid input"]);
  expect(issues(action, { policy_id: " " })).toEqual(["policy_id: Must not be empty."]);
  expect(issues(action, { policy_id: "{{steps.x.id}}", incident_id: "{{incident.id}}" })).toEqual([]);
  expect(action.effects).toBe("local");
});
