/**
 * The real server on PostgreSQL (TRIPWIRE_DATABASE_URL): an incident created over HTTP, its webhook delivered to a
 * loopback receiver, a manual workflow run completed — the same startServer() users run, on a database of its own.
 * Needs TRIPWIRE_TEST_DATABASE_URL (scripts/pg.sh start; CI sets it); without it, one skipped test says so.
 */
import { afterAll, beforeAll, expect, test } from "bun:test";
import { SQL } from "bun";
import { randomBytes } from "node:crypto";
import { loadConfig } from "../src/config.ts";
import { createLogger } from "../src/log.ts";
import { startServer, type RunningServer } from "../src/server.ts";
import { apiClient } from "./harness.ts";
import { startReceiver } from "./receiver.ts";
import { waitFor } from "./wait.ts";
import { Webhook } from "standardwebhooks";
import { FAKE_KEYS, startFakeIncidentIo } from "./fake-incident-io.ts";

const adminUrl = process.env.TRIPWIRE_TEST_DATABASE_URL || undefined;

if (!adminUrl) {
  test.skip("server on PostgreSQL — skipped: TRIPWIRE_TEST_DATABASE_URL is not set (scripts/pg.sh start prints one)", () => {});
} else {
  const name = `tripwire_server_${process.pid}`;
  let admin: SQL;
  let server: RunningServer;
  let api: ReturnType<typeof apiClient>;
  let db: SQL;
  const incidentIo = startFakeIncidentIo();
  beforeAll(async () => {
    admin = new SQL(adminUrl, { max: 1 });
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.unsafe(`CREATE DATABASE ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const config = loadConfig({
      HOST: "127.0.0.1",
      PORT: "0",
      TRIPWIRE_DEV: "1",
      TRIPWIRE_DATABASE_URL: url.toString(),
      TRIPWIRE_SECRET_KEY: randomBytes(32).toString("base64"),
      TRIPWIRE_WEBHOOK_RETRY_SCHEDULE: "0.05,0.05",
      TRIPWIRE_INCIDENT_IO_API_URL: incidentIo.url,
    });
    server = await startServer(config, { logger: createLogger("silent") });
    api = apiClient(server.url, server.firstKey!);
    db = new SQL(url.toString(), { max: 1 });
  });
  afterAll(async () => {
    incidentIo.stop();
    await server?.stop();
    await db?.close();
    await admin?.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin?.close();
  });

  test("server on PostgreSQL: an incident over HTTP, its webhook delivered, a manual workflow run completed", async () => {
    expect(server.firstKey).toMatch(/^tw_/);
    const receiver = startReceiver();
    try {
      const hook = await api("POST", "/webhooks", { url: receiver.url, events: ["incident.created"] });
      expect(hook.status).toBe(201);

      const incident = await api("POST", "/incidents", { title: "Checkout down on PostgreSQL" });
      expect(incident.status).toBe(201);
      const [delivered] = await receiver.waitFor(1, 10_000);
      const body = JSON.parse(delivered!.body);
      expect(body.event).toBe("incident.created");
      expect(body.data).toMatchObject({ id: incident.body.id, title: "Checkout down on PostgreSQL", services: [] });
      // The delivery is recorded with the exact bytes that were sent.
      const deliveries = await waitFor(async () => {
        const list = (await api("GET", `/webhooks/${hook.body.id}/deliveries`)).body.data;
        return list.length === 1 && list[0].status === "succeeded" && list;
      }, 10_000);
      expect(deliveries[0].event_id).toBe(body.id);
      const [stored] = await db`SELECT body FROM deliveries WHERE id = ${deliveries[0].id}`;
      expect(stored.body).toBe(delivered!.body);

      const wf = await api("POST", "/workflows", {
        name: "manual on postgres",
        trigger: "manual",
        state: "active",
        actions: [{ type: "create_incident", name: "opened", title: "{{payload.title}}", severity: "minor" }],
      });
      expect(wf.status).toBe(201);
      const queued = await api("POST", `/workflows/${wf.body.id}/runs`, { payload: { title: "From a run" } });
      expect(queued.status).toBe(202);
      const run = await waitFor(async () => {
        const r = (await api("GET", `/runs/${queued.body.id}`)).body;
        return r.status === "completed" && r;
      }, 10_000);
      const created = (await api("GET", `/incidents/${run.steps[0].output.id}`)).body;
      expect(created).toEqual(expect.objectContaining({ title: "From a run", source: "workflow" }));

      // All of it lives in PostgreSQL.
      const [counts] = await db`SELECT (SELECT count(*) FROM incidents)::int AS incidents, (SELECT count(*) FROM runs)::int AS runs`;
      expect(counts).toEqual({ incidents: 2, runs: 1 });
    } finally {
      receiver.stop();
    }
  });

  test("server on PostgreSQL: an incident.io delivery sent three times at once is accepted once and runs its workflow once", async () => {
    const conn = (await api("POST", "/integrations", { kind: "incident_io", name: "pg", api_key: FAKE_KEYS.full })).body;
    const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    expect((await api("PUT", `/integrations/${conn.id}/signing-secret`, { secret })).status).toBe(200);
    const wf = await api("POST", "/workflows", {
      name: "incident.io on postgres",
      trigger: { type: "incident_io.incident", connection_id: conn.id },
      conditions: { operator: "AND", conditions: [{ field: "incident_io.incident.severity.name", operator: "equals", value: "Major" }] },
      actions: [{ type: "incident_io_create_incident", name: "open", connection_id: conn.id, title: "Mirror of {{incident_io.incident.reference}}", severity: "Major" }],
      state: "active",
    });
    expect(wf.status, JSON.stringify(wf.body)).toBe(201);
    const body = JSON.stringify({ event_type: "public_incident.incident_created_v2", "public_incident.incident_created_v2": { id: "01PG", name: "PG", reference: "INC-9", severity: { id: "x", name: "Major" } } });
    const at = new Date();
    const headers = { "content-type": "application/json", "webhook-id": "msg_pg", "webhook-timestamp": String(Math.floor(at.getTime() / 1000)), "webhook-signature": new Webhook(secret).sign("msg_pg", at, body) };
    const answers = await Promise.all([1, 2, 3].map(() => fetch(conn.webhook_url, { method: "POST", headers, body }).then(async (r) => ({ status: r.status, body: await r.json() }))));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(answers.filter((a) => a.body.duplicate === false)).toHaveLength(1);
    const run = await waitFor(async () => {
      const runs = (await api("GET", `/runs?workflow_id=${wf.body.id}`)).body.data;
      return runs.length === 1 && runs[0].status === "completed" && runs[0];
    }, 10_000);
    const full = (await api("GET", `/runs/${run.id}`)).body;
    expect(full.steps[0].output).toMatchObject({ name: "Mirror of INC-9", severity: { name: "Major" } });
    const [counts] = await db`SELECT (SELECT count(*) FROM integration_deliveries)::int AS claimed, (SELECT count(*) FROM events WHERE type = 'incident_io.incident_created')::int AS events`;
    expect(counts).toEqual({ claimed: 1, events: 1 });
  });
}
