/** Runs the real server as a subprocess (`bun server/src/main.ts`), for tests that SIGKILL it and start it again. */
import { join } from "node:path";

const root = join(import.meta.dir, "../..");

export async function spawnServer(db: string, env: Record<string, string> = {}) {
  const proc = Bun.spawn(["bun", "server/src/main.ts"], {
    cwd: root,
    env: { ...process.env, TRIPWIRE_DATABASE: db, PORT: "0", HOST: "127.0.0.1", TRIPWIRE_DEV: "1", LOG_LEVEL: "silent", ...env },
    stdout: "pipe",
    stderr: "inherit",
  });
  let out = "";
  const reader = proc.stdout.getReader();
  const end = Date.now() + 15_000;
  while (!out.includes("bun run cli --help") && Date.now() < end) {
    const { value, done } = await reader.read();
    if (done) break;
    out += new TextDecoder().decode(value);
  }
  reader.releaseLock();
  const url = /running at (http:\/\/\S+)/.exec(out)?.[1];
  if (!url) throw new Error(`server did not start:\n${out}`);
  return { proc, url, key: /^API key: (\S+)$/m.exec(out)?.[1] };
}

export async function waitUntil(cond: () => boolean | Promise<boolean>, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond()) && Date.now() < end) await Bun.sleep(25);
}
