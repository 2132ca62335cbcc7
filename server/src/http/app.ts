/**
 * Builds the HTTP application: request ids, one error boundary, the docs, and every operation of the contract.
 * No listening here, so tests can call `app.handle(request)` or listen on port 0.
 */
import { Elysia } from "elysia";
import { type Clock, systemClock } from "../clock.ts";
import { ApiError } from "../errors.ts";
import { newId } from "../ids.ts";
import type { Logger } from "../log.ts";
import { type Store, StoreBusyError } from "../store/types.ts";
import { Authenticator } from "./auth.ts";
import { docsRoutes } from "./docs.ts";
import { busyError, internalError, problemResponse, routeNotFound } from "./problem.ts";
import { LocalRateLimiter } from "./rate-limit.ts";
import type { HttpContext } from "./route.ts";
import { eventRoutes } from "./routes/events.ts";
import { incidentRoutes } from "./routes/incidents.ts";
import { memberRoutes } from "./routes/members.ts";
import { platformRoutes } from "./routes/platform.ts";
import { serviceRoutes } from "./routes/services.ts";
import { webhookRoutes } from "./routes/webhooks.ts";
import { workflowRoutes } from "./routes/workflows.ts";
import { alertRoutes } from "./routes/alerts.ts";
import { channelRoutes } from "./routes/channels.ts";
import { oncallRoutes } from "./routes/oncall.ts";
import { heartbeatRoutes } from "./routes/heartbeats.ts";
import { pingRoutes } from "./routes/ping.ts";
import { errorRoutes } from "./routes/errors.ts";
import { postIncidentRoutes } from "./routes/post-incident.ts";
import { monitorRoutes } from "./routes/monitors.ts";
import type { MonitorSettings } from "../domain/monitors.ts";
import { createNotifier } from "../notify/notifier.ts";
import type { OncallDeps } from "../domain/oncall-deps.ts";
import { randomBytes } from "node:crypto";
import type { Deps } from "../domain/context.ts";
import type { WebhookDeps } from "../domain/webhooks.ts";
import { SecretBox } from "../secrets/secret-box.ts";
import { defaultRetentionPolicy, type RetentionPolicy } from "../domain/retention.ts";
import { integrationRoutes } from "./routes/integrations.ts";
import { RejectionCounter } from "../domain/integrations.ts";
import { defaultIncidentIoSettings, type IncidentIoSettings } from "../outbound/incident-io.ts";

export interface AppOptions {
  store: Store;
  logger: Logger;
  /** Webhook settings; defaults suit tests that never deliver (random key, loopback refused). */
  webhooks?: Omit<WebhookDeps, keyof Deps>;
  /** Channels, alerts and on-call: the notifier and outbound settings. */
  oncall?: Omit<OncallDeps, keyof Deps>;
  clock?: Clock;
  /** Requests per minute per API key. */
  rateLimitPerMinute?: number;
  maxBodyBytes?: number;
  /** Retention defaults and bounds (config.ts); the development-free defaults when left out. */
  retention?: RetentionPolicy;
  /** Heartbeats and error rules: development mode (1-second minimums), the public URL ping URLs start with, ping budget. */
  monitors?: { dev: boolean; publicUrl: () => string; pingsPerMinute: number };
  /** incident.io's API (TRIPWIRE_INCIDENT_IO_API_URL) and where the server is reached (for webhook URLs). */
  integrations?: { incidentIo: IncidentIoSettings; publicUrl?: () => string | undefined };
  /** Uptime monitors: development mode (short frequencies, loopback) and private targets; both off when left out. */
  uptime?: MonitorSettings;
}

const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Request ids need to be unique, not time-ordered, and one is made per request: a random per-process prefix and a
 * counter is several times cheaper than a ULID.
 */
const PROCESS_PREFIX = newId("req").slice(-10);
let requestCounter = 0;
const nextRequestId = () => `req_${PROCESS_PREFIX}${++requestCounter}`;

