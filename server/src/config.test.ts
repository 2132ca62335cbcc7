import { expect, test } from "bun:test";
import { ConfigError, listenUrl, loadConfig } from "./config.ts";

test("defaults match the README", () => {
  expect(loadConfig({})).toEqual({
    host: "127.0.0.1",
    port: 3000,
    databasePath: "./data/tripwire.db",
    databaseUrl: undefined,
    databasePoolSize: 10,
    reusePort: false,
    dev: false,
    rateLimitPerMinute: 600,
    logLevel: "info",
    webhookRetryScheduleMs: [60_000, 300_000, 1_800_000, 7_200_000, 86_400_000],
    webhookTimeoutMs: 30_000,
    secretKey: undefined,
    smtpUrl: undefined,
    emailFrom: "Tripwire <tripwire@localhost>",
    publicUrl: undefined,
    jobLeaseMs: 15_000,
    retention: {
      defaults: { events: 30 * 86_400, runs: 30 * 86_400, deliveries: 30 * 86_400, monitor_history: 7 * 86_400 },
      minSeconds: 3600,
      maxSeconds: 3650 * 86_400,
      everyMs: 300_000,
      batch: 500,
    },
    pingRateLimitPerMinute: 600,
    outboundOverrides: new Map(),
    incidentIoApiUrl: "https://api.incident.io",
    incidentIoAllowLoopback: false,
    monitors: { allowPrivate: false },
  });
});

test("TRIPWIRE_DEV_OUTBOUND_OVERRIDES maps public origins to loopback ones, in development only", () => {
  const c = loadConfig({ TRIPWIRE_DEV: "1", TRIPWIRE_DEV_OUTBOUND_OVERRIDES: "https://api.example.com=http://127.0.0.1:4100, https://x.example.org:8443/=http://localhost:9" });
  expect([...c.outboundOverrides]).toEqual([
    ["https://api.example.com", "http://127.0.0.1:4100"],
    ["https://x.example.org:8443", "http://localhost:9"],
  ]);
  expect(() => loadConfig({ TRIPWIRE_DEV_OUTBOUND_OVERRIDES: "https://api.example.com=http://127.0.0.1:4100" })).toThrow("needs TRIPWIRE_DEV=1");
  expect(() => loadConfig({ TRIPWIRE_DEV: "1", TRIPWIRE_DEV_OUTBOUND_OVERRIDES: "https://api.example.com=http://10.0.0.5:80" })).toThrow("loopback origin");
  expect(() => loadConfig({ TRIPWIRE_DEV: "1", TRIPWIRE_DEV_OUTBOUND_OVERRIDES: "api.example.com" })).toThrow(ConfigError);
});

test("TRIPWIRE_INCIDENT_IO_API_URL: set explicitly, it may be loopback (tests' fake); a bad URL stops the server", () => {
  const c = loadConfig({ TRIPWIRE_INCIDENT_IO_API_URL: "http://127.0.0.1:4010/" });
  expect(c.incidentIoApiUrl).toBe("http://127.0.0.1:4010");
  expect(c.incidentIoAllowLoopback).toBe(true);
  expect(loadConfig({ TRIPWIRE_DEV: "1" }).incidentIoAllowLoopback).toBe(true);
  expect(() => loadConfig({ TRIPWIRE_INCIDENT_IO_API_URL: "ftp://x" })).toThrow(ConfigError);
  expect(() => loadConfig({ TRIPWIRE_INCIDENT_IO_API_URL: "https://u:p@api.incident.io" })).toThrow("TRIPWIRE_INCIDENT_IO_API_URL");
});

test("TRIPWIRE_MONITORS_ALLOW_PRIVATE=1 lets monitors check private targets", () => {
  expect(loadConfig({ TRIPWIRE_MONITORS_ALLOW_PRIVATE: "1" }).monitors.allowPrivate).toBe(true);
  expect(loadConfig({ TRIPWIRE_MONITORS_ALLOW_PRIVATE: "0" }).monitors.allowPrivate).toBe(false);
});

test("retention windows read as durations (10s, 5m, 24h, 30d); development mode allows short organization windows", () => {
  const c = loadConfig({ TRIPWIRE_RETENTION_EVENTS: "10s", TRIPWIRE_RETENTION_RUNS: "5m", TRIPWIRE_RETENTION_DELIVERIES: "24h", TRIPWIRE_RETENTION_INTERVAL: "2s" });
  expect(c.retention.defaults).toEqual({ events: 10, runs: 300, deliveries: 86_400, monitor_history: 7 * 86_400 });
  expect(c.retention.everyMs).toBe(2000);
  expect(c.retention.minSeconds).toBe(3600);
  expect(loadConfig({ TRIPWIRE_DEV: "1" }).retention.minSeconds).toBe(1);
  expect(() => loadConfig({ TRIPWIRE_RETENTION_EVENTS: "a month" })).toThrow("TRIPWIRE_RETENTION_EVENTS: expected a duration like 10s, 5m, 24h or 30d");
  expect(() => loadConfig({ TRIPWIRE_RETENTION_EVENTS: "0s" })).toThrow(ConfigError);
  expect(() => loadConfig({ TRIPWIRE_RETENTION_MAX: "90d", TRIPWIRE_RETENTION_RUNS: "100d" })).toThrow("TRIPWIRE_RETENTION_RUNS is longer than TRIPWIRE_RETENTION_MAX");
});

