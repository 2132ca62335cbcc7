/**
 * Heartbeats (issue #14; semantics of Healthchecks.io's ping API): a job that must check in every `period` seconds,
 * or at each fire of a cron `schedule` in time zone `tz`, with `grace` seconds of slack.
 *
 * States: `pending` until the first ping (nothing is expected yet); `up`; `down` after a missed deadline or a
 * failure ping, until the next good ping; `paused` (nothing watched; a ping resumes it, as on Healthchecks.io).
 *
 * Pings (`/ping/{token}[/{signal}]`, no API key): success (or exit status 0) → `up`, the next ping is expected one
 * period (or the next cron fire) later; `start` → a run began, and must finish within `grace` (the run's id `rid`,
 * when given, pairs the finish with its start; only the most recent start is watched); `fail` (or exit status
 * 1–255) → `down` at once; `log` → recorded only.
 *
 * Lateness is a durable queue job per heartbeat (`heartbeat.deadline`, id `hbd_<heartbeat id>`) that every ping
 * moves to the new deadline, in the ping's transaction: no timer in memory, so a restart (or a crash) keeps it. When
 * the job finds the deadline passed, the heartbeat goes `down` and `heartbeat.missed` is written — once per outage:
 * a `down` heartbeat has no deadline until a good ping, which writes `heartbeat.recovered`.
 *
 * With `auto_incident`, going down (late, a run over its grace, a failure ping) opens an incident (source
 * `auto_heartbeat`) under the organization's safeguards (domain/automation.ts: draft mode, auto-publish, one open
 * incident per heartbeat, cooldown), unless a maintenance window of its service is active; the next good ping resolves
 * it (left alone if a person already resolved it). The history (`/heartbeats/{id}/pings`) says so: the ping or the
 * `missed` entry (written when a deadline passes) that took the heartbeat down carries the incident or the suppression
 * and its reason, the good ping after carries the incident it resolved.
 *
 * Events carry the heartbeat's own fields at the top of `data` (never its token or ping URL):
 * `{ id, name, service_id, period, schedule, tz, grace, state, last_ping_at, last_ping_kind, started_at,
 * expected_at, deadline_at, reason, exit_code }`, `reason` being `late`, `run_timeout` or `failed` for
 * `heartbeat.missed` and null for `heartbeat.recovered`.
 *
 * The token is random (144 bits), stored as its SHA-256 (pings are looked up by the hash, so the lookup takes the
 * same time whatever the token) and sealed with the server's key, so the ping URL can be shown again on every read:
 * it is what users paste into crontab, as on Healthchecks.io.
 */
import { createHash, randomBytes } from "node:crypto";
import { iso } from "../clock.ts";
import { ApiError } from "../errors.ts";
import { newId } from "../ids.ts";
import { enqueue } from "../queue/jobs.ts";
import type { Lease } from "../queue/lease.ts";
import type { SecretBox } from "../secrets/secret-box.ts";
import type { HeartbeatRecord, PageQuery, Repos, Tx } from "../store/types.ts";
import { within } from "../store/within.ts";
import type { FieldError, Heartbeat, HeartbeatPing, HeartbeatPingKind, MonitorSuppression } from "../types.ts";
import { nextFireTimes } from "../workflow/schedule.ts";
import { cronProblem, isTimeZone } from "../workflow/validate.ts";
import { openAutomaticIncident } from "./automation.ts";
import type { Actor, Deps } from "./context.ts";
import { recordEvent } from "./events.ts";
import { isResolvedOrLater } from "./incident-status.ts";
import { resolveIncident } from "./incidents.ts";

export interface HeartbeatDeps extends Deps {
  box: SecretBox;
  /** Development mode: period and grace down to 1 second. */
  dev: boolean;
  /** Where people reach this server (TRIPWIRE_PUBLIC_URL, else where it listens), without a trailing slash. */
  publicUrl: () => string;
}

