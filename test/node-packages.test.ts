/**
 * The two npm packages as a user gets them, in a plain Node project with no Bun involved:
 *   1. builds and `npm pack`s @tripwire/sdk and @tripwire/webhook-verifier (scripts/packages.ts), in a temp folder;
 *   2. copies examples/node (a package.json for npm, no workspace link) next to them and `npm install`s the two
 *      tarballs plus express, typescript 5 and the @types from the npm registry (npm's cache makes reruns fast);
 *   3. there: `tsc --strict` compiles the example (and refuses a misspelt body field), `node` runs the SDK script
 *      against the real server on 127.0.0.1, the Express app receives the server's signed deliveries through
 *      `import` and through `require` and refuses a tampered copy, and the verifier's Web Crypto build verifies a
 *      delivery on Node's globalThis.crypto.subtle.
 * The temp folder is removed afterwards; nothing is written inside the repository.
 */
import { afterAll, beforeAll, expect, test } from "bun:test";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { packPackage } from "../scripts/packages.ts";
import { apiClient, startTestServer, type TestServer } from "../server/test/harness.ts";
import { type Received, startReceiver } from "../server/test/receiver.ts";

const root = resolve(import.meta.dir, "..");
const work = mkdtempSync(join(tmpdir(), "tripwire-node-packages-"));
const app = join(work, "app");
// What node, npm and tsc put in the temp folder (tsc's bin enables Node's compile cache there) stays in ours.
const childTmp = join(work, "tmp");
mkdirSync(childTmp);
const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const phases: string[] = [];
const children = new Set<ReturnType<typeof Bun.spawn>>();
let server: TestServer;
let api: ReturnType<typeof apiClient>;
let nodeVersion = "";

/** Runs a command to its end (bounded), returning its exit code and output. */
async function sh(cmd: string[], options: { cwd?: string; env?: Record<string, string>; timeoutMs?: number } = {}) {
  const proc = Bun.spawn(cmd, {
    cwd: options.cwd ?? app,
    env: { ...process.env, NO_COLOR: "1", TMPDIR: childTmp, ...options.env },
    stdin: "ignore",
    stdout: "pipe",
    stderr: "pipe",
    timeout: options.timeoutMs ?? 60_000,
  });
  const [stdout, stderr, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited]);
  return { code, stdout, stderr, output: `$ ${cmd.join(" ")}\n${stdout}${stderr}` };
}

beforeAll(async () => {
  nodeVersion = (await sh(["node", "--version"], { cwd: work })).stdout.trim();
  const tarballs = join(work, "tarballs");
  const [sdk, verifier] = await Promise.all([
    packPackage("sdk", tarballs, join(work, "stage", "sdk")),
    packPackage("webhook-verifier", tarballs, join(work, "stage", "webhook-verifier")),
  ]);
  phases.push(`packed ${seconds()}`);
  cpSync(join(root, "examples", "node"), app, { recursive: true, filter: (src) => !/\/(node_modules|dist)$|package-lock\.json$/.test(src) });
  const install = await sh(["npm", "install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", sdk, verifier], { timeoutMs: 90_000 });
  if (install.code !== 0) throw new Error(`npm install failed (exit ${install.code}):\n${install.output}`);
  phases.push(`installed ${seconds()}`);
  server = await startTestServer();
  api = apiClient(server.baseUrl, server.apiKey);
}, 150_000);

afterAll(async () => {
  for (const child of children) child.kill();
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
  console.log(`node-packages: ${nodeVersion}, ${phases.join(", ")}, done ${seconds()} (from packing to the last test)`);
});

test("the project runs on Node 20 or later, with the packages installed from their tarballs", async () => {
  expect(Number(/^v(\d+)\./.exec(nodeVersion)?.[1])).toBeGreaterThanOrEqual(20);
  const installed = await sh(["npm", "ls", "--depth=0", "--json"]);
  const deps = (JSON.parse(installed.stdout) as { dependencies: Record<string, { resolved?: string; version: string }> }).dependencies;
  expect(deps["@tripwire/sdk"]?.resolved).toMatch(/^file:.*tripwire-sdk-0\.1\.0\.tgz$/);
  expect(deps["@tripwire/webhook-verifier"]?.resolved).toMatch(/^file:.*tripwire-webhook-verifier-0\.1\.0\.tgz$/);
  expect(deps["express"]?.version).toMatch(/^5\./);
  expect(deps["typescript"]?.version).toMatch(/^5\./);
  // What a user finds in node_modules: the build, the docs and the license; no TypeScript sources.
  for (const pkg of ["sdk", "webhook-verifier"]) {
    const dir = join(app, "node_modules", "@tripwire", pkg);
    for (const file of ["README.md", "CHANGELOG.md", "LICENSE", "esm/index.js", "esm/index.d.ts", "cjs/index.js", "cjs/index.d.ts"]) expect(existsSync(join(dir, file))).toBe(true);
    expect(existsSync(join(dir, "src"))).toBe(false);
  }
});

