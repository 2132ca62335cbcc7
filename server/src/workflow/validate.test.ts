import { describe, expect, test } from "bun:test";
import { z } from "zod";
import { zWorkflowCreate } from "../generated/zod.gen.ts";
import type { Action, ConditionGroup, FieldError, Trigger, Workflow } from "../types.ts";
import { normalizeDefinition } from "./normalize.ts";
import type { ActionSpec, ValidationContext } from "./types.ts";
import { validateWorkflow, type WorkflowDefinition } from "./validate.ts";

// ---- fake action specs, shaped like the real ones (strict configs; literal values checked strictly) ----

function fake(type: string, config: z.ZodType, validate?: ActionSpec["validate"]): ActionSpec {
  return {
    type,
    description: `fake ${type}`,
    effects: "local",
    scopes: [],
    config: config as z.ZodType<Record<string, unknown>>,
    fields: [],
    ...(validate ? { validate } : {}),
  };
}

const label = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/);
const validateCalls: { config: Record<string, unknown>; pointer: string }[] = [];

const MODULES: Record<string, ActionSpec> = {
  add_label: fake(
    "add_label",
    z
      .strictObject({ incident_id: z.string().optional(), label: label.optional(), labels: z.array(label).min(1).optional() })
      .refine((c) => c.label !== undefined || c.labels !== undefined, { message: "Set label or labels." }),
  ),
  create_incident: fake(
    "create_incident",
    z.strictObject({
      title: z.string().min(1),
      severity: z.enum(["minor", "major", "critical"]).optional(),
      visibility: z.enum(["draft", "public"]).optional(),
      message: z.string().nullable().optional(),
      service_id: z.string().regex(/^svc_[0-9A-Z]{26}$/).optional(),
    }),
  ),
  execute_webhook: fake(
    "execute_webhook",
    z.strictObject({
      url: z.url(),
      method: z.enum(["GET", "POST"]).optional(),
      headers: z.record(z.string(), z.string()).optional(),
      body: z.unknown().optional(),
    }),
  ),
  delay: fake("delay", z.strictObject({ seconds: z.number().int().positive() })),
  notify: fake("notify", z.strictObject({ channel: z.string() }), async (config, _ctx, pointer) => {
    validateCalls.push({ config, pointer });
    return config.channel === "#nowhere" ? [{ in: "body", pointer: `${pointer}/channel`, detail: "No such channel." }] : [];
  }),
  // Like the real module: it reports a missing literal target itself.
  run_workflow: fake(
    "run_workflow",
    z.strictObject({ workflow_id: z.string().min(1), payload: z.record(z.string(), z.unknown()).optional() }),
    async (config, ctx, pointer) => {
      const id = config.workflow_id;
      if (typeof id !== "string" || id.includes("{{") || (await ctx.getWorkflow(id))) return [];
      return [{ in: "body", pointer: `${pointer}/workflow_id`, detail: `No workflow ${id}.` }];
    },
  ),
};

// ---- an organization's workflows ----

const stored = (id: string, actions: Action[]): Workflow => ({
  id,
  name: id,
  description: null,
  trigger: { type: "manual" },
  conditions: null,
  actions,
  state: "active",
  version: 1,
  activated_at: "2026-11-23T09:15:00.000Z",
  created_at: "2026-11-23T09:15:00.000Z",
  updated_at: "2026-11-23T09:15:00.000Z",
});
const runs = (...ids: string[]): Action[] => ids.map((workflow_id) => ({ type: "run_workflow", workflow_id }));

function org(workflows: Record<string, Action[]>): ValidationContext & { lookups: string[] } {
  const lookups: string[] = [];
  return {
    lookups,
    async getWorkflow(id) {
      lookups.push(id);
      const actions = workflows[id];
      return actions ? stored(id, actions) : null;
    },
  };
}
const empty = org({});

const def = (partial: Partial<WorkflowDefinition> & { actions: Action[] }): WorkflowDefinition => ({
  trigger: { type: "incident.created" },
  conditions: null,
  ...partial,
});

/** Create body → contract parse → normalize → validate, as the API does. */
async function validateBody(body: unknown, ctx: ValidationContext = empty): Promise<FieldError[]> {
  const n = normalizeDefinition(zWorkflowCreate.parse(body));
  return validateWorkflow({ trigger: n.trigger, conditions: n.conditions ?? null, actions: n.actions }, MODULES, ctx);
}

const pointers = (errors: FieldError[]) => errors.map((e) => e.pointer);

// ---- tests ----

