/**
 * Runs examples/curl/walkthrough.sh as a user would (bash, curl, jq) against the real server and a real loopback
 * receiver, then checks what the receiver got (signed with the secret the script printed), what the script
 * printed, and that README.md shows exactly the script's curl commands.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { createHmac, timingSafeEqual } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { startTestServer, type TestServer } from "../../server/test/harness.ts";
import { startReceiver } from "../../server/test/receiver.ts";

const here = import.meta.dir;
const script = readFileSync(resolve(here, "walkthrough.sh"), "utf8");
const readme = readFileSync(resolve(here, "README.md"), "utf8");

/** The walkthrough needs jq; as root, install it the way the README says (apt-get install jq). */
function ensureJq(): void {
  if (Bun.which("jq")) return;
  if (process.getuid?.() === 0 && Bun.which("apt-get")) {
    Bun.spawnSync(["apt-get", "update", "-qq"], { stdout: "ignore", stderr: "inherit", timeout: 120_000 });
    Bun.spawnSync(["apt-get", "install", "-y", "-qq", "jq"], { stdout: "ignore", stderr: "inherit", timeout: 120_000, env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  }
  if (!Bun.which("jq")) throw new Error("the curl walkthrough needs jq: apt-get install jq (as root)");
}

async function runWalkthrough(env: Record<string, string | undefined>) {
  const proc = Bun.spawn(["bash", resolve(here, "walkthrough.sh")], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdin: "ignore",
    stdout: "pipe",
    stderr: "pipe",
    timeout: 30_000,
  });
  const [stdout, stderr, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited]);
  return { stdout, stderr, code };
}

