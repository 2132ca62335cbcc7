/**
 * The post-incident flow end to end (issue #16): a real server, a loopback SMTP sink for the assignment email, a
 * Slack-like receiver as the organization's incident channel and a loopback webhook receiver subscribed to every event.
 * On SQLite always, and on PostgreSQL too when TRIPWIRE_TEST_DATABASE_URL is set (scripts/pg.sh start prints one).
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { SQL } from "bun";
import { randomBytes } from "node:crypto";
import {
  zIncident,
  zIncidentClosedEventData,
  zIncidentPostIncident,
  zPostIncidentFlow,
  zPostIncidentFlowEventData,
  zPostIncidentTask,
  zPostIncidentTaskEventData,
  zWebhookPayload,
} from "../src/generated/zod.gen.ts";
import { startSlackReceiver, startSmtpSink } from "../src/notify/test-servers.ts";
import { apiClient, startTestServer, type TestServer } from "./harness.ts";
import { startReceiver } from "./receiver.ts";
import { waitFor } from "./wait.ts";

interface Backend {
  name: string;
  /** Extra server environment, and what to clean up afterwards. */
  prepare(): Promise<{ env: Record<string, string>; cleanup(): Promise<void> }>;
}
const adminUrl = process.env.TRIPWIRE_TEST_DATABASE_URL || undefined;
const BACKENDS: Backend[] = [
  { name: "sqlite", prepare: async () => ({ env: {}, cleanup: async () => {} }) },
  ...(adminUrl
    ? [
        {
          name: "postgres",
          async prepare() {
            const name = `tripwire_postinc_${process.pid}`;
            const admin = new SQL(adminUrl, { max: 1 });
            await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
            await admin.unsafe(`CREATE DATABASE ${name}`);
            const url = new URL(adminUrl);
            url.pathname = `/${name}`;
            return {
              env: { TRIPWIRE_DATABASE: "", TRIPWIRE_DATABASE_URL: url.toString(), TRIPWIRE_SECRET_KEY: randomBytes(32).toString("base64") },
              async cleanup() {
                await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
                await admin.close();
              },
            };
          },
        },
      ]
    : []),
];