describe("validateWorkflow: the documented examples are valid as written", () => {
  test.each([
    [
      "uptime.down creating an incident",
      {
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
      },
    ],
    [
      "a daily scheduled webhook",
      {
        name: "Daily Health Report",
        trigger: "scheduled",
        schedule: "0 9 * * *",
        actions: [{ type: "execute_webhook", url: "https://api.example.com/generate-report" }],
      },
    ],
    [
      "labelling drafts",
      {
        name: "Draft Review Alert",
        trigger: "incident.created",
        conditions: { operator: "AND", conditions: [{ field: "visibility", operator: "equals", value: "draft" }] },
        actions: [{ type: "add_label", label: "needs-review" }],
      },
    ],
    [
      "labelling critical production incidents",
      {
        name: "Auto-Incident on Outage",
        trigger: { type: "incident.created" },
        conditions: {
          operator: "AND",
          conditions: [
            { field: "severity", operator: "equals", value: "critical" },
            { field: "service.name", operator: "contains", value: "production" },
          ],
        },
        actions: [{ type: "add_label", label: "sev1" }],
      },
    ],
  ])("%s", async (_name, body) => {
    expect(await validateBody(body)).toEqual([]);
  });
});

test("validateWorkflow: six different problems are all reported, each at its pointer", async () => {
  const errors = await validateWorkflow(
    {
      trigger: { type: "incident.updated", schedule: "0 9 * * *" },
      conditions: {
        operator: "AND",
        conditions: [
          { field: "severity", operator: "equals", value: "critical" },
          { field: "monitor.url", operator: "equals", value: "https://x" },
        ],
      },
      actions: [
        { type: "create_incident", severity: "major" },
        { type: "create_incident", title: "{{incident.titel}} again" },
        { type: "page_oncall", who: "everyone" },
        { type: "run_workflow", workflow_id: "wfl_MISSING" },
      ],
    },
    MODULES,
    empty,
  );
  expect(pointers(errors)).toEqual([
    "#/trigger/schedule",
    "#/conditions/conditions/1/field",
    "#/actions/0/title",
    "#/actions/1/title",
    "#/actions/2/type",
    "#/actions/3/workflow_id",
  ]);
  expect(errors.every((e) => e.in === "body")).toBe(true);
  expect(errors[1]?.detail).toContain("monitor.url");
  expect(errors[3]?.detail).toContain("{{incident.titel}}");
  expect(errors[4]?.detail).toContain("page_oncall");
});

describe("validateWorkflow: trigger", () => {
  test.each([
    ["a valid schedule and zone", { type: "scheduled", schedule: "*/15 9-17 * * 1-5", timezone: "Europe/Paris" }, []],
    ["a schedule without a zone (UTC)", { type: "scheduled", schedule: "0 9 * * *" }, []],
    ["no schedule", { type: "scheduled", timezone: "UTC" }, ["#/trigger/schedule"]],
    ["a blank schedule", { type: "scheduled", schedule: "  " }, ["#/trigger/schedule"]],
    ["minute 61", { type: "scheduled", schedule: "61 * * * *" }, ["#/trigger/schedule"]],
    ["six fields", { type: "scheduled", schedule: "0 0 9 * * *" }, ["#/trigger/schedule"]],
    ["four fields", { type: "scheduled", schedule: "0 9 * *" }, ["#/trigger/schedule"]],
    ["not cron at all", { type: "scheduled", schedule: "every morning" }, ["#/trigger/schedule"]],
    ["a date that never comes", { type: "scheduled", schedule: "0 0 30 2 *" }, ["#/trigger/schedule"]],
    ["an unknown zone", { type: "scheduled", schedule: "0 9 * * *", timezone: "Mars/Olympus" }, ["#/trigger/timezone"]],
    ["an offset is not a zone name", { type: "scheduled", schedule: "0 9 * * *", timezone: "+02:00" }, ["#/trigger/timezone"]],
    [
      "both wrong",
      { type: "scheduled", schedule: "99 * * * *", timezone: "Nowhere/Land" },
      ["#/trigger/timezone", "#/trigger/schedule"],
    ],
    ["an interval", { type: "scheduled", every: "15m" }, []],
    ["an interval of hours, of days", { type: "scheduled", every: "2h" }, []],
    ["the shortest interval", { type: "scheduled", every: "1m" }, []],
    ["the longest interval", { type: "scheduled", every: "366d" }, []],
    ["seconds are not a unit", { type: "scheduled", every: "90s" }, ["#/trigger/every"]],
    ["zero minutes", { type: "scheduled", every: "0m" }, ["#/trigger/every"]],
    ["over a year", { type: "scheduled", every: "367d" }, ["#/trigger/every"]],
    ["an ISO duration is not an interval here", { type: "scheduled", every: "PT15M" }, ["#/trigger/every"]],
    ["a fraction", { type: "scheduled", every: "1.5h" }, ["#/trigger/every"]],
    ["both cron and interval", { type: "scheduled", schedule: "0 9 * * *", every: "15m" }, ["#/trigger/every"]],
    ["an interval with a zone", { type: "scheduled", every: "1d", timezone: "Europe/Paris" }, ["#/trigger/timezone"]],
    ["an interval on another trigger", { type: "manual", every: "15m" }, ["#/trigger/every"]],
    ["a schedule on another trigger", { type: "manual", schedule: "0 9 * * *" }, ["#/trigger/schedule"]],
    ["a zone on another trigger", { type: "incident.created", timezone: "UTC" }, ["#/trigger/timezone"]],
    ["an unknown type", { type: "incident.exploded" }, ["#/trigger/type"]],
  ] as const)("%s", async (_name, trigger, expected) => {
    const errors = await validateWorkflow(def({ trigger: trigger as Trigger, actions: [{ type: "add_label", label: "x" }] }), MODULES, empty);
    expect(pointers(errors)).toEqual([...expected]);
  });

  test("an unknown trigger type does not also reject every condition field", async () => {
    const conditions: ConditionGroup = { operator: "AND", conditions: [{ field: "severity", operator: "equals", value: "x" }] };
    const errors = await validateWorkflow(
      def({ trigger: { type: "nope" } as unknown as Trigger, conditions, actions: [{ type: "add_label", label: "{{x}}" }] }),
      MODULES,
      empty,
    );
    expect(pointers(errors)).toEqual(["#/trigger/type"]);
  });
});

