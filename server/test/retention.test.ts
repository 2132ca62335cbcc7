/**
 * Retention over real HTTP (issue #19): `GET/PATCH /organization/settings`, and the pruning job against a server
 * whose clock the test moves forward two days past a one-day window: events, finished runs (with steps and evaluations) and finished
 * deliveries (with attempts) older than the windows are gone everywhere — 404 by id, absent from lists, a cursor
 * held across the prune still pages, a replay of a pruned run is a 410 — while a run waiting on a delay stays.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { zOrganizationSettings } from "../src/generated/zod.gen.ts";
import { apiClient, onPostgres, startTestServer, type TestServer } from "./harness.ts";
import { expectOk, expectProblem } from "./expect.ts";
import { startReceiver } from "./receiver.ts";

const DAY = 86_400;

describe("organization settings", () => {
  let server: TestServer;
  let api: ReturnType<typeof apiClient>;
  beforeAll(async () => {
    // Production bounds (not development mode): an organization may choose 1 hour to 3650 days.
    server = await startTestServer({ env: { TRIPWIRE_DEV: "0", TRIPWIRE_RETENTION_EVENTS: "14d" } });
    api = apiClient(server.baseUrl, server.apiKey);
  });
  afterAll(() => server.stop());

  test("shows the windows in force, the server's defaults (from the environment) and the bounds", async () => {
    const s = expectOk(await api("GET", "/organization/settings"), 200, zOrganizationSettings);
    const defaults = { events: 14 * DAY, runs: 30 * DAY, deliveries: 30 * DAY, monitor_history: 7 * DAY, idempotency: DAY };
    expect(s).toEqual({
      automation: { draft_mode: false, auto_publish_delay_minutes: null, cooldown_minutes: 15, one_open_incident_per_monitor: true },
      incident_channel_id: null,
      retention: defaults, retention_defaults: defaults, retention_limits: { min: 3600, max: 3650 * DAY } });
  });

  test("PATCH changes the windows given, keeps the others, and null goes back to the default", async () => {
    let s = expectOk(await api("PATCH", "/organization/settings", { retention: { events: 7 * DAY, monitor_history: 2 * DAY } }), 200, zOrganizationSettings);
    expect(s.retention).toEqual({ events: 7 * DAY, runs: 30 * DAY, deliveries: 30 * DAY, monitor_history: 2 * DAY, idempotency: DAY });
    s = expectOk(await api("PATCH", "/organization/settings", { retention: { runs: 3600 } }), 200, zOrganizationSettings);
    expect(s.retention).toMatchObject({ events: 7 * DAY, runs: 3600, monitor_history: 2 * DAY });
    s = expectOk(await api("PATCH", "/organization/settings", { retention: { events: null } }), 200, zOrganizationSettings);
    expect(s.retention.events).toBe(14 * DAY);
    expect(expectOk(await api("GET", "/organization/settings"), 200, zOrganizationSettings)).toEqual(s);
  });

  test("a window outside the server's bounds is a 422 naming the field; idempotency is not changeable", async () => {
    let p = expectProblem(await api("PATCH", "/organization/settings", { retention: { deliveries: 59 } }), 422, "validation");
    expect(p.errors?.map((e) => e.pointer)).toEqual(["#/retention/deliveries"]);
    expect(p.errors?.[0]?.detail).toContain("3600 to 315360000 seconds (1h to 3650d)");
    p = expectProblem(await api("PATCH", "/organization/settings", { retention: { events: 3651 * DAY, runs: 10 } }), 422, "validation");
    expect(p.errors?.map((e) => e.pointer).sort()).toEqual(["#/retention/events", "#/retention/runs"]);
    p = expectProblem(await api("PATCH", "/organization/settings", { retention: { idempotency: 60 } }), 422, "validation");
    expect(JSON.stringify(p.errors)).toContain("idempotency");
    expectProblem(await api("PATCH", "/organization/settings", { retention: { events: "30d" } }), 422, "validation");
    expectProblem(await api("PATCH", "/organization/settings", {}), 422, "validation");
    // Nothing changed by the refused requests.
    expect(expectOk(await api("GET", "/organization/settings"), 200, zOrganizationSettings).retention.deliveries).toBe(30 * DAY);
  });

  test("reading needs organization:read, changing needs organization:write", async () => {
    const key = (await api("POST", "/api-keys", { name: "reader", scopes: ["organization:read"] })).body;
    const reader = apiClient(server.baseUrl, key.secret);
    expect((await reader("GET", "/organization/settings")).status).toBe(200);
    expectProblem(await reader("PATCH", "/organization/settings", { retention: { events: 3600 } }), 403, "insufficient-scope");
  });
});

describe("pruning", () => {
  let server: TestServer;
  let api: ReturnType<typeof apiClient>;
  let offsetMs = 0;
  const receiver = startReceiver();
  beforeAll(async () => {
    server = await startTestServer({ clock: { now: () => Date.now() + offsetMs }, env: { TRIPWIRE_RATE_LIMIT: "1000000", TRIPWIRE_RETENTION_INTERVAL: "1s" } });
    api = apiClient(server.baseUrl, server.apiKey);
  });
  afterAll(async () => {
    await server.stop();
    receiver.stop();
  });

  async function until<T>(what: string, f: () => Promise<T | null | undefined | false>, timeoutMs = 15_000): Promise<T> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const v = await f();
      if (v) return v;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await Bun.sleep(50);
    }
  }

  test("history older than the windows is gone everywhere; what is still needed stays", async () => {
    const wh = (await api("POST", "/webhooks", { url: receiver.url, events: ["incident.created"] })).body;
    const created = await api("POST", "/workflows", { name: "label", trigger: "incident.created", actions: [{ type: "add_label", label: "seen" }], state: "active" });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const wf = created.body;
    const waiter = (await api("POST", "/workflows", { name: "waits", trigger: "manual", actions: [{ type: "delay", duration: "P30D" }], state: "active" })).body;
    const incidents = [];
    for (let i = 0; i < 5; i++) incidents.push((await api("POST", "/incidents", { title: `old ${i}` })).body);
    await receiver.waitFor(5);
    const runs = await until("5 completed runs", async () => {
      const page = (await api("GET", `/runs?workflow_id=${wf.id}&limit=100`)).body.data;
      return page.length === 5 && page.every((r: { status: string }) => r.status === "completed") && page;
    });
    const deliveries = await until("5 delivered", async () => {
      const page = (await api("GET", `/webhooks/${wh.id}/deliveries?limit=100`)).body.data;
      return page.length === 5 && page.every((d: { status: string }) => d.status === "succeeded") && page;
    });
    const waiting = (await api("POST", `/workflows/${waiter.id}/runs`, {})).body;
    await until("the delay run waiting", async () => (await api("GET", `/runs/${waiting.id}`)).body.status === "waiting");
    const events = (await api("GET", "/events?limit=100")).body.data as { id: string }[];
    expect(events.length).toBeGreaterThanOrEqual(10);
    // A client holds a cursor into the event list from before the prune.
    const firstPage = (await api("GET", "/events?limit=2")).body;

    // The organization keeps a day of history; two days later, with a little more activity that must stay.
    await api("PATCH", "/organization/settings", { retention: { events: DAY, runs: DAY, deliveries: DAY } });
    offsetMs = 2 * DAY * 1000;
    const recent = (await api("POST", "/incidents", { title: "recent" })).body;
    await until("the pruner to take the old events", async () => (await api("GET", `/events/${events.at(-1)!.id}`)).status === 404);
    await until("the pruner to take the old runs", async () => (await api("GET", `/runs/${runs[0].id}`)).status === 404);
    await until("the pruner to take the old deliveries", async () => (await api("GET", `/webhooks/${wh.id}/deliveries/${deliveries[0].id}`)).status === 404);

    for (const e of events) if (e.id !== firstPage.data[0].id) expect((await api("GET", `/events/${e.id}`)).status).toBe(404);
    for (const r of runs) {
      expectProblem(await api("GET", `/runs/${r.id}`), 404, "not-found");
      const replay = expectProblem(await api("POST", `/runs/${r.id}/replay`, {}), 410, "run-pruned");
      expect(replay.detail).toContain("run retention (1d)");
    }
    for (const d of deliveries) expect((await api("GET", `/webhooks/${wh.id}/deliveries/${d.id}`)).status).toBe(404);
    expect((await api("GET", `/webhooks/${wh.id}/deliveries`)).body.data.length).toBeLessThanOrEqual(1);
    expect((await api("GET", `/workflows/${wf.id}/evaluations`)).body.data.every((e: { run_id: string | null }) => !runs.some((r: { id: string }) => r.id === e.run_id))).toBe(true);
    // Still there: the run waiting on its delay (however old), the incidents themselves, and what is recent.
    expect((await api("GET", `/runs/${waiting.id}`)).body.status).toBe("waiting");
    for (const i of incidents) expect((await api("GET", `/incidents/${i.id}`)).status).toBe(200);
    const listed = (await api("GET", "/events?limit=100")).body.data as { resource_id: string }[];
    expect(listed.some((e) => e.resource_id === recent.id)).toBe(true);
    // The cursor from before the prune still pages: the rest of the old list is simply gone.
    const next = (await api("GET", `/events?limit=100&cursor=${firstPage.next_cursor}`)).body;
    expect(next).toEqual({ data: [], next_cursor: null });
    // An unknown run that was never old is still a plain 404.
    expectProblem(await api("POST", "/runs/run_nope/replay", {}), 404, "not-found");

    // The rows are gone from the database, and (SQLite) its file gives the space back (incremental vacuum;
    // PostgreSQL's autovacuum does that on its own).
    const count = async (table: string, column: string, ids: string[]) =>
      (await server.query<{ n: number }>(`SELECT CAST(count(*) AS INTEGER) AS n FROM ${table} WHERE ${column} IN (${ids.map(() => "?").join(", ")})`, ...ids))[0]!.n;
    expect(runs.length).toBeGreaterThan(0);
    expect(deliveries.length).toBeGreaterThan(0);
    expect(await count("run_steps", "run_id", runs.map((r: { id: string }) => r.id))).toBe(0);
    expect(await count("delivery_attempts", "delivery_id", deliveries.map((d: { id: string }) => d.id))).toBe(0);
    if (!onPostgres) expect((await server.query<{ auto_vacuum: number }>("PRAGMA auto_vacuum"))[0]!.auto_vacuum).toBe(2);
  }, 60_000);
});
