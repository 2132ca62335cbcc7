/**
 * Uptime checks are durable queue jobs: SIGKILL the server while a check is in flight, start it again on the same
 * database, and the monitor's checks go on — the interrupted slot is checked again once the dead process's lease
 * expires (not lost), and no slot is recorded twice.
 */
import { afterAll, expect, test } from "bun:test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { apiClient } from "./harness.ts";
import { SHORT_LEASE_MS, spawnServer, waitUntil } from "./spawn.ts";

const dirs: string[] = [];
/** Every server this file spawned: killed at the end however the test ended (a live one would hold the test's output open). */
const procs: { kill(signal?: number | NodeJS.Signals): void }[] = [];
afterAll(() => {
  for (const p of procs) p.kill("SIGKILL");
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

test("SIGKILL during a check: after a restart checks resume, none lost and none doubled", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tripwire-monitor-kill-"));
  dirs.push(dir);
  const db = join(dir, "t.db");
  let started = 0;
  let inFlight = 0;
  const target = Bun.serve({
    hostname: "127.0.0.1",
    port: 0,
    async fetch() {
      started++;
      inFlight++;
      await Bun.sleep(600);
      inFlight--;
      return new Response("ok");
    },
  });
  const env = { TRIPWIRE_JOB_LEASE_MS: String(SHORT_LEASE_MS) };
  const first = await spawnServer(db, env);
  procs.push(first.proc);
  const api = apiClient(first.url, first.key!);
  const created = await api("POST", "/monitors", { name: "durable", url: `http://127.0.0.1:${target.port}/`, check_frequency: 1, request_timeout: 1 });
  expect(created.status).toBe(201);
  const id = created.body.id as string;
  const checks = async (a: ReturnType<typeof apiClient>) => (await a("GET", `/monitors/${id}/checks?limit=100`)).body.data as { checked_at: string }[];

  await waitUntil(async () => (await checks(api)).length >= 2, 10_000);
  await waitUntil(() => inFlight > 0, 5000);
  expect(inFlight).toBeGreaterThan(0);
  first.proc.kill("SIGKILL");
  await first.proc.exited;
  const killedAt = Date.now();
  const before = started;

  const second = await spawnServer(db, env);
  procs.push(second.proc);
  const api2 = apiClient(second.url, first.key!);
  try {
    const recordedBefore = (await checks(api2)).length;
    await waitUntil(async () => (await checks(api2)).length >= recordedBefore + 3, 15_000);
    const all = (await checks(api2)).map((c) => Date.parse(c.checked_at)).sort((x, y) => x - y);
    expect(all.length).toBeGreaterThanOrEqual(recordedBefore + 3);
    // Not lost: the interrupted slot was checked again after the dead process's lease expired.
    const firstAfter = all.find((t) => t > killedAt)!;
    expect(firstAfter - killedAt).toBeLessThan(SHORT_LEASE_MS + 5000);
    expect(started).toBeGreaterThan(before);
    // Not doubled: consecutive checks are about a slot apart (less the queue's pick-up jitter); a slot checked twice would
    // record two checks back to back.
    for (let i = 1; i < all.length; i++) expect(all[i]! - all[i - 1]!).toBeGreaterThanOrEqual(300);
    // Every request the target answered is recorded, except the one the kill interrupted (and one still in flight).
    expect(started - all.length).toBeLessThanOrEqual(2);
    expect(started - all.length).toBeGreaterThanOrEqual(1);
  } finally {
    second.proc.kill("SIGKILL");
    target.stop(true);
  }
}, 45_000);