describe("validateWorkflow: conditions", () => {
  const c = (...conditions: unknown[]) => ({ operator: "AND", conditions }) as ConditionGroup;
  test.each([
    ["incident.updated", c({ field: "changes.status.to", operator: "equals", value: "resolved" }), []],
    ["incident.created", c({ field: "changes.status.to", operator: "equals", value: "resolved" }), ["#/conditions/conditions/0/field"]],
    ["manual", c({ field: "payload.customer.tier", operator: "in", value: ["gold"] }), []],
    ["incident.created", c({ field: "payload.customer", operator: "equals", value: "x" }), ["#/conditions/conditions/0/field"]],
    ["service.status_changed", c({ field: "previous_status", operator: "equals", value: "operational" }), []],
    ["alert.fired", c({ field: "details.region", operator: "equals", value: "eu" }), []],
    ["incident.created", c({ field: "severity", operator: "in", value: "critical" }), ["#/conditions/conditions/0/value"]],
    ["incident.created", c({ field: "severity", operator: "not_in", value: { a: 1 } }), ["#/conditions/conditions/0/value"]],
    ["incident.created", c({ field: "severity", operator: "equals" }), ["#/conditions/conditions/0/value"]],
    ["incident.created", c({ field: "assignee_id", operator: "equals", value: null }), []],
    [
      "incident.created",
      c(
        { field: "severity", operator: "equals", value: "critical" },
        { operator: "OR", conditions: [{ field: "title", operator: "contains", value: "db" }, { field: "sevrity", operator: "in" }] },
      ),
      ["#/conditions/conditions/1/conditions/1/field", "#/conditions/conditions/1/conditions/1/value"],
    ],
  ] as const)("%s: %j → %p", async (type, conditions, expected) => {
    const errors = await validateWorkflow(def({ trigger: { type }, conditions, actions: [{ type: "add_label", label: "x" }] }), MODULES, empty);
    expect(pointers(errors)).toEqual([...expected]);
  });
});

