import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkDestinationUrl, guardedPost, OutboundBlockedError, type OutboundResult } from "./outbound-http.ts";

// Everything here talks to servers on 127.0.0.1 only; names are mapped there by injected resolvers.
const resolveTo =
  (...addresses: string[]) =>
  async (_host: string) =>
    addresses;
const notFound = async (host: string): Promise<string[]> => {
  throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" });
};

function expectFailure(r: OutboundResult, errorClass: Extract<OutboundResult, { ok: false }>["errorClass"], message?: RegExp) {
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.errorClass).toBe(errorClass);
  expect(r.status).toBeNull();
  expect(r.bodyExcerpt).toBe("");
  if (message) expect(r.error).toMatch(message);
}

describe("checkDestinationUrl", () => {
  test("accepts a public https URL and returns it parsed", () => {
    const url = checkDestinationUrl("https://hooks.example.com:8443/tripwire?x=1", { allowLoopback: false });
    expect(url.host).toBe("hooks.example.com:8443");
  });

  test.each([
    ["http://hooks.example.com/", /must use https:\/\//],
    ["http://127.0.0.1:8080/", /must use https:\/\//],
    ["ftp://hooks.example.com/", /must use https:\/\//],
    ["not a url", /not a valid absolute URL/],
    ["https://user:pw@example.com/", /username or password/],
    ["https://user@example.com/", /username or password/],
    ["http://169.254.169.254/latest/meta-data/", /must use https:\/\//],
    ["https://169.254.169.254/latest/meta-data/", /169\.254\.169\.254 is a private or reserved address/],
    ["https://10.0.0.1/", /10\.0\.0\.1 is a private or reserved address/],
    ["https://[::ffff:127.0.0.1]/", /private or reserved address/],
    ["https://[::1]/", /private or reserved address/],
    ["https://0x7f.1/", /127\.0\.0\.1 is a private or reserved address/],
    ["https://2130706433/", /127\.0\.0\.1 is a private or reserved address/],
    ["https://localhost/", /must not point at localhost/],
    ["https://api.localhost/", /must not point at localhost/],
    ["https://LOCALHOST./", /must not point at localhost/],
  ])("refuses %s without allowLoopback", (url, message) => {
    expect(() => checkDestinationUrl(url, { allowLoopback: false })).toThrow(OutboundBlockedError);
    expect(() => checkDestinationUrl(url, { allowLoopback: false })).toThrow(message);
  });

  test.each(["http://127.0.0.1:8080/hook", "http://127.9.9.9/", "http://[::1]:8080/", "http://localhost:3000/", "https://localhost/", "https://[::1]/"])(
    "allowLoopback accepts the loopback receiver %s",
    (url) => {
      expect(checkDestinationUrl(url, { allowLoopback: true }).href).toBe(new URL(url).href);
    },
  );

  test.each([
    ["http://hooks.example.com/", /allowed only for loopback/],
    ["http://8.8.8.8/", /allowed only for loopback/],
    ["https://169.254.169.254/", /private or reserved address/],
    ["https://192.168.1.10/", /private or reserved address/],
    ["https://user:pw@127.0.0.1/", /username or password/],
  ])("allowLoopback still refuses %s", (url, message) => {
    expect(() => checkDestinationUrl(url, { allowLoopback: true })).toThrow(message);
  });
});

describe("guardedPost over plain http on loopback", () => {
  type Seen = { path: string; host: string | null; contentType: string | null; signature: string | null; body: string };
  const seen: Seen[] = [];
  let server: ReturnType<typeof Bun.serve>;
  let base: string;
  let port: number;

  beforeAll(() => {
    server = Bun.serve({
      hostname: "127.0.0.1",
      port: 0,
      async fetch(req) {
        const path = new URL(req.url).pathname;
        seen.push({
          path,
          host: req.headers.get("host"),
          contentType: req.headers.get("content-type"),
          signature: req.headers.get("x-tripwire-signature"),
          body: await req.text(),
        });
        switch (path) {
          case "/redirect":
            return new Response(null, { status: 302, headers: { location: "/redirect-target" } });
          case "/slow":
            await Bun.sleep(1000);
            return new Response("late");
          case "/big":
            return new Response("x".repeat(5 * 1024));
          case "/multibyte":
            // 2047 ASCII bytes, then a 3-byte character straddling the 2048-byte limit.
            return new Response(`${"a".repeat(2047)}☕${"b".repeat(100)}`);
          case "/error":
            return new Response("boom", { status: 503 });
          case "/limited":
            return new Response("slow down", { status: 429, headers: { "retry-after": "120" } });
          default:
            return new Response("thanks");
        }
      },
    });
    port = server.port!;
    base = `http://127.0.0.1:${port}`;
  });
  afterAll(() => server.stop(true));

  const post = (url: string, extra: Partial<Parameters<typeof guardedPost>[0]> = {}) =>
    guardedPost({ url, body: '{"event":"ping"}', headers: { "x-tripwire-signature": "abc" }, timeoutMs: 2000, allowLoopback: true, ...extra });

  test("delivers the body and headers, defaulting content-type to application/json", async () => {
    seen.length = 0;
    const r = await post(`${base}/hook`);
    expect(r).toMatchObject({ ok: true, status: 200, bodyExcerpt: "thanks" });
    expect(r.latencyMs).toBeGreaterThanOrEqual(0);
    expect(seen).toEqual([
      { path: "/hook", host: `127.0.0.1:${port}`, contentType: "application/json", signature: "abc", body: '{"event":"ping"}' },
    ]);
  });

  test("keeps a caller's content-type", async () => {
    seen.length = 0;
    await post(`${base}/hook`, { headers: { "Content-Type": "application/cloudevents+json" } });
    expect(seen[0]?.contentType).toBe("application/cloudevents+json");
  });

  test("a non-2xx answer is a response with its status, not a transport failure", async () => {
    expect(await post(`${base}/error`)).toMatchObject({ ok: true, status: 503, bodyExcerpt: "boom", retryAfter: null });
  });

  test("an answer's Retry-After comes back as sent", async () => {
    expect(await post(`${base}/limited`)).toMatchObject({ ok: true, status: 429, retryAfter: "120" });
  });

  test("refuses http to loopback when allowLoopback is off, without connecting", async () => {
    seen.length = 0;
    expectFailure(await post(`${base}/hook`, { allowLoopback: false }), "blocked", /must use https/);
    expect(seen).toHaveLength(0);
  });

  test("dials the resolved address but sends the original Host", async () => {
    seen.length = 0;
    const r = await post(`http://hooks.test:${port}/hook`, { resolve: resolveTo("127.0.0.1") });
    expect(r).toMatchObject({ ok: true, status: 200 });
    expect(seen[0]?.host).toBe(`hooks.test:${port}`);
  });

  test("a caller cannot override the Host header", async () => {
    seen.length = 0;
    await post(`http://hooks.test:${port}/hook`, { resolve: resolveTo("127.0.0.1"), headers: { host: "internal.admin" } });
    expect(seen[0]?.host).toBe(`hooks.test:${port}`);
  });

  test("a name resolving to loopback is blocked without allowLoopback (DNS rebinding)", async () => {
    seen.length = 0;
    const r = await post(`https://rebind.example.com:${port}/hook`, { allowLoopback: false, resolve: resolveTo("127.0.0.1") });
    expectFailure(r, "blocked", /rebind\.example\.com resolves to a private address \(127\.0\.0\.1\)/);
    expect(seen).toHaveLength(0);
  });

  test("one private address among public ones blocks the call", async () => {
    const r = await post("https://mixed.example.com/hook", { allowLoopback: false, resolve: resolveTo("93.184.215.14", "10.1.2.3") });
    expectFailure(r, "blocked", /10\.1\.2\.3/);
  });

  test("allowLoopback does not open private ranges other than loopback", async () => {
    const r = await post(`http://hooks.test:${port}/hook`, { resolve: resolveTo("127.0.0.1", "192.168.0.5") });
    expectFailure(r, "blocked", /192\.168\.0\.5/);
  });

  test("plain http to a name is refused when it resolves to a public address", async () => {
    const r = await post("http://hooks.example.com/hook", { resolve: resolveTo("93.184.215.14") });
    expectFailure(r, "blocked", /must use https/);
  });

  test.each([
    ["http://169.254.169.254/latest/meta-data/", false, /must use https/],
    ["http://169.254.169.254/latest/meta-data/", true, /169\.254\.169\.254 is a private or reserved address/],
    ["https://10.0.0.1/", false, /private or reserved/],
    ["https://10.0.0.1/", true, /private or reserved/],
    ["https://[::ffff:127.0.0.1]/", false, /private or reserved/],
    ["https://user:pw@example.com/", false, /username or password/],
  ])("blocks %s (allowLoopback: %p) before any lookup", async (url, allowLoopback, message) => {
    let looked = false;
    const resolve = async () => {
      looked = true;
      return ["93.184.215.14"];
    };
    expectFailure(await post(url, { allowLoopback, resolve }), "blocked", message);
    expect(looked).toBe(false);
  });

  test("a failed lookup is a dns error", async () => {
    expectFailure(await post("https://nowhere.invalid/hook", { resolve: notFound }), "dns", /nowhere\.invalid.*ENOTFOUND/);
  });

  test("a lookup with no addresses is a dns error", async () => {
    expectFailure(await post("https://empty.example.com/hook", { resolve: resolveTo() }), "dns", /no addresses/);
  });

  test("a lookup that outlives the budget is a dns error, reported on time", async () => {
    const hang = () => new Promise<string[]>(() => {});
    const r = await post("https://slow-dns.example.com/hook", { resolve: hang, timeoutMs: 100 });
    expectFailure(r, "dns", /timed out after 100 ms/);
    expect(r.latencyMs).toBeLessThan(1000);
  });

  test("a server slower than timeoutMs is a timeout", async () => {
    const r = await post(`${base}/slow`, { timeoutMs: 200 });
    expectFailure(r, "timeout", /200 ms/);
    expect(r.latencyMs).toBeGreaterThanOrEqual(190);
    expect(r.latencyMs).toBeLessThan(900);
  });

  test("a closed port is a connect error", async () => {
    const closed = Bun.serve({ hostname: "127.0.0.1", port: 0, fetch: () => new Response() });
    const closedPort = closed.port;
    closed.stop(true);
    expectFailure(await post(`http://127.0.0.1:${closedPort}/hook`), "connect", /ECONNREFUSED/);
  });

  test("a connection reset before any answer is a connect error", async () => {
    const rude = Bun.listen({ hostname: "127.0.0.1", port: 0, socket: { open: (s) => void s.terminate(), data() {} } });
    try {
      expectFailure(await post(`http://127.0.0.1:${rude.port}/hook`), "connect", /ECONNRESET/);
    } finally {
      rude.stop(true);
    }
  });

  test("a redirect is returned as its status and never followed", async () => {
    seen.length = 0;
    const r = await post(`${base}/redirect`);
    expect(r).toMatchObject({ ok: true, status: 302 });
    expect(seen.map((s) => s.path)).toEqual(["/redirect"]);
  });

  test("keeps only the first 2048 bytes of a large body", async () => {
    const r = await post(`${base}/big`);
    expect(r.ok && r.bodyExcerpt).toBe("x".repeat(2048));
  });

  test("does not split a multi-byte character at the excerpt limit", async () => {
    const r = await post(`${base}/multibyte`);
    expect(r.ok && r.bodyExcerpt).toBe("a".repeat(2047));
  });

  test("an endless body still yields the status and an excerpt", async () => {
    const endless = Bun.serve({
      hostname: "127.0.0.1",
      port: 0,
      fetch: () =>
        new Response(
          new ReadableStream({
            async pull(c) {
              c.enqueue(new TextEncoder().encode("y".repeat(512)));
              await Bun.sleep(5);
            },
          }),
        ),
    });
    try {
      const r = await post(`http://127.0.0.1:${endless.port}/`);
      expect(r).toMatchObject({ ok: true, status: 200, bodyExcerpt: "y".repeat(2048) });
    } finally {
      endless.stop(true);
    }
  });
});

describe("guardedPost over https with a pinned address", () => {
  // A self-signed certificate for hooks.test only, trusted through `ca`.
  let dir: string;
  let cert: string;
  let server: ReturnType<typeof Bun.serve>;
  const hosts: (string | null)[] = [];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "tripwire-tls-"));
    const args = ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=hooks.test"];
    const made = Bun.spawnSync(["openssl", ...args, "-addext", "subjectAltName=DNS:hooks.test", "-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem")]);
    if (made.exitCode !== 0) throw new Error(`openssl failed: ${made.stderr.toString()}`);
    cert = readFileSync(join(dir, "cert.pem"), "utf8");
    server = Bun.serve({
      hostname: "127.0.0.1",
      port: 0,
      tls: { cert, key: readFileSync(join(dir, "key.pem"), "utf8") },
      fetch(req) {
        hosts.push(req.headers.get("host"));
        return new Response("secure");
      },
    });
  });
  afterAll(() => {
    server.stop(true);
    rmSync(dir, { recursive: true, force: true });
  });

  const post = (host: string, extra: Partial<Parameters<typeof guardedPost>[0]> = {}) =>
    guardedPost({
      url: `https://${host}:${server.port}/hook`,
      body: "{}",
      headers: {},
      timeoutMs: 5000,
      allowLoopback: true,
      resolve: resolveTo("127.0.0.1"),
      ca: cert,
      ...extra,
    });

  test("verifies the certificate against the hostname while dialling the IP", async () => {
    hosts.length = 0;
    expect(await post("hooks.test")).toMatchObject({ ok: true, status: 200, bodyExcerpt: "secure" });
    expect(hosts).toEqual([`hooks.test:${server.port}`]);
  });

  test("a certificate for another name is a tls error, even after a good connection to the same IP", async () => {
    expect((await post("hooks.test")).ok).toBe(true);
    expectFailure(await post("other.test"), "tls", /ERR_TLS_CERT_ALTNAME_INVALID/);
  });

  test("an untrusted certificate is a tls error", async () => {
    expectFailure(await post("hooks.test", { ca: undefined }), "tls", /SELF_SIGNED/);
  });

  test("an IP-literal https URL is checked against the IP, which this certificate does not cover", async () => {
    expectFailure(await post("127.0.0.1"), "tls", /ERR_TLS_CERT_ALTNAME_INVALID/);
  });

  test("a plain-http server on an https URL is a tls error", async () => {
    const plain = Bun.serve({ hostname: "127.0.0.1", port: 0, fetch: () => new Response("plain") });
    try {
      const r = await guardedPost({
        url: `https://hooks.test:${plain.port}/`,
        body: "{}",
        headers: {},
        timeoutMs: 5000,
        allowLoopback: true,
        resolve: resolveTo("127.0.0.1"),
        ca: cert,
      });
      expectFailure(r, "tls", /EPROTO/);
    } finally {
      plain.stop(true);
    }
  });
});

