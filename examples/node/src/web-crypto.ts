/**
 * The verifier's Web Crypto build (what browsers, Workers and Deno load) on Node's `globalThis.crypto.subtle`.
 * Verifies a saved delivery, then the same delivery with one byte of the body changed.
 *
 *   npm run build && TRIPWIRE_WEBHOOK_SECRET=whsec_... npm run web-crypto -- delivery.json
 *
 * delivery.json is `{ "headers": { "webhook-id": …, … }, "body": "<the raw body>" }`. `npm run web-crypto` passes
 * `--conditions=browser`, so the package's main entry resolves the way a browser bundler resolves it.
 */
import { readFileSync } from "node:fs";
import * as main from "@tripwire/webhook-verifier";
import { cryptoBackend, verifyWebhook, WebhookVerificationError } from "@tripwire/webhook-verifier/web";

const secret = process.env.TRIPWIRE_WEBHOOK_SECRET;
const file = process.argv[2];
if (!secret || !file) {
  console.error("usage: TRIPWIRE_WEBHOOK_SECRET=whsec_... node dist/web-crypto.js delivery.json");
  process.exit(2);
}
const delivery = JSON.parse(readFileSync(file, "utf8")) as { headers: Record<string, string>; body: string };

console.log(`globalThis.crypto.subtle: ${typeof globalThis.crypto?.subtle}`);
console.log(`backend: /web ${cryptoBackend}, main entry ${main.cryptoBackend}`);

const event = await verifyWebhook({ payload: delivery.body, headers: delivery.headers, secret });
console.log(`verified ${event.event} ${event.id}`);

// Change the body by one byte (a digit of the timestamp in the event, say): the signature no longer matches.
const tampered = delivery.body.replace(/\d(?=[^\d]*$)/, (d) => String((Number(d) + 1) % 10));
try {
  await verifyWebhook({ payload: tampered, headers: delivery.headers, secret });
  console.log("tampered: ACCEPTED");
  process.exitCode = 1;
} catch (error) {
  if (!(error instanceof WebhookVerificationError)) throw error;
  console.log(`tampered: refused ${error.code}`);
}
