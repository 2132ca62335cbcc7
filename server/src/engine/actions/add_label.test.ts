import { afterEach, beforeEach, expect, test } from "bun:test";
import { addLabelAction as action } from "./add_label.ts";
import { type Fixture, fixture, issues, output } from "./test-support.ts";

let f: Fixture;
beforeEach(async () => {
  f = await fixture();
});
afterEach(() => f.close());

test("adds a label to the trigger's incident and outputs all its labels", async () => {
  const incident = await f.incident({ labels: ["customer-facing"] });
  const out = output(await f.run(action, { label: "sev1" }, f.ctx({ incident })));
  expect(out).toEqual({ id: incident.id, labels: ["customer-facing", "sev1"] });
  const [updated] = await f.events("incident.updated");
  expect(updated?.caused_by).toEqual(f.causedBy);
});

test("takes label and labels together; labels already present are kept once", async () => {
  const incident = await f.incident({ labels: ["sev1"] });
  const out = output(await f.run(action, { incident_id: incident.id, label: "sev1", labels: ["team:payments", "db"] }));
  expect(out.labels).toEqual(["sev1", "team:payments", "db"]);
});

test("adding only labels it already has writes no event", async () => {
  const incident = await f.incident({ labels: ["sev1"] });
  output(await f.run(action, { label: "sev1" }, f.ctx({ incident })));
  expect(await f.events("incident.updated")).toHaveLength(0);
});

test("checks labels at activation (templates allowed) and again after rendering", async () => {
  expect(issues(action, {})).toEqual([": Set label or labels."]);
  expect(issues(action, { label: "two words" })).toEqual([expect.stringMatching(/^label: Labels are 1 to 64/)]);
  expect(issues(action, { labels: ["svc-{{service.name}}"] })).toEqual([]);
  const incident = await f.incident();
  await expect(action.run({ label: "svc-Checkout API" }, f.ctx({ incident }))).rejects.toThrow('Label "svc-Checkout API" is invalid.');
  await expect(f.run(action, { label: "" }, f.ctx({ incident }))).rejects.toThrow("every label rendered empty");
});

test("labels rendered from a whole template may be a list or one string", async () => {
  const source = await f.incident({ labels: ["db", "team:payments"] });
  const target = await f.incident({ title: "follow-up" });
  // labels: "{{incident.labels}}" renders to the trigger incident's array.
  const out = output(await f.run(action, { incident_id: target.id, labels: source.labels }));
  expect(out.labels).toEqual(["db", "team:payments"]);
  expect(output(await f.run(action, { incident_id: target.id, labels: "sev2" })).labels).toEqual(["db", "team:payments", "sev2"]);
});
