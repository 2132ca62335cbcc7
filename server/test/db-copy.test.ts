/**
 * `bun run cli db copy`: a SQLite server's database moved into an empty PostgreSQL one. Written through a real
 * SQLite server (an incident, a webhook with its secret, a workflow run), copied with the CLI, then read back through
 * a real server on PostgreSQL with the same API key: everything is there, the sealed webhook secret still signs a
 * delivery (same key), new events follow the copied ones in the outbox, and a second copy into the now non-empty
 * database is refused. PostgreSQL pass only.
 */
import { afterAll, expect, test } from "bun:test";
import { SQL } from "bun";
import { createHmac } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../src/config.ts";
import { createLogger } from "../src/log.ts";
import { startServer } from "../src/server.ts";
import { apiClient, onPostgres } from "./harness.ts";
import { startReceiver } from "./receiver.ts";
import { databaseUrlOf, dropDatabase, databaseEnv } from "./test-db.ts";
import { waitFor } from "./wait.ts";

const root = join(import.meta.dir, "../..");

if (!onPostgres) {
  test.skip("db copy from SQLite to PostgreSQL — skipped: it runs in the PostgreSQL pass (TRIPWIRE_TEST_STORE=postgres)", () => {});
} else {
  const dir = mkdtempSync(join(tmpdir(), "tripwire-copy-"));
  const rx = startReceiver();
  afterAll(async () => {
    rx.stop();
    await dropDatabase(join(dir, "target"));
    rmSync(dir, { recursive: true, force: true });
  });

  test("db copy: every table into an empty PostgreSQL database; read back on a PostgreSQL server; a sealed secret still signs", async () => {
    const path = join(dir, "tripwire.db");
    const lite = await startServer(loadConfig({ HOST: "127.0.0.1", PORT: "0", TRIPWIRE_DATABASE: path, TRIPWIRE_DEV: "1" }), { logger: createLogger("silent") });
    const key = lite.firstKey!;
    let api = apiClient(lite.url, key);
    const hook = (await api("POST", "/webhooks", { url: rx.url, events: ["incident.created"] })).body;
    const incident = (await api("POST", "/incidents", { title: "Before the move" })).body;
    await rx.waitFor(1);
    const wf = (await api("POST", "/workflows", { name: "label", trigger: "manual", state: "active", actions: [{ type: "add_label", incident_id: "{{payload.id}}", label: "moved" }] })).body;
    const run = (await api("POST", `/workflows/${wf.id}/runs`, { payload: { id: incident.id } })).body;
    await waitFor(async () => (await api("GET", `/runs/${run.id}`)).body.status === "completed");
    const before = { events: (await api("GET", "/events?limit=100")).body.data, runs: (await api("GET", "/runs?limit=100")).body.data };
    await lite.stop();

    // The target: an empty database; the key: the SQLite server's key file.
    const env = await databaseEnv(join(dir, "target"));
    const url = databaseUrlOf(join(dir, "target"))!;
    const secretKey = readFileSync(join(dir, "tripwire.key"), "utf8").trim();
    const copy = Bun.spawnSync(["bun", "server/src/cli.ts", "db", "copy", "--from", path, "--to", url], { cwd: root, env: { ...process.env, LOG_LEVEL: "silent" } });
    expect(copy.exitCode, copy.stderr.toString()).toBe(0);
    expect(copy.stdout.toString()).toMatch(/^Copied \d+ row\(s\) in \d+ table\(s\)/);
    expect(copy.stdout.toString()).toContain("  incidents: 1\n");

    const pg = await startServer(loadConfig({ HOST: "127.0.0.1", PORT: "0", ...env, TRIPWIRE_SECRET_KEY: secretKey, TRIPWIRE_DEV: "1" }), { logger: createLogger("silent") });
    try {
      expect(pg.firstKey).toBeNull(); // not a fresh database: the copied organization and key are there
      api = apiClient(pg.url, key);
      expect((await api("GET", `/incidents/${incident.id}`)).body).toEqual(expect.objectContaining({ title: "Before the move", labels: ["moved"] }));
      expect((await api("GET", "/events?limit=100")).body.data).toEqual(before.events);
      expect((await api("GET", "/runs?limit=100")).body.data).toEqual(before.runs);
      // The sealed secret opens with the same key: a test delivery is signed with the original secret.
      const sent = await api("POST", `/webhooks/${hook.id}/test`);
      expect(sent.body.success).toBe(true);
      const last = rx.received.at(-1)!;
      expect(last.headers["x-tripwire-signature"]).toBe(createHmac("sha256", hook.secret).update(last.body).digest("hex"));
      // The outbox goes on after the copied events: a new incident is delivered once, the old one not again.
      const next = (await api("POST", "/incidents", { title: "After the move" })).body;
      const delivered = await waitFor(async () => rx.received.find((r) => JSON.parse(r.body).data?.id === next.id));
      expect(delivered).toBeDefined();
      await Bun.sleep(300);
      expect(rx.received.filter((r) => JSON.parse(r.body).data?.id === incident.id)).toHaveLength(1);
    } finally {
      await pg.stop();
    }

    // Copying again into the database, now in use, is refused.
    const again = Bun.spawnSync(["bun", "server/src/cli.ts", "db", "copy", "--from", path, "--to", url], { cwd: root, env: process.env });
    expect(again.exitCode).toBe(1);
    expect(again.stderr.toString()).toContain("the target database is not empty");
    const sql = new SQL(url, { max: 1 });
    try {
      expect((await sql`SELECT count(*)::int AS n FROM incidents`)[0].n).toBe(2);
    } finally {
      await sql.close();
    }
  }, 60_000);
}
