import type { Page, PageQuery } from "../types.ts";

/** Turns `limit + 1` rows into a page: the extra row only tells us there is a next page. */
export function toPage<R, T extends { id: string }>(rows: R[], page: PageQuery, map: (r: R) => T): Page<T> {
  const items = rows.slice(0, page.limit).map(map);
  const last = items[items.length - 1];
  return { items, nextAfter: rows.length > page.limit && last ? last.id : null };
}

/** A paged query's parameters: the cursor, and one row more than the page (toPage drops it: it only says there is a next page). */
export const pageParams = (page: PageQuery) => ({ after: page.after ?? null, limit: page.limit + 1 });

/** JSON kept as text: the same helper for both stores (rows.ts). */
export { json } from "../rows.ts";