/** How many bytes of a ping's body are kept (the `Ping-Body-Limit` header says so). */
export const PING_BODY_LIMIT = 10_000;
/** Longest `rid` kept. */
export const MAX_RID_LENGTH = 64;
export const PING_PATH = "/api/v1/ping/";
const MAX_SECONDS = 365 * 24 * 60 * 60;
export const DEFAULT_GRACE = 300;
/** Smallest period and grace outside development mode. */
export const MIN_SECONDS = 60;

export const deadlineJobId = (heartbeatId: string) => `hbd_${heartbeatId}`;
export const hashPingToken = (token: string) => createHash("sha256").update(token).digest("hex");
const newToken = () => `hb_${randomBytes(18).toString("base64url")}`;

export interface HeartbeatInput {
  name?: string | undefined;
  period?: number | undefined;
  schedule?: string | undefined;
  tz?: string | undefined;
  grace?: number | undefined;
  service_id?: string | null | undefined;
  auto_incident?: boolean | undefined;
}

export function heartbeatView(deps: HeartbeatDeps, h: HeartbeatRecord): Heartbeat {
  return {
    id: h.id,
    name: h.name,
    period: h.period,
    schedule: h.schedule,
    tz: h.tz,
    grace: h.grace,
    service_id: h.service_id,
    auto_incident: h.auto_incident,
    state: h.state,
    ping_url: `${deps.publicUrl()}${PING_PATH}${deps.box.open(h.token_sealed)}`,
    last_ping_at: h.last_ping_at,
    last_ping_kind: h.last_ping_kind,
    started_at: h.started_at,
    expected_at: h.expected_at,
    deadline_at: h.deadline_at,
    incident_id: h.incident_id,
    created_at: h.created_at,
    updated_at: h.updated_at,
  };
}

/** What events carry: the heartbeat's own fields (never the token or the URL), then `extra`. */
export function heartbeatEventData(h: HeartbeatRecord, extra: Record<string, unknown>): Record<string, unknown> {
  return {
    id: h.id,
    name: h.name,
    service_id: h.service_id,
    period: h.period,
    schedule: h.schedule,
    tz: h.tz,
    grace: h.grace,
    state: h.state,
    last_ping_at: h.last_ping_at,
    last_ping_kind: h.last_ping_kind,
    started_at: h.started_at,
    expected_at: h.expected_at,
    deadline_at: h.deadline_at,
    ...extra,
  };
}

const field = (name: string, detail: string): FieldError => ({ in: "body", pointer: `#/${name}`, detail });

/** The merged settings, checked: one of period/schedule, bounds, cron and zone, the service. */
async function checkSettings(deps: HeartbeatDeps, tx: Repos, actor: Actor, s: Pick<HeartbeatRecord, "period" | "schedule" | "tz" | "grace" | "service_id">, input: HeartbeatInput): Promise<void> {
  const errors: FieldError[] = [];
  const min = deps.dev ? 1 : MIN_SECONDS;
  if (input.period !== undefined && input.schedule !== undefined) errors.push(field("period", "Give period or schedule, not both."));
  else if (s.period === null && s.schedule === null) errors.push(field("period", "Give period (seconds between pings) or schedule (a cron expression)."));
  if (s.period !== null && (s.period < min || s.period > MAX_SECONDS)) {
    errors.push(field("period", `Must be from ${min} to ${MAX_SECONDS} seconds${deps.dev ? "" : " (from 1 in development mode)"}; got ${s.period}.`));
  }
  if (s.grace < min || s.grace > MAX_SECONDS) {
    errors.push(field("grace", `Must be from ${min} to ${MAX_SECONDS} seconds${deps.dev ? "" : " (from 1 in development mode)"}; got ${s.grace}.`));
  }
  if (input.tz !== undefined && s.schedule === null) errors.push(field("tz", "A time zone goes with a schedule; this heartbeat has a period."));
  const tzOk = s.tz === null || isTimeZone(s.tz);
  if (!tzOk) errors.push(field("tz", `"${s.tz}" is not an IANA time zone (e.g. UTC, Europe/Paris, America/New_York).`));
  if (s.schedule !== null) {
    const problem = cronProblem(s.schedule, tzOk ? (s.tz ?? "UTC") : "UTC");
    if (problem !== null) errors.push(field("schedule", problem));
  }
  if (s.service_id !== null && input.service_id !== undefined && !(await tx.services.get(actor.orgId, s.service_id))) {
    errors.push(field("service_id", `No service ${s.service_id} in this organization.`));
  }
  if (errors.length) throw ApiError.validation(errors);
}

