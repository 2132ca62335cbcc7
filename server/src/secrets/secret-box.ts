/**
 * Encryption at rest for secrets Tripwire must be able to read back (webhook signing secrets, later channel
 * URLs): AES-256-GCM with a random 96-bit nonce per value. The key never lives in the database: it comes from
 * TRIPWIRE_SECRET_KEY (base64 of 32 bytes) or from a key file created beside the database on first start
 * (mode 0600). Losing the key makes stored secrets unreadable; that is the point.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const VERSION = "v1";

export class SecretBox {
  private constructor(private key: Buffer) {}

  static fromKey(key: Buffer): SecretBox {
    if (key.length !== 32) throw new Error("SecretBox: the key must be 32 bytes");
    return new SecretBox(key);
  }

  /**
   * The key from TRIPWIRE_SECRET_KEY, else from `<database dir>/tripwire.key` (created when missing), else (for
   * in-memory databases) a random key for this process.
   */
  static load(env: Record<string, string | undefined>, databasePath: string): SecretBox {
    const fromEnv = env.TRIPWIRE_SECRET_KEY;
    if (fromEnv) {
      const key = Buffer.from(fromEnv, "base64");
      if (key.length !== 32) throw new Error("TRIPWIRE_SECRET_KEY must be base64 of exactly 32 bytes (openssl rand -base64 32)");
      return SecretBox.fromKey(key);
    }
    if (databasePath === ":memory:") return SecretBox.fromKey(randomBytes(32));
    const file = join(dirname(databasePath), "tripwire.key");
    if (!existsSync(file)) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, randomBytes(32).toString("base64") + "\n", { mode: 0o600, flag: "wx" });
    }
    chmodSync(file, 0o600);
    const key = Buffer.from(readFileSync(file, "utf8").trim(), "base64");
    if (key.length !== 32) throw new Error(`${file} does not hold a 32-byte base64 key`);
    return SecretBox.fromKey(key);
  }

  seal(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", this.key, iv);
    const ct = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
    return `${VERSION}:${Buffer.concat([iv, ct, cipher.getAuthTag()]).toString("base64")}`;
  }

  open(sealed: string): string {
    const [version, data] = sealed.split(":");
    if (version !== VERSION || !data) throw new Error("SecretBox: unknown format");
    const raw = Buffer.from(data, "base64");
    const decipher = createDecipheriv("aes-256-gcm", this.key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(raw.length - 16));
    return Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]).toString("utf8");
  }
}
