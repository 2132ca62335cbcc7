/**
 * @module The SDK's one error type, and the opt-in helper that turns openapi-fetch's `{ data, error, response }`
 * into "the data, or a thrown {@link TripwireError}".
 */
import type { components } from "./generated/openapi.d.ts";
import { CONTRACT_VERSION, SDK_VERSION } from "./generated/version.ts";

type Problem = components["schemas"]["Problem"];
type FieldError = components["schemas"]["FieldError"];

const PROBLEM_JSON = /^application\/problem\+json\s*(?:;|$)/i;

/**
 * An HTTP error answer from the Tripwire API (any status >= 400, after retries).
 *
 * Network failures and timeouts are not `TripwireError`s: there is no response to describe. They reject with the
 * underlying error (`TypeError` from fetch, a `DOMException` named `TimeoutError`, or your signal's reason).
 *
 * @example
 * try {
 *   await client.orThrow(client.POST("/incidents", { body: { title: "" } }));
 * } catch (e) {
 *   if (e instanceof TripwireError && e.status === 422) console.log(e.fieldErrors[0]?.pointer); // "#/title"
 * }
 */
export class TripwireError extends Error {
  override readonly name = "TripwireError";
  /** The HTTP status. */
  readonly status: number;
  /** The RFC 9457 problem document, when the body was `application/problem+json`. */
  readonly problem: Problem | undefined;
  /** The error body as read: the problem document, other JSON, or text (`undefined` when empty). */
  readonly body: unknown;
  /** The server's request id (from the problem document or the `X-Request-Id` header), for support and logs. */
  readonly requestId: string | undefined;
  /** The final response. Its body has already been read. */
  readonly response: Response;
  /** The server's release (`Tripwire-Version` header), when it sent one. */
  readonly serverVersion: string | undefined;
  /**
   * The contract version the server implements (`Tripwire-Contract-Version` header). When it differs from
   * {@link CONTRACT_VERSION}, the message says so: the SDK and the server were built from different contracts.
   */
  readonly serverContractVersion: string | undefined;

  /**
   * @param response the error response
   * @param body the response body already read and, when JSON, parsed (as openapi-fetch's `error` is)
   */
  constructor(response: Response, body: unknown) {
    const problem = isProblem(response, body) ? body : undefined;
    const requestId = problem?.request_id ?? response.headers.get("x-request-id") ?? undefined;
    const serverVersion = response.headers.get("tripwire-version") ?? undefined;
    const serverContractVersion = response.headers.get("tripwire-contract-version") ?? undefined;
    super(describe(response, problem, requestId) + mismatch(serverVersion, serverContractVersion));
    this.status = response.status;
    this.problem = problem;
    this.body = body;
    this.requestId = requestId;
    this.response = response;
    this.serverVersion = serverVersion;
    this.serverContractVersion = serverContractVersion;
  }

  /** True when the server said which contract it implements and it is not the one this SDK was generated from. */
  get contractMismatch(): boolean {
    return this.serverContractVersion !== undefined && this.serverContractVersion !== CONTRACT_VERSION;
  }

  /** The invalid fields of a `422` (`problem.errors`), or an empty list. */
  get fieldErrors(): FieldError[] {
    return this.problem?.errors ?? [];
  }

  /** Builds the error from a response whose body has not been read yet (for use with plain `fetch`). */
  static async fromResponse(response: Response): Promise<TripwireError> {
    const text = await response.text();
    let body: unknown = text === "" ? undefined : text;
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON (a proxy's HTML page, plain text): keep the text.
    }
    return new TripwireError(response, body);
  }
}

function isProblem(response: Response, body: unknown): body is Problem {
  return PROBLEM_JSON.test(response.headers.get("content-type") ?? "") && typeof body === "object" && body !== null;
}

function describe(response: Response, problem: Problem | undefined, requestId: string | undefined): string {
  const what = problem ? `${problem.title}: ${problem.detail}` : response.statusText || "HTTP error";
  return `${response.status} ${what}${requestId ? ` (request ${requestId})` : ""}`;
}

/** " [server 0.3.0 implements contract 0.3.0; this SDK 0.1.0 was generated from contract 0.1.0]", or "". */
function mismatch(serverVersion: string | undefined, serverContract: string | undefined): string {
  if (serverContract === undefined || serverContract === CONTRACT_VERSION) return "";
  const server = serverVersion === undefined ? "the server" : `server ${serverVersion}`;
  return ` [${server} implements contract ${serverContract}; this SDK ${SDK_VERSION} was generated from contract ${CONTRACT_VERSION}]`;
}

/** The result of any openapi-fetch call (`client.GET(...)` and friends). */
export interface FetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/**
 * The success body of a result type. openapi-fetch types a body-less success (`204`) as `never`; it is
 * `undefined` at run time, so it is typed so here.
 */
export type DataOf<R> = R extends { data: infer D; error?: never } ? ([D] extends [never] ? undefined : D) : never;

/**
 * Awaits an openapi-fetch call and returns its `data`, or throws a {@link TripwireError} for an error status.
 *
 * @example
 * const incident = await orThrow(client.GET("/incidents/{incidentId}", { params: { path: { incidentId } } }));
 * incident.title; // typed as Incident, no undefined check
 */
export async function orThrow<R extends FetchResult>(result: R | PromiseLike<R>): Promise<DataOf<R>> {
  const { data, error, response } = await result;
  if (!response.ok) throw new TripwireError(response, error);
  return data as DataOf<R>;
}
