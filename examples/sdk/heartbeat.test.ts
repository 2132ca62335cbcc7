/** Runs examples/sdk/heartbeat.ts as a user would, as a subprocess against the real server (development mode). */
import { afterAll, beforeAll, expect, test } from "bun:test";
import { resolve } from "node:path";
import { startTestServer } from "../../server/test/harness.ts";

const root = resolve(import.meta.dir, "../..");
let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

async function runExample(env: Record<string, string | undefined>) {
  const proc = Bun.spawn(["bun", "examples/sdk/heartbeat.ts"], {
    cwd: root,
    env: { ...process.env, TRIPWIRE_URL: undefined, TRIPWIRE_API_KEY: undefined, ...env },
    stdin: "ignore",
    stdout: "pipe",
    stderr: "pipe",
  });
  const [stdout, stderr, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited]);
  return { stdout, stderr, code };
}

test("examples/sdk/heartbeat.ts: create, run with start and exit 0, list pings, go late once, recover", async () => {
  const { stdout, stderr, code } = await runExample({ TRIPWIRE_URL: server.baseUrl, TRIPWIRE_API_KEY: server.apiKey, HEARTBEAT_PERIOD: "1", HEARTBEAT_GRACE: "1" });
  expect(stderr).toBe("");
  expect(code).toBe(0);
  const id = stdout.match(/^heartbeat created: (hbt_\w+) "nightly-export-\w+" \[pending\], every 1 s, grace 1 s$/m)?.[1];
  expect(id).toBeDefined();
  expect(stdout).toMatch(/^after a run: \[up\], next ping expected at \S+, late after \S+$/m);
  expect(stdout).toMatch(/^ {2}ping start\n {2}ping success \(exit 0\) after \d+ ms: exported 1,204 invoices$/m);
  expect(stdout).toMatch(/^heartbeat\.missed: reason late, last ping \S+, deadline \S+$/m);
  expect(stdout).toContain("pinged again: [up], 1 heartbeat.recovered event");
  // The secret token is not printed whole.
  const hb = (await (await fetch(`${server.baseUrl}/api/v1/heartbeats/${id}`, { headers: { authorization: `Bearer ${server.apiKey}` } })).json()) as { ping_url: string };
  expect(stdout).not.toContain(hb.ping_url);
}, 20_000);
