/**
 * Repositories that note what a transaction announces once it commits: the events it appends (for the outbox loop's
 * wake-up, `Store.onCommittedEvents`) and the kinds of the jobs it queues (`Store.onQueuedJobs`). Both stores wrap
 * each transaction's repositories with it and announce only after the commit.
 */
import type { EventRecord, Repos } from "./types.ts";

export const recording = (repos: Repos, sink: EventRecord[], kinds: Set<string>): Repos => ({
  ...repos,
  events: {
    ...repos.events,
    append: async (e) => {
      await repos.events.append(e);
      sink.push(e);
    },
    get: repos.events.get.bind(repos.events),
    list: repos.events.list.bind(repos.events),
  },
  jobs: Object.assign(Object.create(repos.jobs) as typeof repos.jobs, {
    upsert: async (job: Parameters<typeof repos.jobs.upsert>[0], nowMs: number) => {
      await repos.jobs.upsert(job, nowMs);
      kinds.add(job.kind);
    },
    upsertMany: async (jobs: Parameters<typeof repos.jobs.upsertMany>[0], nowMs: number) => {
      await repos.jobs.upsertMany(jobs, nowMs);
      for (const job of jobs) kinds.add(job.kind);
    },
  }),
});
