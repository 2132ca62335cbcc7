/**
 * A small client for incident.io's public API, through the guarded outbound client (outbound-http.ts: SSRF checks
 * at connect time, no redirects, a whole-call timeout). What it relies on, from incident.io's API reference
 * (api-docs.incident.io, docs.incident.io/api-reference):
 * - Auth: `Authorization: Bearer <API key>`; a key's permissions are fixed when it is created ("View data" reads
 *   severities, "Create incidents" creates, "View all incident data" reads private incidents).
 * - `GET /v1/severities` → `{"severities": [{id, name, description, rank, created_at, updated_at}]}`.
 * - `POST /v2/incidents` with `{idempotency_key, name, summary, severity_id, visibility: public|private, …}`
 *   (idempotency_key, severity_id and visibility are required; the same idempotency_key never opens a second
 *   incident) → `{"incident": {id, name, reference, permalink, severity: {id, name, …}, visibility, created_at, …}}`.
 * - `GET /v2/incidents/{id}` → `{"incident": {…}}` (private incidents need "View all incident data").
 * - `GET /v1/identity` → `{"identity": {name, roles, dashboard_url}}`: "Test if your API key is valid, and which
 *   roles it has".
 * - Errors: `{"type": "validation_error" | "authentication_error" | …, "status", "request_id",
 *   "errors": [{"code", "message", "source": {"field"}}]}`; 429 carries `Retry-After`.
 *
 * The base URL is a server setting (TRIPWIRE_INCIDENT_IO_API_URL, default https://api.incident.io). Loopback is
 * allowed only in development or when that setting is given explicitly (tests point it at a local fake).
 * The API key is never logged and never part of an error message.
 */
import { createHash } from "node:crypto";
import { VERSION } from "../version.ts";
import { guardedPost } from "./outbound-http.ts";

export const DEFAULT_INCIDENT_IO_API_URL = "https://api.incident.io";

export interface IncidentIoSettings {
  /** Without a trailing slash. */
  baseUrl: string;
  allowLoopback: boolean;
  timeoutMs: number;
  resolve?: (host: string) => Promise<string[]>;
}

export const defaultIncidentIoSettings = (): IncidentIoSettings => ({ baseUrl: DEFAULT_INCIDENT_IO_API_URL, allowLoopback: false, timeoutMs: 15_000 });

export type IncidentIoResult<T> =
  | { ok: true; status: number; data: T; latencyMs: number }
  | {
      ok: false;
      /** incident.io's HTTP status, or null when it did not answer. */
      status: number | null;
      /** incident.io's own answer (type and messages), or why there was none. Never holds the key. */
      error: string;
      /** Worth trying again with the same request: 429, 5xx, timeouts and connection failures. */
      retryable: boolean;
      /** From a 429's (or 503's) Retry-After, in ms; null when not given. */
      retryAfterMs: number | null;
      latencyMs: number;
    };

export interface Severity {
  id: string;
  name: string;
  rank: number | null;
}

const USER_AGENT = `Tripwire-Integrations/${VERSION}`;
/** Answers are read whole (up to this): an incident with custom fields is larger than a delivery log excerpt. */
const MAX_ANSWER_BYTES = 512 * 1024;

/** incident.io's error body, in words: `422 validation_error: A severity is required… (severity_id)`. */
export function describeError(status: number, text: string): string {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    const excerpt = text.replace(/\s+/g, " ").trim().slice(0, 200);
    return `incident.io answered ${status}${excerpt ? `: ${excerpt}` : "."}`;
  }
  const b = (body ?? {}) as { type?: unknown; errors?: unknown; request_id?: unknown };
  const messages = Array.isArray(b.errors)
    ? b.errors.flatMap((e) => {
        const item = (e ?? {}) as { message?: unknown; code?: unknown; source?: { field?: unknown } };
        const msg = typeof item.message === "string" ? item.message : typeof item.code === "string" ? item.code : null;
        if (msg === null) return [];
        const field = typeof item.source?.field === "string" ? ` (${item.source.field})` : "";
        return [`${msg}${field}`];
      })
    : [];
  const type = typeof b.type === "string" ? ` ${b.type}` : "";
  const request = typeof b.request_id === "string" ? ` [incident.io request ${b.request_id}]` : "";
  return `incident.io answered ${status}${type}${messages.length ? `: ${messages.join("; ")}` : "."}${request}`;
}

/** Retry-After as seconds or an HTTP date, in ms from `nowMs`; null when absent or unreadable. */
export function retryAfterMs(value: string | null, nowMs: number): number | null {
  if (value === null || value.trim() === "") return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

async function call<T>(settings: IncidentIoSettings, apiKey: string, method: "GET" | "POST", path: string, body?: unknown): Promise<IncidentIoResult<T>> {
  const text = body === undefined ? "" : JSON.stringify(body);
  const r = await guardedPost({
    url: `${settings.baseUrl}${path}`,
    method,
    body: text,
    headers: { authorization: `Bearer ${apiKey}`, accept: "application/json", "user-agent": USER_AGENT, ...(method === "POST" ? { "content-type": "application/json" } : {}) },
    timeoutMs: settings.timeoutMs,
    allowLoopback: settings.allowLoopback,
    maxBodyBytes: MAX_ANSWER_BYTES,
    ...(settings.resolve ? { resolve: settings.resolve } : {}),
  });
  if (!r.ok) {
    const retryable = r.errorClass === "timeout" || r.errorClass === "connect" || r.errorClass === "dns";
    return { ok: false, status: null, error: `incident.io did not answer (${r.errorClass}): ${r.error}`, retryable, retryAfterMs: null, latencyMs: r.latencyMs };
  }
  if (r.status < 200 || r.status >= 300) {
    const retryable = r.status === 429 || r.status >= 500;
    return { ok: false, status: r.status, error: describeError(r.status, r.bodyExcerpt), retryable, retryAfterMs: retryAfterMs(r.retryAfter, Date.now()), latencyMs: r.latencyMs };
  }
  try {
    return { ok: true, status: r.status, data: JSON.parse(r.bodyExcerpt) as T, latencyMs: r.latencyMs };
  } catch {
    return { ok: false, status: r.status, error: `incident.io answered ${r.status} with a body that is not JSON.`, retryable: false, retryAfterMs: null, latencyMs: r.latencyMs };
  }
}

const record = (v: unknown): Record<string, unknown> | null => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null);

