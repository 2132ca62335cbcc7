/**
 * Builds `@tripwire/sdk` and `@tripwire/webhook-verifier` into the packages users install from npm, packs them,
 * and checks the tarballs.
 *
 *   bun scripts/packages.ts build [pkg…]   stage each package (or those named: sdk, webhook-verifier) into <pkg>/dist/
 *   bun scripts/packages.ts pack [outDir]  build, then `npm pack` each stage into outDir (default .tmp/packages)
 *   bun scripts/packages.ts check          pack, then publint and attw on each tarball; exit 1 on any problem
 *
 * A stage is a complete package folder, and the only thing ever packed:
 *   dist/package.json   the publish manifest, made from the workspace one: `catalog:`/`workspace:` replaced by real
 *                       ranges, no scripts or devDependencies, and `exports` pointing at built files
 *   dist/esm/           ES modules + .d.ts (tsc with the package's tsconfig.build.json)
 *   dist/cjs/           CommonJS + .d.ts (the same sources; a package.json there says "type": "commonjs")
 *   dist/README.md, CHANGELOG.md, LICENSE
 * The workspace package.json stays what Bun needs inside this repository (`exports` → src/*.ts, catalog ranges), so
 * `bun install --frozen-lockfile` is untouched. It is marked private, so the source folder itself cannot be
 * published by mistake: publish the stage (`npm publish sdk/dist`).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ts from "typescript";

export const root = resolve(import.meta.dir, "..");
export const PACKAGES = ["sdk", "webhook-verifier"] as const;
export type PackageDir = (typeof PACKAGES)[number];

const TSC = join(root, "node_modules", "typescript", "bin", "tsc");
/** Fields copied from the workspace manifest as they are. */
const KEPT = ["name", "version", "description", "keywords", "license", "author", "homepage", "repository", "bugs", "type", "sideEffects", "engines"];

type Manifest = Record<string, unknown> & { name: string; version: string; exports: Record<string, string | Record<string, string>> };

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

async function run(cmd: string[], cwd: string): Promise<string> {
  // tsc's bin turns on Node's compile cache, which Bun implements by writing node-compile-cache into the temp folder.
  const env = { ...process.env, NODE_DISABLE_COMPILE_CACHE: "1" };
  const p = Bun.spawn(cmd, { cwd, env, stdout: "pipe", stderr: "pipe", stdin: "ignore" });
  const [stdout, stderr, code] = await Promise.all([new Response(p.stdout).text(), new Response(p.stderr).text(), p.exited]);
  if (code !== 0) throw new Error(`\`${cmd.join(" ")}\` failed (exit ${code}):\n${stdout}\n${stderr}`);
  return stdout;
}

/** `catalog:` → `^<catalog version>`, `workspace:*` → `^<that package's version>`; anything else as written. */
function realRanges(deps: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!deps || Object.keys(deps).length === 0) return undefined;
  const rootPkg = readJson<{ workspaces: { catalog: Record<string, string> } }>(join(root, "package.json"));
  const out: Record<string, string> = {};
  for (const [name, range] of Object.entries(deps)) {
    if (range.startsWith("catalog:")) {
      const pinned = rootPkg.workspaces.catalog[name];
      if (!pinned) throw new Error(`${name}: "${range}" is not in the root catalog`);
      out[name] = `^${pinned}`;
    } else if (range.startsWith("workspace:")) {
      const dir = PACKAGES.find((d) => readJson<Manifest>(join(root, d, "package.json")).name === name);
      if (!dir) throw new Error(`${name}: "${range}" names no publishable workspace package`);
      out[name] = `^${readJson<Manifest>(join(root, dir, "package.json")).version}`;
    } else {
      out[name] = range;
    }
  }
  return out;
}

/** "./src/index.node.ts" → "index.node" */
function stem(path: string): string {
  const m = /^\.\/src\/(.+)\.ts$/.exec(path);
  if (!m) throw new Error(`exports: expected a ./src/*.ts target, got ${path}`);
  return m[1]!;
}

/**
 * The workspace `exports` name a source file per condition; the published ones name the built file for each module
 * format, `types` first in each: `{ import: { types, …conditions }, require: { types, …conditions } }`.
 */
