/**
 * `run.completed` and `run.failed` are domain events: in GET /events, delivered to subscribed webhooks, and a
 * workflow trigger, so "regularly review failed workflows" can be automated. A workflow never triggers on its own
 * runs (cycle), and the chain's depth rules apply. Over the real server with real receivers on loopback.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { zEvent, zRunEventData } from "../src/generated/zod.gen.ts";
import { startSlackReceiver } from "../src/notify/test-servers.ts";
import { apiClient, startTestServer, type TestServer } from "./harness.ts";
import { startReceiver } from "./receiver.ts";
import { waitFor } from "./wait.ts";

let server: TestServer;
let api: ReturnType<typeof apiClient>;
let slack: ReturnType<typeof startSlackReceiver>;
let hooks: ReturnType<typeof startReceiver>;
let runbook: ReturnType<typeof startReceiver>;

beforeAll(async () => {
  slack = startSlackReceiver();
  hooks = startReceiver();
  runbook = startReceiver(() => new Response("runbook service down", { status: 503 }));
  server = await startTestServer({ env: { TRIPWIRE_WEBHOOK_RETRY_SCHEDULE: "0.05" } });
  api = apiClient(server.baseUrl, server.apiKey);
});
afterAll(async () => {
  await server?.stop();
  slack?.stop();
  hooks?.stop();
  runbook?.stop();
});

const ENDED = ["completed", "completed_with_errors", "failed", "canceled"];
async function finished(runId: string) {
  return waitFor(async () => {
    const r = (await api("GET", `/runs/${runId}`)).body;
    return ENDED.includes(r.status) && r;
  }, 8000);
}
async function create(body: Record<string, unknown>): Promise<string> {
  const res = await api("POST", "/workflows", { state: "active", ...body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}
async function runsOf(workflowId: string) {
  return (await api("GET", `/runs?workflow_id=${workflowId}`)).body.data as { id: string; status: string }[];
}

describe("run.failed and run.completed", () => {
  test("a failed run is an event, a webhook receives it, and a run.failed workflow reports it to Slack", async () => {
    const webhook = await api("POST", "/webhooks", { url: hooks.url, events: ["run.failed", "run.completed"] });
    expect(webhook.status, JSON.stringify(webhook.body)).toBe(201);
    const slackChannel = await api("POST", "/channels", { name: "#workflow-failures", kind: "slack", config: { webhook_url: slack.url("ok") } });
    expect(slackChannel.status).toBe(201);

    const flaky = await create({
      name: "Start the runbook",
      trigger: "manual",
      actions: [{ type: "execute_webhook", name: "runbook", url: runbook.url }],
    });
    const reviewer = await create({
      name: "Review failed workflows",
      trigger: "run.failed",
      conditions: { operator: "AND", conditions: [{ field: "workflow_name", operator: "equals", value: "Start the runbook" }] },
      actions: [
        {
          type: "send_notification",
          channel_id: slackChannel.body.id,
          message: "Workflow {{source_run.workflow_name}} failed at step {{source_run.failed_step.name}}: {{source_run.failed_step.error}} (run {{source_run.id}})",
        },
      ],
    });

    const started = await api("POST", `/workflows/${flaky}/runs`, { payload: {} });
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    const failed = await finished(started.body.id);
    expect(failed.status).toBe("failed");

    // The event, in GET /events, in the contract's shape, caused by the failed run.
    const event = await waitFor(async () => (await api("GET", "/events?type=run.failed&limit=5")).body.data.find((e: { resource_id: string }) => e.resource_id === failed.id));
    zEvent.parse(event);
    expect(event).toEqual(
      expect.objectContaining({ type: "run.failed", resource_type: "run", resource_id: failed.id, caused_by: { run_id: failed.id, workflow_id: flaky, depth: 1 } }),
    );
    const data = zRunEventData.parse(event.data);
    expect(data).toEqual({
      id: failed.id,
      workflow_id: flaky,
      workflow_name: "Start the runbook",
      workflow_version: 1,
      status: "failed",
      error: failed.error,
      failed_step: { index: 0, name: "runbook", type: "execute_webhook", error: failed.steps[0].error },
      trigger_type: "manual",
      started_at: failed.started_at,
      ended_at: failed.ended_at,
      duration_ms: failed.duration_ms,
    });
    expect(data.failed_step?.error).toContain("503");

    // The webhook got it, signed, in the envelope.
    const delivery = await waitFor(async () => hooks.received.map((r) => JSON.parse(r.body)).find((b) => b.event === "run.failed" && b.data.id === failed.id));
    expect(delivery).toEqual({ id: event.id, event: "run.failed", timestamp: event.created_at, data: event.data });

    // The reviewer ran on it, and Slack got the message with the run's fields.
    const reviews = await waitFor(async () => {
      const ended = (await runsOf(reviewer)).filter((r) => ENDED.includes(r.status));
      return ended.length > 0 && ended;
    });
    expect(reviews).toHaveLength(1);
    const review = await finished(reviews[0]!.id);
    expect(review.status, JSON.stringify(review.steps)).toBe("completed");
    expect(review.trigger_type).toBe("run.failed");
    const post = await slack.waitFor(1);
    expect(JSON.stringify(post[0]!.json)).toContain(`Workflow Start the runbook failed at step runbook: ${String(data.failed_step?.error).replaceAll('"', '\\"')}`);
    expect(JSON.stringify(post[0]!.json)).toContain(`(run ${failed.id})`);

    // The reviewer's own completion is a run.completed event (delivered too), and does not trigger the reviewer.
    const completedHook = await waitFor(async () => hooks.received.map((r) => JSON.parse(r.body)).find((b) => b.event === "run.completed" && b.data.id === review.id));
    expect(completedHook.data).toEqual(expect.objectContaining({ status: "completed", workflow_id: reviewer, failed_step: null, error: null, trigger_type: "run.failed" }));
    await Bun.sleep(300);
    expect(await runsOf(reviewer)).toHaveLength(1);
  });

  test("a workflow never triggers on its own runs (cycle): one run per other run, its own skipped", async () => {
    const ch = (await api("POST", "/channels", { name: "#runs", kind: "slack", config: { webhook_url: slack.url("ok") } })).body.id;
    const say = (message: string) => [{ type: "send_notification", channel_id: ch, message }];
    const first = await create({ name: "Nightly step", trigger: "manual", actions: say("nightly") });
    // Triggers on every completed run, its own included: its own are skipped as a cycle.
    const follower = await create({ name: "Follow every run", trigger: "run.completed", actions: say("{{source_run.workflow_name}} completed") });
    const started = await api("POST", `/workflows/${first}/runs`, { payload: {} });
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    expect((await finished(started.body.id)).status).toBe("completed");

    const followed = await waitFor(async () => {
      const runs = await runsOf(follower);
      return runs.length === 1 && ENDED.includes(runs[0]!.status) && runs;
    });
    const run = (await api("GET", `/runs/${followed[0]!.id}`)).body;
    expect(run.caused_by).toEqual([{ run_id: started.body.id, workflow_id: first, depth: 1 }]);
    const evaluations = await waitFor(async () => {
      const list = (await api("GET", `/workflows/${follower}/evaluations?limit=100`)).body.data as { outcome: string; reason: string | null; event_id: string }[];
      return list.some((e) => e.reason === "cycle") && list;
    });
    expect(evaluations.filter((e) => e.outcome === "started")).toHaveLength(1);
    await Bun.sleep(300);
    expect(await runsOf(follower)).toHaveLength(1);
  });

  test("depth rules apply: a chain of run-triggered runs stops after 3 with depth_limit", async () => {
    const ch = (await api("POST", "/channels", { name: "#chain", kind: "slack", config: { webhook_url: slack.url("ok") } })).body.id;
    const after = (name: string) => ({ operator: "AND", conditions: [{ field: "workflow_name", operator: "equals", value: name }] });
    const step = (message: string) => [{ type: "send_notification", channel_id: ch, message }];
    const head = await create({ name: "Chain 0", trigger: "manual", actions: step("chain 0") });
    const links: string[] = [];
    for (let i = 1; i <= 4; i++) links.push(await create({ name: `Chain ${i}`, trigger: "run.completed", conditions: after(`Chain ${i - 1}`), actions: step(`chain ${i}`) }));
    const started = await api("POST", `/workflows/${head}/runs`, { payload: {} });
    expect(started.status).toBe(202);
    // Chain 1, 2 and 3 run (depths 1 to 3); Chain 4 would be the fifth run in the chain: skipped.
    for (const id of links.slice(0, 3)) {
      const runs = await waitFor(async () => {
        const r = await runsOf(id);
        return r.length === 1 && r[0]!.status === "completed" && r;
      }, 8000);
      expect(runs).toHaveLength(1);
    }
    const skipped = await waitFor(async () => {
      const list = (await api("GET", `/workflows/${links[3]}/evaluations?limit=100`)).body.data as { reason: string | null }[];
      return list.find((e) => e.reason === "depth_limit");
    });
    expect(skipped).toBeTruthy();
    const third = (await api("GET", `/runs/${(await runsOf(links[2]!))[0]!.id}`)).body;
    expect(third.caused_by.map((c: { workflow_id: string }) => c.workflow_id)).toEqual([head, links[0], links[1]]);
    expect(await runsOf(links[3]!)).toEqual([]);
  });

  test("the catalog lists both triggers with source_run variables; a typo fails activation", async () => {
    const catalog = (await api("GET", "/workflow-catalog")).body;
    const failedTrigger = catalog.triggers.find((t: { type: string }) => t.type === "run.failed");
    expect(failedTrigger).toEqual(expect.objectContaining({ fires: true, variables: expect.arrayContaining(["source_run.workflow_name", "source_run.error", "source_run.failed_step.error"]) }));
    const bad = await api("POST", "/workflows", {
      name: "Typo",
      trigger: "run.failed",
      state: "active",
      actions: [{ type: "delay", seconds: 1 }],
      conditions: { operator: "AND", conditions: [{ field: "source_run.workflow_nam", operator: "equals", value: "x" }] },
    });
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.body.errors)).toContain("source_run.workflow_nam");
  });
});
