/** `bun run start`: configuration from the environment, then the server, then where to go next. */
import { ConfigError, loadConfig, type Config } from "./config.ts";
import { startServer } from "./server.ts";

let config;
try {
  config = loadConfig();
} catch (e) {
  if (e instanceof ConfigError) {
    console.error(`tripwire: ${e.message}`);
    process.exit(1);
  }
  throw e;
}

/** Where the data is: the SQLite file, or the PostgreSQL server and database (never the URL's user or password). */
function describeDatabase(c: Config): string {
  if (!c.databaseUrl) return c.databasePath;
  const u = new URL(c.databaseUrl);
  return `PostgreSQL ${u.host}${u.pathname}`;
}

const server = await startServer(config);
const lines = [
  "",
  `Tripwire is running at ${server.url}`,
  `  API base:  ${server.url}/api/v1`,
  `  API docs:  ${server.url}/docs`,
  `  Database:  ${describeDatabase(config)}${config.dev ? "  (development mode)" : ""}`,
];
if (server.firstKey) {
  lines.push(
    "",
    "First start: created the organization and its owner key. It is shown this once; store it now.",
    `API key: ${server.firstKey}`,
  );
} else {
  lines.push("", "API keys: use the key printed on first start, or create one with", "  bun run cli keys create --org <org id> --name <name>");
}
lines.push("  (more organizations and keys: bun run cli --help)", "");
// Direct to stdout rather than the logger, so the key never enters log pipelines.
process.stdout.write(lines.join("\n") + "\n");

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    await server.stop();
    process.exit(0);
  });
}
