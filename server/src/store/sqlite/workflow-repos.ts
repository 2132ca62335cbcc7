/** SQLite repositories for workflows, their versions, runs with their steps, and trigger evaluations. */
import type {
  EvaluationRecord,
  EvaluationRepo,
  PageQuery,
  RunFilter,
  RunRecord,
  RunRepo,
  StepRecord,
  VersionKey,
  WorkflowDefinition,
  WorkflowFilter,
  WorkflowRecord,
  WorkflowRepo,
  WorkflowVersionRecord,
} from "../types.ts";
import type { Action, Evaluation, TriggerType, WorkflowVersion } from "../../types.ts";
import { json, pageParams, toPage } from "./paging.ts";
import type { Row, Statements } from "./statements.ts";
import { toRun, toVersion, toWorkflow } from "../rows.ts";

const workflowParams = (w: WorkflowRecord) => ({
  id: w.id,
  organization_id: w.organization_id,
  name: w.name,
  description: w.description,
  trigger: json.stringify(w.trigger),
  trigger_type: w.trigger.type,
  conditions: w.conditions ? json.stringify(w.conditions) : null,
  actions: json.stringify(w.actions),
  state: w.state,
  version: w.version,
  activated_at: w.activated_at,
  created_at: w.created_at,
  updated_at: w.updated_at,
});
class Workflows implements WorkflowRepo {
  constructor(private q: Statements) {}
  async create(w: WorkflowRecord) {
    this.q
      .get(
        `INSERT INTO workflows (id, organization_id, name, description, trigger, trigger_type, conditions, actions, state, version, activated_at, created_at, updated_at)
         VALUES ($id, $organization_id, $name, $description, $trigger, $trigger_type, $conditions, $actions, $state, $version, $activated_at, $created_at, $updated_at)`,
      )
      .run(workflowParams(w));
  }
  async get(orgId: string, id: string) {
    const r = this.q.get("SELECT * FROM workflows WHERE organization_id = $orgId AND id = $id").get({ orgId, id }) as Row | null;
    return r ? toWorkflow(r) : null;
  }
  async list(orgId: string, f: WorkflowFilter, page: PageQuery) {
    const rows = this.q
      .get(
        `SELECT * FROM workflows WHERE organization_id = $orgId AND ($after IS NULL OR id < $after)
           AND ($state IS NULL OR state = $state) AND ($trigger IS NULL OR trigger_type = $trigger)
         ORDER BY id DESC LIMIT $limit`,
      )
      .all({ orgId, state: f.state ?? null, trigger: f.trigger ?? null, ...pageParams(page) }) as Row[];
    return toPage(rows, page, toWorkflow);
  }
  async byTrigger(orgId: string, trigger: TriggerType) {
    const rows = this.q
      .get("SELECT * FROM workflows WHERE organization_id = $orgId AND trigger_type = $trigger AND state != 'draft' ORDER BY id")
      .all({ orgId, trigger }) as Row[];
    return rows.map(toWorkflow);
  }
  async activeScheduled() {
    return (this.q.get("SELECT * FROM workflows WHERE trigger_type = 'scheduled' AND state = 'active'").all() as Row[]).map(toWorkflow);
  }
  async update(w: WorkflowRecord) {
    this.q
      .get(
        `UPDATE workflows SET name = $name, description = $description, trigger = $trigger, trigger_type = $trigger_type,
           conditions = $conditions, actions = $actions, state = $state, version = $version, activated_at = $activated_at,
           updated_at = $updated_at, created_at = $created_at
         WHERE organization_id = $organization_id AND id = $id`,
      )
      .run(workflowParams(w));
  }
  async delete(orgId: string, id: string) {
    this.q.get("DELETE FROM workflows WHERE organization_id = $orgId AND id = $id").run({ orgId, id });
  }
  async addVersion(v: WorkflowVersion & { organization_id: string }) {
    this.q
      .get(
        `INSERT INTO workflow_versions (workflow_id, version, organization_id, name, trigger, conditions, actions, created_at)
         VALUES ($workflow_id, $version, $organization_id, $name, $trigger, $conditions, $actions, $created_at)`,
      )
      .run({
        ...v,
        trigger: json.stringify(v.trigger),
        conditions: v.conditions ? json.stringify(v.conditions) : null,
        actions: json.stringify(v.actions),
      });
  }
  async getVersion(orgId: string, workflowId: string, version: number) {
    const r = this.q
      .get("SELECT * FROM workflow_versions WHERE organization_id = $orgId AND workflow_id = $workflowId AND version = $version")
      .get({ orgId, workflowId, version }) as Row | null;
    return r ? toVersion(r) : null;
  }
  async listVersions(orgId: string, workflowId: string, page: PageQuery) {
    // Versions page by number (descending); the cursor carries it as a padded id-like string.
    const after = page.after ? Number(page.after.slice(4)) : null;
    const rows = this.q
      .get(
        `SELECT * FROM workflow_versions WHERE organization_id = $orgId AND workflow_id = $workflowId AND ($after IS NULL OR version < $after)
         ORDER BY version DESC LIMIT $limit`,
      )
      .all({ orgId, workflowId, after, limit: page.limit + 1 }) as Row[];
    const items = rows.slice(0, page.limit).map(toVersion);
    const last = items[items.length - 1];
    return { items, nextAfter: rows.length > page.limit && last ? `ver_${String(last.version).padStart(26, "0")}` : null };
  }
  async withActionType(type: string, after: string | null, limit: number) {
    const rows = this.q
      .get("SELECT * FROM workflows WHERE instr(actions, $type) > 0 AND ($after IS NULL OR id > $after) ORDER BY id LIMIT $limit")
      .all({ type: JSON.stringify(type), after, limit }) as Row[];
    return rows.map(toWorkflow);
  }
  async setActions(orgId: string, id: string, actions: Action[]) {
    this.q.get("UPDATE workflows SET actions = $actions WHERE organization_id = $orgId AND id = $id").run({ orgId, id, actions: json.stringify(actions) });
  }
  async versionsWithActionType(type: string, after: VersionKey | null, limit: number) {
    const rows = this.q
      .get(
        `SELECT * FROM workflow_versions WHERE instr(actions, $type) > 0
           AND ($afterId IS NULL OR workflow_id > $afterId OR (workflow_id = $afterId AND version > $afterVersion))
         ORDER BY workflow_id, version LIMIT $limit`,
      )
      .all({ type: JSON.stringify(type), afterId: after?.workflow_id ?? null, afterVersion: after?.version ?? null, limit }) as Row[];
    return rows.map((r): WorkflowVersionRecord => ({ ...toVersion(r), organization_id: r.organization_id }));
  }
  async setVersionActions(orgId: string, workflowId: string, version: number, actions: Action[]) {
    this.q
      .get("UPDATE workflow_versions SET actions = $actions WHERE organization_id = $orgId AND workflow_id = $workflowId AND version = $version")
      .run({ orgId, workflowId, version, actions: json.stringify(actions) });
  }
}

