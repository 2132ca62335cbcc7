import { afterEach, beforeEach, expect, test } from "bun:test";
import { createIncidentAction as action } from "./create_incident.ts";
import { type Fixture, fixture, issues, output } from "./test-support.ts";

let f: Fixture;
beforeEach(async () => {
  f = await fixture();
});
afterEach(() => f.close());

test("creates an incident recorded as made by the workflow, with the run's causation on its event", async () => {
  const out = output(await f.run(action, { title: "Checkout is down", severity: "critical", message: "502s from the edge" }));
  expect(out).toEqual({ id: expect.stringMatching(/^inc_/), title: "Checkout is down", severity: "critical", status: "investigating", visibility: "public" });

  const incident = await f.deps.store.incidents.get(f.actor.orgId, String(out.id));
  expect(incident).toMatchObject({ source: "workflow", message: "502s from the edge", published_at: expect.any(String) });
  const [created] = await f.events("incident.created");
  expect(created?.resource_id).toBe(String(out.id));
  expect(created?.caused_by).toEqual(f.causedBy);
});

test("defaults to a minor, investigating, public incident", async () => {
  const out = output(await f.run(action, { title: "Slow search" }));
  expect(out).toMatchObject({ severity: "minor", status: "investigating", visibility: "public" });
});

test("honours draft mode: a draft incident is created unpublished", async () => {
  const out = output(await f.run(action, { title: "Maybe an outage", visibility: "draft" }));
  expect(out.visibility).toBe("draft");
  const incident = await f.deps.store.incidents.get(f.actor.orgId, String(out.id));
  expect(incident?.published_at).toBeNull();
  expect(await f.events("incident.published")).toHaveLength(0);
});

test("takes service_id and service_ids together; an empty service_id (unresolved template) means none", async () => {
  const a = await f.service("API");
  const b = await f.service("Web");
  const both = output(await f.run(action, { title: "t", service_id: a.id, service_ids: [b.id, a.id] }));
  expect((await f.deps.store.incidents.get(f.actor.orgId, String(both.id)))?.service_ids).toEqual([a.id, b.id]);

  const none = output(await f.run(action, { title: "t", service_id: "" }));
  expect((await f.deps.store.incidents.get(f.actor.orgId, String(none.id)))?.service_ids).toEqual([]);
});

test("an unknown service fails naming the service, and creates nothing", async () => {
  const missing = "svc_01JD5Q8R1XK2ZP7S0C3V9N4B6M";
  await expect(f.run(action, { title: "t", service_id: missing })).rejects.toThrow(`No service ${missing}.`);
  expect(await f.events("incident.created")).toHaveLength(0);
});

test("labels are applied and each is checked, before and after rendering", async () => {
  const out = output(await f.run(action, { title: "t", labels: ["sev1", "team:payments", ""] }));
  expect((await f.deps.store.incidents.get(f.actor.orgId, String(out.id)))?.labels).toEqual(["sev1", "team:payments"]);

  expect(issues(action, { title: "t", labels: ["not ok"] })).toEqual([expect.stringMatching(/^labels\.0: Labels are 1 to 64/)]);
  expect(issues(action, { title: "t", labels: ["sev-{{severity}}"] })).toEqual([]);
  // What a template might render to.
  await expect(action.run({ title: "t", labels: ["has space"] }, f.ctx())).rejects.toThrow('Label "has space" is invalid.');
});

test("enum fields accept their values or a template at activation, and are checked again after rendering", async () => {
  expect(issues(action, { title: "t", severity: "{{payload.severity}}", status: "{{payload.status}}", visibility: "{{payload.v}}" })).toEqual([]);
  expect(issues(action, { title: "t", severity: "urgent" })).toEqual(["severity: Must be one of minor, major, critical, or a template."]);
  expect(issues(action, { title: "t", visibility: "private" })).toEqual(["visibility: Must be one of draft, public, or a template."]);
  // A template that rendered to something outside the enum.
  await expect(action.run({ title: "t", severity: "sev1" }, f.ctx())).rejects.toThrow('severity must be one of minor, major, critical; got "sev1".');
  // One that rendered to nothing means "not set".
  expect(output(await f.run(action, { title: "t", severity: "" })).severity).toBe("minor");
});

