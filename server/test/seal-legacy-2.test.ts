/**
 * The second start-time sweep (migration 7) over a database written by a build that kept these in clear: a webhook
 * endpoint's header values, a send_slack_message webhook_url (workflow, version, run snapshot, step input) and a
 * stored Idempotency-Key response carrying a new API key. They are put back in clear with SQL, the server restarts on
 * the same directory, and afterwards the file and WAL hold none of them, responses show references, and the replay
 * still shows the key.
 */
import { afterAll, expect, test } from "bun:test";
import { Database } from "bun:sqlite";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../src/config.ts";
import { createLogger } from "../src/log.ts";
import { type RunningServer, startServer } from "../src/server.ts";
import { unique } from "./expect.ts";
import { apiClient, onPostgres, startTestServer } from "./harness.ts";
import { startReceiver } from "./receiver.ts";
import { waitFor } from "./wait.ts";

const dir = mkdtempSync(join(tmpdir(), "tripwire-legacy2-"));
const databasePath = join(dir, "tripwire.db");
const rx = startReceiver();
/** These sweeps repair SQLite files of earlier builds; the PostgreSQL store came later and never held the values in clear. */
const SKIP = onPostgres ? " — skipped on PostgreSQL: it rewrites an earlier build's SQLite file, and no build stored these in clear on PostgreSQL" : "";
let running: RunningServer | null = null;
afterAll(async () => {
  await running?.stop();
  rx.stop();
  rmSync(dir, { recursive: true, force: true });
});

function fileBytes(): Buffer {
  const parts = [readFileSync(databasePath)];
  for (const suffix of ["-wal", "-journal"]) if (existsSync(databasePath + suffix)) parts.push(readFileSync(databasePath + suffix));
  return Buffer.concat(parts);
}

test.skipIf(onPostgres)(`webhook headers, Slack URLs in workflows and stored idempotent responses left in clear are sealed at start${SKIP}`, async () => {
  const first = await startTestServer({ dir, env: { TRIPWIRE_RATE_LIMIT: "100000" } });
  const apiKey = first.apiKey;
  let api = apiClient(first.baseUrl, apiKey);
  const token = `Bearer tok_${randomBytes(16).toString("hex")}`;
  const slackSecret = randomBytes(12).toString("hex");
  const slackUrl = `${rx.url}/services/T1/B1/${slackSecret}`;
  const hook = (await api("POST", "/webhooks", { url: rx.url, headers: { Authorization: token } })).body;
  const action = { type: "send_slack_message", name: "tell", webhook_url: slackUrl, text: "hi" };
  const wf = (await api("POST", "/workflows", { name: unique("legacy-slack"), trigger: "manual", actions: [action], state: "active" })).body;
  const run = (await api("POST", `/workflows/${wf.id}/runs`, { payload: {} })).body;
  await waitFor(async () => (await api("GET", `/runs/${run.id}`)).body.status === "completed");
  const idem = { "idempotency-key": unique("legacy") };
  const keyBody = { name: "ci", scopes: ["incidents:read"] };
  const key = (await api("POST", "/api-keys", keyBody, idem)).body;
  await first.stop();

  // As an earlier build left it.
  const db = new Database(databasePath);
  db.query("UPDATE webhooks SET headers = ? WHERE id = ?").run(JSON.stringify({ Authorization: token }), hook.id);
  db.query("UPDATE workflows SET actions = ? WHERE id = ?").run(JSON.stringify([action]), wf.id);
  db.query("UPDATE workflow_versions SET actions = ? WHERE workflow_id = ?").run(JSON.stringify([action]), wf.id);
  const def = db.query("SELECT definition FROM runs WHERE id = ?").get(run.id) as { definition: string };
  db.query("UPDATE runs SET definition = ? WHERE id = ?").run(JSON.stringify({ ...JSON.parse(def.definition), actions: [action] }), run.id);
  const step = db.query("SELECT input FROM run_steps WHERE run_id = ?").get(run.id) as { input: string };
  db.query("UPDATE run_steps SET input = ? WHERE run_id = ?").run(JSON.stringify({ ...JSON.parse(step.input), webhook_url: slackUrl }), run.id);
  db.query("UPDATE idempotency_keys SET response = ? WHERE key = ?").run(JSON.stringify({ status: 201, body: JSON.stringify(key), contentType: "application/json" }), idem["idempotency-key"]);
  db.query("UPDATE maintenance SET done_at = NULL WHERE name = 'seal-secrets-2'").run();
  db.close();
  const before = fileBytes();
  for (const p of [token.slice(7), slackSecret, key.secret]) expect(before.includes(p), p).toBe(true);

  running = await startServer(loadConfig({ HOST: "127.0.0.1", PORT: "0", TRIPWIRE_DATABASE: databasePath, TRIPWIRE_DEV: "1" }), { logger: createLogger("silent") });
  api = apiClient(running.url, apiKey);
  const after = fileBytes();
  for (const p of [token.slice(7), slackSecret, key.secret]) expect(after.includes(p), p).toBe(false);
  expect((await api("GET", `/webhooks/${hook.id}`)).body.headers.Authorization).toMatch(/^tw_sealed_v1\./);
  expect((await api("GET", `/workflows/${wf.id}`)).body.actions[0].webhook_url).toMatch(/^tw_sealed_v1\./);
  expect((await api("GET", `/runs/${run.id}`)).body.steps[0].input.webhook_url).toBe("tw_redacted");
  const replay = await api("POST", "/api-keys", keyBody, idem);
  expect(replay.headers.get("idempotent-replayed")).toBe("true");
  expect(replay.body.secret).toBe(key.secret);
  // The endpoint still sends the real header.
  await api("POST", `/webhooks/${hook.id}/test`);
  expect(rx.received.at(-1)!.headers.authorization).toBe(token);
});
