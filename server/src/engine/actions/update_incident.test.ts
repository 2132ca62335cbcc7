import { afterEach, beforeEach, expect, test } from "bun:test";
import { type Fixture, fixture, issues, output } from "./test-support.ts";
import { updateIncidentAction as action } from "./update_incident.ts";

let f: Fixture;
beforeEach(async () => {
  f = await fixture();
});
afterEach(() => f.close());

test("updates the trigger's incident by default and records the change with the run's causation", async () => {
  const incident = await f.incident();
  const out = output(await f.run(action, { status: "identified", severity: "major" }, f.ctx({ incident })));
  expect(out).toEqual({ id: incident.id, status: "identified", severity: "major", title: incident.title });
  const [updated] = await f.events("incident.updated");
  expect(updated?.data.changes).toEqual({ status: { from: "investigating", to: "identified" }, severity: { from: "minor", to: "major" } });
  expect(updated?.caused_by).toEqual(f.causedBy);
});

test("an explicit incident_id wins over the trigger's incident", async () => {
  const trigger = await f.incident({ title: "trigger" });
  const other = await f.incident({ title: "other" });
  const out = output(await f.run(action, { incident_id: other.id, title: "renamed" }, f.ctx({ incident: trigger })));
  expect(out).toMatchObject({ id: other.id, title: "renamed" });
  expect((await f.deps.store.incidents.get(f.actor.orgId, trigger.id))?.title).toBe("trigger");
});

test("without an incident in the trigger it asks for incident_id", async () => {
  await expect(f.run(action, { status: "monitoring" })).rejects.toThrow("this trigger has no incident; set incident_id");
  await expect(f.run(action, { status: "monitoring" }, f.ctx({ incident: null }))).rejects.toThrow("set incident_id");
});

test("an incident_id that rendered empty fails instead of falling back to the trigger's incident", async () => {
  const incident = await f.incident();
  await expect(f.run(action, { incident_id: "", status: "monitoring" }, f.ctx({ incident }))).rejects.toThrow("incident_id is empty");
  expect((await f.deps.store.incidents.get(f.actor.orgId, incident.id))?.status).toBe("investigating");
});

test("needs at least one change, before and after rendering", async () => {
  expect(issues(action, { incident_id: "inc_x" })).toEqual([": Set at least one of status, severity or title."]);
  const incident = await f.incident();
  await expect(f.run(action, { status: "", title: " " }, f.ctx({ incident }))).rejects.toThrow("Nothing to update");
});

test("an unknown incident fails with not found", async () => {
  await expect(f.run(action, { incident_id: "inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M", status: "monitoring" })).rejects.toThrow(
    "No incident inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M.",
  );
});

test("a status outside the enum after rendering names the field", async () => {
  const incident = await f.incident();
  await expect(action.run({ status: "fixed" }, f.ctx({ incident }))).rejects.toThrow('status must be one of investigating, identified, monitoring, resolved; got "fixed".');
});

test("an incident_id that rendered to null fails too", async () => {
  const incident = await f.incident();
  await expect(f.run(action, { incident_id: null, status: "monitoring" }, f.ctx({ incident }))).rejects.toThrow("incident_id is empty");
});
