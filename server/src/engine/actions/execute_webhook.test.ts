import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "bun:test";
import { Webhook as StandardWebhook } from "standardwebhooks";
import { generateWebhookSecret, tripwireSignature } from "../../outbound/signing.ts";
import { VERSION } from "../../version.ts";
import { executeWebhookAction as action, defaultBody, signingId, WebhookActionError } from "./execute_webhook.ts";
import { type Fixture, fixture, issues, output } from "./test-support.ts";

// A real receiver on loopback; the fixture's delivery settings allow loopback (as in development and tests).
type Seen = { method: string; path: string; headers: Record<string, string>; body: string };
const seen: Seen[] = [];
let server: ReturnType<typeof Bun.serve>;
let base: string;

beforeAll(() => {
  server = Bun.serve({
    hostname: "127.0.0.1",
    port: 0,
    async fetch(req) {
      const url = new URL(req.url);
      seen.push({ method: req.method, path: url.pathname, headers: Object.fromEntries(req.headers), body: await req.text() });
      switch (url.pathname) {
        case "/ok":
          return Response.json({ received: true, ticket: "OPS-42" });
        case "/accepted":
          return new Response(null, { status: 202 });
        case "/unavailable":
          return new Response("down for\nmaintenance", { status: 503 });
        case "/moved":
          return new Response(null, { status: 302, headers: { location: "http://169.254.169.254/" } });
        case "/slow":
          await Bun.sleep(2_000);
          return new Response("late");
        default:
          return new Response("no such hook", { status: 404 });
      }
    },
  });
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(() => server.stop(true));

let f: Fixture;
beforeEach(async () => {
  seen.length = 0;
  f = await fixture({ timeoutMs: 5_000, allowLoopback: true });
});
afterEach(() => f.close());

const incident = { id: "inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M", title: "Checkout API returns 502", severity: "critical" };

describe("sending", () => {
  test("POSTs the run's data as JSON and outputs status, latency and the response excerpt", async () => {
    const ctx = f.ctx({ incident, severity: "critical", steps: { open: { id: incident.id } } });
    const out = output(await f.run(action, { url: `${base}/ok` }, ctx));
    expect(out).toEqual({ status: 200, latency_ms: expect.any(Number), response_excerpt: '{"received":true,"ticket":"OPS-42"}' });

    expect(seen).toHaveLength(1);
    const req = seen[0]!;
    expect(req.method).toBe("POST");
    expect(req.headers["content-type"]).toBe("application/json");
    expect(req.headers["user-agent"]).toBe(`Tripwire-Workflows/${VERSION}`);
    expect(req.headers["idempotency-key"]).toBe(ctx.idempotencyKey);
    expect(req.headers["webhook-signature"]).toBeUndefined();
    expect(JSON.parse(req.body)).toEqual({
      workflow: ctx.scope.workflow,
      run: ctx.scope.run,
      timestamp: ctx.scope.timestamp,
      event: { incident, severity: "critical" },
      steps: { open: { id: incident.id } },
    });
  });

  test("sends the configured body and headers; any 2xx is success", async () => {
    const out = output(
      await f.run(action, { url: `${base}/accepted`, method: "post", headers: { Authorization: "Bearer t0k", "X-Team": "payments" }, body: { text: "sev1: Checkout", n: [1, 2] } }),
    );
    expect(out).toMatchObject({ status: 202, response_excerpt: "" });
    expect(seen[0]?.headers.authorization).toBe("Bearer t0k");
    expect(seen[0]?.headers["x-team"]).toBe("payments");
    expect(seen[0]?.body).toBe('{"text":"sev1: Checkout","n":[1,2]}');
  });

  test("a header value rendered from a whole template as a number is sent as text", async () => {
    output(await f.run(action, { url: `${base}/ok`, headers: { "X-Error-Count": 120 } }));
    expect(seen[0]?.headers["x-error-count"]).toBe("120");
  });

  test("a configured content-type is kept (the body is still JSON)", async () => {
    output(await f.run(action, { url: `${base}/ok`, headers: { "Content-Type": "application/vnd.api+json" }, body: {} }));
    expect(seen[0]?.headers["content-type"]).toBe("application/vnd.api+json");
  });

  test("with a secret the request is signed like a Tripwire delivery, verifiable with standardwebhooks", async () => {
    const secret = generateWebhookSecret();
    // The consumer libraries check the timestamp against the real clock.
    const ctx = f.ctx({ incident }, { nowMs: Date.now() });
    output(await f.run(action, { url: `${base}/ok`, secret }, ctx));
    const req = seen[0]!;
    expect(req.headers["webhook-id"]).toBe(ctx.idempotencyKey);
    expect(new StandardWebhook(secret).verify(req.body, req.headers)).toEqual(JSON.parse(req.body));
    expect(req.headers["x-tripwire-signature"]).toBe(tripwireSignature(secret, req.body));
  });

  test("a retry of the same step sends the same idempotency key and webhook-id", async () => {
    const secret = generateWebhookSecret();
    const ctx = f.ctx();
    output(await f.run(action, { url: `${base}/ok`, secret }, ctx));
    output(await f.run(action, { url: `${base}/ok`, secret }, { ...ctx, nowMs: ctx.nowMs + 60_000 }));
    expect(seen.map((s) => s.headers["idempotency-key"])).toEqual([ctx.idempotencyKey, ctx.idempotencyKey]);
    expect(new Set(seen.map((s) => s.headers["webhook-id"])).size).toBe(1);
  });

  test("the signed id never contains a dot (Standard Webhooks joins on it)", () => {
    expect(signingId("run_01J:3")).toBe("run_01J:3");
    expect(signingId("run.01J:3 x")).toBe("run_01J:3_x");
  });
});

describe("failures", () => {
  test("a non-2xx answer fails naming the status and the start of the body", async () => {
    const err = await f.run(action, { url: `${base}/unavailable` }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WebhookActionError);
    expect((err as WebhookActionError).message).toBe("The endpoint answered 503: down for maintenance");
    expect(err).toMatchObject({ errorClass: "http", status: 503 });
  });

  test("a redirect is not followed and fails", async () => {
    await expect(f.run(action, { url: `${base}/moved` })).rejects.toThrow("The endpoint answered 302 (redirects are not followed).");
    expect(seen.map((s) => s.path)).toEqual(["/moved"]);
  });

  test("no answer within the delivery timeout fails with the timeout class", async () => {
    const quick = await fixture({ timeoutMs: 150, allowLoopback: true });
    try {
      const err = await quick.run(action, { url: `${base}/slow` }).catch((e: unknown) => e);
      expect(err).toMatchObject({ errorClass: "timeout", status: null });
      expect((err as Error).message).toMatch(/^Webhook failed \(timeout\): No response from 127\.0\.0\.1 within 150 ms\.$/);
    } finally {
      quick.close();
    }
  });

  test("a refused connection fails with the connect class", async () => {
    const closed = Bun.serve({ hostname: "127.0.0.1", port: 0, fetch: () => new Response() });
    const url = `http://127.0.0.1:${closed.port}/`;
    closed.stop(true);
    await expect(f.run(action, { url })).rejects.toThrow(/^Webhook failed \(connect\): Could not connect to 127\.0\.0\.1/);
  });

  test("https is required when loopback is not allowed, and loopback is refused", async () => {
    const strict = await fixture({ allowLoopback: false });
    try {
      await expect(strict.run(action, { url: `${base}/ok` })).rejects.toThrow("Webhook failed (blocked): Webhook URLs must use https://.");
      await expect(strict.run(action, { url: `https://127.0.0.1:${server.port}/ok` })).rejects.toThrow(
        /Webhook failed \(blocked\): .*127\.0\.0\.1 is a private or reserved address/,
      );
      await expect(strict.run(action, { url: "https://metadata.internal/" }, strict.ctx({}, {
        deps: { ...strict.deps, delivery: { ...strict.deps.delivery, resolve: async () => ["169.254.169.254"] } },
      }))).rejects.toThrow(/resolves to a private address \(169\.254\.169\.254\)/);
      expect(seen).toHaveLength(0);
    } finally {
      strict.close();
    }
  });

  test("a header value that rendered with a line break fails before anything is sent", async () => {
    await expect(action.run({ url: `${base}/ok`, headers: { "X-Title": "a\r\nInjected: 1" } }, f.ctx())).rejects.toThrow("Header X-Title contains a line break");
    expect(seen).toHaveLength(0);
  });

  test("a secret that rendered to nothing refuses to send unsigned", async () => {
    await expect(f.run(action, { url: `${base}/ok`, secret: null })).rejects.toThrow("refusing to send unsigned");
    await expect(action.run({ url: `${base}/ok`, secret: "" }, f.ctx())).rejects.toThrow("refusing to send unsigned");
    expect(seen).toHaveLength(0);
  });

  test("a url that is still a template after rendering fails without sending", async () => {
    await expect(action.run({ url: "{{payload.url}}" }, f.ctx())).rejects.toThrow("url is not a URL after rendering");
  });
});

describe("configuration", () => {
  test("url is required and must be an http(s) URL or a template", () => {
    expect(issues(action, {})).toEqual([expect.stringMatching(/^url: /)]);
    expect(issues(action, { url: "hooks.example.com/x" })).toEqual(["url: Must be an absolute https:// URL."]);
    expect(issues(action, { url: "ftp://hooks.example.com/x" })).toEqual(["url: Must be an absolute https:// URL."]);
    expect(issues(action, { url: "https://hooks.example.com/{{service.name}}" })).toEqual([]);
    expect(issues(action, { url: "{{payload.callback_url}}" })).toEqual([]);
  });

  test("only POST is supported, and says why", () => {
    expect(issues(action, { url: "https://hooks.example.com/", method: "PUT" })).toEqual([
      "method: Only POST is supported (the guarded outbound client sends POST only).",
    ]);
  });

  test("headers Tripwire sets, malformed names and line breaks are refused", () => {
    expect(
      issues(action, { url: "https://h.example.com/", headers: { "Idempotency-Key": "x", Host: "evil", "Bad Name": "v", "X-Ok": "a\nb" } }),
    ).toEqual([
      "headers.Idempotency-Key: Idempotency-Key is set by Tripwire.",
      "headers.Host: Host is set by Tripwire.",
      'headers.Bad Name: "Bad Name" is not a valid header name.',
      "headers.X-Ok: Header values must not contain line breaks.",
    ]);
  });

  test("secret must be a whsec_ webhook secret", () => {
    expect(issues(action, { url: "https://h.example.com/", secret: "hunter2" })).toEqual([
      "secret: Must be a webhook secret: whsec_ + base64 of 24 to 64 bytes.",
    ]);
    expect(issues(action, { url: "https://h.example.com/", secret: generateWebhookSecret() })).toEqual([]);
  });

  test("is an external action", () => {
    expect(action.effects).toBe("external");
  });

  test("the default body keeps workflow, run, timestamp and steps out of event", () => {
    expect(defaultBody({ workflow: { id: "w" }, run: { id: "r" }, timestamp: "t", incident: { id: "i" }, changes: {} })).toEqual({
      workflow: { id: "w" },
      run: { id: "r" },
      timestamp: "t",
      event: { incident: { id: "i" }, changes: {} },
      steps: {},
    });
  });
});
