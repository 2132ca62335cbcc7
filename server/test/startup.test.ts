/** The front door: first start creates an organization and prints its key once; the CLI creates more. */
import { afterAll, expect, test } from "bun:test";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(import.meta.dir, "../..");
const dir = mkdtempSync(join(tmpdir(), "tripwire-start-"));
const env = { ...process.env, TRIPWIRE_DATABASE: join(dir, "t.db"), PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent" };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `bun run start` until it prints its banner, then stops it. Returns stdout. */
async function startOnce(): Promise<string> {
  const proc = Bun.spawn(["bun", "run", "start"], { cwd: root, env, stdout: "pipe", stderr: "pipe" });
  let out = "";
  const reader = proc.stdout.getReader();
  const deadline = Date.now() + 15_000;
  while (!out.includes("bun run cli --help") && Date.now() < deadline) {
    const { value, done } = await reader.read();
    if (done) break;
    out += new TextDecoder().decode(value);
  }
  proc.kill("SIGTERM");
  await proc.exited;
  return out;
}

test("first start prints the docs URL and an owner key once; later starts never print it", async () => {
  const first = await startOnce();
  expect(first).toMatch(/Tripwire is running at http:\/\/127\.0\.0\.1:\d+/);
  expect(first).toMatch(/API docs: +http:\/\/127\.0\.0\.1:\d+\/docs/);
  const key = /^API key: (tw_live_\S+)$/m.exec(first)?.[1];
  expect(key).toBeDefined();

  const second = await startOnce();
  expect(second).toContain("Tripwire is running at");
  expect(second).not.toContain(key!);
  expect(second).not.toMatch(/^API key: /m);
}, 40_000);

test("the CLI creates organizations and scoped keys", async () => {
  const run = (...args: string[]) => Bun.spawnSync(["bun", "run", "cli", ...args], { cwd: root, env });
  const created = run("orgs", "create", "--name", "Acme");
  expect(created.exitCode).toBe(0);
  const out = created.stdout.toString();
  const org = /Organization: (org_\S+)/.exec(out)?.[1];
  expect(org).toBeDefined();
  expect(out).toMatch(/^API key: tw_live_\S{43}$/m);

  const key = run("keys", "create", "--org", org!, "--name", "ci", "--scopes", "incidents:read,incidents:write");
  expect(key.exitCode).toBe(0);
  expect(key.stdout.toString()).toContain("incidents:read, incidents:write");

  const bad = run("keys", "create", "--org", org!, "--name", "x", "--scopes", "root");
  expect(bad.exitCode).toBe(2);
  expect(bad.stderr.toString()).toContain('unknown scope "root"');

  const list = run("keys", "list", "--org", org!);
  expect(list.stdout.toString()).toContain("ci");
  expect(list.stdout.toString()).not.toMatch(/tw_live_\S{43}/);
}, 40_000);

test("jobs no worker can run are dead-lettered at start, and the CLI lists them", async () => {
  const { openSqliteStore } = await import("../src/store/sqlite/store.ts");
  const store = openSqliteStore(env.TRIPWIRE_DATABASE);
  await store.transaction((tx) => tx.jobs.upsert({ id: "job_from_the_future", kind: "teleport.beam", payload: { to: "mars" }, runAtMs: 0 }, 0));
  store.close();
  const run = (...args: string[]) => Bun.spawnSync(["bun", "run", "cli", ...args], { cwd: root, env });
  expect(run("jobs", "dead").stdout.toString()).toContain("No dead jobs.");
  await startOnce();
  const listed = run("jobs", "dead", "--limit", "5");
  expect(listed.exitCode).toBe(0);
  expect(listed.stdout.toString()).toMatch(/teleport\.beam {2}job_from_the_future {2}after 0 attempt\(s\): unknown job kind "teleport\.beam"/);
}, 40_000);

test("a database URL in TRIPWIRE_DATABASE stops `bun run start` with one line naming the variable, and creates nothing", async () => {
  const stray = join(root, "postgres:");
  try {
    const proc = Bun.spawn(["bun", "run", "start"], {
      cwd: root,
      env: { ...env, TRIPWIRE_DATABASE: "postgres://app:hunter2@db.internal:5432/tripwire" },
      stdout: "pipe",
      stderr: "pipe",
    });
    // A server that starts anyway would run until stopped (SIGTERM, which bun run passes on to it).
    const code = await Promise.race([proc.exited, Bun.sleep(10_000).then(() => null)]);
    if (code === null) {
      proc.kill("SIGTERM");
      await proc.exited;
      throw new Error("the server started on a database URL instead of refusing it");
    }
    const [out, err] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text()]);
    expect(code).not.toBe(0);
    expect(out).not.toContain("Tripwire is running");
    // bun run adds its own "$ bun …" and "script exited" lines; ours is the one line that starts with "tripwire:".
    const ours = err.split("\n").filter((l) => l.startsWith("tripwire:"));
    expect(ours).toEqual([expect.stringMatching(/^tripwire: TRIPWIRE_DATABASE is a postgres:\/\/ URL, .*set it to a file path/)]);
    expect(err).not.toMatch(/^\s+at /m);
    expect(err).not.toContain("hunter2");
    expect(existsSync(stray)).toBe(false);
  } finally {
    rmSync(stray, { recursive: true, force: true });
  }
}, 30_000);
