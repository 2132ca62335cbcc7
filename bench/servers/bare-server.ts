/**
 * The baseline for bench/api.ts: a bare Bun.serve answering "Hello World", in its own process. Prints one JSON
 * line ({ url }) when listening, then serves until SIGTERM/SIGINT or until stdin closes.
 */
const server = Bun.serve({ hostname: "127.0.0.1", port: 0, fetch: () => new Response("Hello World") });
console.log(JSON.stringify({ url: `http://127.0.0.1:${server.port}` }));

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await server.stop(true);
  process.exit(0);
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
(async () => {
  // Nothing is sent on stdin; it only closes when the parent goes away.
  const reader = Bun.stdin.stream().getReader();
  while (!(await reader.read()).done) {}
  await stop();
})();
