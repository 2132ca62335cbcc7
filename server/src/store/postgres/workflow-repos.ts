/** PostgreSQL repositories for workflows, their versions, runs with their steps, and trigger evaluations (as sqlite/workflow-repos.ts). */
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
import { numOrNull, type Q, type Row } from "./db.ts";
import { after, json, limitPlusOne, toPage } from "./paging.ts";
import { toRun, toVersion, toWorkflow } from "../rows.ts";

class Workflows implements WorkflowRepo {
  constructor(private q: Q) {}
  async create(w: WorkflowRecord) {
    await this.q`INSERT INTO workflows (id, organization_id, name, description, trigger, trigger_type, conditions, actions, state, version, activated_at, created_at, updated_at)
      VALUES (${w.id}, ${w.organization_id}, ${w.name}, ${w.description}, ${json.stringify(w.trigger)}, ${w.trigger.type},
        ${w.conditions ? json.stringify(w.conditions) : null}, ${json.stringify(w.actions)}, ${w.state}, ${w.version}, ${w.activated_at}, ${w.created_at},
        ${w.updated_at})`;
  }
  async get(orgId: string, id: string) {
    const r = (await this.q`SELECT * FROM workflows WHERE organization_id = ${orgId} AND id = ${id}`)[0];
    return r ? toWorkflow(r) : null;
  }
  async list(orgId: string, f: WorkflowFilter, page: PageQuery) {
    const state = f.state ?? null;
    const trigger = f.trigger ?? null;
    const rows = await this.q`SELECT * FROM workflows WHERE organization_id = ${orgId} AND (${after(page)}::text IS NULL OR id < ${after(page)})
        AND (${state}::text IS NULL OR state = ${state}) AND (${trigger}::text IS NULL OR trigger_type = ${trigger})
      ORDER BY id DESC LIMIT ${limitPlusOne(page)}`;
    return toPage(rows, page, toWorkflow);
  }
  async byTrigger(orgId: string, trigger: TriggerType) {
    const rows = await this.q`SELECT * FROM workflows WHERE organization_id = ${orgId} AND trigger_type = ${trigger} AND state != 'draft' ORDER BY id`;
    return rows.map(toWorkflow);
  }
  async activeScheduled() {
    return (await this.q`SELECT * FROM workflows WHERE trigger_type = 'scheduled' AND state = 'active' ORDER BY id`).map(toWorkflow);
  }
  async update(w: WorkflowRecord) {
    await this.q`UPDATE workflows SET name = ${w.name}, description = ${w.description}, trigger = ${json.stringify(w.trigger)},
        trigger_type = ${w.trigger.type}, conditions = ${w.conditions ? json.stringify(w.conditions) : null}, actions = ${json.stringify(w.actions)},
        state = ${w.state}, version = ${w.version}, activated_at = ${w.activated_at}, updated_at = ${w.updated_at}, created_at = ${w.created_at}
      WHERE organization_id = ${w.organization_id} AND id = ${w.id}`;
  }
  async delete(orgId: string, id: string) {
    await this.q`DELETE FROM workflows WHERE organization_id = ${orgId} AND id = ${id}`;
  }
  async addVersion(v: WorkflowVersion & { organization_id: string }) {
    await this.q`INSERT INTO workflow_versions (workflow_id, version, organization_id, name, trigger, conditions, actions, created_at)
      VALUES (${v.workflow_id}, ${v.version}, ${v.organization_id}, ${v.name}, ${json.stringify(v.trigger)},
        ${v.conditions ? json.stringify(v.conditions) : null}, ${json.stringify(v.actions)}, ${v.created_at})`;
  }
  async getVersion(orgId: string, workflowId: string, version: number) {
    const r = (await this.q`SELECT * FROM workflow_versions WHERE organization_id = ${orgId} AND workflow_id = ${workflowId} AND version = ${version}`)[0];
    return r ? toVersion(r) : null;
  }
  async listVersions(orgId: string, workflowId: string, page: PageQuery) {
    // Versions page by number (descending); the cursor carries it as a padded id-like string.
    const afterVersion = page.after ? Number(page.after.slice(4)) : null;
    const rows = await this.q`SELECT * FROM workflow_versions WHERE organization_id = ${orgId} AND workflow_id = ${workflowId}
        AND (${afterVersion}::int IS NULL OR version < ${afterVersion}::int)
      ORDER BY version DESC LIMIT ${page.limit + 1}`;
    const items = rows.slice(0, page.limit).map(toVersion);
    const last = items[items.length - 1];
    return { items, nextAfter: rows.length > page.limit && last ? `ver_${String(last.version).padStart(26, "0")}` : null };
  }
  async withActionType(type: string, afterId: string | null, limit: number) {
    const rows = await this.q`SELECT * FROM workflows WHERE strpos(actions, ${JSON.stringify(type)}) > 0
        AND (${afterId}::text IS NULL OR id > ${afterId}) ORDER BY id LIMIT ${limit}`;
    return rows.map(toWorkflow);
  }
  async setActions(orgId: string, id: string, actions: Action[]) {
    await this.q`UPDATE workflows SET actions = ${json.stringify(actions)} WHERE organization_id = ${orgId} AND id = ${id}`;
  }
  async versionsWithActionType(type: string, afterKey: VersionKey | null, limit: number) {
    const afterId = afterKey?.workflow_id ?? null;
    const afterVersion = afterKey?.version ?? null;
    const rows = await this.q`SELECT * FROM workflow_versions WHERE strpos(actions, ${JSON.stringify(type)}) > 0
        AND (${afterId}::text IS NULL OR workflow_id > ${afterId} OR (workflow_id = ${afterId} AND version > ${afterVersion}::int))
      ORDER BY workflow_id, version LIMIT ${limit}`;
    return rows.map((r): WorkflowVersionRecord => ({ ...toVersion(r), organization_id: r.organization_id }));
  }
  async setVersionActions(orgId: string, workflowId: string, version: number, actions: Action[]) {
    await this.q`UPDATE workflow_versions SET actions = ${json.stringify(actions)}
      WHERE organization_id = ${orgId} AND workflow_id = ${workflowId} AND version = ${version}`;
  }
}

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
  wait_until_ms: numOrNull(r.wait_until_ms),
});

