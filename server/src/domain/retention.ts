/**
 * Retention (issue #19): how long each kind of history is kept, per organization within the server's bounds, and the
 * recurring `retention.prune` job that deletes what is older, in small batches.
 *
 * Kinds and what "older" means:
 * - events: domain events, by `created_at`, and only those every outbox consumer has passed (OutboxRepo.prune);
 * - runs: finished runs with their steps, then evaluations whose run is gone (or that started none);
 * - deliveries: finished deliveries (succeeded or failed) with their attempts;
 * - monitor_history: uptime monitor checks (by `checked_at`), heartbeat pings and the windows error rules fired in (a
 *   window older than the retention can no longer fire anyway), by their time;
 * - idempotency: Idempotency-Key records, always 24 h (the API promises it), purged by http/idempotency.ts.
 *
 * Never deleted whatever their age: a run queued, running or waiting on a delay; a delivery pending or retrying, or
 * with a redelivery queued; an event some consumer has not read; escalations and incidents (not history: they are
 * kept until a later issue says otherwise). The pruner only writes through its lease, at most `batch` rows per
 * transaction so requests queued for the writer in between wait for one small batch at most, and then asks the
 * store to give the freed space back (Store.reclaimSpace).
 */
import { decodeTime } from "ulid";
import { iso } from "../clock.ts";
import { ApiError } from "../errors.ts";
import type { Lease } from "../queue/lease.ts";
import { enqueue } from "../queue/jobs.ts";
import type { RetentionOverrides, Store } from "../store/types.ts";
import type { AutomationSettings, FieldError } from "../types.ts";
import { automationSettings, updateAutomationSettings } from "./automation.ts";
import type { Actor, Deps } from "./context.ts";

export type RetentionKind = keyof RetentionOverrides;
export const RETENTION_KINDS: readonly RetentionKind[] = ["events", "runs", "deliveries", "monitor_history"];
/** Idempotency-Key records are kept 24 h (http/idempotency.ts IDEMPOTENCY_TTL_MS), for every organization. */
export const IDEMPOTENCY_RETENTION_SECONDS = 24 * 60 * 60;

const DAY = 24 * 60 * 60;

/** The server's retention configuration (config.ts reads it from TRIPWIRE_RETENTION_*). Windows in seconds. */
export interface RetentionPolicy {
  defaults: Record<RetentionKind, number>;
  /** Bounds an organization's own window must stay within. */
  minSeconds: number;
  maxSeconds: number;
  /** How often the pruner runs when it has caught up. */
  everyMs: number;
  /** Rows deleted per transaction. */
  batch: number;
}

export const DEFAULT_RETENTION: Record<RetentionKind, number> = { events: 30 * DAY, runs: 30 * DAY, deliveries: 30 * DAY, monitor_history: 7 * DAY };

export function defaultRetentionPolicy(dev = false): RetentionPolicy {
  return { defaults: { ...DEFAULT_RETENTION }, minSeconds: dev ? 1 : 60 * 60, maxSeconds: 3650 * DAY, everyMs: 5 * 60 * 1000, batch: 500 };
}

const UNITS: Record<string, number> = { s: 1, m: 60, h: 60 * 60, d: DAY };

/** "10s", "5m", "24h", "30d" (or plain seconds) to seconds; throws with what is expected. */
export function parseDuration(raw: string): number {
  const m = /^(\d{1,9})\s*([smhd]?)$/.exec(raw.trim());
  const n = m ? Number(m[1]) * UNITS[m[2] || "s"]! : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`expected a duration like 10s, 5m, 24h or 30d; got "${raw}"`);
  return n;
}

/** Seconds in the largest unit that divides them exactly ("30d", "90m", "10s"). */
export function formatDuration(seconds: number): string {
  for (const [u, s] of [["d", DAY], ["h", 3600], ["m", 60]] as const) if (seconds % s === 0) return `${seconds / s}${u}`;
  return `${seconds}s`;
}

const clamp = (policy: RetentionPolicy, s: number) => Math.min(policy.maxSeconds, Math.max(policy.minSeconds, s));

/** The windows in force: the organization's own (held within today's bounds, which may have moved) or the defaults. */
export function effectiveRetention(policy: RetentionPolicy, overrides: RetentionOverrides | null | undefined): Record<RetentionKind, number> {
  const out = { ...policy.defaults };
  for (const k of RETENTION_KINDS) {
    const own = overrides?.[k];
    if (own !== null && own !== undefined) out[k] = clamp(policy, own);
  }
  return out;
}

export interface OrganizationSettingsView {
  /** The post-incident flow's announcements go there (domain/post-incident.ts). */
  incident_channel_id: string | null;
  retention: Record<RetentionKind | "idempotency", number>;
  retention_defaults: Record<RetentionKind | "idempotency", number>;
  retention_limits: { min: number; max: number };
}