/** When the next ping is due after one at `fromMs`: a period later, or the schedule's next fire. */
export function nextExpectedMs(h: Pick<HeartbeatRecord, "period" | "schedule" | "tz">, fromMs: number): number {
  if (h.period !== null) return fromMs + h.period * 1000;
  return nextFireTimes({ schedule: h.schedule ?? "* * * * *", timezone: h.tz ?? "UTC" }, fromMs, 1)[0] ?? fromMs + MAX_SECONDS * 1000;
}

/** The deadline of a heartbeat in this state: its expected ping plus grace, or its run's start plus grace if sooner. */
function deadlineMs(h: HeartbeatRecord): number | null {
  if (h.state === "paused" || h.state === "down") return null;
  const candidates: number[] = [];
  if (h.expected_at !== null) candidates.push(Date.parse(h.expected_at) + h.grace * 1000);
  if (h.started_at !== null) candidates.push(Date.parse(h.started_at) + h.grace * 1000);
  return candidates.length ? Math.min(...candidates) : null;
}

/** Sets `deadline_at` from the state and moves (or removes) the deadline job, in the caller's transaction. */
async function armDeadline(tx: Repos, h: HeartbeatRecord, nowMs: number): Promise<void> {
  const due = deadlineMs(h);
  h.deadline_at = due === null ? null : iso(due);
  if (due === null) {
    await tx.jobs.delete(deadlineJobId(h.id));
    return;
  }
  await enqueue(tx, { id: deadlineJobId(h.id), kind: "heartbeat.deadline", payload: { heartbeat_id: h.id, organization_id: h.organization_id }, runAtMs: due }, nowMs);
}

export async function createHeartbeat(deps: HeartbeatDeps, actor: Actor, input: HeartbeatInput & { name: string }): Promise<Heartbeat> {
  const token = newToken();
  const sealed = deps.box.seal(token);
  return deps.store.transaction(async (tx) => {
    const now = deps.clock.now();
    const h: HeartbeatRecord = {
      id: newId("hbt"),
      organization_id: actor.orgId,
      name: input.name,
      period: input.period ?? null,
      schedule: input.schedule ?? null,
      tz: input.schedule !== undefined ? (input.tz ?? "UTC") : (input.tz ?? null),
      grace: input.grace ?? Math.max(DEFAULT_GRACE, deps.dev ? 1 : MIN_SECONDS),
      service_id: input.service_id ?? null,
      auto_incident: input.auto_incident ?? false,
      state: "pending",
      token_hash: hashPingToken(token),
      token_sealed: sealed,
      last_ping_at: null,
      last_ping_kind: null,
      started_at: null,
      started_rid: null,
      expected_at: null,
      deadline_at: null,
      incident_id: null,
      created_at: iso(now),
      updated_at: iso(now),
    };
    await checkSettings(deps, tx, actor, h, input);
    await tx.heartbeats.create(h);
    return heartbeatView(deps, h);
  });
}

async function load(tx: Repos, actor: Actor, id: string): Promise<HeartbeatRecord> {
  const h = await tx.heartbeats.get(actor.orgId, id);
  if (!h) throw ApiError.notFound("heartbeat", id);
  return h;
}

export async function getHeartbeat(deps: HeartbeatDeps, actor: Actor, id: string): Promise<Heartbeat> {
  return heartbeatView(deps, await load(deps.store, actor, id));
}

export async function listHeartbeats(deps: HeartbeatDeps, actor: Actor, page: PageQuery) {
  const p = await deps.store.heartbeats.list(actor.orgId, page);
  return { items: p.items.map((h) => heartbeatView(deps, h)), nextAfter: p.nextAfter };
}

