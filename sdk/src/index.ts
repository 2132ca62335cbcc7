/**
 * @module `@tripwire/sdk`: a typed client for the Tripwire API, generated from openapi.yaml.
 *
 * @example
 * import { createTripwireClient } from "@tripwire/sdk";
 * const client = createTripwireClient({ baseUrl: "http://127.0.0.1:3000", apiKey: process.env.TRIPWIRE_API_KEY! });
 * for await (const incident of client.paginate("/incidents", { params: { query: { status: "investigating" } } })) {
 *   console.log(incident.id, incident.title);
 * }
 */
import type { components } from "./generated/openapi.d.ts";

export {
  apiRoot,
  createTripwireClient,
  type ListItem,
  type ListPath,
  type TripwireClient,
  type TripwireClientOptions,
} from "./client.ts";
export { type DataOf, type FetchResult, orThrow, TripwireError } from "./errors.ts";
export { type ListInit, type ListItemOf, type ListPathOf, type Page, paginate } from "./paginate.ts";
export { DEFAULT_RETRY_POLICY, type RetryOptions, type RetryPolicy } from "./retry-schedule.ts";
export { createRetryingFetch, DEFAULT_TIMEOUT_MS, type FetchLike, type RetryingFetchOptions } from "./retrying-fetch.ts";
export type { components, operations, paths } from "./generated/openapi.d.ts";
/**
 * `CONTRACT_VERSION`: the `info.version` of the openapi.yaml these types were generated from. The server sends its
 * own as `Tripwire-Contract-Version`; a {@link TripwireError} names both when they differ.
 * `SDK_VERSION`: this package's version, sent as `X-Tripwire-Client: sdk/<version>`.
 */
export { CONTRACT_VERSION, SDK_VERSION } from "./generated/version.ts";

/**
 * Any schema of the contract by name, e.g. `Schema<"IncidentCreate">`. Schemas added to openapi.yaml are available
 * here after `bun run gen`, with no SDK change.
 */
export type Schema<Name extends keyof components["schemas"]> = components["schemas"][Name];

// Readable names for the schemas used most. Each is the generated type itself, never a restatement.
export type Problem = Schema<"Problem">;
export type FieldError = Schema<"FieldError">;
export type Health = Schema<"Health">;
export type Organization = Schema<"Organization">;
export type Scope = Schema<"Scope">;
export type ApiKey = Schema<"ApiKey">;
export type ApiKeyWithSecret = Schema<"ApiKeyWithSecret">;
export type ApiKeyCreate = Schema<"ApiKeyCreate">;
export type Member = Schema<"Member">;
export type MemberCreate = Schema<"MemberCreate">;
export type MemberUpdate = Schema<"MemberUpdate">;
export type Service = Schema<"Service">;
export type ServiceStatus = Schema<"ServiceStatus">;
export type ServiceCreate = Schema<"ServiceCreate">;
export type ServiceUpdate = Schema<"ServiceUpdate">;
export type Incident = Schema<"Incident">;
export type IncidentStatus = Schema<"IncidentStatus">;
export type Severity = Schema<"Severity">;
export type Visibility = Schema<"Visibility">;
export type IncidentCreate = Schema<"IncidentCreate">;
export type IncidentUpdate = Schema<"IncidentUpdate">;
export type IncidentResolve = Schema<"IncidentResolve">;
export type IncidentUpdateEntry = Schema<"IncidentUpdateEntry">;
export type IncidentUpdateEntryCreate = Schema<"IncidentUpdateEntryCreate">;
export type PostIncidentFlow = Schema<"PostIncidentFlow">;
export type PostIncidentFlowCreate = Schema<"PostIncidentFlowCreate">;
export type IncidentPostIncident = Schema<"IncidentPostIncident">;
export type PostIncidentTask = Schema<"PostIncidentTask">;
export type FollowUp = Schema<"FollowUp">;
export type Postmortem = Schema<"Postmortem">;
export type Label = Schema<"Label">;
export type Event = Schema<"Event">;
export type EventType = Schema<"EventType">;
/** What a webhook endpoint receives: one member per event type, keyed by `event` (`data` is that type's schema). */
export type WebhookPayload = Schema<"WebhookPayload">;
export type Causation = Schema<"Causation">;
