/**
 * The narrow storage interface. HTTP and domain code depend only on this; `sqlite/` implements it today and a
 * PostgreSQL store can implement it later without touching them. Every method is async for that reason, and
 * every query is scoped by organization id (tenancy lives in the store's signatures, not in callers' memory).
 * What every implementation must do is stated, and tested, once: `contract/` (run by `contract.test.ts`).
 *
 * Glossary — the nouns of the domain as the code uses them:
 * - **event**: a domain event (`incident.created`, `alert.fired`, …) written in the same transaction as the change
 *   it describes, into the **outbox**; read in order by its consumers (webhook fan-out, workflow triggers), each
 *   keeping its **position**, and listed at `GET /events`.
 * - **evaluation**: one workflow considered for one event: `started` a run, or `skipped` with the reason (conditions
 *   false with each condition's value, disabled, cycle, depth limit). "Why didn't it run?" reads these.
 * - **run**: one execution of a workflow version, started by an event, a schedule, a manual call, a replay or
 *   another run; its definition is a snapshot taken at start. A run is made of **steps**.
 * - **step**: one action of a run, with its rendered input, output or error, timing and attempts. A local step (our
 *   own data) commits with its record; an external one (a call out) carries an idempotency key `<run>:<step>`.
 * - **job**: one unit of queued work (a delivery attempt, a run's next move or wake-up, a schedule's next fire, an
 *   escalation level): a row with a kind, a payload and a due time, durable across crashes (kinds:
 *   queue/jobs.ts).
 * - **lease**: a worker's exclusive hold on a job until a time, renewed by its heartbeat while the handler runs;
 *   every job write names the owner, so a worker that lost its lease writes nothing more. A crashed worker's jobs
 *   are leased again when their leases expire.
 * - **delivery**: one event sent to one webhook endpoint, with every **attempt** (status, latency, error); retried
 *   on a schedule by its job until it succeeds or is given up (the endpoint is then disabled).
 * - **dead job**: a job given up on (unknown kind, malformed payload, a handler failing again and again), kept to
 *   look at.
 * - **retention**: how long an organization's history (events, finished runs with their steps and evaluations,
 *   finished deliveries with their attempts) is kept. Older rows are **pruned** (deleted for good) in small batches by
 *   the `retention.prune` job; each repository's `prune` states what it never deletes (work still in progress).
 */
import type {
  ApiKey,
  Causation,
  Event,
  EventType,
  Incident,
  IncidentStatus,
  IncidentUpdateEntry,
  Member,
  Organization,
  Scope,
  Service,
  ServiceStatus,
  Severity,
  Visibility,
  Webhook,
  Delivery,
  DeliveryAttempt,
  DeliveryStatus,
  Workflow,
  WorkflowState,
  WorkflowVersion,
  Trigger,
  TriggerType,
  ConditionGroup,
  Action,
  Run,
  RunStatus,
  Step,
  Evaluation,
  ChannelKind,
  Alert,
  AlertStatus,
  EscalationPolicy,
  Escalation,
  EscalationStatus,
  ErrorRule,
  Heartbeat,
  HeartbeatPing,
  PostIncidentFlow,
  IncidentPostIncident,
  Postmortem,
  Debrief,
  FollowUp,
  AutomationSettings,
  MaintenanceWindow,
  Monitor,
  MonitorCheck,
  MonitorState,
} from "../types.ts";

/** A page request: `after` is the last id of the previous page (lists run newest first, ids are time-ordered). */
export interface PageQuery {
  limit: number;
  after?: string | undefined;
}
export interface Page<T> {
  items: T[];
  /** The id to continue after, or null on the last page. */
  nextAfter: string | null;
}

/** Retention windows an organization chose, in seconds; null = the server's default (domain/retention.ts). */
export interface RetentionOverrides {
  events: number | null;
  runs: number | null;
  deliveries: number | null;
  monitor_history: number | null;
}
export interface OrganizationSettingsRepo {
  /** null: the organization never changed its settings. */
  get(orgId: string): Promise<{ retention: RetentionOverrides; updated_at: string } | null>;
  put(orgId: string, retention: RetentionOverrides, at: string): Promise<void>;
}

/** A new organization: its notification contacts start empty. */
export type NewOrganization = Pick<Organization, "id" | "name" | "created_at">;
export interface OrganizationRepo {
  create(org: NewOrganization): Promise<void>;
  get(id: string): Promise<Organization | null>;
  /** Replaces the name and the notification contacts (migration 13). */
  update(org: Organization): Promise<void>;
  list(): Promise<Organization[]>;
  count(): Promise<number>;
}

/** An API key as stored: the public shape plus what authentication needs. Never the secret itself. */
export interface ApiKeyRecord extends ApiKey {
  organization_id: string;
  key_hash: string;
}
export interface ApiKeyRepo {
  create(key: ApiKeyRecord): Promise<void>;
  findByHash(hash: string): Promise<ApiKeyRecord | null>;
  get(orgId: string, id: string): Promise<ApiKeyRecord | null>;
  list(orgId: string, page: PageQuery): Promise<Page<ApiKeyRecord>>;
  revoke(orgId: string, id: string, at: string): Promise<void>;
  touch(id: string, at: string): Promise<void>;
}

