/**
 * The one list envelope: `{ data, next_cursor }`. The cursor is opaque to clients (base64url of the last id), so
 * it can change shape later; ids are time-ordered, so inserts during paging never shift later pages.
 */
import { ApiError } from "../errors.ts";
import type { Page } from "../store/types.ts";

export function decodeCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  const id = Buffer.from(cursor, "base64url").toString("utf8");
  if (!/^[a-z]{3}_[0-9A-Z]{26}$/.test(id)) {
    throw ApiError.validation([{ in: "query", pointer: "#/cursor", detail: "Not a cursor this API issued; pass next_cursor back unchanged." }]);
  }
  return id;
}

export function envelope<T>(page: Page<T>) {
  return { data: page.items, next_cursor: page.nextAfter ? Buffer.from(page.nextAfter).toString("base64url") : null };
}
