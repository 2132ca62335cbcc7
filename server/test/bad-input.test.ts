/**
 * The bad-input sweep: every operation of the contract, called on a real server with an owner key, gets
 * malformed JSON, wrong-typed bodies, a 1 MB string, 10,000-deep nesting, NUL and odd unicode, bad limits and
 * cursors, and path ids of the wrong shape. Whatever the answer, it is never a 5xx; every error is
 * problem+json with a `detail`; every 422 names a field; and a refused create leaves no new row.
 * The operations come from the generated route table, so a new operation is swept without touching this file.
 */
import { afterAll, beforeAll, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { routes } from "../src/generated/routes.gen.ts";
import { startTestServer, type TestServer } from "./harness.ts";

type Json = Record<string, unknown>;
type Route = (typeof routes)[keyof typeof routes];

const spec = Bun.YAML.parse(readFileSync(join(import.meta.dir, "../../openapi.yaml"), "utf8")) as {
  paths: Record<string, Record<string, { operationId?: string; requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> } }>>;
  components: { schemas: Record<string, Json> };
};

const jsonBody = (route: Route) => spec.paths[route.path.replace(/^\/api\/v1/, "")]?.[route.method.toLowerCase()]?.requestBody?.content?.["application/json"];

/** The request body schema of an operation, with its top-level $ref resolved. */
function bodySchema(route: Route): Json | null {
  const ref = jsonBody(route)?.schema?.$ref;
  return ref ? (spec.components.schemas[ref.split("/").pop()!] ?? null) : null;
}

/**
 * The contract's example body, so that one bad field rides on an otherwise valid request and reaches the handler
 * (a deep `details` beside a missing `title` would stop at validation and prove nothing).
 */
function exampleBody(route: Route): Json {
  const c = jsonBody(route) as { example?: unknown; examples?: Record<string, { value?: unknown }> } | undefined;
  const ex = c?.example ?? Object.values(c?.examples ?? {})[0]?.value;
  return ex && typeof ex === "object" && !Array.isArray(ex) ? (ex as Json) : {};
}

const resolve = (s: Json): Json => (typeof s.$ref === "string" ? (spec.components.schemas[s.$ref.split("/").pop()!] ?? {}) : s);
const typeOf = (s: Json): string | undefined => {
  const r = resolve(s);
  const t = Array.isArray(r.type) ? r.type.find((x) => x !== "null") : r.type;
  return typeof t === "string" ? t : undefined;
};

/** A value of the wrong JSON type for a schema: every string a number, every object an array, and so on. */
function wrongFor(s: Json): unknown {
  switch (typeOf(s)) {
    case "string":
      return 12345;
    case "object":
      return [];
    case "array":
      return "not a list";
    case "integer":
    case "number":
      return "7";
    case "boolean":
      return "yes";
    default:
      return undefined;
  }
}

/** A well-formed id that names nothing, from the parameter's pattern (`^inc_[0-9A-Z]{26}$` → inc_000…). */
function fakeId(pattern: RegExp | undefined): string {
  if (!pattern) return "1";
  const prefix = /^\^([a-z]+_)/.exec(pattern.source)?.[1] ?? "";
  return prefix + "0".repeat(26);
}

let server: TestServer;
beforeAll(async () => {
  // The sweep sends about nine hundred requests with one key: lift the per-minute budget.
  server = await startTestServer({ env: { TRIPWIRE_RATE_LIMIT: "10000000" } });
});
afterAll(() => server.stop());

interface Sent {
  op: string;
  what: string;
  status: number;
  // biome-ignore lint: tests read arbitrary JSON bodies
  body: any;
  contentType: string | null;
}

let requests = 0;
async function send(op: string, what: string, method: string, path: string, body?: string, extraHeaders: Record<string, string> = {}): Promise<Sent> {
  requests++;
  const res = await fetch(`${server.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${server.apiKey}`, ...(body === undefined ? {} : { "content-type": "application/json" }), ...extraHeaders },
    body: body ?? null,
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {}
  return { op, what, status: res.status, body: parsed, contentType: res.headers.get("content-type") };
}

