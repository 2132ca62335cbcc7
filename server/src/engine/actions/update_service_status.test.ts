import { afterEach, beforeEach, expect, test } from "bun:test";
import { type Fixture, fixture, issues, output } from "./test-support.ts";
import { updateServiceStatusAction as action } from "./update_service_status.ts";

let f: Fixture;
beforeEach(async () => {
  f = await fixture();
});
afterEach(() => f.close());

test("sets the trigger's service status and outputs the previous one", async () => {
  const service = await f.service("Checkout", "operational");
  const out = output(await f.run(action, { status: "major_outage" }, f.ctx({ service })));
  expect(out).toEqual({ id: service.id, status: "major_outage", previous_status: "operational" });
  const [changed] = await f.events("service.status_changed");
  expect(changed?.data).toMatchObject({ previous_status: "operational", status: "major_outage" });
  expect(changed?.caused_by).toEqual(f.causedBy);
});

test("an explicit service_id wins; the same status again changes nothing", async () => {
  const service = await f.service("Search", "degraded");
  const out = output(await f.run(action, { service_id: service.id, status: "degraded" }));
  expect(out).toEqual({ id: service.id, status: "degraded", previous_status: "degraded" });
  expect(await f.events("service.status_changed")).toHaveLength(0);
});

test("without a service in the trigger it asks for service_id", async () => {
  await expect(f.run(action, { status: "degraded" }, f.ctx({ service: null }))).rejects.toThrow("this trigger has no service; set service_id");
});

test("an unknown service fails with not found", async () => {
  const id = "svc_01JD5Q8R1XK2ZP7S0C3V9N4B6M";
  await expect(f.run(action, { service_id: id, status: "degraded" })).rejects.toThrow(`No service ${id}.`);
});

test("status is required and checked, before and after rendering", async () => {
  expect(issues(action, {})).toEqual([expect.stringMatching(/^status: /)]);
  expect(issues(action, { status: "down" })).toEqual(["status: Must be one of operational, degraded, partial_outage, major_outage, maintenance, or a template."]);
  expect(issues(action, { status: "{{payload.status}}" })).toEqual([]);
  const service = await f.service();
  await expect(action.run({ status: "down" }, f.ctx({ service }))).rejects.toThrow('status must be one of operational');
  await expect(action.run({ status: "" }, f.ctx({ service }))).rejects.toThrow("status is empty");
});

test("inside an outer (step) transaction it reads and writes through a savepoint", async () => {
  const service = await f.service("Checkout", "operational");
  const out = await f.deps.store.transaction(async (tx) => output(await f.run(action, { status: "maintenance" }, f.ctx({ service }, f.inStep(tx)))));
  expect(out.previous_status).toBe("operational");
  expect((await f.deps.store.services.get(f.actor.orgId, service.id))?.status).toBe("maintenance");
});
