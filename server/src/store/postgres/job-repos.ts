/**
 * PostgreSQL repository for the durable job queue: jobs, their leases, and dead jobs. Unlike SQLite, several
 * transactions (of several processes) run at once here:
 * - `lease` picks its rows with `FOR UPDATE SKIP LOCKED`: two workers leasing at once lock disjoint rows instead of
 *   queueing on the same ones, and each due job goes to one owner. Workers run it as a statement of its own, READ
 *   COMMITTED (`Store.leaseJobs`): each row it locks is re-checked on its newest version, so it holds without
 *   serializable isolation (which made the scan of all due jobs a party to conflicts with every job write);
 * - `holds` locks the job's row (`FOR UPDATE`), so the owner it saw keeps the lease until the transaction ends: a
 *   handler's writes that follow cannot race a take-over;
 * - every other write carries `lease_owner = ${owner}` in its WHERE clause and reports whether it changed a row.
 */
import { type DeadJob, fullLanes, type Job, type JobRepo, type LaneRoom, type NewJobRow } from "../types.ts";
import { num, type Q, type Row } from "./db.ts";
import { json } from "./paging.ts";

const toJob = (r: Row): Job => ({
  id: r.id,
  kind: r.kind,
  payload: JSON.parse(r.payload),
  runAtMs: num(r.run_at_ms),
  attempts: r.attempts,
  errors: r.errors,
});
const toDead = (r: Row): DeadJob => ({
  id: r.id,
  kind: r.kind,
  payload: JSON.parse(r.payload),
  attempts: r.attempts,
  error: r.error,
  deadAtMs: num(r.dead_at_ms),
});

