/** The app serves exactly the contract: every documented operation, and nothing undocumented but the docs. */
import { expect, test } from "bun:test";
import spec from "../../openapi.yaml";
import { eventTypeProblems } from "../../scripts/event-types.ts";
import { systemClock } from "../src/clock.ts";
import { createApp } from "../src/http/app.ts";
import { DOCS_PATHS } from "../src/http/docs.ts";
import { createLogger } from "../src/log.ts";
import { openSqliteStore } from "../src/store/sqlite/store.ts";
import { type Store, StoreBusyError } from "../src/store/types.ts";

const METHODS = ["get", "post", "put", "patch", "delete"];

function documented(): string[] {
  const paths = (spec as { paths: Record<string, Record<string, unknown>> }).paths;
  const base = (spec as { servers: { url: string }[] }).servers[0]!.url;
  return Object.entries(paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((m) => `${m.toUpperCase()} ${base}${path.replace(/\{(\w+)\}/g, ":$1")}`),
  );
}

test("every (method, path) of openapi.yaml is served, and nothing undocumented is public", () => {
  const store = openSqliteStore(":memory:");
  try {
    const app = createApp({ store, logger: createLogger("silent"), clock: systemClock });
    const served = app.routes.map((r) => `${r.method} ${r.path}`);
    const docs = DOCS_PATHS.map((p) => `GET ${p}`);
    expect(served.filter((r) => !docs.includes(r)).sort()).toEqual(documented().sort());
    expect(documented().length).toBeGreaterThan(20);
  } finally {
    store.close();
  }
});

/** GET /health on an app whose store's ping throws `error`: the response, and the log lines at `level` and above. */
async function healthWhenPingThrows(error: Error, level: "error" | "warn") {
  const real = openSqliteStore(":memory:");
  const store: Store = { ...real, ping: async () => { throw error; } };
  const lines: string[] = [];
  const logger = (await import("pino")).default({ level }, { write: (l: string) => void lines.push(l) });
  try {
    const app = createApp({ store, logger, clock: systemClock });
    return { res: await app.handle(new Request("http://127.0.0.1/api/v1/health")), lines };
  } finally {
    real.close();
  }
}

test("an unexpected exception → 500 problem+json with no internal detail", async () => {
  // A store whose reads blow up with a message that must never reach the client.
  const { res, lines } = await healthWhenPingThrows(new Error("db password=hunter2 at /srv/secret.ts:12"), "error");
  expect(res.status).toBe(500);
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  const text = await res.text();
  expect(text).not.toContain("hunter2");
  expect(text).not.toContain("secret.ts");
  const body = JSON.parse(text);
  expect(body).toEqual(expect.objectContaining({ status: 500, type: "https://tripwire.dev/problems/internal", request_id: res.headers.get("x-request-id") }));
  // We keep the detail for ourselves, correlated by request id.
  expect(lines.join("")).toContain(body.request_id);
});

test("a transaction the store gave up after repeated conflicts → 503 busy with Retry-After, logged as a warning", async () => {
  const { res, lines } = await healthWhenPingThrows(new StoreBusyError(12, Object.assign(new Error("could not serialize access"), { code: "40001" })), "warn");
  expect(res.status).toBe(503);
  expect(res.headers.get("retry-after")).toBe("1");
  const body = await res.json();
  expect(body).toEqual(expect.objectContaining({ status: 503, type: "https://tripwire.dev/problems/busy" }));
  expect(body.detail).toContain("Nothing was changed");
  expect(lines.map((l) => JSON.parse(l).level)).toEqual([40]);
});

test("every whsec_ secret in the contract's examples is one the server itself would accept", async () => {
  const { isValidWebhookSecret } = await import("../src/outbound/signing.ts");
  const text = await Bun.file(new URL("../../openapi.yaml", import.meta.url)).text();
  const secrets = [...text.matchAll(/whsec_[A-Za-z0-9+/=]+/g)].map((m) => m[0]).filter((s) => s.length > 20);
  expect(secrets.length).toBeGreaterThan(0);
  expect(secrets.filter((s) => !isValidWebhookSecret(s))).toEqual([]);
});

test("every event type has one webhook payload schema: in WebhookPayload's oneOf and mapping, with that type as its event", () => {
  expect(eventTypeProblems(spec as Parameters<typeof eventTypeProblems>[0])).toEqual([]);
});

test("the event-type check (run by bun run gen and gen:check) names what a half-added event type lacks", () => {
  type Spec = Parameters<typeof eventTypeProblems>[0] & { components: { schemas: Record<string, { enum?: string[]; oneOf?: { $ref?: string }[]; discriminator?: { mapping?: Record<string, string> } }> } };
  const copy = structuredClone(spec) as Spec;
  const { EventType, WebhookPayload } = copy.components.schemas;
  // A new type in the enum only; an old type's payload left out of the oneOf.
  EventType!.enum!.push("widget.created");
  WebhookPayload!.oneOf = WebhookPayload!.oneOf!.filter((r) => r.$ref !== "#/components/schemas/MemberDeletedPayload");
  expect(eventTypeProblems(copy)).toEqual([
    'Event type widget.created (EventType enum) has no line in WebhookPayload.discriminator.mapping: add `widget.created: "#/components/schemas/<Name>Payload"`.',
    "WebhookPayload.discriminator.mapping sends member.deleted to #/components/schemas/MemberDeletedPayload, which is not in WebhookPayload.oneOf.",
  ]);
  // Mapped to a schema whose event is another type.
  const again = structuredClone(spec) as Spec;
  again.components.schemas.WebhookPayload!.discriminator!.mapping!["member.deleted"] = "#/components/schemas/MemberCreatedPayload";
  expect(eventTypeProblems(again)).toEqual([
    "MemberCreatedPayload (mapped from member.deleted) must have `event: { const: member.deleted }`; it has \"member.created\".",
    "WebhookPayload.oneOf lists #/components/schemas/MemberDeletedPayload, which no event type maps to in WebhookPayload.discriminator.mapping.",
  ]);
});

test("the test endpoint's sample of every event type is a WebhookPayload of that type", async () => {
  const { sampleEvent, envelopeFor } = await import("../src/outbound/envelope.ts");
  const { zEventType, zWebhookPayload } = await import("../src/generated/zod.gen.ts");
  for (const type of zEventType.options) {
    const body = JSON.parse(envelopeFor(sampleEvent(type, Date.UTC(2026, 10, 23))));
    const parsed = zWebhookPayload.safeParse(body);
    expect(parsed.success, `${type}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    expect(body.event).toBe(type);
  }
});
