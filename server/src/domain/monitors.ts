/**
 * Uptime monitors (issue #14): the `/monitors` resource, pause/resume, the check history, and maintenance windows.
 * A monitor's checks run on the durable queue: one `monitor.check` job per monitor (its id is the monitor's id),
 * queued when the monitor is created or resumed, moved to its next slot by each check (engine/monitor-checker.ts,
 * domain/monitor-check.ts), deleted when it is paused or deleted. Nothing per monitor is held in memory.
 *
 * Header values may be credentials: sealed like webhook headers and shown as `tw_sealed_v1.<ref>` references.
 */
import { iso } from "../clock.ts";
import { ApiError } from "../errors.ts";
import { newId } from "../ids.ts";
import { checkHeaders } from "../outbound/headers.ts";
import { checkProbeUrl } from "../outbound/probe.ts";
import { enqueue } from "../queue/jobs.ts";
import type { SecretBox } from "../secrets/secret-box.ts";
import { openValues, redactValues, sealValues } from "../secrets/sealed-values.ts";
import type { MaintenanceWindowRecord, MonitorFilter, MonitorRecord, PageQuery, Repos } from "../store/types.ts";
import type { FieldError, MaintenanceWindow, Monitor, MonitorCheck } from "../types.ts";
import type { Actor, Deps } from "./context.ts";

/** What the server allows monitors to do (config.ts): development mode and private targets. */
export interface MonitorSettings {
  /** TRIPWIRE_DEV=1: frequencies down to 1 s, loopback targets. */
  dev: boolean;
  /** TRIPWIRE_MONITORS_ALLOW_PRIVATE=1: private and loopback targets. */
  allowPrivate: boolean;
}
export interface MonitorDeps extends Deps {
  box: SecretBox;
  monitors: MonitorSettings;
}

export const MIN_FREQUENCY_S = 30;
export const DEV_MIN_FREQUENCY_S = 1;
const DEFAULTS = {
  method: "GET" as const,
  check_frequency: 60,
  request_timeout: 30,
  expected_status_codes: ["2xx"] as (number | string)[],
  keyword_mode: "must_contain" as const,
  follow_redirects: true,
  confirmation: 3,
  recovery: 2,
  auto_incident: false,
};

type Settable = Omit<Monitor, "id" | "state" | "last_checked_at" | "last_error" | "incident_id" | "created_at" | "updated_at">;
export type MonitorInput = { [K in keyof Settable]?: Settable[K] | undefined };

export function publicMonitor(m: MonitorRecord): Monitor {
  const { organization_id: _o, failures: _f, successes: _s, ...rest } = m;
  return { ...rest, headers: redactValues(m.headers) };
}

/** The monitor with its real header values, to check with (never stored or shown). */
export function forChecking(box: SecretBox, m: MonitorRecord): MonitorRecord {
  return { ...m, headers: openValues(m.headers, box) };
}

const pointer = (name: string) => `#/headers/${name.replaceAll("~", "~0").replaceAll("/", "~1")}`;

function sealedHeaders(box: SecretBox, headers: Record<string, string>, previous?: Record<string, string>): Record<string, string> {
  const { value, problems } = sealValues(headers, box, previous);
  if (problems.length) throw ApiError.validation(problems.map((p) => ({ in: "body", pointer: pointer(p.name), detail: p.detail })));
  return value;
}

/** The rules the contract cannot state: the target, the frequency floor, timeout ≤ frequency, headers. */
function validate(settings: MonitorSettings, m: Pick<Monitor, "url" | "check_frequency" | "request_timeout">, input: MonitorInput): FieldError[] {
  const errors: FieldError[] = [...checkHeaders(input.headers)];
  if (input.url !== undefined) {
    const why = checkProbeUrl(input.url, { allowLoopback: settings.dev, allowPrivate: settings.allowPrivate });
    if (why) errors.push({ in: "body", pointer: "#/url", detail: why });
  }
  const min = settings.dev ? DEV_MIN_FREQUENCY_S : MIN_FREQUENCY_S;
  if (m.check_frequency < min) {
    errors.push({
      in: "body",
      pointer: "#/check_frequency",
      detail: `Must be at least ${min} seconds${settings.dev ? "" : " (1 in development mode, TRIPWIRE_DEV=1)"}; got ${m.check_frequency}.`,
    });
  }
  if (m.request_timeout > m.check_frequency && input.request_timeout !== undefined) {
    errors.push({ in: "body", pointer: "#/request_timeout", detail: `Must be at most check_frequency (${m.check_frequency} s); got ${m.request_timeout}.` });
  }
  return errors;
}

