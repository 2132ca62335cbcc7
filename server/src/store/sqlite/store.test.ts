/** The store's durability rules, on a real SQLite file. */
import { afterAll, expect, test } from "bun:test";
import { Database } from "bun:sqlite";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrations } from "./migrations.ts";
import { openSqliteStore } from "./store.ts";

const dir = mkdtempSync(join(tmpdir(), "tripwire-store-"));
// bun test runs every file in one process, so "exit" would come only after the whole suite, and not at all when
// it is killed: remove the folder when this file is done.
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const org = { id: "org_01M83XXQCFS30DJY7A7AE63ZY4", name: "o", created_at: "2026-01-01T00:00:00.000Z" };
const event = (id: string) => ({
  id,
  organization_id: org.id,
  type: "service.created" as const,
  resource_type: "service" as const,
  resource_id: "svc_x",
  data: {},
  caused_by: null,
  created_at: org.created_at,
});

test("connections use WAL, NORMAL sync, a busy timeout and foreign keys; migrations are recorded", () => {
  const path = join(dir, "pragmas.db");
  openSqliteStore(path).close();
  const db = new Database(path);
  expect(db.query("PRAGMA journal_mode").get()).toEqual({ journal_mode: "wal" });
  expect((db.query("SELECT version FROM schema_migrations").all() as { version: number }[]).map((r) => r.version)).toEqual(migrations.map((m) => m.version));
  expect(migrations.map((m) => m.version).slice(0, 8)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  db.close();
  // Re-opening applies nothing twice.
  openSqliteStore(path).close();
});

test("a transaction that throws writes nothing, and announces no events", async () => {
  const store = openSqliteStore(join(dir, "rollback.db"));
  const announced: string[] = [];
  store.onCommittedEvents((es) => announced.push(...es.map((e) => e.id)));
  await store.transaction((tx) => tx.organizations.create(org));
  await expect(
    store.transaction(async (tx) => {
      await tx.events.append(event("evt_01M83XXQCFS30DJY7A7AE63ZY5"));
      throw new Error("boom");
    }),
  ).rejects.toThrow("boom");
  expect(await store.events.get(org.id, "evt_01M83XXQCFS30DJY7A7AE63ZY5")).toBeNull();
  expect(announced).toEqual([]);

  await store.transaction((tx) => tx.events.append(event("evt_01M83XXQCFS30DJY7A7AE63ZY6")));
  expect(announced).toEqual(["evt_01M83XXQCFS30DJY7A7AE63ZY6"]);
  const { events: since } = await store.outbox.read("test", 10);
  expect(since.map((e) => e.id)).toEqual(["evt_01M83XXQCFS30DJY7A7AE63ZY6"]);
  store.close();
});

test("concurrent transactions are serialized, never interleaved", async () => {
  const store = openSqliteStore(join(dir, "serial.db"));
  await store.transaction((tx) => tx.organizations.create(org));
  const order: string[] = [];
  const tx = (name: string) =>
    store.transaction(async (t) => {
      order.push(`${name}:start`);
      await Bun.sleep(5);
      await t.organizations.count();
      order.push(`${name}:end`);
    });
  await Promise.all([tx("a"), tx("b"), tx("c")]);
  expect(order).toEqual(["a:start", "a:end", "b:start", "b:end", "c:start", "c:end"]);
  store.close();
});

test("tx.savepoint nests explicitly: its failure rolls back only its own writes; a nested store.transaction is refused", async () => {
  const store = openSqliteStore(join(dir, "nested.db"));
  const announced: string[] = [];
  store.onCommittedEvents((es) => announced.push(...es.map((e) => e.id)));
  await store.transaction(async (tx) => {
    await tx.organizations.create(org);
    await tx.events.append(event("evt_01M83XXQCFS30DJY7A7AE63ZZ1"));
    await expect(
      tx.savepoint(async (inner) => {
        await inner.events.append(event("evt_01M83XXQCFS30DJY7A7AE63ZZ2"));
        throw new Error("inner fails");
      }),
    ).rejects.toThrow("inner fails");
    await tx.savepoint((inner) => inner.events.append(event("evt_01M83XXQCFS30DJY7A7AE63ZZ3")));
    // Joining silently would hide which writes belong together; waiting would deadlock on the writer lock.
    await expect(store.transaction((inner) => inner.organizations.count())).rejects.toThrow("transactions do not nest");
  });
  expect((await store.outbox.read("test", 10)).events.map((e) => e.id)).toEqual(["evt_01M83XXQCFS30DJY7A7AE63ZZ1", "evt_01M83XXQCFS30DJY7A7AE63ZZ3"]);
  expect(announced).toEqual(["evt_01M83XXQCFS30DJY7A7AE63ZZ1", "evt_01M83XXQCFS30DJY7A7AE63ZZ3"]);
  store.close();
});

test("work scheduled inside a transaction but run after it commits starts a transaction of its own", async () => {
  const store = openSqliteStore(join(dir, "late.db"));
  let late: Promise<number> | undefined;
  await store.transaction(async (tx) => {
    await tx.organizations.create(org);
    late = new Promise((resolve) => setTimeout(() => resolve(store.transaction((t) => t.organizations.count())), 20));
  });
  expect(await late).toBe(1);
  store.close();
});

test("new databases give freed pages back (auto_vacuum = INCREMENTAL); an older small one is switched at start, its data kept", async () => {
  const fresh = join(dir, "incremental.db");
  const store = openSqliteStore(fresh);
  await store.transaction(async (tx) => {
    await tx.organizations.create(org);
    for (let i = 0; i < 300; i++) await tx.events.append({ ...event(`evt_${i}`), data: { pad: "x".repeat(2000) } });
  });
  await store.transaction(async (tx) => {
    const { position } = await tx.outbox.read("c", 1000);
    await tx.outbox.advance("c", position!);
  });
  const pages = () => {
    const db = new Database(fresh, { readonly: true });
    const n = (db.query("PRAGMA page_count").get() as { page_count: number }).page_count;
    db.close();
    return n;
  };
  expect(await store.transaction((tx) => tx.outbox.prune(org.id, "2027-01-01T00:00:00.000Z", 1000))).toBe(300);
  const before = pages();
  expect(await store.reclaimSpace(100_000)).toBeGreaterThan(100);
  expect(pages()).toBeLessThan(before - 100);
  store.close();

  // A database made by an earlier build: no auto_vacuum, tables and rows already there.
  const legacy = join(dir, "legacy.db");
  const old = new Database(legacy);
  old.run("CREATE TABLE kept (v TEXT)");
  old.run("INSERT INTO kept VALUES ('still here')");
  old.close();
  openSqliteStore(legacy).close();
  const db = new Database(legacy);
  expect(db.query("PRAGMA auto_vacuum").get()).toEqual({ auto_vacuum: 2 });
  expect(db.query("SELECT v FROM kept").get()).toEqual({ v: "still here" });
  db.close();
});

test("migration 17 gives workflows active before it their first activation's time, and drafts none", async () => {
  const path = join(dir, "activated-at.db");
  // A database as the build before migration 17 left it: one active workflow (activated, then changed: two
  // versions), one disabled, one draft.
  const db = databaseBefore(path, 17);
  const workflow = db.query(
    "INSERT INTO workflows (id, organization_id, name, trigger, trigger_type, actions, state, version, created_at, updated_at) VALUES (?, ?, 'w', '{}', 'incident.created', '[]', ?, ?, ?, ?)",
  );
  const version = db.query("INSERT INTO workflow_versions (workflow_id, version, organization_id, name, trigger, actions, created_at) VALUES (?, ?, ?, 'w', '{}', '[]', ?)");
  workflow.run("wfl_active", org.id, "active", 2, "2026-02-01T00:00:00.000Z", "2026-02-03T00:00:00.000Z");
  version.run("wfl_active", 1, org.id, "2026-02-02T00:00:00.000Z");
  version.run("wfl_active", 2, org.id, "2026-02-03T00:00:00.000Z");
  workflow.run("wfl_disabled", org.id, "disabled", 1, "2026-03-01T00:00:00.000Z", "2026-03-05T00:00:00.000Z");
  version.run("wfl_disabled", 1, org.id, "2026-03-02T00:00:00.000Z");
  workflow.run("wfl_draft", org.id, "draft", 0, "2026-04-01T00:00:00.000Z", "2026-04-01T00:00:00.000Z");
  db.close();

  const store = openSqliteStore(path);
  const activatedAt = async (id: string) => (await store.workflows.get(org.id, id))?.activated_at;
  expect(await activatedAt("wfl_active")).toBe("2026-02-02T00:00:00.000Z");
  expect(await activatedAt("wfl_disabled")).toBe("2026-03-02T00:00:00.000Z");
  expect(await activatedAt("wfl_draft")).toBeNull();
  store.close();
});

test("migration 19 gives endpoints from before it their creation time as enabled_at", async () => {
  const path = join(dir, "enabled-at.db");
  const db = databaseBefore(path, 19);
  db.query(
    "INSERT INTO webhooks (id, organization_id, url, events, headers, is_active, secret_sealed, created_at, updated_at) VALUES ('whk_1', ?, 'https://x.example', '[\"*\"]', '{}', 1, 's', ?, ?)",
  ).run(org.id, "2026-02-01T00:00:00.000Z", "2026-02-05T00:00:00.000Z");
  db.close();
  const store = openSqliteStore(path);
  expect((await store.webhooks.get(org.id, "whk_1"))?.enabled_at).toBe("2026-02-01T00:00:00.000Z");
  store.close();
});

/** A database as the build before migration `version` left it, with the organization `org` in it. */
function databaseBefore(path: string, version: number): Database {
  const db = new Database(path);
  db.run("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
  for (const m of migrations.filter((m) => m.version < version)) {
    db.run(m.sql);
    db.query("INSERT INTO schema_migrations VALUES (?, ?, ?)").run(m.version, m.name, "2026-01-01T00:00:00.000Z");
  }
  db.query("INSERT INTO organizations (id, name, created_at) VALUES (?, ?, ?)").run(org.id, org.name, org.created_at);
  return db;
}
