/**
 * Idempotency-Key on POST: the first request with a key claims it and its response is stored; a retry with the
 * same key and body replays that response; the same key with another body is a 422; a retry while the first is
 * still running is a 409. Keys are per API key and kept 24 hours. Responses are stored only once the operation
 * ran (validation failures are not stored, like Stripe), and never for 5xx, so those can be retried.
 */
import { createHash } from "node:crypto";
import { ApiError } from "../errors.ts";
import type { Store } from "../store/types.ts";

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

export interface StoredResponse {
  status: number;
  body: string;
  contentType: string;
}

export type Claim = { kind: "replay"; response: StoredResponse } | { kind: "claimed"; finish(r: StoredResponse): Promise<void>; abandon(): Promise<void> };

export function validateKey(key: string): void {
  if (key.length < 1 || key.length > 255 || !/^[\x21-\x7e]+$/.test(key)) {
    throw ApiError.validation([{ in: "header", pointer: "#/Idempotency-Key", detail: "Must be 1 to 255 printable ASCII characters." }]);
  }
}

export async function claim(store: Store, nowMs: number, apiKeyId: string, key: string, method: string, path: string, rawBody: string): Promise<Claim> {
  validateKey(key);
  const bodyHash = createHash("sha256").update(`${method} ${path}\n${rawBody}`).digest("hex");
  return store.transaction(async (tx) => {
    let existing = await tx.idempotency.get(apiKeyId, key);
    if (existing && nowMs - existing.createdAtMs > IDEMPOTENCY_TTL_MS) {
      await tx.idempotency.purgeOlderThan(nowMs - IDEMPOTENCY_TTL_MS);
      existing = null;
    }
    if (existing) {
      if (existing.bodyHash !== bodyHash) {
        throw new ApiError(
          422,
          "idempotency-key-reused",
          "Idempotency key reused",
          `Idempotency-Key "${key}" was already used with a different request. Use a new key for a new request.`,
        );
      }
      if (existing.status === null || existing.response === null) {
        throw ApiError.conflict("idempotency-in-progress", "Request in progress", `A request with Idempotency-Key "${key}" is still being processed. Retry shortly.`);
      }
      return { kind: "replay", response: JSON.parse(existing.response) as StoredResponse } as Claim;
    }
    await tx.idempotency.claim({ apiKeyId, key, method, path, bodyHash, status: null, response: null, createdAtMs: nowMs });
    return {
      kind: "claimed",
      finish: (r: StoredResponse) => store.transaction((t) => t.idempotency.complete(apiKeyId, key, r.status, JSON.stringify(r))),
      abandon: () => store.transaction((t) => t.idempotency.release(apiKeyId, key)),
    } as Claim;
  });
}
