/**
 * Surviving mutants that do not change behaviour, each with the reason. `bun run mutate` matches them by module,
 * mutator, original text and replacement (not by line, so edits elsewhere in a file keep them matched), and
 * reports entries that no longer survive so the list stays true.
 */
import type { MutantKey } from "./mutate.ts";

export const EQUIVALENT_MUTANTS: (MutantKey & { reason: string })[] = [];
