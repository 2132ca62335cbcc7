/**
 * `bun run test [bun test args…]`: the whole suite, ending with one line `N passed, N failed[, N skipped]`.
 *
 * Two passes when TRIPWIRE_TEST_DATABASE_URL names a PostgreSQL server the tests may create databases on
 * (`scripts/pg.sh start` prints one; CI sets it): the whole suite with its servers on SQLite, then every test that
 * starts a real server (SERVER_LEVEL) again with TRIPWIRE_TEST_STORE=postgres, each server on a PostgreSQL database
 * of its own (server/test/test-db.ts). The counts of both passes add up to the one closing line; the time each pass
 * took is printed before it. TRIPWIRE_TEST_ONLY=sqlite or =postgres runs one pass.
 *
 * 1. Makes sure Debian's Chromium is there for the docs browser test: as root it installs it with apt-get;
 *    otherwise it says how, and carries on (that test then fails saying so; it never skips).
 * 2. Runs `bun test` with the JUnit reporter, keeping bun's own console output on screen, and with TMPDIR set to a
 *    fresh folder of its own, so what the tests leave in the temp folder is theirs alone (other runs may share the
 *    machine's).
 * 3. Counts passed/failed/skipped test cases from the JUnit XML. A file that fails to load has no test case in the
 *    XML, so when bun's own summary counts more failures, those count as failed too.
 * 4. Anything the tests left in that temp folder counts as one more failure, named in a note (a test that creates
 *    a temporary folder removes it); the folder is then removed.
 * 5. Names every failed test case again just before the closing line (file, test, the failure's first lines), so a
 *    log that keeps only its tail still says what failed.
 * Exit code: 0 only if every pass's bun test succeeded, at least one test ran, and none failed.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const CHROMIUM = "/usr/bin/chromium";
const root = resolve(import.meta.dir, "..");

ensureChromium();

/** Test files that start a real server: the PostgreSQL pass runs these (unit tests of pure modules run once). */
const SERVER_LEVEL = ["./server/test", "./sdk/test", "./examples", "./webhook-verifier/test", "./test"];
const databaseUrl = process.env.TRIPWIRE_TEST_DATABASE_URL || undefined;
const only = process.env.TRIPWIRE_TEST_ONLY || undefined;
if (only !== undefined && only !== "sqlite" && only !== "postgres") {
  console.log(`test: TRIPWIRE_TEST_ONLY must be sqlite or postgres; got "${only}"`);
  process.exit(2);
}
if (only === "postgres" && !databaseUrl) {
  console.log("test: TRIPWIRE_TEST_ONLY=postgres needs TRIPWIRE_TEST_DATABASE_URL (scripts/pg.sh start prints one)");
  process.exit(2);
}
const args = process.argv.slice(2);
const passes: { store: "sqlite" | "postgres"; args: string[] }[] = [];
if (only !== "postgres") passes.push({ store: "sqlite", args });
if (databaseUrl && only !== "sqlite") {
  // Arguments that name files or folders narrow the PostgreSQL pass too; options alone keep its default paths.
  passes.push({ store: "postgres", args: args.some((a) => !a.startsWith("-")) ? args : [...args, ...SERVER_LEVEL] });
} else if (!databaseUrl) {
  console.log("test: TRIPWIRE_TEST_DATABASE_URL is not set, so the suite runs on SQLite only (scripts/pg.sh start; README \"Tests\")");
}

const total = { passed: 0, failed: 0, skipped: 0 };
const notes: string[] = [];
const failures: string[] = [];
const timings: string[] = [];
let failedRun = false;
for (const pass of passes) {
  const started = performance.now();
  console.log(`test: === ${pass.store} pass: bun test ${pass.args.join(" ")}`.trimEnd());
  const result = await runPass(pass.store, pass.args);
  const secs = ((performance.now() - started) / 1000).toFixed(1);
  timings.push(`${pass.store} ${secs}s (${result.counts.passed} passed, ${result.counts.failed} failed)`);
  for (const note of result.notes) notes.push(`${pass.store}: ${note}`);
  for (const failure of result.failures) failures.push(`${pass.store}: ${failure}`);
  total.passed += result.counts.passed;
  total.failed += result.counts.failed;
  total.skipped += result.counts.skipped;
  if (result.failedRun) failedRun = true;
}

if (!existsSync(CHROMIUM)) notes.push(`${CHROMIUM} is missing, so the docs browser test cannot pass: apt-get install chromium (as root)`);
for (const failure of failures) console.log(`test: failed: ${failure}`);
for (const note of notes) console.log(`test: ${note}`);
console.log(`test: passes: ${timings.join("; ")}`);
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
process.exit(failedRun || total.failed > 0 || total.passed + total.failed + total.skipped === 0 ? 1 : 0);

