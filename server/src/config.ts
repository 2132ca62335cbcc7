import { DEFAULT_RETRY_SCHEDULE_MS, parseRetrySchedule } from "./delivery/retry-schedule.ts";
import { DEFAULT_LEASE_MS } from "./queue/worker.ts";
import { defaultRetentionPolicy, parseDuration, type RetentionPolicy } from "./domain/retention.ts";

/** Environment in, typed configuration out. Invalid values stop the server with a message, not a stack. */
export interface Config {
  host: string;
  port: number;
  databasePath: string;
  /** TRIPWIRE_DATABASE_URL (postgres://…): the PostgreSQL store instead of the SQLite file at `databasePath`. */
  databaseUrl: string | undefined;
  /** TRIPWIRE_DATABASE_POOL_SIZE: PostgreSQL connections per pool (the store keeps two: transactions and reads). */
  databasePoolSize: number;
  /**
   * TRIPWIRE_REUSE_PORT=1: listen with SO_REUSEPORT, so several server processes on one machine share one port and
   * the kernel spreads connections across them (Linux).
   */
  reusePort: boolean;
  /** Development mode: loopback webhook URLs allowed, and so on. Never in production. */
  dev: boolean;
  rateLimitPerMinute: number;
  logLevel: string;
  /** Delays before each webhook retry, in ms (TRIPWIRE_WEBHOOK_RETRY_SCHEDULE, seconds, comma-separated). */
  webhookRetryScheduleMs: readonly number[];
  webhookTimeoutMs: number;
  /** TRIPWIRE_SECRET_KEY: base64 of 32 bytes for encrypting secrets at rest (else a key file beside the database). */
  secretKey: string | undefined;
  /** SMTP_URL, e.g. smtp://user:pass@mail.example.com:587 (smtps:// for TLS). Email is off without it. */
  smtpUrl: string | undefined;
  /** TRIPWIRE_EMAIL_FROM: the From address of notification emails. */
  emailFrom: string;
  /**
   * TRIPWIRE_PUBLIC_URL: the address people reach this server at (e.g. https://tripwire.example.com), without a
   * trailing slash. Links in Slack, email and paging messages are made absolute with it. Unset: where the server
   * listens (http://HOST:PORT, once the port is known).
   */
  publicUrl: string | undefined;
  /** TRIPWIRE_JOB_LEASE_MS: how long a queue job's lease lasts without a heartbeat (a dead process's work waits this long). */
  jobLeaseMs: number;
  /**
   * Retention (README "Storage and retention"): TRIPWIRE_RETENTION_EVENTS, _RUNS, _DELIVERIES, _MONITOR_HISTORY
   * (server-wide defaults, e.g. 30d, 12h, 5m, 10s), _MAX (the longest an organization may choose),
   * _INTERVAL (how often the pruner runs) and _BATCH (rows per transaction).
   */
  retention: RetentionPolicy;
  /** TRIPWIRE_PING_RATE_LIMIT: pings a heartbeat's ping URL accepts per minute (429 beyond). */
  pingRateLimitPerMinute: number;
  /**
   * TRIPWIRE_DEV_OUTBOUND_OVERRIDES (only with TRIPWIRE_DEV): `origin=loopback origin` pairs, comma-separated, e.g.
   * `https://api.example.com=http://127.0.0.1:4100`. Outbound calls (webhooks, channels, execute_webhook) to a
   * listed origin go to the loopback one instead, with the original Host, so documented examples that call
   * public hosts can run end to end on a machine without internet. Empty: none.
   */
  outboundOverrides: ReadonlyMap<string, string>;
  /**
   * TRIPWIRE_INCIDENT_IO_API_URL: incident.io's API (default https://api.incident.io), without a trailing slash.
   * Set explicitly, it is trusted as the operator's choice: loopback and plain-http loopback addresses are then
   * allowed for it (tests point it at a local fake), as they are for everything in development mode.
   */
  incidentIoApiUrl: string;
  incidentIoAllowLoopback: boolean;
  /**
   * Uptime monitors (README "Monitors"): TRIPWIRE_MONITORS_ALLOW_PRIVATE=1 lets monitors check private and loopback
   * addresses (self-hosted servers watching their own network); link-local (cloud metadata) stays refused.
   */
  monitors: { allowPrivate: boolean };
}

export class ConfigError extends Error {}

function int(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(`${name} must be an integer from ${min} to ${max}; got "${raw}".`);
  return n;
}

function flag(name: string, raw: string | undefined): boolean {
  if (raw === undefined || raw === "" || raw === "0" || raw === "false") return false;
  if (raw === "1" || raw === "true") return true;
  throw new ConfigError(`${name} must be 1 or 0 (true or false); got "${raw}".`);
}

