/**
 * A `webhook` channel: POSTs `{ title, text, severity, status, link }` as JSON to the channel's URL through the
 * guarded outbound client (https only, loopback http only in development, SSRF-checked on every call), with the
 * channel's headers and, when the caller has one, an `idempotency-key` so a receiver can drop a repeat after a
 * crash. Any 2xx is success. Unsigned: a signed feed is what webhook endpoints (/webhooks) are for.
 */
import type { AttemptSettings } from "../outbound/attempt.ts";
import { guardedPost, type OutboundResult } from "../outbound/outbound-http.ts";
import type { NotificationResult } from "../types.ts";
import { USER_AGENT } from "./slack.ts";
import type { NotificationMessage } from "./types.ts";

export function webhookChannelBody(m: NotificationMessage): string {
  return JSON.stringify({ title: m.title, text: m.text, severity: m.severity ?? null, status: m.status ?? null, link: m.link ?? null });
}

export function webhookChannelResult(r: OutboundResult): NotificationResult {
  const latency_ms = Math.round(r.latencyMs * 100) / 100;
  if (!r.ok) return { success: false, status_code: null, latency_ms, response_excerpt: "", error: `The webhook could not be reached (${r.errorClass}): ${r.error}` };
  const ok = r.status >= 200 && r.status < 300;
  const said = r.bodyExcerpt.replace(/\s+/g, " ").trim().slice(0, 200);
  return {
    success: ok,
    status_code: r.status,
    latency_ms,
    response_excerpt: r.bodyExcerpt,
    error: ok ? null : `The webhook answered ${r.status}${said ? `: ${said}` : "."}`,
  };
}

export async function sendWebhookChannel(
  config: { url: string; headers?: Record<string, string> | undefined },
  m: NotificationMessage,
  d: AttemptSettings,
  idempotencyKey?: string,
): Promise<NotificationResult> {
  const headers: Record<string, string> = { ...(config.headers ?? {}), "content-type": "application/json", "user-agent": USER_AGENT };
  if (idempotencyKey) headers["idempotency-key"] = idempotencyKey;
  const r = await guardedPost({
    url: config.url,
    body: webhookChannelBody(m),
    headers,
    timeoutMs: d.timeoutMs,
    allowLoopback: d.allowLoopback,
    ...(d.resolve ? { resolve: d.resolve } : {}),
    overrides: d.overrides,
  });
  return webhookChannelResult(r);
}
