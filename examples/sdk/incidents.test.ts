/** Runs examples/sdk/incidents.ts as a user would, as a subprocess against the real server on loopback. */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { resolve } from "node:path";
import { startTestServer } from "../../server/test/harness.ts";

const root = resolve(import.meta.dir, "../..");
let server: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

async function runExample(env: Record<string, string | undefined>) {
  const proc = Bun.spawn(["bun", "examples/sdk/incidents.ts"], {
    cwd: root,
    env: { ...process.env, TRIPWIRE_URL: undefined, TRIPWIRE_API_KEY: undefined, ...env },
    stdin: "ignore",
    stdout: "pipe",
    stderr: "pipe",
  });
  const [stdout, stderr, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited]);
  return { stdout, stderr, code };
}

describe("examples/sdk/incidents.ts", () => {
  test("creates a service, opens, updates and resolves an incident, and prints its events in order", async () => {
    const { stdout, stderr, code } = await runExample({ TRIPWIRE_URL: server.baseUrl, TRIPWIRE_API_KEY: server.apiKey });
    expect(stderr).toBe("");
    expect(code).toBe(0);

    const serviceId = stdout.match(/^service created: (svc_\w+) /m)?.[1];
    const incidentId = stdout.match(/^incident opened: (inc_\w+) "Checkout API returns 502" \[investigating, critical\]$/m)?.[1];
    expect(serviceId).toBeDefined();
    expect(incidentId).toBeDefined();
    expect(stdout).toMatch(/^timeline update: upd_\w+ "Root cause found in the payments gateway\." \[identified\]$/m);
    expect(stdout).toContain(`incident resolved: ${incidentId} at `);

    const events = stdout.split(`events for ${incidentId}:\n`)[1]?.trim().split("\n").map((line) => line.trim().split(" ").slice(1).join(" "));
    expect(events).toEqual([
      "incident.created",
      'incident.updated (status: "investigating" -> "identified")',
      'incident.updated (status: "identified" -> "resolved")',
      "incident.resolved",
      // A critical incident enters the default post-incident flow when resolved (examples/sdk/post-incident.ts).
      'incident.updated (status: "resolved" -> "post_incident", post_incident_status: null -> "Documenting")',
      "post_incident.entered",
    ]);

    // What the script printed is what the server holds.
    const res = await fetch(`${server.baseUrl}/api/v1/incidents/${incidentId}`, { headers: { authorization: `Bearer ${server.apiKey}` } });
    const incident = (await res.json()) as { status: string; service_ids: string[] };
    expect(incident.status).toBe("post_incident");
    expect(incident.service_ids).toEqual([serviceId ?? "missing"]);
  });

  test("reports an API error as a TripwireError line and exits 1", async () => {
    const { stdout, stderr, code } = await runExample({ TRIPWIRE_URL: server.baseUrl, TRIPWIRE_API_KEY: "tw_live_not_a_real_key" });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^Tripwire API error: 401 /);
  });

  test("exits 2 with a hint when TRIPWIRE_API_KEY is missing", async () => {
    const { stderr, code } = await runExample({ TRIPWIRE_URL: server.baseUrl });
    expect(code).toBe(2);
    expect(stderr).toContain("Set TRIPWIRE_API_KEY");
  });
});
