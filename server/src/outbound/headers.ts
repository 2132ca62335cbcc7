/**
 * Custom headers on outbound requests (webhook endpoints, webhook channels): what a caller may set. Tripwire's own
 * headers (content type, signatures, webhook-*) cannot be overridden.
 */
import type { FieldError } from "../types.ts";

const MAX_HEADERS = 20;
const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}$/;
/** Headers the delivery itself owns; a custom header may not replace them. */
const RESERVED = new Set(["content-type", "content-length", "user-agent", "host", "x-tripwire-signature", "webhook-id", "webhook-timestamp", "webhook-signature", "transfer-encoding", "connection"]);

/** The custom-header rules the contract states but the generated validator cannot (maxProperties, propertyNames). */
export function checkHeaders(headers: Record<string, string> | undefined): FieldError[] {
  if (!headers) return [];
  const errors: FieldError[] = [];
  const names = Object.keys(headers);
  if (names.length > MAX_HEADERS) errors.push({ in: "body", pointer: "#/headers", detail: `At most ${MAX_HEADERS} headers.` });
  for (const name of names) {
    const p = `#/headers/${name.replaceAll("~", "~0").replaceAll("/", "~1")}`;
    if (!HEADER_NAME.test(name)) errors.push({ in: "body", pointer: p, detail: "Not a valid HTTP header name." });
    else if (RESERVED.has(name.toLowerCase()) || name.toLowerCase().startsWith("webhook-")) {
      errors.push({ in: "body", pointer: p, detail: `${name} is set by Tripwire and cannot be overridden.` });
    } else if (/[\r\n]/.test(headers[name]!)) errors.push({ in: "body", pointer: p, detail: "Header values cannot contain line breaks." });
  }
  return errors;
}
