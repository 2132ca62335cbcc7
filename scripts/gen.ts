/**
 * Regenerates every `generated/` folder from openapi.yaml:
 *   sdk/src/generated/openapi.d.ts      (openapi-typescript)
 *   server/src/generated/zod.gen.ts     (@hey-api/openapi-ts, zod plugin only)
 *   server/src/generated/routes.gen.ts  (scripts/gen-routes.ts)
 *   sdk/src/generated/version.ts        (CONTRACT_VERSION = info.version; SDK_VERSION = sdk/package.json version)
 *   server/src/generated/contract.gen.ts (CONTRACT_VERSION = info.version)
 *   webhook-verifier/src/generated/events.ts (openapi-typescript: WebhookPayload and the schemas it uses, only)
 * With --check it writes nothing and exits 1 when a committed file differs from what would be generated. Either way
 * it first checks that every event type has its payload schema in WebhookPayload (scripts/event-types.ts).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createClient } from "@hey-api/openapi-ts";
import openapiTS, { astToString } from "openapi-typescript";
import { eventTypeProblems } from "./event-types.ts";
import { emitRoutes } from "./gen-routes.ts";
import { zodPlugin } from "./zod-plugin.ts";

const root = resolve(import.meta.dir, "..");
const specPath = join(root, "openapi.yaml");
const check = process.argv.includes("--check");
const HEADER = (tool: string) => `// This file is generated from openapi.yaml by ${tool}. Do not edit.\n`;

async function sdkTypes(): Promise<string> {
  const ast = await openapiTS(new URL(`file://${specPath}`), {
    defaultNonNullable: false,
    readWriteMarkers: false,
    alphabetize: false,
  });
  return HEADER("openapi-typescript") + "\n" + astToString(ast);
}

/**
 * The webhook payload types for the zero-dependency verifier: `WebhookPayload` (one schema per event type, keyed by
 * `event`) and every schema it reaches, nothing else, so the verifier's typed events are the contract's.
 */
async function verifierEvents(): Promise<string> {
  const doc = Bun.YAML.parse(readFileSync(specPath, "utf8")) as { openapi: string; info: unknown; components: { schemas: Record<string, unknown> } };
  const all = doc.components.schemas;
  const keep = new Set<string>();
  const walk = (name: string) => {
    if (keep.has(name)) return;
    if (!all[name]) throw new Error(`verifier events: no schema ${name}`);
    keep.add(name);
    for (const m of JSON.stringify(all[name]).matchAll(/#\/components\/schemas\/([A-Za-z0-9_]+)/g)) walk(m[1]!);
  };
  walk("WebhookPayload");
  const schemas = Object.fromEntries(Object.keys(all).filter((k) => keep.has(k)).map((k) => [k, all[k]]));
  const ast = await openapiTS({ openapi: doc.openapi, info: doc.info, paths: {}, components: { schemas } } as never, {
    defaultNonNullable: false,
    readWriteMarkers: false,
    alphabetize: false,
  });
  return HEADER("openapi-typescript (WebhookPayload only)") + "\n" + astToString(ast);
}

async function zodSchemas(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), "tripwire-gen-"));
  try {
    await createClient({
      input: specPath,
      output: { path: out },
      plugins: [zodPlugin as never],
      logs: { level: "silent" },
    });
    const body = readFileSync(join(out, "zod.gen.ts"), "utf8").replace(/^\/\/ This file is auto-generated.*\n/, "");
    return HEADER("@hey-api/openapi-ts (zod plugin)") + body;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * The contract's version (`info.version`) as a constant, so the server can announce it and the SDK can say which
 * contract it was generated from; the SDK's own version rides along so built JavaScript needs no JSON import.
 */
function versions(contract: string, sdk?: string): string {
  let out = HEADER("scripts/gen.ts") + "\n/** `info.version` of the openapi.yaml this code was generated from. */\n";
  out += `export const CONTRACT_VERSION = ${JSON.stringify(contract)};\n`;
  if (sdk !== undefined) out += `\n/** This package's version (sdk/package.json), sent as \`X-Tripwire-Client: sdk/<version>\`. */\nexport const SDK_VERSION = ${JSON.stringify(sdk)};\n`;
  return out;
}

const spec = Bun.YAML.parse(readFileSync(specPath, "utf8")) as Parameters<typeof emitRoutes>[0] & { info: { version: string } };
const problems = eventTypeProblems(spec as Parameters<typeof eventTypeProblems>[0]);
if (problems.length > 0) {
  console.error(`openapi.yaml: the event types and their webhook payload schemas disagree:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  process.exit(1);
}
const sdkVersion = (JSON.parse(readFileSync(join(root, "sdk/package.json"), "utf8")) as { version: string }).version;
const zod = await zodSchemas();
const files: Record<string, string> = {
  "sdk/src/generated/openapi.d.ts": await sdkTypes(),
  "sdk/src/generated/version.ts": versions(spec.info.version, sdkVersion),
  "server/src/generated/zod.gen.ts": zod,
  "server/src/generated/routes.gen.ts": emitRoutes(spec, zod),
  "server/src/generated/contract.gen.ts": versions(spec.info.version),
  "webhook-verifier/src/generated/events.ts": await verifierEvents(),
};

let stale = 0;
for (const [rel, content] of Object.entries(files)) {
  const abs = join(root, rel);
  const current = existsSync(abs) ? readFileSync(abs, "utf8") : null;
  if (current === content) continue;
  if (check) {
    stale++;
    console.error(`stale: ${rel} differs from what openapi.yaml generates (run \`bun run gen\`)`);
  } else {
    writeFileSync(abs, content);
    console.log(`wrote ${rel}`);
  }
}
if (check) {
  if (stale) process.exit(1);
  console.log("generated code is fresh");
}
