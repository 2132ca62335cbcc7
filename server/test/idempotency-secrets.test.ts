/**
 * Idempotency-Key replays of operations that show a secret once (POST /api-keys, POST /webhooks,
 * POST /webhooks/{id}/rotate-secret): the replay shows the same secret again, but the stored response is sealed, so
 * neither the SQLite file nor its WAL ever holds the secret in clear; and records are deleted 24 h after they were
 * made by the recurring `idempotency.purge` queue job, whether or not the key is used again.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { zApiKeyWithSecret, zWebhookWithSecret } from "../src/generated/zod.gen.ts";
import { expectOk, unique } from "./expect.ts";
import { apiClient, startTestServer, type TestServer } from "./harness.ts";
import { waitFor } from "./wait.ts";

const clock = { t: Date.parse("2030-01-01T00:00:00Z"), now() { return this.t; } };
let server: TestServer;
let api: ReturnType<typeof apiClient>;
beforeAll(async () => {
  server = await startTestServer({ clock, env: { TRIPWIRE_RATE_LIMIT: "100000" } });
  api = apiClient(server.baseUrl, server.apiKey);
});
afterAll(() => server.stop());

function storedRows(): Promise<{ key: string; status: number | null; response: string | null; created_at_ms: number }[]> {
  return server.query("SELECT key, status, response, CAST(created_at_ms AS DOUBLE PRECISION) AS created_at_ms FROM idempotency_keys");
}

describe("replays of one-time secrets", () => {
  test("a replayed create or rotation shows the same secret; the database file and WAL never hold it", async () => {
    const idem = (what: string) => ({ "idempotency-key": unique(what) });
    const keyHeaders = idem("key");
    const keyBody = { name: unique("ci"), scopes: ["incidents:read"] };
    const key1 = expectOk(await api("POST", "/api-keys", keyBody, keyHeaders), 201, zApiKeyWithSecret);
    const key2 = await api("POST", "/api-keys", keyBody, keyHeaders);
    expect(key2.headers.get("idempotent-replayed")).toBe("true");
    expect(expectOk(key2, 201, zApiKeyWithSecret)).toEqual(key1);

    const hookHeaders = idem("hook");
    const hookBody = { url: "http://127.0.0.1:9/hook" };
    const hook1 = expectOk(await api("POST", "/webhooks", hookBody, hookHeaders), 201, zWebhookWithSecret);
    const hook2 = await api("POST", "/webhooks", hookBody, hookHeaders);
    expect(hook2.headers.get("idempotent-replayed")).toBe("true");
    expect(hook2.body.secret).toBe(hook1.secret);

    const rotateHeaders = idem("rotate");
    const rot1 = await api("POST", `/webhooks/${hook1.id}/rotate-secret`, { overlap_seconds: 0 }, rotateHeaders);
    const rot2 = await api("POST", `/webhooks/${hook1.id}/rotate-secret`, { overlap_seconds: 0 }, rotateHeaders);
    expect(rot1.status).toBe(200);
    expect(rot2.headers.get("idempotent-replayed")).toBe("true");
    expect(rot2.body.secret).toBe(rot1.body.secret);
    expect(rot1.body.secret).not.toBe(hook1.secret);

    const secrets = [key1.secret, key1.secret.slice(-24), hook1.secret, hook1.secret.slice(6), rot1.body.secret, rot1.body.secret.slice(6)];
    const bytes = await server.databaseBytes();
    // We read the right bytes: the three records are in them (sealed responses, status in clear).
    const rows = (await storedRows()).filter((r) => [keyHeaders, hookHeaders, rotateHeaders].some((h) => h["idempotency-key"] === r.key));
    expect(rows).toHaveLength(3);
    for (const r of rows) {
      expect(r.status).toBeGreaterThanOrEqual(200);
      expect(r.response).toMatch(/^v1:[A-Za-z0-9+/=]+$/);
      expect(bytes.includes(r.key)).toBe(true);
    }
    for (const s of secrets) expect(bytes.includes(s), s).toBe(false);
  });
});

describe("expiry", () => {
  test("the purge job deletes records 24 h old without the key being used again, and exists once", async () => {
    const headers = { "idempotency-key": unique("purged") };
    const first = await api("POST", "/incidents", { title: "purge me" }, headers);
    expect(first.status).toBe(201);
    const mine = async () => (await storedRows()).filter((r) => r.key === headers["idempotency-key"]);
    expect(await mine()).toHaveLength(1);

    const jobs = () => server.query<{ id: string; run_at_ms: number }>("SELECT id, CAST(run_at_ms AS DOUBLE PRECISION) AS run_at_ms FROM jobs WHERE kind = 'idempotency.purge'");
    expect((await jobs()).map((j) => j.id)).toEqual(["idempotency_purge"]);

    // 23 h later the record is still there and still replays.
    clock.t += 23 * 3600_000;
    await Bun.sleep(1500);
    expect(await mine()).toHaveLength(1);
    const replay = await api("POST", "/incidents", { title: "purge me" }, headers);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.body.id).toBe(first.body.id);

    // Past 24 h (and the job's next 10-minute slot), the job deletes it; nobody touched the key.
    clock.t += 3600_000 + 11 * 60_000;
    await waitFor(async () => (await mine()).length === 0, 10_000);
    expect(await jobs()).toHaveLength(1);
    expect((await jobs())[0]!.run_at_ms).toBeGreaterThan(clock.t);
  });
});
