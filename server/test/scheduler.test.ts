/**
 * Scheduled workflows fire for real on their cron, driven by a controllable clock (no sleeping for minutes), and
 * after downtime they run once to catch up, never once per missed slot.
 */
import { afterAll, beforeAll, expect, test } from "bun:test";
import { apiClient, startTestServer, type TestServer } from "./harness.ts";
import { waitUntil } from "./spawn.ts";

// Start just after a minute boundary, so "* * * * *" is next due in under a minute of fake time.
const clock = { t: Math.floor(Date.now() / 60_000) * 60_000 + 1_000, now() { return this.t; } };
let server: TestServer;
let api: ReturnType<typeof apiClient>;
beforeAll(async () => {
  server = await startTestServer({ clock });
  api = apiClient(server.baseUrl, server.apiKey);
});
afterAll(() => server.stop());

const runs = async (id: string) => (await api("GET", `/runs?workflow_id=${id}`)).body.data as { id: string; status: string; trigger_type: string }[];

test("a cron fires when its time comes, and a long gap gives one catch-up run, then the next slot", async () => {
  const wf = (await api("POST", "/workflows", { name: "every minute", trigger: "scheduled", schedule: "* * * * *", actions: [{ type: "create_incident", title: "tick at {{schedule.fired_at}}" }], state: "active" })).body;
  const preview = (await api("GET", `/workflows/${wf.id}/schedule?count=3`)).body.next.map((t: string) => Date.parse(t));
  expect(preview[1] - preview[0]).toBe(60_000);
  expect(await runs(wf.id)).toHaveLength(0);

  clock.t = preview[0] + 500; // the first slot passes
  await waitUntil(async () => (await runs(wf.id)).length === 1, 5000);
  const [first] = await runs(wf.id);
  expect(first!.trigger_type).toBe("scheduled");
  const run = (await api("GET", `/runs/${first!.id}`)).body;
  expect(run.event.data.schedule.fired_at).toBe(new Date(preview[0]).toISOString());

  clock.t += 10 * 60_000; // "downtime": ten slots missed
  await waitUntil(async () => (await runs(wf.id)).length >= 2, 5000);
  await Bun.sleep(1500); // give a storm every chance to show up
  expect(await runs(wf.id)).toHaveLength(2);

  // The next fire time is after "now", not in the missed past.
  const next = Date.parse((await api("GET", `/workflows/${wf.id}/schedule?count=1`)).body.next[0]);
  expect(next).toBeGreaterThan(clock.t);
  expect(next - clock.t).toBeLessThanOrEqual(60_000);

  // Disabling stops the schedule.
  await api("POST", `/workflows/${wf.id}/disable`);
  clock.t += 5 * 60_000;
  await Bun.sleep(1200);
  expect(await runs(wf.id)).toHaveLength(2);
}, 20_000);

test('an interval ("every": "15m") fires on its 15-minute grid, catches up once after downtime, and refuses less than a minute', async () => {
  const tooShort = await api("POST", "/workflows", { name: "too often", trigger: { type: "scheduled", every: "30s" }, actions: [{ type: "delay", seconds: 1 }], state: "active" });
  expect(tooShort.status).toBe(422);
  expect(tooShort.body.errors).toEqual([expect.objectContaining({ pointer: "#/trigger/every" })]);

  const created = await api("POST", "/workflows", {
    name: "Quarter-hourly check",
    trigger: "scheduled",
    every: "15m",
    actions: [{ type: "create_incident", title: "tick {{schedule.every}} at {{schedule.fired_at}}" }],
    state: "active",
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const wf = created.body;
  expect(wf.trigger).toEqual({ type: "scheduled", every: "15m" });
  const preview = (await api("GET", `/workflows/${wf.id}/schedule?count=3`)).body;
  expect(preview.every).toBe("15m");
  expect(preview.schedule).toBeNull();
  const next = preview.next.map((t: string) => Date.parse(t));
  expect(next[0] % (15 * 60_000)).toBe(0);
  expect(next[0]).toBeGreaterThan(clock.t);
  expect(next[1] - next[0]).toBe(15 * 60_000);

  clock.t = next[0] + 500;
  await waitUntil(async () => (await runs(wf.id)).length === 1, 5000);
  const run = (await api("GET", `/runs/${(await runs(wf.id))[0]!.id}`)).body;
  expect(run.event.data.schedule).toEqual({ cron: null, every: "15m", timezone: "UTC", fired_at: new Date(next[0]).toISOString() });
  await waitUntil(async () => (await api("GET", `/runs/${run.id}`)).body.status === "completed", 5000);
  expect((await api("GET", `/runs/${run.id}`)).body.steps[0].output.title).toBe(`tick 15m at ${new Date(next[0]).toISOString()}`);

  clock.t += 3 * 60 * 60_000; // three hours down: twelve slots missed
  await waitUntil(async () => (await runs(wf.id)).length >= 2, 5000);
  await Bun.sleep(1500);
  expect(await runs(wf.id)).toHaveLength(2);
  const after = Date.parse((await api("GET", `/workflows/${wf.id}/schedule?count=1`)).body.next[0]);
  expect(after).toBeGreaterThan(clock.t);
  expect(after - clock.t).toBeLessThanOrEqual(15 * 60_000);
  expect(after % (15 * 60_000)).toBe(0);

  // PATCH switches between the two kinds with the shorthands.
  const cron = await api("PATCH", `/workflows/${wf.id}`, { schedule: "30 8 * * 1-5", timezone: "Europe/Paris" });
  expect(cron.status, JSON.stringify(cron.body)).toBe(200);
  expect(cron.body.trigger).toEqual({ type: "scheduled", schedule: "30 8 * * 1-5", timezone: "Europe/Paris" });
  const back = await api("PATCH", `/workflows/${wf.id}`, { every: "1h" });
  expect(back.status, JSON.stringify(back.body)).toBe(200);
  expect(back.body.trigger).toEqual({ type: "scheduled", every: "1h" });
  await api("POST", `/workflows/${wf.id}/disable`);
}, 20_000);
