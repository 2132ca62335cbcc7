/**
 * One real server creates one of every secret-bearing thing, each with an Idempotency-Key and each create replayed:
 * an API key, a webhook endpoint (given secret, Authorization header), a rotated webhook secret, a workflow
 * (execute_webhook secret and header, send_slack_message webhook_url) that then runs, a slack channel and a webhook
 * channel with an Authorization header, an incident.io integration (API key, webhook signing secret) used by the
 * workflow, its key test and a signed inbound delivery. Then every response body, every line the server logged (debug level) and
 * the raw bytes of the SQLite file and its WAL (while running and after stop; on PostgreSQL every table's rows) are
 * scanned for every secret: 0 hits,
 * except that a one-time secret (API key, whsec_) appears in the create response and its replay, and nowhere else.
 */
import { afterAll, expect, test } from "bun:test";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { apiClient, startTestServer, type TestServer } from "./harness.ts";
import { dropDatabase } from "./test-db.ts";
import { startReceiver } from "./receiver.ts";
import { unique } from "./expect.ts";
import { waitFor } from "./wait.ts";
import { Webhook } from "standardwebhooks";
import { FAKE_KEYS, startFakeIncidentIo } from "./fake-incident-io.ts";

const rx = startReceiver();
const incidentIo = startFakeIncidentIo();
const logged: string[] = [];
const dir = mkdtempSync(join(tmpdir(), "tripwire-scan-"));
let server: TestServer | null = null;
afterAll(async () => {
  rx.stop();
  incidentIo.stop();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
  await dropDatabase(join(dir, "tripwire.db"));
});