async function checkService(tx: Repos, actor: Actor, serviceId: string | null | undefined): Promise<void> {
  if (serviceId && !(await tx.services.get(actor.orgId, serviceId))) {
    throw ApiError.validation([{ in: "body", pointer: "#/service_id", detail: `No service ${serviceId}.` }]);
  }
}

async function load(tx: Repos, actor: Actor, id: string): Promise<MonitorRecord> {
  const m = await tx.monitors.get(actor.orgId, id);
  if (!m) throw ApiError.notFound("monitor", id);
  return m;
}

/** Queues the monitor's next check at `runAtMs` (the same job row whatever was queued before). */
export function scheduleCheck(tx: Repos, m: Pick<MonitorRecord, "id" | "organization_id">, runAtMs: number, nowMs: number): Promise<void> {
  return enqueue(tx, { id: m.id, kind: "monitor.check", payload: { monitor_id: m.id, organization_id: m.organization_id }, runAtMs }, nowMs);
}

export async function createMonitor(deps: MonitorDeps, actor: Actor, input: MonitorInput & { name: string; url: string }): Promise<Monitor> {
  const frequency = input.check_frequency ?? DEFAULTS.check_frequency;
  const timeout = input.request_timeout ?? Math.min(DEFAULTS.request_timeout, frequency);
  const errors = validate(deps.monitors, { url: input.url, check_frequency: frequency, request_timeout: timeout }, input);
  if (errors.length) throw ApiError.validation(errors);
  const nowMs = deps.clock.now();
  const record: MonitorRecord = {
    id: newId("mon"),
    organization_id: actor.orgId,
    name: input.name,
    url: input.url,
    method: input.method ?? DEFAULTS.method,
    headers: sealedHeaders(deps.box, input.headers ?? {}),
    body: input.body ?? null,
    check_frequency: frequency,
    request_timeout: timeout,
    expected_status_codes: input.expected_status_codes ?? DEFAULTS.expected_status_codes,
    keyword: input.keyword ?? null,
    keyword_mode: input.keyword_mode ?? DEFAULTS.keyword_mode,
    follow_redirects: input.follow_redirects ?? DEFAULTS.follow_redirects,
    service_id: input.service_id ?? null,
    confirmation: input.confirmation ?? DEFAULTS.confirmation,
    recovery: input.recovery ?? DEFAULTS.recovery,
    auto_incident: input.auto_incident ?? DEFAULTS.auto_incident,
    state: "pending",
    last_checked_at: null,
    last_error: null,
    incident_id: null,
    created_at: iso(nowMs),
    updated_at: iso(nowMs),
    failures: 0,
    successes: 0,
  };
  await deps.store.transaction(async (tx) => {
    await checkService(tx, actor, record.service_id);
    await tx.monitors.create(record);
    await scheduleCheck(tx, record, nowMs, nowMs);
  });
  return publicMonitor(record);
}

export async function getMonitor(deps: Deps, actor: Actor, id: string): Promise<Monitor> {
  return publicMonitor(await load(deps.store, actor, id));
}

export async function listMonitors(deps: Deps, actor: Actor, filter: MonitorFilter, page: PageQuery) {
  const p = await deps.store.monitors.list(actor.orgId, filter, page);
  return { items: p.items.map(publicMonitor), nextAfter: p.nextAfter };
}

export async function updateMonitor(deps: MonitorDeps, actor: Actor, id: string, input: MonitorInput): Promise<Monitor> {
  return deps.store.transaction(async (tx) => {
    const before = await load(tx, actor, id);
    const frequency = input.check_frequency ?? before.check_frequency;
    const timeout = input.request_timeout ?? Math.min(before.request_timeout, frequency);
    const errors = validate(deps.monitors, { url: input.url ?? before.url, check_frequency: frequency, request_timeout: timeout }, input);
    if (errors.length) throw ApiError.validation(errors);
    await checkService(tx, actor, input.service_id);
    const nowMs = deps.clock.now();
    const after: MonitorRecord = { ...before };
    for (const [k, v] of Object.entries(input)) if (v !== undefined && k !== "headers") (after as unknown as Record<string, unknown>)[k] = v;
    after.check_frequency = frequency;
    after.request_timeout = timeout;
    if (input.headers !== undefined) after.headers = sealedHeaders(deps.box, input.headers, before.headers);
    after.updated_at = iso(nowMs);
    await tx.monitors.update(after);
    // A shorter frequency applies now rather than after the old, longer wait.
    if (after.state !== "paused" && frequency < before.check_frequency) await scheduleCheck(tx, after, nowMs, nowMs);
    return publicMonitor(after);
  });
}

export async function deleteMonitor(deps: Deps, actor: Actor, id: string): Promise<void> {
  await deps.store.transaction(async (tx) => {
    await load(tx, actor, id);
    await tx.monitors.delete(actor.orgId, id);
    await tx.jobs.delete(id);
  });
}

