/**
 * Paging: every paged list runs newest first (ids are time-ordered, so by id descending; workflow versions by
 * number descending), honours `limit`, hands out every row exactly once when followed by `nextAfter`, says
 * `nextAfter: null` on the last page, and is not shifted by rows created between two page requests.
 */
import { describe, expect, test } from "bun:test";
import type { Page, PageQuery, Repos, Store } from "../types.ts";
import * as f from "./fixtures.ts";
import { freshStore, type OpenStore } from "./harness.ts";

/**
 * One paged list: `parent` creates what its rows hang off (in `orgId`) and returns a context, `add` creates one more
 * row (each newer than the last) and returns its key, `list` reads one page, `key` names a listed item.
 */
interface PagedList<C = unknown, I = unknown> {
  name: string;
  parent(tx: Repos, orgId: string): Promise<C>;
  add(tx: Repos, orgId: string, ctx: C, n: number): Promise<string>;
  list(store: Store, orgId: string, ctx: C, page: PageQuery): Promise<Page<I>>;
  key(item: I): string;
}
const byId = (item: { id: string }) => item.id;
const none = async () => undefined;
function paged<C, I>(l: PagedList<C, I>): PagedList {
  return l as unknown as PagedList;
}

const lists: PagedList[] = [
  paged({
    name: "apiKeys.list",
    parent: none,
    add: async (tx, org) => { const k = f.apiKey(org); await tx.apiKeys.create(k); return k.id; },
    list: (s, org, _c, p) => s.apiKeys.list(org, p),
    key: byId,
  }),
  paged({
    name: "members.list",
    parent: none,
    add: async (tx, org) => { const m = f.member(); await tx.members.create(org, m); return m.id; },
    list: (s, org, _c, p) => s.members.list(org, p),
    key: byId,
  }),
  paged({
    name: "services.list",
    parent: none,
    add: async (tx, org) => { const x = f.service(); await tx.services.create(org, x); return x.id; },
    list: (s, org, _c, p) => s.services.list(org, {}, p),
    key: byId,
  }),
  paged({
    name: "incidents.list",
    parent: none,
    add: async (tx, org) => { const x = f.incident(); await tx.incidents.create(org, x); return x.id; },
    list: (s, org, _c, p) => s.incidents.list(org, {}, p),
    key: byId,
  }),
  paged({
    name: "incidents.listUpdates",
    parent: async (tx, org) => { const i = f.incident(); await tx.incidents.create(org, i); return i.id; },
    add: async (tx, org, incidentId) => { const u = f.incidentUpdate(incidentId); await tx.incidents.addUpdate(org, u); return u.id; },
    list: (s, org, incidentId, p) => s.incidents.listUpdates(org, incidentId, p),
    key: byId,
  }),
  paged({
    name: "events.list",
    parent: none,
    add: async (tx, org) => { const e = f.event(org); await tx.events.append(e); return e.id; },
    list: (s, org, _c, p) => s.events.list(org, {}, p),
    key: byId,
  }),
  paged({
    name: "webhooks.list",
    parent: none,
    add: async (tx, org) => { const w = f.webhook(org); await tx.webhooks.create(w); return w.id; },
    list: (s, org, _c, p) => s.webhooks.list(org, p),
    key: byId,
  }),
  paged({
    name: "deliveries.list",
    parent: async (tx, org) => { const w = f.webhook(org); await tx.webhooks.create(w); return w.id; },
    add: async (tx, org, webhookId) => { const d = f.delivery(org, webhookId); await tx.deliveries.create(d); return d.id; },
    list: (s, org, webhookId, p) => s.deliveries.list(org, webhookId, undefined, p),
    key: byId,
  }),
  paged({
    name: "workflows.list",
    parent: none,
    add: async (tx, org) => { const w = f.workflow(org); await tx.workflows.create(w); return w.id; },
    list: (s, org, _c, p) => s.workflows.list(org, {}, p),
    key: byId,
  }),
  paged({
    name: "workflows.listVersions (by version number)",
    parent: async (tx, org) => { const w = f.workflow(org); await tx.workflows.create(w); return w.id; },
    add: async (tx, org, workflowId, n) => { await tx.workflows.addVersion(f.workflowVersion(org, workflowId, n)); return String(n); },
    list: (s, org, workflowId, p) => s.workflows.listVersions(org, workflowId, p),
    key: (v) => String(v.version),
  }),
  paged({
    name: "runs.list",
    parent: async (tx, org) => { const w = f.workflow(org); await tx.workflows.create(w); return w.id; },
    add: async (tx, org, workflowId) => { const r = f.run(org, workflowId); await tx.runs.create(r, []); return r.id; },
    list: (s, org, _c, p) => s.runs.list(org, {}, p),
    key: byId,
  }),
  paged({
    name: "evaluations.list",
    parent: async (tx, org) => { const w = f.workflow(org); await tx.workflows.create(w); return w.id; },
    add: async (tx, org, workflowId) => { const e = f.evaluation(org, workflowId); await tx.evaluations.create(e); return e.id; },
    list: (s, org, workflowId, p) => s.evaluations.list(org, workflowId, p),
    key: byId,
  }),
  paged({
    name: "channels.list",
    parent: none,
    add: async (tx, org) => { const c = f.channel(org); await tx.channels.create(c); return c.id; },
    list: (s, org, _c, p) => s.channels.list(org, p),
    key: byId,
  }),
  paged({
    name: "alerts.list",
    parent: none,
    add: async (tx, org) => { const a = f.alert(org); await tx.alerts.create(a); return a.id; },
    list: (s, org, _c, p) => s.alerts.list(org, {}, p),
    key: byId,
  }),
  paged({
    name: "escalationPolicies.list",
    parent: none,
    add: async (tx, org) => { const p = f.escalationPolicy(org); await tx.escalationPolicies.create(p); return p.id; },
    list: (s, org, _c, p) => s.escalationPolicies.list(org, p),
    key: byId,
  }),
  paged({
    name: "escalations.list",
    parent: async (tx, org) => { const p = f.escalationPolicy(org); await tx.escalationPolicies.create(p); return p; },
    add: async (tx, org, policy) => { const e = f.escalation(org, policy); await tx.escalations.create(e); return e.id; },
    list: (s, org, _c, p) => s.escalations.list(org, {}, p),
    key: byId,
  }),
];

