/**
 * Surviving mutants that do not change behaviour, each with the reason. `bun run mutate` matches them by module,
 * mutator, original text and replacement (not by line, so edits elsewhere in a file keep them matched), and
 * reports entries that no longer survive so the list stays true. Texts are as `bun run mutate` prints them.
 */
/** A mutant as `bun run mutate` names it (scripts/mutate.ts matches survivors against this list by it). */
export interface MutantKey {
  module: string;
  mutator: string;
  /** The source text the mutant replaces, whitespace collapsed. */
  original: string;
  /** What it becomes, whitespace collapsed. */
  replacement: string;
}

type Equivalent = MutantKey & { reason: string };

/** One module's entries: [mutator, original, replacement, reason]. */
const of = (module: string, rows: [string, string, string, string][]): Equivalent[] =>
  rows.map(([mutator, original, replacement, reason]) => ({ module, mutator, original, replacement, reason }));

const VETTED =
  "node:net isIP has accepted the text before parseV4/parseV6 run, so this format check never decides; kept on purpose in the SSRF guard, so the parsers still fail closed on their own if the runtime's isIP ever accepts more";

export const EQUIVALENT_MUTANTS: Equivalent[] = [
  ...of("ip-ranges", [
    ["ConditionalExpression", "parts.length !== 4", "false", VETTED],
    ["ConditionalExpression", "!/^\\d{1,3}$/.test(p)", "false", VETTED],
    ["Regex", "/^\\d{1,3}$/", "/^\\d{1,3}/", VETTED],
    ["Regex", "/^\\d{1,3}$/", "/\\d{1,3}$/", VETTED],
    ["ConditionalExpression", "n > 255", "false", VETTED],
    ["ConditionalExpression", "halves.length > 2", "false", VETTED],
    ["MethodExpression", "parts.every((x) => /^[0-9a-fA-F]{1,4}$/.test(x))", "parts.some(x => /^[0-9a-fA-F]{1,4}$/.test(x))", VETTED],
    ["Regex", "/^[0-9a-fA-F]{1,4}$/", "/[0-9a-fA-F]{1,4}$/", VETTED],
    ["Regex", "/^[0-9a-fA-F]{1,4}$/", "/^[0-9a-fA-F]{1,4}/", VETTED],
    ["ConditionalExpression", "head.length === 8", "true", VETTED],
    ["ConditionalExpression", "missing < 1", "false", VETTED],
  ]),
  ...of("headers", [
    ["ConditionalExpression", "list.length === 1", "false", "a fast path: the Set of a one-value list is that list"],
    ["ConditionalExpression", "direct !== undefined", "false", "a fast path: the lower-cased index finds the same value for a lower-case name"],
    ["ConditionalExpression", "first !== 32 && first !== 9 && last !== 32 && last !== 9", "false", "a fast path: the regex leaves a value with nothing to trim as it is"],
    ["StringLiteral", '"\\t"', '""', "always splitting on the [ \\t]+ pattern gives the same entries as splitting on a space when there is no tab"],
    ["Regex", "/[ \\t]+/", "/[ \\t]/", "the empty entries a run of separators then gives are skipped"],
  ]),
  ...of("sealing", [
    ["Regex", "/^tw_sealed_v1\\.([A-Za-z0-9_-]{12})\\.(.+)$/s", "/^tw_sealed_v1\\.([A-Za-z0-9_-]{12})\\.(.+)/s", "with the s flag the greedy (.+) runs to the end anyway"],
    ["StringLiteral", '"#"', '""', "this visitor never reads the pointer (only unsealAction's default does, and that one is killed)"],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the mutant's source text, quoted as data
    ["StringLiteral", "`#/actions/${i}`", "``", "sealPlaintext's visitor never reads the pointer"],
    ["ConditionalExpression", "!used.has(ref)", "true", "a fresh 72-bit random ref equals a taken one with probability about 2^-60 at worst"],
    ["ConditionalExpression", "used.has(ref)", "false", "a fresh 72-bit random ref equals a taken one with probability about 2^-60 at worst"],
    ["ConditionalExpression", 'Object.hasOwn(action, "secret")', "true", "visiting an absent secret gives undefined back, which is no change"],
    ["ConditionalExpression", "action?.type === WEBHOOK", "true", "an action of another type has no secret or headers, so every recorded field counts either way"],
    ["ConditionalExpression", "source === undefined", "false", "without a source action the written value is undefined too, which the next test catches"],
    ["ConditionalExpression", "value !== undefined", "true", "recorded step inputs are parsed JSON, which has no undefined"],
  ]),
  ...of("validate", [
    ["BooleanLiteral", "false", "true", "shapeOk is read only when a module exists, and then it is assigned first"],
    ["ArrayDeclaration", "[]", '["Stryker was here"]', "a step name matches ^[A-Za-z0-9_-]+$ (contract), so no variable can name that extra step; an org's workflow ids cannot be that text either"],
    ["StringLiteral", '"UTC"', '""', "the zone does not change whether a 5-field pattern is valid or ever fires"],
    ["ConditionalExpression", 'zone.trim() === ""', "false", "Intl.DateTimeFormat refuses an empty or blank zone too"],
    ["MethodExpression", "zone.trim()", "zone", "Intl.DateTimeFormat refuses a blank zone too"],
    ["StringLiteral", '""', '"Stryker was here!"', "Intl.DateTimeFormat refuses an empty zone, and that text is no zone either"],
    ["Regex", "/^CronPattern:\\s*/", "/CronPattern:\\s*/", "croner 11's messages carry no 'CronPattern:' prefix, so nothing is stripped either way"],
    ["Regex", "/^CronPattern:\\s*/", "/^CronPattern:\\s/", "croner 11's messages carry no 'CronPattern:' prefix, so nothing is stripped either way"],
    ["ObjectLiteral", '{ mode: "5-part", timezone, paused: true }', "{}", "the pattern has already parsed as 5-part, a zone cannot make a date exist, and a Cron without a callback never runs"],
    ["BooleanLiteral", "true", "false", "a Cron without a callback never runs, paused or not"],
    ["Regex", "/\\/field$/", "/\\/field/", "a condition's pointer has /field only at its end"],
    ["ConditionalExpression", 'typeof current === "string"', "false", "zod never reports an issue below a string value, so the walk never goes past one"],
    ["ConditionalExpression", 'current === null || typeof current !== "object" || !Object.hasOwn(current, key)', "false", "zod reports an issue at the first missing or non-object level, so every key before the last exists"],
    ["ConditionalExpression", "j >= index", "true", "an earlier step of that name is neither this step nor a later one, so the same message follows"],
    ["EqualityOperator", "later > index", "later >= index", "later === index has returned on the line before"],
    ["ConditionalExpression", "id === this.self.id", "false", "this workflow is reached only as a cycle, reported before its targets are read"],
    ["ConditionalExpression", "!chain", "true", "a memo: the chains are the same when computed again (and lookups stay cached in edges)"],
    ["ConditionalExpression", "self === undefined", "false", "an early exit: no stored workflow has an undefined id, so the search finds nothing"],
    ["ConditionalExpression", "workflowId !== this.self.id", "true", "this workflow's own targets come from the definition, never null"],
  ]),
  ...of("verify", [
    ["MethodExpression", "expected.some(isPromise)", "expected.every(isPromise)", "one backend answers all sync or all async, and both callers await verifyRaw's answer either way"],
    ["ConditionalExpression", "isPromise(body)", "true", "awaiting a plain value gives that value"],
  ]),
  ...of("templates", [
    ["StringLiteral", '""', '"Stryker was here!"', "group 1 of the template pattern always takes part in a match, so the ?? fallback is never used"],
    ["ConditionalExpression", 'typeof value === "object"', "true", "scope values are JSON, whose numbers and booleans JSON.stringify and String write alike"],
  ]),
];
