/**
 * The publish manifests scripts/packages.ts writes (what npm users get), checked without building: real version
 * ranges only, `types` first in every `exports` branch, both module formats, `files` limited to the build, engines.
 */
import { expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGES, publishManifest, root } from "../scripts/packages.ts";

type Branch = Record<string, string>;
interface Published {
  [field: string]: unknown;
  engines?: { node?: string };
  files: string[];
  dependencies?: Record<string, string>;
  exports: Record<string, string | { import: Branch; require: Branch }>;
}

for (const dir of PACKAGES) {
  test(`${dir}: the published package.json has real ranges, types-first exports for import and require, files and engines`, () => {
    const source = JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8"));
    const manifest = publishManifest(source) as Published;
    const text = JSON.stringify(manifest);
    expect(text).not.toContain("catalog:");
    expect(text).not.toContain("workspace:");
    expect(text).not.toContain("./src/");
    expect(manifest["private"]).toBeUndefined();
    expect(manifest["scripts"]).toBeUndefined();
    expect(manifest["devDependencies"]).toBeUndefined();
    expect(manifest["license"]).toBe("MIT");
    expect(manifest.engines?.node).toMatch(/^>=20/);
    expect(manifest["files"]).toEqual(expect.arrayContaining(["esm", "cjs", "CHANGELOG.md"]));
    for (const range of Object.values(manifest.dependencies ?? {})) expect(range).toMatch(/^\^\d+\.\d+\.\d+$/);
    for (const [subpath, branches] of Object.entries(manifest.exports)) {
      if (subpath === "./package.json" || typeof branches === "string") continue;
      expect(Object.keys(branches)).toEqual(["import", "require"]);
      expect(Object.keys(branches.import)[0]).toBe("types");
      expect(Object.keys(branches.require)[0]).toBe("types");
      expect(Object.values(branches.import).every((p) => String(p).startsWith("./esm/"))).toBe(true);
      expect(Object.values(branches.require).every((p) => String(p).startsWith("./cjs/"))).toBe(true);
    }
  });
}

test("sdk: openapi-fetch is published with the caret range of the root catalog's pin", () => {
  const catalog = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).workspaces.catalog as Record<string, string>;
  const manifest = publishManifest(JSON.parse(readFileSync(join(root, "sdk", "package.json"), "utf8"))) as { dependencies: Record<string, string> };
  expect(manifest.dependencies).toEqual({ "openapi-fetch": `^${catalog["openapi-fetch"]}` });
});
