/**
 * Runs survive SIGKILL: during a delay the run resumes where it was after a restart (the steps before the delay
 * are not run again); during an external step it is retried with the same idempotency key.
 */
import { afterAll, expect, test } from "bun:test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { apiClient } from "./harness.ts";
import { startReceiver } from "./receiver.ts";
import { expectAfterLease, SHORT_LEASE_MS, spawnServer, waitUntil } from "./spawn.ts";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const tempDb = () => {
  const d = mkdtempSync(join(tmpdir(), "tripwire-engine-kill-"));
  dirs.push(d);
  return join(d, "t.db");
};

test("SIGKILL during a delay: after restart the run resumes after the delay and earlier steps ran once", async () => {
  const db = tempDb();
  const first = await spawnServer(db);
  const api = apiClient(first.url, first.key!);
  const wf = (
    await api("POST", "/workflows", {
      name: "survives",
      trigger: "manual",
      actions: [{ type: "create_incident", name: "opened", title: "opened before the delay" }, { type: "delay", seconds: 2 }, { type: "add_label", incident_id: "{{steps.opened.id}}", label: "after-restart" }],
      state: "active",
    })
  ).body;
  const run = (await api("POST", `/workflows/${wf.id}/runs`)).body;
  await waitUntil(async () => (await api("GET", `/runs/${run.id}`)).body.status === "waiting", 5000);
  first.proc.kill("SIGKILL");
  await first.proc.exited;

  const second = await spawnServer(db);
  try {
    const api2 = apiClient(second.url, first.key!);
    await waitUntil(async () => (await api2("GET", `/runs/${run.id}`)).body.status === "completed", 10_000);
    const done = (await api2("GET", `/runs/${run.id}`)).body;
    expect(done.status).toBe("completed");
    expect(done.steps.map((s: { status: string; attempts: number }) => [s.status, s.attempts])).toEqual([["completed", 1], ["completed", 1], ["completed", 1]]);
    const incidents = (await api2("GET", "/incidents")).body.data;
    expect(incidents).toHaveLength(1);
    expect(incidents[0].labels).toEqual(["after-restart"]);
  } finally {
    second.proc.kill("SIGKILL");
  }
}, 40_000);

test("SIGKILL during an external step: it is retried after restart with the same idempotency key", async () => {
  const db = tempDb();
  let hold = true;
  const calledAt: number[] = [];
  const rx = startReceiver(async () => {
    calledAt.push(Date.now());
    if (hold) await Bun.sleep(3000);
    return new Response("ok");
  });
  // A short lease, so the dead process's job is free again soon (the default is 15 s).
  const env = { TRIPWIRE_JOB_LEASE_MS: String(SHORT_LEASE_MS) };
  const first = await spawnServer(db, env);
  try {
    const api = apiClient(first.url, first.key!);
    const wf = (await api("POST", "/workflows", { name: "calls out", trigger: "manual", actions: [{ type: "execute_webhook", url: rx.url, body: { hello: "world" } }], state: "active" })).body;
    const run = (await api("POST", `/workflows/${wf.id}/runs`)).body;
    await rx.waitFor(1);
    first.proc.kill("SIGKILL");
    const killedAt = Date.now();
    await first.proc.exited;
    hold = false;
    const second = await spawnServer(db, env);
    try {
      const api2 = apiClient(second.url, first.key!);
      await waitUntil(async () => (await api2("GET", `/runs/${run.id}`)).body.status === "completed", 10_000);
      const done = (await api2("GET", `/runs/${run.id}`)).body;
      expect(done.status).toBe("completed");
      expect(done.steps[0].attempts).toBe(2);
      expectAfterLease(calledAt, killedAt);
      const keys = rx.received.map((r) => r.headers["idempotency-key"]);
      expect(keys).toHaveLength(2);
      expect(keys[0]).toBe(`${run.id}:0`);
      expect(keys[1]).toBe(keys[0]!);
    } finally {
      second.proc.kill("SIGKILL");
    }
  } finally {
    first.proc.kill("SIGKILL");
    rx.stop();
  }
}, 40_000);