export async function updateHeartbeat(deps: HeartbeatDeps, actor: Actor, id: string, input: HeartbeatInput): Promise<Heartbeat> {
  return deps.store.transaction(async (tx) => {
    const h = await load(tx, actor, id);
    const now = deps.clock.now();
    const next: HeartbeatRecord = { ...h, updated_at: iso(now) };
    if (input.name !== undefined) next.name = input.name;
    if (input.grace !== undefined) next.grace = input.grace;
    if (input.service_id !== undefined) next.service_id = input.service_id;
    if (input.auto_incident !== undefined) next.auto_incident = input.auto_incident;
    if (input.period !== undefined) Object.assign(next, { period: input.period, schedule: null, tz: null });
    if (input.schedule !== undefined) Object.assign(next, { period: null, schedule: input.schedule, tz: input.tz ?? h.tz ?? "UTC" });
    else if (input.tz !== undefined && next.schedule !== null) next.tz = input.tz;
    await checkSettings(deps, tx, actor, next, input);
    // A new expectation counts from the last ping (a heartbeat that never pinged still expects nothing).
    if (next.state === "up" && next.last_ping_at !== null) next.expected_at = iso(nextExpectedMs(next, Date.parse(next.last_ping_at)));
    await armDeadline(tx, next, now);
    await tx.heartbeats.update(next);
    return heartbeatView(deps, next);
  });
}

export async function deleteHeartbeat(deps: HeartbeatDeps, actor: Actor, id: string): Promise<void> {
  await deps.store.transaction(async (tx) => {
    await load(tx, actor, id);
    await tx.jobs.delete(deadlineJobId(id));
    await tx.heartbeats.delete(actor.orgId, id);
  });
}

export async function pauseHeartbeat(deps: HeartbeatDeps, actor: Actor, id: string): Promise<Heartbeat> {
  return deps.store.transaction(async (tx) => {
    const h = await load(tx, actor, id);
    if (h.state === "paused") return heartbeatView(deps, h);
    const now = deps.clock.now();
    const next: HeartbeatRecord = { ...h, state: "paused", expected_at: null, started_at: null, started_rid: null, updated_at: iso(now) };
    await armDeadline(tx, next, now);
    await tx.heartbeats.update(next);
    return heartbeatView(deps, next);
  });
}

/** A paused heartbeat becomes `pending` (it waits for its next ping, as a new one does); any other is unchanged. */
export async function resumeHeartbeat(deps: HeartbeatDeps, actor: Actor, id: string): Promise<Heartbeat> {
  return deps.store.transaction(async (tx) => {
    const h = await load(tx, actor, id);
    if (h.state !== "paused") return heartbeatView(deps, h);
    const next: HeartbeatRecord = { ...h, state: "pending", updated_at: iso(deps.clock.now()) };
    await tx.heartbeats.update(next);
    return heartbeatView(deps, next);
  });
}

export async function listHeartbeatPings(deps: HeartbeatDeps, actor: Actor, id: string, page: PageQuery) {
  await load(deps.store, actor, id);
  return deps.store.heartbeats.pings(actor.orgId, id, page);
}

// ---- pings ----

export interface PingSignal {
  kind: HeartbeatPingKind;
  exit_code: number | null;
}
export interface PingMeta {
  method: string;
  rid: string | null;
  user_agent: string | null;
  body: string | null;
}

/** `undefined` (no signal) → success; `start` / `fail` / `log`; `0` → success, `1`–`255` → fail; else null. */
export function parseSignal(signal: string | undefined): PingSignal | null {
  if (signal === undefined || signal === "") return { kind: "success", exit_code: null };
  if (signal === "start" || signal === "fail" || signal === "log") return { kind: signal, exit_code: null };
  if (!/^[0-9]{1,3}$/.test(signal)) return null;
  const code = Number(signal);
  if (code > 255) return null;
  return { kind: code === 0 ? "success" : "fail", exit_code: code };
}

const systemActor = (orgId: string): Actor => ({ orgId, source: "auto_heartbeat", causedBy: null });

