/** SQLite repository for the events outbox as its consumers read it: events in commit order, and each consumer's position. */
import type { OutboxPosition, OutboxRepo } from "../types.ts";
import type { Row, Statements } from "./statements.ts";
import { toEvent } from "../rows.ts";

/**
 * SQLite has one writer at a time, so events commit in sequence order and a consumer's position is just the last
 * sequence number it handled (the outbox order rule holds trivially).
 */
export class Outbox implements OutboxRepo {
  constructor(private q: Statements) {}
  async read(consumer: string, limit: number) {
    const after = (this.q.get("SELECT seq FROM consumer_offsets WHERE name = $consumer").get({ consumer }) as { seq: number } | null)?.seq ?? 0;
    const rows = this.q.get("SELECT * FROM events WHERE seq > $after ORDER BY seq LIMIT $limit").all({ after, limit }) as Row[];
    return { events: rows.map(toEvent), position: rows.length ? String(rows[rows.length - 1]!.seq) : null };
  }
  async advance(consumer: string, position: OutboxPosition) {
    const seq = Number(position);
    if (!Number.isSafeInteger(seq)) throw new Error(`not an outbox position of this store: ${position}`);
    this.q.get("INSERT INTO consumer_offsets (name, seq) VALUES ($consumer, $seq) ON CONFLICT (name) DO UPDATE SET seq = excluded.seq").run({ consumer, seq });
  }
  async prune(orgId: string, before: string, limit: number) {
    // Every consumer has handled the events up to and including its seq; with no consumer, MIN is NULL and
    // nothing compares true.
    return this.q
      .get(
        `DELETE FROM events WHERE seq IN (
           SELECT seq FROM events WHERE organization_id = $orgId AND created_at < $before
             AND seq <= (SELECT MIN(seq) FROM consumer_offsets)
           ORDER BY created_at LIMIT $limit)`,
      )
      .run({ orgId, before, limit }).changes;
  }
}