function view(policy: RetentionPolicy, overrides: RetentionOverrides | null | undefined, incidentChannelId: string | null): OrganizationSettingsView {
  return {
    incident_channel_id: incidentChannelId,
    retention: { ...effectiveRetention(policy, overrides), idempotency: IDEMPOTENCY_RETENTION_SECONDS },
    retention_defaults: { ...policy.defaults, idempotency: IDEMPOTENCY_RETENTION_SECONDS },
    retention_limits: { min: policy.minSeconds, max: policy.maxSeconds },
  };
}

export async function getOrganizationSettings(deps: Deps, policy: RetentionPolicy, actor: Actor): Promise<OrganizationSettingsView & { automation: AutomationSettings }> {
  return {
    automation: await automationSettings(deps.store, actor.orgId),
    ...view(policy, (await deps.store.settings.get(actor.orgId))?.retention, await deps.store.postIncident.incidentChannel(actor.orgId)),
  };
}

export async function updateOrganizationSettings(
  deps: Deps,
  policy: RetentionPolicy,
  actor: Actor,
  body: {
    retention?: { [K in RetentionKind]?: number | null | undefined } | undefined;
    incident_channel_id?: string | null | undefined;
    automation?: { [K in keyof AutomationSettings]?: AutomationSettings[K] | undefined } | undefined;
  },
): Promise<OrganizationSettingsView & { automation: AutomationSettings }> {
  const changes = body.retention ?? {};
  const errors: FieldError[] = [];
  for (const k of RETENTION_KINDS) {
    const v = changes[k];
    if (v === undefined || v === null) continue;
    if (v < policy.minSeconds || v > policy.maxSeconds) {
      errors.push({
        in: "body",
        pointer: `#/retention/${k}`,
        detail: `Must be from ${policy.minSeconds} to ${policy.maxSeconds} seconds (${formatDuration(policy.minSeconds)} to ${formatDuration(policy.maxSeconds)}) on this server; got ${v}.`,
      });
    }
  }
  if (errors.length) throw ApiError.validation(errors);
  const next = await deps.store.transaction(async (tx) => {
    const channelId = body.incident_channel_id;
    if (channelId !== undefined) {
      if (channelId !== null && !(await tx.channels.get(actor.orgId, channelId))) {
        throw ApiError.validation([{ in: "body", pointer: "#/incident_channel_id", detail: `No channel ${channelId}.` }]);
      }
      await tx.postIncident.setIncidentChannel(actor.orgId, channelId, iso(deps.clock.now()));
    }
    const automation = body.automation
      ? await updateAutomationSettings(tx, actor.orgId, body.automation as Partial<AutomationSettings>, deps.clock.now())
      : await automationSettings(tx, actor.orgId);
    const current = (await tx.settings.get(actor.orgId))?.retention ?? { events: null, runs: null, deliveries: null, monitor_history: null };
    const merged: RetentionOverrides = { ...current };
    for (const k of RETENTION_KINDS) if (changes[k] !== undefined) merged[k] = changes[k] ?? null;
    if (body.retention !== undefined) await tx.settings.put(actor.orgId, merged, iso(deps.clock.now()));
    return { merged, channel: await tx.postIncident.incidentChannel(actor.orgId), automation };
  });
  return { automation: next.automation, ...view(policy, next.merged, next.channel) };
}

/**
 * For a run id that answered 404: the 410 to answer instead when the run is not there and its id says it is older than
 * the organization's run retention (so it was deleted, or would have been), else null (the 404 stands). Run ids are
 * ULIDs: their time is their creation.
 */
export async function prunedRunProblem(deps: Deps, policy: RetentionPolicy, orgId: string, runId: string): Promise<ApiError | null> {
  const m = /^run_([0-9A-HJKMNP-TV-Z]{26})$/.exec(runId);
  if (!m) return null;
  let createdMs: number;
  try {
    createdMs = decodeTime(m[1]!);
  } catch {
    return null;
  }
  const window = effectiveRetention(policy, (await deps.store.settings.get(orgId))?.retention).runs;
  if (createdMs >= deps.clock.now() - window * 1000) return null;
  if (await deps.store.runs.get(orgId, runId)) return null;
  return new ApiError(
    410,
    "run-pruned",
    "Run deleted by retention",
    `Run ${runId} is older than this organization's run retention (${formatDuration(window)}) and was deleted; it cannot be replayed.`,
  );
}

/** The pruner's fixed job id: enqueueing it at every start lands on the one row. */
export const RETENTION_JOB = "retention_prune";
/** Batches one run of the job may delete before it yields the worker and comes back at once. */
const MAX_BATCHES_PER_RUN = 40;
/** Pages (4 KiB) given back to the file system per reclaim call; calls repeat, with the lock released in between. */
const RECLAIM_PAGES = 1024;
const MAX_RECLAIM_CALLS = 64;