/** Why the heartbeat went down, for its `heartbeat.missed` event and its incident. */
type DownReason = "late" | "run_timeout" | "failed";

/** What going down did about the heartbeat's incident: the one opened, or what was held back and why. */
interface IncidentOutcome {
  incident_id: string | null;
  suppressed: MonitorSuppression | null;
}

function downMessage(h: HeartbeatRecord, reason: DownReason, exitCode: number | null): string {
  if (reason === "failed") return `Heartbeat ${h.name} reported a failure${exitCode !== null ? ` (exit status ${exitCode})` : ""}.`;
  if (reason === "run_timeout") return `A run of heartbeat ${h.name} started at ${h.started_at} and did not finish within its grace of ${h.grace} s.`;
  return `Heartbeat ${h.name} expected a ping by ${h.expected_at ?? "its schedule"} (grace ${h.grace} s) and got none; last ping ${h.last_ping_at ?? "never"}.`;
}

/**
 * The heartbeat `h` (as it was before) just went down, in the caller's transaction: a maintenance window on its
 * service holds the incident back (and the trigger consumer skips the runs); else, with `auto_incident`, its
 * incident is opened under the organization's safeguards. Sets `after.incident_id` when one was opened.
 */
async function onDown(tx: Tx, deps: Deps, h: HeartbeatRecord, after: HeartbeatRecord, reason: DownReason, exitCode: number | null, nowMs: number): Promise<IncidentOutcome> {
  const window = h.service_id ? await tx.maintenanceWindows.activeFor(h.organization_id, h.service_id, iso(nowMs)) : null;
  if (window) {
    return {
      incident_id: null,
      suppressed: {
        reason: "maintenance_window",
        detail: `Service ${h.service_id} is under maintenance window ${window.id} until ${window.ends_at}: no incident opened and no workflow runs started.`,
      },
    };
  }
  if (!h.auto_incident) return { incident_id: null, suppressed: null };
  const opened = await openAutomaticIncident(
    { store: within(deps.store, tx), clock: deps.clock },
    systemActor(h.organization_id),
    { title: `${h.name} is down`, severity: "major", message: downMessage(h, reason, exitCode), service_ids: h.service_id ? [h.service_id] : [] },
    h.id,
  );
  if (!opened.incident) return { incident_id: null, suppressed: opened.suppressed };
  after.incident_id = opened.incident.id;
  return { incident_id: opened.incident.id, suppressed: null };
}

/** A good ping after the heartbeat's own incident was opened: resolve it (unless a person already did), forget it. */
async function onGoodPing(tx: Tx, deps: Deps, h: HeartbeatRecord, after: HeartbeatRecord): Promise<string | null> {
  if (h.incident_id === null) return null;
  const open = await tx.incidents.get(h.organization_id, h.incident_id);
  if (open && !isResolvedOrLater(open.status) && open.archived_at === null) {
    await resolveIncident({ store: within(deps.store, tx), clock: deps.clock }, systemActor(h.organization_id), open.id, `Heartbeat ${h.name} pinged again.`);
  }
  after.incident_id = null;
  return h.incident_id;
}

/**
 * Applies one ping to the heartbeat `id` in the caller's transaction: records it, moves the state and the deadline
 * job, and writes `heartbeat.missed` (a failure) or `heartbeat.recovered` (a good ping after `down`), opening or
 * resolving the heartbeat's incident. False when the heartbeat is gone (deleted between the lookup and now).
 */
