/**
 * The same Express app as webhooks.ts, as CommonJS: `require()` loads the verifier's CommonJS build. tsc compiles
 * this .cts file to dist/webhooks-require.cjs.
 *
 *   npm run build && TRIPWIRE_WEBHOOK_SECRET=whsec_... PORT=4000 npm run webhooks:require
 */
import express = require("express");
import verifier = require("@tripwire/webhook-verifier/express");

const secret = process.env.TRIPWIRE_WEBHOOK_SECRET;
if (!secret) {
  console.error("Set TRIPWIRE_WEBHOOK_SECRET to the endpoint's signing secret (whsec_…).");
  process.exit(2);
}

const app = express();
app.post(
  "/webhooks/tripwire",
  express.raw({ type: "application/json" }),
  verifier.verifyTripwireWebhook({ secret, onError: (error) => console.log(`refused ${error.code}: ${error.message}`) }),
  (req, res) => {
    const event = req.tripwireEvent!;
    console.log(`verified ${event.event} ${event.id}`);
    res.status(200).json({ received: true });
  },
);
app.use(express.json());

const server = app.listen(Number(process.env.PORT ?? 4000), process.env.HOST ?? "127.0.0.1", () => {
  const address = server.address();
  if (address && typeof address === "object") console.log(`listening on http://${address.address}:${address.port}/webhooks/tripwire`);
});
