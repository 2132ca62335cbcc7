/**
 * Every response names the server's release and the contract version it implements (Tripwire-Version,
 * Tripwire-Contract-Version): successes with and without a key, errors (auth, validation, unknown
 * id, unknown route), idempotent replays and the docs.
 */
import { afterAll, beforeAll, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import pkg from "../package.json";
import { apiClient, startTestServer, type TestServer } from "./harness.ts";

const contract = (Bun.YAML.parse(readFileSync(join(import.meta.dir, "../../openapi.yaml"), "utf8")) as { info: { version: string } }).info.version;
let server: TestServer;
let api: ReturnType<typeof apiClient>;
beforeAll(async () => {
  server = await startTestServer();
  api = apiClient(server.baseUrl, server.apiKey);
});
afterAll(() => server.stop());

const versions = (h: Headers) => ({ server: h.get("tripwire-version"), contract: h.get("tripwire-contract-version") });
const expected = () => ({ server: pkg.version, contract });

test("the constants are the server's package.json version and openapi.yaml's info.version", async () => {
  const { VERSION, CONTRACT_VERSION } = await import("../src/version.ts");
  expect({ server: VERSION, contract: CONTRACT_VERSION }).toEqual(expected());
});

test("successes: /health (no key), an authenticated read, a create and its idempotent replay", async () => {
  expect(versions((await fetch(`${server.baseUrl}/api/v1/health`)).headers)).toEqual(expected());
  expect(versions((await api("GET", "/incidents")).headers)).toEqual(expected());
  const first = await api("POST", "/services", { name: "versioned" }, { "idempotency-key": "version-headers-1" });
  const replay = await api("POST", "/services", { name: "versioned" }, { "idempotency-key": "version-headers-1" });
  expect(replay.headers.get("idempotent-replayed")).toBe("true");
  for (const r of [first, replay]) expect(versions(r.headers)).toEqual(expected());
});

test("errors: no key (401), invalid body (422), unknown id (404), unknown route (404)", async () => {
  const responses = [
    await fetch(`${server.baseUrl}/api/v1/incidents`),
    (await api("POST", "/incidents", { title: 42 })) as { status: number; headers: Headers },
    (await api("GET", "/incidents/inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M")) as { status: number; headers: Headers },
    await fetch(`${server.baseUrl}/api/v1/no-such-thing`),
  ];
  expect(responses.map((r) => r.status)).toEqual([401, 422, 404, 404]);
  for (const r of responses) expect(versions(r.headers)).toEqual(expected());
});

test("the docs page and the served contract", async () => {
  for (const path of ["/docs", "/docs/json"]) expect(versions((await fetch(`${server.baseUrl}${path}`)).headers)).toEqual(expected());
});
