import { afterEach, beforeEach, expect, test } from "bun:test";
import { archiveIncident } from "../../domain/incidents.ts";
import { addIncidentUpdateAction as action } from "./add_incident_update.ts";
import { type Fixture, fixture, issues, output } from "./test-support.ts";

let f: Fixture;
beforeEach(async () => {
  f = await fixture();
});
afterEach(() => f.close());

test("posts a timeline update on the trigger's incident and outputs the entry's id", async () => {
  const incident = await f.incident();
  const out = output(await f.run(action, { message: "Looking into it" }, f.ctx({ incident })));
  expect(out).toEqual({ id: expect.stringMatching(/^upd_/), incident_id: incident.id, status: null });
  const updates = await f.deps.store.incidents.listUpdates(f.actor.orgId, incident.id, { limit: 10 });
  expect(updates.items.map((u) => u.id)).toEqual([String(out.id)]);
});

test("with a status it also moves the incident, recording the run's causation", async () => {
  const incident = await f.incident();
  const out = output(await f.run(action, { message: "Fix deployed", status: "monitoring" }, f.ctx({ incident })));
  expect(out.status).toBe("monitoring");
  expect((await f.deps.store.incidents.get(f.actor.orgId, incident.id))?.status).toBe("monitoring");
  const [updated] = await f.events("incident.updated");
  expect(updated?.caused_by).toEqual(f.causedBy);
});

test("requires a message, and fails when it rendered empty", async () => {
  expect(issues(action, {})).toEqual([expect.stringMatching(/^message: /)]);
  const incident = await f.incident();
  await expect(action.run({ message: "  " }, f.ctx({ incident }))).rejects.toThrow("message is empty");
});

test("an archived incident cannot be updated", async () => {
  const incident = await f.incident();
  await archiveIncident(f.deps, f.human, incident.id);
  await expect(f.run(action, { incident_id: incident.id, message: "late" })).rejects.toThrow("archived");
});
