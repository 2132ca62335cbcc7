/** For tests that drive a handler by hand: lease what is due of one kind, as a worker would, and wrap it in a Lease. */
import type { Store } from "../store/types.ts";
import { type JobKind, type TypedJob, typeJob } from "./jobs.ts";
import { Lease } from "./lease.ts";

export async function leaseDue<K extends JobKind>(store: Store, kind: K, nowMs: number, owner = "test-worker", leaseMs = 60_000): Promise<Lease<K>[]> {
  const jobs = await store.transaction((tx) => tx.jobs.lease([kind], nowMs, leaseMs, owner, 100));
  return jobs.map((job) => {
    const typed = typeJob(job);
    if (!typed.ok) throw new Error(typed.error);
    return new Lease(typed.job as TypedJob<K>, owner, store);
  });
}
