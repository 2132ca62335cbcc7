/**
 * Imports between the top-level parts of server/src (each folder, and each file at the top) run one way: no part
 * imports one that imports it back, directly or round a longer loop. Tests are left out (a test may set up
 * through a higher part). The README's "Repository layout" names the parts and the direction.
 */
import { expect, test } from "bun:test";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const root = import.meta.dir;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [path] : [];
  });
}

/** The part a file belongs to: its top-level folder, or the file itself at the top. */
const partOf = (file: string) => relative(root, file).split("/")[0]!.replace(/\.ts$/, "");

/** part -> part -> the imports that tie them, "file -> file". */
function partImports(): Map<string, Map<string, string[]>> {
  const parts = new Map<string, Map<string, string[]>>();
  for (const file of sources(root)) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s*["'](\.{1,2}\/[^"']+)["']|\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)) {
      const target = resolve(dirname(file), (m[1] ?? m[2])!);
      if (!target.startsWith(root + "/")) continue;
      const [from, to] = [partOf(file), partOf(target)];
      if (from === to) continue;
      const row = parts.get(from) ?? new Map<string, string[]>();
      parts.set(from, row);
      row.set(to, [...(row.get(to) ?? []), `${relative(root, file)} -> ${relative(root, target)}`]);
    }
  }
  return parts;
}

test("the parts of server/src import one way: no loop between folders", () => {
  const parts = partImports();
  const loops: string[] = [];
  // Depth-first search; a part met again while still on the path closes a loop.
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const visit = (part: string) => {
    state.set(part, "open");
    path.push(part);
    for (const next of [...(parts.get(part)?.keys() ?? [])].sort()) {
      if (state.get(next) === "open") {
        const loop = [...path.slice(path.indexOf(next)), next];
        const ties = loop.slice(0, -1).map((p, i) => `  ${p} -> ${loop[i + 1]}: ${parts.get(p)!.get(loop[i + 1]!)!.join(", ")}`);
        loops.push(`${loop.join(" -> ")}\n${ties.join("\n")}`);
      } else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(part, "done");
  };
  for (const part of [...parts.keys()].sort()) if (!state.has(part)) visit(part);
  expect(loops).toEqual([]);
});

test("the check sees imports at all (it reads the folders it guards)", () => {
  const parts = partImports();
  expect(parts.get("domain")?.has("store")).toBe(true);
  expect(parts.get("engine")?.has("domain")).toBe(true);
});
