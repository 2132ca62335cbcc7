/**
 * Channel configuration per kind: validation (every problem at once, with JSON pointers into the request body) and
 * the masked form shown by the API. Pure.
 *
 * - `slack`   `{ webhook_url }`: https (plain http only to loopback in development). The URL is the secret: stored
 *   sealed, shown as `https://hooks.slack.com/services/T0…/…WXYZ`.
 * - `email`   `{ recipients }`: 1 to 50 addresses, de-duplicated. Shown as given.
 * - `webhook` `{ url, headers? }`: the same URL and header rules as webhook endpoints. Header values may be
 *   credentials (Authorization), so they are shown masked; the URL is shown as given.
 */
import { checkDestinationUrl, OutboundBlockedError } from "../outbound/outbound-http.ts";
import { checkHeaders } from "../outbound/headers.ts";
import type { ChannelKind, FieldError } from "../types.ts";

export interface SlackConfig {
  webhook_url: string;
}
export interface EmailConfig {
  recipients: string[];
}
export interface WebhookChannelConfig {
  url: string;
  headers: Record<string, string>;
}
export type ChannelConfig = SlackConfig | EmailConfig | WebhookChannelConfig;

export const MAX_RECIPIENTS = 50;
/** Practical address check: one @, no spaces or angle brackets, a dotted domain (or localhost-style test hosts). */
const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+$/;
export const isEmailAddress = (v: string): boolean => v.length <= 254 && EMAIL.test(v);

const KEYS: Record<ChannelKind, string[]> = { slack: ["webhook_url"], email: ["recipients"], webhook: ["url", "headers"] };

const err = (pointer: string, detail: string): FieldError => ({ in: "body", pointer, detail });
const token = (k: string) => k.replaceAll("~", "~0").replaceAll("/", "~1");

function url(value: unknown, pointer: string, allowLoopback: boolean, errors: FieldError[]): string | null {
  if (typeof value !== "string" || value.trim() === "") {
    errors.push(err(pointer, "Required: an https:// URL."));
    return null;
  }
  try {
    checkDestinationUrl(value.trim(), { allowLoopback });
    return value.trim();
  } catch (e) {
    if (e instanceof OutboundBlockedError) {
      errors.push(err(pointer, e.message.replace(/^Webhook URLs/, "URLs").replace(/^Webhook URL/, "URL")));
      return null;
    }
    throw e;
  }
}

/** Validates `config` for `kind`; returns the normalized configuration, or every problem found. */
export function parseChannelConfig(
  kind: ChannelKind,
  config: Record<string, unknown>,
  opts: { allowLoopback: boolean },
): { config: ChannelConfig; errors: [] } | { config: null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  for (const key of Object.keys(config)) {
    if (!KEYS[kind].includes(key)) errors.push(err(`#/config/${token(key)}`, `Not a ${kind} channel setting; expected ${KEYS[kind].join(", ")}.`));
  }
  let out: ChannelConfig | null = null;
  if (kind === "slack") {
    const u = url(config.webhook_url, "#/config/webhook_url", opts.allowLoopback, errors);
    if (u) out = { webhook_url: u };
  } else if (kind === "email") {
    const r = config.recipients;
    if (!Array.isArray(r) || r.length === 0 || r.length > MAX_RECIPIENTS) {
      errors.push(err("#/config/recipients", `Required: a list of 1 to ${MAX_RECIPIENTS} email addresses.`));
    } else {
      const seen = new Set<string>();
      const recipients: string[] = [];
      r.forEach((v, i) => {
        if (typeof v !== "string" || !isEmailAddress(v.trim())) errors.push(err(`#/config/recipients/${i}`, "Not a valid email address."));
        else if (!seen.has(v.trim().toLowerCase())) {
          seen.add(v.trim().toLowerCase());
          recipients.push(v.trim());
        }
      });
      out = { recipients };
    }
  } else {
    const u = url(config.url, "#/config/url", opts.allowLoopback, errors);
    const h = config.headers;
    let headers: Record<string, string> = {};
    if (h !== undefined) {
      if (typeof h !== "object" || h === null || Array.isArray(h) || Object.values(h).some((v) => typeof v !== "string")) {
        errors.push(err("#/config/headers", "Must be an object of header names to string values."));
      } else {
        headers = h as Record<string, string>;
        for (const e of checkHeaders(headers)) errors.push({ ...e, pointer: e.pointer.replace(/^#\/headers/, "#/config/headers") });
      }
    }
    if (u) out = { url: u, headers };
  }
  if (errors.length || out === null) return { config: null, errors };
  return { config: out, errors: [] };
}

/** `…` plus the last four characters, or only `…` for values too short to show any of. */
function maskValue(v: string): string {
  return v.length >= 12 ? `…${v.slice(-4)}` : "…";
}

/** A secret URL shown so that its owner recognizes it and nobody can use it. */
export function maskUrl(raw: string): string {
  if (!URL.canParse(raw)) return "…";
  const u = new URL(raw);
  const rest = `${u.pathname}${u.search}`;
  const last4 = rest.length > 8 ? rest.slice(-4) : "";
  const m = /^\/services\/([^/]+)\//.exec(u.pathname);
  if (m) return `${u.origin}/services/${m[1]!.slice(0, 2)}…/…${last4}`;
  return `${u.origin}/…${last4}`;
}

/** What the API shows (and what is stored in clear as `config_public`). */
export function maskConfig(kind: ChannelKind, config: ChannelConfig): Record<string, unknown> {
  if (kind === "slack") return { webhook_url: maskUrl((config as SlackConfig).webhook_url) };
  if (kind === "email") return { recipients: [...(config as EmailConfig).recipients] };
  const w = config as WebhookChannelConfig;
  return { url: w.url, headers: Object.fromEntries(Object.entries(w.headers).map(([k, v]) => [k, maskValue(v)])) };
}
