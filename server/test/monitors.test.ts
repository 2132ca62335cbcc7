/**
 * Uptime monitors over the real server (TRIPWIRE_DEV=1: 1-second checks, loopback targets) against loopback
 * targets that answer, fail with 500, answer too slowly, drop the keyword, redirect, go away and come back; the
 * documented "Auto-Incident on Outage" workflow exactly as written; and the safeguards on automatic incidents
 * (draft mode, one open incident per monitor, maintenance windows).
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { zMonitor, zMonitorCheckList, zOrganizationSettings } from "../src/generated/zod.gen.ts";
import { apiClient, startTestServer, type TestServer } from "./harness.ts";
import { startReceiver } from "./receiver.ts";
import { waitUntil } from "./spawn.ts";

type Mode = "ok" | "500" | "slow" | "nokeyword";

/** A loopback site whose answer the test sets; /redirect sends one hop to /ok. `stop`/`start` take it off the port and back. */
function startTarget() {
  let mode: Mode = "ok";
  let hits = 0;
  const serve = (port: number) =>
    Bun.serve({
      hostname: "127.0.0.1",
      port,
      async fetch(req) {
        hits++;
        const path = new URL(req.url).pathname;
        if (path === "/redirect") return new Response(null, { status: 302, headers: { location: "/ok" } });
        if (path === "/always500") return new Response("boom", { status: 500 });
        if (path === "/slow" || mode === "slow") {
          await Bun.sleep(2500);
          return new Response("status: ok");
        }
        if (mode === "500") return new Response("boom", { status: 500 });
        if (mode === "nokeyword" || path === "/nokeyword") return new Response("status: degraded");
        return new Response("status: ok");
      },
    });
  let server: ReturnType<typeof Bun.serve> | null = serve(0);
  const port = server.port;
  return {
    url: (path = "/ok") => `http://127.0.0.1:${port}${path}`,
    set: (m: Mode) => {
      mode = m;
    },
    get hits() {
      return hits;
    },
    stop: () => {
      server?.stop(true);
      server = null;
    },
    start: () => {
      server ??= serve(port as number);
    },
  };
}

let server: TestServer;
let api: ReturnType<typeof apiClient>;
let target: ReturnType<typeof startTarget>;

beforeAll(async () => {
  target = startTarget();
  server = await startTestServer({ env: { TRIPWIRE_RATE_LIMIT: "100000" } });
  api = apiClient(server.baseUrl, server.apiKey);
});
afterAll(async () => {
  await server?.stop();
  target?.stop();
});

const fast = { check_frequency: 1, request_timeout: 1, confirmation: 2, recovery: 2 };