export interface MemberRepo {
  create(orgId: string, member: Member): Promise<void>;
  get(orgId: string, id: string): Promise<Member | null>;
  findByEmail(orgId: string, email: string): Promise<Member | null>;
  list(orgId: string, page: PageQuery): Promise<Page<Member>>;
  update(orgId: string, member: Member): Promise<void>;
  delete(orgId: string, id: string): Promise<void>;
}

export interface ServiceFilter {
  status?: ServiceStatus | undefined;
}
export interface ServiceRepo {
  create(orgId: string, service: Service): Promise<void>;
  get(orgId: string, id: string): Promise<Service | null>;
  findByName(orgId: string, name: string): Promise<Service | null>;
  /** Which of these ids exist in the organization. */
  existing(orgId: string, ids: string[]): Promise<Set<string>>;
  list(orgId: string, filter: ServiceFilter, page: PageQuery): Promise<Page<Service>>;
  update(orgId: string, service: Service): Promise<void>;
  delete(orgId: string, id: string): Promise<void>;
}

export interface IncidentFilter {
  status?: IncidentStatus | undefined;
  severity?: Severity | undefined;
  visibility?: Visibility | undefined;
  serviceId?: string | undefined;
  createdAfter?: string | undefined;
  createdBefore?: string | undefined;
  includeArchived?: boolean | undefined;
}
export interface IncidentRepo {
  create(orgId: string, incident: Incident): Promise<void>;
  get(orgId: string, id: string): Promise<Incident | null>;
  list(orgId: string, filter: IncidentFilter, page: PageQuery): Promise<Page<Incident>>;
  update(orgId: string, incident: Incident): Promise<void>;
  /** Incidents that reference the service (to detach it when the service is deleted). */
  withService(orgId: string, serviceId: string): Promise<Incident[]>;
  withAssignee(orgId: string, memberId: string): Promise<Incident[]>;
  addUpdate(orgId: string, entry: IncidentUpdateEntry): Promise<void>;
  listUpdates(orgId: string, incidentId: string, page: PageQuery): Promise<Page<IncidentUpdateEntry>>;
}

/** A domain event as written to the outbox (read by its consumers, the webhook fan-out and workflow triggers). */
export interface EventRecord extends Event {
  organization_id: string;
}
export interface EventFilter {
  type?: EventType | undefined;
  resourceId?: string | undefined;
}
export interface EventRepo {
  append(event: EventRecord): Promise<void>;
  get(orgId: string, id: string): Promise<EventRecord | null>;
  list(orgId: string, filter: EventFilter, page: PageQuery): Promise<Page<EventRecord>>;
}

export interface IdempotencyRecord {
  apiKeyId: string;
  key: string;
  method: string;
  path: string;
  bodyHash: string;
  /** null while the first request is still in flight. */
  status: number | null;
  response: string | null;
  createdAtMs: number;
}
export interface IdempotencyRepo {
  get(apiKeyId: string, key: string): Promise<IdempotencyRecord | null>;
  /** Claims the key; false if someone else holds it. */
  claim(record: IdempotencyRecord): Promise<boolean>;
  complete(apiKeyId: string, key: string, status: number, response: string): Promise<void>;
  release(apiKeyId: string, key: string): Promise<void>;
  purgeOlderThan(ms: number): Promise<number>;
  /** Rewrites each stored response `f` returns a new text for (null: keep it); returns how many changed. */
  sealResponses(f: (response: string) => string | null): Promise<number>;
}

/** A webhook endpoint as stored: the public shape plus its sealed (encrypted) secrets. */
export interface WebhookRecord extends Webhook {
  organization_id: string;
  secret_sealed: string;
  previous_secret_sealed: string | null;
}
export interface WebhookRepo {
  create(w: WebhookRecord): Promise<void>;
  get(orgId: string, id: string): Promise<WebhookRecord | null>;
  list(orgId: string, page: PageQuery): Promise<Page<WebhookRecord>>;
  /** Active endpoints of the organization (the fan-out filters by event type). */
  active(orgId: string): Promise<WebhookRecord[]>;
  update(w: WebhookRecord): Promise<void>;
  delete(orgId: string, id: string): Promise<void>;
  /** Every endpoint of every organization, by id, `limit` at a time after `after` (start-up maintenance). */
  all(after: string | null, limit: number): Promise<WebhookRecord[]>;
}

/** One event to one endpoint. `body` is the exact JSON sent on every attempt. */
export interface DeliveryRecord extends Omit<Delivery, "attempts"> {
  organization_id: string;
  body: string;
}
export interface DeliveryRepo {
  create(d: DeliveryRecord): Promise<void>;
  /** `create` of many in one statement (PostgreSQL; the webhook fan-out). */
  createMany(ds: readonly DeliveryRecord[]): Promise<void>;
  get(orgId: string, webhookId: string, id: string): Promise<DeliveryRecord | null>;
  /** By id alone, for the worker (the job carries no organization). */
  byId(id: string): Promise<DeliveryRecord | null>;
  list(orgId: string, webhookId: string, status: DeliveryStatus | undefined, page: PageQuery): Promise<Page<DeliveryRecord>>;
  update(d: DeliveryRecord): Promise<void>;
  addAttempt(deliveryId: string, a: DeliveryAttempt): Promise<void>;
  attempts(deliveryIds: string[]): Promise<Map<string, DeliveryAttempt[]>>;
  /**
   * Retention: deletes up to `limit` of the organization's deliveries created before `before` (ISO time), with their
   * attempts, oldest first; returns how many. Never one still in progress: `pending` or `retrying`, or one with a
   * queued job (its job's id is the delivery's id, e.g. a redelivery asked for).
   */
  prune(orgId: string, before: string, limit: number): Promise<number>;
}

