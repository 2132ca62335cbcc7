/**
 * Emits server/src/generated/routes.gen.ts: one entry per operation of openapi.yaml with its method, paths,
 * required scope, success status and the names of its zod schemas. Data only; handlers stay hand-written and
 * are bound by operationId, so a renamed or removed operation is a compile error in server/src/http.
 */
const METHODS = ["get", "post", "put", "patch", "delete"] as const;

type Json = Record<string, unknown>;
type Operation = {
  operationId: string;
  responses: Record<string, unknown>;
  requestBody?: { required?: boolean; content?: Record<string, { schema?: { $ref?: string } }> };
  parameters?: { in?: string; $ref?: string }[];
  security?: unknown[];
  "x-required-scope"?: string;
};
type Spec = {
  servers: { url: string }[];
  paths: Record<string, Record<string, unknown> & { parameters?: { in?: string; $ref?: string }[] }>;
  components: { parameters?: Record<string, { in: string }>; schemas?: Record<string, Json> };
};

/**
 * JSON Schema keywords the zod generator drops (its IR has no `minProperties` or `uniqueItems`). They are carried
 * as body rules the route binder enforces. Only the placements below are supported; anywhere else generation
 * fails, so a constraint can never be silently ignored.
 */
export interface BodyRules {
  minProperties: number | null;
  uniqueItems: string[];
}

function findKeyword(node: unknown, keyword: string, path: string[], out: string[][]): void {
  if (!node || typeof node !== "object") return;
  for (const [k, v] of Object.entries(node)) {
    if (k === keyword) out.push(path);
    findKeyword(v, keyword, [...path, k], out);
  }
}

function bodyRulesFor(spec: Spec, schemaName: string | undefined, bodySchemas: Set<string>): BodyRules {
  const schema = schemaName ? spec.components.schemas?.[schemaName] : undefined;
  const props = (schema?.properties ?? {}) as Record<string, Json>;
  if (schemaName) bodySchemas.add(schemaName);
  return {
    minProperties: typeof schema?.minProperties === "number" ? schema.minProperties : null,
    uniqueItems: Object.entries(props).filter(([, p]) => p.uniqueItems === true).map(([k]) => k),
  };
}

/** Dropped keywords that domain code enforces itself (with a test), by schema name. */
const ENFORCED_IN_DOMAIN: Record<string, string[]> = {
  WebhookHeaders: ["maxProperties", "propertyNames"], // server/src/outbound/headers.ts checkHeaders
};

function assertSupported(spec: Spec, bodySchemas: Set<string>): void {
  for (const keyword of ["maxProperties", "propertyNames"]) {
    const found: string[][] = [];
    findKeyword(spec.components.schemas ?? {}, keyword, [], found);
    findKeyword(spec.paths, keyword, ["paths"], found);
    for (const p of found) {
      if (p.length !== 1 || !ENFORCED_IN_DOMAIN[p[0] ?? ""]?.includes(keyword)) {
        throw new Error(`gen-routes: ${keyword} at ${p.join("/")} is dropped by the zod generator and enforced nowhere`);
      }
    }
  }
  for (const keyword of ["minProperties", "uniqueItems"]) {
    const found: string[][] = [];
    findKeyword(spec.components.schemas ?? {}, keyword, [], found);
    findKeyword(spec.paths, keyword, ["paths"], found);
    for (const p of found) {
      const ok =
        bodySchemas.has(p[0] ?? "") &&
        ((keyword === "minProperties" && p.length === 1) || (keyword === "uniqueItems" && p.length === 3 && p[1] === "properties"));
      if (!ok) throw new Error(`gen-routes: ${keyword} at ${p.join("/")} is not enforced anywhere; support it in gen-routes.ts first`);
    }
  }
}

type Param = { in?: string; name?: string; $ref?: string; schema?: Json };

/**
 * For operations whose path parameters are all plain patterned strings (every id is), the patterns themselves:
 * the binder then checks ids with one precompiled regex each instead of a zod parse, which is the same check at a
 * fraction of the cost on the hottest path. Anything richer (enums, lengths, formats) returns null and zod checks it.
 */
