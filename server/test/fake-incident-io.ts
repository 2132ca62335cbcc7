/**
 * A loopback fake of incident.io's API for tests: a real HTTP server (Bun.serve on 127.0.0.1) that answers the
 * endpoints Tripwire calls the way incident.io documents them (api-docs.incident.io):
 * - `GET /v1/severities` → `{"severities": [{id, name, description, rank, created_at, updated_at}]}`;
 * - `POST /v2/incidents` → 201 `{"incident": {…}}`; `idempotency_key`, `severity_id` and `visibility` required
 *   (422 `validation_error` naming `source.field` otherwise); the same idempotency_key answers the incident it
 *   created, never a second one;
 * - `GET /v2/incidents/{id}` → `{"incident": {…}}` or 404 `not_found`;
 * - `GET /v1/identity` → `{"identity": {name, roles, dashboard_url}}`;
 * - errors as `{"type", "status", "request_id", "errors": [{"code", "message", "source"?}]}`: 401
 *   `authentication_error` for a missing or unknown Bearer key, 403 for a key without the permission.
 * Modes for the unhappy paths: `failNext(status, { times, retryAfter })` answers the next POSTs so (429 with
 * Retry-After, 500…). Start it, then start Tripwire with TRIPWIRE_INCIDENT_IO_API_URL = `fake.url`.
 */
export interface FakeIncident {
  id: string;
  name: string;
  reference: string;
  permalink: string;
  summary: string | null;
  severity: { id: string; name: string; rank: number; description: string };
  visibility: "public" | "private";
  incident_status: { id: string; name: string; category: string };
  mode: string;
  created_at: string;
  updated_at: string;
}

export const FAKE_KEYS = {
  /** View data + Create incidents + View all incident data. */
  full: "inc_test_full_0123456789abcdef",
  /** View data only: creating is a 403. */
  readOnly: "inc_test_read_0123456789abcdef",
} as const;

export const FAKE_SEVERITIES = [
  { id: "01FCNDV6P870EA6S7TK1DSYDG0", name: "Minor", description: "Issues with **low impact**.", rank: 1 },
  { id: "01FCNDV6P870EA6S7TK1DSYDG1", name: "Major", description: "Issues causing significant impact.", rank: 2 },
  { id: "01FCNDV6P870EA6S7TK1DSYDG2", name: "Critical", description: "Issues causing very high impact.", rank: 3 },
];

type Recorded = { method: string; path: string; body: unknown; auth: string | null };

