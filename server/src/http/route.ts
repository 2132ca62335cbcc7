/**
 * Binds an operation of the generated route table to a plain handler. This is where every request passes the
 * platform rules in one order: request id → authentication → rate limit → scope → path/query/body validation →
 * idempotency → handler → JSON. Handlers receive typed, validated input and never see Elysia's context.
 */
import type { Elysia } from "elysia";
import type { z } from "zod";
import type { Actor, Deps } from "../domain/context.ts";
import { hasScope } from "../domain/scopes.ts";
import { ApiError } from "../errors.ts";
import { isFrozenDeep } from "../immutable.ts";
import { type OperationId, routes } from "../generated/routes.gen.ts";
import type { Logger } from "../log.ts";
import type { SecretBox } from "../secrets/secret-box.ts";
import type { ApiKeyRecord } from "../store/types.ts";
import { CONTRACT_VERSION, VERSION, VERSION_HEADERS } from "../version.ts";
import type { FieldError } from "../types.ts";
import type { Authenticator } from "./auth.ts";
import { claim } from "./idempotency.ts";
import { MAX_JSON_DEPTH, tooDeepAt } from "./json-depth.ts";
import { fieldErrors, pointer } from "./problem.ts";
import { type RateDecision, type RateLimiter, rateHeaders } from "./rate-limit.ts";

type Routes = typeof routes;
type Infer<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface HandlerInput<Op extends OperationId> {
  params: Infer<Routes[Op]["params"]>;
  query: Infer<Routes[Op]["query"]>;
  body: Infer<Routes[Op]["body"]> | (Routes[Op]["bodyRequired"] extends true ? never : undefined);
  actor: Routes[Op]["scope"] extends null ? null : Actor;
  key: Routes[Op]["scope"] extends null ? null : ApiKeyRecord;
}
/** A body with a status other than the operation's first success status (e.g. 200 instead of 201). */
export class WithStatus {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {}
}
export const withStatus = (status: number, body: unknown) => new WithStatus(status, body);

/**
 * Returns the response body (serialized as JSON with the operation's success status), undefined for 204, or
 * `withStatus(code, body)` when the contract documents another success status for the case.
 */
export type Handler<Op extends OperationId> = (input: HandlerInput<Op>) => Promise<unknown>;

export interface HttpContext {
  deps: Deps;
  /** Seals what is stored in clear otherwise: the responses kept for Idempotency-Key replays (idempotency.ts). */
  box: SecretBox;
  auth: Authenticator;
  limiter: RateLimiter;
  logger: Logger;
  maxBodyBytes: number;
  requestId(request: Request): string;
  renderError(err: unknown, request: Request, requestId: string, headers?: Record<string, string>): Response;
}

type AnyRoute = Routes[OperationId];

const JSON_TYPE = /^application\/(?:[\w.+-]*\+)?json\s*(?:;|$)/i;

/** The body as text, refusing more than `max` bytes (by Content-Length, or while reading) with a 413 naming `what`. */
export async function readBody(request: Request, max: number, what = "Request bodies"): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  const tooLarge = () => new ApiError(413, "payload-too-large", "Payload too large", `${what} are limited to ${max} bytes.`);
  if (declared > max) throw tooLarge();
  if (!request.body) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Issues keep the input they refused, so problem.ts can tell a missing field from a wrong-typed one. */
const REPORT_INPUT = { reportInput: true } as const;

function parseBody(route: AnyRoute, raw: string, headers: Headers): unknown {
  if (!route.body) return undefined;
  if (raw.trim() === "") {
    if (route.bodyRequired) throw ApiError.validation([{ in: "body", pointer: "#", detail: "A JSON body is required." }]);
    return undefined;
  }
  if (!JSON_TYPE.test(headers.get("content-type") ?? "")) {
    throw new ApiError(415, "unsupported-media-type", "Unsupported media type", "Send the body as application/json (Content-Type: application/json).");
  }
  // Before JSON.parse: it, zod and our walkers all recurse, and a deep enough body would overflow the stack.
  const deep = tooDeepAt(raw);
  if (deep !== null) {
    throw ApiError.validation([{ in: "body", pointer: deep, detail: `Nested too deep: objects and arrays may nest at most ${MAX_JSON_DEPTH} levels (the body itself is level 1).` }]);
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    throw ApiError.badRequest("malformed-json", "Malformed JSON", `The request body is not valid JSON: ${(e as Error).message}`);
  }
  // A NUL character (\u0000) in any string or key: PostgreSQL text cannot hold one, so both stores refuse it here
  // rather than one storing it and the other failing. JSON text cannot carry a raw NUL, only the escape.
  if (raw.includes("\\u0000")) {
    const at = nulAt(value, []);
    if (at !== null) throw ApiError.validation([{ in: "body", pointer: pointer(at), detail: "Text may not contain the NUL character (\\u0000)." }]);
  }
  const r = (route.body as z.ZodType).safeParse(value, REPORT_INPUT);
  if (!r.success) throw ApiError.validation(fieldErrors("body", r.error.issues));
  checkBodyRules(route.bodyRules, r.data as Record<string, unknown>);
  return r.data;
}

