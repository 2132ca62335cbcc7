import { describe, expect, test } from "bun:test";
import { createOrganizationWithOwnerKey } from "../domain/api-keys.ts";
import type { ApiError } from "../errors.ts";
import { openSqliteStore } from "../store/sqlite/store.ts";
import type { ApiKeyRecord } from "../store/types.ts";
import { Authenticator, credentialFrom } from "./auth.ts";
import { LocalKeyCache } from "./key-cache.ts";

test.each([
  [{ authorization: "Bearer tw_live_abc" }, "tw_live_abc"],
  [{ authorization: "bearer   tw_live_abc  " }, "tw_live_abc"],
  [{ authorization: "Basic dXNlcjpwYXNz" }, ""],
  [{ authorization: "Bearer" }, ""],
  [{ authorization: "Bearer a b" }, ""],
  [{ "x-api-key": "tw_live_abc" }, "tw_live_abc"],
  [{}, null],
])("credentialFrom(%p) → %p", (headers, want) => {
  expect(credentialFrom(new Headers(headers as Record<string, string>))).toBe(want);
});

describe("Authenticator's cache", () => {
  const setup = async () => {
    const store = openSqliteStore(":memory:");
    const now = Date.parse("2026-01-01T00:00:00Z");
    const clock = { now: () => now };
    const { key } = await createOrganizationWithOwnerKey({ store, clock }, "Org");
    const cache = new LocalKeyCache();
    const cached: string[] = [];
    const spy = Object.assign(Object.create(cache) as LocalKeyCache, {
      set: (presented: string, bearer: boolean, k: ApiKeyRecord, at: number) => {
        cached.push(presented);
        cache.set(presented, bearer, k, at);
      },
    });
    return { store, auth: new Authenticator(store, clock, spy), secret: key.secret, cached };
  };
  const reason = async (f: () => unknown) => {
    try {
      await f();
    } catch (e) {
      return (e as ApiError).status;
    }
    return 200;
  };

  test("a value cached from Authorization does not count as an X-API-Key", async () => {
    const { auth, secret } = await setup();
    expect(await reason(() => auth.authenticate(new Headers({ authorization: `Bearer ${secret}` })))).toBe(200);
    expect(await reason(() => auth.authenticate(new Headers({ authorization: `Bearer ${secret}` })))).toBe(200);
    expect(await reason(() => auth.authenticate(new Headers({ "x-api-key": `Bearer ${secret}` })))).toBe(401);
    expect(await reason(() => auth.authenticate(new Headers({ "x-api-key": secret })))).toBe(200);
  });

  test("a revoked key stops working at once in this process, cached or not", async () => {
    const { store, auth, secret } = await setup();
    const h = new Headers({ authorization: `Bearer ${secret}` });
    const key = await auth.authenticate(h);
    await store.transaction((tx) => tx.apiKeys.revoke(key.organization_id, key.id, new Date().toISOString()));
    auth.invalidate(key.id);
    expect(await reason(() => auth.authenticate(h))).toBe(401);
  });

  test("unknown keys are answered 401 and never cached", async () => {
    const { auth, cached, secret } = await setup();
    const h = new Headers({ authorization: "Bearer tw_live_0000000000000000000000000000000000000000000" });
    expect(await reason(() => auth.authenticate(h))).toBe(401);
    expect(cached).toEqual([]);
    await auth.authenticate(new Headers({ authorization: `Bearer ${secret}` }));
    expect(cached).toEqual([`Bearer ${secret}`]); // a found key is

  });
});
