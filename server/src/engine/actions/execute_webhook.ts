/**
 * execute_webhook: sends JSON to a URL through the guarded outbound client (outbound/outbound-http.ts): https
 * only (plain http to loopback only when the server allows loopback), SSRF-checked against the addresses the name
 * resolves to at connect time, no redirects followed, a whole-call timeout of `deps.delivery.timeoutMs`.
 *
 * Method: POST only. `guardedPost` has no method option, and the guard is the only allowed way to reach a
 * user-supplied URL; PUT/PATCH are refused at activation with that explanation rather than silently POSTed.
 *
 * Headers sent: the configured `headers`, `content-type: application/json` unless configured, then (always ours)
 * `user-agent: Tripwire-Workflows/<version>`, `idempotency-key: <run id>:<step index>` (the same on a retry after a
 * crash, so the receiver can deduplicate) and, with a `secret`, the signatures of a Tripwire webhook delivery
 * (`x-tripwire-signature` and Standard Webhooks `webhook-id`/`webhook-timestamp`/`webhook-signature`), so the
 * receiver can verify with the same code (`@tripwire/webhook-verifier`, `standardwebhooks`). `webhook-id` is the
 * idempotency key, with any "." (not allowed in a signed id) replaced by "_".
 *
 * Body: `body` (any JSON, templates rendered) when set. By default:
 *   { workflow: {id, name}, run: {id}, timestamp, event: {…}, steps: {…} }
 * where `event` is everything the run's templates see except workflow/run/timestamp/steps: for incident
 * triggers `incident`, `service`, `changes` and the incident's fields at the top level, i.e. `{{incident.title}}`
 * is `event.incident.title` in the body. `steps` holds the outputs of earlier named steps.
 *
 * Secrets: `secret` and literal `headers` values are stored sealed in the workflow (workflow/sealing.ts) and shown by
 * the API as `tw_sealed_v1.<ref>` references; the runner opens them just before calling `run`, so this module and
 * its schema only ever see the real values, and a step's recorded input shows the references.
 *
 * A 2xx answer is success: output `{ status, latency_ms, response_excerpt }` (the first 2 KB of the body). Any
 * other answer, or no answer (timeout, dns, connect, tls, blocked), throws a {@link WebhookActionError} naming the
 * status or the error class; the runner records it as the step's error.
 */
import { guardedPost } from "../../outbound/outbound-http.ts";
import { isValidWebhookSecret, signDelivery } from "../../outbound/signing.ts";
import { VERSION } from "../../version.ts";
import type { RunScope } from "../../workflow/types.ts";
import type { ActionContext, ActionModule } from "../types.ts";
import { ActionError, present } from "./common.ts";
import { executeWebhookSpec, type Config, BAD_HEADER_VALUE } from "../../workflow/actions/execute_webhook.ts";
import { isTemplate } from "../../workflow/actions/schema.ts";

export const USER_AGENT = `Tripwire-Workflows/${VERSION}`;

export class WebhookActionError extends ActionError {
  override name = "WebhookActionError";
  constructor(
    message: string,
    /** `http` for a non-2xx answer, else the transport failure (timeout, dns, connect, tls, blocked). */
    readonly errorClass: "http" | "timeout" | "dns" | "connect" | "tls" | "blocked",
    readonly status: number | null,
  ) {
    super(message);
  }
}

/** The default body: the run's template scope, arranged as documented above. */
export function defaultBody(scope: RunScope): Record<string, unknown> {
  const { workflow, run, timestamp, steps, ...event } = scope;
  return { workflow, run, timestamp, event, steps: steps ?? {} };
}

/** A Standard Webhooks id may not contain "." (it joins the signed fields) and must be printable ASCII. */
export function signingId(idempotencyKey: string): string {
  return idempotencyKey.replace(/[^\x21-\x7e]|\./g, "_");
}

function headersFor(c: Config, ctx: ActionContext, body: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let hasContentType = false;
  for (const [name, value] of Object.entries(c.headers ?? {})) {
    // Rendered values are checked again: a template can bring in a line break.
    if (BAD_HEADER_VALUE.test(value)) throw new ActionError(`Header ${name} contains a line break after rendering.`);
    headers[name] = value;
    if (name.toLowerCase() === "content-type") hasContentType = true;
  }
  if (!hasContentType) headers["content-type"] = "application/json";
  headers["user-agent"] = USER_AGENT;
  headers["idempotency-key"] = ctx.idempotencyKey;
  if (c.secret !== undefined) {
    // A secret that rendered to nothing must not silently become an unsigned request.
    if (!present(c.secret)) throw new ActionError("secret is empty (its template rendered to nothing); refusing to send unsigned.");
    const secret = c.secret.trim();
    if (!isValidWebhookSecret(secret)) throw new ActionError("secret is not a webhook secret (whsec_ + base64 of 24 to 64 bytes).");
    const id = signingId(ctx.idempotencyKey);
    Object.assign(headers, signDelivery({ id, timestampSec: Math.floor(ctx.nowMs / 1000), body, secrets: [secret] }));
  }
  return headers;
}

export const executeWebhookAction: ActionModule<Config> = {
  ...executeWebhookSpec,
  async run(c, ctx) {
    const url = c.url.trim();
    if (url === "" || isTemplate(url)) throw new ActionError(`url is not a URL after rendering: ${JSON.stringify(c.url)}.`);
    const body = JSON.stringify(c.body === undefined ? defaultBody(ctx.scope) : c.body);
    const { timeoutMs, allowLoopback, resolve, overrides } = ctx.deps.delivery;
    const r = await guardedPost({
      url,
      body,
      headers: headersFor(c, ctx, body),
      timeoutMs,
      allowLoopback,
      ...(resolve ? { resolve } : {}),
      overrides,
    });
    const latency_ms = Math.round(r.latencyMs * 100) / 100;
    if (!r.ok) throw new WebhookActionError(`Webhook failed (${r.errorClass}): ${r.error}`, r.errorClass, null);
    if (r.status < 200 || r.status >= 300) {
      const excerpt = r.bodyExcerpt.replace(/\s+/g, " ").trim().slice(0, 200);
      const redirect = r.status >= 300 && r.status < 400 ? " (redirects are not followed)" : "";
      throw new WebhookActionError(`The endpoint answered ${r.status}${redirect}${excerpt ? `: ${excerpt}` : "."}`, "http", r.status);
    }
    return { kind: "done", output: { status: r.status, latency_ms, response_excerpt: r.bodyExcerpt } };
  },
};
