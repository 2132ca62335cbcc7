/**
 * @module One async iterator for every list in the API. The contract gives all lists the same envelope,
 * `{ data: [...], next_cursor }` with `cursor`/`limit` query parameters, so the paths that can be paginated and
 * the item type of each are derived from the generated types: a list added to the contract works without an SDK
 * change.
 */
import type { Client, ClientPathsWithMethod, MaybeOptionalInit, MethodResponse } from "openapi-fetch";
import { TripwireError } from "./errors.ts";

/** The envelope every list response shares. */
export interface Page<Item> {
  data: Item[];
  next_cursor: string | null;
}

type GetPath<Paths extends {}> = ClientPathsWithMethod<Client<Paths>, "get">;

/** The GET paths of `Paths` whose success body is a {@link Page}, e.g. `"/incidents"`, `"/events"`. */
export type ListPathOf<Paths extends {}> = {
  [P in GetPath<Paths>]: MethodResponse<Client<Paths>, "get", P> extends Page<unknown> ? P : never;
}[GetPath<Paths>];

/** The item type of a list path: `ListItemOf<paths, "/incidents">` is `Incident`. */
export type ListItemOf<Paths extends {}, P extends GetPath<Paths>> =
  MethodResponse<Client<Paths>, "get", P> extends Page<infer Item> ? Item : never;

/** Request options of a list path, as `client.GET` takes them; `query.cursor`, if given, is where to start. */
export type ListInit<Paths extends {}, P extends GetPath<Paths>> = MaybeOptionalInit<Paths[P] & Record<"get", unknown>, "get">;

// What paginate needs from a client; the generic path-typed signature cannot be called with a computed path.
type UntypedGet = (path: string, init: object) => Promise<{ data?: Page<unknown>; error?: unknown; response: Response }>;

/**
 * Yields every item of a list, fetching the next page when the current one is used up. Each page is one
 * `client.GET` (with the client's retries); a page that still fails throws a {@link TripwireError}. Stop early with
 * `break`: no further page is fetched.
 *
 * @example
 * for await (const incident of paginate(client, "/incidents", { params: { query: { status: "investigating", limit: 100 } } })) {
 *   console.log(incident.title);
 * }
 */
export async function* paginate<Paths extends {}, P extends ListPathOf<Paths>>(
  client: Client<Paths>,
  path: P,
  init?: ListInit<Paths, P>,
): AsyncGenerator<ListItemOf<Paths, P>, void, undefined> {
  const get = client.GET as unknown as UntypedGet;
  const url = String(path);
  const options = (init ?? {}) as { params?: { query?: Record<string, unknown> } };
  let cursor = options.params?.query?.cursor as string | undefined;
  for (;;) {
    const { data, error, response } = await get(url, {
      ...options,
      params: { ...options.params, query: { ...options.params?.query, cursor } },
    });
    if (!response.ok) throw new TripwireError(response, error);
    if (!data || !Array.isArray(data.data)) throw new Error(`paginate ${url}: a ${response.status} page without a { data: [...] } body`);
    yield* data.data as ListItemOf<Paths, P>[];
    if (data.next_cursor === null || data.next_cursor === undefined) return;
    // A server handing back the cursor it was given would otherwise loop forever.
    if (data.next_cursor === cursor) throw new Error(`paginate ${url}: the server returned the same cursor twice (${cursor})`);
    cursor = data.next_cursor;
  }
}
