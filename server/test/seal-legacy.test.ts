/**
 * The start-time sweep over a database written by a build that kept execute_webhook secrets and header values in
 * clear: the workflow, its version, a run's snapshot and the run's step input are put back in clear with SQL, the
 * server restarts on the same directory, and afterwards the file holds none of them, responses show references, runs
 * still send the real values, and a further restart changes nothing.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { Database } from "bun:sqlite";
import { createHmac, randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { Webhook as StandardWebhook } from "standardwebhooks";
import { loadConfig } from "../src/config.ts";
import { createLogger } from "../src/log.ts";
import { type RunningServer, startServer } from "../src/server.ts";
import { expectOk, unique } from "./expect.ts";
import { apiClient, onPostgres, startTestServer } from "./harness.ts";
import { startReceiver } from "./receiver.ts";
import { zRun, zWorkflow } from "../src/generated/zod.gen.ts";
import { waitFor } from "./wait.ts";

const dir = mkdtempSync(join(tmpdir(), "tripwire-legacy-"));
const databasePath = join(dir, "tripwire.db");
const rx = startReceiver();
/** These sweeps repair SQLite files of earlier builds; the PostgreSQL store came later and never held the values in clear. */
const SKIP = onPostgres ? " — skipped on PostgreSQL: it rewrites an earlier build's SQLite file, and no build stored these in clear on PostgreSQL" : "";
const SECRET = `whsec_${randomBytes(32).toString("base64")}`;
const TOKEN = `Bearer tok_${randomBytes(16).toString("hex")}`;
const plaintexts = [SECRET, SECRET.slice(6), TOKEN.slice(7)];
const REFERENCE = /^tw_sealed_v1\.[A-Za-z0-9_-]{12}$/;

let apiKey: string;
let running: RunningServer | null = null;
let workflowId: string;
let legacyRunId: string;

/** Starts the server again on the same directory (the harness insists on an empty database). */
async function restart(logger = createLogger("silent")) {
  const config = loadConfig({ HOST: "127.0.0.1", PORT: "0", TRIPWIRE_DATABASE: databasePath, TRIPWIRE_DEV: "1", TRIPWIRE_RATE_LIMIT: "100000" });
  running = await startServer(config, { logger });
  return apiClient(running.url, apiKey);
}
async function stop() {
  await running?.stop();
  running = null;
}
function fileBytes(): Buffer {
  const parts = [readFileSync(databasePath)];
  for (const suffix of ["-wal", "-journal"]) if (existsSync(databasePath + suffix)) parts.push(readFileSync(databasePath + suffix));
  return Buffer.concat(parts);
}
const rows = (db: Database) =>
  [
    db.query("SELECT actions AS d FROM workflows WHERE id = ?").get(workflowId),
    db.query("SELECT actions AS d FROM workflow_versions WHERE workflow_id = ?").get(workflowId),
    db.query("SELECT definition AS d FROM runs WHERE id = ?").get(legacyRunId),
    db.query("SELECT input AS d FROM run_steps WHERE run_id = ?").get(legacyRunId),
  ] as { d: string }[];

