/**
 * Activation checks for a (normalized) workflow definition. Returns every problem at once, each with the JSON
 * pointer of the offending part of the request body; an empty list means the workflow can be activated.
 * No I/O of its own: other workflows are read through `ctx.getWorkflow`.
 *
 * Order: the trigger (`#/trigger/type`, `#/trigger/schedule` or `#/trigger/every`, `#/trigger/timezone`), the conditions (unknown field
 * for the trigger, missing value, `in` / `not_in` without a list), then each action in turn: unknown type, the
 * configuration's shape (text fields written as numbers are refused like any other wrong type), an incident (or
 * alert, service) the action needs but the trigger does not carry, unknown template variables, a duplicate step
 * name, the module's own `validate()` (only when the shape is right), every literal channel (id or key), escalation
 * policy, member (id or email) and service the action names (`ctx.lookup`), and for `run_workflow` the target's
 * existence, cycles and chain depth.
 *
 * Templates and configuration shapes: the configuration (the action minus `type`, `name`, `continue_on_error`) is
 * parsed as written with the module's zod `config`, and every issue located at (or inside) a string holding a
 * template is dropped, because that value is only known once rendered (a string that is exactly one template may
 * even render to a number or an object). The rendered configuration is parsed again by the runner, and by dry runs.
 * So action schemas need no special template support; the one thing this cannot see is an object-level refinement
 * that zod skips because a templated field failed first.
 *
 * run_workflow (`{ workflow_id }`), each problem at `#/actions/i/workflow_id`: a literal target must exist (reported
 * once even when the module's own `validate()` says so too); following run_workflow edges from it must not lead back
 * to this workflow (a cycle); and the longest chain of edges starting here must be at most MAX_DEPTH. Another workflow's edges are read from its stored
 * `actions`; this workflow's from the definition being validated. A templated target is only checked at run time,
 * where the runner's depth limit applies.
 */
import { CronPattern, Cron } from "croner";
import type { Action, ConditionGroup, FieldError, Trigger } from "../types.ts";
import { TRIGGERS, isListedPath, triggerSpec } from "./catalog.ts";
import { conditionFields } from "./conditions.ts";
import { parseEvery } from "./schedule.ts";
import { hasTemplate, isKnownVariable, pointerToken, templateVariables } from "./templates.ts";
import { references } from "./references.ts";
import { type ActionSpec, MAX_DEPTH, type RefKind, type TriggerSpec, type ValidationContext } from "./types.ts";

export interface WorkflowDefinition {
  trigger: Trigger;
  conditions: ConditionGroup | null;
  actions: Action[];
  /** The workflow's own id, once it has one (for cycle detection). */
  id?: string;
}

const RUN_WORKFLOW = "run_workflow";
const STEP_KEYS = new Set(["type", "name", "continue_on_error"]);

const err = (pointer: string, detail: string): FieldError => ({ in: "body", pointer, detail });

export async function validateWorkflow(
  def: WorkflowDefinition,
  actions: Record<string, ActionSpec>,
  ctx: ValidationContext,
): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const spec = triggerSpec(def.trigger.type);
  errors.push(...validateTrigger(def.trigger, spec));
  if (def.trigger.type === "incident_io.incident" && def.trigger.connection_id !== undefined && ctx.integrationExists) {
    if (!(await ctx.integrationExists(def.trigger.connection_id))) {
      errors.push(err("#/trigger/connection_id", `No integration ${def.trigger.connection_id} in this organization (create one with POST /integrations).`));
    }
  }
  errors.push(...validateConditions(def.conditions, spec));

  const graph = new WorkflowGraph(ctx, def);
  const seenNames = new Map<string, number>();
  for (const [i, action] of def.actions.entries()) {
    const at = `#/actions/${i}`;
    const config = actionConfig(action);
    const module = Object.hasOwn(actions, action.type) ? actions[action.type] : undefined;
    let shapeOk = false;
    if (module === undefined) {
      const known = Object.keys(actions).sort().join(", ");
      errors.push(err(`${at}/type`, `Unknown action type "${action.type}". Known types: ${known}.`));
    } else {
      const shape = configIssues(module, config, at);
      errors.push(...shape);
      shapeOk = shape.length === 0;
      if (spec !== null) errors.push(...targetIssues(module, config, spec, at));
    }

    const earlier = def.actions.slice(0, i).flatMap((a) => (a.name === undefined ? [] : [a.name]));
    if (spec !== null) {
      for (const { variable, pointer } of templateVariables(config, at)) {
        if (isKnownVariable(variable, spec, earlier)) continue;
        errors.push(err(pointer, unknownVariableDetail(variable, spec, def.actions, i)));
      }
    }

    if (action.name !== undefined) {
      const first = seenNames.get(action.name);
      if (first !== undefined) {
        errors.push(err(`${at}/name`, `Step name "${action.name}" is already used by step ${first}.`));
      } else {
        seenNames.set(action.name, i);
      }
    }

    if (module?.validate && shapeOk) errors.push(...(await module.validate(config, ctx, at)));
    if (module && ctx.lookup) errors.push(...(await referenceIssues(action, module, ctx, i)));

    if (action.type === RUN_WORKFLOW) {
      const problem = await graph.check(config.workflow_id);
      // The run_workflow module may have reported a missing target itself: one error per problem.
      const reported = errors.some((e) => e.pointer === `${at}/workflow_id`);
      if (problem !== null && !(problem.kind === "missing" && reported)) errors.push(err(`${at}/workflow_id`, problem.detail));
    }
  }
  return errors;
}

