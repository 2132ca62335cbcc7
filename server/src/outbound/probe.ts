/**
 * One uptime check: an HTTP request to a user-supplied URL with the same SSRF rules as webhook deliveries
 * (outbound-http.ts), applied to every hop of a redirect chain:
 * 1. the URL's shape (http or https — monitors watch plain http sites too — no credentials);
 * 2. the name is resolved here and refused if ANY address is not public, unless the server allows private targets
 *    (`allowPrivate`, TRIPWIRE_MONITORS_ALLOW_PRIVATE=1 for self-hosted use) or loopback (`allowLoopback`,
 *    development mode). Link-local addresses (cloud metadata at 169.254.169.254) stay refused even then;
 * 3. the socket dials the vetted address literally, with the original Host header and, for https, `serverName`,
 *    so the certificate is still verified against the name (TLS errors are failures, never ignored);
 * 4. redirects are followed by hand (at most {@link MAX_REDIRECTS}), each new location checked from step 1.
 *
 * Never throws for network outcomes: the result says what happened, classed as timeout / dns / connect / tls /
 * blocked. Status and keyword rules are the caller's (domain/monitor-check.ts).
 */
import { isIP } from "node:net";
import { isLoopback, isPublicAddress } from "./ip-ranges.ts";
import { abortable, errorCode, errorMessage, fetchFailure, isLocalhostName, pinnedTarget, readPrefix, systemResolve } from "./net-io.ts";

export const MAX_REDIRECTS = 5;
/** How much of the body a keyword rule reads. */
export const PROBE_BODY_BYTES = 1024 * 1024;

export interface ProbeOptions {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | null;
  timeoutMs: number;
  followRedirects: boolean;
  /** Read the body (up to PROBE_BODY_BYTES) for a keyword rule. */
  readBody: boolean;
  allowLoopback: boolean;
  allowPrivate: boolean;
  resolve?: (host: string) => Promise<string[]>;
}

export type ProbeResult =
  | { ok: true; status: number; durationMs: number; body: string | null }
  | { ok: false; errorClass: "timeout" | "dns" | "connect" | "tls" | "blocked"; error: string; durationMs: number; status: null };

class Blocked extends Error {}

/** Why a target may not be checked (for saving a monitor), or null. DNS is checked at every check. */
export function checkProbeUrl(raw: string, opts: { allowLoopback: boolean; allowPrivate: boolean }): string | null {
  try {
    const { host, literal } = parse(raw);
    if (literal !== null) vet(host, [literal], opts);
    else if (isLocalhostName(host) && !opts.allowLoopback && !opts.allowPrivate) {
      throw new Blocked("Monitors must not point at localhost unless the server allows private targets (TRIPWIRE_MONITORS_ALLOW_PRIVATE=1).");
    }
    return null;
  } catch (e) {
    if (e instanceof Blocked) return e.message;
    throw e;
  }
}

export async function probe(opts: ProbeOptions): Promise<ProbeResult> {
  const started = performance.now();
  const elapsed = () => Math.round((performance.now() - started) * 100) / 100;
  const fail = (errorClass: Exclude<ProbeResult, { ok: true }>["errorClass"], error: string): ProbeResult => ({ ok: false, errorClass, error, durationMs: elapsed(), status: null });
  const signal = AbortSignal.timeout(opts.timeoutMs);
  let url = opts.url;
  let method = opts.method;
  let body = opts.body;
  for (let hop = 0; ; hop++) {
    let dest: ReturnType<typeof parse>;
    try {
      dest = parse(url);
    } catch (e) {
      if (e instanceof Blocked) return fail("blocked", e.message);
      throw e;
    }
    let addresses: string[];
    if (dest.literal !== null) addresses = [dest.literal];
    else if (isLocalhostName(dest.host)) addresses = ["127.0.0.1"];
    else {
      try {
        addresses = await abortable((opts.resolve ?? systemResolve)(dest.host), signal);
      } catch (e) {
        if (signal.aborted) return fail("timeout", `No answer from ${dest.host} within ${opts.timeoutMs} ms (DNS).`);
        return fail("dns", `Could not resolve ${dest.host} (${errorCode(e) ?? errorMessage(e)}).`);
      }
      if (addresses.length === 0) return fail("dns", `Could not resolve ${dest.host} (no addresses).`);
    }
    try {
      vet(dest.host, addresses, opts);
    } catch (e) {
      if (e instanceof Blocked) return fail("blocked", e.message);
      throw e;
    }
    const address = addresses[0]!;
    const target = pinnedTarget(dest.url, address);
    const headers = new Headers(opts.headers);
    headers.set("host", dest.url.host);
    if (!headers.has("user-agent")) headers.set("user-agent", "Tripwire-Uptime/1");
    const https = dest.url.protocol === "https:";
    let response: Response;
    try {
      response = await fetch(target, {
        method,
        headers,
        ...(body !== null && method !== "GET" && method !== "HEAD" ? { body } : {}),
        redirect: "manual",
        signal,
        ...(https ? { tls: { rejectUnauthorized: true, ...(dest.literal === null ? { serverName: dest.host } : {}) } } : {}),
      });
    } catch (e) {
      const why = fetchFailure(e, signal, { host: dest.host, address, timeoutMs: opts.timeoutMs });
      return fail(why.errorClass, why.error);
    }
    const location = response.headers.get("location");
    if (opts.followRedirects && response.status >= 300 && response.status < 400 && location !== null) {
      await response.body?.cancel().catch(() => {});
      if (hop >= MAX_REDIRECTS) return { ok: true, status: response.status, durationMs: elapsed(), body: null };
      url = new URL(location, dest.url).toString();
      // 303 (and, as browsers do, 301/302 after a POST) continue as GET without a body.
      if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === "POST")) {
        method = method === "HEAD" ? "HEAD" : "GET";
        body = null;
      }
      continue;
    }
    if (!opts.readBody) {
      await response.body?.cancel().catch(() => {});
      return { ok: true, status: response.status, durationMs: elapsed(), body: null };
    }
    const read = await readPrefix(response, PROBE_BODY_BYTES);
    if (read.failed && signal.aborted) return fail("timeout", `The body from ${dest.host} did not arrive within ${opts.timeoutMs} ms.`);
    return { ok: true, status: response.status, durationMs: elapsed(), body: read.failed ? null : read.text };
  }
}

function parse(raw: string): { url: URL; host: string; literal: string | null } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Blocked("Not a valid absolute URL.");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Blocked("Monitors check http:// or https:// URLs.");
  if (url.username !== "" || url.password !== "") throw new Blocked("URLs must not contain a username or password; send an Authorization header instead.");
  const host = url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname;
  return { url, host, literal: isIP(host) !== 0 ? host : null };
}

const isLinkLocal = (ip: string) => ip.startsWith("169.254.") || /^fe[89ab]/i.test(ip) || /^::ffff:169\.254\./i.test(ip);

function vet(host: string, addresses: string[], opts: { allowLoopback: boolean; allowPrivate: boolean }): void {
  for (const address of addresses) {
    if (isPublicAddress(address)) continue;
    if (isLinkLocal(address)) throw new Blocked(`${host} resolves to a link-local address (${address}); monitors never check those.`);
    if (opts.allowPrivate || (opts.allowLoopback && isLoopback(address))) continue;
    throw new Blocked(
      `${host} resolves to a private address (${address}); this server checks public addresses only (a self-hosted server can allow private targets with TRIPWIRE_MONITORS_ALLOW_PRIVATE=1).`,
    );
  }
}