/**
 * The durable job queue (deliveries, workflow runs and their wake-ups, schedules, escalations; kinds and payloads in
 * queue/jobs.ts). A worker *leases* a due job: it owns it until `lease_until_ms`, extending the lease while it runs
 * (a heartbeat). Every write a worker makes to a job names the owner and reports whether the owner still held it,
 * so a worker whose lease expired and was taken over writes nothing more. A crashed worker's jobs are leased again
 * once their lease expires: at least once, never twice at the same time.
 */
export interface Job {
  id: string;
  kind: string;
  /** As stored; queue/jobs.ts parses it for the kind. */
  payload: unknown;
  runAtMs: number;
  /** How many times the job was leased, this lease included. */
  attempts: number;
  /** How many times a handler failed unexpectedly on it (for backoff and dead-lettering). */
  errors: number;
}
/** A job that was given up on (unknown kind, malformed payload, or a handler that kept failing), kept to look at. */
export interface DeadJob {
  id: string;
  kind: string;
  payload: unknown;
  attempts: number;
  error: string;
  deadAtMs: number;
}
/** The lanes with no room: passed over entirely. */
export const fullLanes = (lanes: LaneRoom | undefined): string[] => (lanes ? [...lanes.rooms].filter(([, room]) => room <= 0).map(([lane]) => lane) : []);
/** A job as `JobRepo.upsert` writes it. */
export interface NewJobRow {
  id: string;
  kind: string;
  payload: unknown;
  runAtMs: number;
  organizationId?: string | null | undefined;
  /** Jobs that share a limit held by the worker (a webhook endpoint's deliveries): see `lease`'s `lanes`. */
  lane?: string | null | undefined;
}
/**
 * How many more jobs of each lane a worker takes now (`JobRepo.lease`): a lane is jobs that share a limit the
 * worker holds (a webhook endpoint's deliveries over its share wait, or are handed back). Lanes not named take up
 * to `otherwise`.
 */
export interface LaneRoom {
  rooms: ReadonlyMap<string, number>;
  otherwise: number;
}
export interface JobRepo {
  /**
   * Inserts a job, or moves an existing one with the same id to the new time and payload. A job that is leased
   * keeps its lease: its running handler finishes and its own complete/reschedule decides what happens next.
   */
  upsert(job: NewJobRow, nowMs: number): Promise<void>;
  /** `upsert` of many jobs in one statement (PostgreSQL: a round trip and one plan for a batch of hundreds). */
  upsertMany(jobs: readonly NewJobRow[], nowMs: number): Promise<void>;
  /**
   * Leases up to `limit` due jobs of these kinds whose lease is free or expired, except `running` (jobs this owner
   * is still running: a worker never takes over its own live work).
   *
   * Fair across organizations: due jobs are ranked within their organization by run-at time, and taken rank by
   * rank (every organization's oldest due job, then every organization's second, …; ties by run-at time), so one
   * organization's backlog of thousands does not keep another's single job waiting behind it. Jobs without an
   * organization (server-wide housekeeping) count as one more organization.
   *
   * With `lanes`, at most each lane's room of its jobs is taken (its oldest), and a lane with no room is passed over
   * for the jobs behind it: the worker holds as many of that lane's jobs as it will take, and more would only be
   * handed back (a lease, a check and a reschedule each, for nothing).
   */
  lease(kinds: string[], nowMs: number, leaseMs: number, owner: string, limit: number, running?: readonly string[], lanes?: LaneRoom): Promise<Job[]>;
  /** Whether `owner` holds the job's lease now (checked at the start of a handler's transaction; PostgreSQL locks the row). */
  holds(id: string, owner: string): Promise<boolean>;
  /** Moves the lease's end for those of `ids` that `owner` still holds; returns those ids. */
  extend(ids: readonly string[], owner: string, untilMs: number): Promise<string[]>;
  /** Deletes the job if `owner` holds it. */
  complete(id: string, owner: string): Promise<boolean>;
  /** Frees the lease and sets the next run time (and payload, when given) if `owner` holds it. */
  reschedule(id: string, owner: string, runAtMs: number, payload?: unknown): Promise<boolean>;
  /** After a handler failed unexpectedly: frees the lease, counts the error and retries at `runAtMs`, if `owner` holds it. */
  retryAfterError(id: string, owner: string, runAtMs: number, error: string): Promise<boolean>;
  /** Moves the job to the dead letters with the reason, if `owner` holds it. */
  fail(id: string, owner: string, error: string, nowMs: number): Promise<boolean>;
  /** The kinds of queued jobs that are not among `known` (none, unless an other build queued them). A plain read. */
  unknownKinds(known: readonly string[]): Promise<string[]>;
  /** Moves every job whose kind is not among `known` to the dead letters (jobs nobody can run); returns them. */
  buryUnknownKinds(known: readonly string[], nowMs: number): Promise<DeadJob[]>;
  /** The dead letters, newest first. */
  dead(limit: number): Promise<DeadJob[]>;
  /** When the next free job of these kinds is due (not counting lanes without room). */
  nextRunAt(kinds: string[], lanes?: LaneRoom): Promise<number | null>;
  count(kinds: string[]): Promise<number>;
  /** Removes a job whoever holds it (its work was canceled); a handler running it loses its lease. */
  delete(id: string): Promise<void>;
}