describe("validateWorkflow: action configuration", () => {
  test.each([
    ["a templated enum value is accepted before rendering", { type: "create_incident", title: "t", severity: "{{payload.severity}}" }, []],
    ["a literal enum value is checked", { type: "create_incident", title: "t", severity: "huge" }, ["#/actions/0/severity"]],
    ["a templated id is accepted despite its pattern", { type: "create_incident", title: "t", service_id: "{{payload.service_id}}" }, []],
    ["a literal id is checked against its pattern", { type: "create_incident", title: "t", service_id: "checkout" }, ["#/actions/0/service_id"]],
    ["a templated URL is accepted", { type: "execute_webhook", url: "{{payload.callback}}" }, []],
    ["a literal bad URL is rejected", { type: "execute_webhook", url: "not a url" }, ["#/actions/0/url"]],
    ["a whole-template number field is accepted", { type: "delay", seconds: "{{payload.seconds}}" }, []],
    ["a literal string in a number field is rejected", { type: "delay", seconds: "ten" }, ["#/actions/0/seconds"]],
    ["a missing required field", { type: "execute_webhook", method: "POST" }, ["#/actions/0/url"]],
    ["an unknown field of a strict config", { type: "add_label", label: "x", colour: "red" }, ["#/actions/0/colour"]],
    ["a nested literal error points inside", { type: "add_label", labels: ["ok", "not ok"] }, ["#/actions/0/labels/1"]],
    ["a nested templated value is accepted", { type: "add_label", labels: ["ok", "{{payload.label}}"] }, []],
    ["an object-level rule points at the action", { type: "add_label" }, ["#/actions/0"]],
    ["step keys are not configuration", { type: "add_label", label: "x", name: "tag", continue_on_error: true }, []],
    [
      "templates deep in a free-form body are checked against the trigger",
      { type: "execute_webhook", url: "https://x.example", body: { who: "{{payload.who}}", what: ["{{incident.title}}"] } },
      ["#/actions/0/body/what/0"],
    ],
  ] as const)("%s", async (_name, action, expected) => {
    const errors = await validateWorkflow(def({ trigger: { type: "manual" }, actions: [action as Action] }), MODULES, empty);
    expect(pointers(errors)).toEqual([...expected]);
  });

  test("an unknown action type still has its templates checked", async () => {
    const errors = await validateWorkflow(def({ actions: [{ type: "sms", to: "{{monitor.phone}}" }] }), MODULES, empty);
    expect(pointers(errors)).toEqual(["#/actions/0/type", "#/actions/0/to"]);
  });

  test("the module's validate runs with the configuration and pointer once the shape is right, and its errors count", async () => {
    validateCalls.length = 0;
    const errors = await validateWorkflow(
      def({
        actions: [
          { type: "notify", channel: "#ops", name: "n" },
          { type: "notify", channel: "#nowhere" },
          { type: "notify", channel: 7 },
        ],
      }),
      MODULES,
      empty,
    );
    expect(validateCalls).toEqual([
      { config: { channel: "#ops" }, pointer: "#/actions/0" },
      { config: { channel: "#nowhere" }, pointer: "#/actions/1" },
    ]);
    expect(errors.map((e) => [e.pointer, e.detail])).toEqual([
      ["#/actions/1/channel", "No such channel."],
      ["#/actions/2/channel", expect.any(String)],
    ]);
  });
});

describe("validateWorkflow: template variables and step names", () => {
  test.each([
    ["incident.created", [{ type: "add_label", label: "{{incident.severity}}" }], []],
    ["incident.created", [{ type: "add_label", label: "{{incident.sev}}" }], ["#/actions/0/label"]],
    ["uptime.down", [{ type: "add_label", label: "{{incident.severity}}" }], ["#/actions/0/label"]],
    ["incident.created", [{ type: "add_label", label: "{{payload.tag}}" }], ["#/actions/0/label"]],
    ["manual", [{ type: "add_label", label: "{{payload.tag}}" }], []],
    ["incident.created", [{ type: "add_label", label: "{{}}" }], ["#/actions/0/label"]],
    [
      "incident.created",
      [
        { type: "create_incident", title: "x", name: "open" },
        { type: "add_label", incident_id: "{{steps.open.id}}", label: "linked" },
      ],
      [],
    ],
    [
      "incident.created",
      [
        { type: "add_label", incident_id: "{{steps.open.id}}", label: "linked" },
        { type: "create_incident", title: "x", name: "open" },
      ],
      ["#/actions/0/incident_id"],
    ],
    ["incident.created", [{ type: "create_incident", title: "{{steps.me.title}}", name: "me" }], ["#/actions/0/title"]],
    ["incident.created", [{ type: "add_label", incident_id: "{{steps.ghost.id}}", label: "x" }], ["#/actions/0/incident_id"]],
    [
      "incident.created",
      [
        { type: "add_label", label: "a", name: "tag" },
        { type: "add_label", label: "b", name: "other" },
        { type: "add_label", label: "c", name: "tag" },
      ],
      ["#/actions/2/name"],
    ],
  ] as const)("%s with %j → %p", async (type, actions, expected) => {
    const errors = await validateWorkflow(def({ trigger: { type }, actions: actions as unknown as Action[] }), MODULES, empty);
    expect(pointers(errors)).toEqual([...expected]);
  });

  test.each([
    [[{ type: "add_label", incident_id: "{{steps.open.id}}", label: "x" }, { type: "create_incident", title: "x", name: "open" }], "later"],
    [[{ type: "create_incident", title: "{{steps.me.title}}", name: "me" }], "own output"],
    [[{ type: "add_label", label: "{{steps.ghost.id}}" }], "no earlier step"],
    [[{ type: "add_label", label: "{{payload.tag}}" }], "manual"],
    [[{ type: "add_label", label: "a", name: "t" }, { type: "add_label", label: "b", name: "t" }], "step 0"],
  ] as const)("%j is explained (%s)", async (actions, phrase) => {
    const errors = await validateWorkflow(def({ actions: actions as unknown as Action[] }), MODULES, empty);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.detail).toContain(phrase);
  });
});

