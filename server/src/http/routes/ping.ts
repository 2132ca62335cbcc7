/**
 * The ping endpoints (`GET|HEAD|POST /api/v1/ping/{token}[/{signal}]`): no API key, the token is the credential.
 * Bound here rather than through route.ts because a ping is not a JSON operation: any body (kept up to
 * PING_BODY_LIMIT bytes, the rest is read and dropped), a plain `OK` answer, and a budget per token instead of per
 * key. An unknown token is a 404 after the same work as a known one's lookup: the token's SHA-256, one indexed read.
 *
 * The token hash → heartbeat mapping is remembered for tokens that were found (bounded), so a known token's ping
 * reads the heartbeat once, inside its transaction.
 *
 * Pings that arrive together are written in one transaction (BatchWriter, each in its own savepoint), so a
 * burst of pings costs one commit, not one each; a ping is answered once it is committed.
 */
import type { Elysia } from "elysia";
import { applyPing, hashPingToken, MAX_RID_LENGTH, parseSignal, PING_BODY_LIMIT, type PingMeta } from "../../domain/heartbeats.ts";
import type { Deps } from "../../domain/context.ts";
import { ApiError } from "../../errors.ts";
import { routes } from "../../generated/routes.gen.ts";
import { BatchWriter } from "../../queue/batch-writer.ts";
import { VERSION_HEADERS } from "../../version.ts";
import { LocalRateLimiter } from "../rate-limit.ts";
import type { HttpContext } from "../route.ts";

/** The contract's pattern for `{signal}`. */
const SIGNAL = /^(start|fail|log|[0-9]{1,3})$/;
/** Token hashes remembered (about 150 bytes each). */
const MAX_KNOWN = 100_000;
/** Longest body read at all (the first PING_BODY_LIMIT bytes are kept); more is refused with 413. */
const MAX_READ = 100_000;

async function readPingBody(request: Request): Promise<string | null> {
  if (!request.body) return null;
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_READ) throw new ApiError(413, "payload-too-large", "Payload too large", `Ping bodies are limited to ${MAX_READ} bytes (the first ${PING_BODY_LIMIT} are kept).`);
  const buf = Buffer.from(await request.arrayBuffer());
  if (buf.length === 0) return null;
  if (buf.length > MAX_READ) throw new ApiError(413, "payload-too-large", "Payload too large", `Ping bodies are limited to ${MAX_READ} bytes.`);
  // Cut at the limit, then drop a multi-byte character the cut split (the replacement character it decodes to).
  return buf.subarray(0, PING_BODY_LIMIT).toString("utf8").replace(/\uFFFD$/, "");
}

export interface PingOptions {
  /** Pings per token per minute (TRIPWIRE_PING_RATE_LIMIT). */
  perMinute: number;
}

export function pingRoutes(app: Elysia, http: HttpContext, deps: Deps, options: PingOptions): void {
  const writer = new BatchWriter(deps.store);
  const limiter = new LocalRateLimiter(options.perMinute);
  const headers = (requestId: string) => ({
    "content-type": "text/plain; charset=utf-8",
    "ping-body-limit": String(PING_BODY_LIMIT),
    "x-request-id": requestId,
    ...VERSION_HEADERS,
  });

  // Which heartbeat a token hash names, for tokens seen before: a ping then reads only inside its transaction (which
  // reads the heartbeat by id anyway, and finds it gone if it was deleted). Unknown tokens are never remembered.
  const known = new Map<string, { organization_id: string; id: string }>();
  const heartbeatOf = async (hash: string): Promise<{ organization_id: string; id: string } | null> => {
    const hit = known.get(hash);
    if (hit) return hit;
    const h = await deps.store.heartbeats.byTokenHash(hash);
    if (!h) return null;
    if (known.size >= MAX_KNOWN) known.delete(known.keys().next().value as string);
    const entry = { organization_id: h.organization_id, id: h.id };
    known.set(hash, entry);
    return entry;
  };
  const notFound = () => new ApiError(404, "not-found", "Not found", "No heartbeat has this ping URL.");

  const logRequests = http.logger.isLevelEnabled("info");
  const handle = async (request: Request, token: string, signalText: string | undefined, rawRid: unknown): Promise<Response> => {
    const started = logRequests ? performance.now() : 0;
    const response = await answer(request, token, signalText, rawRid);
    // The route, never the path: the path holds the token.
    if (logRequests) {
      const route = signalText === undefined ? routes.pingHeartbeat.path : routes.signalHeartbeat.path;
      const ms = Math.round((performance.now() - started) * 100) / 100;
      http.logger.info({ request_id: response.headers.get("x-request-id"), method: request.method, route, status: response.status, ms }, "request");
    }
    return response;
  };

  const answer = async (request: Request, token: string, signalText: string | undefined, rawRid: unknown): Promise<Response> => {
    const requestId = http.requestId(request);
    try {
      const hash = hashPingToken(token);
      const now = deps.clock.now();
      const rate = limiter.take(hash, now);
      if (!rate.allowed) {
        throw new ApiError(429, "rate-limited", "Too many requests", `This heartbeat may be pinged ${rate.limit} times a minute. Retry in ${rate.resetSeconds} seconds.`, {
          headers: { "retry-after": String(rate.resetSeconds) },
        });
      }
      // A signal outside the path's pattern names nothing (404, as any path that is not there); an exit status
      // over 255 is a malformed ping (400, as on Healthchecks.io).
      if (signalText !== undefined && !SIGNAL.test(signalText)) throw notFound();
      const signal = parseSignal(signalText);
      if (signal === null) throw ApiError.badRequest("bad-signal", "Bad exit status", `"${signalText}" is not an exit status from 0 to 255.`);
      const rid = typeof rawRid === "string" && rawRid !== "" ? rawRid : null;
      if (rid !== null && rid.length > MAX_RID_LENGTH) throw ApiError.badRequest("bad-rid", "Bad run id", `rid is at most ${MAX_RID_LENGTH} characters.`);
      const found = await heartbeatOf(hash);
      const body = request.method === "POST" ? await readPingBody(request) : null;
      if (!found) throw notFound();
      const meta: PingMeta = { method: request.method, rid, user_agent: request.headers.get("user-agent")?.slice(0, 200) ?? null, body };
      const applied = await writer.run((tx) => applyPing(tx, deps, found.organization_id, found.id, signal, meta, deps.clock.now()));
      if (!applied) {
        // Deleted since it was cached (here or by another process): forget it.
        known.delete(hash);
        throw notFound();
      }
      return new Response(request.method === "HEAD" ? null : "OK", { status: 200, headers: headers(requestId) });
    } catch (err) {
      const res = http.renderError(err, request, requestId);
      res.headers.set("x-request-id", requestId);
      return res;
    }
  };

  type Ctx = { request: Request; params: Record<string, string>; query: Record<string, unknown> };
  const plain = ({ request, params, query }: Ctx) => handle(request, params.token ?? "", undefined, query.rid);
  const withSignal = ({ request, params, query }: Ctx) => handle(request, params.token ?? "", params.signal, query.rid);
  app.route("GET", routes.pingHeartbeat.elysiaPath, plain as never, { parse: "none" });
  app.route("POST", routes.pingHeartbeatWithBody.elysiaPath, plain as never, { parse: "none" });
  app.route("GET", routes.signalHeartbeat.elysiaPath, withSignal as never, { parse: "none" });
  app.route("POST", routes.signalHeartbeatWithBody.elysiaPath, withSignal as never, { parse: "none" });
}