beforeAll(async () => {
  if (onPostgres) return;
  // A database as an earlier build left it: one workflow, run once, then every sensitive value put back in clear.
  const first = await startTestServer({ dir, env: { TRIPWIRE_RATE_LIMIT: "100000" } });
  apiKey = first.apiKey;
  const api = apiClient(first.baseUrl, apiKey);
  const action = { type: "execute_webhook", name: "call", url: rx.url, body: { run: "{{run.id}}" }, secret: SECRET, headers: { Authorization: TOKEN, "X-Run": "{{run.id}}" } };
  const wf = expectOk(await api("POST", "/workflows", { name: unique("legacy"), trigger: "manual", actions: [action], state: "active" }), 201, zWorkflow);
  workflowId = wf.id;
  const started = expectOk(await api("POST", `/workflows/${wf.id}/runs`, { payload: {} }), 202, zRun);
  legacyRunId = started.id;
  await waitFor(async () => (await api("GET", `/runs/${started.id}`)).body.status === "completed");
  await first.stop();

  const db = new Database(databasePath);
  const clear = JSON.stringify([action]);
  db.query("UPDATE workflows SET actions = ? WHERE id = ?").run(clear, wf.id);
  db.query("UPDATE workflow_versions SET actions = ? WHERE workflow_id = ?").run(clear, wf.id);
  const run = db.query("SELECT definition FROM runs WHERE id = ?").get(legacyRunId) as { definition: string };
  db.query("UPDATE runs SET definition = ? WHERE id = ?").run(JSON.stringify({ ...JSON.parse(run.definition), actions: [action] }), legacyRunId);
  const step = db.query("SELECT input FROM run_steps WHERE run_id = ?").get(legacyRunId) as { input: string };
  const input = JSON.parse(step.input);
  db.query("UPDATE run_steps SET input = ? WHERE run_id = ?").run(JSON.stringify({ ...input, secret: SECRET, headers: { ...input.headers, Authorization: TOKEN } }), legacyRunId);
  // An earlier build's database gets migration 5 on its first start with this one, which queues the sweep.
  db.query("UPDATE maintenance SET done_at = NULL WHERE name = 'seal-workflow-secrets'").run();
  db.close();
  const legacy = fileBytes();
  for (const p of plaintexts) expect(legacy.includes(p)).toBe(true); // the simulation wrote what an old build did
});
afterAll(async () => {
  await stop();
  rx.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("secrets stored in clear by an earlier build are sealed at start", () => {
  test.skipIf(onPostgres)(`the file no longer holds them, responses show references, runs send the real values, a second restart changes nothing${SKIP}`, async () => {
    const logged: string[] = [];
    const api = await restart(pino({ level: "info" }, { write: (line: string) => logged.push(line) }));
    const sweepLog = logged.map((l) => JSON.parse(l)).find((l) => l.sealed);
    expect(sweepLog.sealed).toEqual({ workflows: 1, versions: 1, runs: 1, steps: 1 });
    for (const p of plaintexts) expect(logged.join("\n")).not.toContain(p);

    // While running (WAL included) and after a clean stop, no plaintext is left in the files.
    for (const p of plaintexts) expect(fileBytes().includes(p)).toBe(false);

    const wf = expectOk(await api("GET", `/workflows/${workflowId}`), 200, zWorkflow);
    const shown = wf.actions[0]!;
    expect(shown.secret).toMatch(REFERENCE);
    expect((shown.headers as Record<string, string>).Authorization).toMatch(REFERENCE);
    expect((shown.headers as Record<string, string>)["X-Run"]).toBe("{{run.id}}");
    const version = (await api("GET", `/workflows/${workflowId}/versions/1`)).body;
    // One value, one ref: the workflow and its version agree.
    expect(version.actions).toEqual(wf.actions);
    const legacyRun = (await api("GET", `/runs/${legacyRunId}`)).body;
    expect(legacyRun.steps[0].input).toMatchObject({ secret: "tw_redacted", headers: { Authorization: "tw_redacted", "X-Run": legacyRunId } });
    for (const body of [wf, version, legacyRun]) for (const p of plaintexts) expect(JSON.stringify(body)).not.toContain(p);

    // A new run sends the real Authorization header and signs with the real secret.
    const started = expectOk(await api("POST", `/workflows/${workflowId}/runs`, { payload: {} }), 202, zRun);
    const run = await waitFor(async () => {
      const r = (await api("GET", `/runs/${started.id}`)).body;
      return r.status !== "queued" && r.status !== "running" && r;
    });
    expect(run.status).toBe("completed");
    const sent = rx.received.find((r) => JSON.parse(r.body).run === started.id)!;
    expect(sent.headers.authorization).toBe(TOKEN);
    expect(() => new StandardWebhook(SECRET).verify(sent.body, sent.headers)).not.toThrow();
    expect(sent.headers["x-tripwire-signature"]).toBe(createHmac("sha256", SECRET).update(sent.body).digest("hex"));
    // The PATCH round trip keeps working on swept values.
    expect((await api("PATCH", `/workflows/${workflowId}`, { actions: wf.actions })).status).toBe(200);
    await stop();
    for (const p of plaintexts) expect(fileBytes().includes(p)).toBe(false);

    // The sweep is recorded as done, so a second restart neither scans nor changes anything.
    const before = (() => {
      const db = new Database(databasePath, { readonly: true });
      try {
        expect(db.query("SELECT done_at FROM maintenance WHERE name = 'seal-workflow-secrets'").get()).toEqual({ done_at: expect.any(String) });
        return rows(db).map((r) => r.d);
      } finally {
        db.close();
      }
    })();
    const again: string[] = [];
    await restart(pino({ level: "info" }, { write: (line: string) => again.push(line) }));
    expect(again.some((l) => l.includes("sealed"))).toBe(false);
    await stop();
    const db = new Database(databasePath, { readonly: true });
    try {
      expect(rows(db).map((r) => r.d)).toEqual(before);
    } finally {
      db.close();
    }
  }, 30_000);
});