describe("validateWorkflow: run_workflow", () => {
  const validate = (id: string | undefined, actions: Action[], ctx: ValidationContext) =>
    validateWorkflow({ trigger: { type: "manual" }, conditions: null, actions, ...(id ? { id } : {}) }, MODULES, ctx);

  test("an existing target is fine", async () => {
    expect(await validate("wfl_A", runs("wfl_B"), org({ wfl_B: [] }))).toEqual([]);
  });

  test("a missing target is reported once, at workflow_id, though the module reports it too", async () => {
    const errors = await validate("wfl_A", runs("wfl_GONE"), empty);
    expect(pointers(errors)).toEqual(["#/actions/0/workflow_id"]);
  });

  test("a missing target is reported by validation itself when the module does not check it", async () => {
    const modules = { ...MODULES, run_workflow: fake("run_workflow", z.strictObject({ workflow_id: z.string() })) };
    const errors = await validateWorkflow({ id: "wfl_A", trigger: { type: "manual" }, conditions: null, actions: runs("wfl_GONE") }, modules, empty);
    expect(errors).toEqual([{ in: "body", pointer: "#/actions/0/workflow_id", detail: "No workflow wfl_GONE in this organization." }]);
  });

  test.each([
    ["A → A", "wfl_A", { wfl_A: [] }, runs("wfl_A")],
    ["A → B → A", "wfl_A", { wfl_B: runs("wfl_A") }, runs("wfl_B")],
    ["A → B → C → A", "wfl_A", { wfl_B: runs("wfl_C"), wfl_C: runs("wfl_A") }, runs("wfl_B")],
  ] as [string, string, Record<string, Action[]>, Action[]][])("the cycle %s is reported at the action's workflow_id", async (_name, self, workflows, actions) => {
    const errors = await validate(self, actions, org(workflows));
    expect(pointers(errors)).toEqual(["#/actions/0/workflow_id"]);
    expect(errors[0]?.detail).toContain("cycle");
  });

  test("the cycle check uses this definition, not the stored one", async () => {
    // Stored A still calls B, but the new A does not: B → A is then no cycle.
    const ctx = org({ wfl_A: runs("wfl_B"), wfl_B: runs("wfl_A") });
    expect(await validate("wfl_A", [{ type: "add_label", label: "x" }], ctx)).toEqual([]);
    // And B calling A, which now calls B, is one.
    expect(pointers(await validate("wfl_B", runs("wfl_A"), org({ wfl_A: runs("wfl_B") })))).toEqual(["#/actions/0/workflow_id"]);
  });

  test.each([
    ["1 link", { wfl_B: [] }, []],
    ["3 links: A → B → C → D", { wfl_B: runs("wfl_C"), wfl_C: runs("wfl_D"), wfl_D: [] }, []],
    ["4 links: A → B → C → D → E", { wfl_B: runs("wfl_C"), wfl_C: runs("wfl_D"), wfl_D: runs("wfl_E"), wfl_E: [] }, ["#/actions/0/workflow_id"]],
    [
      "the longest branch counts",
      { wfl_B: runs("wfl_X", "wfl_C"), wfl_X: [], wfl_C: runs("wfl_D"), wfl_D: runs("wfl_E"), wfl_E: [] },
      ["#/actions/0/workflow_id"],
    ],
    ["a loop further on is unbounded: A → B → C → B …", { wfl_B: runs("wfl_C"), wfl_C: runs("wfl_B") }, ["#/actions/0/workflow_id"]],
    ["a missing workflow further on ends the chain", { wfl_B: runs("wfl_C"), wfl_C: runs("wfl_GONE") }, []],
    ["a templated target further on is not followed", { wfl_B: runs("wfl_C"), wfl_C: runs("{{payload.next}}") }, []],
  ] as [string, Record<string, Action[]>, string[]][])("chain of %s", async (_name, workflows, expected) => {
    const errors = await validate("wfl_A", runs("wfl_B"), org(workflows));
    expect(pointers(errors)).toEqual([...expected]);
    if (expected.length > 0) expect(errors[0]?.detail).toContain("deeper than 3");
  });

  test("only the action whose chain is too deep is reported", async () => {
    const ctx = org({ wfl_S: [], wfl_B: runs("wfl_C"), wfl_C: runs("wfl_D"), wfl_D: runs("wfl_E"), wfl_E: [] });
    const errors = await validate("wfl_A", runs("wfl_S", "wfl_B"), ctx);
    expect(pointers(errors)).toEqual(["#/actions/1/workflow_id"]);
    expect(errors[0]?.detail).toContain("wfl_A → wfl_B → wfl_C → wfl_D → wfl_E");
  });

  test("a new workflow (no id yet) has its depth checked too", async () => {
    const ctx = org({ wfl_B: runs("wfl_C"), wfl_C: runs("wfl_D"), wfl_D: runs("wfl_E"), wfl_E: [] });
    expect(pointers(await validate(undefined, runs("wfl_B"), ctx))).toEqual(["#/actions/0/workflow_id"]);
    expect(await validate(undefined, runs("wfl_C"), ctx)).toEqual([]);
  });

  test("a templated target is left to run time and not looked up", async () => {
    const ctx = org({});
    expect(await validate("wfl_A", [{ type: "run_workflow", workflow_id: "{{payload.target}}" }], ctx)).toEqual([]);
    expect(ctx.lookups).toEqual([]);
  });

  test("each workflow is looked up once however many paths reach it", async () => {
    const ctx = org({ wfl_B: runs("wfl_D"), wfl_C: runs("wfl_D"), wfl_D: [] });
    // Without the module's own existence check, so only the graph's lookups are counted.
    const modules = { ...MODULES, run_workflow: fake("run_workflow", z.strictObject({ workflow_id: z.string() })) };
    const actions = runs("wfl_B", "wfl_C");
    expect(await validateWorkflow({ id: "wfl_A", trigger: { type: "manual" }, conditions: null, actions }, modules, ctx)).toEqual([]);
    expect([...ctx.lookups].sort()).toEqual(["wfl_B", "wfl_C", "wfl_D"]);
  });
});

