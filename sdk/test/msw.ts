/**
 * The one msw server of the SDK test process (two servers in one process share a single interceptor, see
 * stack.md §4.1). msw stays inside the SDK's tests: server, webhook and example tests talk to real loopback
 * servers, which a global msw preload would reject.
 */
import { afterAll, afterEach, beforeAll } from "bun:test";
import { HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { createOpenApiHttp } from "openapi-msw";
import type { paths, Problem } from "../src/index.ts";

/** The origin the SDK tests talk to; nothing listens there, msw answers. */
export const ORIGIN = "http://tripwire.test";

export const server = setupServer();

/** Handlers typed by the contract: paths, params, bodies and response shapes are checked at compile time. */
export const http = createOpenApiHttp<paths>({ baseUrl: `${ORIGIN}/api/v1` });

/** Listens for the current test file; any request without a handler fails the test instead of leaving the process. */
export function useMsw(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
}

/** An RFC 9457 response as the server sends it. */
export function problemResponse(problem: Problem, headers: Record<string, string> = {}): HttpResponse<Problem> {
  return HttpResponse.json(problem, {
    status: problem.status,
    headers: { "content-type": "application/problem+json", "x-request-id": problem.request_id, ...headers },
  });
}

/** A problem document with the fields every Tripwire error has. */
export function problem(status: number, title: string, detail: string, extra: Partial<Problem> = {}): Problem {
  const slug = title.toLowerCase().replaceAll(" ", "-");
  return { type: `https://tripwire.dev/problems/${slug}`, title, status, detail, instance: "/api/v1/test", request_id: `req_${status}_test`, ...extra };
}