export function publishedExports(exports: Manifest["exports"]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [subpath, target] of Object.entries(exports)) {
    if (subpath === "./package.json") {
      out[subpath] = "./package.json";
      continue;
    }
    const conditions = typeof target === "string" ? { types: target, default: target } : target;
    const format = (dir: "esm" | "cjs") => {
      const map: Record<string, string> = { types: `./${dir}/${stem(conditions["types"] ?? conditions["default"]!)}.d.ts` };
      for (const [condition, path] of Object.entries(conditions)) if (condition !== "types") map[condition] = `./${dir}/${stem(path)}.js`;
      return map;
    };
    out[subpath] = { import: format("esm"), require: format("cjs") };
  }
  return out;
}

export function publishManifest(pkg: Manifest): Record<string, unknown> {
  const manifest: Record<string, unknown> = {};
  for (const field of KEPT) if (pkg[field] !== undefined) manifest[field] = pkg[field];
  const exports = publishedExports(pkg.exports);
  const main = (exports["."] as { require: { default: string; types: string } }).require;
  const esm = (exports["."] as { import: { default: string } }).import;
  // For resolvers that predate `exports` (TypeScript's node10, old bundlers).
  Object.assign(manifest, { main: main.default, module: esm.default, types: main.types, exports, files: ["esm", "cjs", "CHANGELOG.md"] });
  const dependencies = realRanges(pkg["dependencies"] as Record<string, string> | undefined);
  if (dependencies) manifest["dependencies"] = dependencies;
  const peers = realRanges(pkg["peerDependencies"] as Record<string, string> | undefined);
  if (peers) manifest["peerDependencies"] = peers;
  return manifest;
}

/** In emitted .d.ts files, "./x.ts" and "./x.d.ts" → "./x.js", the specifier every resolution mode accepts. */
function fixDeclarationSpecifiers(dir: string): void {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) fixDeclarationSpecifiers(path);
    else if (entry.endsWith(".d.ts")) {
      const text = readFileSync(path, "utf8");
      const fixed = text.replace(/((?:from|import)\s*\(?\s*["'])(\.{1,2}\/[^"']+?)(?:\.d)?\.ts(["'])/g, "$1$2.js$3");
      if (fixed !== text) writeFileSync(path, fixed);
    }
  }
}

/** Hand-written declaration files under src/ (tsc does not copy them), e.g. sdk/src/generated/openapi.d.ts. */
function copyDeclarations(src: string, out: string): void {
  for (const entry of readdirSync(src)) {
    const path = join(src, entry);
    if (statSync(path).isDirectory()) copyDeclarations(path, join(out, entry));
    else if (entry.endsWith(".d.ts")) {
      mkdirSync(out, { recursive: true });
      cpSync(path, join(out, entry));
    }
  }
}

/** Every src .ts file (not tests, not .d.ts) → the same path under out, .js, as CommonJS, "./x.ts" imports rewritten to "./x.js". */
function transpileCommonJs(src: string, out: string): void {
  for (const entry of readdirSync(src)) {
    const path = join(src, entry);
    if (statSync(path).isDirectory()) {
      transpileCommonJs(path, join(out, entry));
      continue;
    }
    if (!entry.endsWith(".ts") || entry.endsWith(".d.ts") || entry.endsWith(".test.ts")) continue;
    const { outputText } = ts.transpileModule(readFileSync(path, "utf8"), {
      fileName: path,
      compilerOptions: {
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.CommonJS,
        rewriteRelativeImportExtensions: true,
        esModuleInterop: false,
        verbatimModuleSyntax: false,
        isolatedModules: true,
      },
    });
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, entry.replace(/\.ts$/, ".js")), outputText);
  }
}

