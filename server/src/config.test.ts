import { expect, test } from "bun:test";
import { ConfigError, listenUrl, loadConfig } from "./config.ts";

test("defaults match the README", () => {
  expect(loadConfig({})).toEqual({
    host: "127.0.0.1",
    port: 3000,
    databasePath: "./data/tripwire.db",
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
  });
});

test("reads the environment, and refuses nonsense with a message", () => {
  const c = loadConfig({ HOST: "0.0.0.0", PORT: "8080", TRIPWIRE_DATABASE: "/tmp/x.db", TRIPWIRE_DEV: "1", TRIPWIRE_RATE_LIMIT: "5" });
  expect(c).toEqual(expect.objectContaining({ host: "0.0.0.0", port: 8080, databasePath: "/tmp/x.db", dev: true, rateLimitPerMinute: 5 }));
  expect(() => loadConfig({ PORT: "eighty" })).toThrow(ConfigError);
  expect(() => loadConfig({ PORT: "70000" })).toThrow("PORT must be an integer from 0 to 65535");
  expect(loadConfig({ TRIPWIRE_WEBHOOK_RETRY_SCHEDULE: "0.05,1" }).webhookRetryScheduleMs).toEqual([50, 1000]);
  expect(() => loadConfig({ TRIPWIRE_WEBHOOK_RETRY_SCHEDULE: "soon" })).toThrow(ConfigError);
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
  expect(() => loadConfig({ TRIPWIRE_DATABASE: "postgresql://localhost/tripwire" })).toThrow("has no PostgreSQL store yet");
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