/** The path of the first string or key holding a NUL character (the body nests at most MAX_JSON_DEPTH deep). */
function nulAt(value: unknown, path: PropertyKey[]): PropertyKey[] | null {
  if (typeof value === "string") return value.includes("\0") ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const at = nulAt(value[i], [...path, i]);
      if (at) return at;
    }
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k.includes("\0")) return [...path, k];
      const at = nulAt(v, [...path, k]);
      if (at) return at;
    }
  }
  return null;
}

/** The contract's `minProperties` and `uniqueItems`, which zod schemas generated from it cannot express. */
function checkBodyRules(rules: { minProperties: number | null; uniqueItems: readonly string[] }, body: Record<string, unknown>): void {
  const errors: FieldError[] = [];
  if (rules.minProperties !== null && Object.keys(body).length < rules.minProperties) {
    errors.push({ in: "body", pointer: "#", detail: `Send at least ${rules.minProperties} field${rules.minProperties > 1 ? "s" : ""} to change.` });
  }
  for (const field of rules.uniqueItems) {
    const items = body[field];
    if (!Array.isArray(items)) continue;
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const k = JSON.stringify(item);
      const first = seen.get(k);
      if (first === undefined) seen.set(k, i);
      else errors.push({ in: "body", pointer: `#/${field}/${i}`, detail: `Duplicate of item ${first}; items must be unique.` });
    });
  }
  if (errors.length) throw ApiError.validation(errors);
}

/** An id that cannot exist names no resource: 404, the same answer as another tenant's id. */
function nothingAt(request: Request): ApiError {
  return new ApiError(404, "not-found", "Not found", `Nothing at ${new URL(request.url).pathname}.`);
}

/**
 * The JSON of deeply frozen bodies, which cannot change: hot cached reads (store/sqlite/read-cache.ts freezes what
 * it holds) then serialize once, not on every request. Weak, so it holds nothing the cache has let go.
 */
const frozenJson = new WeakMap<object, string>();

function toJson(body: unknown): string {
  if (!isFrozenDeep(body)) return JSON.stringify(body);
  let text = frozenJson.get(body);
  if (text === undefined) {
    text = JSON.stringify(body);
    frozenJson.set(body, text);
  }
  return text;
}

function jsonResponse(status: number, body: unknown, headers: Record<string, string>): Response {
  if (status === 204 || body === undefined) return new Response(null, { status: 204, headers });
  headers["content-type"] = "application/json";
  return new Response(toJson(body), { status, headers });
}

/** What one request has established so far; the error path needs it to answer with the same headers. */
interface Admitted {
  requestId: string;
  key: ApiKeyRecord | null;
  rate: RateDecision | null;
}

