/**
 * The web build stays small: `verifyWebhook` alone, minified + gzipped, under the 4 KiB target
 * in bench/verifier-size.ts (issue #18); the bench prints where it stands.
 */
import { expect, test } from "bun:test";
import { measureVerifierSize, VERIFY_WEBHOOK_GZIP_TARGET } from "../../bench/verifier-size.ts";

test(`verifyWebhook alone (web build, minified + gzip) stays under ${VERIFY_WEBHOOK_GZIP_TARGET} B; the whole web entry under 6 kB`, async () => {
  const [alone, whole] = await measureVerifierSize();
  console.log(`verifier web build: verifyWebhook alone ${alone!.gzip} B gzip, whole entry ${whole!.gzip} B gzip`);
  expect(alone!.gzip).toBeLessThan(VERIFY_WEBHOOK_GZIP_TARGET);
  expect(whole!.gzip).toBeLessThan(6 * 1024);
  // Tree-shaking works: the lone function is smaller than the whole entry.
  expect(alone!.minified).toBeLessThan(whole!.minified);
});
