/**
 * Maps of secret values (a webhook endpoint's custom header values) sealed at rest and shown as references, in the
 * same three forms as workflow secrets (workflow/sealing.ts):
 * - real: as the user sent it (`Bearer …`), only in the request and in memory when sending;
 * - stored: `tw_sealed_v1.<ref>.<SecretBox output>`, `<ref>` being 12 random base64url characters;
 * - shown: `tw_sealed_v1.<ref>`.
 * A reference sent back (in a PATCH) keeps the stored value carrying that ref; an unknown reference, or any other
 * value starting with `tw_sealed_v1.`, is refused; any other value is sealed as a new secret.
 */
import { randomBytes } from "node:crypto";
import type { SecretBox } from "./secret-box.ts";

export const SEALED_PREFIX = "tw_sealed_v1.";
const REFERENCE = /^tw_sealed_v1\.([A-Za-z0-9_-]{12})$/;
const STORED = /^tw_sealed_v1\.([A-Za-z0-9_-]{12})\.(.+)$/s;

/** Whether `stored` is SecretBox output (`v1:<base64>`), not text kept in clear. */
export const isBoxSealed = (stored: string): boolean => /^v\d+:/.test(stored);

export const isStoredSealed = (v: unknown): v is string => typeof v === "string" && STORED.test(v);

/** A new stored value for `plaintext`, with a ref not in `used` (which it is added to). */
export function sealWithNewRef(box: SecretBox, plaintext: string, used: Set<string> = new Set()): string {
  let ref: string;
  do ref = randomBytes(9).toString("base64url");
  while (used.has(ref));
  used.add(ref);
  return `${SEALED_PREFIX}${ref}.${box.seal(plaintext)}`;
}

/**
 * The stored form of `values`: references to `previous` (stored values) keep them, other values are sealed.
 * Returns the names whose value is a reference this map does not hold (the caller reports them), with why.
 */
export function sealValues(
  values: Record<string, string>,
  box: SecretBox,
  previous: Record<string, string> = {},
): { value: Record<string, string>; problems: { name: string; detail: string }[] } {
  const known = new Map<string, string>();
  for (const v of Object.values(previous)) {
    const m = STORED.exec(v);
    if (m) known.set(m[1]!, v);
  }
  const used = new Set(known.keys());
  const problems: { name: string; detail: string }[] = [];
  const value = Object.fromEntries(
    Object.entries(values).map(([name, v]) => {
      if (!v.startsWith(SEALED_PREFIX)) return [name, sealWithNewRef(box, v, used)];
      const ref = REFERENCE.exec(v)?.[1];
      const stored = ref === undefined ? undefined : known.get(ref);
      if (stored === undefined) {
        problems.push({
          name,
          detail:
            ref === undefined
              ? `Values starting with ${SEALED_PREFIX} are references to stored values (${SEALED_PREFIX}<ref>, as the API shows them); send a reference or the real value.`
              : `${v} is not a stored value of this endpoint; send the real value to set a new one.`,
        });
        return [name, v];
      }
      return [name, stored];
    }),
  );
  return { value, problems };
}

/** What the API shows: each stored value as its reference (anything else, as it is). */
export function redactValues(stored: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(stored).map(([name, v]) => {
      const m = STORED.exec(v);
      return [name, m ? `${SEALED_PREFIX}${m[1]}` : v];
    }),
  );
}

/** The real values, for sending. Throws if a stored value does not open with this key. */
export function openValues(stored: Record<string, string>, box: SecretBox): Record<string, string> {
  return Object.fromEntries(
    Object.entries(stored).map(([name, v]) => {
      const m = STORED.exec(v);
      return [name, m ? box.open(m[2]!) : v];
    }),
  );
}

/** Values not yet stored sealed (written in clear by an earlier build) sealed; null when there were none. */
export function sealPlainValues(stored: Record<string, string>, box: SecretBox): Record<string, string> | null {
  const used = new Set<string>();
  for (const v of Object.values(stored)) {
    const m = STORED.exec(v);
    if (m) used.add(m[1]!);
  }
  let changed = false;
  const value = Object.fromEntries(
    Object.entries(stored).map(([name, v]) => {
      if (STORED.test(v)) return [name, v];
      changed = true;
      return [name, sealWithNewRef(box, v, used)];
    }),
  );
  return changed ? value : null;
}