test("reads the environment, and refuses nonsense with a message", () => {
  const c = loadConfig({ HOST: "0.0.0.0", PORT: "8080", TRIPWIRE_DATABASE: "/tmp/x.db", TRIPWIRE_DEV: "1", TRIPWIRE_RATE_LIMIT: "5" });
  expect(c).toEqual(expect.objectContaining({ host: "0.0.0.0", port: 8080, databasePath: "/tmp/x.db", dev: true, rateLimitPerMinute: 5 }));
  expect(() => loadConfig({ PORT: "eighty" })).toThrow(ConfigError);
  expect(() => loadConfig({ PORT: "70000" })).toThrow("PORT must be an integer from 0 to 65535");
  expect(loadConfig({ TRIPWIRE_WEBHOOK_RETRY_SCHEDULE: "0.05,1" }).webhookRetryScheduleMs).toEqual([50, 1000]);
  expect(() => loadConfig({ TRIPWIRE_WEBHOOK_RETRY_SCHEDULE: "soon" })).toThrow(ConfigError);
  expect(loadConfig({ TRIPWIRE_REUSE_PORT: "1", TRIPWIRE_DATABASE_POOL_SIZE: "40" })).toEqual(expect.objectContaining({ reusePort: true, databasePoolSize: 40 }));
  expect(() => loadConfig({ TRIPWIRE_REUSE_PORT: "yes please" })).toThrow("TRIPWIRE_REUSE_PORT must be 1 or 0");
  expect(() => loadConfig({ TRIPWIRE_DATABASE_POOL_SIZE: "0" })).toThrow("TRIPWIRE_DATABASE_POOL_SIZE must be an integer from 1 to 1000");
});

test("a database URL is refused naming TRIPWIRE_DATABASE, without echoing the URL's credentials", () => {
  for (const url of ["postgres://app:hunter2@db.internal:5432/tripwire", "postgresql://localhost/tripwire", "POSTGRES://x", "mysql://root@localhost/db"]) {
    let message = "";
    try {
      loadConfig({ TRIPWIRE_DATABASE: url });
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      message = (e as Error).message;
    }
    expect(message).toStartWith("TRIPWIRE_DATABASE is a ");
    expect(message).toContain("set it to a file path");
    expect(message).not.toContain("hunter2");
  }
  expect(() => loadConfig({ TRIPWIRE_DATABASE: "postgresql://localhost/tripwire" })).toThrow("put the URL in TRIPWIRE_DATABASE_URL instead");
  // Paths, including odd but legal ones, are still paths.
  for (const path of ["./data/x.db", "/var/lib/tripwire/db", "C:\\data\\t.db", "data/postgres.db", ":memory:"]) expect(loadConfig({ TRIPWIRE_DATABASE: path }).databasePath).toBe(path);
});

test("TRIPWIRE_PUBLIC_URL: an http(s) base without a trailing slash; nonsense refused", () => {
  expect(loadConfig({ TRIPWIRE_PUBLIC_URL: "https://tripwire.example.com/" }).publicUrl).toBe("https://tripwire.example.com");
  expect(loadConfig({ TRIPWIRE_PUBLIC_URL: "https://example.com/tripwire//" }).publicUrl).toBe("https://example.com/tripwire");
  expect(loadConfig({ TRIPWIRE_PUBLIC_URL: "" }).publicUrl).toBeUndefined();
  for (const bad of ["tripwire.example.com", "ftp://example.com", "https://example.com/?a=1", "https://u:p@example.com"]) {
    expect(() => loadConfig({ TRIPWIRE_PUBLIC_URL: bad })).toThrow("TRIPWIRE_PUBLIC_URL must be an http(s) URL");
  }
  expect(listenUrl("127.0.0.1", 3000)).toBe("http://127.0.0.1:3000");
  expect(listenUrl("0.0.0.0", 8080)).toBe("http://localhost:8080");
  expect(listenUrl("::1", 8080)).toBe("http://[::1]:8080");
});

test("TRIPWIRE_DATABASE_URL selects PostgreSQL: a postgres URL, alone, with a shared secret key", () => {
  const key = "A".repeat(43) + "=";
  const url = "postgres://app:hunter2@db.internal:5432/tripwire";
  expect(loadConfig({ TRIPWIRE_DATABASE_URL: url, TRIPWIRE_SECRET_KEY: key }).databaseUrl).toBe(url);
  expect(loadConfig({ TRIPWIRE_DATABASE_URL: "postgresql://localhost/t", TRIPWIRE_SECRET_KEY: key }).databaseUrl).toBe("postgresql://localhost/t");
  const refused = (env: Record<string, string>) => {
    try {
      loadConfig(env);
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      return (e as Error).message;
    }
    throw new Error("not refused");
  };
  expect(refused({ TRIPWIRE_DATABASE_URL: "mysql://root:hunter2@x/db", TRIPWIRE_SECRET_KEY: key })).toBe("TRIPWIRE_DATABASE_URL must be a postgres:// or postgresql:// URL; got a mysql:// URL.");
  expect(refused({ TRIPWIRE_DATABASE_URL: "./data/t.db", TRIPWIRE_SECRET_KEY: key })).toStartWith("TRIPWIRE_DATABASE_URL must be");
  expect(refused({ TRIPWIRE_DATABASE_URL: url, TRIPWIRE_DATABASE: "./x.db", TRIPWIRE_SECRET_KEY: key })).toContain("both set");
  const noKey = refused({ TRIPWIRE_DATABASE_URL: url });
  expect(noKey).toContain("TRIPWIRE_SECRET_KEY");
  expect(noKey).not.toContain("hunter2");
});
