/**
 * @module `createTripwireClient`: an openapi-fetch client typed from the contract, with the API key, a client
 * header, generated idempotency keys, per-attempt timeouts and retries, plus the `orThrow` and `paginate` helpers.
 */
import createClient, { type Client, type Middleware } from "openapi-fetch";
import { orThrow } from "./errors.ts";
import type { paths } from "./generated/openapi.d.ts";
import { SDK_VERSION } from "./generated/version.ts";
import { type ListInit, type ListItemOf, type ListPathOf, paginate } from "./paginate.ts";
import type { RetryOptions } from "./retry-schedule.ts";
import { createRetryingFetch, type FetchLike } from "./retrying-fetch.ts";

export { SDK_VERSION };

/** Where the contract mounts the API (`servers[0].url` in openapi.yaml). */
const API_PREFIX = "/api/v1";

export interface TripwireClientOptions {
  /** The server's origin, e.g. `http://127.0.0.1:3000`. `/api/v1` is appended unless the URL already ends with it. */
  baseUrl: string;
  /** An API key, sent as `Authorization: Bearer <apiKey>`. */
  apiKey: string;
  /**
   * The fetch each attempt goes through, beneath retries and timeouts. Defaults to `globalThis.fetch`, looked up
   * per request (so msw or other instrumentation installed after the client was created still applies).
   */
  fetch?: FetchLike;
  /** Limit for one attempt, until its body is read. Default 30 000 ms. A timeout is retried like a network error. */
  timeoutMs?: number;
  /**
   * Retries for `429`, `5xx`, network errors and timeouts: exponential backoff with jitter, `Retry-After` honoured.
   * Only replay-safe requests are retried after a `5xx` or network error: GET, HEAD, OPTIONS, PUT, DELETE, and POST
   * (which always carries an `Idempotency-Key`). `PATCH` is retried only on `429`. `false` disables retries.
   * Default `{ retries: 3, minDelayMs: 500, maxDelayMs: 30_000 }`.
   */
  retry?: RetryOptions | false;
}

/** The paths of the API whose GET returns a page (`{ data, next_cursor }`), e.g. `"/incidents"`. */
export type ListPath = ListPathOf<paths>;
/** The item type of a list path: `ListItem<"/incidents">` is `Incident`. */
export type ListItem<P extends ListPath> = ListItemOf<paths, P>;

/**
 * The openapi-fetch client for the Tripwire API: `GET`, `POST`, `PUT`, `PATCH`, `DELETE`, ... resolve to
 * `{ data, error, response }` exactly as openapi-fetch documents, plus:
 */
export interface TripwireClient extends Client<paths> {
  /** The API root every path is relative to, e.g. `http://127.0.0.1:3000/api/v1`. */
  readonly baseUrl: string;
  /**
   * Returns the `data` of a call, or throws a `TripwireError` (status, problem document, request id).
   * @example const incident = await client.orThrow(client.GET("/incidents/{incidentId}", { params: { path: { incidentId } } }));
   */
  orThrow: typeof orThrow;
  /**
   * Iterates over every item of a list, page by page, throwing a `TripwireError` when a page fails.
   * @example for await (const incident of client.paginate("/incidents", { params: { query: { status: "investigating" } } })) {}
   */
  paginate<P extends ListPath>(path: P, init?: ListInit<paths, P>): AsyncGenerator<ListItem<P>, void, undefined>;
}

/**
 * Creates a client for the Tripwire API.
 *
 * @example
 * const client = createTripwireClient({ baseUrl: "http://127.0.0.1:3000", apiKey: process.env.TRIPWIRE_API_KEY! });
 * const service = await client.orThrow(client.POST("/services", { body: { name: "checkout-api" } }));
 */
export function createTripwireClient(options: TripwireClientOptions): TripwireClient {
  if (typeof options.apiKey !== "string" || options.apiKey === "") {
    throw new TypeError("createTripwireClient: apiKey is required (a Tripwire API key such as tw_live_...)");
  }
  const baseUrl = apiRoot(options.baseUrl);
  const client = createClient<paths>({
    baseUrl,
    fetch: createRetryingFetch({ fetch: options.fetch, retry: options.retry, timeoutMs: options.timeoutMs }),
    headers: { Authorization: `Bearer ${options.apiKey}`, "X-Tripwire-Client": `sdk/${SDK_VERSION}` },
  });
  // Registered first, so middleware the caller adds later already sees the key.
  client.use(idempotencyKeys);
  return {
    ...client,
    baseUrl,
    orThrow,
    paginate: (path, init) => paginate(client, path, init),
  };
}

/**
 * Gives every POST an `Idempotency-Key` unless the caller set one, so the retries beneath this middleware (and
 * any retry by the caller with the same key) cannot create a resource twice.
 */
const idempotencyKeys: Middleware = {
  onRequest({ request }) {
    if (request.method === "POST" && !request.headers.has("idempotency-key")) {
      request.headers.set("Idempotency-Key", crypto.randomUUID());
    }
    return request;
  },
};

/** `http://host:3000`, `http://host:3000/`, `http://host:3000/api/v1/` → `http://host:3000/api/v1`. */
export function apiRoot(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError(`createTripwireClient: baseUrl must be an absolute URL such as http://127.0.0.1:3000, got ${JSON.stringify(baseUrl)}`);
  }
  const path = url.pathname.replace(/\/+$/, "");
  url.pathname = path.endsWith(API_PREFIX) ? path : `${path}${API_PREFIX}`;
  url.search = "";
  url.hash = "";
  return url.toString();
}
