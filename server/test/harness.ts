/**
 * Starts the real server for tests: the same startServer() users run, on 127.0.0.1 port 0, with a fresh database
 * and a silent logger (TRIPWIRE_TEST_LOG_LEVEL=warn, say, to see what the servers log): a SQLite file in a temp directory, or with TRIPWIRE_TEST_STORE=postgres a PostgreSQL database
 * of its own (test-db.ts), dropped at stop(). `apiKey` is the owner key (all scopes) of a fresh organization.
 */
import { Database } from "bun:sqlite";
import { SQL } from "bun";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Clock } from "../src/clock.ts";
import { loadConfig } from "../src/config.ts";
import { createLogger, type Logger } from "../src/log.ts";
import { startServer } from "../src/server.ts";
import type { Store } from "../src/store/types.ts";
import { databaseEnv, databaseUrlOf, dropDatabase, onPostgres } from "./test-db.ts";

export { onPostgres, testStore } from "./test-db.ts";

export interface TestServer {
  baseUrl: string;
  apiKey: string;
  dir: string;
  /** The SQLite file (on PostgreSQL: the path whose database stands in for it; no file is there). */
  databasePath: string;
  store: Store;
  /**
   * Runs SQL on the server's database directly, on either store: `?` placeholders (numbered for PostgreSQL), rows as
   * objects. Write portable SQL (CAST(count(*) AS INTEGER), no PRAGMA, no json_each).
   */
  query<T = Record<string, unknown>>(sql: string, ...params: unknown[]): Promise<T[]>;
  /**
   * Everything the database holds, for scans that a secret is nowhere in it: on SQLite the bytes of the file, its
   * write-ahead log and journal (free pages included); on PostgreSQL every table's rows as JSON text.
   */
  databaseBytes(): Promise<Buffer>;
  /** Fan out committed events to webhook deliveries now (instead of waiting for the poll). */
  drainOutbox(): Promise<void>;
  stop(): Promise<void>;
}

export async function startTestServer(options: { env?: Record<string, string>; clock?: Clock; logger?: Logger; dir?: string } = {}): Promise<TestServer> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), "tripwire-test-"));
  const databasePath = join(dir, "tripwire.db");
  const config = loadConfig({ HOST: "127.0.0.1", PORT: "0", ...(await databaseEnv(databasePath)), TRIPWIRE_DEV: "1", ...options.env });
  const server = await startServer(config, { logger: options.logger ?? createLogger(process.env.TRIPWIRE_TEST_LOG_LEVEL || "silent"), clock: options.clock });
  if (!server.firstKey) throw new Error("startTestServer: expected an empty database");
  const direct = directQuery(databasePath);
  return {
    baseUrl: server.url,
    apiKey: server.firstKey,
    dir,
    databasePath,
    store: server.store,
    query: direct.query,
    databaseBytes: () => direct.bytes(),
    drainOutbox: () => server.drainOutbox(),
    async stop() {
      await server.stop();
      await direct.close();
      if (!options.dir) {
        rmSync(dir, { recursive: true, force: true });
        await dropDatabase(databasePath);
      }
    },
  };
}

/** Direct SQL on the database of `path` (see TestServer.query), opened on first use. */
function directQuery(path: string) {
  let pg: SQL | undefined;
  return {
    async query<T>(sql: string, ...params: unknown[]): Promise<T[]> {
      const url = databaseUrlOf(path);
      if (!onPostgres || !url) {
        const db = new Database(path);
        try {
          return db.query(sql).all(...(params as never[])) as T[];
        } finally {
          db.close();
        }
      }
      pg ??= new SQL(url, { max: 1 });
      let n = 0;
      return (await pg.unsafe(sql.replace(/\?/g, () => `$${++n}`), params as never[])) as T[];
    },
    async bytes(): Promise<Buffer> {
      if (!onPostgres) {
        const parts = [readFileSync(path)];
        for (const suffix of ["-wal", "-journal"]) if (existsSync(path + suffix)) parts.push(readFileSync(path + suffix));
        return Buffer.concat(parts);
      }
      const tables = await this.query<{ t: string }>("SELECT tablename AS t FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename");
      const parts: Buffer[] = [];
      for (const { t } of tables) {
        const [row] = await this.query<{ rows: string }>(`SELECT coalesce(json_agg(x), '[]')::text AS rows FROM "${t}" x`);
        parts.push(Buffer.from(row!.rows));
      }
      return Buffer.concat(parts);
    },
    async close() {
      await pg?.close();
      pg = undefined;
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