export function createApp(opts: AppOptions) {
  const clock = opts.clock ?? systemClock;
  // Each request asks once (the route binder or the error hook), so there is nothing to remember per request.
  const requestId = (request: Request): string => {
    const incoming = request.headers.get("x-request-id");
    return incoming !== null && SAFE_REQUEST_ID.test(incoming) ? incoming : nextRequestId();
  };

  const renderError = (err: unknown, request: Request, reqId: string, headers: Record<string, string> = {}): Response => {
    const instance = new URL(request.url).pathname;
    if (err instanceof ApiError) return problemResponse(err, instance, reqId, headers);
    if (err instanceof StoreBusyError) {
      // Contention, not a bug: nothing was committed and a retry will most likely go through.
      opts.logger.warn({ request_id: reqId, err }, "transaction given up after repeated conflicts; answered 503");
      return problemResponse(busyError(), instance, reqId, headers);
    }
    // Unexpected: log everything for us, tell the client nothing internal.
    opts.logger.error({ request_id: reqId, err }, "unhandled error");
    return problemResponse(internalError(), instance, reqId, headers);
  };

  const webhooks = opts.webhooks ?? { box: SecretBox.fromKey(randomBytes(32)), delivery: { timeoutMs: 30_000, allowLoopback: false } };
  const http: HttpContext = {
    deps: { store: opts.store, clock },
    box: webhooks.box,
    auth: new Authenticator(opts.store, clock),
    limiter: new LocalRateLimiter(opts.rateLimitPerMinute ?? 600),
    logger: opts.logger,
    maxBodyBytes: opts.maxBodyBytes ?? 1024 * 1024,
    requestId,
    renderError,
  };

  const app = new Elysia()
    // Registered before any route, so it applies to all of them (Elysia's defaults answer in plain text and
    // echo exception messages).
    .onError(({ code, error, request }) => {
      const reqId = requestId(request);
      const err = code === "NOT_FOUND" ? routeNotFound(request.method, new URL(request.url).pathname) : error;
      return renderError(err, request, reqId);
    });

  // Operations set X-Request-Id themselves (route.ts); the docs get it here. A global onAfterHandle would make
  // Elysia rebuild every response just to add one header.
  docsRoutes(app as unknown as Elysia, requestId);
  const retention = opts.retention ?? defaultRetentionPolicy();
  platformRoutes(app as unknown as Elysia, http, retention);
  memberRoutes(app as unknown as Elysia, http);
  serviceRoutes(app as unknown as Elysia, http);
  incidentRoutes(app as unknown as Elysia, http);
  eventRoutes(app as unknown as Elysia, http);
  webhookRoutes(app as unknown as Elysia, http, { ...http.deps, ...webhooks });
  workflowRoutes(app as unknown as Elysia, http, { ...http.deps, box: webhooks.box, allowLoopback: webhooks.delivery.allowLoopback, incidentIo: opts.integrations?.incidentIo ?? defaultIncidentIoSettings() }, retention);
  const oncall: OncallDeps = {
    ...http.deps,
    ...(opts.oncall ?? {
      box: webhooks.box,
      delivery: webhooks.delivery,
      notifier: createNotifier({ box: webhooks.box, delivery: webhooks.delivery, smtpUrl: undefined, from: "tripwire@localhost" }),
    }),
  };
  channelRoutes(app as unknown as Elysia, http, oncall);
  alertRoutes(app as unknown as Elysia, http, oncall);
  oncallRoutes(app as unknown as Elysia, http, oncall);
  const monitors = opts.monitors ?? { dev: false, publicUrl: () => "http://localhost:3000", pingsPerMinute: 600 };
  const heartbeatDeps = { ...http.deps, box: webhooks.box, dev: monitors.dev, publicUrl: monitors.publicUrl };
  heartbeatRoutes(app as unknown as Elysia, http, heartbeatDeps);
  pingRoutes(app as unknown as Elysia, http, http.deps, { perMinute: monitors.pingsPerMinute });
  errorRoutes(app as unknown as Elysia, http, heartbeatDeps);
  integrationRoutes(app as unknown as Elysia, http, {
    ...http.deps,
    box: webhooks.box,
    rejections: new RejectionCounter(),
    incidentIo: opts.integrations?.incidentIo ?? defaultIncidentIoSettings(),
    ...(opts.integrations?.publicUrl ? { publicUrl: opts.integrations.publicUrl } : {}),
  });
  postIncidentRoutes(app as unknown as Elysia, http, oncall);
  monitorRoutes(app as unknown as Elysia, http, { ...http.deps, box: webhooks.box, monitors: opts.uptime ?? { dev: false, allowPrivate: false } });
  return app;
}
