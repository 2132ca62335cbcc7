/** SQLite repository for the outbox consumers' offsets (how far each consumer has read the events outbox). */
import type { OffsetRepo } from "../types.ts";
import type { Statements } from "./statements.ts";

class Offsets implements OffsetRepo {
  constructor(private q: Statements) {}
  async get(name: string) {
    return (this.q.get("SELECT seq FROM consumer_offsets WHERE name = $name").get({ name }) as { seq: number } | null)?.seq ?? 0;
  }
  async set(name: string, seq: number) {
    this.q.get("INSERT INTO consumer_offsets (name, seq) VALUES ($name, $seq) ON CONFLICT (name) DO UPDATE SET seq = excluded.seq").run({ name, seq });
  }
}

export function outboxRepos(q: Statements) {
  return { offsets: new Offsets(q) };
}
