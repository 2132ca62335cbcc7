import { expect, test } from "bun:test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { systemClock } from "../../clock.ts";
import { createOrganizationWithOwnerKey } from "../../domain/api-keys.ts";
import { createIncident, updateIncident } from "../../domain/incidents.ts";
import { ReadCache } from "./read-cache.ts";
import { openSqliteStore } from "./store.ts";

test("the cache is bounded and forgets entries after its TTL", async () => {
  const c = new ReadCache<number>(2, 30);
  c.set("a", 1);
  c.set("b", 2);
  c.set("c", 3);
  expect(c.get("a")).toBeUndefined();
  expect(c.get("c")).toBe(3);
  await Bun.sleep(40);
  expect(c.get("c")).toBeUndefined();
});

test("a cached incident read never survives a committed change, and a rolled-back change never shows", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tripwire-cache-"));
  const store = openSqliteStore(join(dir, "t.db"));
  try {
    await cachedReadsFollowCommits(store);
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

async function cachedReadsFollowCommits(store: ReturnType<typeof openSqliteStore>): Promise<void> {
  const deps = { store, clock: systemClock };
  const { organization } = await createOrganizationWithOwnerKey(deps, "o");
  const actor = { orgId: organization.id, source: "api" as const, causedBy: null };
  const inc = await createIncident(deps, actor, { title: "before" });
  expect((await store.incidents.get(organization.id, inc.id))?.title).toBe("before"); // now cached
  await updateIncident(deps, actor, inc.id, { title: "after" });
  expect((await store.incidents.get(organization.id, inc.id))?.title).toBe("after");
  await expect(
    store.transaction(async (tx) => {
      await tx.incidents.update(organization.id, { ...inc, title: "rolled back" });
      throw new Error("abort");
    }),
  ).rejects.toThrow("abort");
  expect((await store.incidents.get(organization.id, inc.id))?.title).toBe("after");
}
