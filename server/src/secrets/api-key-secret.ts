/**
 * API key secrets: 32 random bytes, prefixed so they are recognisable (and findable by secret scanners), and
 * stored only as a SHA-256 hash. A fast hash is right here because the secret is high-entropy: there is nothing
 * to brute-force, and authentication must stay cheap on every request.
 */
import { createHash, randomBytes } from "node:crypto";

export const KEY_PREFIX = "tw_live_";

export function generateApiKeySecret(): { secret: string; prefix: string; hash: string } {
  const secret = KEY_PREFIX + randomBytes(32).toString("base64url");
  return { secret, prefix: secret.slice(0, KEY_PREFIX.length + 4), hash: hashApiKeySecret(secret) };
}

export function hashApiKeySecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** Cheap shape check before touching the database. */
export function looksLikeApiKey(s: string): boolean {
  return s.startsWith(KEY_PREFIX) && s.length === KEY_PREFIX.length + 43 && /^[A-Za-z0-9_-]+$/.test(s.slice(KEY_PREFIX.length));
}
