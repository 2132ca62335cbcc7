import { describe, expect, test } from "bun:test";
import type { z } from "zod";
import { routes } from "../generated/routes.gen.ts";

// The binder checks ids with the contract's regexes instead of zod (route.ts); both come from openapi.yaml and
// must agree on every operation, or a fast path would accept what the schema refuses.
describe("path patterns agree with the generated zod path schemas", () => {
  const withPatterns = Object.values(routes).filter((r) => r.pathPatterns !== null);

  test("every operation whose path parameters are all ids has patterns", () => {
    expect(withPatterns.length).toBeGreaterThan(40);
    expect(routes.getIncident.pathPatterns).not.toBeNull();
    // A label is not an id: it keeps the zod check.
    expect(routes.removeIncidentLabel.pathPatterns).toBeNull();
  });

  for (const route of withPatterns) {
    test(`${route.operationId}`, () => {
      const patterns = route.pathPatterns as Record<string, RegExp>;
      const names = Object.keys(patterns);
      const valid = Object.fromEntries(names.map((n) => [n, sampleFor(patterns[n]!)]));
      const candidates: Record<string, string>[] = [valid];
      for (const n of names) {
        for (const bad of ["", "x", `${valid[n]!}x`, valid[n]!.toLowerCase(), ` ${valid[n]!}`, `${valid[n]!.slice(0, 4)}${"0".repeat(25)}`]) {
          candidates.push({ ...valid, [n]: bad });
        }
      }
      for (const c of candidates) {
        const byRegex = names.every((n) => patterns[n]!.test(c[n]!));
        const byZod = (route.params as unknown as z.ZodType).safeParse(c).success;
        expect({ c, byRegex }).toEqual({ c, byRegex: byZod });
      }
      expect(names.every((n) => patterns[n]!.test(valid[n]!))).toBe(true);
    });
  }
});

/** A value matching the id patterns the contract uses (`^pfx_[0-9A-Z]{26}$`). */
function sampleFor(re: RegExp): string {
  const m = /^\^(\w+_)\[0-9A-Z\]\{26\}\$$/.exec(re.source);
  if (!m) throw new Error(`add a sample for ${re.source}`);
  return `${m[1]}01JD5Q8R1XK2ZP7S0C3V9N4B6M`;
}