/**
 * Where an outbox consumer has read up to. Opaque outside the store: consumers only hand back what `read` gave them
 * (SQLite: the last event's sequence number; PostgreSQL: the writing transaction's id and the sequence number).
 */
export type OutboxPosition = string;
/**
 * The events outbox as its consumers (webhook fan-out, workflow triggers) read it, across organizations.
 *
 * The outbox order rule: once a consumer has read up to a position, no event can become readable *behind* it — an
 * event whose transaction commits late is read after, never skipped. With one writer (SQLite) commit order is
 * sequence order. With several concurrent writers (PostgreSQL) sequence numbers are taken before commit, so a lower
 * number can commit after a higher one; there each event records its transaction's id, a read returns only events of
 * transactions older than every transaction still running (`pg_snapshot_xmin`), in (transaction id, sequence)
 * order, and the position is that pair: every transaction below it has ended and new ones get higher ids.
 */
export interface OutboxRepo {
  /**
   * The next events after the consumer's position, at most `limit`, and the position after the last (null: none).
   * Locks the consumer until the transaction ends: another pass for the same consumer waits, then reads after
   * wherever this one advanced it.
   */
  read(consumer: string, limit: number): Promise<{ events: EventRecord[]; position: OutboxPosition | null }>;
  /** Moves the consumer to `position`, in the transaction that holds what it did with the events before it. */
  advance(consumer: string, position: OutboxPosition): Promise<void>;
  /**
   * Retention: deletes up to `limit` of the organization's events created before `before` (ISO time) *that every
   * consumer has passed*, oldest first; returns how many. The consumers are those that ever advanced; an event at or
   * ahead of the slowest one's position stays however old it is (so no consumer ever misses one), and with no
   * consumer at all nothing is deleted. Consumers that never advanced start at the oldest event still kept.
   */
  prune(orgId: string, before: string, limit: number): Promise<number>;
}

export interface WorkflowRecord extends Workflow {
  organization_id: string;
}
/** The definition a run executes: a version's trigger, conditions and actions, fixed when the run starts. */
export interface WorkflowDefinition {
  name: string;
  trigger: Trigger;
  conditions: ConditionGroup | null;
  actions: Action[];
}
export interface WorkflowFilter {
  state?: WorkflowState | undefined;
  trigger?: TriggerType | undefined;
}
export interface WorkflowRepo {
  create(w: WorkflowRecord): Promise<void>;
  get(orgId: string, id: string): Promise<WorkflowRecord | null>;
  list(orgId: string, filter: WorkflowFilter, page: PageQuery): Promise<Page<WorkflowRecord>>;
  /** Active and disabled workflows with this trigger type (drafts never react). */
  byTrigger(orgId: string, trigger: TriggerType): Promise<WorkflowRecord[]>;
  /** Active scheduled workflows of every organization (for the scheduler at start). */
  activeScheduled(): Promise<WorkflowRecord[]>;
  update(w: WorkflowRecord): Promise<void>;
  delete(orgId: string, id: string): Promise<void>;
  addVersion(v: WorkflowVersion & { organization_id: string }): Promise<void>;
  getVersion(orgId: string, workflowId: string, version: number): Promise<WorkflowVersion | null>;
  listVersions(orgId: string, workflowId: string, page: PageQuery): Promise<Page<WorkflowVersion>>;
  /**
   * Maintenance across organizations (the sweep at start, engine/seal-legacy.ts): up to `limit` workflows whose
   * actions may hold an action of this type (a superset: callers check), in id order after `after`.
   */
  withActionType(type: string, after: string | null, limit: number): Promise<WorkflowRecord[]>;
  /** Replaces the stored actions alone (nothing else, not even updated_at: the definition means the same). */
  setActions(orgId: string, id: string, actions: Action[]): Promise<void>;
  /** As {@link withActionType}, for versions, in (workflow_id, version) order after `after`. */
  versionsWithActionType(type: string, after: VersionKey | null, limit: number): Promise<WorkflowVersionRecord[]>;
  setVersionActions(orgId: string, workflowId: string, version: number, actions: Action[]): Promise<void>;
}
export interface WorkflowVersionRecord extends WorkflowVersion {
  organization_id: string;
}
export interface VersionKey {
  workflow_id: string;
  version: number;
}

