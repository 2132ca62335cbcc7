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