class Jobs implements JobRepo {
  constructor(private q: Q) {}
  async upsertMany(jobs: readonly NewJobRow[], nowMs: number) {
    if (jobs.length === 0) return;
    // One statement for the batch: the columns as arrays, unnested into rows (ids are unique within a batch).
    await this.q`INSERT INTO jobs (id, kind, payload, run_at_ms, created_at_ms, organization_id, lane)
      SELECT id, kind, payload, run_at_ms, ${nowMs}::bigint, organization_id, lane
      FROM unnest(${jobs.map((j) => j.id)}::text[], ${jobs.map((j) => j.kind)}::text[], ${jobs.map((j) => json.stringify(j.payload))}::text[],
        ${jobs.map((j) => j.runAtMs)}::bigint[], ${jobs.map((j) => j.organizationId ?? null)}::text[], ${jobs.map((j) => j.lane ?? null)}::text[])
        AS t(id, kind, payload, run_at_ms, organization_id, lane)
      ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, payload = excluded.payload, run_at_ms = excluded.run_at_ms,
        organization_id = coalesce(excluded.organization_id, jobs.organization_id), lane = coalesce(excluded.lane, jobs.lane)`;
  }
  async upsert(job: NewJobRow, nowMs: number) {
    await this.upsertMany([job], nowMs);
  }
  async lease(kinds: string[], nowMs: number, leaseMs: number, owner: string, limit: number, running: readonly string[] = [], lanes?: LaneRoom) {
    // Fair ranks without reading the whole backlog: the organizations with jobs of these kinds are found by skipping
    // through the jobs_fair index (one probe per organization, not one row per job), then each gives its oldest due
    // free jobs (an index range) and those are ranked. Ranking every due job instead cost PostgreSQL a scan and a sort
    // of the backlog at every lease — most of its CPU under a burst of thousands. '' stands for no organization.
    // Twice the candidates are named, so rows another process has just locked (skipped) leave room for the next ones.
    // A lane without room is passed over in each organization's scan (the jobs behind it are found); the others take
    // at most their room, their oldest first.
    const roomed = lanes ? [...lanes.rooms].filter(([, room]) => room > 0) : [];
    const rows = await this.q`UPDATE jobs SET lease_owner = ${owner}, lease_until_ms = ${nowMs + leaseMs}::bigint, attempts = attempts + 1
      WHERE id IN (
        WITH RECURSIVE orgs(kind, org) AS (
          SELECT k.kind, (SELECT coalesce(organization_id, '') FROM jobs WHERE kind = k.kind ORDER BY coalesce(organization_id, '') LIMIT 1)
          FROM unnest(${kinds}::text[]) AS k(kind)
          UNION ALL
          SELECT o.kind, (SELECT coalesce(organization_id, '') FROM jobs WHERE kind = o.kind AND coalesce(organization_id, '') > o.org
            ORDER BY coalesce(organization_id, '') LIMIT 1)
          FROM orgs o WHERE o.org IS NOT NULL),
        candidates AS (
          SELECT array_agg(id ORDER BY fair_rank, run_at_ms) AS ids FROM (
            SELECT id, run_at_ms, fair_rank FROM (
              SELECT id, run_at_ms, lane, row_number() OVER (PARTITION BY org ORDER BY run_at_ms) AS fair_rank,
                row_number() OVER (PARTITION BY lane ORDER BY run_at_ms) AS lane_rank FROM (
                SELECT d.id, o.org, d.run_at_ms, d.lane FROM orgs o CROSS JOIN LATERAL (
                  SELECT id, run_at_ms, lane FROM jobs WHERE kind = o.kind AND coalesce(organization_id, '') = o.org AND run_at_ms <= ${nowMs}::bigint
                    AND (lease_until_ms IS NULL OR (lease_until_ms < ${nowMs}::bigint AND NOT (id = ANY(${[...running]}::text[]))))
                    AND NOT (coalesce(lane, '') = ANY(${fullLanes(lanes)}::text[]))
                  ORDER BY run_at_ms LIMIT ${limit * 2}) d
                WHERE o.org IS NOT NULL) per_org) ranked
            WHERE lane IS NULL OR ${lanes?.otherwise ?? null}::int IS NULL
              OR lane_rank <= coalesce((${roomed.map(([, room]) => room)}::int[])[array_position(${roomed.map(([lane]) => lane)}::text[], lane)], ${lanes?.otherwise ?? null}::int)
            ORDER BY fair_rank, run_at_ms LIMIT ${limit * 2}) best)
        SELECT j.id FROM jobs j, candidates c
        -- The conditions again, on j: under READ COMMITTED a row changed since the statement's snapshot (leased by
        -- another worker, rescheduled, completed) is re-checked, on its newest version, against j's conditions only.
        WHERE j.id = ANY(c.ids) AND j.kind = ANY(${kinds}::text[]) AND j.run_at_ms <= ${nowMs}::bigint
          AND (j.lease_until_ms IS NULL OR (j.lease_until_ms < ${nowMs}::bigint AND NOT (j.id = ANY(${[...running]}::text[]))))
        ORDER BY array_position(c.ids, j.id) LIMIT ${limit}
        FOR UPDATE OF j SKIP LOCKED)
      RETURNING *`;
    return rows.map(toJob).sort((a, b) => a.runAtMs - b.runAtMs);
  }
  async holds(id: string, owner: string) {
    return (await this.q`SELECT 1 FROM jobs WHERE id = ${id} AND lease_owner = ${owner} FOR UPDATE`).length > 0;
  }
  async extend(ids: readonly string[], owner: string, untilMs: number) {
    if (ids.length === 0) return [];
    const rows = await this.q`UPDATE jobs SET lease_until_ms = ${untilMs}::bigint WHERE lease_owner = ${owner} AND id = ANY(${[...ids]}::text[]) RETURNING id`;
    return rows.map((r) => r.id as string);
  }
  async complete(id: string, owner: string) {
    return (await this.q`DELETE FROM jobs WHERE id = ${id} AND lease_owner = ${owner}`).count > 0;
  }
  async reschedule(id: string, owner: string, runAtMs: number, payload?: unknown) {
    const p = payload === undefined ? null : json.stringify(payload);
    return (
      (
        await this.q`UPDATE jobs SET run_at_ms = ${runAtMs}::bigint, payload = coalesce(${p}::text, payload), lease_owner = NULL, lease_until_ms = NULL
          WHERE id = ${id} AND lease_owner = ${owner}`
      ).count > 0
    );
  }
  async retryAfterError(id: string, owner: string, runAtMs: number, error: string) {
    return (
      (
        await this.q`UPDATE jobs SET run_at_ms = ${runAtMs}::bigint, errors = errors + 1, last_error = ${error}, lease_owner = NULL, lease_until_ms = NULL
          WHERE id = ${id} AND lease_owner = ${owner}`
      ).count > 0
    );
  }
  async fail(id: string, owner: string, error: string, nowMs: number) {
    // One statement: the job leaves the queue and enters the dead letters only if `owner` held it.
    const rows = await this.q`WITH gone AS (DELETE FROM jobs WHERE id = ${id} AND lease_owner = ${owner} RETURNING id, kind, payload, attempts)
      INSERT INTO dead_jobs (id, kind, payload, attempts, error, dead_at_ms)
      SELECT id, kind, payload, attempts, ${error}, ${nowMs}::bigint FROM gone
      ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, payload = excluded.payload, attempts = excluded.attempts,
        error = excluded.error, dead_at_ms = excluded.dead_at_ms
      RETURNING id`;
    return rows.length > 0;
  }
  async unknownKinds(known: readonly string[]) {
    return (await this.q`SELECT DISTINCT kind FROM jobs WHERE NOT (kind = ANY(${[...known]}::text[])) ORDER BY kind`).map((r) => String(r.kind));
  }
  async buryUnknownKinds(known: readonly string[], nowMs: number) {
    const rows = await this.q`WITH gone AS (DELETE FROM jobs WHERE NOT (kind = ANY(${[...known]}::text[])) RETURNING id, kind, payload, attempts)
      INSERT INTO dead_jobs (id, kind, payload, attempts, error, dead_at_ms)
      SELECT id, kind, payload, attempts, 'unknown job kind "' || kind || '"', ${nowMs}::bigint FROM gone
      ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, payload = excluded.payload, attempts = excluded.attempts,
        error = excluded.error, dead_at_ms = excluded.dead_at_ms
      RETURNING *`;
    return rows.map(toDead);
  }
  async dead(limit: number) {
    return (await this.q`SELECT * FROM dead_jobs ORDER BY dead_at_ms DESC, id DESC LIMIT ${limit}`).map(toDead);
  }
  async nextRunAt(kinds: string[], lanes?: LaneRoom) {
    // Leased jobs are skipped: their lease expiry is caught by the worker's poll (as in SQLite).
    const r = (
      await this.q`SELECT min(run_at_ms)::text AS t FROM jobs WHERE kind = ANY(${kinds}::text[]) AND lease_owner IS NULL
        AND NOT (coalesce(lane, '') = ANY(${fullLanes(lanes)}::text[]))`
    )[0];
    return r?.t == null ? null : num(r.t);
  }
  async count(kinds: string[]) {
    return num((await this.q`SELECT count(*) AS n FROM jobs WHERE kind = ANY(${kinds}::text[])`)[0]!.n);
  }
  async delete(id: string) {
    await this.q`DELETE FROM jobs WHERE id = ${id}`;
  }
}

export function jobRepos(q: Q) {
  return { jobs: new Jobs(q) };
}
