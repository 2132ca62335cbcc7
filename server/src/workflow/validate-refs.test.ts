/**
 * Activation checks that need the real action specs (issue #13, point 3): text fields typed alike, actions that
 * need the trigger's incident (alert, service) on triggers that carry none, and literal references looked up in
 * the organization. The generic rules are in validate.test.ts with fake specs.
 */
import { describe, expect, test } from "bun:test";
import type { Action, FieldError, Trigger } from "../types.ts";
import { ACTION_SPECS } from "./actions/index.ts";
import { references } from "./references.ts";
import type { RefKind, ValidationContext } from "./types.ts";
import { validateWorkflow } from "./validate.ts";

const noWorkflows: ValidationContext = { getWorkflow: async () => null };

function withOrg(existing: Partial<Record<RefKind, Record<string, { kind?: string }>>>): ValidationContext & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    getWorkflow: async () => null,
    async lookup(kind, value) {
      asked.push(`${kind}:${value}`);
      return existing[kind]?.[value] ?? null;
    },
  };
}

const run = (trigger: Trigger, actions: Action[], ctx: ValidationContext = noWorkflows) => validateWorkflow({ trigger, conditions: null, actions }, ACTION_SPECS, ctx);
const byPointer = (errors: FieldError[]) => Object.fromEntries(errors.map((e) => [e.pointer, e.detail]));
const incidentCreated: Trigger = { type: "incident.created" };

describe("text fields are typed alike", () => {
  test("a number or boolean where text goes is refused in the same words in every action", async () => {
    const errors = byPointer(
      await run(incidentCreated, [
        { type: "send_notification", message: 42 },
        { type: "add_label", label: 5 },
        { type: "create_incident", title: true, severity: 3, labels: ["ok", 7], service_ids: 9 },
        { type: "add_incident_update", message: 1.5 },
      ]),
    );
    expect(errors).toEqual({
      "#/actions/0/message": "Expected string, got number.",
      "#/actions/1/label": "Expected string, got number.",
      "#/actions/2/title": "Expected string, got boolean.",
      "#/actions/2/severity": "Expected string, got number.",
      "#/actions/2/labels/1": "Expected string, got number.",
      "#/actions/2/service_ids": "Expected string or list of strings, got number.",
      "#/actions/3/message": "Expected string, got number.",
    });
  });

  test("a template rendering to a number stays allowed, and numbers where numbers go too", async () => {
    expect(await run(incidentCreated, [{ type: "send_notification", message: "{{incident.id}}" }, { type: "delay", seconds: 5 }])).toEqual([]);
  });
});

describe("actions that need the trigger's resource", () => {
  test.each([
    ["scheduled", { type: "scheduled", schedule: "0 9 * * *" }, { type: "add_label", label: "x" }, "#/actions/0/incident_id"],
    ["manual", { type: "manual" }, { type: "update_incident", status: "monitoring" }, "#/actions/0/incident_id"],
    ["service.status_changed", { type: "service.status_changed" }, { type: "resolve_incident" }, "#/actions/0/incident_id"],
    ["run.failed", { type: "run.failed" }, { type: "assign_incident", assignee_id: "mem_1" }, "#/actions/0/incident_id"],
    ["manual, page_on_call", { type: "manual" }, { type: "page_on_call", policy_id: "esp_1" }, "#/actions/0/alert_id"],
    ["incident.created, acknowledge_alert", { type: "incident.created" }, { type: "acknowledge_alert" }, "#/actions/0/alert_id"],
    ["scheduled, update_service_status", { type: "scheduled", every: "1h" }, { type: "update_service_status", status: "degraded" }, "#/actions/0/service_id"],
  ] as const)("%s needs an explicit id", async (_n, trigger, action, pointer) => {
    const errors = await run(trigger as Trigger, [action as Action]);
    expect(errors.map((e) => e.pointer)).toEqual([pointer]);
  });

  test.each([
    ["incident.updated", { type: "incident.updated" }, { type: "add_label", label: "x" }],
    ["alert.fired, page_on_call", { type: "alert.fired" }, { type: "page_on_call", policy_id: "esp_1" }],
    ["incident.created, page_on_call", { type: "incident.created" }, { type: "page_on_call", policy_id: "esp_1" }],
    ["service.status_changed", { type: "service.status_changed" }, { type: "update_service_status", status: "degraded" }],
    ["manual with an id", { type: "manual" }, { type: "add_label", label: "x", incident_id: "{{payload.id}}" }],
    ["scheduled, acknowledge by dedup key", { type: "scheduled", every: "5m" }, { type: "acknowledge_alert", dedup_key: "cpu" }],
  ] as const)("%s is fine", async (_n, trigger, action) => {
    expect(await run(trigger as Trigger, [action as Action])).toEqual([]);
  });
});

describe("references", () => {
  const actions: Action[] = [
    { type: "send_notification", channel_id: "ch_slack_ops", message: "a" },
    { type: "send_slack_message", channel_id: "ch_mail" },
    { type: "page_on_call", policy_id: "esp_1" },
    { type: "assign_incident", assignee_email: "Ada@Example.com" },
    { type: "create_incident", title: "t", service_id: "svc_1", service_ids: ["svc_2", "{{incident.service_ids}}"] },
    { type: "send_notification", channel_id: "{{incident.id}}", message: "templated: not looked up" },
  ];

  test("every literal one is looked up; missing ones and a non-slack channel for send_slack_message are reported", async () => {
    const org = withOrg({ channel: { ch_slack_ops: { kind: "slack" }, ch_mail: { kind: "email" } }, policy: { esp_1: {} }, service: { svc_1: {} } });
    const errors = byPointer(await run(incidentCreated, actions, org));
    expect(errors).toEqual({
      "#/actions/1/channel_id": "Channel ch_mail is a email channel; send_slack_message needs a slack channel (send_notification sends through any kind).",
      "#/actions/3/assignee_email": "No member with the email Ada@Example.com in this organization.",
      "#/actions/4/service_ids/0": "No service svc_2 in this organization.",
    });
    expect(org.asked).toEqual(["channel:ch_slack_ops", "channel:ch_mail", "policy:esp_1", "member_email:Ada@Example.com", "service:svc_1", "service:svc_2"]);
  });

  test("without a lookup (pure validation), references are not checked", async () => {
    expect(await run(incidentCreated, actions)).toEqual([]);
  });

  test("references() lists literal values with their pointers", () => {
    expect(references(actions, ACTION_SPECS).map((r) => [r.kind, r.value, r.pointer])).toEqual([
      ["channel", "ch_slack_ops", "#/actions/0/channel_id"],
      ["channel", "ch_mail", "#/actions/1/channel_id"],
      ["policy", "esp_1", "#/actions/2/policy_id"],
      ["member_email", "Ada@Example.com", "#/actions/3/assignee_email"],
      ["service", "svc_1", "#/actions/4/service_id"],
      ["service", "svc_2", "#/actions/4/service_ids/0"],
    ]);
  });
});