test("tsc --strict compiles the example against the packages' .d.ts; a misspelt body field is a compile error", async () => {
  // The misspelling is checked in its own project (skipLibCheck: only the error matters there), alongside the build.
  writeFileSync(
    join(app, "wrong.ts"),
    `import { createTripwireClient } from "@tripwire/sdk";\n` +
      `const client = createTripwireClient({ baseUrl: "http://127.0.0.1:3000", apiKey: "k" });\n` +
      `await client.POST("/incidents", { body: { titel: "Checkout API returns 502" } });\n`,
  );
  writeFileSync(join(app, "tsconfig.wrong.json"), JSON.stringify({ extends: "./tsconfig.json", compilerOptions: { noEmit: true, skipLibCheck: true, rootDir: "." }, include: ["wrong.ts"] }));
  const tsc = join("node_modules", "typescript", "bin", "tsc");
  const [build, wrong] = await Promise.all([sh(["node", tsc, "-p", ".", "--strict"], { timeoutMs: 90_000 }), sh(["node", tsc, "-p", "tsconfig.wrong.json", "--strict"], { timeoutMs: 90_000 })]);
  if (build.code !== 0) console.error(build.output);
  expect(build.code).toBe(0);
  expect(wrong.code).not.toBe(0);
  expect(wrong.stdout).toContain("wrong.ts(3,");
  expect(wrong.stdout).toContain("'titel' does not exist");
}, 120_000);

test("node runs the SDK script against the real server: a service, an incident, events read page by page", async () => {
  const run = await sh(["node", "dist/incidents.js"], { env: { TRIPWIRE_URL: server.baseUrl, TRIPWIRE_API_KEY: server.apiKey } });
  if (run.code !== 0) console.error(run.output);
  expect(run.code).toBe(0);
  const service = /^service (svc_\w+) checkout-api-\w+ \[operational\]$/m.exec(run.stdout)?.[1];
  const incident = /^incident (inc_\w+) "Checkout API returns 502" \[\w+, critical\]$/m.exec(run.stdout)?.[1];
  expect(service).toBeDefined();
  expect(incident).toBeDefined();
  // What the script printed is what the server holds.
  expect((await api("GET", `/incidents/${incident}`)).body.service_ids).toEqual([service]);
  const [, count, pages, types] = /^events (\d+) in (\d+) pages: (.+)$/m.exec(run.stdout) ?? [];
  expect(types?.split(", ")).toEqual(expect.arrayContaining(["service.created", "incident.created"]));
  // One a page: every event of the organization, one page each.
  const all = (await api("GET", "/events?limit=100")).body.data as unknown[];
  expect(Number(count)).toBe(all.length);
  expect(Number(pages)).toBeGreaterThanOrEqual(all.length);
  expect(Number(pages)).toBeGreaterThan(1);
  expect(run.stdout).toContain("contract 0.1.0");
});

/** Starts an example with node and waits for its "listening on <url>" line; returns the url and what it printed. */
async function startApp(script: string, secret: string) {
  const proc = Bun.spawn(["node", script], { cwd: app, env: { ...process.env, TMPDIR: childTmp, PORT: "0", TRIPWIRE_WEBHOOK_SECRET: secret }, stdin: "ignore", stdout: "pipe", stderr: "pipe" });
  children.add(proc);
  const lines: string[] = [];
  let url = "";
  (async () => {
    const decoder = new TextDecoder();
    let buffered = "";
    const reader = proc.stdout.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      buffered += decoder.decode(r.value, { stream: true });
      const parts = buffered.split("\n");
      buffered = parts.pop() ?? "";
      for (const line of parts) {
        lines.push(line);
        url ||= /^listening on (\S+)$/.exec(line)?.[1] ?? "";
      }
    }
  })();
  const stderr = new Response(proc.stderr).text();
  const until = async (what: () => boolean, label: string) => {
    for (let i = 0; i < 500 && !what(); i++) await Bun.sleep(20);
    if (!what()) throw new Error(`${script}: ${label} within 10 s. stdout:\n${lines.join("\n")}\nstderr:\n${proc.exitCode === null ? "(running)" : await stderr}`);
  };
  await until(() => url !== "", "no 'listening on' line");
  return {
    url,
    lines,
    until,
    stop: () => {
      proc.kill();
      children.delete(proc);
    },
  };
}