export interface RunRecord extends Omit<Run, "steps"> {
  organization_id: string;
  scope: Record<string, unknown>;
  definition: WorkflowDefinition;
}
export interface StepRecord extends Step {
  wait_until_ms: number | null;
}
export interface RunFilter {
  workflowId?: string | undefined;
  status?: RunStatus | undefined;
  createdAfter?: string | undefined;
  createdBefore?: string | undefined;
}
export interface RunRepo {
  create(run: RunRecord, steps: StepRecord[]): Promise<void>;
  /** `create` of many runs with their steps, in a few statements (PostgreSQL; the outbox's workflow triggers). */
  createMany(runs: readonly { run: RunRecord; steps: StepRecord[] }[]): Promise<void>;
  get(orgId: string, id: string): Promise<RunRecord | null>;
  byId(id: string): Promise<RunRecord | null>;
  list(orgId: string, filter: RunFilter, page: PageQuery): Promise<Page<RunRecord>>;
  update(run: RunRecord): Promise<void>;
  steps(runId: string): Promise<StepRecord[]>;
  updateStep(runId: string, step: StepRecord): Promise<void>;
  /**
   * Maintenance across organizations (the sweep at start, engine/seal-legacy.ts): up to `limit` runs whose definition
   * may hold an action of this type (a superset: callers check), in id order after `after`.
   */
  withActionType(type: string, after: string | null, limit: number): Promise<RunRecord[]>;
  /** Replaces the run's definition snapshot alone. */
  setDefinition(orgId: string, id: string, definition: WorkflowDefinition): Promise<void>;
  /** Replaces one step's recorded input alone. */
  setStepInput(runId: string, index: number, input: Record<string, unknown> | null): Promise<void>;
  /**
   * Retention: deletes up to `limit` of the organization's runs created before `before` (ISO time), with their
   * steps, oldest first; returns how many. Only finished runs (`completed`, `completed_with_errors`, `failed`,
   * `canceled`) without a queued job (a run's job has the run's id): a run that is queued, running or waiting on a
   * delay is never deleted, however old.
   */
  prune(orgId: string, before: string, limit: number): Promise<number>;
}

export interface EvaluationRecord extends Evaluation {
  organization_id: string;
}
export interface EvaluationRepo {
  create(e: EvaluationRecord): Promise<void>;
  /** `create` of many in one statement (PostgreSQL; the outbox's workflow triggers). */
  createMany(es: readonly EvaluationRecord[]): Promise<void>;
  list(orgId: string, workflowId: string, page: PageQuery): Promise<Page<Evaluation>>;
  /**
   * Retention: deletes up to `limit` of the organization's evaluations created before `before` (ISO time), oldest
   * first; returns how many. One whose run still exists is kept with it (prune runs first).
   */
  prune(orgId: string, before: string, limit: number): Promise<number>;
}

/** A channel as stored: its full configuration sealed (it may hold a secret URL), and a masked copy to show. */
export interface ChannelRecord {
  id: string;
  organization_id: string;
  /** The user's stable name for it (unique in the organization), or null. Never starts with `chn_`. */
  key: string | null;
  name: string;
  kind: ChannelKind;
  config_sealed: string;
  config_public: Record<string, unknown>;
  created_at: string;
  updated_at: string;
}
export interface ChannelRepo {
  create(c: ChannelRecord): Promise<void>;
  get(orgId: string, id: string): Promise<ChannelRecord | null>;
  /** The channel whose id or key is `ref` (ids start with `chn_`, keys never do, so at most one matches). */
  find(orgId: string, ref: string): Promise<ChannelRecord | null>;
  list(orgId: string, page: PageQuery): Promise<Page<ChannelRecord>>;
  all(orgId: string): Promise<ChannelRecord[]>;
  update(c: ChannelRecord): Promise<void>;
  delete(orgId: string, id: string): Promise<void>;
}

/**
 * An integration (a connection to another product; today only incident.io) as stored: its API key and the signing
 * secret of its inbound webhook sealed with the secret box, and only a masked hint of the key kept in clear.
 */
export interface IntegrationRecord {
  id: string;
  organization_id: string;
  kind: "incident_io";
  name: string;
  api_key_sealed: string;
  /** The last characters of the key, shown as `••••••••cdef`. */
  api_key_hint: string;
  signing_secret_sealed: string | null;
  signing_secret_set_at: string | null;
  created_at: string;
  updated_at: string;
}
export interface IntegrationRepo {
  create(r: IntegrationRecord): Promise<void>;
  get(orgId: string, id: string): Promise<IntegrationRecord | null>;
  /** By id alone: an inbound webhook names its integration in the URL, before any organization is known. */
  byId(id: string): Promise<IntegrationRecord | null>;
  list(orgId: string, page: PageQuery): Promise<Page<IntegrationRecord>>;
  update(r: IntegrationRecord): Promise<void>;
  delete(orgId: string, id: string): Promise<void>;
  /**
   * Records that the inbound delivery `webhookId` (Standard Webhooks `webhook-id`) of this integration was accepted.
   * Returns false, writing nothing, when it already was: a replay is accepted once.
   */
  claimDelivery(integrationId: string, webhookId: string, eventId: string, at: string): Promise<boolean>;
  /**
   * Retention: forgets up to `limit` of the organization's accepted webhook-ids received before `before` (ISO time),
   * oldest first; returns how many. Past that age a sender no longer retries (incident.io: 24 hours).
   */
  pruneDeliveries(orgId: string, before: string, limit: number): Promise<number>;
}

export interface AlertRecord extends Omit<Alert, "deduplicated"> {
  organization_id: string;
}
export interface AlertFilter {
  status?: AlertStatus | undefined;
  dedupKey?: string | undefined;
}
export interface AlertRepo {
  create(a: AlertRecord): Promise<void>;
  get(orgId: string, id: string): Promise<AlertRecord | null>;
  /** The open (firing or acknowledged) alert with this dedup key, if any. */
  openByDedupKey(orgId: string, dedupKey: string): Promise<AlertRecord | null>;
  list(orgId: string, filter: AlertFilter, page: PageQuery): Promise<Page<AlertRecord>>;
  update(a: AlertRecord): Promise<void>;
}

