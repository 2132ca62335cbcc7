/**
 * Exports shared by both entry points (`index.ts` on Web Crypto, `index.node.ts` on node:crypto); only the four
 * crypto-backed functions are defined per entry.
 * @module
 */
export type { RawPayload } from "./encoding.ts";
export { WebhookVerificationError, type WebhookErrorCode } from "./errors.ts";
export type { WebhookEvent } from "./event.ts";
export type { TripwireEvent, TripwireEventOf, TripwireEventType } from "./events.ts";
export type { HeaderGetter, HeadersInput } from "./headers.ts";
export type { CryptoBackendName } from "./hmac.ts";
export type { Secret } from "./keys.ts";
export { PROBLEM_CONTENT_TYPE, type ProblemDetails, toProblemDetails } from "./problem.ts";
export type { SignInput, TestHeaders, TestHeadersInput } from "./sign.ts";
export { DEFAULT_TOLERANCE_SECONDS, type VerifyInput } from "./verify.ts";
