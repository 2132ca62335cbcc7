/**
 * Activation checks everything it can, reported together at JSON pointers (issue #13, point 3), over the real
 * server: referenced channels (id or key), escalation policies, members (id or email) and services must exist in
 * the organization; actions that work on the trigger's incident (or alert, service) need an explicit id on a
 * trigger that carries none; text fields are typed alike (`message: 42` is refused like `label: 5`). And deleting
 * a channel, policy or member that an active workflow names is refused with a 409 listing the workflows.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { apiClient, startTestServer, type TestServer } from "./harness.ts";

let server: TestServer;
let api: ReturnType<typeof apiClient>;
let mailChannel: { id: string; key: string };
let webhookChannel: { id: string };
let member: { id: string; email: string };
let policy: { id: string };

beforeAll(async () => {
  server = await startTestServer();
  api = apiClient(server.baseUrl, server.apiKey);
  mailChannel = (await api("POST", "/channels", { name: "Ops mail", key: "ch_mail_ops", kind: "email", config: { recipients: ["ops@example.com"] } })).body;
  webhookChannel = (await api("POST", "/channels", { name: "Hook", kind: "webhook", config: { url: "http://127.0.0.1:9/hook" } })).body;
  member = (await api("POST", "/members", { name: "Ada", email: "ada@example.com" })).body;
  policy = (await api("POST", "/escalation-policies", { name: "Ops", levels: [{ delay_minutes: 0, member_ids: [member.id] }] })).body;
});
afterAll(() => server?.stop());

const MISSING_POLICY = "esp_01JD5Q8R1XK2ZP7S0C3V9N4B6M";
const MISSING_SERVICE = "svc_01JD5Q8R1XK2ZP7S0C3V9N4B6M";
const MISSING_MEMBER = "mem_01JD5Q8R1XK2ZP7S0C3V9N4B6M";

const byPointer = (errors: { pointer: string; detail: string }[]) => Object.fromEntries(errors.map((e) => [e.pointer, e.detail]));

describe("activation reports every problem at once", () => {
  test("missing references, incident-needing actions on a schedule and numbers in text fields, each at its pointer", async () => {
    const body = {
      name: "Everything wrong",
      trigger: "scheduled",
      schedule: "0 9 * * *",
      actions: [
        { type: "send_notification", channel_id: "ch_slack_ops", message: 42 },
        { type: "page_on_call", policy_id: MISSING_POLICY },
        { type: "assign_incident", assignee_email: "nobody@example.com" },
        { type: "create_incident", title: "Daily check", service_id: MISSING_SERVICE, service_ids: ["{{schedule.every}}", MISSING_SERVICE] },
        { type: "add_label", label: 5 },
        { type: "update_service_status", status: "degraded" },
        { type: "send_slack_message", channel_id: "ch_mail_ops" },
        { type: "resolve_incident", message: "done" },
        { type: "assign_incident", incident_id: "inc_x", assignee_id: MISSING_MEMBER },
      ],
    };
    const created = await api("POST", "/workflows", body);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const res = await api("POST", `/workflows/${created.body.id}/activate`);
    expect(res.status).toBe(422);
    const errors = byPointer(res.body.errors);
    expect(Object.keys(errors).sort()).toEqual(
      [
        "#/actions/0/channel_id",
        "#/actions/0/message",
        "#/actions/1/alert_id",
        "#/actions/1/policy_id",
        "#/actions/2/incident_id",
        "#/actions/2/assignee_email",
        "#/actions/3/service_id",
        "#/actions/3/service_ids/1",
        "#/actions/4/incident_id",
        "#/actions/4/label",
        "#/actions/5/service_id",
        "#/actions/6/channel_id",
        "#/actions/7/incident_id",
        "#/actions/8/assignee_id",
      ].sort(),
    );
    expect(errors["#/actions/0/channel_id"]).toBe("No channel with the id or key ch_slack_ops in this organization.");
    // Typed alike: a number where text goes is refused in the same words whichever field it is.
    expect(errors["#/actions/0/message"]).toBe("Expected string, got number.");
    expect(errors["#/actions/4/label"]).toBe("Expected string, got number.");
    expect(errors["#/actions/4/incident_id"]).toContain("add_label works on an incident, and the scheduled trigger carries none: set incident_id");
    expect(errors["#/actions/1/alert_id"]).toContain("set alert_id or incident_id");
    expect(errors["#/actions/1/policy_id"]).toBe(`No escalation policy ${MISSING_POLICY} in this organization.`);
    expect(errors["#/actions/2/assignee_email"]).toBe("No member with the email nobody@example.com in this organization.");
    expect(errors["#/actions/5/service_id"]).toContain("update_service_status works on a service, and the scheduled trigger carries none");
    expect(errors["#/actions/6/channel_id"]).toContain("is a email channel; send_slack_message needs a slack channel");
    expect((await api("GET", `/workflows/${created.body.id}`)).body.state).toBe("draft");
  });

  test("the same checks apply to a create with state active, and the fixed workflow activates", async () => {
    const ok = await api("POST", "/workflows", {
      name: "All fine",
      trigger: "manual",
      state: "active",
      actions: [
        { type: "send_notification", channel_id: "ch_mail_ops", message: "by key" },
        { type: "send_notification", channel_id: mailChannel.id, message: "by id" },
        { type: "create_incident", name: "created", title: "From a manual run" },
        { type: "add_label", incident_id: "{{steps.created.id}}", label: "auto" },
        { type: "assign_incident", incident_id: "{{steps.created.id}}", assignee_email: "ADA@example.com" },
        { type: "page_on_call", policy_id: policy.id, incident_id: "{{steps.created.id}}" },
      ],
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    const bad = await api("POST", "/workflows", { name: "x", trigger: "manual", state: "active", actions: [{ type: "update_incident", status: "monitoring" }] });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(["#/actions/0/incident_id"]);
  });

  test("the documented Auto-Incident on Outage and condition examples still activate as written", async () => {
    const example = {
      name: "Auto-Incident on Outage",
      trigger: "uptime.down",
      actions: [
        {
          type: "create_incident",
          title: "{{monitor.name}} is unreachable",
          severity: "major",
          service_id: "{{monitor.service_id}}",
          message: "Uptime monitor detected {{monitor.url}} is not responding. Automated incident created.",
        },
      ],
    };
    const created = await api("POST", "/workflows", example);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const activated = await api("POST", `/workflows/${created.body.id}/activate`);
    expect(activated.status, JSON.stringify(activated.body)).toBe(200);
    expect((await api("POST", `/workflows/${created.body.id}/disable`)).status).toBe(200);

    const conditions = {
      operator: "AND",
      conditions: [
        { field: "severity", operator: "equals", value: "critical" },
        { field: "service.name", operator: "contains", value: "production" },
      ],
    };
    const labelled = await api("POST", "/workflows", { name: "Critical in production", trigger: "incident.created", conditions, actions: [{ type: "add_label", label: "sev1" }], state: "active" });
    expect(labelled.status, JSON.stringify(labelled.body)).toBe(201);
    expect((await api("POST", `/workflows/${labelled.body.id}/disable`)).status).toBe(200);
  });

  test("triggers that carry an incident or a service need no id", async () => {
    const res = await api("POST", "/workflows", {
      name: "Label and degrade",
      trigger: "incident.created",
      state: "active",
      actions: [
        { type: "add_label", label: "auto" },
        { type: "update_service_status", status: "degraded" },
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect((await api("POST", `/workflows/${res.body.id}/disable`)).status).toBe(200);
  });
});

describe("deleting what an active workflow uses is refused (409 listing the workflows)", () => {
  test("a channel named by key or id, a member named by email, a policy; disabled workflows hold nothing", async () => {
    const wf = await api("POST", "/workflows", {
      name: "Holds references",
      trigger: "incident.created",
      state: "active",
      actions: [
        { type: "send_notification", channel_id: "ch_mail_ops", message: "{{incident.title}}" },
        { type: "assign_incident", assignee_email: "ada@example.com" },
        { type: "page_on_call", policy_id: policy.id },
        { type: "send_notification", channel_id: webhookChannel.id, message: "x" },
      ],
    });
    expect(wf.status, JSON.stringify(wf.body)).toBe(201);

    const channel = await api("DELETE", `/channels/${mailChannel.id}`);
    expect(channel.status).toBe(409);
    expect(channel.body.type).toContain("in-use");
    // "All fine" (created above, manual) names it too, by key and by id.
    expect(channel.body.workflows).toEqual(
      expect.arrayContaining([
        { id: wf.body.id, name: "Holds references", pointers: ["#/actions/0/channel_id"] },
        expect.objectContaining({ name: "All fine", pointers: ["#/actions/0/channel_id", "#/actions/1/channel_id"] }),
      ]),
    );
    expect(channel.body.detail).toContain(wf.body.id);
    const hook = await api("DELETE", `/channels/${webhookChannel.id}`);
    expect(hook.status).toBe(409);
    expect(hook.body.workflows).toEqual([{ id: wf.body.id, name: "Holds references", pointers: ["#/actions/3/channel_id"] }]);

    const m = await api("DELETE", `/members/${member.id}`);
    expect(m.status).toBe(409);
    expect(m.body.workflows.map((w: { pointers: string[] }) => w.pointers)).toEqual(expect.arrayContaining([["#/actions/1/assignee_email"]]));
    const p = await api("DELETE", `/escalation-policies/${policy.id}`);
    expect(p.status).toBe(409);
    expect((await api("GET", `/channels/${mailChannel.id}`)).status).toBe(200);

    // Once no active workflow uses them, they go.
    for (const w of (await api("GET", "/workflows?state=active&limit=100")).body.data) {
      expect((await api("POST", `/workflows/${w.id}/disable`)).status).toBe(200);
    }
    expect((await api("DELETE", `/channels/${mailChannel.id}`)).status).toBe(204);
    expect((await api("DELETE", `/escalation-policies/${policy.id}`)).status).toBe(204);
    expect((await api("DELETE", `/members/${member.id}`)).status).toBe(204);
    // And activating again finds them missing.
    const again = await api("POST", `/workflows/${wf.body.id}/activate`);
    expect(again.status).toBe(422);
    expect(again.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual([
      "#/actions/0/channel_id",
      "#/actions/1/assignee_email",
      "#/actions/2/policy_id",
    ]);
  });
});