export interface EscalationPolicyRecord extends EscalationPolicy {
  organization_id: string;
}
export interface EscalationPolicyRepo {
  create(p: EscalationPolicyRecord): Promise<void>;
  get(orgId: string, id: string): Promise<EscalationPolicyRecord | null>;
  list(orgId: string, page: PageQuery): Promise<Page<EscalationPolicyRecord>>;
  update(p: EscalationPolicyRecord): Promise<void>;
  delete(orgId: string, id: string): Promise<void>;
}

/** An escalation as stored: the public shape plus the policy it started with (later edits don't change it). */
export interface EscalationRecord extends Escalation {
  organization_id: string;
  policy: EscalationPolicy;
}
export interface EscalationFilter {
  status?: EscalationStatus | undefined;
  targetType?: "alert" | "incident" | undefined;
  targetId?: string | undefined;
}
export interface EscalationRepo {
  create(e: EscalationRecord): Promise<void>;
  get(orgId: string, id: string): Promise<EscalationRecord | null>;
  byId(id: string): Promise<EscalationRecord | null>;
  list(orgId: string, filter: EscalationFilter, page: PageQuery): Promise<Page<EscalationRecord>>;
  update(e: EscalationRecord): Promise<void>;
}

/**
 * A heartbeat as stored: the public shape without its ping URL (made from the token when shown), plus the token's
 * SHA-256 (pings are looked up by it) and the token sealed (so the URL can be shown again), and the run id of the
 * start being watched.
 */
export interface HeartbeatRecord extends Omit<Heartbeat, "ping_url"> {
  organization_id: string;
  token_hash: string;
  token_sealed: string;
  started_rid: string | null;
}
export interface HeartbeatPingRecord extends HeartbeatPing {
  organization_id: string;
  heartbeat_id: string;
}
export interface HeartbeatRepo {
  create(h: HeartbeatRecord): Promise<void>;
  get(orgId: string, id: string): Promise<HeartbeatRecord | null>;
  /** By the SHA-256 of its ping token (one indexed lookup, whatever the token). */
  byTokenHash(hash: string): Promise<HeartbeatRecord | null>;
  list(orgId: string, page: PageQuery): Promise<Page<HeartbeatRecord>>;
  /** Writes every field but the token (`token_hash`, `token_sealed` are set once, at creation). */
  update(h: HeartbeatRecord): Promise<void>;
  /** Deletes the heartbeat with its pings and incident links (monitorIncidents). */
  delete(orgId: string, id: string): Promise<void>;
  /** Clears `service_id` on the organization's heartbeats that name this service (it is being deleted). */
  detachService(orgId: string, serviceId: string): Promise<void>;
  addPing(p: HeartbeatPingRecord): Promise<void>;
  pings(orgId: string, heartbeatId: string, page: PageQuery): Promise<Page<HeartbeatPing>>;
  /** Retention (monitor_history): deletes up to `limit` of the organization's pings created before `before`, oldest first. */
  prunePings(orgId: string, before: string, limit: number): Promise<number>;
}

export interface ErrorRuleRecord extends ErrorRule {
  organization_id: string;
}
export interface ErrorRuleRepo {
  create(r: ErrorRuleRecord): Promise<void>;
  get(orgId: string, id: string): Promise<ErrorRuleRecord | null>;
  list(orgId: string, page: PageQuery): Promise<Page<ErrorRuleRecord>>;
  /** Every rule of the organization (ingest matches errors against them). */
  all(orgId: string): Promise<ErrorRuleRecord[]>;
  update(r: ErrorRuleRecord): Promise<void>;
  delete(orgId: string, id: string): Promise<void>;
  /** Deletes the organization's rules for this service (it is being deleted), with their fired windows. */
  deleteForService(orgId: string, serviceId: string): Promise<void>;
  /**
   * Records that the rule fired for the window starting at `windowStartMs`; false when it already had (so a window
   * fires once, across restarts and processes).
   */
  markFired(orgId: string, ruleId: string, windowStartMs: number, count: number, at: string): Promise<boolean>;
  /** Retention (monitor_history): deletes up to `limit` of the organization's fired-window records older than `before`. */
  pruneFired(orgId: string, before: string, limit: number): Promise<number>;
}

export interface PostIncidentFlowRecord extends PostIncidentFlow {
  organization_id: string;
}
/**
 * What an incident gathers after it is resolved (issue #16), kept as one document per incident: its way through a
 * post-incident flow (a snapshot of the flow taken when it entered, with its tasks), the post-mortem document, the
 * debrief, incident roles (role name → member id) and follow-ups. Written whole in the transaction that changes it.
 */
export interface IncidentRecordDoc {
  post_incident: IncidentPostIncident | null;
  postmortem: Postmortem | null;
  debrief: Debrief | null;
  roles: Record<string, string>;
  follow_ups: FollowUp[];
}
export interface PostIncidentRepo {
  /** Whether the organization was given its default flow (it is given once, lazily; deleting it does not bring it back). */
  seeded(orgId: string): Promise<boolean>;
  markSeeded(orgId: string, at: string): Promise<void>;
  createFlow(f: PostIncidentFlowRecord): Promise<void>;
  getFlow(orgId: string, id: string): Promise<PostIncidentFlowRecord | null>;
  listFlows(orgId: string, page: PageQuery): Promise<Page<PostIncidentFlowRecord>>;
  /** Every flow of the organization, oldest first (the order automatic entry tries them in). */
  allFlows(orgId: string): Promise<PostIncidentFlowRecord[]>;
  updateFlow(f: PostIncidentFlowRecord): Promise<void>;
  deleteFlow(orgId: string, id: string): Promise<void>;
  /** The organization's incident channel (organization settings), or null. */
  incidentChannel(orgId: string): Promise<string | null>;
  setIncidentChannel(orgId: string, channelId: string | null, at: string): Promise<void>;
  getRecord(orgId: string, incidentId: string): Promise<IncidentRecordDoc | null>;
  putRecord(orgId: string, incidentId: string, doc: IncidentRecordDoc, at: string): Promise<void>;
}

