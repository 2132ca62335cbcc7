/**
 * Nothing queued is lost when the server is killed: SIGKILL while deliveries wait for retries, and while one is
 * in flight, then start again on the same database. Every event arrives (at least once; a duplicate carries the
 * same webhook-id).
 */
import { afterAll, expect, test } from "bun:test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startReceiver } from "./receiver.ts";
import { apiClient } from "./harness.ts";
import { expectAfterLease, SHORT_LEASE_MS, spawnServer as spawn, waitUntil } from "./spawn.ts";

// Deliveries a killed process held leased wait out their lease before the next process takes them (by design: see
// spawn.ts); a short lease keeps that well inside the wait below on either store.
const RETRIES = { TRIPWIRE_WEBHOOK_RETRY_SCHEDULE: Array(20).fill("0.2").join(","), TRIPWIRE_JOB_LEASE_MS: String(SHORT_LEASE_MS) };
const spawnServer = (db: string, env: Record<string, string> = {}) => spawn(db, { ...RETRIES, ...env });

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const eventIds = (received: { body: string }[]) => new Set(received.map((r) => JSON.parse(r.body).id as string));


test("SIGKILL while deliveries wait for a retry: after a restart every event is delivered", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tripwire-kill-"));
  dirs.push(dir);
  const db = join(dir, "t.db");
  // A receiver that is down at first: take a free port, then close it.
  const probe = startReceiver();
  const port = new URL(probe.url).port;
  probe.stop();

  const first = await spawnServer(db);
  const api = apiClient(first.url, first.key!);
  await api("POST", "/webhooks", { url: `http://127.0.0.1:${port}/hook`, events: ["incident.created"] });
  const created: string[] = [];
  for (let i = 0; i < 20; i++) created.push((await api("POST", "/incidents", { title: `killed-${i}` })).body.id);
  await Bun.sleep(500); // some attempts fail with connection refused and are rescheduled
  first.proc.kill("SIGKILL");
  await first.proc.exited;

  // The receiver comes up on the same port, and the server starts again on the same database.
  const rx = Bun.serve({ hostname: "127.0.0.1", port: Number(port), fetch: async (req) => {
    received.push({ body: await req.text(), id: req.headers.get("webhook-id")! });
    return new Response("ok");
  } });
  const received: { body: string; id: string }[] = [];
  const second = await spawnServer(db);
  try {
    await waitUntil(() => eventIds(received).size >= 20, 15_000);
    const incidents = new Set([...received].map((r) => JSON.parse(r.body).data.id));
    expect(incidents).toEqual(new Set(created));
    for (const r of received) expect(r.id).toBe(JSON.parse(r.body).id);
  } finally {
    second.proc.kill("SIGKILL");
    rx.stop(true);
  }
}, 45_000);

test("SIGKILL with a delivery in flight: it is sent again after restart, with the same webhook-id", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tripwire-kill-"));
  dirs.push(dir);
  const db = join(dir, "t.db");
  let slow = true;
  const calledAt: number[] = [];
  const rx = startReceiver(async () => {
    calledAt.push(Date.now());
    if (slow) await Bun.sleep(3000);
    return new Response("ok");
  });
  // A short lease, so the dead process's job is free again soon (the default is 15 s).
  const env = { TRIPWIRE_JOB_LEASE_MS: String(SHORT_LEASE_MS) };
  const first = await spawnServer(db, env);
  try {
    const api = apiClient(first.url, first.key!);
    await api("POST", "/webhooks", { url: rx.url, events: ["incident.created"] });
    const inc = (await api("POST", "/incidents", { title: "in flight" })).body;
    await rx.waitFor(1); // the request is in flight: the receiver holds it for 3 s
    first.proc.kill("SIGKILL");
    const killedAt = Date.now();
    await first.proc.exited;
    slow = false;

    const second = await spawnServer(db, env);
    try {
      await rx.waitFor(2, 10_000);
      expectAfterLease(calledAt, killedAt);
      const [a, b] = rx.received;
      expect(a!.headers["webhook-id"]).toBe(b!.headers["webhook-id"]!);
      expect(JSON.parse(b!.body).data.id).toBe(inc.id);
      // And the log says it succeeded, on its second attempt.
      const api2 = apiClient(second.url, first.key!);
      const hooks = (await api2("GET", "/webhooks")).body.data;
      let d: { status: string; attempt_count: number } | undefined;
      await waitUntil(() => d?.status === "succeeded", 5000);
      for (let i = 0; i < 100 && d?.status !== "succeeded"; i++) {
        d = (await api2("GET", `/webhooks/${hooks[0].id}/deliveries`)).body.data[0];
        await Bun.sleep(25);
      }
      expect(d).toEqual(expect.objectContaining({ status: "succeeded", attempt_count: 1 }));
    } finally {
      second.proc.kill("SIGKILL");
    }
  } finally {
    first.proc.kill("SIGKILL");
    rx.stop();
  }
}, 45_000);