/** The action's configuration: everything but the step keys. */
export function actionConfig(action: Action): Record<string, unknown> {
  const config: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(action)) if (!STEP_KEYS.has(k)) config[k] = v;
  return config;
}

// ---- trigger ----

function validateTrigger(trigger: Trigger, spec: TriggerSpec | null): FieldError[] {
  if (spec === null) {
    const known = Object.keys(TRIGGERS).join(", ");
    return [err("#/trigger/type", `Unknown trigger type "${String(trigger.type)}". Known types: ${known}.`)];
  }
  const errors: FieldError[] = [];
  if (trigger.type !== "incident_io.incident") {
    for (const key of ["connection_id", "events"] as const) {
      if (trigger[key] !== undefined) {
        errors.push(err(`#/trigger/${key}`, `Only an incident_io.incident trigger takes ${key}; this one is ${trigger.type}.`));
      }
    }
  } else if (trigger.events !== undefined && new Set(trigger.events).size !== trigger.events.length) {
    errors.push(err("#/trigger/events", "List each event once (created, updated)."));
  }
  if (trigger.type !== "scheduled") {
    for (const key of ["schedule", "every", "timezone"] as const) {
      if (trigger[key] !== undefined) {
        errors.push(err(`#/trigger/${key}`, `Only a scheduled trigger takes a ${key}; this one is ${trigger.type}.`));
      }
    }
    return errors;
  }
  const timezoneOk = trigger.timezone === undefined || isTimeZone(trigger.timezone);
  if (!timezoneOk) {
    errors.push(
      err("#/trigger/timezone", `"${trigger.timezone}" is not an IANA time zone (e.g. UTC, Europe/Paris, America/New_York).`),
    );
  }
  if (trigger.every !== undefined) {
    if (trigger.schedule !== undefined) {
      errors.push(err("#/trigger/every", "Set schedule (cron) or every (an interval), not both."));
    } else {
      const every = parseEvery(trigger.every);
      if (!every.ok) errors.push(err("#/trigger/every", every.error));
    }
    if (trigger.timezone !== undefined) {
      errors.push(err("#/trigger/timezone", "An interval (every) runs on a UTC grid; a timezone applies only to a cron schedule."));
    }
    return errors;
  }
  if (trigger.schedule === undefined || trigger.schedule.trim() === "") {
    errors.push(err("#/trigger/schedule", "A scheduled trigger needs a schedule: a 5-field cron expression such as 0 9 * * *, or every: an interval such as 15m."));
  } else {
    const problem = cronProblem(trigger.schedule, timezoneOk ? (trigger.timezone ?? "UTC") : "UTC");
    if (problem !== null) errors.push(err("#/trigger/schedule", problem));
  }
  return errors;
}

