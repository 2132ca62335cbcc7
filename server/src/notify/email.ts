/**
 * Email through SMTP with nodemailer, configured by `SMTP_URL` (smtp://user:pass@host:587, smtps:// for TLS).
 *
 * The transport is created on the first send and kept (nodemailer opens one connection per message; nothing stays
 * open between sends). Each message has a plain-text body and an HTML one: the caller's HTML, or one built here from
 * the message with every value HTML-escaped. One call is one SMTP transaction: nodemailer does not retry, so a step
 * attempt sends at most once. With an idempotency key the Message-ID is derived from it, so a resend of the same
 * step after a crash carries the same Message-ID and mail systems can recognise it.
 *
 * Without SMTP_URL every send fails with "Email is not configured: set SMTP_URL".
 */
import { createHash } from "node:crypto";
import nodemailer from "nodemailer";
import type { NotificationResult } from "../types.ts";
import { isAbsoluteLink } from "./slack.ts";
import type { NotificationMessage } from "./types.ts";

export const NOT_CONFIGURED = "Email is not configured: set SMTP_URL";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** A deliberately plain HTML body: every value escaped, line breaks kept, the link only when absolute http(s). */
export function emailHtml(m: NotificationMessage): string {
  const rows: string[] = [];
  if (m.severity) rows.push(`<strong>Severity:</strong> ${escapeHtml(m.severity)}`);
  if (m.status) rows.push(`<strong>Status:</strong> ${escapeHtml(m.status)}`);
  const link = m.link ? (isAbsoluteLink(m.link) ? `<p><a href="${escapeHtml(new URL(m.link).href)}">View in Tripwire</a></p>` : `<p>${escapeHtml(m.link)}</p>`) : "";
  return [
    "<!doctype html>",
    `<html><body style="font-family:sans-serif">`,
    `<h2>${escapeHtml(m.title)}</h2>`,
    m.text ? `<p>${escapeHtml(m.text).replaceAll("\n", "<br>\n")}</p>` : "",
    rows.length ? `<p>${rows.join("<br>\n")}</p>` : "",
    link,
    "</body></html>",
  ]
    .filter((l) => l !== "")
    .join("\n");
}

/** The plain-text body: the text, then severity, status and link lines when present. */
export function emailText(m: NotificationMessage): string {
  const lines = [m.text];
  const facts = [m.severity ? `Severity: ${m.severity}` : "", m.status ? `Status: ${m.status}` : "", m.link ? `Link: ${m.link}` : ""].filter((l) => l !== "");
  if (facts.length) lines.push("", ...facts);
  return lines.join("\n");
}

/** Subjects are one line. */
const subjectOf = (title: string) => title.replace(/[\r\n]+/g, " ").trim().slice(0, 300) || "Tripwire notification";

export interface EmailSender {
  send(recipients: string[], m: NotificationMessage, html?: string, idempotencyKey?: string): Promise<NotificationResult>;
}

type Transport = ReturnType<typeof nodemailer.createTransport>;

export function createEmailSender(opts: { smtpUrl: string | undefined; from: string; timeoutMs: number }): EmailSender {
  let transport: Transport | null = null;
  const get = (url: string): Transport =>
    (transport ??= nodemailer.createTransport({
      url,
      connectionTimeout: opts.timeoutMs,
      greetingTimeout: opts.timeoutMs,
      socketTimeout: opts.timeoutMs,
    }));

  return {
    async send(recipients, m, html, idempotencyKey) {
      const started = performance.now();
      const latency = () => Math.round((performance.now() - started) * 100) / 100;
      if (!opts.smtpUrl) return { success: false, status_code: null, latency_ms: 0, response_excerpt: "", error: NOT_CONFIGURED };
      if (recipients.length === 0) return { success: false, status_code: null, latency_ms: 0, response_excerpt: "", error: "No recipients." };
      try {
        const info = await get(opts.smtpUrl).sendMail({
          from: opts.from,
          to: recipients,
          subject: subjectOf(m.title),
          text: emailText(m),
          html: html ?? emailHtml(m),
          ...(idempotencyKey ? { messageId: messageIdFor(idempotencyKey, opts.from) } : {}),
        });
        const response = String(info.response ?? "");
        const rejected = (info.rejected ?? []).map(String);
        const accepted = (info.accepted ?? []).map(String);
        const code = Number.parseInt(response.slice(0, 3), 10);
        return {
          success: accepted.length > 0,
          status_code: Number.isInteger(code) ? code : null,
          latency_ms: latency(),
          response_excerpt: rejected.length ? `${response} (rejected: ${rejected.join(", ")})` : response,
          error: accepted.length > 0 ? null : `The SMTP server accepted no recipient (rejected: ${rejected.join(", ")}).`,
        };
      } catch (e) {
        const err = e as { code?: string; responseCode?: number; response?: string; message?: string };
        const said = (err.response ?? err.message ?? String(e)).replace(/\s+/g, " ").trim().slice(0, 300);
        return {
          success: false,
          status_code: typeof err.responseCode === "number" ? err.responseCode : null,
          latency_ms: latency(),
          response_excerpt: err.response ?? "",
          error: `SMTP failed${err.code ? ` (${err.code})` : ""}: ${said}`,
        };
      }
    },
  };
}

/** `<hash@domain-of-from>`: stable for one key, and a valid Message-ID whatever the key contains. */
export function messageIdFor(idempotencyKey: string, from: string): string {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1] ?? "tripwire.localhost";
  return `<${createHash("sha256").update(idempotencyKey).digest("hex").slice(0, 32)}@${domain}>`;
}
