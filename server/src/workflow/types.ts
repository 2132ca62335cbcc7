/**
 * The types of workflow definitions: what the pure modules (catalog, conditions, templates, validate, sealing)
 * and the action specs are written against. What runs them is engine/types.ts.
 */
import type { z } from "zod";
import type { CatalogAction, FieldError, Scope, TriggerType, Workflow } from "../types.ts";

/**
 * What templates and conditions see for one run: a plain JSON object. For incident triggers it holds
 * `incident`, `service` (the first affected service, or null), `changes` (incident.updated), plus the incident's own
 * fields at the top level so conditions can say `severity` as well as `incident.severity`. Every scope also has
 * `timestamp` (ISO, when the trigger fired), `workflow` ({ id, name }) and `run` ({ id }). `steps` holds the
 * outputs of earlier named steps: `steps.<name>.<field>`.
 */
export type RunScope = Record<string, unknown>;

/** One trigger type of the catalog. */
export interface TriggerSpec {
  type: TriggerType;
  description: string;
  /** Template variables it provides, e.g. "incident.title" (plus the always-present timestamp, workflow.*, run.*). */
  variables: string[];
  /** Fields conditions may test (dotted paths into the scope). */
  fields: string[];
  /** Whether something produces this trigger yet (alerts, monitors… come in later issues). */
  fires: boolean;
  /** A realistic scope for dry runs without an event. */
  sampleScope(nowMs: number): RunScope;
  /**
   * The resources its runs carry, that actions work on by default (`add_label` labels the trigger's incident).
   * A resource listed here may still be absent from one event (an incident without a service).
   */
  carries: readonly TriggerResource[];
}

export type TriggerResource = "incident" | "alert" | "service";

/** What a configuration field can name in the organization (checked at activation when written literally). */
export type RefKind = "channel" | "policy" | "member" | "member_email" | "service";

/** What validation needs to know beyond the workflow itself. */
export interface ValidationContext {
  /** Looks up another workflow of the same organization (for run_workflow targets, cycles and depth). */
  getWorkflow(id: string): Promise<Workflow | null>;
  /**
   * Looks up what a field names (a channel by id or key, a policy, a member by id or email, a service): null when
   * the organization has none; for a channel, its kind. Without it, references are not checked.
   */
  lookup?(kind: RefKind, value: string): Promise<{ kind?: string } | null>;
  /** Whether an integration (incident.io connection) of the organization exists. Unchecked when absent. */
  integrationExists?(id: string): Promise<boolean>;
  /**
   * The severities of an integration's incident.io organization, read before validation (no call is made while
   * validating): null when they could not be read (the check is then left to the step), undefined when unknown.
   */
  severities?(connectionId: string): readonly { id: string; name: string }[] | null | undefined;
}

/**
 * One action type, as definitions see it (the engine adds how it runs: engine/types.ts ActionModule). Its
 * configuration is the action object minus `type`, `name` and `continue_on_error`.
 * `effects`: "local" actions only write to Tripwire's own store and run inside the step's transaction (so a step
 * is recorded exactly once with its effect); "external" ones call out and may be retried with the same
 * idempotency key after a crash.
 */
export interface ActionSpec<C = Record<string, unknown>> {
  type: string;
  description: string;
  effects: "local" | "external";
  /**
   * The scopes a key must hold to save or activate a workflow with this action (GET /workflow-catalog lists them):
   * a workflow acts with its author's authority, so it cannot do what the author's key could not.
   */
  scopes: readonly Scope[];
  /** Validates the rendered configuration (and, before rendering, its shape: templates stand in for strings). */
  config: z.ZodType<C>;
  /** Catalog description of the configuration fields. */
  fields: CatalogAction["fields"];
  /** Fields that name something of the organization; a literal value must exist at activation (`ctx.lookup`). */
  references?: readonly { field: string; kind: RefKind }[];
  /**
   * What the action works on when none of `fields` is set: the trigger's resource, one of `resources`. On a
   * trigger that carries none of them, activation requires one of `fields` (e.g. `incident_id` on a schedule).
   */
  target?: { resources: readonly TriggerResource[]; fields: readonly string[] };
  /** Extra checks at activation that need the organization's data (e.g. the run_workflow target exists). */
  validate?(config: Record<string, unknown>, ctx: ValidationContext, pointer: string): Promise<FieldError[]>;
}

/** The maximum length of a chain of workflow-started runs (run_workflow, or events written by actions). */
export const MAX_DEPTH = 3;
