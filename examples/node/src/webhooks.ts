/**
 * An Express app (ES modules) that verifies Tripwire webhooks with @tripwire/webhook-verifier/express.
 *
 *   npm run build && TRIPWIRE_WEBHOOK_SECRET=whsec_... PORT=4000 npm run webhooks
 *
 * Point an endpoint at it: POST /api/v1/webhooks { "url": "http://127.0.0.1:4000/webhooks/tripwire", ... }.
 * src/webhooks-require.cts is the same app written with require().
 */
import express from "express";
import type { WebhookEvent } from "@tripwire/webhook-verifier";
import { verifyTripwireWebhook } from "@tripwire/webhook-verifier/express";

const secret = process.env.TRIPWIRE_WEBHOOK_SECRET;
if (!secret) {
  console.error("Set TRIPWIRE_WEBHOOK_SECRET to the endpoint's signing secret (whsec_…).");
  process.exit(2);
}

const app = express();
// The webhook route comes before any express.json(): it needs the raw bytes that were signed.
app.post(
  "/webhooks/tripwire",
  express.raw({ type: "application/json" }),
  verifyTripwireWebhook({ secret, onError: (error) => console.log(`refused ${error.code}: ${error.message}`) }),
  (req, res) => {
    const event: WebhookEvent = req.tripwireEvent!; // typed through Express's Request
    console.log(`verified ${event.event} ${event.id}`);
    res.status(200).json({ received: true });
  },
);
app.use(express.json()); // the rest of your API

const server = app.listen(Number(process.env.PORT ?? 4000), process.env.HOST ?? "127.0.0.1", () => {
  const address = server.address();
  if (address && typeof address === "object") console.log(`listening on http://${address.address}:${address.port}/webhooks/tripwire`);
});