export async function pauseMonitor(deps: Deps, actor: Actor, id: string): Promise<Monitor> {
  return deps.store.transaction(async (tx) => {
    const before = await load(tx, actor, id);
    if (before.state === "paused") throw ApiError.invalidTransition(`Monitor ${id} is already paused.`);
    const after: MonitorRecord = { ...before, state: "paused", failures: 0, successes: 0, updated_at: iso(deps.clock.now()) };
    await tx.monitors.update(after);
    // A check already running loses its lease and records nothing.
    await tx.jobs.delete(id);
    return publicMonitor(after);
  });
}

export async function resumeMonitor(deps: Deps, actor: Actor, id: string): Promise<Monitor> {
  return deps.store.transaction(async (tx) => {
    const before = await load(tx, actor, id);
    if (before.state !== "paused") throw ApiError.invalidTransition(`Monitor ${id} is not paused (it is ${before.state}).`);
    const nowMs = deps.clock.now();
    const after: MonitorRecord = { ...before, state: "pending", failures: 0, successes: 0, updated_at: iso(nowMs) };
    await tx.monitors.update(after);
    await scheduleCheck(tx, after, nowMs, nowMs);
    return publicMonitor(after);
  });
}

export async function listMonitorChecks(deps: Deps, actor: Actor, id: string, page: PageQuery) {
  await load(deps.store, actor, id);
  const p = await deps.store.monitorChecks.list(actor.orgId, id, page);
  return { items: p.items.map(({ organization_id: _o, ...c }): MonitorCheck => c), nextAfter: p.nextAfter };
}

// ---- maintenance windows ----

const publicWindow = ({ organization_id: _o, ...w }: MaintenanceWindowRecord): MaintenanceWindow => w;

async function loadWindow(tx: Repos, actor: Actor, id: string): Promise<MaintenanceWindowRecord> {
  const w = await tx.maintenanceWindows.get(actor.orgId, id);
  if (!w) throw ApiError.notFound("maintenance window", id);
  return w;
}

function checkSpan(startsAt: string, endsAt: string): void {
  if (Date.parse(endsAt) <= Date.parse(startsAt)) throw ApiError.validation([{ in: "body", pointer: "#/ends_at", detail: "Must be after starts_at." }]);
}

/** ISO times are stored normalized (UTC, milliseconds) so the store compares them as text. */
const normalized = (t: string) => new Date(t).toISOString();

export async function createMaintenanceWindow(deps: Deps, actor: Actor, input: { service_id: string; title?: string | null | undefined; starts_at: string; ends_at: string }) {
  checkSpan(input.starts_at, input.ends_at);
  const now = iso(deps.clock.now());
  const record: MaintenanceWindowRecord = {
    id: newId("mnt"),
    organization_id: actor.orgId,
    service_id: input.service_id,
    title: input.title ?? null,
    starts_at: normalized(input.starts_at),
    ends_at: normalized(input.ends_at),
    created_at: now,
    updated_at: now,
  };
  await deps.store.transaction(async (tx) => {
    await checkService(tx, actor, input.service_id);
    await tx.maintenanceWindows.create(record);
  });
  return publicWindow(record);
}

export async function getMaintenanceWindow(deps: Deps, actor: Actor, id: string) {
  return publicWindow(await loadWindow(deps.store, actor, id));
}

export async function listMaintenanceWindows(deps: Deps, actor: Actor, page: PageQuery) {
  const p = await deps.store.maintenanceWindows.list(actor.orgId, page);
  return { items: p.items.map(publicWindow), nextAfter: p.nextAfter };
}

export async function updateMaintenanceWindow(deps: Deps, actor: Actor, id: string, input: { title?: string | null | undefined; starts_at?: string | undefined; ends_at?: string | undefined }) {
  return deps.store.transaction(async (tx) => {
    const before = await loadWindow(tx, actor, id);
    const after: MaintenanceWindowRecord = {
      ...before,
      title: input.title === undefined ? before.title : input.title,
      starts_at: input.starts_at ? normalized(input.starts_at) : before.starts_at,
      ends_at: input.ends_at ? normalized(input.ends_at) : before.ends_at,
      updated_at: iso(deps.clock.now()),
    };
    checkSpan(after.starts_at, after.ends_at);
    await tx.maintenanceWindows.update(after);
    return publicWindow(after);
  });
}

export async function deleteMaintenanceWindow(deps: Deps, actor: Actor, id: string) {
  await deps.store.transaction(async (tx) => {
    await loadWindow(tx, actor, id);
    await tx.maintenanceWindows.delete(actor.orgId, id);
  });
}
