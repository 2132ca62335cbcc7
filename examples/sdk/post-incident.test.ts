/** Runs examples/sdk/post-incident.ts as a user would, as a subprocess against the real server (with an SMTP sink). */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { resolve } from "node:path";
import { startSmtpSink } from "../../server/src/notify/test-servers.ts";
import { startTestServer } from "../../server/test/harness.ts";

const root = resolve(import.meta.dir, "../..");
let server: Awaited<ReturnType<typeof startTestServer>>;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;

beforeAll(async () => {
  smtp = await startSmtpSink();
  server = await startTestServer({ env: { SMTP_URL: smtp.url } });
});
afterAll(async () => {
  await server?.stop();
  await smtp?.stop();
});

async function runExample(env: Record<string, string | undefined>, args: string[] = []) {
  const proc = Bun.spawn(["bun", "examples/sdk/post-incident.ts", ...args], {
    cwd: root,
    env: { ...process.env, TRIPWIRE_URL: undefined, TRIPWIRE_API_KEY: undefined, ...env },
    stdin: "ignore",
    stdout: "pipe",
    stderr: "pipe",
  });
  const [stdout, stderr, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited]);
  return { stdout, stderr, code };
}

const api = (method: string, path: string, body?: unknown) =>
  fetch(`${server.baseUrl}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${server.apiKey}`, ...(body ? { "content-type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : null,
  }).then(async (r) => ({ status: r.status, body: r.status === 204 ? null : await r.json() }));

describe("examples/sdk/post-incident.ts", () => {
  test("walks a critical incident from resolved to closed, with the assignee emailed", async () => {
    const { stdout, stderr, code } = await runExample({ TRIPWIRE_URL: server.baseUrl, TRIPWIRE_API_KEY: server.apiKey }, ["owner@example.com"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const id = stdout.match(/^incident (inc_\w+) resolved: status post_incident \(Documenting\)$/m)?.[1];
    expect(id).toBeDefined();
    expect(stdout).toContain('assigned "Review the incident timeline" to owner@example.com');
    expect(stdout).toContain("[done] create_postmortem: Create a post-mortem by automatic (postmortem.attached)");
    expect(stdout).toContain("[done] complete_postmortem: Mark the post-mortem complete by automatic (postmortem.completed)");
    expect(stdout).toContain('flow "Default" active at Reviewing');
    expect(stdout).toContain('flow "Default" completed');
    expect(stdout).toMatch(new RegExp(`^incident ${id}: closed at \\d{4}-`, "m"));
    const timeline = stdout.split("timeline:\n")[1]!;
    expect(timeline.indexOf("Post-incident: Documenting → Reviewing.")).toBeGreaterThan(timeline.indexOf("Post-mortem attached"));
    expect(timeline).toContain('Closed: the post-incident flow "Default" is complete.');

    // What it printed is what the server holds, and the member got the email.
    const incident = await api("GET", `/incidents/${id}`);
    expect(incident.body.status).toBe("closed");
    const [mail] = await smtp.waitFor(1);
    expect(mail!.to).toEqual(["owner@example.com"]);
    expect(mail!.subject).toContain("Review the incident timeline");
  });

  test("exits 3 when the incident enters no flow (the default flow deleted)", async () => {
    const flows = await api("GET", "/post-incident-flows");
    for (const f of flows.body.data) expect((await api("DELETE", `/post-incident-flows/${f.id}`)).status).toBe(204);
    expect((await api("GET", "/post-incident-flows")).body.data).toEqual([]); // deleted for good: not seeded again
    const { stderr, code } = await runExample({ TRIPWIRE_URL: server.baseUrl, TRIPWIRE_API_KEY: server.apiKey });
    expect(code).toBe(3);
    expect(stderr).toContain("did not enter a post-incident flow");
  });

  test("exits 2 with a hint when TRIPWIRE_API_KEY is missing", async () => {
    const { stderr, code } = await runExample({ TRIPWIRE_URL: server.baseUrl });
    expect(code).toBe(2);
    expect(stderr).toContain("Set TRIPWIRE_API_KEY");
  });
});
