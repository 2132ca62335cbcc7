/**
 * Producing signatures, for consumers' tests and for anyone sending Tripwire-format webhooks. Uses the same
 * backend and key derivation as verification, so a signature from `sign` verifies by construction, and the
 * interop tests prove that `standardwebhooks` and `svix` agree.
 * @module
 */
import { rawBody, type RawPayload } from "./encoding.ts";
import { configError } from "./errors.ts";
import type { HmacContext, Secret } from "./keys.ts";
import { secretList } from "./keys.ts";

/** Input of `sign`: which header value to produce. */
export type SignInput =
  | {
      /** `X-Tripwire-Signature`: lowercase hex HMAC-SHA256 of the body. The default. */
      scheme?: "tripwire";
      payload: RawPayload;
      secret: string;
    }
  | {
      /** One Standard Webhooks entry: `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`. */
      scheme: "standard-webhooks";
      payload: RawPayload;
      secret: string;
      /** The `webhook-id` (Tripwire uses the event id). */
      id: string;
      /** The `webhook-timestamp`: Unix seconds, or a Date. */
      timestamp: number | Date;
    };

/** Every header of one delivery, as Tripwire sends it. */
export type TestHeaders = {
  "content-type": "application/json";
  "webhook-id": string;
  "webhook-timestamp": string;
  /** One `v1,` entry per secret, space-separated (several during rotation). */
  "webhook-signature": string;
  /** Signed with the first secret. */
  "x-tripwire-signature": string;
};

/** Input of `generateTestHeaders`. */
export interface TestHeadersInput {
  payload: RawPayload;
  /** The secret, or several to imitate a rotation (one `v1,` entry each). */
  secret: Secret;
  /** Defaults to the payload's `id` field (Tripwire sends the event id), else a random `msg_test_…`. */
  id?: string;
  /** Unix seconds or a Date; defaults to now. Pass an old one to test your tolerance handling. */
  timestamp?: number | Date;
}

function unixSeconds(timestamp: number | Date): string {
  const seconds = typeof timestamp === "number" ? timestamp : Math.floor(timestamp.getTime() / 1000);
  if (!Number.isSafeInteger(seconds) || seconds < 0 || seconds >= 1e12) {
    throw configError(`timestamp must be whole Unix seconds (or a Date); got ${String(timestamp)}.`);
  }
  return String(seconds);
}

/** `sign` for a given backend. */
export async function signWith(ctx: HmacContext, input: SignInput): Promise<string> {
  const body = rawBody(input.payload);
  const [secret = ""] = secretList(input.secret);
  if (input.scheme === undefined || input.scheme === "tripwire") {
    return ctx.backend.digest(await ctx.key("tripwire", secret), [body], "hex");
  }
  if (input.scheme !== "standard-webhooks") throw configError(`unknown scheme ${JSON.stringify(input.scheme)}.`);
  if (typeof input.id !== "string" || input.id === "") throw configError("id (the webhook-id) is required.");
  const key = await ctx.key("standard-webhooks", secret);
  if (key === undefined) {
    throw configError("secret must be whsec_ followed by base64 (or plain base64) to sign Standard Webhooks headers.");
  }
  const mac = await ctx.backend.digest(key, [`${input.id}.${unixSeconds(input.timestamp)}.`, body], "base64");
  return `v1,${mac}`;
}

function idFromPayload(body: string | Uint8Array): string | undefined {
  try {
    const parsed: unknown = JSON.parse(typeof body === "string" ? body : new TextDecoder().decode(body));
    const id = (parsed as { id?: unknown } | null)?.id;
    return typeof id === "string" && id !== "" ? id : undefined;
  } catch {
    return undefined;
  }
}

/** `generateTestHeaders` for a given backend. */
export async function generateTestHeadersWith(ctx: HmacContext, input: TestHeadersInput): Promise<TestHeaders> {
  const body = rawBody(input.payload);
  const secrets = secretList(input.secret);
  const id = input.id ?? idFromPayload(body) ?? `msg_test_${crypto.randomUUID().replaceAll("-", "")}`;
  const timestamp = unixSeconds(input.timestamp ?? new Date());
  const entries = await Promise.all(
    secrets.map((secret) => signWith(ctx, { scheme: "standard-webhooks", payload: body, secret, id, timestamp: Number(timestamp) })),
  );
  return {
    "content-type": "application/json",
    "webhook-id": id,
    "webhook-timestamp": timestamp,
    "webhook-signature": entries.join(" "),
    "x-tripwire-signature": await signWith(ctx, { payload: body, secret: secrets[0] ?? "" }),
  };
}
