/**
 * Every ```ts block of sdk/README.md that starts with an import is a complete script: each is type-checked with
 * strict tsc and run with Bun against the real server (TRIPWIRE_URL and TRIPWIRE_API_KEY set), and must exit 0.
 * `@tripwire/sdk` is pointed at src/index.ts; test/node-packages.test.ts covers the packed package under Node.
 */
import { afterAll, beforeAll, expect, test } from "bun:test";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { startTestServer, type TestServer } from "../../server/test/harness.ts";

const root = resolve(import.meta.dir, "..", "..");
const readme = readFileSync(join(root, "sdk", "README.md"), "utf8");
const snippets = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!).filter((code) => code.startsWith("import "));
const dir = mkdtempSync(join(tmpdir(), "tripwire-sdk-readme-"));
const files = snippets.map((code, i) => {
  const file = join(dir, `snippet-${String(i + 1).padStart(2, "0")}.ts`);
  writeFileSync(file, code.replaceAll('from "@tripwire/sdk"', `from ${JSON.stringify(join(root, "sdk", "src", "index.ts"))}`));
  return file;
});

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test("the README has a complete snippet for every helper the package exports", () => {
  expect(snippets.length).toBeGreaterThanOrEqual(10);
  const all = snippets.join("\n");
  for (const helper of ["createTripwireClient", "orThrow", "TripwireError", "fromResponse", "paginate", "createRetryingFetch", "DEFAULT_RETRY_POLICY", "DEFAULT_TIMEOUT_MS", "apiRoot", "CONTRACT_VERSION", "SDK_VERSION", "Schema"]) {
    expect(all).toContain(helper);
  }
});

test("every snippet type-checks with strict tsc", async () => {
  const tsconfig = join(dir, "tsconfig.json");
  writeFileSync(
    tsconfig,
    JSON.stringify({
      compilerOptions: {
        target: "ES2022", module: "Preserve", moduleResolution: "Bundler", lib: ["ES2023", "DOM", "DOM.Iterable"], types: ["bun"],
        typeRoots: [join(root, "node_modules", "@types")], strict: true, noUncheckedIndexedAccess: true, allowImportingTsExtensions: true,
        noEmit: true, skipLibCheck: true, moduleDetection: "force",
      },
      files: files,
    }),
  );
  const tsc = Bun.spawn(["bun", join(root, "node_modules", "typescript", "bin", "tsc"), "-p", tsconfig], {
    cwd: dir,
    // tsc's bin turns on Node's compile cache, which Bun implements by writing into the temp folder.
    env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: "1" },
    stdout: "pipe",
    stderr: "pipe",
    timeout: 90_000,
  });
  const [out, code] = await Promise.all([new Response(tsc.stdout).text(), tsc.exited]);
  expect(out.replaceAll(`${dir}/`, "")).toBe("");
  expect(code).toBe(0);
}, 100_000);

test.each(files.map((file, i) => [i + 1, file] as const))("snippet %d runs against the real server and exits 0", async (_n, file) => {
  const run = Bun.spawn(["bun", file], {
    cwd: dir,
    env: { ...process.env, TRIPWIRE_URL: server.baseUrl, TRIPWIRE_API_KEY: server.apiKey },
    stdout: "pipe",
    stderr: "pipe",
    timeout: 20_000,
  });
  const [out, err, code] = await Promise.all([new Response(run.stdout).text(), new Response(run.stderr).text(), run.exited]);
  if (code !== 0) console.error(`${readFileSync(file, "utf8")}\n--- stdout\n${out}--- stderr\n${err}`);
  expect(code).toBe(0);
  expect(out + err).not.toBe(""); // each snippet prints what it got
});
