/**
 * The CI version of bench/soak.ts (issue #19): 60 seconds of incident changes with a webhook and a workflow
 * subscribed, every retention window 10 seconds (development mode allows it) and the pruner every second. It asserts
 * row counts, not times: while the load runs, no event, run, step, evaluation, delivery or attempt older than the
 * window plus a little slack is left; once the load stops and a window has passed, none at all. (The bench prints
 * file sizes and RSS over 30 minutes; this only proves the rows go.) TRIPWIRE_SOAK_SECONDS shortens it locally.
 */
import { afterAll, beforeAll, expect, test } from "bun:test";
import { apiClient, startTestServer, type TestServer } from "./harness.ts";
import { startReceiver } from "./receiver.ts";

const SECONDS = Number(process.env.TRIPWIRE_SOAK_SECONDS ?? 60);
const RATE = 40;
const WINDOW_S = 10;
/** How much older than the window a row may get before the pruner must have taken it (it runs every second). */
const SLACK_S = 10;
const HISTORY = ["events", "runs", "run_steps", "evaluations", "deliveries", "delivery_attempts"] as const;

let server: TestServer;
let api: ReturnType<typeof apiClient>;
const receiver = startReceiver();
beforeAll(async () => {
  const window = `${WINDOW_S}s`;
  server = await startTestServer({
    env: {
      TRIPWIRE_RATE_LIMIT: "1000000",
      TRIPWIRE_RETENTION_EVENTS: window,
      TRIPWIRE_RETENTION_RUNS: window,
      TRIPWIRE_RETENTION_DELIVERIES: window,
      TRIPWIRE_RETENTION_INTERVAL: "1s",
      TRIPWIRE_RETENTION_BATCH: "200",
    },
  });
  api = apiClient(server.baseUrl, server.apiKey);
});
afterAll(async () => {
  await server.stop();
  receiver.stop();
});

test(`${SECONDS} s of load with a ${WINDOW_S} s window: old history is pruned as it goes, and all of it once idle`, async () => {
  await api("POST", "/webhooks", { url: receiver.url, events: ["*"] });
  const wf = await api("POST", "/workflows", { name: "soak", trigger: "incident.updated", actions: [{ type: "delay", seconds: 1 }], state: "active" });
  expect(wf.status).toBe(201);
  const incidents: string[] = [];
  for (let i = 0; i < 20; i++) incidents.push((await api("POST", "/incidents", { title: `soak ${i}` })).body.id);

  const count = async (table: string, olderThanS?: number) => {
    const createdAt = table === "run_steps" ? "(SELECT created_at FROM runs WHERE runs.id = run_steps.run_id)" : table === "delivery_attempts" ? "started_at" : "created_at";
    if (olderThanS === undefined) return (await server.query<{ n: number }>(`SELECT CAST(count(*) AS INTEGER) AS n FROM ${table}`))[0]!.n;
    const cutoff = new Date(Date.now() - olderThanS * 1000).toISOString();
    return (await server.query<{ n: number }>(`SELECT CAST(count(*) AS INTEGER) AS n FROM ${table} WHERE ${createdAt} < ?`, cutoff))[0]!.n;
  };
  const counts = async (olderThanS?: number) => {
    const out: Record<string, number> = {};
    for (const t of HISTORY) out[t] = await count(t, olderThanS);
    return out;
  };
  const stale = () => counts(WINDOW_S + SLACK_S);
  const none = Object.fromEntries(HISTORY.map((t) => [t, 0]));
  const start = Date.now();
  let sent = 0;
  let peakEvents = 0;
  const pending: Promise<unknown>[] = [];
  while (Date.now() - start < SECONDS * 1000) {
    const due = Math.floor(((Date.now() - start) / 1000) * RATE);
    for (; sent < due; sent++) pending.push(api("PATCH", `/incidents/${incidents[sent % incidents.length]}`, { title: `change ${sent}` }));
    await Bun.sleep(25);
    const elapsed = (Date.now() - start) / 1000;
    peakEvents = Math.max(peakEvents, await count("events"));
    // Once a window and the slack have passed, nothing older than them may be left at any time.
    if (elapsed > WINDOW_S + SLACK_S && Math.floor(elapsed * 40) % 40 === 0) expect(await stale()).toEqual(none);
  }
  const statuses = await Promise.all(pending);
  expect(statuses.every((r) => (r as { status: number }).status === 200)).toBe(true);
  expect(sent).toBeGreaterThan(RATE * SECONDS * 0.9);
  // The table never held much more than a window (plus slack) of events: one or two per change.
  expect(peakEvents).toBeLessThan(RATE * (WINDOW_S + SLACK_S) * 3);
  expect(receiver.received.length).toBeGreaterThan(sent * 0.9);

  // Idle: a window after the last change (runs wake 1 s after their event; deliveries finish), everything is gone.
  const end = Date.now() + (WINDOW_S + SLACK_S + 10) * 1000;
  let left: Record<string, number> = {};
  do {
    await Bun.sleep(500);
    left = await counts();
  } while (Object.values(left).some((n) => n > 0) && Date.now() < end);
  expect(left).toEqual(none);
  // What is not history stays.
  expect(await count("incidents")).toBe(20);
}, (SECONDS + 60) * 1000);