const runParams = (r: RunRecord) => ({
  ...r,
  event: json.stringify(r.event),
  scope: json.stringify(r.scope),
  definition: json.stringify(r.definition),
  caused_by: json.stringify(r.caused_by),
  test: r.test ? 1 : 0,
});
const toStep = (r: Row): StepRecord => ({
  index: r.idx,
  name: r.name,
  type: r.type,
  status: r.status,
  input: json.parse(r.input),
  output: json.parse(r.output),
  error: r.error,
  attempts: r.attempts,
  started_at: r.started_at,
  ended_at: r.ended_at,
  wait_until_ms: r.wait_until_ms,
});
const stepParams = (runId: string, s: StepRecord) => ({
  runId,
  idx: s.index,
  name: s.name,
  type: s.type,
  status: s.status,
  input: s.input ? json.stringify(s.input) : null,
  output: s.output ? json.stringify(s.output) : null,
  error: s.error,
  attempts: s.attempts,
  started_at: s.started_at,
  ended_at: s.ended_at,
  wait_until_ms: s.wait_until_ms,
});

class Runs implements RunRepo {
  constructor(private q: Statements) {}
  async create(run: RunRecord, steps: StepRecord[]) {
    this.q
      .get(
        `INSERT INTO runs (id, organization_id, workflow_id, workflow_version, status, trigger_type, event, scope, definition, caused_by, depth,
           replay_of, test, error, created_at, started_at, ended_at, duration_ms)
         VALUES ($id, $organization_id, $workflow_id, $workflow_version, $status, $trigger_type, $event, $scope, $definition, $caused_by, $depth,
           $replay_of, $test, $error, $created_at, $started_at, $ended_at, $duration_ms)`,
      )
      .run(runParams(run));
    const insert = this.q.get(
      `INSERT INTO run_steps (run_id, idx, name, type, status, input, output, error, attempts, started_at, ended_at, wait_until_ms)
       VALUES ($runId, $idx, $name, $type, $status, $input, $output, $error, $attempts, $started_at, $ended_at, $wait_until_ms)`,
    );
    for (const s of steps) insert.run(stepParams(run.id, s));
  }
  async createMany(runs: readonly { run: RunRecord; steps: StepRecord[] }[]) {
    for (const { run, steps } of runs) await this.create(run, steps);
  }
  async get(orgId: string, id: string) {
    const r = this.q.get("SELECT * FROM runs WHERE organization_id = $orgId AND id = $id").get({ orgId, id }) as Row | null;
    return r ? toRun(r) : null;
  }
  async byId(id: string) {
    const r = this.q.get("SELECT * FROM runs WHERE id = $id").get({ id }) as Row | null;
    return r ? toRun(r) : null;
  }
  async list(orgId: string, f: RunFilter, page: PageQuery) {
    const rows = this.q
      .get(
        `SELECT * FROM runs WHERE organization_id = $orgId AND ($after IS NULL OR id < $after)
           AND ($workflowId IS NULL OR workflow_id = $workflowId) AND ($status IS NULL OR status = $status)
           AND ($createdAfter IS NULL OR created_at >= $createdAfter) AND ($createdBefore IS NULL OR created_at < $createdBefore)
         ORDER BY id DESC LIMIT $limit`,
      )
      .all({
        orgId,
        workflowId: f.workflowId ?? null,
        status: f.status ?? null,
        createdAfter: f.createdAfter ?? null,
        createdBefore: f.createdBefore ?? null,
        ...pageParams(page),
      }) as Row[];
    return toPage(rows, page, toRun);
  }
  async update(run: RunRecord) {
    this.q
      .get(
        `UPDATE runs SET status = $status, error = $error, started_at = $started_at, ended_at = $ended_at, duration_ms = $duration_ms
         WHERE organization_id = $organization_id AND id = $id`,
      )
      .run({ id: run.id, organization_id: run.organization_id, status: run.status, error: run.error, started_at: run.started_at, ended_at: run.ended_at, duration_ms: run.duration_ms });
  }
  async steps(runId: string) {
    return (this.q.get("SELECT * FROM run_steps WHERE run_id = $runId ORDER BY idx").all({ runId }) as Row[]).map(toStep);
  }
  async updateStep(runId: string, s: StepRecord) {
    this.q
      .get(
        `UPDATE run_steps SET status = $status, input = $input, output = $output, error = $error, attempts = $attempts,
           started_at = $started_at, ended_at = $ended_at, wait_until_ms = $wait_until_ms, name = $name, type = $type
         WHERE run_id = $runId AND idx = $idx`,
      )
      .run(stepParams(runId, s));
  }
  async withActionType(type: string, after: string | null, limit: number) {
    const rows = this.q
      .get("SELECT * FROM runs WHERE instr(definition, $type) > 0 AND ($after IS NULL OR id > $after) ORDER BY id LIMIT $limit")
      .all({ type: JSON.stringify(type), after, limit }) as Row[];
    return rows.map(toRun);
  }
  async setDefinition(orgId: string, id: string, definition: WorkflowDefinition) {
    this.q.get("UPDATE runs SET definition = $definition WHERE organization_id = $orgId AND id = $id").run({ orgId, id, definition: json.stringify(definition) });
  }
  async setStepInput(runId: string, index: number, input: Record<string, unknown> | null) {
    this.q.get("UPDATE run_steps SET input = $input WHERE run_id = $runId AND idx = $idx").run({ runId, idx: index, input: input ? json.stringify(input) : null });
  }
  async prune(orgId: string, before: string, limit: number) {
    // Steps go with their run (ON DELETE CASCADE). A run with a job (queued, or waking after a delay) stays.
    return this.q
      .get(
        `DELETE FROM runs WHERE id IN (
           SELECT id FROM runs WHERE organization_id = $orgId AND created_at < $before
             AND status IN ('completed', 'completed_with_errors', 'failed', 'canceled')
             AND NOT EXISTS (SELECT 1 FROM jobs WHERE jobs.id = runs.id)
           ORDER BY created_at LIMIT $limit)`,
      )
      .run({ orgId, before, limit }).changes;
  }
}

