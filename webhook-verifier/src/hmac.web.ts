/**
 * The portable implementation on Web Crypto (`crypto.subtle`): browsers, Deno, Cloudflare Workers, and Node or
 * Bun when a bundler picks the `default`/`browser`/`worker` conditions. Web Crypto is async-only, which is why the
 * whole public API is async. `importKey` is slow relative to one HMAC, so callers cache the CryptoKey per secret.
 * @module
 */
import { toBase64, toHex, utf8 } from "./encoding.ts";
import type { HmacBackend } from "./hmac.ts";

/** Join the signed parts into one buffer: `crypto.subtle.sign` takes a single BufferSource. */
function concat(parts: readonly (string | Uint8Array)[]): Uint8Array {
  if (parts.length === 1 && typeof parts[0] !== "string" && parts[0]) return parts[0];
  const chunks = parts.map((p) => (typeof p === "string" ? utf8(p) : p));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

export const webHmac: HmacBackend<CryptoKey> = {
  name: "web-crypto",
  importKey: (raw) =>
    crypto.subtle.importKey("raw", raw as Uint8Array<ArrayBuffer>, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]),
  async digest(key, parts, encoding) {
    const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, concat(parts) as Uint8Array<ArrayBuffer>));
    return encoding === "hex" ? toHex(mac) : toBase64(mac);
  },
  equal(expected, received) {
    // Standard Web Crypto has no timing-safe compare (Workers' crypto.subtle.timingSafeEqual is non-standard),
    // so XOR every code unit and look at the result once. Non-ASCII input differs in some code unit, never matches.
    if (expected.length !== received.length) return false;
    let diff = 0;
    for (let i = 0; i < expected.length; i++) diff |= expected.charCodeAt(i) ^ received.charCodeAt(i);
    return diff === 0;
  },
};
