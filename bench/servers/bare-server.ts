/**
 * The baseline for bench/api.ts: a bare Bun.serve answering "Hello World", in its own process. Prints one JSON
 * line ({ url }) when listening, then serves until SIGTERM/SIGINT or until stdin closes.
 */
import { exitWithParent } from "../lib.ts";
const server = Bun.serve({ hostname: "127.0.0.1", port: 0, fetch: () => new Response("Hello World") });
console.log(JSON.stringify({ url: `http://127.0.0.1:${server.port}` }));

exitWithParent(() => server.stop(true));
