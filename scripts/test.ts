/**
 * `bun run test [bun test args…]`: the whole suite, ending with one line `N passed, N failed[, N skipped]`.
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
 * Exit code: 0 only if bun test succeeded, at least one test ran, and none failed.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const CHROMIUM = "/usr/bin/chromium";
const root = resolve(import.meta.dir, "..");

ensureChromium();

const dir = mkdtempSync(join(tmpdir(), "tripwire-junit-"));
const junitPath = join(dir, "junit.xml");
const testTmp = mkdtempSync(join(tmpdir(), "tripwire-test-tmp-"));
const testEnv: Record<string, string | undefined> = { ...process.env, TMPDIR: testTmp };
// bun test prints colours only to a terminal; keep them when we are one, since we pipe its output through.
if (process.stderr.isTTY) testEnv.FORCE_COLOR = "1";
const proc = Bun.spawn(["bun", "test", "--reporter=junit", `--reporter-outfile=${junitPath}`, ...process.argv.slice(2)], {
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

const counts = existsSync(junitPath) ? countJunit(readFileSync(junitPath, "utf8")) : { passed: 0, failed: 0, skipped: 0 };
rmSync(dir, { recursive: true, force: true });
const leftInTmp = readdirSync(testTmp);
rmSync(testTmp, { recursive: true, force: true });

const notes: string[] = [];
if (!existsSync(CHROMIUM)) notes.push(`${CHROMIUM} is missing, so the docs browser test cannot pass: apt-get install chromium (as root)`);
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

for (const note of notes) console.log(`test: ${note}`);
console.log(`${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ""}`);
process.exit(exitCode !== 0 || counts.failed > 0 || total === 0 ? 1 : 0);

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
