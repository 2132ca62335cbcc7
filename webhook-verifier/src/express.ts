/**
 * Express (and plain node:http) middleware: verify the delivery, put the event on `req.tripwireEvent`, or answer
 * 400/401/413 with `application/problem+json` and end the response itself, so an unverified request can never
 * fall through to your handler (Svix's own sample forgets the `return` after its 400).
 *
 * It does not import express at runtime (types come from node:http), so it adds no dependency.
 * @module
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { WebhookEvent } from "./event.ts";
import {
  PROBLEM_CONTENT_TYPE,
  toProblemDetails,
  type VerifyInput,
  verifyWebhook,
  WebhookVerificationError,
} from "./index.node.ts";

declare global {
  // Express's own request type is augmented the documented way, so `req.tripwireEvent` is typed in handlers.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** The verified event, set by `verifyTripwireWebhook()`. Undefined on routes without it. */
      tripwireEvent?: WebhookEvent;
    }
  }
}

/** Options of `verifyTripwireWebhook`: everything `verifyWebhook` takes except the request itself. */
export interface ExpressVerifierOptions extends Omit<VerifyInput, "payload" | "headers"> {
  /** Largest body read from the stream, in bytes; larger requests get 413. Default 1 MiB. */
  maxBodyBytes?: number;
  /**
   * Called for every refused delivery. `error.message` explains the cause and is not sent to the client, so
   * log it here.
   */
  onError?: (error: WebhookVerificationError, req: IncomingMessage) => void;
}

/** A request as the middleware sees it: whatever body parser ran may have set `body`. */
export type VerifiableRequest = IncomingMessage & { body?: unknown; tripwireEvent?: WebhookEvent };

/** Connect-style middleware, assignable to Express's `RequestHandler`. */
export type TripwireMiddleware = (
  req: VerifiableRequest,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void;

const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

class BodyTooLarge extends Error {}

/** Read the body from the stream, up to `max` bytes. */
async function readStream(req: IncomingMessage, max: number): Promise<Uint8Array> {
  const declared = Number(req.headers["content-length"]);
  if (declared > max) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.byteLength;
    if (size > max) throw new BodyTooLarge();
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/**
 * The raw body, wherever it is. A Buffer or string from `express.raw()`/`express.text()` is used as is. A parsed
 * object is refused when the stream is spent (`express.json()` ran first): the original bytes are gone. An
 * untouched stream is read here, so the middleware also works with no body parser at all.
 */
async function rawBodyOf(req: VerifiableRequest, max: number): Promise<unknown> {
  const { body } = req;
  if (body instanceof Uint8Array || typeof body === "string") return body;
  // body-parser marks a request it has read with `_body`; `readableEnded` covers other parsers.
  const consumed = (req as { _body?: unknown })._body === true || req.readableEnded;
  if (consumed) {
    // A parsed object: verifyWebhook refuses it with its payload_not_raw message that names express.raw().
    if (body !== undefined && body !== null) return body;
    throw new WebhookVerificationError(
      "payload_not_raw",
      "the request body stream was already read by another middleware that kept no raw copy; mount " +
        "verifyTripwireWebhook() before it, or put express.raw({ type: \"application/json\" }) on this route.",
    );
  }
  return readStream(req, max);
}

function sendProblem(res: ServerResponse, status: number, body: object): void {
  res.statusCode = status;
  res.setHeader("content-type", PROBLEM_CONTENT_TYPE);
  res.setHeader("cache-control", "no-store");
  res.end(JSON.stringify(body));
}

/**
 * Middleware that verifies a Tripwire delivery before your handler runs.
 *
 * On success `req.tripwireEvent` holds the event and `next()` is called. On failure it answers 400 (malformed
 * request, or your app parsed the body before it), 401 (signature or timestamp not valid) or 413 (body over
 * `maxBodyBytes`) with RFC 9457 problem details, and does not call `next`.
 *
 * @example
 * app.post("/webhooks/tripwire", express.raw({ type: "application/json" }), verifyTripwireWebhook({ secret }), (req, res) => {
 *   const event = req.tripwireEvent!;
 *   res.sendStatus(204);
 * });
 */
export function verifyTripwireWebhook(options: ExpressVerifierOptions): TripwireMiddleware {
  const { maxBodyBytes = DEFAULT_MAX_BODY_BYTES, onError, ...verifyOptions } = options;
  return (req, res, next) => {
    void (async () => {
      let event: WebhookEvent;
      try {
        const payload = await rawBodyOf(req, maxBodyBytes);
        event = await verifyWebhook({ ...verifyOptions, payload: payload as VerifyInput["payload"], headers: req.headers });
      } catch (err) {
        if (err instanceof WebhookVerificationError) {
          onError?.(err, req);
          sendProblem(res, err.status, toProblemDetails(err));
        } else if (err instanceof BodyTooLarge) {
          sendProblem(res, 413, {
            type: "https://tripwire.dev/problems/webhook-payload-too-large",
            title: "Payload too large",
            status: 413,
            detail: `The body is larger than this receiver accepts (${maxBodyBytes} bytes).`,
          });
        } else {
          next(err);
        }
        return;
      }
      req.tripwireEvent = event;
      next();
    })();
  };
}
