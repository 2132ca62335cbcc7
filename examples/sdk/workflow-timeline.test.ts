/** Runs examples/sdk/workflow-timeline.ts as a user would, as a subprocess against the real server on loopback. */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { resolve } from "node:path";
import { apiClient, startTestServer } from "../../server/test/harness.ts";

const root = resolve(import.meta.dir, "../..");
let server: Awaited<ReturnType<typeof startTestServer>>;
let api: ReturnType<typeof apiClient>;

beforeAll(async () => {
  server = await startTestServer();
  api = apiClient(server.baseUrl, server.apiKey);
});
afterAll(() => server?.stop());

async function runExample(env: Record<string, string | undefined>, args: string[] = []) {
  const proc = Bun.spawn(["bun", "examples/sdk/workflow-timeline.ts", ...args], {
    cwd: root,
    env: { ...process.env, TRIPWIRE_URL: undefined, TRIPWIRE_API_KEY: undefined, ...env },
    stdin: "ignore",
    stdout: "pipe",
    stderr: "pipe",
  });
  const [stdout, stderr, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited]);
  return { stdout, stderr, code };
}

interface Row {
  index: number;
  type: string;
  name: string;
  status: string;
  ms: string;
  output: string;
}

/** The table printed between the header line and the next blank line. */
function timelineRows(stdout: string): Row[] {
  const lines = stdout.split("\n");
  const header = lines.findIndex((l) => /^#\s+type\s+name\s+status\s+ms\s+output$/.test(l));
  expect(header).toBeGreaterThan(-1);
  const rows: Row[] = [];
  for (const line of lines.slice(header + 1)) {
    if (line === "") break;
    const m = /^(\d+)\s+(\S+)\s+(\S+)\s+(\S+)\s+(\d+|-)\s+(.*)$/.exec(line);
    expect(m, `a timeline row: ${line}`).not.toBeNull();
    rows.push({ index: Number(m![1]), type: m![2]!, name: m![3]!, status: m![4]!, ms: m![5]!, output: m![6]! });
  }
  return rows;
}

const env = () => ({ TRIPWIRE_URL: server.baseUrl, TRIPWIRE_API_KEY: server.apiKey });

describe("examples/sdk/workflow-timeline.ts", () => {
  test("creates and runs a 3-step manual workflow and prints its completed timeline with the payload's title", async () => {
    const title = "Payments webhook backlog over 5 min";
    const { stdout, stderr, code } = await runExample(env(), [title]);
    expect(stderr).toBe("");
    expect(code).toBe(0);

    const workflowId = stdout.match(/^workflow active: (wfl_\w+) "workflow-timeline-\w+" \(version 1, 3 steps\)$/m)?.[1];
    const runId = stdout.match(/^run queued: (run_\w+) with payload (.*)$/m)?.[1];
    expect(workflowId).toBeDefined();
    expect(runId).toBeDefined();
    expect(stdout).toContain(`with payload ${JSON.stringify({ title })}\n`);

    const rows = timelineRows(stdout);
    expect(rows.map((r) => [r.index, r.type, r.name, r.status])).toEqual([
      [0, "create_incident", "opened", "completed"],
      [1, "add_incident_update", "updated", "completed"],
      [2, "add_label", "labelled", "completed"],
    ]);
    for (const r of rows) expect(Number(r.ms)).toBeGreaterThanOrEqual(0);
    const incidentId = rows[0]!.output.match(/^id=(inc_\w+) /)?.[1];
    expect(incidentId).toBeDefined();
    expect(rows[0]!.output).toContain(`title=${JSON.stringify(title)}`);
    expect(rows[1]!.output).toMatch(new RegExp(`^id=upd_\\w+ incident_id=${incidentId} status=identified$`));
    expect(rows[2]!.output).toBe(`id=${incidentId} labels=["triaged"]`);

    expect(stdout).toContain(`\nrun ${runId}: completed\n`);
    expect(stdout).toMatch(/^total duration: \d+ ms running, \d+ ms from trigger to end$/m);

    // What the script printed is what the server holds.
    const run = (await api("GET", `/runs/${runId}`)).body;
    expect(run).toEqual(expect.objectContaining({ workflow_id: workflowId, status: "completed", trigger_type: "manual" }));
    const incident = (await api("GET", `/incidents/${incidentId}`)).body;
    expect(incident).toEqual(expect.objectContaining({ title, status: "identified", labels: ["triaged"], source: "workflow" }));
  });

  test("a run that fails prints the failed step's error, the skipped steps, and exits 3", async () => {
    const { stdout, stderr, code } = await runExample(env(), [""]);
    expect(stderr).toBe("");
    expect(code).toBe(3);
    const rows = timelineRows(stdout);
    expect(rows.map((r) => [r.status, r.ms === "-"])).toEqual([
      ["failed", false],
      ["skipped", true],
      ["skipped", true],
    ]);
    expect(rows[0]!.output).toMatch(/^error: .*title/);
    expect(stdout).toMatch(/^run run_\w+: failed \(Step 1 \(create_incident\) failed: .*\)$/m);
  });

  test("reports an API error with the problem's detail and exits 1", async () => {
    const key = await api("POST", "/api-keys", { name: "read-only", scopes: ["incidents:read"] });
    expect(key.status).toBe(201);
    const { stdout, stderr, code } = await runExample({ TRIPWIRE_URL: server.baseUrl, TRIPWIRE_API_KEY: key.body.secret });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^Tripwire API error: 403 Insufficient scope: .*workflows:write.* \(request req_\w+\)$/m);
  });

  test("exits 2 with a hint when TRIPWIRE_API_KEY is missing", async () => {
    const { stderr, code } = await runExample({ TRIPWIRE_URL: server.baseUrl });
    expect(code).toBe(2);
    expect(stderr).toContain("Set TRIPWIRE_API_KEY");
  });
});
