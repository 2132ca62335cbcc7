/**
 * The Node half of "the same suite under Bun and Node". Node 20 cannot run TypeScript, so this test:
 *   1. builds the npm package (scripts/packages.ts: ESM + CJS + the publish manifest) straight into a temp
 *      node_modules/@tripwire/webhook-verifier, so Node resolves the build through the published `exports` map;
 *   2. bundles test/node/verifier.node-test.ts plus the shared suite into one .mjs (the package stays external);
 *   3. runs `node --test` twice: default conditions (→ node:crypto) and `--conditions=browser` (→ Web Crypto);
 *   4. asserts exit code 0 and that the TAP summary counts exactly the tests the suite defines, all passing.
 * Nothing is written inside the repo, so a fresh clone needs no prior build.
 */
import { afterAll, beforeAll, expect, test } from "bun:test";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as nodeEntry from "../src/index.node.ts";
import { buildPackage } from "../../scripts/packages.ts";
import { verifierSuite } from "./shared/suite.ts";

const work = mkdtempSync(join(tmpdir(), "tripwire-verifier-node-"));
const installed = join(work, "node_modules", "@tripwire", "webhook-verifier");

/** How many tests the shared suite defines (counted with a harness that only counts). */
let suiteTests = 0;
verifierSuite({ describe: (_name, fn) => fn(), test: () => void suiteTests++ }, nodeEntry, "count");
/** verifier.node-test.ts adds: the backend check and two subpath-entry tests. */
const expectedTests = suiteTests + 3;

beforeAll(async () => {
  await buildPackage("webhook-verifier", installed);
  const bundle = await Bun.build({
    entrypoints: [join(import.meta.dir, "node", "verifier.node-test.ts")],
    target: "node",
    format: "esm",
    external: ["@tripwire/webhook-verifier", "@tripwire/webhook-verifier/*"],
    outdir: work,
    naming: "verifier.test.mjs",
  });
  if (!bundle.success) throw new Error(bundle.logs.join("\n"));
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

async function nodeTest(conditions: string[], backend: string) {
  const proc = Bun.spawn(["node", "--test", "--test-reporter=tap", "verifier.test.mjs"], {
    cwd: work,
    env: { ...process.env, NODE_OPTIONS: conditions.map((c) => `--conditions=${c}`).join(" "), EXPECT_BACKEND: backend },
    stdout: "pipe",
    stderr: "pipe",
  });
  const [out, err, exitCode] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited]);
  const count = (name: string) => Number(out.match(new RegExp(`^# ${name} (\\d+)$`, "m"))?.[1] ?? Number.NaN);
  return { exitCode, tests: count("tests"), pass: count("pass"), fail: count("fail"), log: out.slice(-3000) + err };
}

test("every exports target of the published manifest exists in the build", async () => {
  const { exports } = (await Bun.file(join(installed, "package.json")).json()) as { exports: Record<string, unknown> };
  const targets = JSON.stringify(exports).match(/\.\/(esm|cjs)\/[^"]+/g) ?? [];
  expect(targets.length).toBeGreaterThan(20);
  for (const target of targets) expect(existsSync(join(installed, target))).toBe(true);
});

test(`node --test runs the shared suite (${expectedTests} tests) on the built package: node:crypto and --conditions=browser`, async () => {
  const version = Bun.spawnSync(["node", "--version"]).stdout.toString().trim();
  expect(version).toMatch(/^v\d+\./);
  const [nodePath, webPath] = await Promise.all([nodeTest([], "node:crypto"), nodeTest(["browser"], "web-crypto")]);
  for (const run of [nodePath, webPath]) {
    if (run.exitCode !== 0 || run.fail !== 0) console.error(run.log);
    expect({ exitCode: run.exitCode, tests: run.tests, pass: run.pass, fail: run.fail }).toEqual({
      exitCode: 0,
      tests: expectedTests,
      pass: expectedTests,
      fail: 0,
    });
  }
  console.log(`node ${version}: ${nodePath.pass} passed on node:crypto, ${webPath.pass} passed on web-crypto (built package)`);
}, 60_000);
