/**
 * Packaging rules that code review alone would let slip: zero runtime dependencies, the `exports` conditions
 * that pick a crypto backend, and runtime differences confined to the hmac.* files.
 */
import { expect, test } from "bun:test";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as nodeEntry from "../src/index.node.ts";
import * as webEntry from "../src/index.ts";
import { publishedExports } from "../../scripts/packages.ts";

const root = join(import.meta.dir, "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  exports: Record<string, Record<string, string | string[]>>;
  [field: string]: unknown;
};
const src = join(root, "src");
const sources = readdirSync(src).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
const read = (file: string) => readFileSync(join(src, file), "utf8");

test("package.json declares zero runtime dependencies", () => {
  for (const field of ["dependencies", "peerDependencies", "optionalDependencies", "bundleDependencies", "bundledDependencies"]) {
    expect(Object.keys((pkg[field] as object | undefined) ?? {})).toEqual([]);
  }
});

test("under Bun the package resolves to the node:crypto build; ./web and ./node force a backend", async () => {
  expect((await import("@tripwire/webhook-verifier")).cryptoBackend).toBe("node:crypto");
  expect((await import("@tripwire/webhook-verifier/node")).cryptoBackend).toBe("node:crypto");
  expect((await import("@tripwire/webhook-verifier/web")).cryptoBackend).toBe("web-crypto");
});

test("exports: bun/node → the node:crypto entry, default/browser/worker/workerd/deno → the web entry; in the workspace (src) and as published (esm and cjs builds)", () => {
  const published = publishedExports(pkg.exports as never) as Record<string, Record<"import" | "require", Record<string, string>>>;
  for (const [subpath, web, node] of [[".", "index", "index.node"], ["./fetch", "fetch", "fetch.node"]] as const) {
    const maps: [Record<string, string | string[]>, (stem: string) => string, (stem: string) => string][] = [
      [pkg.exports[subpath] ?? {}, (s) => `./src/${s}.ts`, (s) => `./src/${s}.ts`],
      [published[subpath]!.import, (s) => `./esm/${s}.js`, (s) => `./esm/${s}.d.ts`],
      [published[subpath]!.require, (s) => `./cjs/${s}.js`, (s) => `./cjs/${s}.d.ts`],
    ];
    for (const [map, file, types] of maps) {
      expect(map["bun"]).toBe(file(node));
      expect(map["node"]).toBe(file(node));
      for (const condition of ["default", "browser", "worker", "workerd", "deno"]) expect(map[condition]).toBe(file(web));
      expect(map["types"]).toBe(types(web));
      // Resolution takes the first matching key: `types` must lead, and every web condition must precede `node`
      // (Deno and some bundlers also set `node`).
      const keys = Object.keys(map);
      expect(keys[0]).toBe("types");
      for (const condition of ["browser", "worker", "workerd", "deno"]) expect(keys.indexOf(condition)).toBeLessThan(keys.indexOf("node"));
      expect(keys.at(-1)).toBe("default");
    }
  }
});

test("both entry points export the same names, and the shared ones are the same objects", () => {
  expect(Object.keys(webEntry).sort()).toEqual(Object.keys(nodeEntry).sort());
  expect(webEntry.WebhookVerificationError).toBe(nodeEntry.WebhookVerificationError);
  expect(webEntry.toProblemDetails).toBe(nodeEntry.toProblemDetails);
  expect(nodeEntry.cryptoBackend).toBe("node:crypto");
  expect(webEntry.cryptoBackend).toBe("web-crypto");
});

test("only hmac.node.ts touches node:crypto and only hmac.web.ts touches crypto.subtle", () => {
  const nodeCrypto = sources.filter((f) => /from "node:crypto"|require\("(node:)?crypto"\)/.test(read(f)));
  const subtle = sources.filter((f) => read(f).includes("crypto.subtle."));
  expect(nodeCrypto).toEqual(["hmac.node.ts"]);
  expect(subtle).toEqual(["hmac.web.ts"]);
});

test("only the node entries (and express, which runs on Node) import the node:crypto backend", () => {
  const importers = sources.filter((f) => /from "\.\/(hmac\.node|index\.node)\.ts"/.test(read(f))).sort();
  expect(importers).toEqual(["express.ts", "fetch.node.ts", "index.node.ts"]);
  const webImporters = sources.filter((f) => /from "\.\/(hmac\.web|index)\.ts"/.test(read(f))).sort();
  expect(webImporters).toEqual(["fetch.ts", "index.ts"]);
});

test("the express entry has no runtime import of express (only node:http types)", () => {
  const imports = read("express.ts").match(/^import [^;]+;/gm) ?? [];
  expect(imports.some((line) => /from "express"/.test(line))).toBe(false);
  for (const line of imports.filter((l) => l.includes("node:"))) expect(line.startsWith("import type ")).toBe(true);
});