function schedule(raw: string | undefined): readonly number[] {
  try {
    return parseRetrySchedule(raw) ?? DEFAULT_RETRY_SCHEDULE_MS;
  } catch (e) {
    throw new ConfigError(`TRIPWIRE_WEBHOOK_RETRY_SCHEDULE: ${(e as Error).message}`);
  }
}

/**
 * TRIPWIRE_DATABASE is a SQLite file path. A URL there (postgres://…) would otherwise become a file at
 * ./postgres:/…, and the server would run on an empty local database. Only the scheme is echoed: the rest of a
 * URL may hold a password.
 */
function databasePath(raw: string | undefined): string {
  if (!raw) return "./data/tripwire.db";
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(raw)?.[1];
  if (scheme === undefined) return raw;
  const postgres = /^postgres(ql)?$/i.test(scheme);
  throw new ConfigError(
    postgres
      ? `TRIPWIRE_DATABASE is a ${scheme}:// URL, but it names a SQLite file: for PostgreSQL put the URL in TRIPWIRE_DATABASE_URL instead; for SQLite set it to a file path, e.g. ./data/tripwire.db.`
      : `TRIPWIRE_DATABASE is a ${scheme}:// URL, but it names a SQLite file: set it to a file path, e.g. ./data/tripwire.db.`,
  );
}

function publicUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || raw.trim() === "") return undefined;
  const text = raw.trim();
  const url = URL.canParse(text) ? new URL(text) : undefined;
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || url.search !== "" || url.hash !== "" || url.username !== "" || url.password !== "") {
    throw new ConfigError(`TRIPWIRE_PUBLIC_URL must be an http(s) URL without query, fragment or credentials, e.g. https://tripwire.example.com; got "${raw}".`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
}

/** The default public URL: where the server listens; a wildcard address (0.0.0.0, ::) is reached as localhost. */
export function listenUrl(host: string, port: number): string {
  const h = host === "0.0.0.0" || host === "::" || host === "" ? "localhost" : host.includes(":") ? `[${host}]` : host;
  return `http://${h}:${port}`;
}

/**
 * TRIPWIRE_DATABASE_URL selects the PostgreSQL store. Only the scheme is echoed in errors (the URL may hold a
 * password). Every process sharing the database must seal secrets with the same key, so it comes from
 * TRIPWIRE_SECRET_KEY, not from a key file on one machine's disk.
 */
function databaseUrl(env: Record<string, string | undefined>): string | undefined {
  const raw = env.TRIPWIRE_DATABASE_URL;
  if (!raw) return undefined;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(raw)?.[1];
  if (scheme === undefined || !/^postgres(ql)?$/i.test(scheme)) {
    throw new ConfigError(`TRIPWIRE_DATABASE_URL must be a postgres:// or postgresql:// URL${scheme ? `; got a ${scheme}:// URL` : ""}.`);
  }
  if (env.TRIPWIRE_DATABASE) {
    throw new ConfigError("TRIPWIRE_DATABASE (a SQLite file) and TRIPWIRE_DATABASE_URL (PostgreSQL) are both set: set only the one to use.");
  }
  if (!env.TRIPWIRE_SECRET_KEY) {
    throw new ConfigError(
      "TRIPWIRE_DATABASE_URL needs TRIPWIRE_SECRET_KEY (openssl rand -base64 32): every process using the database must seal secrets with the same key.",
    );
  }
  return raw;
}

function duration(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === "") return fallback;
  try {
    return parseDuration(raw);
  } catch (e) {
    throw new ConfigError(`${name}: ${(e as Error).message}`);
  }
}

function retention(env: Record<string, string | undefined>, dev: boolean): RetentionPolicy {
  const base = defaultRetentionPolicy(dev);
  const maxSeconds = duration("TRIPWIRE_RETENTION_MAX", env.TRIPWIRE_RETENTION_MAX, base.maxSeconds);
  if (maxSeconds < base.minSeconds) throw new ConfigError(`TRIPWIRE_RETENTION_MAX must be at least ${base.minSeconds}s.`);
  const kind = (name: string, fallback: number) => {
    const s = duration(name, env[name], fallback);
    if (s > maxSeconds) throw new ConfigError(`${name} is longer than TRIPWIRE_RETENTION_MAX (${maxSeconds}s).`);
    return s;
  };
  return {
    defaults: {
      events: kind("TRIPWIRE_RETENTION_EVENTS", base.defaults.events),
      runs: kind("TRIPWIRE_RETENTION_RUNS", base.defaults.runs),
      deliveries: kind("TRIPWIRE_RETENTION_DELIVERIES", base.defaults.deliveries),
      monitor_history: kind("TRIPWIRE_RETENTION_MONITOR_HISTORY", base.defaults.monitor_history),
    },
    minSeconds: base.minSeconds,
    maxSeconds,
    everyMs: duration("TRIPWIRE_RETENTION_INTERVAL", env.TRIPWIRE_RETENTION_INTERVAL, base.everyMs / 1000) * 1000,
    batch: int("TRIPWIRE_RETENTION_BATCH", env.TRIPWIRE_RETENTION_BATCH, base.batch, 1, 100_000),
  };
}

function outboundOverrides(raw: string | undefined, dev: boolean): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  if (raw === undefined || raw.trim() === "") return map;
  const name = "TRIPWIRE_DEV_OUTBOUND_OVERRIDES";
  if (!dev) throw new ConfigError(`${name} is for development and tests only: it needs TRIPWIRE_DEV=1.`);
  for (const pair of raw.split(",").map((p) => p.trim()).filter((p) => p !== "")) {
    const [from, to, ...rest] = pair.split("=");
    const origin = (s: string | undefined) => (s !== undefined && URL.canParse(s.trim()) ? new URL(s.trim()) : undefined);
    const f = origin(from);
    const t = origin(to);
    const loopback = t !== undefined && ["127.0.0.1", "[::1]", "localhost"].includes(t.hostname);
    if (rest.length || !f || !t || !/^https?:$/.test(f.protocol) || !/^https?:$/.test(t.protocol) || !loopback) {
      throw new ConfigError(`${name}: each entry is origin=loopback origin, e.g. https://api.example.com=http://127.0.0.1:4100; got "${pair}".`);
    }
    map.set(f.origin, t.origin);
  }
  return map;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const dev = env.TRIPWIRE_DEV === "1" || env.TRIPWIRE_DEV === "true";
  return {
    host: env.HOST || "127.0.0.1",
    port: int("PORT", env.PORT, 3000, 0, 65535),
    databasePath: databasePath(env.TRIPWIRE_DATABASE),
    databaseUrl: databaseUrl(env),
    databasePoolSize: int("TRIPWIRE_DATABASE_POOL_SIZE", env.TRIPWIRE_DATABASE_POOL_SIZE, 10, 1, 1000),
    reusePort: flag("TRIPWIRE_REUSE_PORT", env.TRIPWIRE_REUSE_PORT),
    dev,
    rateLimitPerMinute: int("TRIPWIRE_RATE_LIMIT", env.TRIPWIRE_RATE_LIMIT, 600, 1, 10_000_000),
    logLevel: env.LOG_LEVEL || "info",
    webhookRetryScheduleMs: schedule(env.TRIPWIRE_WEBHOOK_RETRY_SCHEDULE),
    webhookTimeoutMs: int("TRIPWIRE_WEBHOOK_TIMEOUT_MS", env.TRIPWIRE_WEBHOOK_TIMEOUT_MS, 30_000, 100, 120_000),
    secretKey: env.TRIPWIRE_SECRET_KEY || undefined,
    smtpUrl: env.SMTP_URL || undefined,
    emailFrom: env.TRIPWIRE_EMAIL_FROM || "Tripwire <tripwire@localhost>",
    publicUrl: publicUrl(env.TRIPWIRE_PUBLIC_URL),
    jobLeaseMs: int("TRIPWIRE_JOB_LEASE_MS", env.TRIPWIRE_JOB_LEASE_MS, DEFAULT_LEASE_MS, 300, 600_000),
    retention: retention(env, dev),
    pingRateLimitPerMinute: int("TRIPWIRE_PING_RATE_LIMIT", env.TRIPWIRE_PING_RATE_LIMIT, 600, 1, 10_000_000),
    outboundOverrides: outboundOverrides(env.TRIPWIRE_DEV_OUTBOUND_OVERRIDES, dev),
    incidentIoApiUrl: incidentIoApiUrl(env.TRIPWIRE_INCIDENT_IO_API_URL),
    incidentIoAllowLoopback: dev || (env.TRIPWIRE_INCIDENT_IO_API_URL ?? "").trim() !== "",
    monitors: { allowPrivate: env.TRIPWIRE_MONITORS_ALLOW_PRIVATE === "1" || env.TRIPWIRE_MONITORS_ALLOW_PRIVATE === "true" },
  };
}

function incidentIoApiUrl(raw: string | undefined): string {
  if (raw === undefined || raw.trim() === "") return "https://api.incident.io";
  const text = raw.trim();
  const url = URL.canParse(text) ? new URL(text) : undefined;
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || url.search !== "" || url.hash !== "" || url.username !== "" || url.password !== "") {
    throw new ConfigError(`TRIPWIRE_INCIDENT_IO_API_URL must be an http(s) URL without query, fragment or credentials, e.g. https://api.incident.io; got "${raw}".`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
}