class Evaluations implements EvaluationRepo {
  constructor(private q: Statements) {}
  async create(e: EvaluationRecord) {
    this.q
      .get(
        `INSERT INTO evaluations (id, organization_id, workflow_id, workflow_version, event_id, event_type, outcome, reason, conditions, run_id, created_at)
         VALUES ($id, $organization_id, $workflow_id, $workflow_version, $event_id, $event_type, $outcome, $reason, $conditions, $run_id, $created_at)`,
      )
      .run({ ...e, conditions: e.conditions ? json.stringify(e.conditions) : null });
  }
  async createMany(es: readonly EvaluationRecord[]) {
    for (const e of es) await this.create(e);
  }
  async list(orgId: string, workflowId: string, page: PageQuery) {
    const rows = this.q
      .get(
        `SELECT * FROM evaluations WHERE organization_id = $orgId AND workflow_id = $workflowId AND ($after IS NULL OR id < $after)
         ORDER BY id DESC LIMIT $limit`,
      )
      .all({ orgId, workflowId, ...pageParams(page) }) as Row[];
    return toPage(rows, page, (r): Evaluation => ({
      id: r.id,
      workflow_id: r.workflow_id,
      workflow_version: r.workflow_version,
      event_id: r.event_id,
      event_type: r.event_type,
      outcome: r.outcome,
      reason: r.reason,
      conditions: json.parse(r.conditions),
      run_id: r.run_id,
      created_at: r.created_at,
    }));
  }
  async prune(orgId: string, before: string, limit: number) {
    return this.q
      .get(
        `DELETE FROM evaluations WHERE id IN (
           SELECT id FROM evaluations WHERE organization_id = $orgId AND created_at < $before
             AND (run_id IS NULL OR NOT EXISTS (SELECT 1 FROM runs WHERE runs.id = evaluations.run_id))
           ORDER BY created_at LIMIT $limit)`,
      )
      .run({ orgId, before, limit }).changes;
  }
}

export function workflowRepos(q: Statements) {
  return { workflows: new Workflows(q), runs: new Runs(q), evaluations: new Evaluations(q) };
}