/** One `bun test` run on one store: its counts, its notes, and whether it failed as a whole. */
async function runPass(store: "sqlite" | "postgres", testArgs: string[]) {
  const dir = mkdtempSync(join(tmpdir(), "tripwire-junit-"));
  const junitPath = join(dir, "junit.xml");
  const testTmp = mkdtempSync(join(tmpdir(), "tripwire-test-tmp-"));
  const testEnv: Record<string, string | undefined> = { ...process.env, TMPDIR: testTmp, TRIPWIRE_TEST_STORE: store };
  // bun test prints colours only to a terminal; keep them when we are one, since we pipe its output through.
  if (process.stderr.isTTY) testEnv.FORCE_COLOR = "1";
  const proc = Bun.spawn(["bun", "test", "--reporter=junit", `--reporter-outfile=${junitPath}`, ...testArgs], {
    cwd: root,
    stdin: "ignore",
    stdout: "inherit",
    stderr: "pipe",
    env: testEnv,
  });

  // bun test reports on stderr: show it as it comes, and keep it to read bun's own summary afterwards.
  let consoleOutput = "";
  const decoder = new TextDecoder();
  const reader = proc.stderr.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    process.stderr.write(r.value);
    consoleOutput += decoder.decode(r.value, { stream: true });
  }
  const exitCode = await proc.exited;

  const xml = existsSync(junitPath) ? readFileSync(junitPath, "utf8") : "";
  const counts = countJunit(xml);
  const failures = failedCases(xml);
  rmSync(dir, { recursive: true, force: true });
  const leftInTmp = readdirSync(testTmp);
  rmSync(testTmp, { recursive: true, force: true });

  const notes: string[] = [];
  const bunFailed = bunSummaryFailures(consoleOutput);
  if (bunFailed !== null && bunFailed > counts.failed) {
    notes.push(`${bunFailed - counts.failed} failure(s) outside any test case (e.g. a test file that failed to load): see the output above`);
    counts.failed = bunFailed;
  }
  if (leftInTmp.length > 0) {
    notes.push(`the tests left ${leftInTmp.length} item(s) in the temp folder (TMPDIR), each a test that does not clean up: ${leftInTmp.sort().join(", ")}`);
    counts.failed++;
  }
  const total = counts.passed + counts.failed + counts.skipped;
  if (total === 0) notes.push(`no test ran (bun test exit code ${exitCode})`);
  if (exitCode !== 0 && counts.failed === 0 && total > 0) {
    notes.push(`bun test exited with code ${exitCode} although no test case failed (an unhandled error between tests?)`);
    counts.failed = 1;
  }
  return { counts, notes, failures, failedRun: exitCode !== 0 || total === 0 };
}

/** Each failed <testcase> as `file:line > name: first lines of its failure`, read from bun's JUnit XML. */
function failedCases(xml: string): string[] {
  const out: string[] = [];
  // Attribute values are escaped, so a raw '>' ends the opening tag; a self-closing one is a passed test.
  for (const chunk of xml.split("<testcase ").slice(1)) {
    const open = chunk.slice(0, chunk.indexOf(">") + 1);
    if (open.endsWith("/>")) continue;
    const body = chunk.slice(open.length, chunk.indexOf("</testcase>"));
    const failure = body.match(/<(failure|error)\b[^>]*?\bmessage="([^"]*)"/);
    if (!failure && !/<(failure|error)\b/.test(body)) continue;
    const attr = (name: string) => unescapeXml(open.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1] ?? "");
    const message = unescapeXml(failure?.[2] ?? "");
    const firstLines = message.split("\n").map((l) => l.trim()).filter(Boolean).slice(0, 4).join(" | ").slice(0, 400);
    out.push(`${attr("file")}:${attr("line")} > ${attr("name")}${firstLines ? `: ${firstLines}` : ""}`);
  }
  return out;
}

function unescapeXml(s: string): string {
  return s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#10;/g, "\n").replace(/&amp;/g, "&");
}

/** Counts the <testcase> elements of bun's JUnit XML: with <failure>/<error> → failed, with <skipped> → skipped. */
function countJunit(xml: string): { passed: number; failed: number; skipped: number } {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  // A test case is either self-closing (passed) or has a body up to its </testcase>. Names are attribute-escaped,
  // so they contain no raw '<' or '>'.
  for (const m of xml.matchAll(/<testcase\b[^>]*?(\/>|>([\s\S]*?)<\/testcase>)/g)) {
    const body = m[2] ?? "";
    if (/<(failure|error)\b/.test(body)) counts.failed++;
    else if (/<skipped\b/.test(body)) counts.skipped++;
    else counts.passed++;
  }
  return counts;
}

/** bun's closing summary has a line like ` 3 fail`; null when it printed none (it crashed, or ran nothing). */
function bunSummaryFailures(output: string): number | null {
  // biome-ignore lint: strips ANSI colour codes
  const plain = output.replace(/\x1b\[[0-9;]*m/g, "");
  const all = [...plain.matchAll(/^\s*(\d+) fail\s*$/gm)];
  const last = all.at(-1);
  return last ? Number(last[1]) : null;
}

function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot) {
    console.log(`test: ${CHROMIUM} not found; the docs browser test will fail. Install Debian's Chromium first: sudo apt-get install -y chromium`);
    return;
  }
  console.log(`test: ${CHROMIUM} not found; installing Debian's chromium for the docs browser test (apt-get update && apt-get install -y chromium)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const cmd of [["apt-get", "update"], ["apt-get", "install", "-y", "chromium"]]) {
    const p = Bun.spawnSync(cmd, { env, stdin: "ignore", stdout: "inherit", stderr: "inherit" });
    if (p.exitCode !== 0) {
      console.log(`test: \`${cmd.join(" ")}\` failed (exit ${p.exitCode}); the docs browser test will fail until chromium is installed`);
      return;
    }
  }
}
