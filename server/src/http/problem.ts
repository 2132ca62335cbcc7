/**
 * The one boundary where errors become RFC 9457 `application/problem+json`. Known errors (ApiError) keep their
 * detail; anything else is a fixed 500 that says nothing about internals.
 * @see https://www.rfc-editor.org/rfc/rfc9457
 */
import type { z } from "zod";
import { ApiError } from "../errors.ts";
import type { FieldError, Problem } from "../types.ts";
import { VERSION_HEADERS } from "../version.ts";

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
    ...(err.extra.workflows ? { workflows: err.extra.workflows } : {}),
  };
  return new Response(JSON.stringify(body), {
    status: err.status,
    headers: { "content-type": "application/problem+json", "x-request-id": requestId, ...VERSION_HEADERS, ...headers, ...err.extra.headers },
  });
}

export const internalError = () =>
  new ApiError(500, "internal", "Internal server error", "Something went wrong on our side. Nothing was changed.");

export const busyError = () =>
  new ApiError(503, "busy", "Busy", "The database was too busy with concurrent changes to commit this request. Nothing was changed; retry it.", {
    headers: { "retry-after": "1" },
  });

export const routeNotFound = (method: string, path: string) =>
  new ApiError(404, "not-found", "Not found", `There is no ${method} ${path}. See /docs for the operations this API has.`);

/** "#/a/0/b" from a zod issue path (RFC 6901 escaping of ~ and /). */
export function pointer(path: readonly PropertyKey[]): string {
  return "#" + path.map((p) => "/" + String(p).replaceAll("~", "~0").replaceAll("/", "~1")).join("");
}

/** The JSON type of a value, as a client would name it. */
export function jsonType(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v === "bigint" ? "number" : typeof v;
}

/** zod's names for expected types, in JSON terms ("record" is a free-form object). */
const EXPECTED: Record<string, string> = { record: "object", int: "integer", nan: "number" };
const expectedName = (e: string) => EXPECTED[e] ?? e;

/** What one branch of a union wanted at the union's own level, or null when it failed deeper down. */
function branchWanted(branch: readonly z.core.$ZodIssue[]): string | null {
  const [only] = branch;
  if (branch.length !== 1 || !only || only.path.length !== 0) return null;
  if (only.code === "invalid_type") return expectedName(only.expected);
  if (only.code === "invalid_value") return `one of ${only.values.map(String).join(", ")}`;
  return null;
}

/**
 * One issue in words. Needs issues parsed with `reportInput: true`: zod 4 leaves `input` out otherwise, and a
 * missing field (input undefined) could not be told from a wrong-typed one. Only the input's type is reported,
 * never its value (it may be a secret).
 */
function issueDetail(i: z.core.$ZodIssue): string {
  if (i.code === "unrecognized_keys") return `Unknown field${i.keys.length > 1 ? "s" : ""}: ${i.keys.join(", ")}.`;
  if (i.code === "invalid_value") return `Must be one of ${i.values.map(String).join(", ")}.`;
  if ((i.code === "invalid_type" || i.code === "invalid_union") && i.input === undefined) return "Required.";
  if ((i.code === "too_small" || i.code === "too_big") && (i.origin === "number" || i.origin === "int")) {
    const [bound, inclusive] = i.code === "too_small" ? [i.minimum, i.inclusive] : [i.maximum, i.inclusive];
    const word = i.code === "too_small" ? (inclusive ? "at least" : "greater than") : inclusive ? "at most" : "less than";
    return `Must be ${word} ${String(bound)}.`;
  }
  if (i.code === "invalid_type") return `Expected ${expectedName(i.expected)}, got ${jsonType(i.input)}.`;
  if (i.code === "invalid_union" && i.errors.length > 0) {
    const wanted = i.errors.map(branchWanted);
    // Every branch refused the value's type outright: say which types would do.
    if (wanted.every((w) => w !== null)) return `Expected ${[...new Set(wanted)].join(" or ")}, got ${jsonType(i.input)}.`;
  }
  return i.message;
}

/**
 * A union refused the value: when all branches but one refused it by type alone, or by keys they do not have
 * (a condition's `field` in a group), the value was clearly meant as that one branch, and its own issues (deeper
 * down) say more than "Invalid input".
 */
function meantBranch(i: z.core.$ZodIssue): readonly z.core.$ZodIssue[] | null {
  if (i.code !== "invalid_union" || i.input === undefined) return null;
  let candidates = i.errors.filter((b) => branchWanted(b) === null);
  if (candidates.length > 1) candidates = candidates.filter((b) => !b.some((x) => x.code === "unrecognized_keys" && x.path.length === 0));
  return candidates.length === 1 ? candidates[0]! : null;
}

/** Zod issues → field errors, one per failing field (several issues on one field are joined). */
export function fieldErrors(where: FieldError["in"], issues: readonly z.core.$ZodIssue[]): FieldError[] {
  const byPointer = new Map<string, { details: string[]; codes: string[]; wrongType: boolean }>();
  const add = (list: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[]) => {
    for (const i of list) {
      const path = [...prefix, ...i.path];
      const branch = meantBranch(i);
      if (branch) {
        add(branch, path);
        continue;
      }
      const p = pointer(path);
      const entry = byPointer.get(p) ?? { details: [], codes: [], wrongType: false };
      byPointer.set(p, entry);
      // zod still runs length checks on a value of the wrong type ("expected array to have >=1 items" for a
      // string field given []): once the type is wrong, nothing else about the field is worth saying.
      if (entry.wrongType) continue;
      if (i.code === "invalid_type") {
        entry.wrongType = true;
        entry.details.length = 0;
        entry.codes.length = 0;
      }
      // Two bounds of one kind (z.int()'s safe-integer maximum, then the contract's): the later one is the
      // contract's own and the one to tell.
      const same = entry.codes.indexOf(i.code);
      if (same >= 0) {
        entry.details[same] = issueDetail(i);
        continue;
      }
      entry.codes.push(i.code);
      entry.details.push(issueDetail(i));
    }
  };
  add(issues, []);
  return [...byPointer].map(([p, e]) => ({ in: where, pointer: p, detail: e.details.join(" ") }));
}
