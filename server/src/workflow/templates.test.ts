import { describe, expect, test } from "bun:test";
import { TRIGGERS } from "./catalog.ts";
import { hasTemplate, isKnownVariable, render, templateVariables } from "./templates.ts";

const scope = {
  incident: { id: "inc_1", title: "Checkout down", severity: "critical", labels: ["a", "b"], message: null, count: 3 },
  service: null,
  timestamp: "2026-11-23T09:15:00.000Z",
  workflow: { id: "wfl_1", name: "Escalate" },
  run: { id: "run_1" },
  flag: false,
  zero: 0,
  steps: { create: { id: "inc_2", labels: ["x"] }, post: { status: 200 } },
};

describe("render", () => {
  test.each([
    ["plain text is unchanged", "no templates here", "no templates here"],
    ["one template inside text", "Incident {{incident.title}}!", "Incident Checkout down!"],
    ["spaces inside the braces", "{{ incident.title }} / {{incident.id  }}", "Checkout down / inc_1"],
    ["exactly one template keeps a string", "{{incident.title}}", "Checkout down"],
    ["exactly one template keeps a number", "{{incident.count}}", 3],
    ["exactly one template keeps a boolean", "{{flag}}", false],
    ["exactly one template keeps zero", "{{ zero }}", 0],
    ["exactly one template keeps null", "{{incident.message}}", null],
    ["exactly one template keeps an array", "{{incident.labels}}", ["a", "b"]],
    ["exactly one template keeps an object", "{{workflow}}", { id: "wfl_1", name: "Escalate" }],
    ["a number inside text is stringified", "count={{incident.count}}", "count=3"],
    ["a boolean inside text is stringified", "flag={{flag}}", "flag=false"],
    ["null inside text is empty", "msg=[{{incident.message}}]", "msg=[]"],
    ["an array inside text is JSON", "labels={{incident.labels}}", 'labels=["a","b"]'],
    ["an object inside text is JSON", "wf={{workflow}}", 'wf={"id":"wfl_1","name":"Escalate"}'],
    ["two templates side by side", "{{incident.id}}{{run.id}}", "inc_1run_1"],
    ["an earlier step's output", "{{steps.create.id}}", "inc_2"],
    ["an earlier step's output, nested", "first={{steps.create.labels.0}}", "first=x"],
    ["a step's whole output keeps its type", "{{steps.post}}", { status: 200 }],
    ["a number stays a number", 42, 42],
    ["null stays null", null, null],
    ["a boolean stays a boolean", true, true],
    [
      "objects and arrays are walked, keys untouched",
      { "{{incident.id}}": ["{{incident.severity}}", 1, { deep: "at {{timestamp}}" }] },
      { "{{incident.id}}": ["critical", 1, { deep: "at 2026-11-23T09:15:00.000Z" }] },
    ],
  ] as const)("%s", (_name, input, expected) => {
    expect(render(input, scope)).toEqual({ value: expected, missing: [] });
  });

  test.each([
    ["a missing variable alone is left as written", "{{incident.nope}}", "{{incident.nope}}", ["incident.nope"]],
    ["a missing variable inside text is left as written", "x {{ nope }} y", "x {{ nope }} y", ["nope"]],
    ["a field under null is missing", "{{service.name}}", "{{service.name}}", ["service.name"]],
    ["a later or unknown step is missing", "{{steps.later.id}}", "{{steps.later.id}}", ["steps.later.id"]],
    ["found ones render while missing ones are reported", "{{incident.id}}/{{a}}", "inc_1/{{a}}", ["a"]],
    [
      "each missing variable is reported once, across the whole value",
      { a: "{{x}}", b: ["{{x}} {{y}}"] },
      { a: "{{x}}", b: ["{{x}} {{y}}"] },
      ["x", "y"],
    ],
  ] as const)("%s", (_name, input, expected, missing) => {
    expect(render(input, scope)).toEqual({ value: expected, missing: [...missing] });
  });

  test("does not change its input", () => {
    const input = { title: "{{incident.title}}", tags: ["{{incident.id}}"] };
    render(input, scope);
    expect(input).toEqual({ title: "{{incident.title}}", tags: ["{{incident.id}}"] });
  });
});

describe("templateVariables", () => {
  test("finds every template with the pointer of its string", () => {
    const config = {
      title: "{{monitor.name}} is unreachable",
      message: "{{ monitor.url }} / {{timestamp}}",
      headers: { "X-Run/Id": "{{run.id}}", "a~b": "{{workflow.name}}" },
      labels: ["static", "{{incident.severity}}"],
      count: 3,
    };
    expect(templateVariables(config, "#/actions/0")).toEqual([
      { variable: "monitor.name", pointer: "#/actions/0/title" },
      { variable: "monitor.url", pointer: "#/actions/0/message" },
      { variable: "timestamp", pointer: "#/actions/0/message" },
      { variable: "run.id", pointer: "#/actions/0/headers/X-Run~1Id" },
      { variable: "workflow.name", pointer: "#/actions/0/headers/a~0b" },
      { variable: "incident.severity", pointer: "#/actions/0/labels/1" },
    ]);
  });

  test("reports malformed templates as written, so validation can reject them", () => {
    expect(templateVariables("{{}} {{ incident title }}")).toEqual([
      { variable: "", pointer: "#" },
      { variable: "incident title", pointer: "#" },
    ]);
  });

  test("finds nothing without templates", () => {
    expect(templateVariables({ a: "{ not }", b: ["x"], c: null })).toEqual([]);
  });
});

describe("isKnownVariable", () => {
  const created = "incident.created";
  const updated = "incident.updated";
  const manual = "manual";
  test.each([
    ["incident.title", created, [], true],
    ["incident", created, [], true],
    ["incident.titel", created, [], false],
    ["incident.title.length", created, [], false],
    ["service.name", created, [], true],
    ["monitor.name", created, [], false],
    ["changes.status.to", updated, [], true],
    ["changes.status.to", created, [], false],
    ["timestamp", manual, [], true],
    ["workflow.id", manual, [], true],
    ["workflow.name", manual, [], true],
    ["workflow", manual, [], true],
    ["workflow.state", manual, [], false],
    ["run.id", manual, [], true],
    ["payload.customer.id", manual, [], true],
    ["payload", manual, [], true],
    ["payload.customer.id", created, [], false],
    ["steps.create.id", created, ["create"], true],
    ["steps.create", created, ["create"], true],
    ["steps.create.anything.deep", created, ["fetch", "create"], true],
    ["steps.create.id", created, [], false],
    ["steps.other.id", created, ["create"], false],
    ["steps", created, ["create"], false],
    ["", created, [], false],
    ["incident title", created, [], false],
  ] as const)("%p for %s after steps %p → %p", (variable, trigger, steps, known) => {
    expect(isKnownVariable(variable, TRIGGERS[trigger], steps)).toBe(known);
  });
});

test.each([
  ["{{a}}", true],
  ["x {{ a.b }} y", true],
  ["{{}}", true],
  ["{ a }", false],
  ["{{a}", false],
  ["plain", false],
  // A brace inside the braces is no template (render leaves it as written), whatever surrounds it.
  ["{{a}b}}", false],
  ["{{ a}b }}", false],
  ["{{a{b}}", false],
])("hasTemplate(%p) → %p", (text, expected) => {
  expect(hasTemplate(text)).toBe(expected);
});
