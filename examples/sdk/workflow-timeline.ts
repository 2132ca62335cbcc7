/**
 * A workflow run, step by step, with @tripwire/sdk: create and activate a manual workflow of three steps (open an
 * incident titled from the payload, post a timeline update on it, label it), run it with a payload, wait for the
 * run to finish, and print its step timeline.
 *
 *   TRIPWIRE_API_KEY=tw_live_... bun examples/sdk/workflow-timeline.ts ["Incident title"]
 *
 * TRIPWIRE_URL defaults to http://127.0.0.1:3000 (the server's origin; the SDK adds /api/v1).
 * Exit codes: 0 the run completed, 1 the API answered with an error, 2 misconfigured, 3 the run did not complete
 * (it failed, was canceled, completed with errors, or did not finish within RUN_TIMEOUT_MS).
 */
import { createTripwireClient, type Schema, TripwireError } from "@tripwire/sdk";

type Run = Schema<"Run">;
type Step = Schema<"Step">;

/** How long to wait for the run to finish, and how often to look. Three local steps take milliseconds. */
const RUN_TIMEOUT_MS = 30_000;
const POLL_MS = 100;
const FINISHED: ReadonlySet<Run["status"]> = new Set(["completed", "completed_with_errors", "failed", "canceled"]);

/** The run did not reach a final state in time (not an API error: the server answered every poll). */
class RunTimeout extends Error {}

const baseUrl = process.env.TRIPWIRE_URL || "http://127.0.0.1:3000";
const apiKey = process.env.TRIPWIRE_API_KEY;
if (!apiKey) {
  console.error("Set TRIPWIRE_API_KEY to an API key with workflows:write, workflows:run and workflows:read (the server prints one on first start).");
  process.exit(2);
}
// The payload's title; an empty one makes the first step fail, which shows how a failed run looks.
const title = process.argv[2] ?? "Checkout API returns 502";

const client = createTripwireClient({ baseUrl, apiKey, timeoutMs: 10_000 });

try {
  // "trigger": "manual" is the shorthand for { "type": "manual" }; "state": "active" validates and activates in
  // the same call (every problem comes back at once as a 422). Names are free; the suffix tells runs apart.
  const workflow = await client.orThrow(
    client.POST("/workflows", {
      body: {
        name: `workflow-timeline-${Date.now().toString(36)}`,
        description: "Opens an incident from the payload, posts a first update and labels it (examples/sdk/workflow-timeline.ts).",
        trigger: "manual",
        state: "active",
        actions: [
          { type: "create_incident", name: "opened", title: "{{payload.title}}", severity: "major", message: "Opened by {{workflow.name}}." },
          { type: "add_incident_update", name: "updated", incident_id: "{{steps.opened.id}}", message: "Triage started by run {{run.id}}.", status: "identified" },
          { type: "add_label", name: "labelled", incident_id: "{{steps.opened.id}}", label: "triaged" },
        ],
      },
    }),
  );
  console.log(`workflow active: ${workflow.id} "${workflow.name}" (version ${workflow.version}, ${workflow.actions.length} steps)`);

  const payload = { title };
  const queued = await client.orThrow(
    client.POST("/workflows/{workflowId}/runs", { params: { path: { workflowId: workflow.id } }, body: { payload } }),
  );
  console.log(`run queued: ${queued.id} with payload ${JSON.stringify(payload)}`);

  const run = await waitForRun(queued.id);
  console.log("");
  for (const line of timeline(run.steps ?? [])) console.log(line);
  console.log("");
  console.log(`run ${run.id}: ${run.status}${run.error ? ` (${run.error})` : ""}`);
  console.log(`total duration: ${run.duration_ms ?? "?"} ms running, ${span(run.created_at, run.ended_at)} ms from trigger to end`);
  if (run.status !== "completed") process.exit(3);
} catch (error) {
  if (error instanceof RunTimeout) {
    console.error(error.message);
    process.exit(3);
  }
  if (!(error instanceof TripwireError)) throw error;
  console.error(`Tripwire API error: ${error.message}`);
  for (const field of error.fieldErrors) console.error(`  ${field.in} ${field.pointer}: ${field.detail}`);
  process.exit(1);
}


/** Polls GET /runs/{id} until the run is in a final state, or throws a RunTimeout saying where it got stuck. */
async function waitForRun(runId: string): Promise<Run> {
  const deadline = Date.now() + RUN_TIMEOUT_MS;
  for (;;) {
    const run = await client.orThrow(client.GET("/runs/{runId}", { params: { path: { runId } } }));
    if (FINISHED.has(run.status)) return run;
    if (Date.now() >= deadline) {
      const steps = run.steps ?? [];
      const done = steps.filter((s) => s.status === "completed").length;
      throw new RunTimeout(
        `Timed out after ${RUN_TIMEOUT_MS / 1000} s waiting for run ${runId} to finish: it is still "${run.status}" ` +
          `with ${done} of ${steps.length} steps completed. Runs are executed by the server's queue worker; is the server still running? ` +
          `Look at it later with GET /api/v1/runs/${runId}.`,
      );
    }
    await Bun.sleep(POLL_MS);
  }
}

/** The steps as an aligned table: index, type, name, status, duration, and what each step produced (or its error). */
function timeline(steps: Step[]): string[] {
  const header = ["#", "type", "name", "status", "ms", "output"];
  const rows = steps.map((s) => [String(s.index), s.type, s.name ?? "-", s.status, String(span(s.started_at, s.ended_at)), summary(s)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const numeric = new Set([0, 4]);
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : numeric.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

/** `key=value` pairs of a step's output (strings quoted when they hold spaces), or its error, cut to 120 characters. */
function summary(step: Step): string {
  let text: string;
  if (step.error) text = `error: ${step.error}`;
  else if (!step.output) text = "-";
  else {
    text = Object.entries(step.output)
      .map(([key, value]) => `${key}=${typeof value === "string" && !/\s/.test(value) ? value : JSON.stringify(value)}`)
      .join(" ");
  }
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

/** Milliseconds between two server timestamps, or "-" when either is missing (a step that never ran). */
function span(from: string | null, to: string | null): number | "-" {
  return from && to ? Date.parse(to) - Date.parse(from) : "-";
}
