/** `execute_webhook` as a definition: its configuration schema, catalog fields and effects. It runs in engine/actions/execute_webhook.ts. */
import { z } from "zod";
import { isValidWebhookSecret } from "../../outbound/signing.ts";
import type { ActionSpec } from "../types.ts";
import { stringOrTemplate, text } from "./schema.ts";

/** Set by Tripwire on every call; configuring them would be silently overridden or break the request. */
const RESERVED_HEADERS = new Set([
  "host",
  "content-length",
  "transfer-encoding",
  "connection",
  "user-agent",
  "idempotency-key",
  "webhook-id",
  "webhook-timestamp",
  "webhook-signature",
  "x-tripwire-signature",
]);
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
export const BAD_HEADER_VALUE = /[\r\n\0]/;

function isHttpUrl(v: string): boolean {
  if (!URL.canParse(v)) return false;
  const { protocol } = new URL(v);
  return protocol === "https:" || protocol === "http:";
}

const config = z.strictObject({
  url: stringOrTemplate(isHttpUrl, "Must be an absolute https:// URL."),
  method: z
    .string()
    .refine((m) => m.toUpperCase() === "POST", { message: "Only POST is supported (the guarded outbound client sends POST only)." })
    .optional(),
  headers: z
    .record(z.string(), text())
    .superRefine((headers, check) => {
      for (const [name, value] of Object.entries(headers)) {
        if (!HEADER_NAME.test(name)) check.addIssue({ code: "custom", path: [name], message: `"${name}" is not a valid header name.` });
        else if (RESERVED_HEADERS.has(name.toLowerCase())) check.addIssue({ code: "custom", path: [name], message: `${name} is set by Tripwire.` });
        if (BAD_HEADER_VALUE.test(value)) check.addIssue({ code: "custom", path: [name], message: "Header values must not contain line breaks." });
      }
    })
    .optional(),
  body: z.unknown().optional(),
  // nullable only so that a secret template rendering to null gets run()'s clear refusal, not a schema error.
  secret: stringOrTemplate(isValidWebhookSecret, "Must be a webhook secret: whsec_ + base64 of 24 to 64 bytes.").nullish(),
});
export type Config = z.infer<typeof config>;

export const executeWebhookSpec: ActionSpec<Config> = {
  type: "execute_webhook",
  description: "POSTs JSON to an https URL (optionally signed like Tripwire webhooks). Outputs status, latency_ms and response_excerpt.",
  effects: "external",
  scopes: ["webhooks:write"],
  config,
  fields: [
    { name: "url", type: "string", required: true, description: "https:// only; private and internal addresses are refused." },
    { name: "method", type: "POST", required: false, description: "POST (the only method supported)." },
    { name: "headers", type: "map<string,string>", required: false, description: "Extra headers; user-agent, idempotency-key and signature headers are set by Tripwire. Literal values are stored encrypted and shown back as tw_sealed_v1.<ref> references." },
    { name: "body", type: "json", required: false, description: "Any JSON. Default: { workflow, run, timestamp, event (the run's template data), steps }." },
    { name: "secret", type: "string", required: false, description: "A whsec_ secret: the request is then signed like a Tripwire webhook delivery. Stored encrypted and shown back as a tw_sealed_v1.<ref> reference (send it back to keep the secret)." },
  ],
};
