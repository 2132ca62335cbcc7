/** Runs examples/sdk/monitor.ts as a user would, as a subprocess against the real server (TRIPWIRE_DEV=1) and a loopback site. */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { resolve } from "node:path";
import { startTestServer } from "../../server/test/harness.ts";

const root = resolve(import.meta.dir, "../..");
let server: Awaited<ReturnType<typeof startTestServer>>;
const site = Bun.serve({ hostname: "127.0.0.1", port: 0, fetch: () => new Response("ok") });

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.stop();
  site.stop(true);
});

async function runExample(args: string[], env: Record<string, string | undefined>) {
  const proc = Bun.spawn(["bun", "examples/sdk/monitor.ts", ...args], {
    cwd: root,
    env: { ...process.env, TRIPWIRE_URL: undefined, TRIPWIRE_API_KEY: undefined, ...env },
    stdin: "ignore",
    stdout: "pipe",
    stderr: "pipe",
  });
  const [stdout, stderr, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited]);
  return { stdout, stderr, code };
}

describe("examples/sdk/monitor.ts", () => {
  test("activates the documented workflow, creates a monitor, sees it up, prints its checks and pauses it", async () => {
    const url = `http://127.0.0.1:${site.port}/health`;
    const { stdout, stderr, code } = await runExample([url, "1"], { TRIPWIRE_URL: server.baseUrl, TRIPWIRE_API_KEY: server.apiKey });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^workflow active: wfl_\w+ Auto-Incident on Outage$/m);
    const id = stdout.match(new RegExp(`^monitor created: (mon_\\w+) ${url.replaceAll(".", "\\.")} every 1 s \\[pending\\]$`, "m"))?.[1];
    expect(id).toBeDefined();
    expect(stdout).toContain("state: up");
    expect(stdout).toMatch(/^ {2}\S+Z up 200 \d+ ms$/m);
    expect(stdout).toContain(`monitor paused: ${id}`);
    const res = await fetch(`${server.baseUrl}/api/v1/monitors/${id}`, { headers: { authorization: `Bearer ${server.apiKey}` } });
    expect(((await res.json()) as { state: string }).state).toBe("paused");
  }, 20_000);

  test("exits 2 with usage when the URL or key is missing", async () => {
    const { stderr, code } = await runExample([], { TRIPWIRE_URL: server.baseUrl, TRIPWIRE_API_KEY: server.apiKey });
    expect(code).toBe(2);
    expect(stderr).toContain("Usage:");
  });
});
