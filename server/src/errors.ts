/**
 * The server's one error type. Domain code throws it; the HTTP boundary (http/problem.ts) renders it as an
 * RFC 9457 problem document. Anything else that escapes becomes a fixed 500 with no internal detail.
 * @see https://www.rfc-editor.org/rfc/rfc9457
 */
import type { FieldError } from "./types.ts";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    /** Slug appended to the problem type URI, e.g. "not-found". */
    readonly slug: string,
    readonly title: string,
    readonly detail: string,
    readonly extra: {
      errors?: FieldError[];
      required_scope?: string;
      headers?: Record<string, string>;
      /** For a 409 on deleting something active workflows use: which, and where. */
      workflows?: { id: string; name: string; pointers: string[] }[];
    } = {},
  ) {
    super(detail);
    this.name = "ApiError";
  }

  static badRequest(slug: string, title: string, detail: string) {
    return new ApiError(400, slug, title, detail);
  }
  static unauthorized(detail: string) {
    return new ApiError(401, "unauthorized", "Unauthorized", detail);
  }
  static forbidden(scope: string) {
    return new ApiError(403, "insufficient-scope", "Insufficient scope", `This operation needs the scope ${scope}.`, {
      required_scope: scope,
    });
  }
  static notFound(what: string, id: string) {
    return new ApiError(404, "not-found", "Not found", `No ${what} ${id}.`);
  }
  static conflict(slug: string, title: string, detail: string) {
    return new ApiError(409, slug, title, detail);
  }
  static invalidTransition(detail: string) {
    return new ApiError(409, "invalid-transition", "Invalid transition", detail);
  }
  static validation(errors: FieldError[]) {
    const n = errors.length;
    return new ApiError(422, "validation", "Validation failed", n === 1 ? "1 field is invalid." : `${n} fields are invalid.`, {
      errors,
    });
  }
}
