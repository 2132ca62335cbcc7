/**
 * Emits server/src/generated/routes.gen.ts: one entry per operation of openapi.yaml with its method, paths,
 * required scope, success status and the names of its zod schemas. Data only; handlers stay hand-written and
 * are bound by operationId, so a renamed or removed operation is a compile error in server/src/http.
 */
const METHODS = ["get", "post", "put", "patch", "delete"] as const;

type Operation = {
  operationId: string;
  responses: Record<string, unknown>;
  requestBody?: { required?: boolean };
  parameters?: { in?: string; $ref?: string }[];
  security?: unknown[];
  "x-required-scope"?: string;
};
type Spec = {
  servers: { url: string }[];
  paths: Record<string, Record<string, unknown> & { parameters?: { in?: string; $ref?: string }[] }>;
  components: { parameters?: Record<string, { in: string }> };
};

const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

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
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const op = item[method] as Operation | undefined;
      if (!op) continue;
      const id = pascal(op.operationId);
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])];
      const has = (where: string) => params.some((p) => paramIn(p) === where);
      const success = Object.keys(op.responses).find((s) => /^2\d\d$/.test(s));
      if (!success) throw new Error(`gen-routes: ${op.operationId} has no 2xx response`);
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
          `    query: ${has("query") ? ref(`z${id}Query`) : "null"},`,
          `    body: ${op.requestBody ? ref(`z${id}Body`) : "null"},`,
          `    bodyRequired: ${op.requestBody?.required === true},`,
          `  },`,
        ].join("\n"),
      );
    }
  }
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
