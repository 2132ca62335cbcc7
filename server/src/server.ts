/**
 * Starts a Tripwire server: store, first-run bootstrap, HTTP. Used by main.ts and by tests (which pass port 0
 * and their own database file), so tests run the same code users do.
 */
import { iso, systemClock, type Clock } from "./clock.ts";
import { listenUrl, type Config } from "./config.ts";
import { createOrganizationWithOwnerKey } from "./domain/api-keys.ts";
import { createApp } from "./http/app.ts";
import { createLogger, type Logger } from "./log.ts";
import { openPostgresStore } from "./store/postgres/store.ts";
import { openSqliteStore } from "./store/sqlite/store.ts";
import { WebhookFanout } from "./delivery/fanout.ts";
import { Deliverer } from "./delivery/worker.ts";
import { DisabledWebhookNotifier } from "./delivery/disabled-notice.ts";
import { SecretBox } from "./secrets/secret-box.ts";
import { Runner } from "./engine/runner.ts";
import { SEAL_SECRETS_2_TASK, SEAL_SECRETS_TASK, sealLegacySecrets, sealLegacySecrets2 } from "./engine/seal-legacy.ts";
import { Scheduler } from "./engine/scheduler.ts";
import { TriggerConsumer } from "./engine/triggers.ts";
import { MonitorChecker } from "./engine/monitor-checker.ts";
import { runAutoPublish } from "./domain/automation.ts";
import { QueueWorker } from "./queue/worker.ts";
import { drainEach } from "./queue/outbox.ts";
import { OutboxLoop } from "./queue/outbox-loop.ts";
import { createNotifier } from "./notify/notifier.ts";
import { PostIncidentNotifier } from "./oncall/post-incident-notifier.ts";
import { EscalationRunner } from "./oncall/escalation-runner.ts";
import { JOB_KINDS } from "./queue/jobs.ts";
import { runPurge, schedulePurge } from "./http/idempotency.ts";
import { runRetention, scheduleRetention } from "./domain/retention.ts";
import type { Store } from "./store/types.ts";
import { handleDeadline } from "./domain/heartbeats.ts";

export interface RunningServer {
  url: string;
  store: Store;
  /** Set only on the very first start of an empty database: the owner key, to be shown once. */
  firstKey: string | null;
  /** Fans out everything committed so far into deliveries (tests and benches use it to avoid waiting on polls). */
  drainOutbox(): Promise<void>;
  stop(): Promise<void>;
}

