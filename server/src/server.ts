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
import { WebhookFanout } from "./delivery/fanout.ts";
import { DeliveryWorker } from "./delivery/worker.ts";
import { SecretBox } from "./secrets/secret-box.ts";
import type { Store } from "./store/types.ts";

export interface RunningServer {
  url: string;
  store: Store;
  /** Set only on the very first start of an empty database: the owner key, to be shown once. */
  firstKey: string | null;
  /** Fans out everything committed so far into deliveries (tests and benches use it to avoid waiting on polls). */
  drainOutbox(): Promise<void>;
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

  // The embedded store belongs to this one process, so leases left by a killed predecessor are free now.
  await store.transaction((tx) => tx.jobs.releaseAll());
  const box = SecretBox.load({ TRIPWIRE_SECRET_KEY: config.secretKey }, config.databasePath);
  const attempt = { timeoutMs: config.webhookTimeoutMs, allowLoopback: config.dev };
  const worker = new DeliveryWorker({ store, clock, box, logger, attempt, schedule: config.webhookRetryScheduleMs });
  const fanout = new WebhookFanout(store, clock, logger, () => worker.wake());

  const app = createApp({
    store,
    logger,
    clock,
    rateLimitPerMinute: config.rateLimitPerMinute,
    webhooks: { box, delivery: attempt, wake: () => worker.wake() },
  });
  app.listen({ hostname: config.host, port: config.port, maxRequestBodySize: 8 * 1024 * 1024 });
  const port = app.server?.port ?? config.port;
  await worker.start();
  fanout.start();
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;

  return {
    url: `http://${host}:${port}`,
    store,
    firstKey,
    drainOutbox: () => fanout.drain(),
    async stop() {
      await app.stop(true);
      await fanout.stop();
      await worker.stop();
      store.close();
    },
  };
}
