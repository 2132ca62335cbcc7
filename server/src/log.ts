/**
 * Structured logs (pino, JSON lines). Secrets never reach it: request logs carry the key's id, never the
 * Authorization or X-API-Key header, and bodies are not logged.
 */
import pino from "pino";

export type Logger = pino.Logger;

export function createLogger(level = process.env.LOG_LEVEL ?? "info"): Logger {
  return pino({
    level,
    base: { service: "tripwire" },
    redact: { paths: ["req.headers.authorization", "req.headers['x-api-key']", "secret", "*.secret"], censor: "[redacted]" },
  });
}