export function pagingContract(open: OpenStore): void {
  describe("paging", () => {
    const current = freshStore(open);

    /** An organization with `n` rows of the list, created oldest first; returns their keys in creation order. */
    async function seed(l: PagedList, n: number) {
      const store = current();
      const org = f.organization();
      const ctx = await store.transaction(async (tx) => {
        await tx.organizations.create(org);
        return l.parent(tx, org.id);
      });
      const keys: string[] = [];
      const add = async (count: number) => {
        for (let i = 0; i < count; i++) {
          // One transaction per row, as rows arrive in real use.
          keys.push(await store.transaction((tx) => l.add(tx, org.id, ctx, keys.length + 1)));
        }
      };
      await add(n);
      const read = (page: PageQuery) => l.list(store, org.id, ctx, page);
      return { keys, add, read };
    }

    for (const l of lists) {
      describe(l.name, () => {
        test("an empty list is one empty last page", async () => {
          const { read } = await seed(l, 0);
          expect(await read({ limit: 3 })).toEqual({ items: [], nextAfter: null });
        });

        test("pages run newest first, honour the limit, return every row once and end with nextAfter null", async () => {
          const { keys, read } = await seed(l, 7);
          const pages: string[][] = [];
          let after: string | undefined;
          for (let i = 0; i < 10; i++) {
            const page = await read({ limit: 3, after });
            pages.push(page.items.map(l.key));
            if (page.nextAfter === null) break;
            expect(page.items.length).toBe(3);
            after = page.nextAfter;
          }
          expect(pages).toEqual([keys.slice(4, 7).reverse(), keys.slice(1, 4).reverse(), keys.slice(0, 1)]);
        });

        test("a page that ends exactly at the last row says so (nextAfter null), and a larger limit returns all", async () => {
          const { keys, read } = await seed(l, 4);
          const first = await read({ limit: 2 });
          expect(first.items.map(l.key)).toEqual(keys.slice(2, 4).reverse());
          expect(first.nextAfter).not.toBeNull();
          const last = await read({ limit: 2, after: first.nextAfter ?? undefined });
          expect(last).toEqual({ items: last.items, nextAfter: null });
          expect(last.items.map(l.key)).toEqual(keys.slice(0, 2).reverse());
          const all = await read({ limit: 4 });
          expect(all.items.map(l.key)).toEqual([...keys].reverse());
          expect(all.nextAfter).toBeNull();
          expect((await read({ limit: 1 })).items.map(l.key)).toEqual(keys.slice(3, 4));
        });

        test("rows created between page requests neither shift nor repeat the pages that follow", async () => {
          const { keys, add, read } = await seed(l, 6);
          const original = [...keys].reverse();
          const first = await read({ limit: 2 });
          expect(first.items.map(l.key)).toEqual(original.slice(0, 2));
          await add(3); // newer than every row already paged
          const seen = first.items.map(l.key);
          let after = first.nextAfter;
          while (after !== null) {
            const page = await read({ limit: 2, after });
            seen.push(...page.items.map(l.key));
            after = page.nextAfter;
          }
          expect(seen).toEqual(original);
          // A listing started afresh shows the new rows first.
          expect((await read({ limit: 3 })).items.map(l.key)).toEqual(keys.slice(6).reverse());
        });
      });
    }
  });
}
