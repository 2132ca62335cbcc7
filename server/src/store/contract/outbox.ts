/**
 * The events outbox as its consumers read it (store/types.ts `OutboxRepo`): events of every organization, after the
 * consumer's position, in batches; positions are opaque and move only with `advance`; and the outbox order rule —
 * an event whose transaction commits after a later-numbered one is read late, never skipped.
 */
import { describe, expect, test } from "bun:test";
import type { Store } from "../types.ts";
import * as f from "./fixtures.ts";
import { freshStore, type OpenStore } from "./harness.ts";

/** Reads everything the consumer has not passed, batch by batch, advancing as a consumer does. */
async function drain(store: Store, consumer: string, batch = 2): Promise<string[]> {
  const seen: string[] = [];
  for (;;) {
    const n = await store.transaction(async (tx) => {
      const { events, position } = await tx.outbox.read(consumer, batch);
      if (events.length === 0 || position === null) return 0;
      seen.push(...events.map((e) => e.id));
      await tx.outbox.advance(consumer, position);
      return events.length;
    });
    if (n === 0) return seen;
  }
}

export function outboxContract(open: OpenStore): void {
  describe("events outbox", () => {
    const current = freshStore(open);

    const orgs = f.twoOrganizations;
    const append = f.appendEvents;

    test("read returns events of every organization in commit order, at most limit, and a position to advance to", async () => {
      const store = current();
      const { a, b } = await orgs(store);
      const appended = [f.event(a), f.event(b), f.event(a), f.event(b), f.event(a)];
      // Two transactions, so the order has to hold across commits too.
      await append(store, appended.slice(0, 3));
      await append(store, appended.slice(3));

      const first = await store.outbox.read("c", 100);
      expect(first.events).toEqual(appended);
      expect(typeof first.position).toBe("string");
      // Reading does not move the consumer; only advance does.
      expect((await store.outbox.read("c", 2)).events.map((e) => e.id)).toEqual(appended.slice(0, 2).map((e) => e.id));
      const two = await store.outbox.read("c", 2);
      await store.transaction((tx) => tx.outbox.advance("c", two.position!));
      expect((await store.outbox.read("c", 100)).events.map((e) => e.id)).toEqual(appended.slice(2).map((e) => e.id));
      await store.transaction((tx) => tx.outbox.advance("c", first.position!));
      expect(await store.outbox.read("c", 100)).toEqual({ events: [], position: null });
    });

    test("consumers are independent, start at the beginning, and a rolled-back advance does not move one", async () => {
      const store = current();
      const { a } = await orgs(store);
      const events = [f.event(a), f.event(a)];
      await append(store, events);
      expect(await drain(store, "webhooks")).toEqual(events.map((e) => e.id));
      const { position } = await store.outbox.read("workflows", 1);
      await expect(
        store.transaction(async (tx) => {
          await tx.outbox.advance("workflows", position!);
          throw new Error("the consumer's work failed");
        }),
      ).rejects.toThrow("the consumer's work failed");
      expect(await drain(store, "workflows")).toEqual(events.map((e) => e.id));
      expect(await drain(store, "webhooks")).toEqual([]);
      const later = f.event(a);
      await append(store, [later]);
      expect(await drain(store, "webhooks")).toEqual([later.id]);
      expect(await drain(store, "workflows")).toEqual([later.id]);
    });

    test("outbox order rule: with interleaved writers, an event that commits late is read late, never skipped", async () => {
      const store = current();
      const { a, b } = await orgs(store);
      const early = f.event(a);
      const late = f.event(b);
      const after = f.event(a);
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      let appended!: () => void;
      const appendedEarly = new Promise<void>((r) => (appended = r));
      // The first writer appends, then stays open; a second writer appends and commits meanwhile (a store with one
      // writer makes it wait instead). A consumer reads in between, then again after both committed.
      const slow = store.transaction(async (tx) => {
        await tx.events.append(early);
        appended();
        await held;
      });
      await appendedEarly;
      const fast = append(store, [late]);
      await Promise.race([fast, Bun.sleep(50)]);
      const consuming = drain(store, "c", 1);
      await Promise.race([consuming, Bun.sleep(50)]);
      release();
      await Promise.all([slow, fast]);
      const seen = await consuming;
      await append(store, [after]);
      seen.push(...(await drain(store, "c", 1)));
      // Every event exactly once, whatever the interleaving allowed to be read early.
      expect([...seen].sort()).toEqual([early.id, late.id, after.id].sort());
      expect(seen.at(-1)).toBe(after.id);
      expect(await drain(store, "c")).toEqual([]);
    });
  });
}
