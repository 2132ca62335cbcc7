/**
 * The one seam between runtimes. `hmac.node.ts` (node:crypto) and `hmac.web.ts` (Web Crypto) implement this
 * interface and nothing else differs, so the same test suite can run against both and they cannot drift apart.
 * @module
 */

/** Which implementation an entry point was built on; handy to confirm what your bundler picked. */
export type CryptoBackendName = "node:crypto" | "web-crypto";

/** HMAC-SHA256 plus a constant-time string comparison, on one runtime's native crypto. */
export interface HmacBackend<K = unknown> {
  readonly name: CryptoBackendName;
  /** Turn raw key bytes into whatever the runtime signs with. Called once per secret; the result is cached. */
  importKey(raw: Uint8Array): K | Promise<K>;
  /** HMAC-SHA256 of the concatenated parts (strings as UTF-8), encoded as lowercase hex or padded base64. */
  digest(key: K, parts: readonly (string | Uint8Array)[], encoding: "hex" | "base64"): string | Promise<string>;
  /**
   * Compare the expected signature (canonical, ASCII) with a received one in time that does not depend on where
   * they differ. Different lengths return false and never throw: an HMAC's length is public anyway.
   */
  equal(expected: string, received: string): boolean;
}