/** Every line of the README's ```sh blocks that runs curl. */
function readmeCurlLines(): string[] {
  const blocks = [...readme.matchAll(/```(?:sh|bash)\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return curlLines(blocks.join("\n"));
}

/** Lines that run curl (comments left out), trimmed. */
function curlLines(text: string): string[] {
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => /(^|[\s($|])curl\s/.test(l) && !l.startsWith("#"));
}

let server: TestServer;
let rx: ReturnType<typeof startReceiver>;
beforeAll(async () => {
  ensureJq();
  server = await startTestServer();
  rx = startReceiver(() => new Response("thanks"));
}, 240_000);
afterAll(async () => {
  rx?.stop();
  await server?.stop();
});

describe("examples/curl/walkthrough.sh", () => {
  test("runs end to end: the receiver gets the signed test event and the subscribed real events, and the log shows them succeeded", async () => {
    const { stdout, stderr, code } = await runWalkthrough({ BASE: server.baseUrl, KEY: server.apiKey, RECEIVER: rx.url });
    if (code !== 0) console.error(stdout, stderr);
    expect(code).toBe(0);
    expect(stderr).toBe("");

    // Each step announces itself before its output.
    expect(stdout.split("\n").filter((l) => /^# \d\. /.test(l)).map((l) => l.slice(2, 4))).toEqual(["1.", "2.", "3.", "4.", "5.", "6.", "7."]);

    // A scoped key was created, shown once, and used from then on (the owner key never appears again).
    const scopedKey = stdout.match(/"secret": "(tw_live_[^"]+)"/)?.[1];
    expect(scopedKey).toBeDefined();
    expect(scopedKey).not.toBe(server.apiKey);
    expect(stdout).not.toContain(server.apiKey);
    const keys = (await (await fetch(`${server.baseUrl}/api/v1/api-keys?limit=100`, { headers: { "X-API-Key": server.apiKey } })).json()) as {
      data: { name: string; scopes: string[]; last_used_at: string | null }[];
    };
    const scoped = keys.data.find((k) => k.name.startsWith("curl-walkthrough-"));
    expect(scoped?.scopes).toEqual(["services:write", "incidents:write", "webhooks:read", "webhooks:write"]);
    expect(scoped?.last_used_at).not.toBeNull();

    // The webhook secret the script printed is the one every delivery is signed with.
    const secret = stdout.match(/"secret": "(whsec_[A-Za-z0-9+/=]+)"/)?.[1];
    expect(secret).toBeDefined();
    const webhookId = stdout.match(/"id": "(whk_\w+)"/)?.[1];
    const serviceId = stdout.match(/"id": "(svc_\w+)"/)?.[1];
    const incidentId = stdout.match(/"id": "(inc_\w+)"/)?.[1];
    expect([webhookId, serviceId, incidentId].every(Boolean)).toBe(true);

    const received = await rx.waitFor(3);
    await Bun.sleep(200); // nothing else should arrive (incident.updated and service.updated are not subscribed)
    expect(rx.received).toHaveLength(3);
    for (const r of received) {
      const expected = createHmac("sha256", secret!).update(r.body).digest();
      const got = Buffer.from(r.headers["x-tripwire-signature"] ?? "", "hex");
      expect(got.length === expected.length && timingSafeEqual(got, expected)).toBe(true);
      expect(r.headers["content-type"]).toBe("application/json");
    }
    const bodies = received.map((r) => JSON.parse(r.body));
    // The test event (sent synchronously by step 5) came first; the two real events of step 6 follow.
    expect(bodies[0]).toEqual(expect.objectContaining({ event: "incident.created", data: expect.objectContaining({ test: true }) }));
    const byType = Object.fromEntries(bodies.slice(1).map((b) => [b.event, b]));
    expect(Object.keys(byType).sort()).toEqual(["incident.resolved", "service.status_changed"]);
    expect(byType["incident.resolved"].data).toEqual(expect.objectContaining({ id: incidentId, title: "Checkout returns 502", status: "resolved", services: [expect.any(String)], service_ids: [serviceId] }));
    expect(byType["service.status_changed"].data).toEqual(
      expect.objectContaining({ id: serviceId, status: "operational", previous_status: "major_outage", new_status: "operational" }),
    );
    for (const [i, b] of bodies.entries()) expect(received[i]!.headers["webhook-id"]).toBe(b.id);

    // Step 5 printed the test's outcome; step 7 printed one succeeded delivery per event, one attempt each.
    expect(stdout).toContain('"success": true');
    expect(stdout).toContain(`"event_id": "${bodies[0].id}"`);
    const log = stdout
      .split("# 7. ")[1]!
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l));
    expect(log).toEqual([
      { event_type: "service.status_changed", test: false, status: "succeeded", attempt_count: 1, last_status_code: 200 },
      { event_type: "incident.resolved", test: false, status: "succeeded", attempt_count: 1, last_status_code: 200 },
      { event_type: "incident.created", test: true, status: "succeeded", attempt_count: 1, last_status_code: 200 },
    ]);
  }, 40_000);

  test("stops at the first failing request and shows the problem the server returned", async () => {
    const { stdout, stderr, code } = await runWalkthrough({ BASE: server.baseUrl, KEY: "tw_live_not_a_real_key", RECEIVER: rx.url });
    expect(code).not.toBe(0);
    expect(stdout).toContain("# 1. ");
    expect(stdout).not.toContain("# 2. ");
    expect(stderr).toContain("401");
    expect(stderr).toContain('"status":401');
  });

  test("says what is missing when KEY or RECEIVER is not set", async () => {
    const noKey = await runWalkthrough({ BASE: server.baseUrl, RECEIVER: rx.url });
    expect(noKey.code).not.toBe(0);
    expect(noKey.stderr).toContain("set KEY");
    const noReceiver = await runWalkthrough({ BASE: server.baseUrl, KEY: server.apiKey });
    expect(noReceiver.code).not.toBe(0);
    expect(noReceiver.stderr).toContain("set RECEIVER");
    expect(noReceiver.stdout).toBe("");
  });

  test("README.md shows exactly the script's curl commands, and the test call as the API docs write it", () => {
    const fromReadme = readmeCurlLines();
    const fromScript = curlLines(script);
    expect(fromScript.length).toBeGreaterThanOrEqual(9);
    for (const line of fromReadme) expect(fromScript).toContain(line);
    for (const line of fromScript) expect(fromReadme).toContain(line);
    // Every request fails loudly on an HTTP error and prints no progress meter.
    for (const line of fromScript) expect(line).toContain("--fail-with-body -sS");
    const documented = 'curl -X POST "$BASE/api/v1/webhooks/$ID/test" -H "X-API-Key: $KEY"';
    expect(readFileSync(resolve(here, "../../openapi.yaml"), "utf8")).toContain(documented);
    expect(fromScript.some((l) => l.startsWith(documented))).toBe(true);
    expect(readme).toContain("apt-get install jq");
  });
});