/** Builds one package into `stage` (default <pkg>/dist), replacing what was there. Returns the stage folder. */
export async function buildPackage(dir: PackageDir, stage = join(root, dir, "dist")): Promise<string> {
  const pkgDir = join(root, dir);
  const pkg = readJson<Manifest>(join(pkgDir, "package.json"));
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  const tsconfig = join(pkgDir, "tsconfig.build.json");
  // ESM: the one type-checked compile (tsconfig.build.json), emitting .js and .d.ts.
  await run(["bun", TSC, "-p", tsconfig, "--outDir", join(stage, "esm")], pkgDir);
  copyDeclarations(join(pkgDir, "src"), join(stage, "esm"));
  fixDeclarationSpecifiers(join(stage, "esm"));
  // CommonJS: the same sources transpiled file by file (isolatedModules guarantees that is safe; the types were
  // just checked), with the same .d.ts. A package.json in cjs/ tells Node and TypeScript these .js are CommonJS.
  transpileCommonJs(join(pkgDir, "src"), join(stage, "cjs"));
  cpSync(join(stage, "esm"), join(stage, "cjs"), { recursive: true, filter: (src) => statSync(src).isDirectory() || src.endsWith(".d.ts") });
  writeFileSync(join(stage, "cjs", "package.json"), `${JSON.stringify({ type: "commonjs" }, null, 2)}\n`);
  const manifest = publishManifest(pkg);
  // Resolvers without `exports` (TypeScript's node10, old bundlers) find a subpath such as `/express` as a folder:
  // each gets a package.json pointing at the built files.
  for (const [subpath, map] of Object.entries(manifest["exports"] as Record<string, unknown>)) {
    if (subpath === "." || typeof map === "string") continue;
    const { require } = map as { require: { types: string; default: string } };
    const name = subpath.slice(2);
    mkdirSync(join(stage, name), { recursive: true });
    const up = (p: string) => `.${p}`;
    writeFileSync(join(stage, name, "package.json"), `${JSON.stringify({ main: up(require.default), types: up(require.types) }, null, 2)}\n`);
    (manifest["files"] as string[]).push(name);
  }
  writeFileSync(join(stage, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const file of ["README.md", "CHANGELOG.md"]) cpSync(join(pkgDir, file), join(stage, file));
  cpSync(join(root, "LICENSE"), join(stage, "LICENSE"));
  return stage;
}

/** Builds and packs one package; returns the tarball's path in `outDir`. */
export async function packPackage(dir: PackageDir, outDir: string, stage?: string): Promise<string> {
  const built = await buildPackage(dir, stage);
  mkdirSync(outDir, { recursive: true });
  const out = await run(["npm", "pack", "--json", "--pack-destination", outDir], built);
  const [info] = JSON.parse(out) as { filename: string }[];
  return join(outDir, info!.filename);
}

/** publint and attw on a tarball; returns the problems (empty when both are clean) and what they printed. */
export function checkTarball(tarball: string): { ok: boolean; output: string } {
  const bin = (name: string) => join(root, "node_modules", ".bin", name);
  let output = "";
  let ok = true;
  for (const cmd of [
    [bin("publint"), "run", tarball, "--strict"],
    [bin("attw"), tarball, "--format", "table-flipped", "--no-color"],
  ]) {
    const p = Bun.spawnSync(cmd, { cwd: root, stdout: "pipe", stderr: "pipe", stdin: "ignore", env: { ...process.env, NO_COLOR: "1" } });
    output += `$ ${cmd.map((c) => c.replace(`${root}/`, "")).join(" ")}\n${p.stdout}${p.stderr}\n`;
    if (p.exitCode !== 0) ok = false;
  }
  return { ok, output };
}

if (import.meta.main) {
  const [command = "build", ...args] = process.argv.slice(2);
  const outDir = resolve(args[0] ?? join(root, ".tmp", "packages"));
  if (command === "build") {
    const named = args.length ? args : [...PACKAGES];
    for (const dir of named) {
      if (!PACKAGES.includes(dir as PackageDir)) throw new Error(`build: ${dir} is not one of ${PACKAGES.join(", ")}`);
      console.log(`built ${(await buildPackage(dir as PackageDir)).replace(`${root}/`, "")}`);
    }
  } else if (command === "pack" || command === "check") {
    if (existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
    let failed = false;
    const tarballs = await Promise.all(PACKAGES.map((dir) => packPackage(dir, outDir)));
    for (const [i, dir] of PACKAGES.entries()) {
      const tarball = tarballs[i]!;
      console.log(`packed ${tarball.replace(`${root}/`, "")}`);
      if (command === "check") {
        const { ok, output } = checkTarball(tarball);
        console.log(output);
        if (!ok) {
          failed = true;
          console.log(`packages: ${dir} has packaging problems (above)`);
        }
      }
    }
    if (failed) process.exit(1);
  } else {
    console.error("usage: bun scripts/packages.ts build [pkg…] | pack [outDir] | check");
    process.exit(2);
  }
}
