import { afterEach, beforeEach, expect, test } from "bun:test";
import type { Workflow } from "../../types.ts";
import type { ValidationContext } from "../../workflow/types.ts";
import { runWorkflowAction as action } from "./run_workflow.ts";
import { type Fixture, fixture, issues, output } from "./test-support.ts";

let f: Fixture;
beforeEach(async () => {
  f = await fixture();
});
afterEach(() => f.close());

const TARGET = "wfl_01JD5Q8R1XK2ZP7S0C3V9N4B6M";
const MISSING = "wfl_01JD5Q8R1XK2ZP7S0C3V9N4B6Z";
const known: ValidationContext = {
  getWorkflow: async (id) => (id === TARGET ? ({ id: TARGET } as Workflow) : null),
};

test("starts the target workflow with the payload and outputs the new run's id", async () => {
  const started: [string, Record<string, unknown>][] = [];
  const ctx = f.ctx({}, {
    startWorkflow: async (id, payload) => {
      started.push([id, payload]);
      return { runId: "run_01JD5Q8R1XK2ZP7S0C3V9N4B6M" };
    },
  });
  const out = output(await f.run(action, { workflow_id: TARGET, payload: { incident_id: "inc_1", notify: true } }, ctx));
  expect(out).toEqual({ run_id: "run_01JD5Q8R1XK2ZP7S0C3V9N4B6M", workflow_id: TARGET });
  expect(started).toEqual([[TARGET, { incident_id: "inc_1", notify: true }]]);
});

test("sends an empty payload when none is configured or it rendered to null", async () => {
  let seen: Record<string, unknown> | undefined;
  const ctx = f.ctx({}, { startWorkflow: async (_id, payload) => {
    seen = payload;
    return { runId: "run_x" };
  } });
  output(await f.run(action, { workflow_id: TARGET }, ctx));
  expect(seen).toEqual({});
  // payload: "{{payload.next}}" that rendered to null.
  output(await f.run(action, { workflow_id: TARGET, payload: null }, ctx));
  expect(seen).toEqual({});
});

test("a refusal from the runner (inactive target, cycle, depth) fails the step with its message", async () => {
  const ctx = f.ctx({}, {
    startWorkflow: async () => {
      throw new Error(`Workflow ${TARGET} is draft, not active.`);
    },
  });
  await expect(f.run(action, { workflow_id: TARGET }, ctx)).rejects.toThrow("is draft, not active");
});

test("validate reports a target that does not exist at <pointer>/workflow_id", async () => {
  expect(await action.validate!({ workflow_id: TARGET }, known, "#/actions/2")).toEqual([]);
  expect(await action.validate!({ workflow_id: MISSING }, known, "#/actions/2")).toEqual([
    { in: "body", pointer: "#/actions/2/workflow_id", detail: `No workflow ${MISSING}.` },
  ]);
});

test("validate leaves a templated target to run time, and a missing one to the schema", async () => {
  expect(await action.validate!({ workflow_id: "{{payload.workflow_id}}" }, known, "#/actions/0")).toEqual([]);
  expect(await action.validate!({}, known, "#/actions/0")).toEqual([]);
  expect(issues(action, {})).toEqual([expect.stringMatching(/^workflow_id: /)]);
  expect(issues(action, { workflow_id: TARGET, payload: "x" })).toEqual([expect.stringMatching(/^payload: /)]);
});

test("a workflow_id that rendered empty fails", async () => {
  await expect(action.run({ workflow_id: " " }, f.ctx())).rejects.toThrow("workflow_id is empty");
});