describe("development overrides (TRIPWIRE_DEV_OUTBOUND_OVERRIDES)", () => {
  test("a listed origin goes to its loopback origin with path, query and the original Host; others are untouched", async () => {
    const seen: { url: string; host: string | null }[] = [];
    const server = Bun.serve({
      hostname: "127.0.0.1",
      port: 0,
      fetch(req) {
        seen.push({ url: new URL(req.url).pathname + new URL(req.url).search, host: req.headers.get("host") });
        return new Response("ok");
      },
    });
    try {
      const overrides = new Map([["https://api.example.com", `http://127.0.0.1:${server.port}`]]);
      const r = await guardedPost({ url: "https://api.example.com/generate-report?day=1", body: "{}", headers: {}, timeoutMs: 2000, allowLoopback: true, overrides });
      expect(r).toEqual(expect.objectContaining({ ok: true, status: 200 }));
      expect(seen).toEqual([{ url: "/generate-report?day=1", host: "api.example.com" }]);
      // Another origin is not rewritten: it is checked (and here refused) as usual.
      const other = await guardedPost({ url: "https://other.example.com/x", body: "{}", headers: {}, timeoutMs: 2000, allowLoopback: true, overrides, resolve: notFound });
      expectFailure(other, "dns");
      expect(seen).toHaveLength(1);
    } finally {
      server.stop(true);
    }
  });
});