describe("validateWorkflow: what each error says", () => {
  const details = (errors: FieldError[]) => errors.map((e) => [e.pointer, e.detail]);
  const one = (partial: Partial<WorkflowDefinition>, actions: Action[] = [{ type: "add_label", label: "x" }]) =>
    validateWorkflow(def({ ...partial, actions }), MODULES, empty).then(details);

  test("trigger problems", async () => {
    expect(await one({ trigger: { type: "incident.exploded" } as unknown as Trigger })).toEqual([
      [
        "#/trigger/type",
        'Unknown trigger type "incident.exploded". Known types: incident.created, incident.updated, incident.resolved, ' +
          "incident.published, incident.closed, post_incident.entered, post_incident.status_changed, post_incident.task_completed, " +
          "post_incident.task_assigned, alert.fired, alert.resolved, service.status_changed, uptime.down, uptime.recovered, " +
          "heartbeat.missed, error_threshold_exceeded, run.completed, run.failed, scheduled, manual, incident_io.incident.",
      ],
    ]);
    expect(await one({ trigger: { type: "manual", schedule: "0 9 * * *", timezone: "UTC" } })).toEqual([
      ["#/trigger/schedule", "Only a scheduled trigger takes a schedule; this one is manual."],
      ["#/trigger/timezone", "Only a scheduled trigger takes a timezone; this one is manual."],
    ]);
    expect(await one({ trigger: { type: "scheduled", schedule: "0 9 * * *", timezone: "Mars/Olympus" } })).toEqual([
      ["#/trigger/timezone", '"Mars/Olympus" is not an IANA time zone (e.g. UTC, Europe/Paris, America/New_York).'],
    ]);
    for (const schedule of [undefined, "", " \t "]) {
      expect(await one({ trigger: { type: "scheduled", ...(schedule === undefined ? {} : { schedule }) } })).toEqual([
        ["#/trigger/schedule", "A scheduled trigger needs a schedule: a 5-field cron expression such as 0 9 * * *, or every: an interval such as 15m."],
      ]);
    }
    expect(await one({ trigger: { type: "scheduled", schedule: "61 * * * *" } })).toEqual([
      [
        "#/trigger/schedule",
        '"61 * * * *" is not a valid 5-field cron expression (minute hour day-of-month month day-of-week): Invalid value for minute: 61.',
      ],
    ]);
    expect(await one({ trigger: { type: "scheduled", schedule: "0 0 30 2 *" } })).toEqual([
      ["#/trigger/schedule", '"0 0 30 2 *" never fires (no such date).'],
    ]);
  });

  test("a zone name with a sign inside it is a zone; one starting with a sign is an offset", async () => {
    expect(await one({ trigger: { type: "scheduled", schedule: "0 9 * * *", timezone: "Etc/GMT+5" } })).toEqual([]);
    expect(await one({ trigger: { type: "scheduled", schedule: "0 9 * * *", timezone: "-05:00" } })).toEqual([
      ["#/trigger/timezone", '"-05:00" is not an IANA time zone (e.g. UTC, Europe/Paris, America/New_York).'],
    ]);
  });

  test("condition problems", async () => {
    const conditions = {
      operator: "AND",
      conditions: [
        { field: "monitor.url", operator: "equals", value: "x" },
        { field: "status", operator: "equals" },
        { field: "status", operator: "not_in", value: "major_outage" },
      ],
    } as ConditionGroup;
    expect(await one({ trigger: { type: "service.status_changed" }, conditions })).toEqual([
      [
        "#/conditions/conditions/0/field",
        'Unknown field "monitor.url" for trigger service.status_changed. Fields: id, name, description, status, ' +
          "created_at, updated_at, service.id, service.name, service.description, service.status, service.created_at, " +
          "service.updated_at, previous_status, new_status.",
      ],
      ["#/conditions/conditions/1/value", "The equals condition needs a value."],
      ["#/conditions/conditions/2/value", "The not_in condition needs a list of values."],
    ]);
  });
  test("action problems", async () => {
    expect(await one({}, [{ type: "sms", to: "x" }])).toEqual([
      ["#/actions/0/type", 'Unknown action type "sms". Known types: add_label, create_incident, delay, execute_webhook, notify, run_workflow.'],
    ]);
    expect(await one({}, [{ type: "add_label", label: "x", colour: "red", size: 2 }])).toEqual([
      ["#/actions/0/colour", 'Unknown field "colour" for this action.'],
      ["#/actions/0/size", 'Unknown field "size" for this action.'],
    ]);
    // An action that is not run_workflow is never looked up as one, whatever its fields.
    expect(await one({}, [{ type: "sms", workflow_id: "wfl_GONE" }])).toEqual([
      ["#/actions/0/type", 'Unknown action type "sms". Known types: add_label, create_incident, delay, execute_webhook, notify, run_workflow.'],
    ]);
  });

  test("template variable problems", async () => {
    const actions: Action[] = [
      { type: "add_label", label: "{{incident.titel}}" },
      { type: "add_label", label: "{{payload.tier}}" },
      { type: "add_label", label: "{{steps.me.id}}", name: "me" },
      { type: "add_label", label: "{{steps.later.id}}" },
      { type: "add_label", label: "{{steps.nobody.id}}" },
      { type: "add_label", label: "{{steps}}" },
      { type: "add_label", label: "x", name: "later" },
    ];
    expect(await one({ trigger: { type: "incident.created" } }, actions)).toEqual([
      ["#/actions/0/label", "Unknown template variable {{incident.titel}} for trigger incident.created."],
      ["#/actions/1/label", "{{payload.tier}}: payload is only available to manual triggers."],
      ["#/actions/2/label", "{{steps.me.id}}: a step cannot use its own output."],
      ["#/actions/3/label", '{{steps.later.id}}: step "later" runs later (step 6).'],
      ["#/actions/4/label", '{{steps.nobody.id}}: there is no earlier step named "nobody".'],
      ["#/actions/5/label", '{{steps}}: there is no earlier step named "".'],
    ]);
  });

  const validateRuns = (id: string | undefined, actions: Action[], ctx: ValidationContext) =>
    validateWorkflow({ trigger: { type: "manual" }, conditions: null, actions, ...(id ? { id } : {}) }, MODULES, ctx).then(details);

  test("run_workflow problems name the whole chain", async () => {
    expect(await validateRuns("wfl_A", runs("wfl_B"), org({ wfl_B: runs("wfl_C"), wfl_C: runs("wfl_A") }))).toEqual([
      ["#/actions/0/workflow_id", "run_workflow makes a cycle: wfl_A → wfl_B → wfl_C → wfl_A."],
    ]);
    const deep = { wfl_B: runs("wfl_C"), wfl_C: runs("wfl_D"), wfl_D: runs("wfl_E"), wfl_E: [] };
    expect(await validateRuns(undefined, runs("wfl_B"), org(deep))).toEqual([
      ["#/actions/0/workflow_id", "run_workflow chain is deeper than 3 workflows: this workflow → wfl_B → wfl_C → wfl_D → wfl_E."],
    ]);
  });

  test("the deepest branch is named, the first of equally deep ones, wherever it comes", async () => {
    const ctx = org({
      wfl_B: runs("wfl_C", "wfl_X", "wfl_Y"),
      wfl_C: runs("wfl_D"),
      wfl_D: runs("wfl_E"),
      wfl_E: [],
      wfl_X: runs("wfl_Z"),
      wfl_Z: runs("wfl_E"),
      wfl_Y: [],
    });
    expect(await validateRuns("wfl_A", runs("wfl_B"), ctx)).toEqual([
      ["#/actions/0/workflow_id", "run_workflow chain is deeper than 3 workflows: wfl_A → wfl_B → wfl_C → wfl_D → wfl_E."],
    ]);
  });

  test("a workflow that runs itself on the way back is still one cycle", async () => {
    expect(await validateRuns("wfl_A", runs("wfl_B"), org({ wfl_B: runs("wfl_B", "wfl_A") }))).toEqual([
      ["#/actions/0/workflow_id", "run_workflow makes a cycle: wfl_A → wfl_B → wfl_A."],
    ]);
  });

  test("only run_workflow actions of stored workflows are edges, and their templated targets are not looked up", async () => {
    const ctx = org({ wfl_B: [{ type: "add_label", workflow_id: "wfl_A" } as Action, { type: "run_workflow", workflow_id: "{{payload.x}}" }] });
    expect(await validateRuns("wfl_A", runs("wfl_B"), ctx)).toEqual([]);
    expect([...new Set(ctx.lookups)]).toEqual(["wfl_B"]);
  });

  test("a missing target is reported by validation even after other errors", async () => {
    const modules = { ...MODULES, run_workflow: fake("run_workflow", z.strictObject({ workflow_id: z.string() })) };
    const actions: Action[] = [{ type: "add_label", label: "{{nope}}" }, ...runs("wfl_GONE")];
    const errors = await validateWorkflow({ id: "wfl_A", trigger: { type: "manual" }, conditions: null, actions }, modules, empty);
    expect(details(errors)).toEqual([
      ["#/actions/0/label", "Unknown template variable {{nope}} for trigger manual."],
      ["#/actions/1/workflow_id", "No workflow wfl_GONE in this organization."],
    ]);
  });
  test("a step's own output named from a named step, with an unnamed step after it", async () => {
    const actions: Action[] = [{ type: "add_label", label: "{{steps}}", name: "me" }, { type: "add_label", label: "x" }];
    expect(await one({ trigger: { type: "incident.created" } }, actions)).toEqual([["#/actions/0/label", '{{steps}}: there is no earlier step named "".']]);
  });

  test("a cycle is reported even when the module already reported something else at workflow_id", async () => {
    const modules = {
      ...MODULES,
      run_workflow: fake("run_workflow", z.strictObject({ workflow_id: z.string() }), async (_c, _ctx, pointer) => [
        { in: "body", pointer: `${pointer}/workflow_id`, detail: "Not allowed here." },
      ]),
    };
    const errors = await validateWorkflow({ id: "wfl_A", trigger: { type: "manual" }, conditions: null, actions: runs("wfl_A") }, modules, empty);
    expect(details(errors)).toEqual([
      ["#/actions/0/workflow_id", "Not allowed here."],
      ["#/actions/0/workflow_id", "run_workflow makes a cycle: wfl_A → wfl_A."],
    ]);
  });

  test("a missing workflow on the way is looked up once and leads nowhere", async () => {
    const ctx = org({ wfl_B: runs("wfl_GONE") });
    expect(await validateRuns("wfl_A", runs("wfl_B"), ctx)).toEqual([]);
    expect([...new Set(ctx.lookups)].sort()).toEqual(["wfl_B", "wfl_GONE"]);
  });
});
