/**
 * Administration from the shell, against the same database the server uses (TRIPWIRE_DATABASE):
 *   bun run cli orgs create --name "Acme"          a new organization and its owner key
 *   bun run cli orgs list
 *   bun run cli keys create --org org_… --name ci [--scopes incidents:read,incidents:write] [--expires 2027-01-01T00:00:00Z]
 *   bun run cli keys list --org org_…
 *   bun run cli keys revoke --org org_… --id key_…
 *   bun run cli jobs dead [--limit 20]               queued work given up on (unknown kind, malformed, failing)
 *   bun run cli db vacuum                            rewrites the database file: gives free space back, and switches a
 *                                                    database made before retention to incremental vacuum (stop the
 *                                                    server first; it takes a while on a big file)
 *   bun run cli db copy --from <sqlite file> --to <postgres url>
 *                                                    copies every table into an empty PostgreSQL database (stop the
 *                                                    server first); secrets stay sealed with the same key
 * Secrets are printed once, to stdout, and never logged.
 */
import { parseArgs } from "node:util";
import { systemClock } from "./clock.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { createApiKey, createOrganizationWithOwnerKey, listApiKeys, revokeApiKey } from "./domain/api-keys.ts";
import type { Actor } from "./domain/context.ts";
import { ApiError } from "./errors.ts";
import { zScope } from "./generated/zod.gen.ts";
import { CopyError, copySqliteToPostgres } from "./store/copy.ts";
import { openPostgresStore } from "./store/postgres/store.ts";
import { openSqliteStore } from "./store/sqlite/store.ts";
import type { Store } from "./store/types.ts";
import type { Scope } from "./types.ts";

const USAGE = `usage:
  bun run cli orgs create --name <name>
  bun run cli orgs list
  bun run cli keys create --org <org id> --name <name> [--scopes a,b] [--expires <ISO time>]
  bun run cli keys list --org <org id>
  bun run cli keys revoke --org <org id> --id <key id>
  bun run cli jobs dead [--limit <n>]
  bun run cli db vacuum
  bun run cli db copy --from <sqlite file> --to <postgres url>`;

const { values, positionals } = parseArgs({
  args: Bun.argv.slice(2),
  allowPositionals: true,
  options: {
    name: { type: "string" },
    org: { type: "string" },
    id: { type: "string" },
    scopes: { type: "string" },
    expires: { type: "string" },
    limit: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
});

function fail(msg: string): never {
  console.error(`tripwire cli: ${msg}\n\n${USAGE}`);
  process.exit(2);
}

const [noun, verb] = positionals;
if (values.help || !noun) {
  console.log(USAGE);
  process.exit(0);
}

// Copying names both databases itself, and opens neither as "the" store.
if (noun === "db" && verb === "copy") {
  if (!values.from || !values.to) fail("--from <sqlite file> and --to <postgres url> are required");
  if (!/^postgres(ql)?:\/\//i.test(values.to)) fail("--to must be a postgres:// or postgresql:// URL");
  if (!(await Bun.file(values.from).exists())) fail(`no SQLite database at ${values.from}`);
  try {
    const counts = await copySqliteToPostgres(values.from, values.to);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    console.log(`Copied ${total} row(s) in ${Object.keys(counts).length} table(s) from ${values.from}:`);
    for (const [table, n] of Object.entries(counts)) if (n > 0) console.log(`  ${table}: ${n}`);
    console.log(
      "Secrets were copied sealed: run every server on this database with TRIPWIRE_SECRET_KEY set to the key the SQLite server used (TRIPWIRE_SECRET_KEY, else the tripwire.key file beside its database).",
    );
    process.exit(0);
  } catch (e) {
    if (!(e instanceof CopyError)) throw e;
    console.error(`tripwire cli: db copy: ${e.message}`);
    process.exit(1);
  }
}

let databasePath: string;
let databaseUrl: string | undefined;
try {
  ({ databasePath, databaseUrl } = loadConfig());
} catch (e) {
  if (!(e instanceof ConfigError)) throw e;
  console.error(`tripwire cli: ${e.message}`);
  process.exit(1);
}
// The same store the server uses: PostgreSQL when TRIPWIRE_DATABASE_URL is set.
const store: Store = databaseUrl ? await openPostgresStore(databaseUrl) : openSqliteStore(databasePath);
const deps = { store, clock: systemClock };
const actorFor = async (orgId: string | undefined): Promise<Actor> => {
  if (!orgId) fail("--org is required");
  if (!(await store.organizations.get(orgId))) fail(`no organization ${orgId}`);
  return { orgId, source: "manual", causedBy: null };
};

try {
  if (noun === "orgs" && verb === "create") {
    if (!values.name) fail("--name is required");
    const { organization, key } = await createOrganizationWithOwnerKey(deps, values.name);
    console.log(`Organization: ${organization.id} (${organization.name})`);
    console.log(`API key: ${key.secret}`);
  } else if (noun === "orgs" && verb === "list") {
    for (const o of await store.organizations.list()) console.log(`${o.id}  ${o.name}  created ${o.created_at}`);
  } else if (noun === "keys" && verb === "create") {
    const actor = await actorFor(values.org);
    if (!values.name) fail("--name is required");
    const scopes = (values.scopes ?? "*").split(",").map((s) => s.trim());
    for (const s of scopes) if (!zScope.safeParse(s).success) fail(`unknown scope "${s}"; scopes: ${zScope.options.join(", ")}`);
    const key = await createApiKey(deps, actor, ["*"], { name: values.name, scopes: scopes as Scope[], expires_at: values.expires ?? null });
    console.log(`Key: ${key.id} (${key.scopes.join(", ")})`);
    console.log(`API key: ${key.secret}`);
  } else if (noun === "keys" && verb === "list") {
    const actor = await actorFor(values.org);
    const page = await listApiKeys(deps, actor, { limit: 100 });
    for (const k of page.items) console.log(`${k.id}  ${k.prefix}…  ${k.name}  [${k.scopes.join(",")}]${k.revoked_at ? "  revoked" : ""}`);
  } else if (noun === "keys" && verb === "revoke") {
    const actor = await actorFor(values.org);
    if (!values.id) fail("--id is required");
    await revokeApiKey(deps, actor, ["*"], values.id);
    console.log(`Revoked ${values.id}`);
  } else if (noun === "jobs" && verb === "dead") {
    const limit = Number(values.limit ?? 20);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) fail("--limit must be an integer from 1 to 1000");
    const dead = await store.jobs.dead(limit);
    if (dead.length === 0) console.log("No dead jobs.");
    for (const d of dead) console.log(`${new Date(d.deadAtMs).toISOString()}  ${d.kind}  ${d.id}  after ${d.attempts} attempt(s): ${d.error}`);
  } else if (noun === "db" && verb === "vacuum") {
    const size = () => Bun.file(databasePath).size;
    const before = size();
    await store.scrubFreedSpace();
    console.log(`Vacuumed ${databasePath}: ${(before / 1048576).toFixed(1)} MB -> ${(size() / 1048576).toFixed(1)} MB; freed space is now given back as retention prunes (auto_vacuum = INCREMENTAL).`);
  } else {
    fail(`unknown command "${positionals.join(" ")}"`);
  }
} catch (e) {
  if (e instanceof ApiError) fail(e.detail);
  throw e;
} finally {
  store.close();
}