/** Whether `zone` is an IANA time zone name this runtime knows (UTC offsets such as +02:00 are not names). */
export function isTimeZone(zone: string): boolean {
  if (zone.trim() === "" || /^[+-]/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat(undefined, { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Why `schedule` is not a usable 5-field cron expression, or null when it is. */
export function cronProblem(schedule: string, timezone: string): string | null {
  try {
    new CronPattern(schedule, timezone, { mode: "5-part" });
  } catch (e) {
    const reason = (e instanceof Error ? e.message : String(e)).replace(/^CronPattern:\s*/, "");
    return `"${schedule}" is not a valid 5-field cron expression (minute hour day-of-month month day-of-week): ${reason}.`;
  }
  // A fixed reference time: a 5-field pattern has no year, so one that never fires after it never fires at all.
  const next = new Cron(schedule, { mode: "5-part", timezone, paused: true }).nextRun(new Date(Date.UTC(2000, 0, 1)));
  return next === null ? `"${schedule}" never fires (no such date).` : null;
}

// ---- conditions ----

function validateConditions(group: ConditionGroup | null, spec: TriggerSpec | null): FieldError[] {
  const errors: FieldError[] = [];
  for (const c of conditionFields(group)) {
    if (spec !== null && !isListedPath(c.field, spec.fields)) {
      errors.push(err(c.pointer, `Unknown field "${c.field}" for trigger ${spec.type}. Fields: ${spec.fields.join(", ")}.`));
    }
    const valuePointer = c.pointer.replace(/\/field$/, "/value");
    if (!c.hasValue) {
      errors.push(err(valuePointer, `The ${c.operator} condition needs a value.`));
    } else if ((c.operator === "in" || c.operator === "not_in") && !Array.isArray(c.value)) {
      errors.push(err(valuePointer, `The ${c.operator} condition needs a list of values.`));
    }
  }
  return errors;
}

// ---- action configuration ----

/**
 * Shape errors of a configuration, leaving out those at strings that hold templates. Text fields (catalog type
 * `string`, `string[]` or an enum) must be written as strings: the schemas take a number or boolean only because a
 * whole template may render to one, so `message: 42` is refused here like `label: 5`, with the same words.
 */
function configIssues(module: ActionSpec, config: Record<string, unknown>, at: string): FieldError[] {
  const errors = literalTypeIssues(module, config, at);
  const typed = new Set(errors.map((e) => e.pointer));
  const parsed = module.config.safeParse(config, { reportInput: true });
  if (parsed.success) return errors;
  for (const issue of parsed.error.issues) {
    const path = issue.path.map((p) => (typeof p === "symbol" ? p.toString() : p));
    if (templatedAlong(config, path)) continue;
    // Already reported as a number where text goes: at the field, or (a list's union refusing) inside it.
    const here = pointerOf(at, path);
    if (typed.has(here) || [...typed].some((t) => t.startsWith(`${here}/`))) continue;
    if (issue.code === "invalid_type" && issue.input !== undefined) {
      errors.push(err(pointerOf(at, path), `Expected ${issue.expected}, got ${jsonType(issue.input)}.`));
      continue;
    }
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        errors.push(err(pointerOf(at, [...path, key]), `Unknown field "${key}" for this action.`));
      }
      continue;
    }
    errors.push(err(pointerOf(at, path), issue.message));
  }
  return errors;
}

const jsonType = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);
const isTextType = (type: string) => type === "string" || (type.includes("|") && !type.includes("["));

/** Numbers and booleans written where the catalog says text (see configIssues). */
function literalTypeIssues(module: ActionSpec, config: Record<string, unknown>, at: string): FieldError[] {
  const errors: FieldError[] = [];
  const wrong = (v: unknown) => typeof v === "number" || typeof v === "boolean";
  for (const field of module.fields) {
    if (!Object.hasOwn(config, field.name)) continue;
    const value = config[field.name];
    const pointer = pointerOf(at, [field.name]);
    if (isTextType(field.type) && wrong(value)) {
      errors.push(err(pointer, `Expected string, got ${jsonType(value)}.`));
    } else if (field.type === "string[]") {
      if (wrong(value)) errors.push(err(pointer, `Expected string or list of strings, got ${jsonType(value)}.`));
      else if (Array.isArray(value)) {
        for (const [j, item] of value.entries()) if (wrong(item)) errors.push(err(pointerOf(at, [field.name, j]), `Expected string, got ${jsonType(item)}.`));
      }
    }
  }
  return errors;
}

/** The trigger carries nothing this action works on by default, and none of its target fields is set. */
function targetIssues(module: ActionSpec, config: Record<string, unknown>, spec: TriggerSpec, at: string): FieldError[] {
  const target = module.target;
  if (!target || target.resources.some((r) => spec.carries.includes(r))) return [];
  if (target.fields.some((f) => config[f] !== undefined)) return [];
  const what = target.resources.map((r) => (r === "alert" || r === "incident" ? `an ${r}` : `a ${r}`)).join(" or ");
  const set = target.fields.join(" or ");
  const example = target.fields[0] === "incident_id" ? ` (e.g. "{{steps.<name>.id}}" after a named create_incident step, or "{{payload.incident_id}}")` : "";
  return [err(`${at}/${pointerToken(target.fields[0]!)}`, `${module.type} works on ${what}, and the ${spec.type} trigger carries none: set ${set}${example}.`)];
}

const REF_WORDS: Record<RefKind, string> = {
  channel: "No channel with the id or key",
  policy: "No escalation policy",
  member: "No member",
  member_email: "No member with the email",
  service: "No service",
};

/** Every literal channel, policy, member and service the action names must exist in the organization. */
async function referenceIssues(action: Action, module: ActionSpec, ctx: ValidationContext, index: number): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  for (const ref of references([action], { [action.type]: module })) {
    const pointer = ref.pointer.replace(/^#\/actions\/0\//, `#/actions/${index}/`);
    const found = await ctx.lookup!(ref.kind, ref.value);
    if (found === null) errors.push(err(pointer, `${REF_WORDS[ref.kind]} ${ref.value} in this organization.`));
    else if (ref.kind === "channel" && action.type === "send_slack_message" && found.kind !== "slack") {
      errors.push(err(pointer, `Channel ${ref.value} is a ${found.kind} channel; send_slack_message needs a slack channel (send_notification sends through any kind).`));
    }
  }
  return errors;
}

/** Whether the value at `path` of `config`, or a string on the way to it, holds a template. */
function templatedAlong(config: unknown, path: (string | number)[]): boolean {
  let current: unknown = config;
  for (const key of path) {
    if (typeof current === "string") break;
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, key)) return false;
    current = (current as Record<string | number, unknown>)[key];
  }
  return typeof current === "string" && hasTemplate(current);
}