/** `GET /v1/severities`: the organization's severities (id, name, rank). */
export async function listSeverities(settings: IncidentIoSettings, apiKey: string): Promise<IncidentIoResult<Severity[]>> {
  const r = await call<unknown>(settings, apiKey, "GET", "/v1/severities");
  if (!r.ok) return r;
  const list = record(r.data)?.severities;
  if (!Array.isArray(list)) return { ok: false, status: r.status, error: "incident.io's severities answer has no `severities` list.", retryable: false, retryAfterMs: null, latencyMs: r.latencyMs };
  const severities = list.flatMap((s) => {
    const o = record(s);
    return o && typeof o.id === "string" && typeof o.name === "string" ? [{ id: o.id, name: o.name, rank: typeof o.rank === "number" ? o.rank : null }] : [];
  });
  return { ...r, data: severities };
}

export interface Identity {
  name: string | null;
  roles: string[];
  dashboard_url: string | null;
}

/** `GET /v1/identity`: the key's name and roles. */
export async function getIdentity(settings: IncidentIoSettings, apiKey: string): Promise<IncidentIoResult<Identity>> {
  const r = await call<unknown>(settings, apiKey, "GET", "/v1/identity");
  if (!r.ok) return r;
  const o = record(record(r.data)?.identity);
  if (!o) return { ok: false, status: r.status, error: "incident.io's identity answer has no `identity` object.", retryable: false, retryAfterMs: null, latencyMs: r.latencyMs };
  const roles = Array.isArray(o.roles) ? o.roles.filter((x): x is string => typeof x === "string") : [];
  return { ...r, data: { name: typeof o.name === "string" ? o.name : null, roles, dashboard_url: typeof o.dashboard_url === "string" ? o.dashboard_url : null } };
}

export interface CreateIncidentBody {
  idempotency_key: string;
  name: string;
  summary?: string;
  severity_id: string;
  visibility: "public" | "private";
}

/** `POST /v2/incidents`: the created incident (or, for an idempotency_key seen before, the one it created). */
export async function createIncident(settings: IncidentIoSettings, apiKey: string, body: CreateIncidentBody): Promise<IncidentIoResult<Record<string, unknown>>> {
  return unwrapIncident(await call<unknown>(settings, apiKey, "POST", "/v2/incidents", body));
}

/** `GET /v2/incidents/{id}`. */
export async function getIncident(settings: IncidentIoSettings, apiKey: string, id: string): Promise<IncidentIoResult<Record<string, unknown>>> {
  return unwrapIncident(await call<unknown>(settings, apiKey, "GET", `/v2/incidents/${encodeURIComponent(id)}`));
}

function unwrapIncident(r: IncidentIoResult<unknown>): IncidentIoResult<Record<string, unknown>> {
  if (!r.ok) return r;
  const incident = record(record(r.data)?.incident);
  if (!incident) return { ok: false, status: r.status, error: "incident.io's answer has no `incident` object.", retryable: false, retryAfterMs: null, latencyMs: r.latencyMs };
  return { ...r, data: incident };
}

/**
 * Severities lists, kept briefly (60 s) per API base and key, so a workflow that opens many incidents, or an
 * activation right after a test, does not list them each time. Keyed by a hash: the key itself is not kept here.
 */
export class SeverityCache {
  private entries = new Map<string, { atMs: number; severities: Severity[] }>();
  constructor(private ttlMs = 60_000) {}

  async get(settings: IncidentIoSettings, apiKey: string, nowMs: number = Date.now()): Promise<IncidentIoResult<Severity[]>> {
    const key = createHash("sha256").update(`${settings.baseUrl}\n${apiKey}`).digest("base64url");
    const hit = this.entries.get(key);
    if (hit && nowMs - hit.atMs < this.ttlMs) return { ok: true, status: 200, data: hit.severities, latencyMs: 0 };
    const r = await listSeverities(settings, apiKey);
    if (r.ok) {
      if (this.entries.size > 1000) this.entries.clear();
      this.entries.set(key, { atMs: nowMs, severities: r.data });
    }
    return r;
  }
}

/** The process's cache (activation checks and steps share it). */
export const severityCache = new SeverityCache();

/** A severity given by id or by name (case-insensitive), or null. */
export function findSeverity(severities: readonly Severity[], given: string): Severity | null {
  const g = given.trim();
  return severities.find((s) => s.id === g) ?? severities.find((s) => s.name.toLowerCase() === g.toLowerCase()) ?? null;
}
