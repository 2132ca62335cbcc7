import { afterEach, beforeEach, expect, test } from "bun:test";
import { archiveIncident, resolveIncident } from "../../domain/incidents.ts";
import { resolveIncidentAction as action } from "./resolve_incident.ts";
import { type Fixture, fixture, NOW, output } from "./test-support.ts";

let f: Fixture;
beforeEach(async () => {
  f = await fixture();
});
afterEach(() => f.close());

test("resolves the trigger's incident, adding the message to the timeline", async () => {
  const incident = await f.incident();
  const out = output(await f.run(action, { message: "Rolled back the deploy" }, f.ctx({ incident })));
  expect(out).toEqual({ id: incident.id, already_resolved: false, resolved_at: new Date(NOW).toISOString() });
  const updates = await f.deps.store.incidents.listUpdates(f.actor.orgId, incident.id, { limit: 10 });
  expect(updates.items.map((u) => [u.message, u.status])).toEqual([["Rolled back the deploy", "resolved"]]);
  const [resolved] = await f.events("incident.resolved");
  expect(resolved?.caused_by).toEqual(f.causedBy);
});

test("resolving an already resolved incident succeeds without writing anything (idempotent)", async () => {
  const incident = await f.incident();
  await resolveIncident(f.deps, f.human, incident.id);
  const eventsBefore = (await f.events()).length;
  const out = output(await f.run(action, { incident_id: incident.id, message: "again" }));
  expect(out).toEqual({ id: incident.id, already_resolved: true, resolved_at: new Date(NOW).toISOString() });
  expect(await f.events()).toHaveLength(eventsBefore);
  expect((await f.deps.store.incidents.listUpdates(f.actor.orgId, incident.id, { limit: 10 })).items).toHaveLength(0);
});

test("an empty message (unresolved template) adds no timeline entry", async () => {
  const incident = await f.incident();
  output(await f.run(action, { message: "" }, f.ctx({ incident })));
  expect((await f.deps.store.incidents.listUpdates(f.actor.orgId, incident.id, { limit: 10 })).items).toHaveLength(0);
});

test("an archived, unresolved incident cannot be resolved", async () => {
  const incident = await f.incident();
  await archiveIncident(f.deps, f.human, incident.id);
  await expect(f.run(action, {}, f.ctx({ incident }))).rejects.toThrow("is archived and cannot be changed");
});

test("an unknown incident, or none in the trigger, fails", async () => {
  await expect(f.run(action, { incident_id: "inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M" })).rejects.toThrow("No incident inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M.");
  await expect(f.run(action, {})).rejects.toThrow("this trigger has no incident; set incident_id");
});

test("inside an outer (step) transaction it resolves through a savepoint", async () => {
  const incident = await f.incident();
  const out = await f.deps.store.transaction(async (tx) => output(await f.run(action, {}, f.ctx({ incident }, f.inStep(tx)))));
  expect(out.already_resolved).toBe(false);
  expect((await f.deps.store.incidents.get(f.actor.orgId, incident.id))?.status).toBe("resolved");
});
