/** Scope checks. `*` grants everything; otherwise the exact scope must be held. */
import type { Scope } from "../types.ts";

export function hasScope(held: readonly Scope[], needed: string): boolean {
  return held.includes("*") || (held as readonly string[]).includes(needed);
}

/** A key may only grant what its creator holds, so a scoped key cannot mint a stronger one. */
export function missingScopes(creator: readonly Scope[], requested: readonly Scope[]): Scope[] {
  if (creator.includes("*")) return [];
  return requested.filter((s) => !creator.includes(s));
}
