/**
 * The Node and Bun implementation: `node:crypto` is native and synchronous, over 10× faster than awaiting
 * `crypto.subtle` for small payloads, and `update()` takes strings and byte views without a concatenation copy.
 * Selected by the `bun`/`node` conditions in package.json `exports`.
 * @module
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import type { HmacBackend } from "./hmac.ts";

const encoder = new TextEncoder();

export const nodeHmac: HmacBackend<Uint8Array> = {
  name: "node:crypto",
  importKey: (raw) => raw,
  digest(key, parts, encoding) {
    const hmac = createHmac("sha256", key);
    for (const part of parts) hmac.update(part);
    return hmac.digest(encoding);
  },
  equal(expected, received) {
    // TextEncoder rather than Buffer.from(s, "utf8"): same bytes, about 2× faster on Bun.
    const a = encoder.encode(expected);
    const b = encoder.encode(received);
    // timingSafeEqual throws on a length mismatch; compare byte lengths (not string lengths) first.
    // https://nodejs.org/api/crypto.html#cryptotimingsafeequala-b
    return a.byteLength === b.byteLength && timingSafeEqual(a, b);
  },
};
