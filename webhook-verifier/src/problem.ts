/**
 * RFC 9457 problem details for a refused delivery. The `detail` is a fixed text per error code, never the error
 * message: messages can describe the receiver's configuration (e.g. a secret with whitespace), and the response
 * goes back to whoever sent the request. Tripwire shows this body in the endpoint's delivery log.
 * @see https://www.rfc-editor.org/rfc/rfc9457
 * @module
 */
import type { WebhookErrorCode, WebhookVerificationError } from "./errors.ts";

/** An `application/problem+json` body. `code` is an extension member with the error code. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: 400 | 401;
  detail: string;
  code: WebhookErrorCode;
}

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

const PUBLIC: Record<WebhookErrorCode, { title: string; detail: string }> = {
  missing_header: {
    title: "Missing signature header",
    detail:
      "The request has no complete set of Tripwire signature headers (webhook-id, webhook-timestamp and " +
      "webhook-signature, or X-Tripwire-Signature).",
  },
  malformed_header: {
    title: "Malformed signature header",
    detail: "A signature header is malformed: webhook-timestamp must be Unix seconds and no header may be empty.",
  },
  no_match: {
    title: "Signature mismatch",
    detail: "No signature in the request matches this endpoint's secret for this body.",
  },
  timestamp_too_old: {
    title: "Webhook timestamp too old",
    detail: "The signature is valid but webhook-timestamp is older than the receiver's tolerance.",
  },
  timestamp_too_new: {
    title: "Webhook timestamp in the future",
    detail: "The signature is valid but webhook-timestamp is further in the future than the receiver's tolerance.",
  },
  payload_not_raw: {
    title: "Raw body unavailable",
    detail:
      "The receiving app did not give the verifier the raw request body (it was parsed first), so no signature " +
      "can be checked. This is a bug in the receiving app, not in the request.",
  },
  invalid_json: {
    title: "Invalid event body",
    detail: "The body is correctly signed but is not a JSON Tripwire event.",
  },
};

/**
 * The problem details to answer a refused delivery with.
 * @example
 * catch (err) {
 *   if (!(err instanceof WebhookVerificationError)) throw err;
 *   return Response.json(toProblemDetails(err), { status: err.status, headers: { "content-type": "application/problem+json" } });
 * }
 */
export function toProblemDetails(error: WebhookVerificationError): ProblemDetails {
  const { title, detail } = PUBLIC[error.code];
  return {
    type: `https://tripwire.dev/problems/webhook-${error.code.replaceAll("_", "-")}`,
    title,
    status: error.status,
    detail,
    code: error.code,
  };
}
