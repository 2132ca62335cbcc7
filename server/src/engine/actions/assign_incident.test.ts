import { afterEach, beforeEach, expect, test } from "bun:test";
import { assignIncidentAction as action } from "./assign_incident.ts";
import { type Fixture, fixture, issues, output } from "./test-support.ts";

let f: Fixture;
beforeEach(async () => {
  f = await fixture();
});
afterEach(() => f.close());

test("assigns the trigger's incident to a member by id", async () => {
  const incident = await f.incident();
  const ana = await f.member("ana@example.com");
  const out = output(await f.run(action, { assignee_id: ana.id }, f.ctx({ incident })));
  expect(out).toEqual({ id: incident.id, assignee_id: ana.id });
  const [updated] = await f.events("incident.updated");
  expect(updated?.data.changes).toEqual({ assignee_id: { from: null, to: ana.id } });
  expect(updated?.caused_by).toEqual(f.causedBy);
});

test("finds the member by email, whatever its case", async () => {
  const incident = await f.incident();
  const ana = await f.member("ana@example.com");
  const out = output(await f.run(action, { incident_id: incident.id, assignee_email: " Ana@Example.COM " }));
  expect(out.assignee_id).toBe(ana.id);
});

test("an email with no member fails naming it", async () => {
  const incident = await f.incident();
  await expect(f.run(action, { assignee_email: "nobody@example.com" }, f.ctx({ incident }))).rejects.toThrow("No member with email nobody@example.com.");
});

test("an unknown member id fails naming it", async () => {
  const incident = await f.incident();
  const id = "mem_01JD5Q8R1XK2ZP7S0C3V9N4B6M";
  await expect(f.run(action, { assignee_id: id }, f.ctx({ incident }))).rejects.toThrow(`No member ${id}.`);
});

test("takes exactly one of assignee_id and assignee_email", async () => {
  expect(issues(action, {})).toEqual([": Set exactly one of assignee_id or assignee_email."]);
  expect(issues(action, { assignee_id: "mem_x", assignee_email: "a@example.com" })).toEqual([": Set exactly one of assignee_id or assignee_email."]);
  const incident = await f.incident();
  await expect(f.run(action, { assignee_email: "" }, f.ctx({ incident }))).rejects.toThrow("The assignee is empty");
});
