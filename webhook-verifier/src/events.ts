/**
 * Typed Tripwire events: the contract's `WebhookPayload` (openapi.yaml, generated into ./generated/events.ts), one
 * member per event type, discriminated by `event`. Types only: nothing here exists at run time.
 * @example
 * const event = (await verifyWebhook({ payload, headers, secret })) as TripwireEvent;
 * switch (event.event) {
 *   case "incident.created": console.log(event.data.title, event.data.services); break;
 *   case "service.status_changed": console.log(event.data.name, event.data.previous_status, "->", event.data.new_status); break;
 * }
 * @module
 */
import type { components } from "./generated/events.ts";

/** Any event Tripwire sends: `{ id, event, timestamp, data }`, where `event` selects the shape of `data`. */
export type TripwireEvent = components["schemas"]["WebhookPayload"];
/** Every event type (`incident.created`, `service.status_changed`, …). */
export type TripwireEventType = TripwireEvent["event"];
/** The event of one type, e.g. `TripwireEventOf<"incident.created">["data"]["services"]`. */
export type TripwireEventOf<T extends TripwireEventType> = Extract<TripwireEvent, { event: T }>;
