/**
 * Idempotency keys: a (apiKeyId, key) pair can be claimed by one request at a time; completing it stores the
 * response for replays; releasing an in-flight claim frees the key; old records can be purged.
 */
import { describe, expect, test } from "bun:test";
import { idempotencyRecord as record } from "./fixtures.ts";
import { freshStore, type OpenStore } from "./harness.ts";

export function idempotencyContract(open: OpenStore): void {
  describe("idempotency", () => {
    const current = freshStore(open);

    test("a key is claimed once: the second claimer is refused while the first holds it, and the first claim is kept", async () => {
      const store = current();
      const first = record("key_a", "k1", { bodyHash: "first" });
      expect(await store.transaction((tx) => tx.idempotency.claim(first))).toBe(true);
      expect(await store.transaction((tx) => tx.idempotency.claim(record("key_a", "k1", { bodyHash: "second" })))).toBe(false);
      expect(await store.idempotency.get("key_a", "k1")).toEqual(first);
    });

    test("claims are per API key and per key", async () => {
      const store = current();
      await store.transaction((tx) => tx.idempotency.claim(record("key_a", "k1")));
      expect(await store.transaction((tx) => tx.idempotency.claim(record("key_b", "k1")))).toBe(true);
      expect(await store.transaction((tx) => tx.idempotency.claim(record("key_a", "k2")))).toBe(true);
      expect(await store.idempotency.get("key_c", "k1")).toBeNull();
    });

    test("complete stores the status and response for get; the key stays taken", async () => {
      const store = current();
      const claim = record("key_a", "k1");
      await store.transaction((tx) => tx.idempotency.claim(claim));
      await store.transaction((tx) => tx.idempotency.complete("key_a", "k1", 201, '{"id":"inc_1"}'));
      expect(await store.idempotency.get("key_a", "k1")).toEqual({ ...claim, status: 201, response: '{"id":"inc_1"}' });
      expect(await store.transaction((tx) => tx.idempotency.claim(record("key_a", "k1")))).toBe(false);
    });

    test("release frees an in-flight claim for a new claimer", async () => {
      const store = current();
      await store.transaction((tx) => tx.idempotency.claim(record("key_a", "k1", { bodyHash: "first" })));
      await store.transaction((tx) => tx.idempotency.release("key_a", "k1"));
      expect(await store.idempotency.get("key_a", "k1")).toBeNull();
      const next = record("key_a", "k1", { bodyHash: "second" });
      expect(await store.transaction((tx) => tx.idempotency.claim(next))).toBe(true);
      expect(await store.idempotency.get("key_a", "k1")).toEqual(next);
    });

    test("release leaves a completed record (its stored response) in place", async () => {
      const store = current();
      await store.transaction((tx) => tx.idempotency.claim(record("key_a", "k1")));
      await store.transaction((tx) => tx.idempotency.complete("key_a", "k1", 200, "{}"));
      await store.transaction((tx) => tx.idempotency.release("key_a", "k1"));
      expect((await store.idempotency.get("key_a", "k1"))?.status).toBe(200);
    });

    test("purgeOlderThan removes exactly the records created before the cut-off and counts them", async () => {
      const store = current();
      await store.transaction(async (tx) => {
        await tx.idempotency.claim(record("key_a", "old", { createdAtMs: 1_000 }));
        await tx.idempotency.claim(record("key_b", "old-done", { createdAtMs: 1_999 }));
        await tx.idempotency.complete("key_b", "old-done", 200, "{}");
        await tx.idempotency.claim(record("key_a", "at-cutoff", { createdAtMs: 2_000 }));
        await tx.idempotency.claim(record("key_a", "new", { createdAtMs: 3_000 }));
      });
      expect(await store.transaction((tx) => tx.idempotency.purgeOlderThan(2_000))).toBe(2);
      expect(await store.idempotency.get("key_a", "old")).toBeNull();
      expect(await store.idempotency.get("key_b", "old-done")).toBeNull();
      expect((await store.idempotency.get("key_a", "at-cutoff"))?.createdAtMs).toBe(2_000);
      expect((await store.idempotency.get("key_a", "new"))?.createdAtMs).toBe(3_000);
      expect(await store.transaction((tx) => tx.idempotency.purgeOlderThan(2_000))).toBe(0);
    });

    test("two claims racing in concurrent transactions: exactly one wins, and the record is the winner's", async () => {
      const store = current();
      const claims = [record("key_a", "race", { bodyHash: "one" }), record("key_a", "race", { bodyHash: "two" })];
      const results = await Promise.all(claims.map((c) => store.transaction((tx) => tx.idempotency.claim(c))));
      expect(results.filter(Boolean).length).toBe(1);
      const winner = claims[results.indexOf(true)];
      expect(await store.idempotency.get("key_a", "race")).toEqual(winner ?? null);
    });

    test("a claim made in a transaction that rolls back is not held", async () => {
      const store = current();
      await expect(
        store.transaction(async (tx) => {
          await tx.idempotency.claim(record("key_a", "k1"));
          throw new Error("request failed");
        }),
      ).rejects.toThrow("request failed");
      expect(await store.idempotency.get("key_a", "k1")).toBeNull();
      expect(await store.transaction((tx) => tx.idempotency.claim(record("key_a", "k1")))).toBe(true);
    });
  });
}
