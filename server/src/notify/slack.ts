/**
 * Slack incoming webhooks: the message as Slack's JSON (pure), and sending it through the guarded outbound client.
 *
 * Payload: `text` (the notification and fallback line) plus `blocks`: a header with the title, a section with the
 * text, a section of fields (severity, status) and the link. Text goes into mrkdwn, so `&`, `<` and `>` are escaped
 * as Slack asks; otherwise `<!channel>` in an incident title would ping everyone.
 *
 * Answers, as Slack documents them for incoming webhooks: 200 `ok` is success; 400 `invalid_payload`, 403
 * `action_prohibited`/`invalid_token`, 404 `no_service`/`channel_not_found`, 410 `channel_is_archived` and 5xx are
 * failures whose error names the status and Slack's body; 429 is a rate limit (Slack sends Retry-After). Nothing
 * is retried here: one call, one answer, so one step attempt posts at most once.
 */
import type { AttemptSettings } from "../outbound/attempt.ts";
import { guardedPost, type OutboundResult } from "../outbound/outbound-http.ts";
import type { NotificationResult } from "../types.ts";
import { VERSION } from "../version.ts";
import type { NotificationMessage } from "./types.ts";

export const USER_AGENT = `Tripwire-Notifications/${VERSION}`;

/** Slack's limits: header plain_text 150 characters, section text 3,000, `text` 40,000 (we keep it short). */
const HEADER_MAX = 150;
const SECTION_MAX = 3000;
const TEXT_MAX = 4000;

export interface SlackPayload {
  text: string;
  blocks: Record<string, unknown>[];
}

/** Escapes the three characters Slack's mrkdwn treats as control characters. */
export function escapeMrkdwn(s: string): string {
  return s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

const clip = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

/** Only absolute http(s) links become clickable; anything else is shown as text. */
export function isAbsoluteLink(link: string): boolean {
  if (!URL.canParse(link)) return false;
  const p = new URL(link).protocol;
  return p === "https:" || p === "http:";
}

export function slackPayload(m: NotificationMessage): SlackPayload {
  const title = m.title.trim() || "Tripwire notification";
  const body = m.text.trim();
  const blocks: Record<string, unknown>[] = [{ type: "header", text: { type: "plain_text", text: clip(title, HEADER_MAX), emoji: false } }];
  if (body !== "") blocks.push({ type: "section", text: { type: "mrkdwn", text: clip(escapeMrkdwn(body), SECTION_MAX) } });
  const fields: Record<string, unknown>[] = [];
  if (m.severity) fields.push({ type: "mrkdwn", text: `*Severity*\n${escapeMrkdwn(m.severity)}` });
  if (m.status) fields.push({ type: "mrkdwn", text: `*Status*\n${escapeMrkdwn(m.status)}` });
  if (fields.length) blocks.push({ type: "section", fields });
  if (m.link) {
    // A link cannot contain `|` or `>` inside <url|label>; such URLs are percent-encoded by the URL parser anyway.
    const text = isAbsoluteLink(m.link) ? `<${new URL(m.link).href}|View in Tripwire>` : `Link: ${escapeMrkdwn(m.link)}`;
    blocks.push({ type: "context", elements: [{ type: "mrkdwn", text }] });
  }
  const line = body === "" ? title : `${title}: ${body}`;
  return { text: clip(escapeMrkdwn(line), TEXT_MAX), blocks };
}

const excerpt = (s: string) => s.replace(/\s+/g, " ").trim().slice(0, 300);
const ms = (n: number) => Math.round(n * 100) / 100;

/** Reads Slack's answer (or the transport failure) as a NotificationResult. */
export function slackResult(r: OutboundResult): NotificationResult {
  const latency_ms = ms(r.latencyMs);
  if (!r.ok) return { success: false, status_code: null, latency_ms, response_excerpt: "", error: `Slack could not be reached (${r.errorClass}): ${r.error}` };
  const base = { status_code: r.status, latency_ms, response_excerpt: r.bodyExcerpt };
  if (r.status >= 200 && r.status < 300) return { ...base, success: true, error: null };
  const said = excerpt(r.bodyExcerpt);
  if (r.status === 429) {
    return {
      ...base,
      success: false,
      error: `Slack rate-limited the message (429${said ? ` ${said}` : ""}); ${retryWhen(r.retryAfter)}`,
    };
  }
  return { ...base, success: false, error: `Slack answered ${r.status}${said ? ` ${said}` : ""}${hint(r.status, said)}` };
}

/** Slack's Retry-After, quoted: seconds as Slack sends them, or the header's raw value if it is something else. */
function retryWhen(retryAfter: string | null): string {
  if (retryAfter === null || retryAfter.trim() === "") return "it may be sent again after the time in Slack's Retry-After header.";
  const v = retryAfter.trim();
  return /^\d+$/.test(v) ? `Slack asks to wait ${v} s before sending again (Retry-After: ${v}).` : `Slack asks to wait until ${v} (Retry-After).`;
}

function hint(status: number, said: string): string {
  if (said === "invalid_payload") return " (Slack could not read the message JSON).";
  if (said === "no_service" || status === 404) return " (the incoming webhook no longer exists: create a new one and update the channel).";
  if (status === 410) return " (the Slack channel is archived).";
  if (status === 403) return " (Slack refused to post: the webhook's token or permissions).";
  return ".";
}

/** Posts the message to a Slack incoming-webhook URL once, through the SSRF guard. Never throws for Slack's answer. */
export async function sendSlack(url: string, m: NotificationMessage, d: AttemptSettings): Promise<NotificationResult> {
  const r = await guardedPost({
    url,
    body: JSON.stringify(slackPayload(m)),
    headers: { "content-type": "application/json", "user-agent": USER_AGENT },
    timeoutMs: d.timeoutMs,
    allowLoopback: d.allowLoopback,
    ...(d.resolve ? { resolve: d.resolve } : {}),
    overrides: d.overrides,
  });
  return slackResult(r);
}
