/**
 * Starts a Tripwire server: store, first-run bootstrap, HTTP. Used by main.ts and by tests (which pass port 0
 * and their own database file), so tests run the same code users do.
 */
import { systemClock, type Clock } from "./clock.ts";
import type { Config } from "./config.ts";
import { createOrganizationWithOwnerKey } from "./domain/api-keys.ts";
import { createApp } from "./http/app.ts";
import { createLogger, type Logger } from "./log.ts";
import { openSqliteStore } from "./store/sqlite/store.ts";
import type { Store } from "./store/types.ts";

export interface RunningServer {
  url: string;
  store: Store;
  /** Set only on the very first start of an empty database: the owner key, to be shown once. */
  firstKey: string | null;
  stop(): Promise<void>;
}

export async function startServer(config: Config, opts: { logger?: Logger; clock?: Clock } = {}): Promise<RunningServer> {
  const logger = opts.logger ?? createLogger(config.logLevel);
  const clock = opts.clock ?? systemClock;
  const store = openSqliteStore(config.databasePath);

  let firstKey: string | null = null;
  if ((await store.organizations.count()) === 0) {
    const { key } = await createOrganizationWithOwnerKey({ store, clock }, "Default organization");
    firstKey = key.secret;
  }

  const app = createApp({ store, logger, clock, rateLimitPerMinute: config.rateLimitPerMinute });
  app.listen({ hostname: config.host, port: config.port, maxRequestBodySize: 8 * 1024 * 1024 });
  const port = app.server?.port ?? config.port;
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;

  return {
    url: `http://${host}:${port}`,
    store,
    firstKey,
    async stop() {
      await app.stop(true);
      store.close();
    },
  };
}
