/**
 * PostgreSQL repository for the events outbox as its consumers read it (the outbox order rule, store/types.ts
 * `OutboxRepo`). Several transactions write at once, and an event's sequence number is taken before its
 * transaction commits, so a lower number can become visible after a higher one was read. Each event therefore
 * records its transaction's id (`xid`, pg_current_xact_id()), and a read returns only events of transactions older
 * than every transaction still running — `xid < pg_snapshot_xmin(pg_current_snapshot())` — in (xid, seq) order.
 * Every transaction below that bound has ended (committed or rolled back) and every new one gets a higher id, so
 * once a consumer has passed a position nothing can appear behind it.
 *
 * The position is "<xid>:<seq>" of the last event read. A transaction never reads its own events (its id is not
 * below the bound): they are read once it has committed. The cost: one long-open transaction anywhere in the
 * cluster holds every consumer back until it ends (keep transactions short; nothing here waits inside one).
 */
import type { OutboxPosition, OutboxRepo } from "../types.ts";
import type { Q, } from "./db.ts";
import { toEvent } from "../rows.ts";

const POSITION = /^(\d{1,20}):(\d{1,19})$/;
/** The advisory lock class of outbox consumers (two-key advisory locks are a space apart from one-key ones). */
const CONSUMER_LOCKS = 0x6f7574; // "out"

export class Outbox implements OutboxRepo {
  /** `plain`: a connection outside any transaction (the store's read pool), for `prune`'s look at the positions. */
  constructor(
    private q: Q,
    private plain: Q = q,
  ) {}
  async read(consumer: string, limit: number) {
    // The consumer is locked for the rest of the transaction: a second pass (another process) waits here and then
    // reads the position this one moved it to, so a batch is handled once — whatever the isolation level (the fan-out
    // runs READ COMMITTED: queue/outbox.ts). An advisory lock, not the position's row: locking a row takes a
    // transaction id at once, and an open transaction's id holds back every reader's bound below (a row lock
    // taken at each pass kept new events unreadable while any consumer pass was open).
    await this.q`SELECT pg_advisory_xact_lock(${CONSUMER_LOCKS}::int, hashtext(${consumer}))`;
    const at = (await this.q`SELECT xid::text AS xid, seq::text AS seq FROM consumer_offsets WHERE name = ${consumer}`)[0];
    const xid = (at?.xid as string | undefined) ?? "0";
    const seq = (at?.seq as string | undefined) ?? "0";
    // The events are read outside the transaction: below the oldest running transaction's id they are final (only
    // the pruner deletes them, and only behind every position), so any snapshot reads the same rows. Read inside,
    // the range read conflicted with every concurrent transaction inserting events, and serializable isolation kept
    // aborting the consumers under load (they fell behind). The position itself is read and advanced inside it.
    const rows = await this.plain`SELECT *, xid::text AS xid_text, seq::text AS seq_text FROM events
      WHERE xid < pg_snapshot_xmin(pg_current_snapshot()) AND (xid, seq) > (${xid}::xid8, ${seq}::bigint)
      ORDER BY xid, seq LIMIT ${limit}`;
    const last = rows[rows.length - 1];
    return { events: rows.map(toEvent), position: last ? `${last.xid_text}:${last.seq_text}` : null };
  }
  async advance(consumer: string, position: OutboxPosition) {
    const m = typeof position === "string" ? POSITION.exec(position) : null;
    if (!m) throw new Error(`not an outbox position of this store: ${String(position)}`);
    await this.q`INSERT INTO consumer_offsets (name, xid, seq) VALUES (${consumer}, ${m[1]}::xid8, ${m[2]}::bigint)
      ON CONFLICT (name) DO UPDATE SET xid = excluded.xid, seq = excluded.seq`;
  }
  async prune(orgId: string, before: string, limit: number) {
    // Passed by every consumer: at or behind the lowest (xid, seq) position; with no consumer nothing is passed.
    // The positions are read outside the transaction: read inside it, the pruner (reads consumer_offsets, deletes
    // events) and every consumer (reads events, writes consumer_offsets) form a read/write cycle, and PostgreSQL's
    // serializable isolation kept aborting the consumers under load, so the outbox fell behind. Positions only move
    // forward, so one read a moment earlier is at or behind each consumer's real one: nothing unread is deleted.
    const [low] = await this.plain`SELECT xid::text AS xid, seq::text AS seq FROM consumer_offsets ORDER BY xid, seq LIMIT 1`;
    if (!low) return 0;
    return (
      await this.q`DELETE FROM events WHERE seq IN (
        SELECT seq FROM events e WHERE e.organization_id = ${orgId} AND e.created_at < ${before}
          AND (e.xid, e.seq) <= (${low.xid as string}::xid8, ${low.seq as string}::bigint)
        ORDER BY e.created_at LIMIT ${limit})`
    ).count;
  }
}