export async function startServer(config: Config, opts: { logger?: Logger | undefined; clock?: Clock | undefined } = {}): Promise<RunningServer> {
  const logger = opts.logger ?? createLogger(config.logLevel);
  const clock = opts.clock ?? systemClock;
  // TRIPWIRE_DATABASE_URL selects PostgreSQL (config.ts); otherwise the SQLite file.
  const store: Store = config.databaseUrl
    ? await openPostgresStore(config.databaseUrl, { poolSize: config.databasePoolSize })
    : openSqliteStore(config.databasePath, { warn: (message) => logger.warn(message) });

  let firstKey: string | null = null;
  if ((await store.organizations.count()) === 0) {
    const { key } = await createOrganizationWithOwnerKey({ store, clock }, "Default organization");
    firstKey = key.secret;
  }

  // Leases left by a killed process are not freed here: they expire (about one lease), so the same start-up is right
  // when several processes share the queue. Jobs of kinds this build does not know are moved aside, loudly. A plain
  // read first: a serializable transaction over the whole queue conflicts with the other processes' busy work (a
  // process restarted under load gave up starting), and there is nothing to bury but after a change of build.
  if ((await store.jobs.unknownKinds(JOB_KINDS)).length > 0) {
    for (const dead of await store.transaction((tx) => tx.jobs.buryUnknownKinds(JOB_KINDS, clock.now()))) {
      logger.error({ job: dead.id, kind: dead.kind }, "queue: job of an unknown kind dead-lettered");
    }
  }
  const box = SecretBox.load({ TRIPWIRE_SECRET_KEY: config.secretKey }, config.databasePath);
  // Earlier builds kept execute_webhook secrets and header values in clear: seal them before anything serves or
  // runs. Once per database (migration 5 queued it), so later starts do not scan every run again.
  if (await store.maintenance.pending(SEAL_SECRETS_TASK)) {
    const swept = await store.transaction(async (tx) => {
      const counts = await sealLegacySecrets(tx, box);
      await tx.maintenance.done(SEAL_SECRETS_TASK, iso(clock.now()));
      return counts;
    });
    if (swept.workflows + swept.versions + swept.runs + swept.steps > 0) {
      // The old values would otherwise linger in the database file's free space.
      await store.scrubFreedSpace();
      logger.info({ sealed: swept }, "sealed workflow secrets stored in clear by an earlier build");
    }
  }
  // Then Slack webhook URLs in workflows, webhook header values and Idempotency-Key responses (migration 7).
  if (await store.maintenance.pending(SEAL_SECRETS_2_TASK)) {
    const swept = await store.transaction(async (tx) => {
      const counts = await sealLegacySecrets2(tx, box);
      await tx.maintenance.done(SEAL_SECRETS_2_TASK, iso(clock.now()));
      return counts;
    });
    if (Object.values(swept).some((n) => n > 0)) {
      await store.scrubFreedSpace();
      logger.info({ sealed: swept }, "sealed secrets stored in clear by an earlier build");
    }
  }
  const attempt = { timeoutMs: config.webhookTimeoutMs, allowLoopback: config.dev, overrides: config.outboundOverrides };
  const deliverer = new Deliverer({ store, clock, box, attempt, schedule: config.webhookRetryScheduleMs });
  // Leases are short and kept alive by each worker's heartbeat while a handler runs (a slow attempt keeps its job).
  const leaseMs = config.jobLeaseMs;
  const worker = new QueueWorker({
    name: "deliveries",
    store,
    clock,
    logger,
    leaseMs,
    handlers: { "webhook.deliver": (lease) => deliverer.handle(lease) },
    lanes: () => deliverer.lanes(),
    maxInFlight: 128,
  });
  const fanout = new WebhookFanout(clock);

  // Links in messages are absolute: TRIPWIRE_PUBLIC_URL, else where the server listens (known once it listens,
  // before any worker starts).
  let publicUrl = config.publicUrl;
  const notifier = createNotifier({ box, delivery: attempt, smtpUrl: config.smtpUrl, from: config.emailFrom, publicUrl: () => publicUrl });

  // The workflow engine: triggers from the outbox, runs and cron fires from the durable queue.
  const incidentIo = { baseUrl: config.incidentIoApiUrl, allowLoopback: config.incidentIoAllowLoopback, timeoutMs: Math.min(config.webhookTimeoutMs, 15_000) };
  const runner = new Runner({ store, clock, box, delivery: attempt, notifier, logger, incidentIo });

  // On-call: escalations move level by level on queue jobs, so they survive restarts.
  const escalator = new EscalationRunner({ store, clock, notifier, logger });
  const escalations = new QueueWorker({ name: "escalations", store, clock, logger, leaseMs, handlers: { "escalation.step": (lease) => escalator.handle(lease) }, maxInFlight: 16 });
  // "You're notified": the organization's contacts hear about a webhook endpoint Tripwire disabled, once per disable.
  const disabledNotifier = new DisabledWebhookNotifier({ store, clock, notifier, logger });
  const notices = new QueueWorker({ name: "notices", store, clock, logger, leaseMs, handlers: { "webhook.disabled_notice": (lease) => disabledNotifier.handle(lease) }, maxInFlight: 4 });
  // Post-incident messages (assignment emails, the incident channel) go out after their transaction commits.
  const postIncidentNotifier = new PostIncidentNotifier({ store, clock, notifier, logger });
  const postIncident = new QueueWorker({ name: "post-incident", store, clock, logger, leaseMs, handlers: { "post_incident.notify": (lease) => postIncidentNotifier.handle(lease) }, maxInFlight: 8 });
  const runs: QueueWorker<"workflow.run"> = new QueueWorker({ name: "runs", store, clock, logger, leaseMs, handlers: { "workflow.run": (lease) => runner.handle(lease) } });
  const scheduler = new Scheduler(clock);
  const schedules = new QueueWorker({ name: "schedules", store, clock, logger, leaseMs, handlers: { "workflow.schedule": (lease) => scheduler.handle(lease) }, maxInFlight: 8 });
  // Idempotency-Key records (sealed responses) are deleted once 24 h old by one recurring job.
  await schedulePurge(store, clock.now());
  const purges = new QueueWorker({
    name: "idempotency purge",
    store,
    clock,
    logger,
    leaseMs,
    handlers: { "idempotency.purge": async (lease) => void (await runPurge(lease, () => clock.now())) },
    maxInFlight: 1,
  });
  // History older than each organization's retention windows is deleted in small batches by one recurring job.
  await scheduleRetention(store, clock.now());
  const pruner = new QueueWorker({
    name: "retention",
    store,
    clock,
    logger,
    leaseMs,
    handlers: {
      "retention.prune": async (lease) => {
        const pruned = await runRetention(lease, store, config.retention, () => clock.now());
        if (pruned.runs + pruned.evaluations + pruned.deliveries + pruned.events + pruned.pings + pruned.errorWindows + pruned.inbound + pruned.monitorChecks > 0) logger.debug({ pruned }, "retention: pruned");
      },
    },
    maxInFlight: 1,
  });
  // Uptime checks on a worker of their own (never the workflow engine's): one job per monitor, moved slot to slot.
  // Up to 2,048 checks in flight: a check mostly waits on the network, and targets that time out must not starve the
  // rest (10,000 monitors at 60 s are ~167 checks/s; if every one timed out after 10 s, ~1,700 would be in flight).
  const checker = new MonitorChecker({ store, clock, box, settings: { dev: config.dev, allowPrivate: config.monitors.allowPrivate } });
  const checks = new QueueWorker({ name: "monitor checks", store, clock, logger, leaseMs, handlers: { "monitor.check": (lease) => checker.handle(lease) }, maxInFlight: 2048 });
  // Drafts opened automatically are published after the organization's delay (domain/automation.ts).
  const publisher = new QueueWorker({
    name: "auto publish",
    store,
    clock,
    logger,
    leaseMs,
    handlers: { "incident.auto_publish": (lease) => runAutoPublish(lease, { store, clock }) },
    maxInFlight: 8,
  });
  // Heartbeats: each one's deadline is a queue job that every ping moves (domain/heartbeats.ts).
  const deadlines = new QueueWorker({
    name: "heartbeat deadlines",
    store,
    clock,
    logger,
    leaseMs,
    handlers: { "heartbeat.deadline": (lease) => handleDeadline(lease, { store, clock }) },
    maxInFlight: 32,
    // Every ping moves its heartbeat's job, nearly always later: waking on each commit would add a leasing
    // transaction per batch of pings. A deadline moved earlier (a run's start) is found within one poll.
    wakeOnQueued: false,
    pollMs: 250,
  });
  const triggers = new TriggerConsumer(clock);
  const drainOutbox = drainEach(store, [fanout, triggers]);
  const outbox = new OutboxLoop(store, logger, "outbox consumers", drainOutbox);

  const app = createApp({
    store,
    logger,
    clock,
    rateLimitPerMinute: config.rateLimitPerMinute,
    retention: config.retention,
    monitors: { dev: config.dev, publicUrl: () => publicUrl ?? config.publicUrl ?? "", pingsPerMinute: config.pingRateLimitPerMinute },
    webhooks: { box, delivery: attempt },
    oncall: { box, notifier, delivery: attempt },
    integrations: { incidentIo, publicUrl: () => publicUrl },
    uptime: { dev: config.dev, allowPrivate: config.monitors.allowPrivate },
  });
  app.listen({ hostname: config.host, port: config.port, maxRequestBodySize: 8 * 1024 * 1024, reusePort: config.reusePort });
  const port = app.server?.port ?? config.port;
  publicUrl ??= listenUrl(config.host, port);
  worker.start();
  runs.start();
  schedules.start();
  escalations.start();
  notices.start();
  postIncident.start();
  purges.start();
  pruner.start();
  deadlines.start();
  checks.start();
  publisher.start();
  outbox.start();
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;

  return {
    url: `http://${host}:${port}`,
    store,
    firstKey,
    drainOutbox,
    async stop() {
      await app.stop(true);
      await outbox.stop();
      await schedules.stop();
      await runs.stop();
      await escalations.stop();
      await notices.stop();
      await postIncident.stop();
      await purges.stop();
      await pruner.stop();
      await deadlines.stop();
      await checks.stop();
      await publisher.stop();
      await worker.stop();
      store.close();
    },
  };
}
