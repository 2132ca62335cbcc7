/** Contract-typed sample resources and a client wired to the msw origin with millisecond retry delays. */
import { createTripwireClient, type Incident, type Service, type TripwireClientOptions } from "../src/index.ts";
import { ORIGIN } from "./msw.ts";

export const API_KEY = "tw_test_0123456789";

/** A client against msw whose retries wait 1-4 ms, so retry tests never sleep for long. */
export function testClient(options: Partial<TripwireClientOptions> = {}) {
  return createTripwireClient({ baseUrl: ORIGIN, apiKey: API_KEY, retry: { retries: 3, minDelayMs: 1, maxDelayMs: 4 }, ...options });
}

const T = "2026-11-23T09:00:00.000Z";

export function incident(overrides: Partial<Incident> = {}): Incident {
  return {
    id: "inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
    title: "Checkout API returns 502",
    status: "investigating",
    severity: "major",
    message: null,
    service_ids: [],
    labels: [],
    assignee_id: null,
    visibility: "public",
    source: "api",
    created_at: T,
    updated_at: T,
    published_at: T,
    resolved_at: null,
    archived_at: null,
    post_incident_status: null,
    closed_at: null,
    ...overrides,
  };
}

export function service(overrides: Partial<Service> = {}): Service {
  return { id: "svc_01JD5Q8R1XK2ZP7S0C3V9N4B6M", name: "checkout-api", description: null, status: "operational", created_at: T, updated_at: T, ...overrides };
}
