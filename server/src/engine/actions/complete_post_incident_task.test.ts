import { afterEach, beforeEach, expect, test } from "bun:test";
import { getPostIncident } from "../../domain/post-incident.ts";
import { completePostIncidentTaskAction as action } from "./complete_post_incident_task.ts";
import { attachPostmortemAction as attach } from "./attach_postmortem.ts";
import { type Fixture, fixture, issues, output } from "./test-support.ts";

let f: Fixture;
beforeEach(async () => {
  f = await fixture();
});
afterEach(() => f.close());

/** A critical incident created resolved: it enters the default flow at Documenting. */
const inFlow = () => f.incident({ severity: "critical", status: "resolved" });

test("completes the open task of a kind in the current status; the completion names the run", async () => {
  const incident = await inFlow();
  expect(incident.status).toBe("post_incident");
  const out = output(await f.run(action, { kind: "review_timeline", note: "Done by the bot." }, f.ctx({ incident })));
  expect(out).toMatchObject({ status: "done", post_incident_status: "Documenting", incident_status: "post_incident" });
  const pi = await getPostIncident(f.deps, f.human, incident.id);
  const task = pi.tasks.find((t) => t.kind === "review_timeline")!;
  expect(task).toMatchObject({ status: "done", note: "Done by the bot.", completed_by: { kind: "workflow", reason: null, run_id: f.causedBy.run_id } });
  const [event] = await f.events("post_incident.task_completed");
  expect(event?.caused_by).toEqual(f.causedBy);
  expect(event?.data).toMatchObject({ id: task.id, kind: "review_timeline", status: "done" });
});

test("skips a task with outcome not_doing, and takes the trigger's task when nothing else names one", async () => {
  const incident = await inFlow();
  const pi = await getPostIncident(f.deps, f.human, incident.id);
  const task = pi.tasks.find((t) => t.kind === "complete_postmortem")!;
  const out = output(await f.run(action, { outcome: "not_doing" }, f.ctx({ incident, task })));
  expect(out).toMatchObject({ id: task.id, status: "not_doing" });
});

test("a kind with no open task in the current status, or no task at all, is an error", async () => {
  const incident = await inFlow();
  await expect(f.run(action, { kind: "share_postmortem" }, f.ctx({ incident }))).rejects.toThrow("No open share_postmortem task");
  await expect(f.run(action, {}, f.ctx({ incident }))).rejects.toThrow("Set task_id or kind");
  expect(issues(action, { outcome: "maybe" })).toEqual([expect.stringMatching(/^outcome: /)]);
});

test("attach_postmortem completes 'create a post-mortem' (and 'mark complete' with status complete)", async () => {
  const incident = await inFlow();
  expect(output(await f.run(attach, { url: "https://docs.example.com/pm/7", status: "complete" }, f.ctx({ incident })))).toEqual({
    incident_id: incident.id,
    url: "https://docs.example.com/pm/7",
    status: "complete",
  });
  const pi = await getPostIncident(f.deps, f.human, incident.id);
  for (const kind of ["create_postmortem", "complete_postmortem"]) {
    expect(pi.tasks.find((t) => t.kind === kind)).toMatchObject({ status: "done", completed_by: { kind: "automatic", run_id: f.causedBy.run_id } });
  }
  await expect(f.run(attach, { url: "ftp://x" }, f.ctx({ incident }))).rejects.toThrow("url must be an http(s) URL");
  expect(issues(attach, {})).toEqual([expect.stringMatching(/^url: /)]);
});
