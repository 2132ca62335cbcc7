import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { describeError, findSeverity, listSeverities, retryAfterMs, SeverityCache } from "./incident-io.ts";

describe("describeError: incident.io's error body in words", () => {
  test("type, each message with its field, and the request id", () => {
    const body = JSON.stringify({
      type: "validation_error",
      status: 422,
      request_id: "631766c4",
      errors: [
        { code: "is_required", message: "A severity is required to open an incident", source: { field: "severity_id" } },
        { code: "too_long", message: "Name is too long" },
      ],
    });
    expect(describeError(422, body)).toBe(
      "incident.io answered 422 validation_error: A severity is required to open an incident (severity_id); Name is too long [incident.io request 631766c4]",
    );
  });
  test("a code without a message, an empty list, and a body that is not JSON", () => {
    expect(describeError(401, JSON.stringify({ type: "authentication_error", errors: [{ code: "missing_authorization_material" }] }))).toBe(
      "incident.io answered 401 authentication_error: missing_authorization_material",
    );
    expect(describeError(500, JSON.stringify({ errors: [] }))).toBe("incident.io answered 500.");
    expect(describeError(502, "<html>\n Bad   gateway</html>")).toBe("incident.io answered 502: <html> Bad gateway</html>");
    expect(describeError(503, "")).toBe("incident.io answered 503.");
    expect(describeError(500, "null")).toBe("incident.io answered 500.");
  });
});

describe("retryAfterMs", () => {
  test.each([
    ["2", 2000],
    [" 0 ", 0],
    ["Sun, 06 Dec 2026 10:00:05 GMT", 5000],
    ["Sun, 06 Dec 2026 09:59:00 GMT", 0],
    ["soon", null],
    ["", null],
    [null, null],
  ] as const)("%p → %p", (value, ms) => {
    expect(retryAfterMs(value, Date.parse("2026-12-06T10:00:00Z"))).toBe(ms);
  });
});

describe("findSeverity", () => {
  const list = [
    { id: "01A", name: "Minor", rank: 1 },
    { id: "01B", name: "Major", rank: 2 },
  ];
  test("by id first, then by name in any case; unknown is null", () => {
    expect(findSeverity(list, "01B")?.name).toBe("Major");
    expect(findSeverity(list, " major ")?.id).toBe("01B");
    expect(findSeverity(list, "Critical")).toBeNull();
    expect(findSeverity([{ id: "Minor", name: "x", rank: null }, ...list], "Minor")?.name).toBe("x");
  });
});

describe("listSeverities and the cache, against a loopback server", () => {
  let calls = 0;
  let answer: () => Response = () => Response.json({ severities: [{ id: "01A", name: "Minor", rank: 1 }, { id: 5 }, { name: "no id" }] });
  const server = Bun.serve({
    hostname: "127.0.0.1",
    port: 0,
    fetch(req) {
      calls++;
      expect(req.headers.get("authorization")).toBe("Bearer k3y");
      return answer();
    },
  });
  const settings = { baseUrl: `http://127.0.0.1:${server.port}`, allowLoopback: true, timeoutMs: 2000 };
  beforeAll(() => {
    calls = 0;
  });
  afterAll(() => server.stop(true));

  test("keeps well-formed severities only; a cached list is not fetched again within the TTL", async () => {
    const cache = new SeverityCache(60_000);
    const first = await cache.get(settings, "k3y", 1_000);
    expect(first).toMatchObject({ ok: true, data: [{ id: "01A", name: "Minor", rank: 1 }] });
    await cache.get(settings, "k3y", 30_000);
    expect(calls).toBe(1);
    await cache.get(settings, "k3y", 62_000);
    expect(calls).toBe(2);
  });

  test("a failure is not cached and is retryable for 429 with its Retry-After", async () => {
    answer = () => Response.json({ type: "rate_limit_error", status: 429, errors: [{ code: "rate_limited", message: "Slow down" }] }, { status: 429, headers: { "retry-after": "3" } });
    const r = await listSeverities(settings, "k3y");
    expect(r).toMatchObject({ ok: false, status: 429, retryable: true, retryAfterMs: 3000 });
    if (!r.ok) expect(r.error).toBe("incident.io answered 429 rate_limit_error: Slow down");
    answer = () => Response.json({ nope: true });
    const shape = await listSeverities(settings, "k3y");
    expect(shape).toMatchObject({ ok: false, status: 200, retryable: false });
  });

  test("loopback is refused unless allowed (the guarded client's SSRF check)", async () => {
    const r = await listSeverities({ ...settings, allowLoopback: false }, "k3y");
    expect(r).toMatchObject({ ok: false, status: null, retryable: false });
  });
});
