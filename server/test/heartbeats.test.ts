/**
 * Heartbeats against the real server (development mode: 1-second periods and grace): the resource, pings of every
 * kind, lateness on the durable queue (one `heartbeat.missed` per outage, `heartbeat.recovered` after), run
 * overruns after `start`, `rid` pairing, exit codes, unknown tokens, webhooks, a workflow on `heartbeat.missed`, and
 * a deadline that survives a SIGKILL.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zHeartbeat, zHeartbeatPingList } from "../src/generated/zod.gen.ts";
import { apiClient, startTestServer, type TestServer } from "./harness.ts";
import { startReceiver } from "./receiver.ts";
import { spawnServer } from "./spawn.ts";
import { waitFor } from "./wait.ts";

let server: TestServer;
let api: ReturnType<typeof apiClient>;
beforeAll(async () => {
  // Waiting for deadlines polls the API: more than the default 600 requests a minute per key on a slow store.
  server = await startTestServer({ env: { TRIPWIRE_RATE_LIMIT: "100000" } });
  api = apiClient(server.baseUrl, server.apiKey);
});
afterAll(() => server.stop());

const create = async (body: Record<string, unknown>) => {
  const res = await api("POST", "/heartbeats", body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return zHeartbeat.parse(res.body);
};
const ping = (url: string, init: RequestInit = {}) => fetch(url, init);
const get = async (id: string) => zHeartbeat.parse((await api("GET", `/heartbeats/${id}`)).body);
const events = async (type: string, id: string) => (await api("GET", `/events?type=${type}&resource_id=${id}&limit=100`)).body.data as { data: Record<string, unknown> }[];
const pings = async (id: string) => zHeartbeatPingList.parse((await api("GET", `/heartbeats/${id}/pings?limit=100`)).body).data;

describe("the /heartbeats resource", () => {
  test("create shows a secret, absolute ping URL, again on every read; pending until the first ping", async () => {
    const hb = await create({ name: "nightly backup", period: 60, grace: 30 });
    expect(hb.state).toBe("pending");
    expect(hb.ping_url.startsWith(`${server.baseUrl}/api/v1/ping/hb_`)).toBe(true);
    expect(hb.expected_at).toBeNull();
    expect(hb.deadline_at).toBeNull();
    expect((await get(hb.id)).ping_url).toBe(hb.ping_url);
    const list = (await api("GET", "/heartbeats")).body.data as { id: string; ping_url: string }[];
    expect(list.find((h) => h.id === hb.id)?.ping_url).toBe(hb.ping_url);
    // Another heartbeat gets another token.
    expect((await create({ name: "other", period: 60 })).ping_url).not.toBe(hb.ping_url);
    // The token is not stored in clear.
    const token = hb.ping_url.split("/").pop()!;
    const row = await server.store.heartbeats.get((await api("GET", "/organization")).body.id, hb.id);
    expect(JSON.stringify(row)).not.toContain(token);
  });

  test("a cron schedule with a time zone; update, pause, resume, delete", async () => {
    const hb = await create({ name: "cron job", schedule: "0 2 * * *", tz: "Europe/Paris", grace: 600 });
    expect({ period: hb.period, schedule: hb.schedule, tz: hb.tz }).toEqual({ period: null, schedule: "0 2 * * *", tz: "Europe/Paris" });
    await ping(hb.ping_url);
    const up = await get(hb.id);
    expect(up.state).toBe("up");
    // The next expected ping is the next 02:00 in Paris (00:00 or 01:00 UTC), within a day.
    const expected = Date.parse(up.expected_at!);
    expect(expected - Date.now()).toBeLessThanOrEqual(86_400_000);
    expect([0, 1]).toContain(new Date(expected).getUTCHours());
    expect(Date.parse(up.deadline_at!) - expected).toBe(600_000);

    const patched = (await api("PATCH", `/heartbeats/${hb.id}`, { period: 120 })).body;
    expect({ period: patched.period, schedule: patched.schedule, tz: patched.tz }).toEqual({ period: 120, schedule: null, tz: null });
    expect(Date.parse(patched.expected_at) - Date.parse(patched.last_ping_at)).toBe(120_000);

    const paused = (await api("POST", `/heartbeats/${hb.id}/pause`)).body;
    expect({ state: paused.state, deadline_at: paused.deadline_at }).toEqual({ state: "paused", deadline_at: null });
    expect((await api("POST", `/heartbeats/${hb.id}/resume`)).body.state).toBe("pending");
    expect((await api("DELETE", `/heartbeats/${hb.id}`)).status).toBe(204);
    expect((await api("GET", `/heartbeats/${hb.id}`)).status).toBe(404);
    expect((await ping(hb.ping_url)).status).toBe(404);
  });

  test("bad input is a 422 naming the field", async () => {
    const svc = (await api("POST", "/services", { name: "hb-bad-input" })).body;
    const cases: [Record<string, unknown>, string][] = [
      [{ name: "x" }, "#/period"],
      [{ name: "x", period: 60, schedule: "* * * * *" }, "#/period"],
      [{ name: "x", schedule: "61 * * * *" }, "#/schedule"],
      [{ name: "x", schedule: "0 2 * * *", tz: "Mars/Olympus" }, "#/tz"],
      [{ name: "x", period: 60, tz: "UTC" }, "#/tz"],
      [{ name: "x", period: 60, service_id: "svc_01JD5Q8R1XK2ZP7S0C3V9N4B6M" }, "#/service_id"],
      [{ name: "x", period: 0 }, "#/period"],
      [{ name: "x", period: 60, grace: "soon" }, "#/grace"],
      [{ name: "", period: 60 }, "#/name"],
      [{ name: "x", period: 60, colour: "red" }, "#"],
    ];
    for (const [body, pointer] of cases) {
      const res = await api("POST", "/heartbeats", body);
      expect({ body, status: res.status }).toEqual({ body, status: 422 });
      expect({ body, pointers: res.body.errors.map((e: { pointer: string }) => e.pointer) }).toEqual({ body, pointers: expect.arrayContaining([pointer]) });
    }
    const ok = await create({ name: "x", period: 60, service_id: svc.id });
    expect(ok.service_id).toBe(svc.id);
    expect((await api("PATCH", `/heartbeats/${ok.id}`, { schedule: "nope" })).body.errors[0].pointer).toBe("#/schedule");
  });

  test("outside development mode, period and grace are at least 60 seconds", async () => {
    const prod = await startTestServer({ env: { TRIPWIRE_DEV: "0" } });
    try {
      const papi = apiClient(prod.baseUrl, prod.apiKey);
      const res = await papi("POST", "/heartbeats", { name: "x", period: 30, grace: 5 });
      expect(res.status).toBe(422);
      expect(res.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(["#/grace", "#/period"]);
      expect((await papi("POST", "/heartbeats", { name: "x", period: 60 })).body.grace).toBe(300);
    } finally {
      await prod.stop();
    }
  });

  test("scopes: monitors:read lists, monitors:write is needed to create", async () => {
    const key = (await api("POST", "/api-keys", { name: "ro", scopes: ["monitors:read"] })).body.secret;
    const ro = apiClient(server.baseUrl, key);
    expect((await ro("GET", "/heartbeats")).status).toBe(200);
    const res = await ro("POST", "/heartbeats", { name: "x", period: 60 });
    expect({ status: res.status, scope: res.body.required_scope }).toEqual({ status: 403, scope: "monitors:write" });
  });
});

describe("pings", () => {
  test("GET, HEAD and POST succeed with OK; the body is kept up to the limit; signals and exit codes", async () => {
    const hb = await create({ name: "every kind", period: 3600, grace: 3600 });
    const g = await ping(hb.ping_url, { headers: { "user-agent": "cron/1.0" } });
    expect({ status: g.status, text: await g.text(), limit: g.headers.get("ping-body-limit") }).toEqual({ status: 200, text: "OK", limit: "10000" });
    expect((await ping(hb.ping_url, { method: "HEAD" })).status).toBe(200);
    const big = "x".repeat(12_000);
    expect((await ping(hb.ping_url, { method: "POST", body: `backup done\n${big}` })).status).toBe(200);
    expect((await ping(`${hb.ping_url}/start`)).status).toBe(200);
    expect((await ping(`${hb.ping_url}/log`, { method: "POST", body: "halfway" })).status).toBe(200);
    expect((await ping(`${hb.ping_url}/0`)).status).toBe(200);
    expect((await get(hb.id)).state).toBe("up");
    expect((await ping(`${hb.ping_url}/3`)).status).toBe(200);
    expect((await get(hb.id)).state).toBe("down");
    expect((await ping(`${hb.ping_url}/fail`)).status).toBe(200);
    expect((await ping(`${hb.ping_url}/256`)).status).toBe(400);
    expect((await ping(`${hb.ping_url}/999`)).status).toBe(400);
    expect((await ping(`${hb.ping_url}/restart`)).status).toBe(404);

    const list = (await pings(hb.id)).reverse();
    expect(list.map((p) => [p.kind, p.exit_code, p.method])).toEqual([
      ["success", null, "GET"],
      ["success", null, "HEAD"],
      ["success", null, "POST"],
      ["start", null, "GET"],
      ["log", null, "POST"],
      ["success", 0, "GET"],
      ["fail", 3, "GET"],
      ["fail", null, "GET"],
    ]);
    expect(list[0]!.user_agent).toBe("cron/1.0");
    expect(list[2]!.body!.length).toBe(10_000);
    expect(list[2]!.body!.startsWith("backup done\n")).toBe(true);
    expect(list[4]!.body).toBe("halfway");
    // The exit-0 finish closed the run begun by start: its duration is recorded.
    expect(list[5]!.duration_ms).toBeGreaterThanOrEqual(0);
    expect(list[0]!.duration_ms).toBeNull();
    // log changes nothing: the last ping stays the one before it.
    expect((await get(hb.id)).last_ping_kind).toBe("fail");
  });

  test("an unknown or malformed token is a 404 problem, whatever its shape", async () => {
    const hb = await create({ name: "real", period: 60 });
    const token = hb.ping_url.split("/").pop()!;
    const near = token.slice(0, -1) + (token.endsWith("A") ? "B" : "A");
    for (const t of [near, "hb_nope", "x", "%00", "a".repeat(128)]) {
      const res = await fetch(`${server.baseUrl}/api/v1/ping/${t}`);
      expect({ t, status: res.status, type: res.headers.get("content-type") }).toEqual({ t, status: 404, type: "application/problem+json" });
      expect((await fetch(`${server.baseUrl}/api/v1/ping/${t}/start`, { method: "POST" })).status).toBe(404);
    }
    expect((await get(hb.id)).state).toBe("pending");
  });

  test("rid pairs a finish with its start; only the most recent start is watched", async () => {
    const hb = await create({ name: "concurrent", period: 3600, grace: 3600 });
    await ping(`${hb.ping_url}/start?rid=run-a`);
    await ping(`${hb.ping_url}/start?rid=run-b`);
    await ping(`${hb.ping_url}?rid=run-a`);
    const mid = await get(hb.id);
    expect(mid.state).toBe("up");
    expect(mid.started_at).not.toBeNull(); // run-b is still running
    await Bun.sleep(20);
    await ping(`${hb.ping_url}/0?rid=run-b`);
    expect((await get(hb.id)).started_at).toBeNull();
    const [finishB, finishA] = await pings(hb.id);
    expect({ rid: finishA!.rid, duration: finishA!.duration_ms }).toEqual({ rid: "run-a", duration: null });
    expect(finishB!.rid).toBe("run-b");
    expect(finishB!.duration_ms).toBeGreaterThanOrEqual(20);
  });

  test("pings are logged by route, never with their token", async () => {
    const lines: string[] = [];
    const logger = (await import("pino")).default({ level: "info" }, { write: (l: string) => void lines.push(l) });
    const logged = await startTestServer({ logger });
    try {
      const lapi = apiClient(logged.baseUrl, logged.apiKey);
      const hb = (await lapi("POST", "/heartbeats", { name: "logged", period: 60 })).body;
      const token = hb.ping_url.split("/").pop();
      await fetch(hb.ping_url);
      await fetch(`${hb.ping_url}/start?rid=r1`);
      await fetch(`${logged.baseUrl}/api/v1/ping/hb_unknown`);
      const pings = lines.map((l) => JSON.parse(l)).filter((l) => typeof l.route === "string" && l.route.includes("/ping/"));
      expect(pings.map((l) => [l.route, l.status])).toEqual([
        ["/api/v1/ping/{token}", 200],
        ["/api/v1/ping/{token}/{signal}", 200],
        ["/api/v1/ping/{token}", 404],
      ]);
      expect(lines.join("\n")).not.toContain(token);
    } finally {
      await logged.stop();
    }
  });

  test("each token has a ping budget per minute (429 beyond)", async () => {
    const limited = await startTestServer({ env: { TRIPWIRE_PING_RATE_LIMIT: "3" } });
    try {
      const lapi = apiClient(limited.baseUrl, limited.apiKey);
      const hb = (await lapi("POST", "/heartbeats", { name: "chatty", period: 60 })).body;
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await fetch(hb.ping_url)).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
    } finally {
      await limited.stop();
    }
  });
});

describe("lateness", () => {
  test("late → one heartbeat.missed (once per outage) → the next ping writes heartbeat.recovered; webhooks get both", async () => {
    const rx = startReceiver();
    try {
      const svc = (await api("POST", "/services", { name: "backups" })).body;
      await api("POST", "/webhooks", { url: rx.url, events: ["heartbeat.missed", "heartbeat.recovered"] });
      const hb = await create({ name: "late job", period: 1, grace: 1, service_id: svc.id });
      await ping(hb.ping_url);
      const up = await get(hb.id);
      expect(up.state).toBe("up");
      expect(Date.parse(up.deadline_at!) - Date.parse(up.last_ping_at!)).toBe(2000);
      await waitFor(async () => (await get(hb.id)).state === "down", 6000);
      await Bun.sleep(2500); // more periods pass: still the one outage
      const missed = await events("heartbeat.missed", hb.id);
      expect(missed).toHaveLength(1);
      expect(missed[0]!.data).toEqual({
        id: hb.id,
        name: "late job",
        service_id: svc.id,
        period: 1,
        schedule: null,
        tz: null,
        grace: 1,
        state: "down",
        last_ping_at: up.last_ping_at,
        last_ping_kind: "success",
        started_at: null,
        expected_at: up.expected_at,
        deadline_at: up.deadline_at,
        reason: "late",
        exit_code: null,
      });
      expect(JSON.stringify(missed)).not.toContain(hb.ping_url.split("/").pop()!);
      await ping(hb.ping_url);
      expect((await get(hb.id)).state).toBe("up");
      const recovered = await events("heartbeat.recovered", hb.id);
      expect(recovered).toHaveLength(1);
      expect(recovered[0]!.data).toEqual(expect.objectContaining({ id: hb.id, state: "up", reason: null }));
      await server.drainOutbox();
      const got = await rx.waitFor(2, 10_000);
      expect(got.map((r) => JSON.parse(r.body).event).sort()).toEqual(["heartbeat.missed", "heartbeat.recovered"]);
      expect(JSON.parse(got.find((r) => JSON.parse(r.body).event === "heartbeat.missed")!.body).data.id).toBe(hb.id);
      await api("POST", `/heartbeats/${hb.id}/pause`);
    } finally {
      rx.stop();
    }
  }, 20_000);

  test("the webhook test endpoint sends heartbeat and error-threshold samples shaped like the real events", async () => {
    const rx = startReceiver();
    try {
      const hook = (await api("POST", "/webhooks", { url: rx.url, events: ["heartbeat.missed", "error_threshold_exceeded"] })).body;
      for (const event of ["heartbeat.missed", "heartbeat.recovered", "error_threshold_exceeded"]) {
        expect((await api("POST", `/webhooks/${hook.id}/test`, { event })).status).toBe(200);
      }
      const got = (await rx.waitFor(3)).map((r) => JSON.parse(r.body));
      expect(got.map((b) => [b.event, b.data.id.slice(0, 4)])).toEqual([
        ["heartbeat.missed", "hbt_"],
        ["heartbeat.recovered", "hbt_"],
        ["error_threshold_exceeded", "erl_"],
      ]);
      expect(got[0].data).toEqual(expect.objectContaining({ reason: "late", state: "down", last_ping_at: expect.any(String), deadline_at: expect.any(String) }));
      expect(got[2].data).toEqual(expect.objectContaining({ count: 101, threshold: 100, fingerprint: expect.any(String), message: expect.any(String) }));
      await api("DELETE", `/webhooks/${hook.id}`);
    } finally {
      rx.stop();
    }
  });

  test("a fail ping makes it down at once (heartbeat.missed, reason failed); pending and paused heartbeats are never late", async () => {
    const hb = await create({ name: "failing", period: 3600, grace: 3600 });
    await ping(`${hb.ping_url}/2`);
    expect((await get(hb.id)).state).toBe("down");
    const missed = await events("heartbeat.missed", hb.id);
    expect(missed.map((e) => [e.data.reason, e.data.exit_code])).toEqual([["failed", 2]]);
    await ping(`${hb.ping_url}/fail`); // already down: the same outage
    expect(await events("heartbeat.missed", hb.id)).toHaveLength(1);
    await ping(`${hb.ping_url}/0`);
    expect(await events("heartbeat.recovered", hb.id)).toHaveLength(1);

    const pending = await create({ name: "never pinged", period: 1, grace: 1 });
    const paused = await create({ name: "paused", period: 1, grace: 1 });
    await ping(paused.ping_url);
    await api("POST", `/heartbeats/${paused.id}/pause`);
    await Bun.sleep(3000);
    expect((await get(pending.id)).state).toBe("pending");
    expect((await get(paused.id)).state).toBe("paused");
    expect(await events("heartbeat.missed", pending.id)).toHaveLength(0);
    expect(await events("heartbeat.missed", paused.id)).toHaveLength(0);
    // A ping resumes a paused heartbeat.
    await ping(paused.ping_url);
    expect((await get(paused.id)).state).toBe("up");
    await api("POST", `/heartbeats/${paused.id}/pause`);
  }, 15_000);

  test("after start, grace is the longest run: no finish within it → heartbeat.missed (run_timeout)", async () => {
    const hb = await create({ name: "slow run", period: 3600, grace: 1 });
    await ping(hb.ping_url);
    await ping(`${hb.ping_url}/start`);
    const started = await get(hb.id);
    expect(Date.parse(started.deadline_at!) - Date.parse(started.started_at!)).toBe(1000);
    await waitFor(async () => (await get(hb.id)).state === "down", 5000);
    const missed = await events("heartbeat.missed", hb.id);
    expect(missed.map((e) => e.data.reason)).toEqual(["run_timeout"]);
    // A start that finishes in time keeps it up.
    const ok = await create({ name: "quick run", period: 3600, grace: 2 });
    await ping(`${ok.ping_url}/start`);
    await Bun.sleep(500);
    await ping(ok.ping_url);
    await Bun.sleep(2500);
    expect((await get(ok.id)).state).toBe("up");
    expect(await events("heartbeat.missed", ok.id)).toHaveLength(0);
  }, 15_000);

  test("a workflow on heartbeat.missed runs with {{heartbeat.*}}, {{monitor.*}} and {{service.*}} resolved; one open incident per heartbeat", async () => {
    const svc = (await api("POST", "/services", { name: "Billing" })).body;
    const wf = await api("POST", "/workflows", {
      name: "Heartbeat missed → incident",
      trigger: "heartbeat.missed",
      state: "active",
      actions: [
        {
          type: "create_incident",
          title: "{{heartbeat.name}} missed ({{heartbeat.reason}})",
          severity: "major",
          service_id: "{{monitor.service_id}}",
          message: "Last ping {{heartbeat.last_ping_at}}; service {{service.name}}.",
        },
      ],
    });
    expect(wf.status, JSON.stringify(wf.body)).toBe(201);
    const hb = await create({ name: "Nightly export", period: 1, grace: 1, service_id: svc.id });
    await ping(hb.ping_url);
    const last = (await get(hb.id)).last_ping_at;
    const incident = await waitFor(async () => {
      const list = (await api("GET", "/incidents?limit=100")).body.data as { title: string; message: string; service_ids: string[] }[];
      return list.find((i) => i.title === "Nightly export missed (late)");
    }, 8000);
    expect(incident.service_ids).toEqual([svc.id]);
    expect(incident.message).toBe(`Last ping ${last}; service Billing.`);
    // Up, then late again while that incident is open: one open incident per heartbeat, the second run says why.
    await ping(hb.ping_url);
    const second = await waitFor(async () => {
      const runs = (await api("GET", `/runs?workflow_id=${wf.body.id}`)).body.data as { id: string }[];
      if (runs.length < 2) return null;
      const run = (await api("GET", `/runs/${runs[0]!.id}`)).body;
      return run.steps?.[0]?.output ? run : null;
    }, 8000);
    expect(second.steps[0].output).toMatchObject({ id: null, suppressed: { reason: "open_incident" } });
    const titled = ((await api("GET", "/incidents?limit=100")).body.data as { title: string }[]).filter((i) => i.title === "Nightly export missed (late)");
    expect(titled).toHaveLength(1);
    await api("POST", `/heartbeats/${hb.id}/pause`);
    await api("POST", `/workflows/${wf.body.id}/disable`);
  }, 15_000);

  test("pings are deleted after the monitor_history retention", async () => {
    const short = await startTestServer({ env: { TRIPWIRE_RETENTION_MONITOR_HISTORY: "1s", TRIPWIRE_RETENTION_INTERVAL: "1s" } });
    try {
      const sapi = apiClient(short.baseUrl, short.apiKey);
      const hb = (await sapi("POST", "/heartbeats", { name: "kept briefly", period: 3600 })).body;
      await fetch(hb.ping_url);
      expect((await sapi("GET", `/heartbeats/${hb.id}/pings`)).body.data).toHaveLength(1);
      await waitFor(async () => (await sapi("GET", `/heartbeats/${hb.id}/pings`)).body.data.length === 0, 8000);
      expect((await sapi("GET", `/heartbeats/${hb.id}`)).body.last_ping_at).not.toBeNull();
    } finally {
      await short.stop();
    }
  }, 15_000);
});

describe("auto_incident: the heartbeat opens its own incident", () => {
  type Inc = { id: string; title: string; message: string; severity: string; source: string; visibility: string; status: string; resolved_at: string | null };
  const incidentsOf = async (serviceId: string) => (await api("GET", `/incidents?service_id=${serviceId}&limit=100`)).body.data as Inc[];
  const missedEntries = async (id: string) => (await pings(id)).filter((p) => p.kind === "missed");

  test("missed → one incident (source auto_heartbeat, draft in draft mode), none more while it stays down; the next ping resolves it; down again within the cooldown opens none and says why", async () => {
    await api("PATCH", "/organization/settings", { automation: { draft_mode: true } });
    try {
      const svc = (await api("POST", "/services", { name: "Backups (auto)" })).body;
      const hb = await create({ name: "Nightly backup", period: 1, grace: 1, service_id: svc.id, auto_incident: true });
      expect({ auto_incident: hb.auto_incident, incident_id: hb.incident_id }).toEqual({ auto_incident: true, incident_id: null });
      await ping(hb.ping_url);
      await waitFor(async () => (await get(hb.id)).state === "down", 6000);
      await Bun.sleep(2500); // more periods pass: the same outage
      const incidents = await incidentsOf(svc.id);
      expect(incidents).toHaveLength(1);
      const incident = incidents[0]!;
      expect(incident).toMatchObject({ title: "Nightly backup is down", severity: "major", source: "auto_heartbeat", visibility: "draft", status: "investigating" });
      expect(incident.message).toContain("expected a ping by");
      expect((await get(hb.id)).incident_id).toBe(incident.id);
      const missed = await missedEntries(hb.id);
      expect(missed).toHaveLength(1);
      expect(missed[0]).toMatchObject({ kind: "missed", method: null, incident_id: incident.id, suppressed: null });

      await ping(hb.ping_url);
      const up = await get(hb.id);
      expect({ state: up.state, incident_id: up.incident_id }).toEqual({ state: "up", incident_id: null });
      const resolved = (await api("GET", `/incidents/${incident.id}`)).body as Inc;
      expect(resolved.resolved_at).not.toBeNull();
      expect((await pings(hb.id))[0]).toMatchObject({ kind: "success", incident_id: incident.id, suppressed: null });

      // Down again within the organization's cooldown (15 min): no second incident; the missed entry says why.
      await waitFor(async () => (await get(hb.id)).state === "down", 6000);
      expect(await incidentsOf(svc.id)).toHaveLength(1);
      expect((await get(hb.id)).incident_id).toBeNull();
      const again = (await missedEntries(hb.id))[0]!;
      expect(again).toMatchObject({ incident_id: null, suppressed: { reason: "cooldown", detail: expect.stringContaining(incident.id) } });
      await api("POST", `/heartbeats/${hb.id}/pause`);
    } finally {
      await api("PATCH", "/organization/settings", { automation: { draft_mode: false } });
    }
  }, 25_000);

  test("during a maintenance window of its service: no incident, no workflow run; the missed entry and the evaluation say why", async () => {
    const svc = (await api("POST", "/services", { name: "Exports (maintenance)" })).body;
    const wf = await api("POST", "/workflows", {
      name: "Export missed → incident",
      trigger: "heartbeat.missed",
      state: "active",
      actions: [{ type: "create_incident", title: "{{heartbeat.name}} missed", severity: "major", service_id: "{{monitor.service_id}}" }],
    });
    expect(wf.status, JSON.stringify(wf.body)).toBe(201);
    const now = Date.now();
    const window = await api("POST", "/maintenance-windows", { service_id: svc.id, title: "Storage move", starts_at: new Date(now - 60_000).toISOString(), ends_at: new Date(now + 3_600_000).toISOString() });
    expect(window.status, JSON.stringify(window.body)).toBe(201);
    const hb = await create({ name: "Export job", period: 1, grace: 1, service_id: svc.id, auto_incident: true });
    await ping(hb.ping_url);
    await waitFor(async () => (await get(hb.id)).state === "down", 6000);
    await Bun.sleep(300);
    expect(await incidentsOf(svc.id)).toHaveLength(0);
    expect((await get(hb.id)).incident_id).toBeNull();
    const [missed] = await missedEntries(hb.id);
    expect(missed).toMatchObject({ incident_id: null, suppressed: { reason: "maintenance_window", detail: expect.stringContaining(window.body.id) } });
    const evaluations = await waitFor(async () => {
      const list = (await api("GET", `/workflows/${wf.body.id}/evaluations`)).body.data as { reason: string | null }[];
      return list.length > 0 ? list : null;
    }, 5000);
    expect(evaluations.map((e) => e.reason)).toEqual(["maintenance_window"]);
    expect((await api("GET", `/runs?workflow_id=${wf.body.id}`)).body.data).toHaveLength(0);
    // The next ping finds nothing to resolve.
    await ping(hb.ping_url);
    expect((await pings(hb.id))[0]).toMatchObject({ kind: "success", incident_id: null });
    await api("POST", `/heartbeats/${hb.id}/pause`);
    await api("POST", `/workflows/${wf.body.id}/disable`);
  }, 15_000);

  test("auto_incident false (the default) opens none; turned on by PATCH, a failure ping opens one and an exit-0 ping resolves it", async () => {
    const svc = (await api("POST", "/services", { name: "Reports (auto off)" })).body;
    const hb = await create({ name: "Report job", period: 1, grace: 1, service_id: svc.id });
    expect(hb.auto_incident).toBe(false);
    await ping(hb.ping_url);
    await waitFor(async () => (await get(hb.id)).state === "down", 6000);
    await Bun.sleep(300);
    expect(await events("heartbeat.missed", hb.id)).toHaveLength(1);
    expect(await incidentsOf(svc.id)).toHaveLength(0);
    expect((await missedEntries(hb.id))[0]).toMatchObject({ incident_id: null, suppressed: null });

    const patched = zHeartbeat.parse((await api("PATCH", `/heartbeats/${hb.id}`, { auto_incident: true, period: 3600 })).body);
    expect(patched.auto_incident).toBe(true);
    await ping(hb.ping_url); // up (nothing to resolve)
    await ping(`${hb.ping_url}/2`);
    const [incident] = await incidentsOf(svc.id);
    expect(incident).toMatchObject({ source: "auto_heartbeat", title: "Report job is down", visibility: "public" });
    expect(incident!.message).toContain("exit status 2");
    expect((await pings(hb.id))[0]).toMatchObject({ kind: "fail", exit_code: 2, incident_id: incident!.id });
    await ping(`${hb.ping_url}/0`);
    expect((await api("GET", `/incidents/${incident!.id}`)).body.resolved_at).not.toBeNull();
    expect((await get(hb.id)).incident_id).toBeNull();
    await api("POST", `/heartbeats/${hb.id}/pause`);
  }, 15_000);

  test("an incident a person resolved first is left alone by the next ping, and pings go on", async () => {
    const svc = (await api("POST", "/services", { name: "Sync (resolved by hand)" })).body;
    const hb = await create({ name: "Sync job", period: 3600, grace: 3600, service_id: svc.id, auto_incident: true });
    await ping(`${hb.ping_url}/fail`);
    const incidentId = (await get(hb.id)).incident_id!;
    expect(incidentId).toMatch(/^inc_/);
    expect((await api("POST", `/incidents/${incidentId}/resolve`)).status).toBe(200);
    const before = (await api("GET", `/incidents/${incidentId}`)).body;
    expect((await ping(hb.ping_url)).status).toBe(200);
    expect((await get(hb.id)).state).toBe("up");
    expect((await get(hb.id)).incident_id).toBeNull();
    expect((await api("GET", `/incidents/${incidentId}`)).body).toMatchObject({ status: before.status, resolved_at: before.resolved_at });
    expect((await ping(hb.ping_url)).status).toBe(200);
    await api("POST", `/heartbeats/${hb.id}/pause`);
  }, 15_000);
});

test("SIGKILL: the deadline is a durable job; the restarted server still finds the heartbeat late, once", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tripwire-hb-kill-"));
  const db = join(dir, "t.db");
  try {
    const first = await spawnServer(db);
    const fapi = apiClient(first.url, first.key!);
    const hb = (await fapi("POST", "/heartbeats", { name: "survives", period: 2, grace: 1 })).body;
    expect((await fetch(hb.ping_url)).status).toBe(200);
    first.proc.kill("SIGKILL");
    await first.proc.exited;
    const second = await spawnServer(db);
    try {
      const sapi = apiClient(second.url, first.key!);
      await waitFor(async () => (await sapi("GET", `/heartbeats/${hb.id}`)).body.state === "down", 10_000);
      await Bun.sleep(1500);
      const missed = (await sapi("GET", `/events?type=heartbeat.missed&resource_id=${hb.id}`)).body.data;
      expect(missed).toHaveLength(1);
      expect(missed[0].data.reason).toBe("late");
      // The ping URL (the same server key) still works after the restart.
      const again = hb.ping_url.replace(new URL(hb.ping_url).origin, second.url);
      expect((await fetch(again)).status).toBe(200);
      expect((await sapi("GET", `/heartbeats/${hb.id}`)).body.state).toBe("up");
    } finally {
      second.proc.kill("SIGKILL");
      await second.proc.exited;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 40_000);

const pgUrl = process.env.TRIPWIRE_TEST_DATABASE_URL || undefined;
(pgUrl ? test : test.skip)("on PostgreSQL: pings, a missed deadline and recovery, and error thresholds once per window", async () => {
  const { SQL } = await import("bun");
  const { randomBytes } = await import("node:crypto");
  const { loadConfig } = await import("../src/config.ts");
  const { startServer } = await import("../src/server.ts");
  const { createLogger } = await import("../src/log.ts");
  const name = `tripwire_hb_${process.pid}`;
  const admin = new SQL(pgUrl!, { max: 1 });
  await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(pgUrl!);
  url.pathname = `/${name}`;
  const pg = await startServer(
    loadConfig({ HOST: "127.0.0.1", PORT: "0", TRIPWIRE_DEV: "1", TRIPWIRE_DATABASE_URL: url.toString(), TRIPWIRE_SECRET_KEY: randomBytes(32).toString("base64") }),
    { logger: createLogger("silent") },
  );
  try {
    const papi = apiClient(pg.url, pg.firstKey!);
    const hb = (await papi("POST", "/heartbeats", { name: "pg job", period: 1, grace: 1 })).body;
    const burst = await Promise.all(Array.from({ length: 20 }, () => fetch(`${hb.ping_url}?rid=x`)));
    expect(burst.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect((await papi("GET", `/heartbeats/${hb.id}/pings?limit=100`)).body.data).toHaveLength(20);
    await waitFor(async () => (await papi("GET", `/heartbeats/${hb.id}`)).body.state === "down", 8000);
    await fetch(hb.ping_url);
    expect((await papi("GET", `/events?type=heartbeat.missed&resource_id=${hb.id}`)).body.data).toHaveLength(1);
    expect((await papi("GET", `/events?type=heartbeat.recovered&resource_id=${hb.id}`)).body.data).toHaveLength(1);
    await papi("POST", `/heartbeats/${hb.id}/pause`);

    const svc = (await papi("POST", "/services", { name: "pg svc" })).body;
    const rule = (await papi("POST", "/error-rules", { service_id: svc.id, threshold: 2, window: 3600 })).body;
    const errs = Array.from({ length: 3 }, () => ({ service_id: svc.id, fingerprint: "f", message: "m" }));
    expect((await papi("POST", "/errors", { errors: errs })).body.fired).toHaveLength(1);
    expect((await papi("POST", "/errors", { errors: errs })).body.fired).toHaveLength(0);
    expect((await papi("GET", `/events?type=error_threshold_exceeded&resource_id=${rule.id}`)).body.data).toHaveLength(1);
  } finally {
    await pg.stop();
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.close();
  }
}, 30_000);
