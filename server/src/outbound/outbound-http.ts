/**
 * The one way the server sends HTTP to a user-supplied URL (webhook deliveries; later, workflow webhook
 * actions). Its job is to stop those URLs from reaching the server's own network (SSRF): cloud metadata at
 * 169.254.169.254, the database on 10.x, an admin port on 127.0.0.1.
 *
 * Checking the URL when it is saved is not enough: a name can resolve to a public address then and a private one
 * at delivery (DNS rebinding), and a redirect can point anywhere. So every call, not just the first:
 * 1. checks the URL's shape (https, no credentials, no private IP literal, no localhost);
 * 2. resolves the name itself and refuses if ANY address is non-public (see ip-ranges.ts);
 * 3. connects to the vetted address literally, sending the original `Host` and, for https, `tls.serverName`, so
 *    the certificate is still verified against the name. Bun's fetch ignores a `lookup` option, so pinning the
 *    address in the URL is the only way to make the socket dial what we checked;
 * 4. never follows redirects: a 3xx comes back as a status.
 *
 * Loopback receivers are refused unless `allowLoopback` (development and tests). With it, plain http is also
 * allowed, but only to loopback: an IP literal, `localhost`, or at delivery a name whose addresses are ALL
 * loopback (e.g. an /etc/hosts alias). Saving cannot see where a name will resolve, so {@link
 * checkDestinationUrl} accepts http only for hosts that are loopback by definition.
 *
 * Proxy environment variables (HTTPS_PROXY, …) are honoured as Bun does by default, so an egress proxy such as
 * smokescreen can be added in front; the proxy then dials the already-vetted address.
 */
import { isIP } from "node:net";
import { isLoopback, isPublicAddress } from "./ip-ranges.ts";
import { abortable, errorCode, errorMessage, fetchFailure, isLocalhostName, pinnedTarget, readPrefix, systemResolve } from "./net-io.ts";

/** The URL or the address it resolves to is not an allowed webhook destination. The message is for the user. */
export class OutboundBlockedError extends Error {
  override name = "OutboundBlockedError";
}

export type OutboundResult =
  | {
      ok: true;
      status: number;
      latencyMs: number;
      bodyExcerpt: string;
      /** The answer's Retry-After header as sent (seconds or an HTTP date), for callers that quote or honour it. */
      retryAfter: string | null;
    }
  | {
      ok: false;
      errorClass: "timeout" | "dns" | "connect" | "tls" | "blocked";
      error: string;
      latencyMs: number;
      status: null;
      bodyExcerpt: "";
    };

export interface GuardedPostOptions {
  url: string;
  /** Sent byte for byte; signatures are computed over it. */
  body: string;
  headers: Record<string, string>;
  /** Budget for the whole call: DNS, connect, TLS, response headers and the body excerpt. */
  timeoutMs: number;
  allowLoopback: boolean;
  /** Name to addresses; defaults to the system resolver (`dns.lookup`, all addresses). Injected by tests. */
  resolve?: (host: string) => Promise<string[]>;
  /** PEM CA certificates to trust INSTEAD of the default store (tests, private PKI). */
  ca?: string | string[] | undefined;
  /**
   * Development and tests only (TRIPWIRE_DEV_OUTBOUND_OVERRIDES, accepted only with TRIPWIRE_DEV): an origin
   * (`https://api.example.com`) → a loopback origin (`http://127.0.0.1:4100`). A URL on a listed origin is sent to
   * the loopback one instead, path and query kept, with the original `Host`; everything else is checked as usual.
   */
  overrides?: ReadonlyMap<string, string> | undefined;
  /** GET for API reads (incident.io's severities and incidents; `body` is then ignored). Default POST. */
  method?: "POST" | "GET";
  /** How much of the answer's body to keep (default {@link BODY_EXCERPT_BYTES}): API clients read whole JSON answers. */
  maxBodyBytes?: number;
}

/** How much of the response body is kept for the delivery log. */
export const BODY_EXCERPT_BYTES = 2048;

const HTTPS_REQUIRED = "Webhook URLs must use https://.";

interface Destination {
  url: URL;
  /** Hostname without IPv6 brackets. */
  host: string;
  /** The host when it is an IP literal, else null. */
  literal: string | null;
}

/**
 * Validates a destination URL for saving (an endpoint, a workflow action). Throws {@link OutboundBlockedError}
 * with a message the user can act on. Delivery checks again, including DNS, on every call.
 */
export function checkDestinationUrl(url: string, opts: { allowLoopback: boolean }): URL {
  const dest = parseDestination(url, opts.allowLoopback);
  if (dest.url.protocol === "http:" && !(opts.allowLoopback && isLoopbackByDefinition(dest))) {
    throw new OutboundBlockedError(
      opts.allowLoopback ? `${HTTPS_REQUIRED} Plain http:// is allowed only for loopback receivers (127.0.0.1, [::1], localhost).` : HTTPS_REQUIRED,
    );
  }
  return dest.url;
}

/**
 * POSTs `body` to `url` through the checks above. Never throws for network outcomes: a non-2xx answer is
 * `ok: true` with its status (the caller decides what counts as success); no answer is `ok: false` with a class.
 */
