/**
 * The body every delivery carries: `{ id, event, timestamp, data }`. Built once per delivery and stored, so
 * every retry sends the same bytes and the same id (consumers deduplicate on it).
 */
import { iso } from "../clock.ts";
import { newId } from "../ids.ts";
import type { EventRecord } from "../store/types.ts";
import type { EventType } from "../types.ts";
import { sampleEventData } from "./sample-events.ts";

export function envelopeFor(event: Pick<EventRecord, "id" | "type" | "created_at" | "data">): string {
  return JSON.stringify({ id: event.id, event: event.type, timestamp: event.created_at, data: event.data });
}

/** A realistic event for the test endpoint (sample-events.ts); ids are fresh, and `data.test` says it is a sample. */
export function sampleEvent(type: EventType, nowMs: number): Pick<EventRecord, "id" | "type" | "created_at" | "data"> {
  return { id: newId("evt"), type, created_at: iso(nowMs), data: { ...sampleEventData(type, nowMs), test: true } };
}
