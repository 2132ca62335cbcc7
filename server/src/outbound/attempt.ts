/**
 * One HTTP attempt of one delivery: sign, send through the guarded client, and describe what happened as a
 * delivery attempt record. No storage here; the worker and the test endpoint decide what follows.
 */
import { iso } from "../clock.ts";
import type { DeliveryRecord, WebhookRecord } from "../store/types.ts";
import type { DeliveryAttempt } from "../types.ts";
import { VERSION } from "../version.ts";
import { guardedPost } from "./outbound-http.ts";
import { signDelivery } from "./signing.ts";

export const USER_AGENT = `Tripwire-Webhooks/${VERSION}`;

export interface AttemptSettings {
  timeoutMs: number;
  allowLoopback: boolean;
  resolve?: (host: string) => Promise<string[]>;
  /** TRIPWIRE_DEV_OUTBOUND_OVERRIDES (development and tests only): see GuardedPostOptions.overrides. */
  overrides?: ReadonlyMap<string, string> | undefined;
}

export async function sendAttempt(
  webhook: WebhookRecord,
  secrets: string[],
  delivery: Pick<DeliveryRecord, "event_id" | "body" | "attempt_count">,
  nowMs: number,
  settings: AttemptSettings,
): Promise<DeliveryAttempt> {
  const headers: Record<string, string> = {
    ...webhook.headers,
    "content-type": "application/json",
    "user-agent": USER_AGENT,
    ...signDelivery({ id: delivery.event_id, timestampSec: Math.floor(nowMs / 1000), body: delivery.body, secrets }),
  };
  const r = await guardedPost({
    url: webhook.url,
    body: delivery.body,
    headers,
    timeoutMs: settings.timeoutMs,
    allowLoopback: settings.allowLoopback,
    ...(settings.resolve ? { resolve: settings.resolve } : {}),
    overrides: settings.overrides,
  });
  const base = { number: delivery.attempt_count + 1, started_at: iso(nowMs), latency_ms: Math.round(r.latencyMs * 100) / 100 };
  if (!r.ok) return { ...base, status_code: null, response_excerpt: "", error_class: r.errorClass, error: r.error };
  const ok = r.status >= 200 && r.status < 300;
  return {
    ...base,
    status_code: r.status,
    response_excerpt: r.bodyExcerpt,
    error_class: ok ? null : "http",
    error: ok ? null : `The endpoint answered ${r.status}.`,
  };
}