test("no secret in any response (beyond its one-time display), the log, or the database file and WAL", async () => {
  server = await startTestServer({ dir, env: { TRIPWIRE_RATE_LIMIT: "100000", TRIPWIRE_INCIDENT_IO_API_URL: incidentIo.url }, logger: pino({ level: "debug" }, { write: (line: string) => void logged.push(line) }) });
  const running = server;
  const raw = apiClient(server.baseUrl, server.apiKey);
  const bodies: { what: string; text: string }[] = [];
  const api = async (what: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await raw(method, path, body, headers);
    bodies.push({ what, text: JSON.stringify(res.body) });
    return res;
  };
  /** Sends the create twice with one Idempotency-Key; the second must be a replay of the first. */
  const createTwice = async (what: string, path: string, body: unknown) => {
    const headers = { "idempotency-key": unique(what.replaceAll(" ", "-")) };
    const first = await api(`${what} (create)`, "POST", path, body, headers);
    const again = await api(`${what} (replay)`, "POST", path, body, headers);
    expect(first.status, `${what}: ${JSON.stringify(first.body)}`).toBeLessThan(300);
    expect(again.headers.get("idempotent-replayed"), what).toBe("true");
    expect(again.body).toEqual(first.body);
    return first.body;
  };

  const hex = (n: number) => randomBytes(n).toString("hex");
  const supplied = {
    webhookSecret: `whsec_${randomBytes(32).toString("base64")}`,
    webhookHeader: `Bearer hdr_${hex(16)}`,
    workflowSecret: `whsec_${randomBytes(32).toString("base64")}`,
    workflowHeader: `Bearer wfh_${hex(16)}`,
    workflowSlack: `${rx.url}/services/T${hex(4)}/B${hex(4)}/wfslack${hex(12)}`,
    channelSlack: `${rx.url}/services/T${hex(4)}/B${hex(4)}/chslack${hex(12)}`,
    channelHeader: `Bearer chh_${hex(16)}`,
    incidentIoKey: FAKE_KEYS.full,
    incidentIoSigningSecret: `whsec_${randomBytes(32).toString("base64")}`,
  };

  const key = await createTwice("api key", "/api-keys", { name: "ci", scopes: ["incidents:read"] });
  const hook = await createTwice("webhook", "/webhooks", { url: rx.url, secret: supplied.webhookSecret, headers: { Authorization: supplied.webhookHeader } });
  const rotated = await createTwice("rotation", `/webhooks/${hook.id}/rotate-secret`, { overlap_seconds: 0 });
  const integration = await createTwice("integration", "/integrations", { kind: "incident_io", name: "scan", api_key: supplied.incidentIoKey });
  expect((await api("signing secret", "PUT", `/integrations/${integration.id}/signing-secret`, { secret: supplied.incidentIoSigningSecret })).status).toBe(200);
  const wf = await createTwice("workflow", "/workflows", {
    name: unique("scan"),
    trigger: "manual",
    state: "active",
    actions: [
      { type: "execute_webhook", name: "call", url: rx.url, secret: supplied.workflowSecret, headers: { Authorization: supplied.workflowHeader } },
      { type: "send_slack_message", name: "tell", webhook_url: supplied.workflowSlack, text: "hi" },
      { type: "incident_io_create_incident", name: "open", connection_id: integration.id, title: "scan", severity: "Minor" },
    ],
  });
  await createTwice("slack channel", "/channels", { name: unique("slack"), kind: "slack", config: { webhook_url: supplied.channelSlack } });
  const channel = await createTwice("webhook channel", "/channels", { name: unique("hook"), kind: "webhook", config: { url: rx.url, headers: { Authorization: supplied.channelHeader } } });

  // Use them: a webhook test, a channel test, a workflow run; then read everything back.
  await api("webhook test", "POST", `/webhooks/${hook.id}/test`);
  await api("channel test", "POST", `/channels/${channel.id}/test`);
  await api("integration test", "POST", `/integrations/${integration.id}/test`);
  const inbound = JSON.stringify({ event_type: "public_incident.incident_created_v2", "public_incident.incident_created_v2": { id: "01SCAN", name: "scan" } });
  const at = new Date();
  const delivered = await fetch(`${server.baseUrl}/api/v1/integrations/${integration.id}/incident-io/webhook`, {
    method: "POST",
    body: inbound,
    headers: { "content-type": "application/json", "webhook-id": "msg_scan", "webhook-timestamp": String(Math.floor(at.getTime() / 1000)), "webhook-signature": new Webhook(supplied.incidentIoSigningSecret).sign("msg_scan", at, inbound) },
  });
  bodies.push({ what: "inbound delivery", text: await delivered.text() });
  expect(delivered.status).toBe(200);
  const run = await api("run", "POST", `/workflows/${wf.id}/runs`, { payload: {} });
  await waitFor(async () => (await raw("GET", `/runs/${run.body.id}`)).body.status === "completed");
  for (const path of [`/runs/${run.body.id}`, `/workflows/${wf.id}`, `/workflows/${wf.id}/versions`, "/workflows?limit=100", `/webhooks/${hook.id}`, "/webhooks?limit=100", "/channels?limit=100", "/api-keys?limit=100", "/events?limit=100", "/integrations?limit=100", `/integrations/${integration.id}`]) {
    await api(`GET ${path}`, "GET", path);
  }
  await api("dry run", "POST", `/workflows/${wf.id}/dry-run`, {});
  // The secrets were really used (so their absence below is not for want of them).
  expect(rx.received.some((r) => r.headers.authorization === supplied.webhookHeader)).toBe(true);
  expect(rx.received.some((r) => r.headers.authorization === supplied.workflowHeader)).toBe(true);
  expect(rx.received.some((r) => r.headers.authorization === supplied.channelHeader)).toBe(true);
  expect(incidentIo.requests.some((r) => r.method === "POST" && r.auth === `Bearer ${supplied.incidentIoKey}`)).toBe(true);

  const oneTime = { apiKey: key.secret as string, webhookSecret: supplied.webhookSecret, rotated: rotated.secret as string };
  const distinctive = (s: string) => [s, s.replace(/^whsec_/, "").replace(/^Bearer /, "")];
  const all = [...Object.values(supplied), ...Object.values(oneTime)].flatMap(distinctive);

  // Responses: supplied secrets never; one-time secrets only where they are shown once (create and its replay).
  const shownAt: Record<string, string[]> = { [oneTime.apiKey]: ["api key"], [oneTime.webhookSecret]: ["webhook"], [oneTime.rotated]: ["rotation"] };
  const hits: string[] = [];
  for (const { what, text } of bodies) {
    for (const s of all) {
      if (!text.includes(s)) continue;
      const full = Object.keys(shownAt).find((k) => distinctive(k).includes(s));
      if (full && shownAt[full]!.some((w) => what === `${w} (create)` || what === `${w} (replay)`)) continue;
      hits.push(`${what}: ${s.slice(0, 12)}…`);
    }
  }
  expect(hits).toEqual([]);
  expect(logged.length).toBeGreaterThan(10);
  const log = logged.join("");
  expect(all.filter((s) => log.includes(s))).toEqual([]);

  const live = await running.databaseBytes();
  expect(live.includes(Buffer.from(wf.id))).toBe(true);
  expect(all.filter((s) => live.includes(s))).toEqual([]);
  await server.stop();
  server = null;
  const stopped = await running.databaseBytes();
  expect(stopped.includes(Buffer.from(wf.id))).toBe(true);
  expect(all.filter((s) => stopped.includes(s))).toEqual([]);
});
