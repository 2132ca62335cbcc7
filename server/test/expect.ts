/** Assertions shared by the real-server tests: a success body that conforms to its schema, or a problem document. */
import { expect } from "bun:test";
import type { z } from "zod";
import { zProblem } from "../src/generated/zod.gen.ts";

export interface ApiResponse {
  status: number;
  headers: Headers;
  // biome-ignore lint: tests read arbitrary JSON bodies
  body: any;
}

/** The status, and the body parsed with the contract's schema (so the response is proven to conform). */
export function expectOk<S extends z.ZodType>(res: ApiResponse, status: number, schema: S): z.output<S> {
  // Status and body together, so a failure shows the problem document the server sent.
  expect({ status: res.status, body: res.body }).toMatchObject({ status });
  return schema.parse(res.body);
}

/** An RFC 9457 problem of this status and type, carrying the response's request id. */
export function expectProblem(res: ApiResponse, status: number, slug: string) {
  expect({ status: res.status, body: res.body }).toMatchObject({ status });
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  const p = zProblem.parse(res.body);
  expect(p.type).toBe(`https://tripwire.dev/problems/${slug}`);
  expect(p.status).toBe(status);
  expect(p.request_id).toBe(res.headers.get("x-request-id") ?? "missing x-request-id");
  // Never a stack trace or an internal error message.
  expect(JSON.stringify(p)).not.toMatch(/at .*\.ts:\d+|Error:/);
  return p;
}

let seq = 0;
/** A name no other test in the run uses. */
export const unique = (what: string) => `${what}-${Date.now()}-${++seq}`;
