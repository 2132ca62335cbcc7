/**
 * Lints openapi.yaml with two independent rule sets: Redocly's `recommended` and Spectral's `spectral:oas`.
 * Both must report no errors.
 */
const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" };
const bin = (name: string) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;

let failed = false;
for (const cmd of [
  [bin("redocly"), "lint", "openapi.yaml", "--format=stylish"],
  [bin("spectral"), "lint", "openapi.yaml", "--fail-severity=error"],
]) {
  console.log(`$ ${cmd.slice(1).join(" ")}`);
  const p = Bun.spawnSync(["bun", ...cmd], { cwd: new URL("..", import.meta.url).pathname, env, stdout: "inherit", stderr: "inherit" });
  if (p.exitCode !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