async function createMonitor(body: Record<string, unknown>) {
  const res = await api("POST", "/monitors", { ...fast, ...body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return zMonitor.parse(res.body);
}
async function waitForState(id: string, state: string, ms = 10_000) {
  let last = "";
  await waitUntil(async () => {
    last = (await api("GET", `/monitors/${id}`)).body.state;
    return last === state;
  }, ms);
  expect(last).toBe(state);
}
async function checks(id: string) {
  return zMonitorCheckList.parse((await api("GET", `/monitors/${id}/checks?limit=100`)).body).data;
}

describe("the /monitors resource", () => {
  test("create, read, list, update, pause, resume, delete; header values are sealed and shown as references", async () => {
    const m = await createMonitor({ name: "API", url: target.url(), headers: { Authorization: "Bearer s3cret" }, keyword: "ok", check_frequency: 5 });
    expect(m).toMatchObject({
      name: "API",
      method: "GET",
      state: "pending",
      expected_status_codes: ["2xx"],
      keyword_mode: "must_contain",
      follow_redirects: true,
      confirmation: 2,
      recovery: 2,
      auto_incident: false,
      service_id: null,
      incident_id: null,
    });
    expect(m.headers.Authorization).toMatch(/^tw_sealed_v1\./);
    expect(JSON.stringify(m)).not.toContain("s3cret");
    expect((await api("GET", "/monitors")).body.data.map((x: { id: string }) => x.id)).toContain(m.id);

    const patched = await api("PATCH", `/monitors/${m.id}`, { name: "API v2", headers: m.headers });
    expect(patched.status).toBe(200);
    expect(patched.body.name).toBe("API v2");
    expect(patched.body.headers.Authorization).toBe(m.headers.Authorization);

    expect((await api("POST", `/monitors/${m.id}/pause`)).body.state).toBe("paused");
    expect((await api("POST", `/monitors/${m.id}/pause`)).status).toBe(409);
    expect((await api("GET", "/monitors?state=paused")).body.data.map((x: { id: string }) => x.id)).toEqual([m.id]);
    expect((await api("POST", `/monitors/${m.id}/resume`)).body.state).toBe("pending");
    expect((await api("DELETE", `/monitors/${m.id}`)).status).toBe(204);
    expect((await api("GET", `/monitors/${m.id}`)).status).toBe(404);
    expect((await api("GET", `/monitors/${m.id}/checks`)).status).toBe(404);
  });

  test("bad input is a 422 naming the field", async () => {
    const bad = await api("POST", "/monitors", { name: "x", url: "ftp://example.com", check_frequency: 1, request_timeout: 5 });
    expect(bad.status).toBe(422);
    const pointers = bad.body.errors.map((e: { pointer: string }) => e.pointer).sort();
    expect(pointers).toEqual(["#/request_timeout", "#/url"]);
    const svc = await api("POST", "/monitors", { name: "x", url: target.url(), service_id: "svc_01JD5Q8R1XK2ZP7S0C3V9N4B6M" });
    expect(svc.status).toBe(422);
    expect(svc.body.errors[0].pointer).toBe("#/service_id");
  });

  test("a key without monitors:read gets 403", async () => {
    const key = await api("POST", "/api-keys", { name: "no monitors", scopes: ["incidents:read"] });
    const other = apiClient(server.baseUrl, key.body.secret);
    expect((await other("GET", "/monitors")).status).toBe(403);
  });
});

describe("checks", () => {
  test("each failure is classed: status, timeout, keyword, connect; redirects are followed", async () => {
    const [s500, slow, nokw, redirect] = await Promise.all([
      createMonitor({ name: "500", url: target.url("/always500") }),
      createMonitor({ name: "slow", url: target.url("/slow") }),
      createMonitor({ name: "keyword", url: target.url("/nokeyword"), keyword: "status: ok" }),
      createMonitor({ name: "redirect", url: target.url("/redirect"), keyword: "status: ok" }),
    ]);
    const closed = startReceiver();
    const port = new URL(closed.url).port;
    closed.stop();
    const refused = await createMonitor({ name: "refused", url: `http://127.0.0.1:${port}/` });
    const notFollowing = await createMonitor({ name: "no follow", url: target.url("/redirect"), follow_redirects: false, expected_status_codes: [302] });

    await Promise.all([s500, slow, nokw, refused].map((m) => waitForState(m.id, "down")));
    await Promise.all([redirect, notFollowing].map((m) => waitForState(m.id, "up")));
    const first = async (id: string) => (await checks(id)).at(-1)!;
    expect(await first(s500.id)).toMatchObject({ outcome: "down", error_class: "status", status_code: 500, error: "Expected status 2xx; got 500." });
    expect(await first(slow.id)).toMatchObject({ outcome: "down", error_class: "timeout", status_code: null });
    expect(await first(nokw.id)).toMatchObject({ outcome: "down", error_class: "keyword", status_code: 200 });
    expect(await first(refused.id)).toMatchObject({ outcome: "down", error_class: "connect" });
    expect(await first(redirect.id)).toMatchObject({ outcome: "up", status_code: 200, error_class: null });
    expect(await first(notFollowing.id)).toMatchObject({ outcome: "up", status_code: 302 });
    const down = zMonitor.parse((await api("GET", `/monitors/${s500.id}`)).body);
    expect(down.last_error).toBe("Expected status 2xx; got 500.");
    for (const m of [s500, slow, nokw, redirect, refused, notFollowing]) await api("DELETE", `/monitors/${m.id}`);
  }, 30_000);

  test("pending → up → down → up with confirmation and recovery; webhooks get monitor.down / monitor.recovered", async () => {
    const rx = startReceiver();
    await api("POST", "/webhooks", { url: rx.url, events: ["monitor.down", "monitor.recovered"] });
    target.set("ok");
    const m = await createMonitor({ name: "Cycle", url: target.url(), keyword: "ok" });
    await waitForState(m.id, "up");
    target.set("500");
    await waitForState(m.id, "down");
    target.set("ok");
    await waitForState(m.id, "up");
    await server.drainOutbox();
    const bodies = (await rx.waitFor(2, 10_000)).map((r) => JSON.parse(r.body));
    expect(bodies.map((b) => b.event)).toEqual(["monitor.down", "monitor.recovered"]);
    expect(bodies[0].data).toMatchObject({ id: m.id, name: "Cycle", url: target.url(), service_id: null, state: "down", error: "Expected status 2xx; got 500.", error_class: "status" });
    expect(bodies[1].data).toMatchObject({ id: m.id, state: "up", error: null });

    // Confirmation: two failures in a row before down; recovery: two successes in a row before up.
    const history = (await checks(m.id)).reverse();
    const firstDown = history.findIndex((c) => c.outcome === "down");
    expect(history[firstDown]?.state).toBe("up");
    expect(history[firstDown + 1]).toMatchObject({ outcome: "down", state: "down" });
    const firstUpAgain = history.findIndex((c, i) => i > firstDown && c.outcome === "up");
    expect(history[firstUpAgain]?.state).toBe("down");
    expect(history[firstUpAgain + 1]).toMatchObject({ outcome: "up", state: "up" });

    const events = (await api("GET", `/events?resource_id=${m.id}`)).body.data;
    expect(events.map((e: { type: string; resource_type: string }) => `${e.type}/${e.resource_type}`)).toEqual(["monitor.recovered/monitor", "monitor.down/monitor"]);
    await api("POST", `/monitors/${m.id}/pause`);
    rx.stop();
  }, 30_000);
});

describe("the documented Auto-Incident on Outage example, and the safeguards", () => {
  const EXAMPLE = {
    name: "Auto-Incident on Outage",
    trigger: "uptime.down",
    actions: [
      {
        type: "create_incident",
        title: "{{monitor.name}} is unreachable",
        severity: "major",
        service_id: "{{monitor.service_id}}",
        message: "Uptime monitor detected {{monitor.url}} is not responding. Automated incident created.",
      },
    ],
  };
  let workflowId: string;

  beforeAll(async () => {
    const created = await api("POST", "/workflows", EXAMPLE);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    workflowId = created.body.id;
    const activated = await api("POST", `/workflows/${workflowId}/activate`);
    expect(activated.status, JSON.stringify(activated.body)).toBe(200);
    const settings = await api("PATCH", "/organization/settings", { automation: { draft_mode: true } });
    expect(zOrganizationSettings.parse(settings.body).automation).toEqual({ draft_mode: true, auto_publish_delay_minutes: null, cooldown_minutes: 15, one_open_incident_per_monitor: true });
  });

  const incidentsOf = async (serviceId: string) => (await api("GET", `/incidents?service_id=${serviceId}`)).body.data as { id: string; title: string; message: string; visibility: string; severity: string; source: string; status: string }[];

  test("a loopback outage opens one draft incident; no second one while it lasts, even when the monitor flaps", async () => {
    const flaky = startTarget();
    const service = (await api("POST", "/services", { name: "Checkout" })).body;
    const m = await createMonitor({ name: "Checkout API", url: flaky.url(), service_id: service.id });
    await waitForState(m.id, "up");
    flaky.stop();
    await waitForState(m.id, "down");
    await waitUntil(async () => (await incidentsOf(service.id)).length > 0, 10_000);
    const [incident] = await incidentsOf(service.id);
    expect(incident).toMatchObject({
      title: "Checkout API is unreachable",
      severity: "major",
      visibility: "draft",
      source: "workflow",
      message: `Uptime monitor detected ${flaky.url()} is not responding. Automated incident created.`,
    });
    // It flaps: back up, down again. The incident is still open, so no second one (the run records why).
    flaky.start();
    await waitForState(m.id, "up");
    flaky.stop();
    await waitForState(m.id, "down");
    await waitUntil(async () => (await api("GET", `/runs?workflow_id=${workflowId}`)).body.data.length >= 2, 10_000);
    await Bun.sleep(300);
    expect(await incidentsOf(service.id)).toHaveLength(1);
    const runs = (await api("GET", `/runs?workflow_id=${workflowId}`)).body.data;
    const second = (await api("GET", `/runs/${runs[0].id}`)).body;
    expect(second.steps[0].output).toMatchObject({ id: null, suppressed: { reason: "open_incident" } });
    await api("POST", `/monitors/${m.id}/pause`);
    flaky.stop();
  }, 40_000);

  test("during a maintenance window of the service: no incident, no run; both say why", async () => {
    const flaky = startTarget();
    const service = (await api("POST", "/services", { name: "Billing" })).body;
    const now = Date.now();
    const window = await api("POST", "/maintenance-windows", { service_id: service.id, title: "DB upgrade", starts_at: new Date(now - 60_000).toISOString(), ends_at: new Date(now + 3_600_000).toISOString() });
    expect(window.status, JSON.stringify(window.body)).toBe(201);
    const m = await createMonitor({ name: "Billing API", url: flaky.url(), service_id: service.id, auto_incident: true });
    await waitForState(m.id, "up");
    flaky.stop();
    await waitForState(m.id, "down");
    await waitUntil(async () => (await api("GET", `/workflows/${workflowId}/evaluations`)).body.data.some((e: { reason: string }) => e.reason === "maintenance_window"), 10_000);
    await Bun.sleep(300);
    expect(await incidentsOf(service.id)).toHaveLength(0);
    const downCheck = (await checks(m.id)).find((c) => c.state === "down" && c.suppressed !== null);
    expect(downCheck?.suppressed).toMatchObject({ reason: "maintenance_window", detail: expect.stringContaining(window.body.id) });
    await api("POST", `/monitors/${m.id}/pause`);
  }, 30_000);

  test("auto_incident: the monitor opens its own incident (source auto_uptime, draft in draft mode) and resolves it on recovery", async () => {
    await api("POST", `/workflows/${workflowId}/disable`);
    const flaky = startTarget();
    const service = (await api("POST", "/services", { name: "Search" })).body;
    const m = await createMonitor({ name: "Search API", url: flaky.url(), service_id: service.id, auto_incident: true });
    await waitForState(m.id, "up");
    flaky.stop();
    await waitForState(m.id, "down");
    const down = zMonitor.parse((await api("GET", `/monitors/${m.id}`)).body);
    expect(down.incident_id).toMatch(/^inc_/);
    const [incident] = await incidentsOf(service.id);
    expect(incident).toMatchObject({ id: down.incident_id, source: "auto_uptime", visibility: "draft", status: "investigating" });
    flaky.start();
    await waitForState(m.id, "up");
    // Resolved on recovery; a major incident then enters the organization's default post-incident flow.
    const recovered = (await api("GET", `/incidents/${down.incident_id}`)).body;
    expect(recovered.resolved_at).not.toBeNull();
    expect(recovered).toMatchObject({ status: "post_incident", post_incident_status: "Documenting" });
    expect(zMonitor.parse((await api("GET", `/monitors/${m.id}`)).body).incident_id).toBeNull();
    // Down again within the cooldown (15 min): no new incident, and the check says why.
    flaky.stop();
    await waitForState(m.id, "down");
    expect(await incidentsOf(service.id)).toHaveLength(1);
    expect((await checks(m.id)).find((c) => c.suppressed)?.suppressed).toMatchObject({ reason: "cooldown" });
    await api("POST", `/monitors/${m.id}/pause`);
  }, 40_000);

  test("auto_incident: an incident a person resolved first (now in a post-incident flow) is left alone on recovery, and checks go on", async () => {
    const flaky = startTarget();
    const service = (await api("POST", "/services", { name: "Billing" })).body;
    const m = await createMonitor({ name: "Billing API", url: flaky.url(), service_id: service.id, auto_incident: true });
    await waitForState(m.id, "up");
    flaky.stop();
    await waitForState(m.id, "down");
    const incidentId = zMonitor.parse((await api("GET", `/monitors/${m.id}`)).body).incident_id;
    expect(incidentId).toMatch(/^inc_/);
    expect((await api("POST", `/incidents/${incidentId}/resolve`)).body).toMatchObject({ status: "post_incident" });
    flaky.start();
    await waitForState(m.id, "up");
    const before = (await checks(m.id)).length;
    await waitUntil(async () => (await checks(m.id)).length >= before + 2, 8000);
    expect((await checks(m.id)).length).toBeGreaterThanOrEqual(before + 2);
    expect(zMonitor.parse((await api("GET", `/monitors/${m.id}`)).body).incident_id).toBeNull();
    expect((await api("GET", `/incidents/${incidentId}`)).body).toMatchObject({ status: "post_incident" });
    await api("POST", `/monitors/${m.id}/pause`);
    flaky.stop();
  }, 40_000);
});

describe("drafts are published after the organization's delay", () => {
  test("auto_publish_delay_minutes 0: the monitor's draft incident is published by its job", async () => {
    await api("PATCH", "/organization/settings", { automation: { draft_mode: true, auto_publish_delay_minutes: 0 } });
    const flaky = startTarget();
    const service = (await api("POST", "/services", { name: "Published" })).body;
    const m = await createMonitor({ name: "Pub API", url: flaky.url(), service_id: service.id, auto_incident: true, confirmation: 1 });
    await waitForState(m.id, "up");
    flaky.stop();
    await waitForState(m.id, "down");
    const incidentId = zMonitor.parse((await api("GET", `/monitors/${m.id}`)).body).incident_id!;
    let incident = (await api("GET", `/incidents/${incidentId}`)).body;
    await waitUntil(async () => {
      incident = (await api("GET", `/incidents/${incidentId}`)).body;
      return incident.visibility === "public";
    }, 5000);
    expect(incident).toMatchObject({ visibility: "public", source: "auto_uptime", published_at: expect.any(String) });
    const published = (await api("GET", `/events?type=incident.published&resource_id=${incidentId}`)).body.data;
    expect(published).toHaveLength(1);
    await api("POST", `/monitors/${m.id}/pause`);
    await api("PATCH", "/organization/settings", { automation: { draft_mode: false, auto_publish_delay_minutes: null } });
  }, 20_000);
});

describe("production mode: SSRF guard and the frequency floor", () => {
  test("private targets and sub-30-second frequencies are refused; TRIPWIRE_MONITORS_ALLOW_PRIVATE=1 allows private targets", async () => {
    const prod = await startTestServer({ env: { TRIPWIRE_DEV: "0", TRIPWIRE_RATE_LIMIT: "100000" } });
    const allowing = await startTestServer({ env: { TRIPWIRE_DEV: "0", TRIPWIRE_MONITORS_ALLOW_PRIVATE: "1", TRIPWIRE_RATE_LIMIT: "100000" } });
    try {
      const p = apiClient(prod.baseUrl, prod.apiKey);
      const refused = await p("POST", "/monitors", { name: "x", url: target.url(), check_frequency: 10 });
      expect(refused.status).toBe(422);
      expect(refused.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(["#/check_frequency", "#/url"]);
      expect(refused.body.errors.find((e: { pointer: string }) => e.pointer === "#/url").detail).toContain("TRIPWIRE_MONITORS_ALLOW_PRIVATE=1");
      for (const url of ["http://10.0.0.5/", "http://localhost:8080/", "http://169.254.169.254/latest/meta-data"]) {
        expect((await p("POST", "/monitors", { name: "x", url })).status).toBe(422);
      }

      const a = apiClient(allowing.baseUrl, allowing.apiKey);
      // Link-local (cloud metadata) stays refused even then.
      expect((await a("POST", "/monitors", { name: "x", url: "http://169.254.169.254/" })).status).toBe(422);
      const ok = await a("POST", "/monitors", { name: "LAN", url: target.url(), check_frequency: 30, confirmation: 1 });
      expect(ok.status, JSON.stringify(ok.body)).toBe(201);
      await waitUntil(async () => (await a("GET", `/monitors/${ok.body.id}`)).body.state === "up", 5000);
      expect((await a("GET", `/monitors/${ok.body.id}`)).body.state).toBe("up");
    } finally {
      await prod.stop();
      await allowing.stop();
    }
  }, 20_000);
});
