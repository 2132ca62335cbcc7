/**
 * `bun run bench:verifier-size`: how many bytes the verifier's web build adds to a browser or edge bundle, minified
 * and gzipped, for `verifyWebhook` alone (what tree-shaking keeps) and for the whole `/web` entry.
 *
 * Bun.build bundles an entry that re-exports the named exports from webhook-verifier/src/index.ts (the file the
 * `browser`/`worker`/`default` conditions publish as esm/index.js) for the browser, minified; gzip is level 9.
 * `measureVerifierSize()` is also what webhook-verifier/test/size.test.ts holds under the ceiling.
 *
 * `verifyWebhook` alone is 4,049 B gzip (Bun 1.4.5): the entry points export each function on its own so the bundler
 * drops `sign` and `generateTestHeaders`; most of the remaining bytes are the text of the error messages (each says
 * what was wrong and how to fix the setup).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const webEntry = resolve(import.meta.dir, "..", "webhook-verifier", "src", "index.ts");

/** The target for `verifyWebhook` alone, minified + gzipped (issue #18), which the size test holds. */
export const VERIFY_WEBHOOK_GZIP_TARGET = 4 * 1024;

export interface SizeRow {
  what: string;
  minified: number;
  gzip: number;
}

async function bundle(what: string, source: string): Promise<SizeRow> {
  const dir = mkdtempSync(join(tmpdir(), "tripwire-size-"));
  try {
    const entry = join(dir, "entry.ts");
    writeFileSync(entry, source);
    const out = await Bun.build({ entrypoints: [entry], target: "browser", format: "esm", minify: true });
    if (!out.success) throw new Error(out.logs.join("\n"));
    const code = new Uint8Array(await out.outputs[0]!.arrayBuffer());
    return { what, minified: code.byteLength, gzip: Bun.gzipSync(code, { level: 9 }).byteLength };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function measureVerifierSize(): Promise<SizeRow[]> {
  const all = Object.keys(await import(webEntry)).sort();
  return [
    await bundle("verifyWebhook alone", `export { verifyWebhook } from ${JSON.stringify(webEntry)};\n`),
    await bundle(`the whole web entry (${all.length} exports)`, `export { ${all.join(", ")} } from ${JSON.stringify(webEntry)};\n`),
  ];
}

if (import.meta.main) {
  const rows = await measureVerifierSize();
  console.log(`@tripwire/webhook-verifier, web build (Web Crypto), Bun ${Bun.version} minify, gzip -9`);
  for (const r of rows) console.log(`  ${r.what.padEnd(40)} ${String(r.minified).padStart(6)} B minified  ${String(r.gzip).padStart(6)} B gzip`);
  const alone = rows[0]!;
  const verdict = alone.gzip < VERIFY_WEBHOOK_GZIP_TARGET ? "met" : `not met, ${alone.gzip - VERIFY_WEBHOOK_GZIP_TARGET} B over`;
  console.log(`  verifyWebhook alone: target < ${VERIFY_WEBHOOK_GZIP_TARGET} B gzip (${verdict})`);
}
