/**
 * Idempotency-Key on POST: the first request with a key claims it and its response is stored; a retry with the
 * same key and body replays that response; the same key with another body is a 422; a retry while the first is
 * still running is a 409 with Retry-After. A claim left in flight longer than {@link IDEMPOTENCY_IN_FLIGHT_MS} belongs
 * to a process that died mid-request (no request runs that long), so a retry takes it over instead of meeting 409s
 * for a day; like Stripe, a request that crashed after its operation committed may then run again, which is the
 * price of never leaving a key stuck. Keys are per API key and kept 24 hours. Responses are stored only once the operation
 * ran (validation failures are not stored, like Stripe), and never for 5xx, so those can be retried.
 *
 * Stored responses are sealed (SecretBox, AES-256-GCM): some carry a secret shown once (a new API key, a webhook's
 * `whsec_…`), and a replay must show it again (that is what the retry is for), so it is kept, but never in clear
 * in the database. Only the status stays in clear (null = still in flight). Records older than 24 h are deleted by
 * a recurring queue job ({@link purgeIdempotencyRecords}, kind `idempotency.purge`), not when a key is reused; an
 * expired record still present is ignored until then.
 */
import { createHash } from "node:crypto";
import { ApiError } from "../errors.ts";
import type { SecretBox } from "../secrets/secret-box.ts";
import { isBoxSealed } from "../secrets/sealed-values.ts";
import type { Lease } from "../queue/lease.ts";
import { enqueue } from "../queue/jobs.ts";
import type { Repos, Store } from "../store/types.ts";

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** How long a claim may stay in flight before a retry may take it over (far above any request's running time). */
export const IDEMPOTENCY_IN_FLIGHT_MS = 60 * 1000;

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

export function sealResponse(box: SecretBox, r: StoredResponse): string {
  return box.seal(JSON.stringify(r));
}

export function openResponse(box: SecretBox, stored: string): StoredResponse {
  // A response stored in clear by an earlier build is read as it is until the start-up sweep seals it.
  return JSON.parse(isBoxSealed(stored) ? box.open(stored) : stored) as StoredResponse;
}

/** How often the purge job runs. */
export const IDEMPOTENCY_PURGE_EVERY_MS = 10 * 60 * 1000;
/** The purge job's fixed id: enqueueing it at every start lands on the one row. */
export const IDEMPOTENCY_PURGE_JOB = "idempotency_purge";

/** Deletes every record older than {@link IDEMPOTENCY_TTL_MS}, in the caller's transaction; returns how many. */
export function purgeIdempotencyRecords(tx: Repos, nowMs: number): Promise<number> {
  return tx.idempotency.purgeOlderThan(nowMs - IDEMPOTENCY_TTL_MS);
}

/** Queues the recurring purge job unless it exists (at start; the fixed id makes it one row however often). */
export async function schedulePurge(store: Store, nowMs: number): Promise<void> {
  await store.transaction(async (tx) => {
    if ((await tx.jobs.count(["idempotency.purge"])) > 0) return;
    await enqueue(tx, { id: IDEMPOTENCY_PURGE_JOB, kind: "idempotency.purge", payload: {}, runAtMs: nowMs }, nowMs);
  });
}

/** The purge job's handler: deletes expired records and comes back in {@link IDEMPOTENCY_PURGE_EVERY_MS}. */
export async function runPurge(lease: Lease<"idempotency.purge">, nowMs: () => number): Promise<number> {
  return lease.transaction(async (tx) => {
    const now = nowMs();
    const purged = await purgeIdempotencyRecords(tx, now);
    await lease.reschedule(tx, now + IDEMPOTENCY_PURGE_EVERY_MS);
    return purged;
  });
}

export async function claim(store: Store, box: SecretBox, nowMs: number, apiKeyId: string, key: string, method: string, path: string, rawBody: string): Promise<Claim> {
  validateKey(key);
  const bodyHash = createHash("sha256").update(`${method} ${path}\n${rawBody}`).digest("hex");
  return store.transaction(async (tx) => {
    const existing = await tx.idempotency.get(apiKeyId, key);
    // Expired but not purged yet: the key is free again (claim below replaces the old record).
    if (existing && nowMs - existing.createdAtMs <= IDEMPOTENCY_TTL_MS) {
      if (existing.bodyHash !== bodyHash) {
        throw new ApiError(
          422,
          "idempotency-key-reused",
          "Idempotency key reused",
          `Idempotency-Key "${key}" was already used with a different request. Use a new key for a new request.`,
        );
      }
      const inFlight = existing.status === null || existing.response === null;
      if (!inFlight) return { kind: "replay", response: openResponse(box, existing.response as string) } as Claim;
      const retryInMs = existing.createdAtMs + IDEMPOTENCY_IN_FLIGHT_MS - nowMs;
      if (retryInMs >= 0) {
        throw new ApiError(409, "idempotency-in-progress", "Request in progress", `A request with Idempotency-Key "${key}" is still being processed. Retry shortly.`, {
          headers: { "retry-after": "1" },
        });
      }
      // Stale: the process that claimed it is gone. This retry takes the key over.
      await tx.idempotency.release(apiKeyId, key);
    }
    // An expired record the purge job has not reached yet gives way (with every other expired one).
    if (existing) await purgeIdempotencyRecords(tx, nowMs);
    await tx.idempotency.claim({ apiKeyId, key, method, path, bodyHash, status: null, response: null, createdAtMs: nowMs });
    return {
      kind: "claimed",
      finish: (r: StoredResponse) => store.transaction((t) => t.idempotency.complete(apiKeyId, key, r.status, sealResponse(box, r))),
      abandon: () => store.transaction((t) => t.idempotency.release(apiKeyId, key)),
    } as Claim;
  });
}
