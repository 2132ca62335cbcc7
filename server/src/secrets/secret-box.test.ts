import { expect, test } from "bun:test";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SecretBox } from "./secret-box.ts";

test("seal/open round-trips, and the sealed form reveals nothing of the plaintext", () => {
  const box = SecretBox.fromKey(Buffer.alloc(32, 7));
  const sealed = box.seal("whsec_topsecret");
  expect(sealed).not.toContain("topsecret");
  expect(box.seal("whsec_topsecret")).not.toBe(sealed); // fresh nonce each time
  expect(box.open(sealed)).toBe("whsec_topsecret");
});

test("a tampered value or another key fails to open", () => {
  const box = SecretBox.fromKey(Buffer.alloc(32, 1));
  const sealed = box.seal("x");
  const flipped = sealed.slice(0, -3) + (sealed.at(-3) === "A" ? "B" : "A") + sealed.slice(-2);
  expect(() => box.open(flipped)).toThrow();
  expect(() => SecretBox.fromKey(Buffer.alloc(32, 2)).open(sealed)).toThrow();
});

test("without TRIPWIRE_SECRET_KEY a 0600 key file is created beside the database and reused", () => {
  const dir = mkdtempSync(join(tmpdir(), "tripwire-key-"));
  try {
    const db = join(dir, "t.db");
    const a = SecretBox.load({}, db);
    const file = join(dir, "tripwire.key");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(Buffer.from(readFileSync(file, "utf8").trim(), "base64")).toHaveLength(32);
    expect(SecretBox.load({}, db).open(a.seal("same key"))).toBe("same key");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("TRIPWIRE_SECRET_KEY wins, and a malformed one is refused with a message", () => {
  const key = Buffer.alloc(32, 9).toString("base64");
  const a = SecretBox.load({ TRIPWIRE_SECRET_KEY: key }, "/nonexistent/db");
  expect(SecretBox.fromKey(Buffer.alloc(32, 9)).open(a.seal("v"))).toBe("v");
  expect(() => SecretBox.load({ TRIPWIRE_SECRET_KEY: "short" }, ":memory:")).toThrow("32 bytes");
});
