import { describe, expect, test } from "bun:test";
import { createOrganizationWithOwnerKey } from "../domain/api-keys.ts";
import { ApiError } from "../errors.ts";
import { SecretBox } from "../secrets/secret-box.ts";
import { openSqliteStore } from "../store/sqlite/store.ts";
import { claim, IDEMPOTENCY_IN_FLIGHT_MS } from "./idempotency.ts";

describe("Idempotency-Key claims", () => {
  const setup = async () => {
    const store = openSqliteStore(":memory:");
    const t0 = Date.parse("2026-01-01T00:00:00Z");
    const { key } = await createOrganizationWithOwnerKey({ store, clock: { now: () => t0 } }, "Org");
    const box = SecretBox.fromKey(Buffer.alloc(32, 7));
    const at = (ms: number) => claim(store, box, t0 + ms, key.id, "k-1", "POST", "/api/v1/incidents", '{"title":"x"}');
    return { at };
  };
  const conflict = async (p: Promise<unknown>) => {
    try {
      await p;
    } catch (e) {
      return e as ApiError;
    }
    throw new Error("expected a 409");
  };

  test("a retry while the first is in flight is a 409 with Retry-After; a finished one replays", async () => {
    const { at } = await setup();
    const first = await at(0);
    expect(first.kind).toBe("claimed");
    const err = await conflict(at(1000));
    expect(err).toBeInstanceOf(ApiError);
    expect([err.status, err.slug, err.extra.headers?.["retry-after"]]).toEqual([409, "idempotency-in-progress", "1"]);
    if (first.kind !== "claimed") throw new Error("unreachable");
    await first.finish({ status: 201, body: '{"id":"inc_1"}', contentType: "application/json" });
    const again = await at(2000);
    expect(again.kind === "replay" && again.response.body).toBe('{"id":"inc_1"}');
  });

  test("a claim left in flight by a process that died is taken over by a retry after the in-flight window", async () => {
    const { at } = await setup();
    expect((await at(0)).kind).toBe("claimed");
    expect((await conflict(at(IDEMPOTENCY_IN_FLIGHT_MS))).status).toBe(409);
    const taken = await at(IDEMPOTENCY_IN_FLIGHT_MS + 1);
    expect(taken.kind).toBe("claimed");
    // The new claim is in flight again: another retry meets a 409, not a second takeover.
    expect((await conflict(at(IDEMPOTENCY_IN_FLIGHT_MS + 2))).status).toBe(409);
  });
});