test("requires a title, refuses unknown fields, and fails on a title that rendered empty", async () => {
  expect(issues(action, {})).toEqual([expect.stringMatching(/^title: /)]);
  expect(issues(action, { title: "t", sevrity: "major" })).toEqual([expect.stringMatching(/sevrity/)]);
  expect(issues(action, { title: "  " })).toEqual(["title: Must not be empty."]);
  await expect(action.run({ title: "  " }, f.ctx())).rejects.toThrow("title is empty");
});

test("a rendered title longer than the API allows is cut to 300 characters", async () => {
  const out = output(await f.run(action, { title: "x".repeat(400) }));
  expect(String(out.title)).toHaveLength(300);
  expect(String(out.title).endsWith("…")).toBe(true);
});

test("inside the runner's step transaction it joins it: rolling the step back leaves no incident", async () => {
  const boom = new Error("the step record could not be written");
  await expect(
    f.deps.store.transaction(async (tx) => {
      output(await f.run(action, { title: "t" }, f.ctx({}, f.inStep(tx))));
      throw boom;
    }),
  ).rejects.toBe(boom);
  expect((await f.deps.store.incidents.list(f.actor.orgId, {}, { limit: 10 })).items).toHaveLength(0);
  expect(await f.events("incident.created")).toHaveLength(0);
});

test("takes values as the engine renders a whole template: null is unset, a number is text, one string is a list", async () => {
  // e.g. service_id: "{{monitor.service_id}}" for a monitor without a service, title: "{{error.count}}".
  const svc = await f.service("API");
  const out = output(await f.run(action, { title: 120, service_id: null, service_ids: svc.id, labels: "sev1", severity: null, message: null }));
  expect(out).toMatchObject({ title: "120", severity: "minor" });
  const incident = await f.deps.store.incidents.get(f.actor.orgId, String(out.id));
  expect(incident).toMatchObject({ service_ids: [svc.id], labels: ["sev1"], message: null });
});

test("draft mode: a workflow-created incident starts as a draft even when the action says public", async () => {
  await f.deps.store.transaction((tx) => tx.automation.put(f.actor.orgId, { draft_mode: true, auto_publish_delay_minutes: 5, cooldown_minutes: 15, one_open_incident_per_monitor: true }, new Date().toISOString()));
  const out = output(await f.run(action, { title: "Outage", visibility: "public" }));
  expect(out.visibility).toBe("draft");
  // Published later by a durable job, five minutes on.
  expect(await f.deps.store.jobs.count(["incident.auto_publish"])).toBe(1);
});

test("in a run started by a monitor: one open incident per monitor, then a cooldown after it is resolved", async () => {
  const scope = { monitor: { id: "mon_01JD5Q8R1XK2ZP7S0C3V9N4B6M", name: "API" } };
  const first = output(await f.run(action, { title: "API down" }, f.ctx(scope)));
  expect(first.id).toMatch(/^inc_/);
  const second = output(await f.run(action, { title: "API down" }, f.ctx(scope)));
  expect(second).toMatchObject({ id: null, suppressed: { reason: "open_incident" } });
  const incident = await f.deps.store.incidents.get(f.actor.orgId, String(first.id));
  await f.deps.store.transaction((tx) => tx.incidents.update(f.actor.orgId, { ...incident!, status: "resolved", resolved_at: new Date().toISOString() }));
  const third = output(await f.run(action, { title: "API down" }, f.ctx(scope)));
  expect(third).toMatchObject({ id: null, suppressed: { reason: "cooldown" } });
  // Without a monitor in scope neither applies.
  expect(output(await f.run(action, { title: "API down" })).id).toMatch(/^inc_/);
});