export async function guardedPost(opts: GuardedPostOptions): Promise<OutboundResult> {
  const started = performance.now();
  // Two decimals: loopback and LAN endpoints answer in well under a millisecond.
  const elapsed = () => Math.round((performance.now() - started) * 100) / 100;
  const fail = (errorClass: Exclude<OutboundResult, { ok: true }>["errorClass"], error: string): OutboundResult => ({
    ok: false,
    errorClass,
    error,
    latencyMs: elapsed(),
    status: null,
    bodyExcerpt: "",
  });
  // Built first so a malformed header (a caller bug) throws instead of posing as a network failure.
  const headers = new Headers(opts.headers);
  const signal = AbortSignal.timeout(opts.timeoutMs);

  const { url, host: originalHost } = overridden(opts.url, opts.overrides);
  let dest: Destination;
  try {
    dest = parseDestination(url, opts.allowLoopback);
  } catch (e) {
    if (e instanceof OutboundBlockedError) return fail("blocked", e.message);
    throw e;
  }
  const https = dest.url.protocol === "https:";

  let addresses: string[];
  if (dest.literal !== null) {
    addresses = [dest.literal];
  } else {
    try {
      addresses = await abortable((opts.resolve ?? systemResolve)(dest.host), signal);
    } catch (e) {
      const why = signal.aborted ? `timed out after ${opts.timeoutMs} ms` : errorCode(e) ?? errorMessage(e);
      return fail("dns", `Could not resolve ${dest.host} (${why}).`);
    }
    if (addresses.length === 0) return fail("dns", `Could not resolve ${dest.host} (no addresses).`);
  }

  // Every address must pass, not just the one we dial: a resolver may rotate them.
  for (const address of addresses) {
    if (!isPublicAddress(address) && !(opts.allowLoopback && isLoopback(address))) {
      return fail("blocked", `${dest.host} resolves to a private address (${address}); webhooks can only be sent to public internet addresses.`);
    }
  }
  if (!https && !addresses.every(isLoopback)) {
    return fail("blocked", `${HTTPS_REQUIRED} Plain http:// is allowed only when the host resolves to loopback.`);
  }

  const address = addresses[0]!;
  const target = pinnedTarget(dest.url, address);
  const method = opts.method ?? "POST";
  if (method === "POST" && !headers.has("content-type")) headers.set("content-type", "application/json");
  // Without this Bun would send the IP; virtual hosts and CDNs route on Host. Never the caller's value.
  headers.set("host", originalHost ?? dest.url.host);

  let response: Response;
  try {
    response = await fetch(target, {
      method,
      ...(method === "POST" ? { body: opts.body } : {}),
      headers,
      redirect: "manual",
      signal,
      // SNI and certificate checks bind to the name, not the IP we dial (an IP literal host is checked as an IP;
      // SNI may not carry an IP). rejectUnauthorized is pinned so NODE_TLS_REJECT_UNAUTHORIZED=0 cannot turn
      // verification off for user-supplied destinations.
      ...(https
        ? { tls: { rejectUnauthorized: true, ...(dest.literal === null ? { serverName: dest.host } : {}), ...(opts.ca ? { ca: opts.ca } : {}) } }
        : {}),
    });
  } catch (e) {
    const why = fetchFailure(e, signal, { host: dest.host, address, timeoutMs: opts.timeoutMs });
    return fail(why.errorClass, why.error);
  }

  // If the body fails or the budget runs out after the headers arrived, the status still stands and the excerpt is
  // whatever had been read.
  const { text: bodyExcerpt } = await readPrefix(response, opts.maxBodyBytes ?? BODY_EXCERPT_BYTES);
  return { ok: true, status: response.status, latencyMs: elapsed(), bodyExcerpt, retryAfter: response.headers.get("retry-after") };
}

/** `url` moved to its override's origin (with the Host it had), or as it is. */
function overridden(url: string, overrides: ReadonlyMap<string, string> | undefined): { url: string; host: string | undefined } {
  if (!overrides || overrides.size === 0 || !URL.canParse(url)) return { url, host: undefined };
  const u = new URL(url);
  const to = overrides.get(u.origin);
  if (to === undefined) return { url, host: undefined };
  const target = new URL(to);
  const host = u.host;
  u.protocol = target.protocol;
  u.host = target.host;
  return { url: u.toString(), host };
}

function parseDestination(raw: string, allowLoopback: boolean): Destination {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new OutboundBlockedError("Webhook URL is not a valid absolute URL.");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new OutboundBlockedError(HTTPS_REQUIRED);
  if (url.protocol === "http:" && !allowLoopback) throw new OutboundBlockedError(HTTPS_REQUIRED);
  if (url.username !== "" || url.password !== "") throw new OutboundBlockedError("Webhook URLs must not contain a username or password.");

  // The WHATWG parser has already canonicalised odd IPv4 spellings (0x7f.1, 2130706433) to dotted quads.
  const host = url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname;
  if (isIP(host) !== 0) {
    if (!isPublicAddress(host) && !(allowLoopback && isLoopback(host))) {
      throw new OutboundBlockedError(`Webhook URL host ${host} is a private or reserved address; webhooks can only be sent to public internet addresses.`);
    }
    return { url, host, literal: host };
  }
  if (isLocalhostName(host) && !allowLoopback) throw new OutboundBlockedError("Webhook URLs must not point at localhost; use a public https:// URL.");
  return { url, host, literal: null };
}

function isLoopbackByDefinition(dest: Destination): boolean {
  return dest.literal !== null ? isLoopback(dest.literal) : isLocalhostName(dest.host);
}