/** Queues the recurring pruning job unless it exists (at start). */
export async function scheduleRetention(store: Store, nowMs: number): Promise<void> {
  await store.transaction(async (tx) => {
    if ((await tx.jobs.count(["retention.prune"])) > 0) return;
    await enqueue(tx, { id: RETENTION_JOB, kind: "retention.prune", payload: {}, runAtMs: nowMs }, nowMs);
  });
}

export interface PruneCounts {
  runs: number;
  evaluations: number;
  deliveries: number;
  events: number;
  /** Monitor history: heartbeat pings and the windows error rules fired in. */
  pings: number;
  errorWindows: number;
  /** Accepted inbound webhook-ids (integrations) forgotten after {@link INBOUND_DEDUP_SECONDS}. */
  inbound: number;
  monitorChecks: number;
  reclaimedPages: number;
}

/** How long an accepted inbound webhook-id is remembered: well past incident.io's 24-hour retry window. */
export const INBOUND_DEDUP_SECONDS = 7 * 86_400;

/** Lets whatever waits for the writer (an API request) go first between two batches. */
const yieldToOthers = () => new Promise<void>((r) => setImmediate(r));

/**
 * The job's handler: for each organization and kind, deletes batch after batch of what is older than its window;
 * then gives the freed space back and comes back in `everyMs` (or at once, when it stopped at its batch budget).
 */
export async function runRetention(lease: Lease<"retention.prune">, store: Store, policy: RetentionPolicy, nowMs: () => number): Promise<PruneCounts> {
  const counts: PruneCounts = { runs: 0, evaluations: 0, deliveries: 0, events: 0, pings: 0, errorWindows: 0, inbound: 0, monitorChecks: 0, reclaimedPages: 0 };
  let batches = 0;
  let unfinished = false;
  const now = nowMs();
  const orgs = await store.organizations.list();
  outer: for (const org of orgs) {
    const windows = effectiveRetention(policy, (await store.settings.get(org.id))?.retention);
    const before = (seconds: number) => iso(now - seconds * 1000);
    // Runs before their evaluations (an evaluation stays while its run does).
    const passes: [keyof Omit<PruneCounts, "reclaimedPages">, string, (orgId: string, cutoff: string, limit: number) => Promise<number>][] = [];
    passes.push(["runs", before(windows.runs), (o, c, l) => lease.transaction((tx) => tx.runs.prune(o, c, l))]);
    passes.push(["evaluations", before(windows.runs), (o, c, l) => lease.transaction((tx) => tx.evaluations.prune(o, c, l))]);
    passes.push(["deliveries", before(windows.deliveries), (o, c, l) => lease.transaction((tx) => tx.deliveries.prune(o, c, l))]);
    passes.push(["events", before(windows.events), (o, c, l) => lease.transaction((tx) => tx.outbox.prune(o, c, l))]);
    passes.push(["pings", before(windows.monitor_history), (o, c, l) => lease.transaction((tx) => tx.heartbeats.prunePings(o, c, l))]);
    // A fired window is kept at least as long as the longest window (a day), so a short retention never lets one fire twice.
    passes.push(["errorWindows", before(Math.max(windows.monitor_history, 86_400)), (o, c, l) => lease.transaction((tx) => tx.errorRules.pruneFired(o, c, l))]);
    passes.push(["inbound", before(INBOUND_DEDUP_SECONDS), (o, c, l) => lease.transaction((tx) => tx.integrations.pruneDeliveries(o, c, l))]);
    passes.push(["monitorChecks", before(windows.monitor_history), (o, c, l) => lease.transaction((tx) => tx.monitorChecks.prune(o, c, l))]);
    for (const [name, cutoff, prune] of passes) {
      for (;;) {
        if (batches >= MAX_BATCHES_PER_RUN) {
          unfinished = true;
          break outer;
        }
        const n = await prune(org.id, cutoff, policy.batch);
        batches++;
        counts[name] += n;
        if (n < policy.batch) break;
        await yieldToOthers();
      }
    }
  }
  // Also when nothing was pruned this time: a previous run may have stopped at its reclaim budget.
  for (let i = 0; i < MAX_RECLAIM_CALLS; i++) {
    const pages = await store.reclaimSpace(RECLAIM_PAGES);
    counts.reclaimedPages += pages;
    if (pages < RECLAIM_PAGES) break;
    await yieldToOthers();
  }
  await lease.transaction((tx) => lease.reschedule(tx, unfinished ? nowMs() : nowMs() + policy.everyMs));
  return counts;
}
