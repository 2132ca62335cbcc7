/**
 * A Tripwire webhook receiver on Express 5: verify every delivery, process each event once, answer fast.
 *
 *   TRIPWIRE_WEBHOOK_SECRET=whsec_… bun examples/express-verifier/server.ts
 *
 * `createApp()` is exported so tests (and your own app) can mount it without listening; the bottom of the file
 * listens only when run directly. See README.md for pointing a Tripwire endpoint at it.
 */
import type { WebhookEvent } from "@tripwire/webhook-verifier";
import { verifyTripwireWebhook } from "@tripwire/webhook-verifier/express";
import express, { type ErrorRequestHandler } from "express";

export interface AppOptions {
  /** The endpoint secret (`whsec_…`), or several while rotating. */
  secret: string | string[];
  /** Your business logic. Runs once per event id; if it throws, the delivery gets a 500 and Tripwire retries. */
  onEvent?: (event: WebhookEvent) => void | Promise<void>;
  /** Where refused deliveries are explained (the response body deliberately is not that detailed). */
  log?: (message: string) => void;
  /** How many recent event ids to remember for deduplication. */
  dedupeCapacity?: number;
}

/**
 * Event ids already taken, oldest forgotten first. In memory, so it forgets on restart and is per process:
 * with several instances, use a shared store (e.g. Redis `SET id 1 NX EX 86400`, or a unique index).
 */
class RecentIds {
  readonly #ids = new Set<string>();
  constructor(readonly capacity: number) {}

  /** True if `id` was not seen before (and is now taken); false for a duplicate. */
  claim(id: string): boolean {
    if (this.#ids.has(id)) return false;
    this.#ids.add(id);
    if (this.#ids.size > this.capacity) this.#ids.delete(this.#ids.values().next().value as string);
    return true;
  }

  /** Give an id back after failed processing, so Tripwire's retry is processed rather than skipped. */
  release(id: string): void {
    this.#ids.delete(id);
  }
}

export function createApp({ secret, onEvent, log = console.warn, dedupeCapacity = 10_000 }: AppOptions): express.Express {
  const app = express();
  const seen = new RecentIds(dedupeCapacity);

  // The webhook route comes first with its own raw parser: body parsers stop at the first one that reads the
  // body, so a global express.json() mounted earlier would leave nothing to verify.
  app.post(
    "/webhooks/tripwire",
    express.raw({ type: "application/json", limit: "1mb" }),
    verifyTripwireWebhook({ secret, onError: (err) => log(err.message) }),
    async (req, res) => {
      const event = req.tripwireEvent!; // set by the middleware, which answers 400/401 itself otherwise
      // Delivery is at least once: retries and redeliveries carry the same id. Claim it before processing, so
      // a duplicate that arrives while the first is still running is not processed twice either.
      if (!seen.claim(event.id)) {
        res.status(200).json({ received: true, duplicate: true });
        return;
      }
      try {
        await onEvent?.(event);
      } catch (err) {
        seen.release(event.id);
        throw err; // Express 5 forwards rejected handlers to the error handler below
      }
      res.status(200).json({ received: true, duplicate: false });
    },
  );

  // The rest of your API can parse JSON as usual.
  app.use(express.json());
  app.get("/healthz", (_req, res) => {
    res.json({ ok: true });
  });

  const onError: ErrorRequestHandler = (err, _req, res, _next) => {
    log(`event processing failed: ${err instanceof Error ? err.message : String(err)}`);
    res.status(500).type("application/problem+json").json({
      type: "about:blank",
      title: "Internal Server Error",
      status: 500,
      detail: "The event could not be processed; Tripwire will retry it.",
    });
  };
  app.use(onError);
  return app;
}

if (import.meta.main) {
  // Several secrets, comma-separated, while rotating: base64 never contains a comma.
  const secrets = (process.env["TRIPWIRE_WEBHOOK_SECRET"] ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  if (secrets.length === 0) {
    console.error("Set TRIPWIRE_WEBHOOK_SECRET to the endpoint's signing secret (whsec_…), shown when you created it.");
    process.exit(1);
  }
  const host = process.env["HOST"] ?? "127.0.0.1";
  const port = Number(process.env["PORT"] ?? 4000);
  const app = createApp({
    secret: secrets,
    onEvent: (event) => console.log(`${event.timestamp} ${event.event} ${event.id}`, JSON.stringify(event.data)),
  });
  app.listen(port, host, (err?: Error) => {
    if (err) throw err;
    console.log(`Listening for Tripwire webhooks on http://${host}:${port}/webhooks/tripwire`);
  });
}
