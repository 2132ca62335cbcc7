/**
 * Starts the real server for tests: the same startServer() users run, on 127.0.0.1 port 0, with a fresh SQLite
 * file in a temp directory and a silent logger. `apiKey` is the owner key (all scopes) of a fresh organization.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Clock } from "../src/clock.ts";
import { loadConfig } from "../src/config.ts";
import { createLogger, type Logger } from "../src/log.ts";
import { startServer } from "../src/server.ts";
import type { Store } from "../src/store/types.ts";

export interface TestServer {
  baseUrl: string;
  apiKey: string;
  dir: string;
  databasePath: string;
  store: Store;
  /** Fan out committed events to webhook deliveries now (instead of waiting for the poll). */
  drainOutbox(): Promise<void>;
  stop(): Promise<void>;
}

export async function startTestServer(options: { env?: Record<string, string>; clock?: Clock; logger?: Logger; dir?: string } = {}): Promise<TestServer> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), "tripwire-test-"));
  const databasePath = join(dir, "tripwire.db");
  const config = loadConfig({ HOST: "127.0.0.1", PORT: "0", TRIPWIRE_DATABASE: databasePath, TRIPWIRE_DEV: "1", ...options.env });
  const server = await startServer(config, { logger: options.logger ?? createLogger("silent"), clock: options.clock });
  if (!server.firstKey) throw new Error("startTestServer: expected an empty database");
  return {
    baseUrl: server.url,
    apiKey: server.firstKey,
    dir,
    databasePath,
    store: server.store,
    drainOutbox: () => server.drainOutbox(),
    async stop() {
      await server.stop();
      if (!options.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** fetch against the test server with the key and JSON handled; returns status, headers and parsed body. */
export function apiClient(baseUrl: string, apiKey: string) {
  return async function api(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers: {
        authorization: `Bearer ${apiKey}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...headers,
      },
      body: body === undefined ? null : typeof body === "string" ? body : JSON.stringify(body),
    });
    const text = await res.text();
    // biome-ignore lint: tests read arbitrary JSON bodies
    let json: any = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = text;
    }
    return { status: res.status, headers: res.headers, body: json };
  };
}