class Runs implements RunRepo {
  constructor(private q: Q) {}
  async create(run: RunRecord, steps: StepRecord[]) {
    await this.createMany([{ run, steps }]);
  }
  async createMany(items: readonly { run: RunRecord; steps: StepRecord[] }[]) {
    if (items.length === 0) return;
    // Two statements for the batch: the columns as arrays, unnested into rows.
    const runs = items.map((i) => i.run);
    const col = <T>(f: (r: RunRecord) => T) => runs.map(f);
    const steps = items.flatMap((i) => i.steps.map((st) => ({ runId: i.run.id, st })));
    const sc = <T>(f: (s: StepRecord) => T) => steps.map((x) => f(x.st));
    await Promise.all([
      this.q`INSERT INTO runs (id, organization_id, workflow_id, workflow_version, status, trigger_type, event, scope, definition, caused_by, depth,
          replay_of, test, error, created_at, started_at, ended_at, duration_ms)
        SELECT * FROM unnest(${col((r) => r.id)}::text[], ${col((r) => r.organization_id)}::text[], ${col((r) => r.workflow_id)}::text[],
          ${col((r) => r.workflow_version)}::int[], ${col((r) => r.status)}::text[], ${col((r) => r.trigger_type)}::text[],
          ${col((r) => json.stringify(r.event))}::text[], ${col((r) => json.stringify(r.scope))}::text[], ${col((r) => json.stringify(r.definition))}::text[],
          ${col((r) => json.stringify(r.caused_by))}::text[], ${col((r) => r.depth)}::int[], ${col((r) => r.replay_of)}::text[], ${col((r) => r.test)}::boolean[],
          ${col((r) => r.error)}::text[], ${col((r) => r.created_at)}::text[], ${col((r) => r.started_at)}::text[], ${col((r) => r.ended_at)}::text[],
          ${col((r) => r.duration_ms)}::float8[])`,
      steps.length === 0
        ? Promise.resolve()
        : this.q`INSERT INTO run_steps (run_id, idx, name, type, status, input, output, error, attempts, started_at, ended_at, wait_until_ms)
        SELECT * FROM unnest(${steps.map((x) => x.runId)}::text[], ${sc((st) => st.index)}::int[], ${sc((st) => st.name)}::text[], ${sc((st) => st.type)}::text[],
          ${sc((st) => st.status)}::text[], ${sc((st) => (st.input ? json.stringify(st.input) : null))}::text[], ${sc((st) => (st.output ? json.stringify(st.output) : null))}::text[],
          ${sc((st) => st.error)}::text[], ${sc((st) => st.attempts)}::int[], ${sc((st) => st.started_at)}::text[], ${sc((st) => st.ended_at)}::text[],
          ${sc((st) => st.wait_until_ms)}::bigint[])`,
    ]);
  }
  async get(orgId: string, id: string) {
    const r = (await this.q`SELECT * FROM runs WHERE organization_id = ${orgId} AND id = ${id}`)[0];
    return r ? toRun(r) : null;
  }
  async byId(id: string) {
    const r = (await this.q`SELECT * FROM runs WHERE id = ${id}`)[0];
    return r ? toRun(r) : null;
  }
  async list(orgId: string, f: RunFilter, page: PageQuery) {
    const workflowId = f.workflowId ?? null;
    const status = f.status ?? null;
    const createdAfter = f.createdAfter ?? null;
    const createdBefore = f.createdBefore ?? null;
    const rows = await this.q`SELECT * FROM runs WHERE organization_id = ${orgId} AND (${after(page)}::text IS NULL OR id < ${after(page)})
        AND (${workflowId}::text IS NULL OR workflow_id = ${workflowId}) AND (${status}::text IS NULL OR status = ${status})
        AND (${createdAfter}::text IS NULL OR created_at >= ${createdAfter}) AND (${createdBefore}::text IS NULL OR created_at < ${createdBefore})
      ORDER BY id DESC LIMIT ${limitPlusOne(page)}`;
    return toPage(rows, page, toRun);
  }
  async update(run: RunRecord) {
    await this.q`UPDATE runs SET status = ${run.status}, error = ${run.error}, started_at = ${run.started_at}, ended_at = ${run.ended_at},
        duration_ms = ${run.duration_ms}::float8
      WHERE organization_id = ${run.organization_id} AND id = ${run.id}`;
  }
  async steps(runId: string) {
    return (await this.q`SELECT * FROM run_steps WHERE run_id = ${runId} ORDER BY idx`).map(toStep);
  }
  async updateStep(runId: string, s: StepRecord) {
    await this.q`UPDATE run_steps SET status = ${s.status}, input = ${s.input ? json.stringify(s.input) : null},
        output = ${s.output ? json.stringify(s.output) : null}, error = ${s.error}, attempts = ${s.attempts},
        started_at = ${s.started_at}, ended_at = ${s.ended_at}, wait_until_ms = ${s.wait_until_ms}::bigint, name = ${s.name}, type = ${s.type}
      WHERE run_id = ${runId} AND idx = ${s.index}`;
  }
  async withActionType(type: string, afterId: string | null, limit: number) {
    const rows = await this.q`SELECT * FROM runs WHERE strpos(definition, ${JSON.stringify(type)}) > 0
        AND (${afterId}::text IS NULL OR id > ${afterId}) ORDER BY id LIMIT ${limit}`;
    return rows.map(toRun);
  }
  async setDefinition(orgId: string, id: string, definition: WorkflowDefinition) {
    await this.q`UPDATE runs SET definition = ${json.stringify(definition)} WHERE organization_id = ${orgId} AND id = ${id}`;
  }
  async setStepInput(runId: string, index: number, input: Record<string, unknown> | null) {
    await this.q`UPDATE run_steps SET input = ${input ? json.stringify(input) : null} WHERE run_id = ${runId} AND idx = ${index}`;
  }
  async prune(orgId: string, before: string, limit: number) {
    // Steps go with their run (ON DELETE CASCADE). A run with a job (queued, or waking after a delay) stays.
    return (
      await this.q`DELETE FROM runs WHERE id IN (
        SELECT id FROM runs r WHERE r.organization_id = ${orgId} AND r.created_at < ${before}
          AND r.status IN ('completed', 'completed_with_errors', 'failed', 'canceled') AND NOT EXISTS (SELECT 1 FROM jobs WHERE jobs.id = r.id)
        ORDER BY r.created_at LIMIT ${limit})`
    ).count;
  }
}

