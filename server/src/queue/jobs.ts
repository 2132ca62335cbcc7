/**
 * The job catalog: every kind of work the durable queue carries, with the shape of its payload. Producers enqueue
 * through {@link enqueue} (the payload type follows from the kind) and workers get payloads parsed against the same
 * schema, so no handler reads `String(job.payload.x)`; a payload that does not parse is dead-lettered, not guessed at.
 *
 * A kind's name says what one job does. Its id is chosen by the producer so that enqueueing the same work twice
 * lands on one row (a delivery's id, a run's id, `sch_<workflow id>`, an escalation's id).
 */
import { z } from "zod";
import type { Job, NewJobRow, Repos } from "../store/types.ts";

const id = z.string().min(1);

export const JOB_PAYLOADS = {
  /** One attempt to deliver a webhook (id = the delivery's id); `manual` = a redelivery asked for through the API. */
  "webhook.deliver": z.object({ delivery_id: id, webhook_id: id, manual: z.boolean().optional() }),
  /** Moves a workflow run forward (id = the run's id); also its wake-up after a delay step. */
  "workflow.run": z.object({ run_id: id }),
  /** A scheduled workflow's next fire (id = `sch_<workflow id>`), due at `fire_at` (ms). */
  "workflow.schedule": z.object({ workflow_id: id, organization_id: id, fire_at: z.number().int() }),
  /**
   * Deletes Idempotency-Key records older than 24 h, then runs again 10 minutes later (one recurring job, id
   * `idempotency_purge`, queued at every start: the same id lands on the one row).
   */
  "idempotency.purge": z.object({}),
  /**
   * Deletes history older than each organization's retention windows, in small batches, then comes back
   * (domain/retention.ts; one recurring job, id `retention_prune`, queued at every start).
   */
  "retention.prune": z.object({}),
  /**
   * Tells the organization's notification contacts that Tripwire disabled one of its webhook endpoints (id =
   * `wdn_<webhook.disabled event id>`: one per disable). `sent` lists the contacts already told (`email`,
   * `channel:<id>`), so a retry after a partial failure tells only the others.
   */
  "webhook.disabled_notice": z.object({
    organization_id: id,
    webhook_id: id,
    url: z.string(),
    reason: z.string(),
    last_error: z.string(),
    disabled_at: z.string(),
    sent: z.array(z.string()).optional(),
  }),
  /** The next level of an escalation (id = the escalation's id). */
  "escalation.step": z.object({ escalation_id: id }),
  /**
   * A post-incident notification, sent after the transaction that queued it commits (id = `pin_…`, one per message):
   * `assigned` emails the task's assignee; `entered` / `opted_out` post to the organization's incident channel.
   */
  "post_incident.notify": z.object({
    organization_id: id,
    incident_id: id,
    what: z.enum(["assigned", "entered", "opted_out"]),
    task_id: id.optional(),
    member_id: id.optional(),
    reason: z.string().optional(),
  }),
  /** An uptime monitor's next check; a heartbeat's deadline; a draft incident's automatic publication. */
  "monitor.check": z.object({ monitor_id: id, organization_id: id }),
  "heartbeat.deadline": z.object({ heartbeat_id: id, organization_id: id }),
  "incident.auto_publish": z.object({ incident_id: id, organization_id: id }),
} as const;

export type JobKind = keyof typeof JOB_PAYLOADS;
export type JobPayload<K extends JobKind> = z.infer<(typeof JOB_PAYLOADS)[K]>;
export const JOB_KINDS = Object.keys(JOB_PAYLOADS) as JobKind[];

/** A job as its handler sees it: the payload parsed for its kind. */
export interface TypedJob<K extends JobKind = JobKind> {
  id: string;
  kind: K;
  payload: JobPayload<K>;
  runAtMs: number;
  /** How many times it was leased, this time included. */
  attempts: number;
}

export interface NewJob<K extends JobKind> {
  id: string;
  kind: K;
  payload: JobPayload<K>;
  runAtMs: number;
  /**
   * Whose work it is, for fair leasing across organizations (JobRepo.lease). Defaults to the payload's
   * `organization_id` when it has one; server-wide jobs have none.
   */
  organizationId?: string | undefined;
}

/** Queues a job in the caller's transaction (or moves an existing one with the same id to the new time and payload). */
export function enqueue<K extends JobKind>(tx: Repos, job: NewJob<K>, nowMs: number): Promise<void> {
  return tx.jobs.upsert(jobRow(job), nowMs);
}

/** A typed job as the store writes it (`jobs.upsert`, or `jobs.upsertMany` for a batch). */
export function jobRow<K extends JobKind>(job: NewJob<K>): NewJobRow {
  const fromPayload = (job.payload as { organization_id?: unknown }).organization_id;
  const organizationId = job.organizationId ?? (typeof fromPayload === "string" ? fromPayload : null);
  return { id: job.id, kind: job.kind, payload: job.payload, runAtMs: job.runAtMs, organizationId, lane: laneOf(job.kind, job.payload) };
}

/**
 * The lane of a job (store/types.ts `LaneRoom`): a webhook endpoint's deliveries share its slots in the worker
 * (delivery/worker.ts), so a lease takes no more of them than fit.
 */
function laneOf(kind: JobKind, payload: unknown): string | null {
  return kind === "webhook.deliver" ? (payload as JobPayload<"webhook.deliver">).webhook_id : null;
}

/** The payload parsed for the job's kind, or why it cannot be. */
export function parsePayload(kind: string, payload: unknown): { ok: true; payload: JobPayload<JobKind> } | { ok: false; error: string } {
  const schema = (JOB_PAYLOADS as Record<string, z.ZodType | undefined>)[kind];
  if (!schema) return { ok: false, error: `unknown job kind "${kind}"` };
  const parsed = schema.safeParse(payload);
  if (parsed.success) return { ok: true, payload: parsed.data as JobPayload<JobKind> };
  return { ok: false, error: `malformed ${kind} payload: ${parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ")}` };
}

/** A stored job typed for its kind, or why it cannot be (then it is dead-lettered). */
export function typeJob(job: Job): { ok: true; job: TypedJob } | { ok: false; error: string } {
  const parsed = parsePayload(job.kind, job.payload);
  if (!parsed.ok) return parsed;
  return { ok: true, job: { id: job.id, kind: job.kind as JobKind, payload: parsed.payload, runAtMs: job.runAtMs, attempts: job.attempts } as TypedJob };
}

/** The id of a scheduled workflow's job. */
export const scheduleJobId = (workflowId: string) => `sch_${workflowId}`;