const pointerOf = (at: string, path: (string | number)[]) => [at, ...path.map(pointerToken)].join("/");

function unknownVariableDetail(variable: string, spec: TriggerSpec, actions: Action[], index: number): string {
  const [root, name] = variable.split(".");
  if (root === "steps") {
    const later = actions.findIndex((a, j) => j >= index && a.name === name);
    if (name !== undefined && later === index) return `{{${variable}}}: a step cannot use its own output.`;
    if (name !== undefined && later > index) return `{{${variable}}}: step "${name}" runs later (step ${later}).`;
    return `{{${variable}}}: there is no earlier step named "${name ?? ""}".`;
  }
  if (root === "payload") return `{{${variable}}}: payload is only available to manual triggers.`;
  return `Unknown template variable {{${variable}}} for trigger ${spec.type}.`;
}

// ---- run_workflow graph ----

/** Literal run_workflow targets of a list of actions (templated ones are only known at run time). */
function runTargets(actions: readonly Action[]): string[] {
  return actions.flatMap((a) =>
    a.type === RUN_WORKFLOW && typeof a.workflow_id === "string" && !hasTemplate(a.workflow_id) ? [a.workflow_id] : [],
  );
}

class WorkflowGraph {
  private readonly edges = new Map<string, Promise<string[] | null>>();
  private readonly chains = new Map<string, Promise<string[]>>();

  constructor(
    private readonly ctx: ValidationContext,
    private readonly self: WorkflowDefinition,
  ) {}

  /** Targets of a workflow, or null when it does not exist. This workflow's come from the definition. */
  private targets(id: string): Promise<string[] | null> {
    if (id === this.self.id) return Promise.resolve(runTargets(this.self.actions));
    let found = this.edges.get(id);
    if (!found) {
      found = this.ctx.getWorkflow(id).then((w) => (w === null ? null : runTargets(w.actions)));
      this.edges.set(id, found);
    }
    return found;
  }

  /** The longest chain of workflow ids starting at `id` (itself included), followed at most `budget` edges. */
  private chainFrom(id: string, budget: number): Promise<string[]> {
    const key = `${budget}:${id}`;
    let chain = this.chains.get(key);
    if (!chain) {
      chain = (async () => {
        if (budget === 0) return [id];
        let best: string[] = [];
        for (const t of (await this.targets(id)) ?? []) {
          const c = await this.chainFrom(t, budget - 1);
          if (c.length > best.length) best = c;
        }
        return [id, ...best];
      })();
      this.chains.set(key, chain);
    }
    return chain;
  }

  /** A path of run_workflow edges from `from` back to this workflow, or null. */
  private async pathBack(from: string): Promise<string[] | null> {
    const self = this.self.id;
    if (self === undefined) return null;
    const parent = new Map<string, string | null>([[from, null]]);
    const queue = [from];
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      if (id === self) {
        const path: string[] = [];
        for (let at: string | null | undefined = id; at != null; at = parent.get(at)) path.unshift(at);
        return path;
      }
      for (const t of (await this.targets(id)) ?? []) {
        if (!parent.has(t)) {
          parent.set(t, id);
          queue.push(t);
        }
      }
    }
    return null;
  }

  async check(workflowId: unknown): Promise<{ kind: "missing" | "cycle" | "depth"; detail: string } | null> {
    if (typeof workflowId !== "string" || hasTemplate(workflowId)) return null;
    const self = this.self.id ?? "this workflow";
    if (workflowId !== this.self.id && (await this.targets(workflowId)) === null) {
      return { kind: "missing", detail: `No workflow ${workflowId} in this organization.` };
    }
    const back = await this.pathBack(workflowId);
    if (back !== null) return { kind: "cycle", detail: `run_workflow makes a cycle: ${[self, ...back].join(" → ")}.` };
    const chain = [self, ...(await this.chainFrom(workflowId, MAX_DEPTH))];
    if (chain.length - 1 > MAX_DEPTH) {
      return { kind: "depth", detail: `run_workflow chain is deeper than ${MAX_DEPTH} workflows: ${chain.join(" → ")}.` };
    }
    return null;
  }
}