class Evaluations implements EvaluationRepo {
  constructor(private q: Q) {}
  async create(e: EvaluationRecord) {
    await this.createMany([e]);
  }
  async createMany(es: readonly EvaluationRecord[]) {
    if (es.length === 0) return;
    const col = <T>(f: (e: EvaluationRecord) => T) => es.map(f);
    await this.q`INSERT INTO evaluations (id, organization_id, workflow_id, workflow_version, event_id, event_type, outcome, reason, conditions, run_id, created_at)
      SELECT * FROM unnest(${col((e) => e.id)}::text[], ${col((e) => e.organization_id)}::text[], ${col((e) => e.workflow_id)}::text[], ${col((e) => e.workflow_version)}::int[],
        ${col((e) => e.event_id)}::text[], ${col((e) => e.event_type)}::text[], ${col((e) => e.outcome)}::text[], ${col((e) => e.reason)}::text[],
        ${col((e) => (e.conditions ? json.stringify(e.conditions) : null))}::text[], ${col((e) => e.run_id)}::text[], ${col((e) => e.created_at)}::text[])`;
  }
  async list(orgId: string, workflowId: string, page: PageQuery) {
    const rows = await this.q`SELECT * FROM evaluations WHERE organization_id = ${orgId} AND workflow_id = ${workflowId}
        AND (${after(page)}::text IS NULL OR id < ${after(page)})
      ORDER BY id DESC LIMIT ${limitPlusOne(page)}`;
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
    return (
      await this.q`DELETE FROM evaluations WHERE id IN (
        SELECT id FROM evaluations e WHERE e.organization_id = ${orgId} AND e.created_at < ${before}
          AND (e.run_id IS NULL OR NOT EXISTS (SELECT 1 FROM runs WHERE runs.id = e.run_id))
        ORDER BY e.created_at LIMIT ${limit})`
    ).count;
  }
}

export function workflowRepos(q: Q) {
  return { workflows: new Workflows(q), runs: new Runs(q), evaluations: new Evaluations(q) };
}
