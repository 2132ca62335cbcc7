/** SQLite repository for the durable job queue: jobs, their leases, and dead jobs. */
import { type DeadJob, fullLanes, type Job, type JobRepo, type LaneRoom, type NewJobRow } from "../types.ts";
import { json } from "./paging.ts";
import type { Row, Statements } from "./statements.ts";

const toJob = (r: Row): Job => ({ id: r.id, kind: r.kind, payload: JSON.parse(r.payload), runAtMs: r.run_at_ms, attempts: r.attempts, errors: r.errors });
const toDead = (r: Row): DeadJob => ({ id: r.id, kind: r.kind, payload: JSON.parse(r.payload), attempts: r.attempts, error: r.error, deadAtMs: r.dead_at_ms });

/**
 * Every write by a worker carries `lease_owner = $owner` in its WHERE clause and reports whether it changed a row.
 * SQLite has one writer at a time, so a check and the writes after it in one transaction cannot be interleaved.
 */
class Jobs implements JobRepo {
  constructor(private q: Statements) {}
  async upsert(job: NewJobRow, nowMs: number) {
    this.q
      .get(
        `INSERT INTO jobs (id, kind, payload, run_at_ms, created_at_ms, organization_id, lane) VALUES ($id, $kind, $payload, $runAtMs, $nowMs, $org, $lane)
         ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, payload = excluded.payload, run_at_ms = excluded.run_at_ms,
           organization_id = coalesce(excluded.organization_id, jobs.organization_id), lane = coalesce(excluded.lane, jobs.lane)`,
      )
      .run({ id: job.id, kind: job.kind, payload: json.stringify(job.payload), runAtMs: job.runAtMs, nowMs, org: job.organizationId ?? null, lane: job.lane ?? null });
  }
  async upsertMany(jobs: readonly NewJobRow[], nowMs: number) {
    for (const job of jobs) await this.upsert(job, nowMs);
  }
  async lease(kinds: string[], nowMs: number, leaseMs: number, owner: string, limit: number, running: readonly string[] = [], lanes?: LaneRoom) {
    // Ranked twice: within its organization (fairness) and within its lane (a lane takes at most its room).
    const rows = this.q
      .get(
        `UPDATE jobs SET lease_owner = $owner, lease_until_ms = $until, attempts = attempts + 1
         WHERE id IN (
           SELECT id FROM (
             SELECT id, run_at_ms, lane, row_number() OVER (PARTITION BY organization_id ORDER BY run_at_ms) AS fair_rank,
               row_number() OVER (PARTITION BY lane ORDER BY run_at_ms) AS lane_rank
             FROM jobs WHERE kind IN (SELECT value FROM json_each($kinds)) AND run_at_ms <= $now
               AND (lease_until_ms IS NULL OR (lease_until_ms < $now AND id NOT IN (SELECT value FROM json_each($running))))
               AND (lane IS NULL OR lane NOT IN (SELECT value FROM json_each($full))))
           WHERE lane IS NULL OR $rooms IS NULL OR lane_rank <= coalesce(json_extract($rooms, '$."' || lane || '"'), $otherwise)
           ORDER BY fair_rank, run_at_ms LIMIT $limit)
         RETURNING *`,
      )
      .all({
        owner,
        until: nowMs + leaseMs,
        now: nowMs,
        kinds: json.stringify(kinds),
        running: json.stringify(running),
        full: json.stringify(fullLanes(lanes)),
        rooms: lanes ? JSON.stringify(Object.fromEntries(lanes.rooms)) : null,
        otherwise: lanes?.otherwise ?? null,
        limit,
      }) as Row[];
    return rows.map(toJob).sort((a, b) => a.runAtMs - b.runAtMs);
  }
  async holds(id: string, owner: string) {
    return this.q.get("SELECT 1 FROM jobs WHERE id = $id AND lease_owner = $owner").get({ id, owner }) !== null;
  }
  async extend(ids: readonly string[], owner: string, untilMs: number) {
    if (ids.length === 0) return [];
    const rows = this.q
      .get("UPDATE jobs SET lease_until_ms = $untilMs WHERE lease_owner = $owner AND id IN (SELECT value FROM json_each($ids)) RETURNING id")
      .all({ ids: json.stringify(ids), owner, untilMs }) as { id: string }[];
    return rows.map((r) => r.id);
  }
  async complete(id: string, owner: string) {
    return this.q.get("DELETE FROM jobs WHERE id = $id AND lease_owner = $owner").run({ id, owner }).changes > 0;
  }
  async reschedule(id: string, owner: string, runAtMs: number, payload?: unknown) {
    return (
      this.q
        .get(
          `UPDATE jobs SET run_at_ms = $runAtMs, payload = coalesce($payload, payload), lease_owner = NULL, lease_until_ms = NULL
           WHERE id = $id AND lease_owner = $owner`,
        )
        .run({ id, owner, runAtMs, payload: payload === undefined ? null : json.stringify(payload) }).changes > 0
    );
  }
  async retryAfterError(id: string, owner: string, runAtMs: number, error: string) {
    return (
      this.q
        .get(
          `UPDATE jobs SET run_at_ms = $runAtMs, errors = errors + 1, last_error = $error, lease_owner = NULL, lease_until_ms = NULL
           WHERE id = $id AND lease_owner = $owner`,
        )
        .run({ id, owner, runAtMs, error }).changes > 0
    );
  }
  async fail(id: string, owner: string, error: string, nowMs: number) {
    const moved = this.q
      .get(
        `INSERT INTO dead_jobs (id, kind, payload, attempts, error, dead_at_ms)
         SELECT id, kind, payload, attempts, $error, $nowMs FROM jobs WHERE id = $id AND lease_owner = $owner
         ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, payload = excluded.payload, attempts = excluded.attempts,
           error = excluded.error, dead_at_ms = excluded.dead_at_ms`,
      )
      .run({ id, owner, error, nowMs }).changes;
    if (moved === 0) return false;
    this.q.get("DELETE FROM jobs WHERE id = $id AND lease_owner = $owner").run({ id, owner });
    return true;
  }
  async unknownKinds(known: readonly string[]) {
    const rows = this.q.get("SELECT DISTINCT kind FROM jobs WHERE kind NOT IN (SELECT value FROM json_each($known)) ORDER BY kind").all({ known: json.stringify(known) }) as { kind: string }[];
    return rows.map((r) => r.kind);
  }
  async buryUnknownKinds(known: readonly string[], nowMs: number) {
    const rows = this.q
      .get(
        `INSERT INTO dead_jobs (id, kind, payload, attempts, error, dead_at_ms)
         SELECT id, kind, payload, attempts, 'unknown job kind "' || kind || '"', $nowMs FROM jobs
           WHERE kind NOT IN (SELECT value FROM json_each($known))
         ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, payload = excluded.payload, attempts = excluded.attempts,
           error = excluded.error, dead_at_ms = excluded.dead_at_ms
         RETURNING *`,
      )
      .all({ known: json.stringify(known), nowMs }) as Row[];
    if (rows.length) this.q.get("DELETE FROM jobs WHERE kind NOT IN (SELECT value FROM json_each($known))").run({ known: json.stringify(known) });
    return rows.map(toDead);
  }
  async dead(limit: number) {
    return (this.q.get("SELECT * FROM dead_jobs ORDER BY dead_at_ms DESC, id DESC LIMIT $limit").all({ limit }) as Row[]).map(toDead);
  }
  async nextRunAt(kinds: string[], lanes?: LaneRoom) {
    // One indexed look-up per kind (jobs_due is (kind, run_at_ms)); leased jobs are skipped, their lease expiry is
    // caught by the worker's poll.
    let next: number | null = null;
    const full = json.stringify(fullLanes(lanes));
    for (const kind of kinds) {
      const r = this.q
        .get(
          `SELECT run_at_ms AS t FROM jobs WHERE kind = $kind AND lease_owner IS NULL
             AND (lane IS NULL OR lane NOT IN (SELECT value FROM json_each($full))) ORDER BY run_at_ms LIMIT 1`,
        )
        .get({ kind, full }) as { t: number } | null;
      if (r && (next === null || r.t < next)) next = r.t;
    }
    return next;
  }
  async count(kinds: string[]) {
    return (this.q.get("SELECT count(*) AS n FROM jobs WHERE kind IN (SELECT value FROM json_each($kinds))").get({ kinds: json.stringify(kinds) }) as { n: number }).n;
  }
  async delete(id: string) {
    this.q.get("DELETE FROM jobs WHERE id = $id").run({ id });
  }
}

export function jobRepos(q: Statements) {
  return { jobs: new Jobs(q) };
}