/**
 * Storage for uptime monitors (issue #14): monitors, their check history, maintenance windows, the organization's
 * automation settings and which incidents a monitor opened. Part of {@link Repos} (store/types.ts).
 *
 * - **monitor**: a URL checked on a schedule by its own durable job (`monitor.check`, id = the monitor's id). Its
 *   state (`pending | up | down | paused`) and the counters of consecutive failures / successes that move it are
 *   stored with it, so a restart resumes where the last committed check left it.
 * - **check**: one request and its outcome; history, pruned with the organization's `monitor_history` window.
 * - **maintenance window**: a scheduled span during which a service's monitors open no incident and start no run.
 * - **monitor incident**: the link from a monitor to an incident opened for it (by the monitor itself or by a
 *   workflow it triggered): the newest link answers "is one open?" (dedup) and "when was it resolved?" (cooldown).
 */

/** A monitor as stored: header values sealed (shown as references), plus the counters its checks move. */
export interface MonitorRecord extends Monitor {
  organization_id: string;
  /** Failed checks in a row (reset by a success). */
  failures: number;
  /** Successful checks in a row (reset by a failure). */
  successes: number;
}
export interface MonitorFilter {
  state?: MonitorState | undefined;
}
export interface MonitorRepo {
  create(m: MonitorRecord): Promise<void>;
  get(orgId: string, id: string): Promise<MonitorRecord | null>;
  list(orgId: string, filter: MonitorFilter, page: PageQuery): Promise<Page<MonitorRecord>>;
  update(m: MonitorRecord): Promise<void>;
  /** Deletes the monitor with its checks and incident links. */
  delete(orgId: string, id: string): Promise<void>;
  /** Clears `service_id` on the organization's monitors that name this service (it is being deleted). */
  detachService(orgId: string, serviceId: string): Promise<void>;
}

export interface MonitorCheckRecord extends MonitorCheck {
  organization_id: string;
}
export interface MonitorCheckRepo {
  add(c: MonitorCheckRecord): Promise<void>;
  list(orgId: string, monitorId: string, page: PageQuery): Promise<Page<MonitorCheckRecord>>;
  /** Retention: deletes up to `limit` of the organization's checks made before `before` (ISO time), oldest first. */
  prune(orgId: string, before: string, limit: number): Promise<number>;
}

export interface MaintenanceWindowRecord extends MaintenanceWindow {
  organization_id: string;
}
export interface MaintenanceWindowRepo {
  create(w: MaintenanceWindowRecord): Promise<void>;
  get(orgId: string, id: string): Promise<MaintenanceWindowRecord | null>;
  list(orgId: string, page: PageQuery): Promise<Page<MaintenanceWindowRecord>>;
  update(w: MaintenanceWindowRecord): Promise<void>;
  delete(orgId: string, id: string): Promise<void>;
  /** Deletes the organization's windows of this service (it is being deleted). */
  deleteForService(orgId: string, serviceId: string): Promise<void>;
  /** A window of the service that contains `at` (ISO time), if any. */
  activeFor(orgId: string, serviceId: string, at: string): Promise<MaintenanceWindowRecord | null>;
}

export interface AutomationSettingsRepo {
  /** null: the organization never changed them (the defaults apply). */
  get(orgId: string): Promise<AutomationSettings | null>;
  put(orgId: string, settings: AutomationSettings, at: string): Promise<void>;
}

export interface MonitorIncidentRepo {
  link(orgId: string, monitorId: string, incidentId: string, at: string): Promise<void>;
  /** The incident most recently opened for the monitor, if any. */
  latest(orgId: string, monitorId: string): Promise<string | null>;
}

/** One-time tasks queued by migrations that need more than SQL (e.g. the server's secret key). */
export interface MaintenanceRepo {
  pending(name: string): Promise<boolean>;
  done(name: string, at: string): Promise<void>;
}

export interface Repos {
  maintenance: MaintenanceRepo;
  organizations: OrganizationRepo;
  settings: OrganizationSettingsRepo;
  apiKeys: ApiKeyRepo;
  members: MemberRepo;
  services: ServiceRepo;
  incidents: IncidentRepo;
  events: EventRepo;
  idempotency: IdempotencyRepo;
  webhooks: WebhookRepo;
  deliveries: DeliveryRepo;
  jobs: JobRepo;
  outbox: OutboxRepo;
  workflows: WorkflowRepo;
  runs: RunRepo;
  evaluations: EvaluationRepo;
  channels: ChannelRepo;
  integrations: IntegrationRepo;
  alerts: AlertRepo;
  escalationPolicies: EscalationPolicyRepo;
  escalations: EscalationRepo;
  heartbeats: HeartbeatRepo;
  errorRules: ErrorRuleRepo;
  postIncident: PostIncidentRepo;
  // Uptime monitors and the safeguards on incidents they open (see the monitor section above).
  monitors: MonitorRepo;
  monitorChecks: MonitorCheckRepo;
  maintenanceWindows: MaintenanceWindowRepo;
  automation: AutomationSettingsRepo;
  monitorIncidents: MonitorIncidentRepo;
}

