/**
 * The one boundary where errors become RFC 9457 `application/problem+json`. Known errors (ApiError) keep their
 * detail; anything else is a fixed 500 that says nothing about internals.
 * @see https://www.rfc-editor.org/rfc/rfc9457
 */
import type { z } from "zod";
import { ApiError } from "../errors.ts";
import type { FieldError, Problem } from "../types.ts";

export const PROBLEM_BASE = "https://tripwire.dev/problems/";

export function problemResponse(err: ApiError, instance: string, requestId: string, headers: Record<string, string> = {}): Response {
  const body: Problem = {
    type: PROBLEM_BASE + err.slug,
    title: err.title,
    status: err.status,
    detail: err.detail,
    instance,
    request_id: requestId,
    ...(err.extra.errors ? { errors: err.extra.errors } : {}),
    ...(err.extra.required_scope ? { required_scope: err.extra.required_scope } : {}),
  };
  return new Response(JSON.stringify(body), {
    status: err.status,
    headers: { "content-type": "application/problem+json", "x-request-id": requestId, ...headers, ...err.extra.headers },
  });
}

export const internalError = () =>
  new ApiError(500, "internal", "Internal server error", "Something went wrong on our side. Nothing was changed.");

export const routeNotFound = (method: string, path: string) =>
  new ApiError(404, "not-found", "Not found", `There is no ${method} ${path}. See /docs for the operations this API has.`);

/** "#/a/0/b" from a zod issue path (RFC 6901 escaping of ~ and /). */
export function pointer(path: readonly PropertyKey[]): string {
  return "#" + path.map((p) => "/" + String(p).replaceAll("~", "~0").replaceAll("/", "~1")).join("");
}

/** Zod issues → field errors, one per failing field (several issues on one field are joined). */
export function fieldErrors(where: FieldError["in"], issues: readonly z.core.$ZodIssue[]): FieldError[] {
  const byPointer = new Map<string, string[]>();
  for (const i of issues) {
    let detail = i.message;
    if (i.code === "unrecognized_keys") detail = `Unknown field${i.keys.length > 1 ? "s" : ""}: ${i.keys.join(", ")}.`;
    else if (i.code === "invalid_value" && "values" in i) detail = `Must be one of ${i.values.map(String).join(", ")}.`;
    else if (i.code === "invalid_type" && i.input === undefined) detail = "Required.";
    const p = pointer(i.path);
    byPointer.set(p, [...(byPointer.get(p) ?? []), detail]);
  }
  return [...byPointer].map(([p, details]) => ({ in: where, pointer: p, detail: details.join(" ") }));
}