function pathPatternsFor(spec: Spec, params: Param[]): Record<string, string> | null {
  const resolved = params.map((p) => (p.$ref ? ((spec.components.parameters as Record<string, Param> | undefined)?.[p.$ref.split("/").pop() ?? ""] ?? p) : p));
  const out: Record<string, string> = {};
  for (const p of resolved.filter((r) => r.in === "path")) {
    let schema = p.schema;
    while (schema && typeof schema.$ref === "string") schema = spec.components.schemas?.[schema.$ref.split("/").pop() ?? ""];
    const keys = Object.keys(schema ?? {}).filter((k) => !["description", "example", "examples", "title"].includes(k));
    const plain = schema?.type === "string" && typeof schema.pattern === "string" && keys.every((k) => k === "type" || k === "pattern");
    if (!plain || !p.name) return null;
    out[p.name] = schema!.pattern as string;
  }
  return Object.keys(out).length ? out : null;
}

const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function emitPatterns(patterns: Record<string, string> | null): string {
  if (!patterns) return "null";
  return `{ ${Object.entries(patterns).map(([k, v]) => `${k}: ${new RegExp(v).toString()}`).join(", ")} }`;
}

export function emitRoutes(spec: Spec, zodSource: string): string {
  const base = spec.servers[0]?.url ?? "";
  const used = new Set<string>();
  const ref = (name: string): string => {
    if (!new RegExp(`export const ${name}\\b`).test(zodSource)) throw new Error(`gen-routes: ${name} is not in zod.gen.ts`);
    used.add(name);
    return `zod.${name}`;
  };
  const paramIn = (p: { in?: string; $ref?: string }) =>
    p.in ?? spec.components.parameters?.[p.$ref?.split("/").pop() ?? ""]?.in;

  const entries: string[] = [];
  const bodySchemas = new Set<string>();
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const op = item[method] as Operation | undefined;
      if (!op) continue;
      const id = pascal(op.operationId);
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])];
      const has = (where: string) => params.some((p) => paramIn(p) === where);
      const success = Object.keys(op.responses).find((s) => /^2\d\d$/.test(s));
      if (!success) throw new Error(`gen-routes: ${op.operationId} has no 2xx response`);
      const bodyRef = op.requestBody?.content?.["application/json"]?.schema?.$ref?.split("/").pop();
      const rules = bodyRulesFor(spec, bodyRef, bodySchemas);
      const isPublic = Array.isArray(op.security) && op.security.length === 0;
      if (!isPublic && !op["x-required-scope"]) throw new Error(`gen-routes: ${op.operationId} needs x-required-scope`);
      entries.push(
        [
          `  ${op.operationId}: {`,
          `    operationId: "${op.operationId}",`,
          `    method: "${method.toUpperCase()}",`,
          `    path: "${base}${path}",`,
          `    elysiaPath: "${base}${path.replace(/\{(\w+)\}/g, ":$1")}",`,
          `    scope: ${isPublic ? "null" : `"${op["x-required-scope"]}"`},`,
          `    successStatus: ${Number(success)},`,
          `    params: ${has("path") ? ref(`z${id}Path`) : "null"},`,
          `    pathPatterns: ${emitPatterns(pathPatternsFor(spec, params as Param[]))},`,
          `    query: ${has("query") ? ref(`z${id}Query`) : "null"},`,
          `    body: ${op.requestBody ? ref(`z${id}Body`) : "null"},`,
          `    bodyRequired: ${op.requestBody?.required === true},`,
          `    bodyRules: ${JSON.stringify(rules)},`,
          `  },`,
        ].join("\n"),
      );
    }
  }
  assertSupported(spec, bodySchemas);
  return [
    "// This file is generated from openapi.yaml by scripts/gen-routes.ts. Do not edit.",
    "",
    'import * as zod from "./zod.gen.ts";',
    "",
    "export const routes = {",
    ...entries,
    "} as const;",
    "",
    "export type OperationId = keyof typeof routes;",
    "",
  ].join("\n");
}