export async function applyPing(tx: Tx, deps: Deps, orgId: string, id: string, signal: PingSignal, meta: PingMeta, nowMs: number): Promise<boolean> {
  const h = await tx.heartbeats.get(orgId, id);
  if (!h) return false;
  const now = iso(nowMs);
  const next: HeartbeatRecord = { ...h, last_ping_at: now, last_ping_kind: signal.kind, updated_at: now };
  let duration: number | null = null;
  /** Whether this finish closes the watched run: no run ids involved, or the same one. */
  const finishesRun = h.started_at !== null && (meta.rid === null || h.started_rid === null || meta.rid === h.started_rid);
  if (signal.kind === "success" || signal.kind === "fail") {
    if (finishesRun) {
      duration = nowMs - Date.parse(h.started_at!);
      next.started_at = null;
      next.started_rid = null;
    }
  }
  const actor = systemActor(orgId);
  const ref = { type: "heartbeat" as const, id: h.id };
  switch (signal.kind) {
    case "log":
      next.last_ping_at = h.last_ping_at;
      next.last_ping_kind = h.last_ping_kind;
      break;
    case "start":
      next.started_at = now;
      next.started_rid = meta.rid;
      if (h.state === "paused") next.state = "pending";
      break;
    case "success":
      next.state = "up";
      next.expected_at = iso(nextExpectedMs(h, nowMs));
      break;
    case "fail":
      next.state = "down";
      next.expected_at = null;
      break;
  }
  await armDeadline(tx, next, nowMs);
  let outcome: IncidentOutcome = { incident_id: null, suppressed: null };
  const wentDown = signal.kind === "fail" && h.state !== "down";
  if (wentDown) outcome = await onDown(tx, deps, h, next, "failed", signal.exit_code, nowMs);
  else if (signal.kind === "success") outcome = { incident_id: await onGoodPing(tx, deps, h, next), suppressed: null };
  await tx.heartbeats.update(next);
  await tx.heartbeats.addPing({
    id: newId("hbp"),
    organization_id: orgId,
    heartbeat_id: h.id,
    kind: signal.kind,
    exit_code: signal.exit_code,
    rid: meta.rid,
    method: meta.method,
    user_agent: meta.user_agent,
    body: meta.body,
    duration_ms: duration,
    incident_id: outcome.incident_id,
    suppressed: outcome.suppressed,
    created_at: now,
  });
  if (wentDown) {
    await recordEvent(tx, actor, nowMs, "heartbeat.missed", ref, heartbeatEventData(next, { reason: "failed", exit_code: signal.exit_code }));
  } else if (signal.kind === "success" && h.state === "down") {
    await recordEvent(tx, actor, nowMs, "heartbeat.recovered", ref, heartbeatEventData(next, { reason: null, exit_code: signal.exit_code }));
  }
  return true;
}

/**
 * The `heartbeat.deadline` job: if the heartbeat's deadline has passed, it goes `down`, `heartbeat.missed` is
 * written with a `missed` history entry (and its incident opened or held back); if a ping moved the deadline
 * meanwhile, the job moves with it; with no deadline left (paused, down, deleted), the job ends.
 */
export async function handleDeadline(lease: Lease<"heartbeat.deadline">, deps: Deps): Promise<void> {
  const { heartbeat_id: id, organization_id: orgId } = lease.job.payload;
  await lease.transaction(async (tx) => {
    const h = await tx.heartbeats.get(orgId, id);
    const due = h ? deadlineMs(h) : null;
    if (!h || due === null) return lease.complete(tx);
    const now = deps.clock.now();
    if (due > now) return lease.reschedule(tx, due);
    const runOverdue = h.started_at !== null && Date.parse(h.started_at) + h.grace * 1000 <= due;
    const reason: DownReason = runOverdue ? "run_timeout" : "late";
    const missed: HeartbeatRecord = { ...h, state: "down", updated_at: iso(now) };
    const data = heartbeatEventData(missed, { reason, exit_code: null });
    missed.expected_at = null;
    missed.deadline_at = null;
    const outcome = await onDown(tx, deps, h, missed, reason, null, now);
    await tx.heartbeats.update(missed);
    await tx.heartbeats.addPing({
      id: newId("hbp"),
      organization_id: orgId,
      heartbeat_id: id,
      kind: "missed",
      exit_code: null,
      rid: null,
      method: null,
      user_agent: null,
      body: null,
      duration_ms: null,
      incident_id: outcome.incident_id,
      suppressed: outcome.suppressed,
      created_at: iso(now),
    });
    await recordEvent(tx, systemActor(orgId), now, "heartbeat.missed", { type: "heartbeat", id }, data);
    await lease.complete(tx);
  });
}

export type { HeartbeatPing };