export function bindRoute<Op extends OperationId>(app: Elysia, http: HttpContext, op: Op, handler: Handler<Op>): void {
  const route: AnyRoute = routes[op];
  const logRequests = http.logger.isLevelEnabled("info");
  const patterns = route.pathPatterns ? Object.entries(route.pathPatterns as Record<string, RegExp>) : null;
  const idempotent = route.method === "POST" && route.scope !== null;
  type Input = HandlerInput<Op>;

  /**
   * Authentication, rate limit, scope and path/query checks. Synchronous when the key is cached, which is nearly
   * always: a promise per step would cost more than the steps themselves on a cached read.
   */
  const admit = (request: Request, rawParams: Record<string, string>, rawQuery: Record<string, unknown>, state: Admitted): Input | Promise<Input> => {
    if (route.scope === null) return checkParams(request, rawParams, rawQuery, null, null);
    const now = http.deps.clock.now();
    const found = http.auth.authenticate(request.headers, now);
    if (found instanceof Promise) return found.then((key) => authorize(request, rawParams, rawQuery, state, key, now));
    return authorize(request, rawParams, rawQuery, state, found, now);
  };

  const authorize = (request: Request, rawParams: Record<string, string>, rawQuery: Record<string, unknown>, state: Admitted, key: ApiKeyRecord, now: number): Input => {
    state.key = key;
    const rate = http.limiter.take(key.id, now);
    state.rate = rate;
    if (!rate.allowed) {
      throw new ApiError(429, "rate-limited", "Too many requests", `This key may make ${rate.limit} requests a minute. Retry in ${rate.resetSeconds} seconds.`, {
        headers: { "retry-after": String(rate.resetSeconds) },
      });
    }
    if (!hasScope(key.scopes, route.scope as string)) throw ApiError.forbidden(route.scope as string);
    return checkParams(request, rawParams, rawQuery, { orgId: key.organization_id, source: "api", causedBy: null }, key);
  };

  const checkParams = (request: Request, rawParams: Record<string, string>, rawQuery: Record<string, unknown>, actor: Actor | null, key: ApiKeyRecord | null): Input => {
    let params: unknown;
    let query: unknown;
    if (patterns) {
      // Every path parameter is a patterned id: the contract's regexes are the whole check.
      for (const [name, re] of patterns) if (!re.test(rawParams[name] ?? "")) throw nothingAt(request);
      params = rawParams;
    } else if (route.params) {
      const r = (route.params as z.ZodType).safeParse(rawParams);
      if (!r.success) throw nothingAt(request);
      params = r.data;
    }
    if (route.query) {
      const r = (route.query as z.ZodType).safeParse(rawQuery, REPORT_INPUT);
      if (!r.success) throw ApiError.validation(fieldErrors("query", r.error.issues));
      query = r.data;
    }
    return { params, query, body: undefined, actor, key } as Input;
  };

  const respond = (outcome: unknown, state: Admitted): Response => {
    const [status, result] = outcome instanceof WithStatus ? [outcome.status, outcome.body] : [route.successStatus, outcome];
    // Headers go in at construction, in one literal: setting them one by one afterwards costs more on the hot path.
    return jsonResponse(status, result, state.rate ? rateHeaders(state.rate, state.requestId) : { "x-request-id": state.requestId, "tripwire-version": VERSION, "tripwire-contract-version": CONTRACT_VERSION });
  };

  /** Requests that carry a body or may carry an Idempotency-Key: read, parse, claim, run, store the answer. */
  const withBody = async (request: Request, input: Input, state: Admitted): Promise<Response> => {
    const raw = route.body ? await readBody(request, http.maxBodyBytes) : "";
    input.body = parseBody(route, raw, request.headers) as Input["body"];
    const idemKey = idempotent ? request.headers.get("idempotency-key") : null;
    if (idemKey === null || !state.key) return respond(await handler(input), state);

    const claimed = await claim(http.deps.store, http.box, http.deps.clock.now(), state.key.id, idemKey, route.method, new URL(request.url).pathname, raw);
    if (claimed.kind === "replay") {
      const r = claimed.response;
      const res = new Response(r.body || null, { status: r.status, headers: { "content-type": r.contentType, "idempotent-replayed": "true", ...VERSION_HEADERS } });
      withPlatformHeaders(res, state);
      return res;
    }
    let outcome: unknown;
    try {
      outcome = await handler(input);
    } catch (err) {
      if (err instanceof ApiError && err.status < 500) {
        const p = http.renderError(err, request, state.requestId);
        await claimed.finish({ status: p.status, body: await p.clone().text(), contentType: "application/problem+json" });
      } else {
        await claimed.abandon();
      }
      throw err;
    }
    const response = respond(outcome, state);
    const result = outcome instanceof WithStatus ? outcome.body : outcome;
    await claimed.finish({ status: response.status, body: result === undefined ? "" : JSON.stringify(result), contentType: "application/json" });
    return response;
  };

  const handle = async (request: Request, rawParams: Record<string, string>, rawQuery: Record<string, unknown>): Promise<Response> => {
    const started = logRequests ? performance.now() : 0;
    const state: Admitted = { requestId: http.requestId(request), key: null, rate: null };
    let response: Response;
    try {
      let input = admit(request, rawParams, rawQuery, state);
      if (input instanceof Promise) input = await input;
      response = route.body || idempotent ? await withBody(request, input, state) : respond(await handler(input), state);
    } catch (err) {
      response = http.renderError(err, request, state.requestId);
      withPlatformHeaders(response, state);
    }
    // Build the log record only when it will be written: this runs on every request.
    if (logRequests) {
      const ms = Math.round((performance.now() - started) * 100) / 100;
      http.logger.info({ request_id: state.requestId, method: route.method, route: route.path, status: response.status, ms, key_id: state.key?.id }, "request");
    }
    return response;
  };

  // Elysia parses only the context fields a handler destructures, so operations without a query don't ask for one.
  const elysiaHandler = route.query
    ? ({ request, params, query }: { request: Request; params: Record<string, string>; query: Record<string, unknown> }) => handle(request, params, query)
    : ({ request, params }: { request: Request; params: Record<string, string> }) => handle(request, params, {});
  app.route(route.method, route.elysiaPath, elysiaHandler as never, { parse: "none" });
}

/** X-Request-Id and the RateLimit-* headers on a response built elsewhere (errors, replays). */
function withPlatformHeaders(res: Response, state: Admitted): void {
  res.headers.set("x-request-id", state.requestId);
  if (state.rate) for (const [k, v] of Object.entries(rateHeaders(state.rate, state.requestId))) res.headers.set(k, v);
}