/** What is wrong with one answer, if anything. */
function complaint(r: Sent): string | null {
  const at = `${r.op} (${r.what}) → ${r.status}`;
  if (r.status >= 500) return `${at}: ${JSON.stringify(r.body).slice(0, 200)}`;
  if (r.status < 400) return null;
  if (r.contentType !== "application/problem+json") return `${at}: content-type ${r.contentType}`;
  if (typeof r.body?.detail !== "string" || r.body.detail === "") return `${at}: no detail`;
  if (r.status === 422) {
    const errors = r.body.errors;
    if (!Array.isArray(errors) || errors.length === 0) return `${at}: a 422 without field errors`;
    for (const e of errors) if (typeof e.pointer !== "string" || !e.pointer.startsWith("#") || !e.detail) return `${at}: field error ${JSON.stringify(e)}`;
  }
  return null;
}

const entries = Object.values(routes) as Route[];
const collectionGets = new Set(entries.filter((r) => r.method === "GET" && r.query).map((r) => r.path));

test("every operation survives bad input: no 5xx, problem+json with a detail, 422s name a field, refused creates write nothing", async () => {
  const started = Date.now();
  const complaints: string[] = [];
  const check = (r: Sent) => {
    const c = complaint(r);
    if (c) complaints.push(c);
    return r;
  };
  const deep = "[".repeat(10_000) + "]".repeat(10_000);
  const deeper = "[".repeat(50_000) + "]".repeat(50_000);
  const huge = "x".repeat(1_000_000);
  const odd = "nul\u0000 rtl\u202e emoji😀 lone\ud800 zero-width\u200b";
  let swept = 0;

  for (const route of entries) {
    const op = route.operationId;
    const patterns = (route.pathPatterns ?? {}) as Record<string, RegExp>;
    const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    const pathWith = (ids: Record<string, string>) => route.path.replace(/\{(\w+)\}/g, (_, n: string) => encodeURIComponent(ids[n] ?? fakeId(patterns[n])));
    const path = pathWith({});
    const call = (what: string, body?: string, at: string = path) => send(op, what, route.method, at, body).then(check);
    swept++;

    // Wrong path-id shapes: nothing can be there, so a 404 (never a 5xx, never a 422 about a path).
    for (const name of names) {
      for (const bad of ["nope", "../../etc/passwd", "\u0000", "x".repeat(5000), "inc_0000000000000000000000000%", "1e3"]) {
        const r = await call(`path ${name}=${JSON.stringify(bad.slice(0, 20))}`, route.body ? "{}" : undefined, pathWith({ [name]: bad }));
        if (r.status !== 404) complaints.push(`${op} (path ${name}=${JSON.stringify(bad.slice(0, 20))}) → ${r.status}, expected 404`);
      }
    }

    // Query: limits and cursors.
    if (route.query) {
      const shape = (route.query as unknown as { shape: Record<string, unknown> }).shape;
      if ("limit" in shape) {
        for (const limit of ["0", "101", "abc", "1e1", "0x10", "-1", "1.5", "%20"]) {
          const r = await call(`limit=${limit}`, undefined, `${path}?limit=${limit}`);
          if (r.status !== 422 || r.body?.errors?.[0]?.pointer !== "#/limit") complaints.push(`${op} (limit=${limit}) → ${r.status}, expected a 422 at #/limit`);
        }
      }
      if ("cursor" in shape) {
        for (const cursor of ["garbage", "eyJ4IjoxfQ", "%00", "x".repeat(300), "%F0%9F%98%80"]) await call(`cursor=${cursor.slice(0, 20)}`, undefined, `${path}?cursor=${cursor}`);
      }
    }

    if (!route.body) continue;
    const schema = bodySchema(route);
    const props = Object.entries((schema?.properties ?? {}) as Record<string, Json>);
    const stringProps = props.filter(([, s]) => typeOf(s) === "string").map(([k]) => k);
    const first = props[0]?.[0] ?? "x";

    // A create (POST to a listable collection) that is refused must leave the list as it was.
    const isCreate = route.method === "POST" && names.length === 0 && collectionGets.has(route.path);
    const count = async () => {
      const r = await send(op, "count", "GET", `${route.path}?limit=100`);
      return Array.isArray(r.body?.data) ? r.body.data.length : -1;
    };
    const before = isCreate ? await count() : 0;

    const refused: Sent[] = [];
    refused.push(await call("malformed JSON", '{"title": "x",'));
    refused.push(await call("body is an array", "[]"));
    refused.push(await call("body is a string", '"hello"'));
    refused.push(await call("body is null", "null"));
    const wrong = Object.fromEntries(props.map(([k, s]) => [k, wrongFor(s)]).filter(([, v]) => v !== undefined));
    if (Object.keys(wrong).length) {
      const r = await call("every field of the wrong type", JSON.stringify(wrong));
      refused.push(r);
      const named = new Map<string, string>((r.body?.errors ?? []).map((e: { pointer: string; detail: string }) => [e.pointer, e.detail]));
      for (const k of Object.keys(wrong)) {
        if (r.status !== 422) continue;
        const detail = named.get(`#/${k}`);
        // A field that was sent is not missing: the detail must say what was expected, not "Required.".
        if (detail === undefined || detail === "Required.") complaints.push(`${op} (wrong type) → 422 says ${JSON.stringify(detail)} at #/${k}`);
      }
    }
    // Deep nesting in every field (free-form ones like details, payload and data accept any JSON).
    const example = exampleBody(route);
    /** The example with one field's JSON text replaced (raw text: the deep values are too deep to stringify). */
    const withRaw = (k: string, rawValue: string) => {
      const rest = JSON.stringify(Object.fromEntries(Object.entries(example).filter(([name]) => name !== k)));
      return `{${JSON.stringify(k)}:${rawValue}${rest === "{}" ? "}" : "," + rest.slice(1)}`;
    };
    for (const k of props.length ? props.map(([name]) => name) : [first]) refused.push(await call(`10,000-deep nesting in ${k}`, withRaw(k, deep)));
    // Free-form objects (details, payload, data, an action's body) 50,000 deep overflowed the stack: a 500.
    for (const [k] of props.filter(([, p]) => typeOf(p) === "object")) refused.push(await call(`50,000-deep object in ${k}`, withRaw(k, `{"a":${deeper}}`)));
    for (const r of refused) if (r.status < 400) complaints.push(`${r.op} (${r.what}) → ${r.status}, expected a refusal`);
    if (isCreate) {
      const after = await count();
      if (after !== before) complaints.push(`${op}: refused requests changed the list from ${before} to ${after} rows`);
    }

    // Strings that may be accepted (free-form fields) or refused (limits), but never break anything.
    for (const k of stringProps.slice(0, 3)) {
      await call(`1 MB in ${k}`, JSON.stringify({ ...example, [k]: huge }));
      await call(`NUL and unicode in ${k}`, JSON.stringify({ ...example, [k]: odd }));
    }
  }

  expect(swept).toBe(entries.length);
  // The sweep really ran: hundreds of requests, not a loop that found nothing to send.
  expect(requests).toBeGreaterThan(500);
  expect(complaints).toEqual([]);
  // Bounded: the whole sweep is a handful of seconds on a real server.
  expect(Date.now() - started).toBeLessThan(20_000);
}, 30_000);

test("the server is still healthy after the sweep", async () => {
  const res = await fetch(`${server.baseUrl}/api/v1/health`);
  expect(res.status).toBe(200);
});
