/**
 * Network plumbing shared by the two ways the server reaches a user-supplied URL: guarded requests
 * (outbound-http.ts: webhook deliveries, workflow actions, API clients) and uptime probes (probe.ts). Each keeps its
 * own URL rules and messages; what is here is the same for both: resolving a name, waiting under a call's budget,
 * dialling a vetted address, reading a bounded prefix of a body, and classing a failed fetch.
 */
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";

/** RFC 6761: `localhost` and everything under it is loopback, whatever DNS says. */
export function isLocalhostName(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, "");
  return h === "localhost" || h.endsWith(".localhost");
}

/** Name to all its addresses through the system resolver (`dns.lookup`). */
export async function systemResolve(host: string): Promise<string[]> {
  const results = await lookup(host, { all: true });
  return results.map((r) => r.address);
}

/** getaddrinfo cannot be cancelled, so stop waiting for it when the call's budget runs out. */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/**
 * `url` with its host replaced by the vetted `address`, so the socket dials what was checked (Bun's fetch ignores a
 * `lookup` option). The caller sends the original Host header and, for https, `tls.serverName`.
 */
export function pinnedTarget(url: URL, address: string): URL {
  const target = new URL(url);
  target.hostname = isIP(address) === 6 ? `[${address}]` : address;
  return target;
}

/**
 * The first `limit` bytes of the body as text, then the rest is cancelled so a huge or endless body costs nothing.
 * If reading fails part way (a broken body, the budget running out), `failed` is true and `text` is what had been
 * read; the caller decides whether a partial body counts.
 */
export async function readPrefix(response: Response, limit: number): Promise<{ text: string; failed: boolean }> {
  if (response.body === null) return { text: "", failed: false };
  const reader = response.body.getReader();
  // stream: true holds back a UTF-8 sequence cut at the limit instead of emitting a replacement character.
  const decoder = new TextDecoder();
  let text = "";
  let bytes = 0;
  try {
    while (bytes < limit) {
      const { done, value } = await reader.read();
      if (done) break;
      const chunk = value.subarray(0, limit - bytes);
      bytes += chunk.length;
      text += decoder.decode(chunk, { stream: true });
    }
  } catch {
    return { text, failed: true };
  } finally {
    reader.cancel().catch(() => {});
  }
  return { text, failed: false };
}

/** Certificate and handshake failures as Bun reports them (error.code), e.g. DEPTH_ZERO_SELF_SIGNED_CERT,
 * ERR_TLS_CERT_ALTNAME_INVALID, CERT_HAS_EXPIRED, UNABLE_TO_VERIFY_LEAF_SIGNATURE, and EPROTO for a server that
 * does not speak TLS. */
const TLS_ERROR = /CERT|TLS|SSL|EPROTO|SELF_SIGNED|UNABLE_TO_(?:GET|VERIFY|DECRYPT)|HANDSHAKE/;

/** Why a fetch to `host` (dialled at `address`) threw: the budget ran out, TLS failed, or the connection did. */
export function fetchFailure(
  e: unknown,
  signal: AbortSignal,
  at: { host: string; address: string; timeoutMs: number },
): { errorClass: "timeout" | "tls" | "connect"; error: string } {
  if (signal.aborted) return { errorClass: "timeout", error: `No response from ${at.host} within ${at.timeoutMs} ms.` };
  const code = errorCode(e);
  if (code !== undefined && TLS_ERROR.test(code)) return { errorClass: "tls", error: `TLS with ${at.host} failed (${code}).` };
  return { errorClass: "connect", error: `Could not connect to ${at.host} at ${at.address} (${code ?? errorMessage(e)}).` };
}

/** A system error's code (ENOTFOUND, ECONNREFUSED, …), if it has one. */
export function errorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" && code !== "" ? code : undefined;
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