for (const backend of BACKENDS) {
  describe(backend.name, () => {
    let server: TestServer;
    let api: ReturnType<typeof apiClient>;
    let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
    let slack: ReturnType<typeof startSlackReceiver>;
    let hooks: ReturnType<typeof startReceiver>;

    let cleanup: () => Promise<void> = async () => {};

    beforeAll(async () => {
      const prepared = await backend.prepare();
      cleanup = prepared.cleanup;
      smtp = await startSmtpSink();
      slack = startSlackReceiver();
      hooks = startReceiver();
      server = await startTestServer({ env: { SMTP_URL: smtp.url, TRIPWIRE_RATE_LIMIT: "100000", ...prepared.env } });
      api = apiClient(server.baseUrl, server.apiKey);
      expect((await api("POST", "/webhooks", { url: hooks.url, events: ["*"] })).status).toBe(201);
      const channel = await api("POST", "/channels", { name: "#incidents", kind: "slack", config: { webhook_url: slack.url("ok") } });
      expect(channel.status).toBe(201);
      expect((await api("PATCH", "/organization/settings", { incident_channel_id: channel.body.id })).body.incident_channel_id).toBe(channel.body.id);
    });
    afterAll(async () => {
      await server?.stop();
      await smtp?.stop();
      slack?.stop();
      hooks?.stop();
      await cleanup();
    });

    const resolved = async (severity: string, title: string) => {
      const inc = await api("POST", "/incidents", { title, severity });
      expect(inc.status).toBe(201);
      const res = await api("POST", `/incidents/${inc.body.id}/resolve`, { message: "Fixed." });
      expect(res.status).toBe(200);
      return zIncident.parse(res.body);
    };
    const flowOf = async (id: string) => zIncidentPostIncident.parse((await api("GET", `/incidents/${id}/post-incident`)).body);
    const timeline = async (id: string) => ((await api("GET", `/incidents/${id}/updates?limit=100`)).body.data as { message: string }[]).map((u) => u.message).reverse();
    /** The webhook deliveries about one incident, in the order they were written (by event id). */
    const delivered = (incidentId: string) =>
      hooks.received
        .map((r) => JSON.parse(r.body) as { id: string; event: string; data: Record<string, unknown> })
        .filter((b) => b.data.incident_id === incidentId || b.data.id === incidentId || (b.data.incident as { id?: string } | undefined)?.id === incidentId)
        .sort((a, b) => (a.id < b.id ? -1 : 1));

    describe("the default flow", () => {
      test("every organization has it: Documenting then Reviewing, automatic for major and critical incidents", async () => {
        const list = await api("GET", "/post-incident-flows");
        expect(list.status).toBe(200);
        const [flow] = list.body.data.map((f: unknown) => zPostIncidentFlow.parse(f));
        expect(flow.is_default).toBe(true);
        expect(flow.entry).toBe("automatic");
        expect(flow.statuses.map((s: { name: string }) => s.name)).toEqual(["Documenting", "Reviewing"]);
        expect(flow.statuses[0].tasks.map((t: { kind: string }) => t.kind)).toEqual(["review_timeline", "create_postmortem", "complete_postmortem"]);
        expect(flow.statuses[1].tasks.map((t: { kind: string }) => t.kind)).toEqual(["schedule_debrief", "share_postmortem", "review_follow_ups"]);
      });
    });

    describe("a critical incident from resolved to closed", () => {
      test("enters the default flow, tasks complete (two by themselves), Reviewing, closed; every event is delivered", async () => {
        const member = await api("POST", "/members", { name: "Ada Lovelace", email: "ada@example.com" });
        expect(member.status).toBe(201);
        const incident = await resolved("critical", "Checkout API returns 502");
        expect(incident.status).toBe("post_incident");
        expect(incident.post_incident_status).toBe("Documenting");
        expect(incident.resolved_at).not.toBeNull();

        let pi = await flowOf(incident.id);
        expect(pi.state).toBe("active");
        expect(pi.status).toBe("Documenting");
        expect(pi.tasks).toHaveLength(6);
        expect(pi.tasks.every((t) => t.status === "todo")).toBe(true);
        const task = (kind: string) => pi.tasks.find((t) => t.kind === kind)!;

        // The channel hears of the entry.
        const entered = await waitFor(async () => slack.received.find((r) => JSON.stringify(r.json).includes("entered the post-incident flow")));
        expect(JSON.stringify(entered.json)).toContain("Checkout API returns 502");

        // A flow edited mid-way changes nothing for this incident.
        const flowId = pi.flow_id;
        const edit = await api("PATCH", `/post-incident-flows/${flowId}`, { statuses: [{ name: "Only", tasks: [{ kind: "custom", title: "Something new" }] }] });
        expect(edit.status).toBe(200);
        expect((await flowOf(incident.id)).tasks.map((t) => t.id)).toEqual(pi.tasks.map((t) => t.id));
        expect((await flowOf(incident.id)).statuses).toEqual(["Documenting", "Reviewing"]);

        // Assigning a task emails the member through SMTP.
        const assigned = await api("PATCH", `/incidents/${incident.id}/post-incident/tasks/${task("review_timeline").id}`, { assignee_id: member.body.id, due_at: "2030-01-02T10:00:00+01:00" });
        expect(assigned.status).toBe(200);
        expect(zPostIncidentTask.parse(assigned.body)).toMatchObject({ assignee_id: member.body.id, due_at: "2030-01-02T09:00:00.000Z" });
        const [mail] = await smtp.waitFor(1);
        expect(mail!.to).toEqual(["ada@example.com"]);
        expect(mail!.subject).toContain("Review the incident timeline");
        expect(mail!.decoded).toContain("Checkout API returns 502");

        // A task of a later status cannot be completed yet.
        expect((await api("POST", `/incidents/${incident.id}/post-incident/tasks/${task("schedule_debrief").id}/complete`)).status).toBe(409);

        // The post-mortem attached, then marked complete: two tasks complete themselves.
        expect((await api("PUT", `/incidents/${incident.id}/postmortem`, { url: "https://docs.example.com/pm/1", status: "draft" })).status).toBe(200);
        pi = await flowOf(incident.id);
        expect(task("create_postmortem")).toMatchObject({ status: "done", completed_by: { kind: "automatic", reason: "postmortem.attached" } });
        expect(task("complete_postmortem").status).toBe("todo");
        expect((await api("PUT", `/incidents/${incident.id}/postmortem`, { url: "https://docs.example.com/pm/1", status: "complete" })).body.status).toBe("complete");
        pi = await flowOf(incident.id);
        expect(task("complete_postmortem")).toMatchObject({ status: "done", completed_by: { kind: "automatic", reason: "postmortem.completed" } });
        expect(pi.status).toBe("Documenting");

        // The last task of Documenting done → Reviewing.
        const done = await api("POST", `/incidents/${incident.id}/post-incident/tasks/${task("review_timeline").id}/complete`, { note: "Read it through." });
        expect(done.body).toMatchObject({ status: "done", note: "Read it through.", completed_by: { kind: "api" } });
        expect((await api("POST", `/incidents/${incident.id}/post-incident/tasks/${task("review_timeline").id}/complete`)).status).toBe(409);
        pi = await flowOf(incident.id);
        expect(pi.status).toBe("Reviewing");
        expect((await api("GET", `/incidents/${incident.id}`)).body).toMatchObject({ status: "post_incident", post_incident_status: "Reviewing" });

        // Invalid moves are 409 problems.
        const badMove = await api("POST", `/incidents/${incident.id}/post-incident/move`, { to: "Documenting" });
        expect(badMove.status).toBe(409);
        expect(badMove.headers.get("content-type")).toContain("application/problem+json");
        expect((await api("PATCH", `/incidents/${incident.id}`, { status: "investigating" })).status).toBe(409);
        expect((await api("POST", `/incidents/${incident.id}/close`)).status).toBe(409);

        // The rest: not doing, a follow-up resolved (completes "review follow-ups"), the debrief recorded.
        expect((await api("POST", `/incidents/${incident.id}/post-incident/tasks/${task("share_postmortem").id}/not-doing`, { note: "Shared in person." })).body.status).toBe("not_doing");
        const fu = await api("POST", `/incidents/${incident.id}/follow-ups`, { title: "Add a circuit breaker" });
        expect(fu.status).toBe(201);
        expect(task("review_follow_ups").status).toBe("todo");
        expect((await api("PATCH", `/incidents/${incident.id}/follow-ups/${fu.body.id}`, { status: "completed" })).body.status).toBe("completed");
        pi = await flowOf(incident.id);
        expect(task("review_follow_ups")).toMatchObject({ status: "done", completed_by: { kind: "automatic", reason: "follow_ups.resolved" } });
        expect((await api("PUT", `/incidents/${incident.id}/debrief`, { scheduled_at: "2030-01-03T14:00:00Z", attendee_ids: [member.body.id] })).status).toBe(200);

        pi = await flowOf(incident.id);
        expect(pi).toMatchObject({ state: "completed", status: null });
        const closed = zIncident.parse((await api("GET", `/incidents/${incident.id}`)).body);
        expect(closed).toMatchObject({ status: "closed", post_incident_status: null });
        expect(closed.closed_at).not.toBeNull();

        // The timeline shows every step.
        const lines = await timeline(incident.id);
        for (const expected of [
          'Entered the post-incident flow "Default" (automatically, on resolve): Documenting.',
          'Task "Review the incident timeline" assigned to Ada Lovelace <ada@example.com>.',
          "Post-mortem attached: https://docs.example.com/pm/1",
          'Task "Create a post-mortem" done (automatically: a post-mortem was attached).',
          'Task "Mark the post-mortem complete" done (automatically: the post-mortem was marked complete).',
          'Task "Review the incident timeline" done. Note: Read it through.',
          "Post-incident: Documenting → Reviewing.",
          'Task "Share the post-mortem" marked not doing. Note: Shared in person.',
          'Task "Review follow-ups" done (automatically: every follow-up is resolved).',
          'Task "Schedule the debrief" done (automatically: the debrief was recorded).',
          'Closed: the post-incident flow "Default" is complete.',
        ]) {
          expect(lines).toContain(expected);
        }

        // Only the entries that changed the status carry one.
        const entries = (await api("GET", `/incidents/${incident.id}/updates?limit=100`)).body.data as { message: string; status: string | null }[];
        const statusOf = (prefix: string) => entries.find((e) => e.message.startsWith(prefix))?.status;
        expect([statusOf("Entered the post-incident flow"), statusOf('Task "Create a post-mortem" done'), statusOf("Closed: the post-incident flow")]).toEqual(["post_incident", null, "closed"]);

        // Every event reached the webhook, with the resource's own fields at the top of data. Deliveries to one
        // endpoint run side by side, so they arrive in any order: wait for all ten, then look at them in event order.
        const flowEvents = (got: { event: string }[]) => got.map((e) => e.event).filter((t) => t.startsWith("post_incident.") || t === "incident.closed");
        const events = await waitFor(async () => {
          const got = delivered(incident.id);
          return flowEvents(got).length >= 10 ? got : null;
        });
        expect(flowEvents(events)).toEqual([
          "post_incident.entered",
          "post_incident.task_assigned",
          "post_incident.task_completed",
          "post_incident.task_completed",
          "post_incident.task_completed",
          "post_incident.status_changed",
          "post_incident.task_completed",
          "post_incident.task_completed",
          "post_incident.task_completed",
          "incident.closed",
        ]);
        // Each body matches the contract's payload, and each data its event's schema.
        for (const e of events.filter((x) => x.event.startsWith("post_incident.") || x.event === "incident.closed")) {
          zWebhookPayload.parse(e);
          const schema = e.event === "incident.closed" ? zIncidentClosedEventData : e.event.startsWith("post_incident.task_") ? zPostIncidentTaskEventData : zPostIncidentFlowEventData;
          expect({ event: e.event, ok: schema.safeParse(e.data).success }).toEqual({ event: e.event, ok: true });
        }
        const enteredEvent = events.find((e) => e.event === "post_incident.entered")!;
        expect(enteredEvent.data).toMatchObject({ incident_id: incident.id, flow_name: "Default", status: "Documenting", state: "active" });
        const completedEvent = events.find((e) => e.event === "post_incident.task_completed")!;
        expect(completedEvent.data).toMatchObject({ kind: "create_postmortem", status: "done", completed_by: { kind: "automatic", reason: "postmortem.attached" }, incident: { id: incident.id } });
        const changed = events.find((e) => e.event === "post_incident.status_changed")!;
        expect(changed.data).toMatchObject({ previous_status: "Documenting", status: "Reviewing" });
        const closedEvent = events.find((e) => e.event === "incident.closed")!;
        expect(closedEvent.data).toMatchObject({ id: incident.id, status: "closed", opt_out_reason: null, flow_id: flowId });
      });
    });

    describe("not matching, opting out", () => {
      test("a minor incident does not enter: it stays resolved and closes directly", async () => {
        const incident = await resolved("minor", "Typo on the status page");
        expect(incident.status).toBe("resolved");
        expect((await api("GET", `/incidents/${incident.id}/post-incident`)).status).toBe(404);
        const closed = await api("POST", `/incidents/${incident.id}/close`);
        expect(closed.status).toBe(200);
        expect(closed.body).toMatchObject({ status: "closed", post_incident_status: null });
        expect((await api("POST", `/incidents/${incident.id}/close`)).status).toBe(409);
        expect(await timeline(incident.id)).toContain("Closed.");
      });

      test("an incident still open cannot be closed, and close can opt in to a flow", async () => {
        const open = await api("POST", "/incidents", { title: "Still burning", severity: "minor" });
        expect((await api("POST", `/incidents/${open.body.id}/close`)).status).toBe(409);
        const incident = await resolved("minor", "Opt in");
        const flows = (await api("GET", "/post-incident-flows")).body.data as { id: string }[];
        const optIn = await api("POST", `/incidents/${incident.id}/close`, { flow_id: flows[0]!.id });
        expect(optIn.status).toBe(200);
        // The default flow was edited above to one status "Only": the opt-in takes the flow as it is now.
        expect(optIn.body).toMatchObject({ status: "post_incident", post_incident_status: "Only" });
      });

      test("opting out needs a reason (422); with one the incident is closed and the reason is on the timeline", async () => {
        const incident = await resolved("major", "Partial outage");
        expect(incident.status).toBe("post_incident");
        const missing = await api("POST", `/incidents/${incident.id}/post-incident/opt-out`, {});
        expect(missing.status).toBe(422);
        expect(missing.body.errors[0].pointer).toBe("#/reason");
        const out = await api("POST", `/incidents/${incident.id}/post-incident/opt-out`, { reason: "Duplicate of an incident already reviewed." });
        expect(out.status).toBe(200);
        expect(out.body).toMatchObject({ state: "opted_out", opt_out_reason: "Duplicate of an incident already reviewed." });
        expect((await api("GET", `/incidents/${incident.id}`)).body.status).toBe("closed");
        expect(await timeline(incident.id)).toContain('Opted out of the post-incident flow "Default" and closed. Reason: Duplicate of an incident already reviewed.');
        const msg = await waitFor(async () => slack.received.find((r) => JSON.stringify(r.json).includes("Duplicate of an incident already reviewed.")));
        expect(JSON.stringify(msg.json)).toContain("opted out");
        expect((await api("POST", `/incidents/${incident.id}/post-incident/opt-out`, { reason: "again" })).status).toBe(409);
      });
    });

    describe("workflows", () => {
      test("triggers carry {{task.*}} and {{post_incident.status}}; actions complete a task and attach a post-mortem", async () => {
        const onEntry = await api("POST", "/workflows", {
          name: "Post-mortem doc on entry",
          trigger: "post_incident.entered",
          state: "active",
          conditions: { operator: "AND", conditions: [{ field: "incident.title", operator: "contains", value: "[wf]" }] },
          actions: [
            { type: "attach_postmortem", url: "https://docs.example.com/pm/{{incident.id}}" },
            { type: "complete_post_incident_task", kind: "review_timeline", note: "Timeline checked at {{post_incident.status}}." },
          ],
        });
        expect(onEntry.status).toBe(201);
        const onTask = await api("POST", "/workflows", {
          name: "Echo completions",
          trigger: "post_incident.task_completed",
          state: "active",
          conditions: { operator: "AND", conditions: [{ field: "incident.title", operator: "contains", value: "[wf]" }] },
          actions: [{ type: "add_incident_update", message: "Echo: {{task.title}} ({{task.completed_by.kind}}) at {{post_incident.status}}" }],
        });
        expect(onTask.status).toBe(201);
        const bad = await api("POST", "/workflows", { name: "typo", trigger: "post_incident.task_assigned", actions: [{ type: "add_incident_update", message: "{{task.completed_by.kind}}" }] });
        expect(bad.status).toBe(201); // a draft; activation checks variables
        expect((await api("POST", `/workflows/${bad.body.id}/activate`)).status).toBe(422);

        // The default flow was edited above to one status "Only" with one custom task: use a fresh flow instead.
        const flow = await api("POST", "/post-incident-flows", {
          name: "Workflow flow",
          entry: "automatic",
          conditions: { operator: "AND", conditions: [{ field: "labels", operator: "contains", value: "wf" }] },
          statuses: [{ name: "Documenting", tasks: [{ kind: "review_timeline" }, { kind: "create_postmortem", due_after_days: 5 }] }],
        });
        expect(flow.status).toBe(201);
        expect(flow.body.statuses[0].tasks[1]).toMatchObject({ title: "Create a post-mortem", due_after_days: 5 });
        const inc = await api("POST", "/incidents", { title: "Queue stuck [wf]", severity: "minor", labels: ["wf"] });
        expect((await api("POST", `/incidents/${inc.body.id}/resolve`)).body).toMatchObject({ status: "post_incident", post_incident_status: "Documenting" });
        const pi = await flowOf(inc.body.id);
        expect(pi.flow_id).toBe(flow.body.id);
        expect(Date.parse(pi.tasks[1]!.due_at!) - Date.parse(pi.entered_at)).toBe(5 * 86_400_000);

        // The entry workflow attaches the post-mortem and completes the other task: the incident closes.
        await waitFor(async () => (await api("GET", `/incidents/${inc.body.id}`)).body.status === "closed", 10_000);
        const after = await flowOf(inc.body.id);
        expect(after.tasks.map((t) => [t.kind, t.status, t.completed_by?.kind])).toEqual([
          ["review_timeline", "done", "workflow"],
          ["create_postmortem", "done", "automatic"],
        ]);
        expect(after.tasks[0]!.note).toBe("Timeline checked at Documenting.");
        const lines = await waitFor(async () => {
          const l = await timeline(inc.body.id);
          return l.filter((x) => x.startsWith("Echo:")).length === 2 ? l : null;
        }, 10_000);
        expect(lines).toContain("Echo: Create a post-mortem (automatic) at Documenting");
        expect(lines).toContain("Echo: Review the incident timeline (workflow) at Documenting");
      });

      test("flow validation names each bad field", async () => {
        const res = await api("POST", "/post-incident-flows", {
          name: "Broken",
          conditions: { operator: "AND", conditions: [{ field: "severty", operator: "in", value: ["major"] }] },
          statuses: [
            { name: "closed", tasks: [{ kind: "custom" }] },
            { name: "A", tasks: [{ kind: "assign_role" }] },
            { name: "A", tasks: [] },
          ],
        });
        expect(res.status).toBe(422);
        expect(res.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual([
          "#/conditions/conditions/0/field",
          "#/statuses/0/name",
          "#/statuses/0/tasks/0/title",
          "#/statuses/1/tasks/0/role",
          "#/statuses/2/name",
        ]);
      });

      test("assigning a task's role completes it", async () => {
        const member = await api("POST", "/members", { name: "Grace Hopper", email: "grace@example.com" });
        const flow = await api("POST", "/post-incident-flows", {
          name: "Roles",
          conditions: { operator: "AND", conditions: [{ field: "labels", operator: "contains", value: "roles" }] },
          statuses: [{ name: "Owning", tasks: [{ kind: "assign_role", role: "postmortem_owner" }, { kind: "custom", title: "Thank the team" }] }],
        });
        expect(flow.body.statuses[0].tasks[0].title).toBe("Assign the postmortem_owner role");
        const inc = await api("POST", "/incidents", { title: "Roles", labels: ["roles"], status: "resolved" });
        expect(inc.body.status).toBe("post_incident");
        const roles = await api("PUT", `/incidents/${inc.body.id}/roles`, { role: "postmortem_owner", member_id: member.body.id });
        expect(roles.body).toEqual({ incident_id: inc.body.id, roles: { postmortem_owner: member.body.id } });
        const pi = await flowOf(inc.body.id);
        expect(pi.tasks[0]).toMatchObject({ status: "done", completed_by: { kind: "automatic", reason: "role.assigned" } });
        expect(pi.tasks[1]!.status).toBe("todo");
        // Reopening does not complete it again by itself; moving on by hand is explicit.
        expect((await api("POST", `/incidents/${inc.body.id}/post-incident/tasks/${pi.tasks[0]!.id}/reopen`)).body.status).toBe("todo");
        expect((await flowOf(inc.body.id)).tasks[0]!.status).toBe("todo");
        expect((await api("POST", `/incidents/${inc.body.id}/post-incident/move`, { to: "Reviewing" })).status).toBe(409);
        expect((await api("POST", `/incidents/${inc.body.id}/post-incident/move`, { to: "closed" })).body).toMatchObject({ state: "completed" });
        expect((await api("GET", `/incidents/${inc.body.id}`)).body.status).toBe("closed");
      });

      test("sharing the post-mortem to a channel completes 'share' only when the provider took it", async () => {
      await api("POST", "/post-incident-flows", {
        name: "Share",
        conditions: { operator: "AND", conditions: [{ field: "labels", operator: "contains", value: "share" }] },
        statuses: [{ name: "Sharing", tasks: [{ kind: "share_postmortem" }, { kind: "custom", title: "Keep it open" }] }],
      });
      const inc = await api("POST", "/incidents", { title: "Share it", labels: ["share"], status: "resolved" });
      const good = await api("POST", "/channels", { name: "#postmortems", kind: "slack", config: { webhook_url: slack.url("ok") } });
      const gone = await api("POST", "/channels", { name: "#gone", kind: "slack", config: { webhook_url: slack.url("gone") } });
      expect((await api("POST", `/incidents/${inc.body.id}/postmortem/share`, { channel_id: good.body.id })).status).toBe(409); // nothing to share yet
      await api("PUT", `/incidents/${inc.body.id}/postmortem`, { url: "https://docs.example.com/pm/share" });
      const failed = await api("POST", `/incidents/${inc.body.id}/postmortem/share`, { channel_id: gone.body.id });
      expect(failed.status).toBe(200);
      expect(failed.body.success).toBe(false);
      expect((await flowOf(inc.body.id)).tasks[0]!.status).toBe("todo");
      const sent = await api("POST", `/incidents/${inc.body.id}/postmortem/share`, { channel_id: good.body.id });
      expect(sent.body.success).toBe(true);
      expect(slack.received.some((r) => JSON.stringify(r.json).includes("https://docs.example.com/pm/share"))).toBe(true);
      expect((await flowOf(inc.body.id)).tasks[0]).toMatchObject({ status: "done", completed_by: { kind: "automatic", reason: "postmortem.shared" } });
      expect(await timeline(inc.body.id)).toContain("Post-mortem shared to #postmortems.");
    });

    test("a status whose tasks were all removed stays until moved by hand; removing the last open one moves on", async () => {
        await api("POST", "/post-incident-flows", {
          name: "Two steps",
          conditions: { operator: "AND", conditions: [{ field: "labels", operator: "contains", value: "two" }] },
          statuses: [
            { name: "One", tasks: [{ kind: "custom", title: "A" }] },
            { name: "Two", tasks: [{ kind: "custom", title: "B" }, { kind: "custom", title: "C" }] },
          ],
        });
        const inc = await api("POST", "/incidents", { title: "Two", labels: ["two"], status: "resolved" });
        let pi = await flowOf(inc.body.id);
        expect((await api("DELETE", `/incidents/${inc.body.id}/post-incident/tasks/${pi.tasks[0]!.id}`)).status).toBe(204);
        pi = await flowOf(inc.body.id);
        expect(pi).toMatchObject({ status: "One", state: "active" });
        expect(pi.tasks.map((t) => t.title)).toEqual(["B", "C"]);
        // The flow itself is unchanged.
        expect((await api("GET", "/post-incident-flows")).body.data.find((f: { name: string }) => f.name === "Two steps").statuses[0].tasks).toHaveLength(1);
        expect((await api("POST", `/incidents/${inc.body.id}/post-incident/move`, { to: "Two" })).body.status).toBe("Two");
        await api("POST", `/incidents/${inc.body.id}/post-incident/tasks/${pi.tasks[0]!.id}/complete`);
        expect((await flowOf(inc.body.id)).status).toBe("Two");
        expect((await api("DELETE", `/incidents/${inc.body.id}/post-incident/tasks/${pi.tasks[1]!.id}`)).status).toBe(204);
        expect((await api("GET", `/incidents/${inc.body.id}`)).body.status).toBe("closed");
        expect(await timeline(inc.body.id)).toContain('Task "A" removed from One.');
      });
    });
  });
}