/**
 * A transaction that kept conflicting with concurrent work (PostgreSQL serialization failures or deadlocks) and was
 * given up after its last attempt; nothing of it was committed. The HTTP boundary answers 503 with Retry-After.
 */
export class StoreBusyError extends Error {
  constructor(
    readonly attempts: number,
    override readonly cause: unknown,
  ) {
    super(`the transaction conflicted with concurrent work ${attempts} times in a row and was given up (nothing committed)`);
    this.name = "StoreBusyError";
  }
}

/** The repositories inside a transaction, plus explicit nesting. */
export interface Tx extends Repos {
  /**
   * Runs `fn` inside this transaction as a unit of its own: if `fn` throws, only its writes roll back (and the error
   * propagates); the enclosing transaction goes on. For steps that may fail alone (a workflow step, one delivery's
   * record in a batch).
   */
  savepoint<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
}

/**
 * `isolation: "read committed"` is for queue work fenced by a row lock (a lease's `holds` locks its job row, writes
 * then go by id; an outbox consumer's `read` locks the consumer, and the fan-out only inserts): on PostgreSQL such
 * transactions take no predicate locks, so they neither abort nor are aborted by the serializable ones around them. Domain read-check-writes stay serializable. SQLite has
 * one writer, so every transaction is serializable there whatever is asked.
 */
export interface TransactionOptions {
  isolation?: "serializable" | "read committed";
}
/** The one way to ask for READ COMMITTED (see {@link TransactionOptions} for when it is safe). */
export const READ_COMMITTED: TransactionOptions = { isolation: "read committed" };

export interface Store extends Repos {
  /**
   * Runs `fn` in one write transaction: everything it writes (the change and its domain events) commits together
   * or not at all. Reads through `Store` itself see committed data only.
   *
   * Transactions are serializable: a read-check-write inside `fn` (is the incident still open? is the key
   * unclaimed?) holds against concurrent transactions. A store with concurrent writers (PostgreSQL) may abort one of
   * two conflicting transactions and run its `fn` again, so `fn` must have no effect outside the store (send after
   * the commit, not inside). Transactions do not nest: calling `transaction` inside `fn` is an error; nest with
   * `tx.savepoint`, and hand `tx` (or {@link Store} views of it, store/within.ts) to code that writes.
   */
  transaction<T>(fn: (tx: Tx) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /**
   * Commit notifications: events after the transaction that wrote them commits, and the kinds of jobs a committed
   * transaction queued (so a worker looks at once instead of at its next poll). They are hints, never the only way
   * work is found: outbox loops and workers also poll, so a notification that never arrives delays work by one poll
   * and loses nothing. SQLite: in this process (it has no other). A store shared by several processes tells all of
   * them (PostgreSQL: NOTIFY in the transaction, delivered at commit). Each returns an unsubscribe function.
   */
  onCommittedEvents(listener: (events: EventRecord[]) => void): () => void;
  onQueuedJobs(listener: (kinds: ReadonlySet<string>) => void): () => void;
  /**
   * A worker's heartbeat: moves the lease's end to `untilMs` for those of `ids` that `owner` still holds, and returns
   * those ids (a job completed, rescheduled or taken over is not among them). Its own short write, never inside a
   * transaction and never re-run as a whole: a renewal must not wait behind, or be aborted by, the serializable
   * transactions of busy handlers, or a live worker's leases lapse and another worker runs its jobs at the same
   * time. SQLite: one small write transaction. PostgreSQL: READ COMMITTED `UPDATE … WHERE lease_owner = owner`
   * statements, first of the rows no transaction locks, then of the rest, waiting only for the transactions writing
   * those very jobs (while one holds a job's row, nobody can lease it).
   */
  renewLeases(ids: readonly string[], owner: string, untilMs: number): Promise<string[]>;
  /**
   * A worker's leasing: `JobRepo.lease` as a write of its own, outside any transaction (the worker's way; the repo
   * method stays for transactions). SQLite: one small write transaction. PostgreSQL: one READ COMMITTED statement —
   * its row locks (`FOR UPDATE SKIP LOCKED`, each row re-checked as it is locked) give every due job one owner, and
   * it takes no part in serializable conflict checks: run serializable, its scan of the due jobs made it a party to
   * conflicts with nearly every transaction writing jobs, which then failed and were re-run.
   */
  leaseJobs(kinds: string[], nowMs: number, leaseMs: number, owner: string, limit: number, running?: readonly string[], lanes?: LaneRoom): Promise<Job[]>;
  ping(): Promise<void>;
  /**
   * Rewrites storage so that no copy of overwritten or deleted data is left in its files (free pages, logs). Slow
   * and outside any transaction: for the start-time sweep after it replaced secrets stored in clear.
   */
  scrubFreedSpace(): Promise<void>;
  /**
   * Gives space freed by deletions back, a little at a time (at most about `maxPages` pages of the file), outside any
   * transaction; returns how many pages it released (0 when the store has nothing to do or reclaims on its own).
   * SQLite: `PRAGMA incremental_vacuum`; PostgreSQL: nothing (autovacuum makes the space reusable).
   */
  reclaimSpace(maxPages: number): Promise<number>;
  close(): void;
}

export type { Causation, Scope };
