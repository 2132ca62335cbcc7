/** The front door: first start creates an organization and prints its key once; the CLI creates more. */
import { afterAll, expect, test } from "bun:test";
import { mkdtempSync, rmSync } from "node:fs";
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