const newSecret = () => `whsec_${Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString("base64")}`;

/**
 * Points a webhook at the app and another at a recording receiver (same secret), creates a service, and checks
 * that the app verified the server's delivery, that the recorded copy verifies too, and that a tampered copy is
 * refused with 401 problem+json.
 */
async function expressReceivesRealDeliveries(script: string) {
  const secret = newSecret();
  const running = await startApp(script, secret);
  const recorder = startReceiver();
  const hooks: string[] = [];
  try {
    for (const url of [running.url, recorder.url]) hooks.push((await api("POST", "/webhooks", { url, secret, events: ["service.created"] })).body.id);
    const name = `express-${Date.now().toString(36)}`;
    expect((await api("POST", "/services", { name })).status).toBe(201);
    await server.drainOutbox();
    await running.until(() => running.lines.some((l) => /^verified service\.created evt_\w+$/.test(l)), "no verified delivery");
    const [recorded] = (await recorder.waitFor(1)) as Received[];
    const eventId = recorded!.headers["webhook-id"];
    expect(running.lines).toContain(`verified service.created ${eventId}`);

    const post = (body: string) => fetch(running.url, { method: "POST", headers: recorded!.headers, body });
    const tampered = await post(recorded!.body.replace(name, `${name}x`));
    expect(tampered.status).toBe(401);
    expect(tampered.headers.get("content-type")).toStartWith("application/problem+json");
    expect(((await tampered.json()) as { code: string }).code).toBe("no_match");
    await running.until(() => running.lines.some((l) => l.startsWith("refused no_match")), "no 'refused' line");
    // The untouched copy is accepted: the refusal was the tampering, not the replay.
    expect((await post(recorded!.body)).status).toBe(200);
  } finally {
    for (const id of hooks) await api("DELETE", `/webhooks/${id}`);
    recorder.stop();
    running.stop();
  }
}

test("Express app with `import` (ESM build): verifies the server's signed delivery, refuses a tampered one", async () => {
  await expressReceivesRealDeliveries("dist/webhooks.js");
}, 30_000);

test("Express app with `require` (CommonJS build): verifies the server's signed delivery, refuses a tampered one", async () => {
  await expressReceivesRealDeliveries("dist/webhooks-require.cjs");
}, 30_000);

test("the Web Crypto build (--conditions=browser and /web) verifies a real delivery on Node's globalThis.crypto.subtle", async () => {
  const secret = newSecret();
  const recorder = startReceiver();
  try {
    const hook = (await api("POST", "/webhooks", { url: recorder.url, secret, events: ["incident.created"] })).body.id;
    await api("POST", "/incidents", { title: "Web Crypto check" });
    await server.drainOutbox();
    const [delivery] = await recorder.waitFor(1);
    await api("DELETE", `/webhooks/${hook}`);
    mkdirSync(join(work, "deliveries"), { recursive: true });
    const file = join(work, "deliveries", "incident.json");
    writeFileSync(file, JSON.stringify({ headers: delivery!.headers, body: delivery!.body }));
    const run = await sh(["node", "--conditions=browser", "dist/web-crypto.js", file], { env: { TRIPWIRE_WEBHOOK_SECRET: secret } });
    if (run.code !== 0) console.error(run.output);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split("\n")).toEqual([
      "globalThis.crypto.subtle: object",
      "backend: /web web-crypto, main entry web-crypto",
      `verified incident.created ${delivery!.headers["webhook-id"]}`,
      "tampered: refused no_match",
    ]);
    // Without the browser condition, Node's main entry is the node:crypto build; /web stays Web Crypto.
    const plain = await sh(["node", "dist/web-crypto.js", file], { env: { TRIPWIRE_WEBHOOK_SECRET: secret } });
    expect(plain.stdout).toContain("backend: /web web-crypto, main entry node:crypto");
  } finally {
    recorder.stop();
  }
});