export function startFakeIncidentIo() {
  const incidents = new Map<string, FakeIncident>();
  const byIdempotencyKey = new Map<string, string>();
  const requests: Recorded[] = [];
  const failures: { status: number; retryAfter?: string }[] = [];
  let counter = 0;
  const at = "2026-01-19T12:00:00.000Z";

  const error = (status: number, type: string, errors: { code: string; message: string; source?: { field: string } }[], headers: Record<string, string> = {}) =>
    Response.json({ type, status, request_id: `req-${++counter}`, errors }, { status, headers });

  const authorize = (req: Request, permission: "view" | "create"): Response | null => {
    const auth = req.headers.get("authorization");
    if (!auth) return error(401, "authentication_error", [{ code: "missing_authorization_material", message: "No authorization material provided in request" }]);
    const key = /^Bearer (.+)$/.exec(auth)?.[1];
    if (key !== FAKE_KEYS.full && key !== FAKE_KEYS.readOnly) return error(401, "authentication_error", [{ code: "invalid_authorization_material", message: "The API key provided is not valid" }]);
    if (permission === "create" && key === FAKE_KEYS.readOnly) {
      return error(403, "authorization_error", [{ code: "missing_scope", message: "This API key is missing the scope required: Create incidents" }]);
    }
    return null;
  };

  const server = Bun.serve({
    hostname: "127.0.0.1",
    port: 0,
    async fetch(req) {
      const url = new URL(req.url);
      let body: unknown = null;
      if (req.method === "POST") {
        try {
          body = await req.json();
        } catch {
          body = null;
        }
      }
      requests.push({ method: req.method, path: url.pathname, body, auth: req.headers.get("authorization") });

      if (req.method === "GET" && url.pathname === "/v1/severities") {
        return authorize(req, "view") ?? Response.json({ severities: FAKE_SEVERITIES.map((s) => ({ ...s, created_at: at, updated_at: at })) });
      }
      if (req.method === "GET" && url.pathname === "/v1/identity") {
        const denied = authorize(req, "view");
        if (denied) return denied;
        const full = req.headers.get("authorization") === `Bearer ${FAKE_KEYS.full}`;
        return Response.json({ identity: { name: full ? "Tripwire (full)" : "Tripwire (read only)", roles: full ? ["viewer", "incident_creator", "private_incidents_viewer"] : ["viewer"], dashboard_url: "https://app.incident.io/acme" } });
      }
      const one = /^\/v2\/incidents\/([^/]+)$/.exec(url.pathname);
      if (req.method === "GET" && one) {
        const denied = authorize(req, "view");
        if (denied) return denied;
        const incident = incidents.get(decodeURIComponent(one[1]!));
        return incident ? Response.json({ incident }) : error(404, "not_found", [{ code: "not_found", message: "Incident not found" }]);
      }
      if (req.method === "POST" && url.pathname === "/v2/incidents") {
        const denied = authorize(req, "create");
        if (denied) return denied;
        const failure = failures.shift();
        if (failure) {
          return error(failure.status, failure.status === 429 ? "rate_limit_error" : "server_error", [{ code: failure.status === 429 ? "rate_limited" : "internal", message: failure.status === 429 ? "Too many requests" : "Something went wrong" }], failure.retryAfter ? { "retry-after": failure.retryAfter } : {});
        }
        const b = (body ?? {}) as Record<string, unknown>;
        if (typeof b.idempotency_key !== "string" || b.idempotency_key === "") {
          return error(422, "validation_error", [{ code: "is_required", message: "An idempotency key is required", source: { field: "idempotency_key" } }]);
        }
        const seen = byIdempotencyKey.get(b.idempotency_key);
        if (seen) return Response.json({ incident: incidents.get(seen) }, { status: 201 });
        const severity = FAKE_SEVERITIES.find((s) => s.id === b.severity_id);
        if (!severity) return error(422, "validation_error", [{ code: "is_required", message: "A severity is required to open an incident", source: { field: "severity_id" } }]);
        if (b.visibility !== "public" && b.visibility !== "private") {
          return error(422, "validation_error", [{ code: "is_invalid", message: "Visibility must be public or private", source: { field: "visibility" } }]);
        }
        if (typeof b.name === "string" && b.name.length > 500) return error(422, "validation_error", [{ code: "too_long", message: "Name is too long", source: { field: "name" } }]);
        const n = incidents.size + 1;
        const incident: FakeIncident = {
          id: `01FAKEINCIDENT${String(n).padStart(12, "0")}`,
          name: typeof b.name === "string" ? b.name : `Incident ${n}`,
          reference: `INC-${n}`,
          permalink: `https://app.incident.io/acme/incidents/${n}`,
          summary: typeof b.summary === "string" ? b.summary : null,
          severity,
          visibility: b.visibility,
          incident_status: { id: "01FCNDV6P870EA6S7TK1DSYD5H", name: "Triage", category: "triage" },
          mode: "standard",
          created_at: new Date().toISOString(),
          updated_at: new Date().toISOString(),
        };
        incidents.set(incident.id, incident);
        byIdempotencyKey.set(b.idempotency_key, incident.id);
        return Response.json({ incident }, { status: 201 });
      }
      return error(404, "not_found", [{ code: "not_found", message: `No route ${req.method} ${url.pathname}` }]);
    },
  });

  return {
    url: `http://127.0.0.1:${server.port}`,
    incidents,
    requests,
    /** Answer the next `times` incident creations with `status` (and Retry-After when given). */
    failNext(status: number, opts: { times?: number; retryAfter?: string } = {}) {
      for (let i = 0; i < (opts.times ?? 1); i++) failures.push({ status, ...(opts.retryAfter !== undefined ? { retryAfter: opts.retryAfter } : {}) });
    },
    /** Puts an incident in the fake as if created in incident.io's UI (for private-webhook fetches). */
    seed(incident: Omit<FakeIncident, "incident_status" | "mode" | "permalink" | "reference"> & Partial<FakeIncident>) {
      const full: FakeIncident = {
        reference: `INC-${incidents.size + 100}`,
        permalink: `https://app.incident.io/acme/incidents/${incidents.size + 100}`,
        incident_status: { id: "01FCNDV6P870EA6S7TK1DSYD5H", name: "Triage", category: "triage" },
        mode: "standard",
        ...incident,
      };
      incidents.set(full.id, full);
      return full;
    },
    stop: () => server.stop(true),
  };
}
