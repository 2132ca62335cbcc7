/** Signed outbound webhooks, end to end: real server, real loopback receivers, independent verifiers. */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { createHmac } from "node:crypto";
import { Webhook as StandardWebhook } from "standardwebhooks";
import { Webhook as SvixWebhook } from "svix";
import { zDelivery, zWebhook, zWebhookTestResult, zWebhookWithSecret } from "../src/generated/zod.gen.ts";
import { startReceiver } from "./receiver.ts";
import { apiClient, startTestServer, type TestServer } from "./harness.ts";
import { waitFor } from "./wait.ts";

let server: TestServer;
let api: ReturnType<typeof apiClient>;
beforeAll(async () => {
  // Retries 50 ms apart instead of minutes: the schedule is configuration, so tests never sleep for real delays.
  server = await startTestServer({ env: { TRIPWIRE_WEBHOOK_RETRY_SCHEDULE: "0.05,0.05,0.05", TRIPWIRE_RATE_LIMIT: "100000" } });
  api = apiClient(server.baseUrl, server.apiKey);
});
afterAll(() => server.stop());

describe("subscriptions", () => {
  test("the secret is generated, shown once, and stored encrypted", async () => {
    const res = await api("POST", "/webhooks", { url: "http://127.0.0.1:9/hook", description: "x" });
    expect(res.status).toBe(201);
    const created = zWebhookWithSecret.parse(res.body);
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(created.events).toEqual(["*"]);
    const got = await api("GET", `/webhooks/${created.id}`);
    zWebhook.parse(got.body);
    expect(got.body.secret).toBeUndefined();
    const list = await api("GET", "/webhooks?limit=100");
    expect(JSON.stringify(list.body)).not.toContain(created.secret);
    const dump = JSON.stringify(await server.query("SELECT * FROM webhooks"));
    expect(dump).not.toContain(created.secret);
    expect(dump).not.toContain(created.secret.slice(6));
  });

  test("a given secret must be whsec_ + base64 of 24–64 bytes", async () => {
    const ok = "whsec_" + Buffer.alloc(32, 3).toString("base64");
    expect((await api("POST", "/webhooks", { url: "http://127.0.0.1:9/", secret: ok })).body.secret).toBe(ok);
    const bad = await api("POST", "/webhooks", { url: "http://127.0.0.1:9/", secret: "hunter2" });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].pointer).toBe("#/secret");
  });

  test("custom headers cannot override the signature or Tripwire's own headers", async () => {
    const res = await api("POST", "/webhooks", { url: "http://127.0.0.1:9/", headers: { "X-Tripwire-Signature": "x", "webhook-id": "y", "bad name": "z" } });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(["#/headers/X-Tripwire-Signature", "#/headers/bad name", "#/headers/webhook-id"]);
  });

  test("in production mode, http:// and private or loopback destinations are refused", async () => {
    const prod = await startTestServer({ env: { TRIPWIRE_DEV: "0" } });
    try {
      const p = apiClient(prod.baseUrl, prod.apiKey);
      for (const url of ["http://example.com/hook", "http://127.0.0.1:8080/hook", "https://127.0.0.1/hook", "https://10.1.2.3/hook", "https://169.254.169.254/latest/meta-data", "https://[::1]/hook", "https://localhost/hook", "https://user:pw@example.com/hook"]) {
        const res = await p("POST", "/webhooks", { url });
        expect(res.status, url).toBe(422);
        expect(res.body.errors[0].pointer).toBe("#/url");
      }
      expect((await p("POST", "/webhooks", { url: "https://hooks.example.com/tripwire" })).status).toBe(201);
    } finally {
      await prod.stop();
    }
  });
});

describe("custom header values are sealed", () => {
  const REFERENCE = /^tw_sealed_v1\.[A-Za-z0-9_-]{12}$/;
  test("stored encrypted, shown as references everywhere, sent for real; a reference sent back keeps the value", async () => {
    const rx = startReceiver();
    try {
      const token = `Bearer tok_${crypto.randomUUID().replaceAll("-", "")}`;
      const created = await api("POST", "/webhooks", { url: rx.url, headers: { Authorization: token, "X-Team": "payments" } });
      expect(created.status).toBe(201);
      const wh = zWebhookWithSecret.parse(created.body);
      expect(wh.headers.Authorization).toMatch(REFERENCE);
      expect(wh.headers["X-Team"]).toMatch(REFERENCE);
      const got = await api("GET", `/webhooks/${wh.id}`);
      expect(zWebhook.parse(got.body).headers).toEqual(wh.headers);
      const list = await api("GET", "/webhooks?limit=100");
      for (const res of [created, got, list]) expect(JSON.stringify(res.body)).not.toContain(token.slice(7));
      const dump = JSON.stringify(await server.query("SELECT * FROM webhooks WHERE id = ?", wh.id));
      expect(dump).toContain("tw_sealed_v1.");
      expect(dump).not.toContain(token.slice(7));

      // Sent for real (the test endpoint and a delivery).
      expect((await api("POST", `/webhooks/${wh.id}/test`)).body.success).toBe(true);
      expect(rx.received[0]!.headers.authorization).toBe(token);
      expect(rx.received[0]!.headers["x-team"]).toBe("payments");

      // PATCH with the references as shown keeps both values; a new value replaces one; an unknown reference is a 422.
      const kept = await api("PATCH", `/webhooks/${wh.id}`, { headers: { ...wh.headers, "X-Env": "prod" } });
      expect(kept.status).toBe(200);
      expect(kept.body.headers.Authorization).toBe(wh.headers.Authorization);
      expect(kept.body.headers["X-Env"]).toMatch(REFERENCE);
      await api("POST", `/webhooks/${wh.id}/test`);
      expect(rx.received[1]!.headers.authorization).toBe(token);
      expect(rx.received[1]!.headers["x-env"]).toBe("prod");
      const bad = await api("PATCH", `/webhooks/${wh.id}`, { headers: { Authorization: "tw_sealed_v1.AAAAAAAAAAAA" } });
      expect(bad.status).toBe(422);
      expect(bad.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(["#/headers/Authorization"]);
      const replaced = await api("PATCH", `/webhooks/${wh.id}`, { headers: { Authorization: "Bearer new" } });
      expect(replaced.body.headers.Authorization).not.toBe(wh.headers.Authorization);
      await api("POST", `/webhooks/${wh.id}/test`);
      expect(rx.received[2]!.headers.authorization).toBe("Bearer new");
      expect(rx.received[2]!.headers["x-team"]).toBeUndefined();
    } finally {
      rx.stop();
    }
  });
});

describe("deliveries", () => {
  test("each subscribed event arrives once, signed in both schemes, with the custom headers", async () => {
    const rx = startReceiver();
    try {
      const wh = (await api("POST", "/webhooks", { url: rx.url, events: ["incident.created", "incident.resolved"], headers: { "X-Team": "payments" } })).body;
      const inc = (await api("POST", "/incidents", { title: "Signed" })).body;
      await api("PATCH", `/incidents/${inc.id}`, { severity: "major" }); // incident.updated: not subscribed
      await api("POST", `/incidents/${inc.id}/resolve`);
      const [created, resolved] = await rx.waitFor(2);
      await Bun.sleep(100);
      expect(rx.received).toHaveLength(2);

      const body = JSON.parse(created!.body);
      expect(Object.keys(body)).toEqual(["id", "event", "timestamp", "data"]);
      expect(body).toEqual({ id: expect.stringMatching(/^evt_/), event: "incident.created", timestamp: expect.any(String), data: expect.objectContaining({ id: inc.id, services: [] }) });
      expect(JSON.parse(resolved!.body).event).toBe("incident.resolved");

      const h = created!.headers;
      expect(h["user-agent"]).toMatch(/^Tripwire-Webhooks\/\d/);
      expect(h["x-team"]).toBe("payments");
      expect(h["content-type"]).toBe("application/json");
      expect(h["webhook-id"]).toBe(body.id);
      expect(Math.abs(Number(h["webhook-timestamp"]) - Date.now() / 1000)).toBeLessThan(30);
      // Scheme 1: hex HMAC of the raw body, checked with node:crypto.
      expect(h["x-tripwire-signature"]).toBe(createHmac("sha256", wh.secret).update(created!.body).digest("hex"));
      // Scheme 2: Standard Webhooks, checked with two independent implementations.
      expect((new StandardWebhook(wh.secret).verify(created!.body, h) as { id: string }).id).toBe(body.id);
      expect(() => new SvixWebhook(wh.secret).verify(created!.body, h)).not.toThrow();
      expect(() => new StandardWebhook(wh.secret).verify(created!.body.replace("Signed", "Forged"), h)).toThrow();

      // The log records each attempt in the transaction after the response came back: wait for both.
      const log = await waitFor(async () => {
        const r = await api("GET", `/webhooks/${wh.id}/deliveries`);
        return r.body.data.every((d: { status: string }) => d.status !== "pending") && r;
      });
      expect(log.body.data).toHaveLength(2);
      for (const d of log.body.data) {
        zDelivery.parse(d);
        expect(d).toEqual(expect.objectContaining({ status: "succeeded", attempt_count: 1, test: false, next_attempt_at: null }));
        expect(d.attempts[0]).toEqual(expect.objectContaining({ number: 1, status_code: 200, response_excerpt: "ok", error_class: null }));
      }
    } finally {
      rx.stop();
    }
  });

  test("non-2xx answers are retried on the schedule with the same event id, and the log shows every attempt", async () => {
    const rx = startReceiver((n) => (n < 3 ? new Response("x".repeat(5000), { status: 503 }) : new Response("fine")));
    try {
      const wh = (await api("POST", "/webhooks", { url: rx.url, events: ["service.created"] })).body;
      await api("POST", "/services", { name: "retry-svc" });
      const got = await rx.waitFor(3);
      expect(new Set(got.map((r) => r.headers["webhook-id"])).size).toBe(1);
      expect(new Set(got.map((r) => r.body)).size).toBe(1);
      const d = await waitFor(async () => {
        const l = await api("GET", `/webhooks/${wh.id}/deliveries`);
        return l.body.data[0]?.status === "succeeded" && l.body.data[0];
      });
      expect(d.attempt_count).toBe(3);
      expect(d.attempts.map((a: { status_code: number }) => a.status_code)).toEqual([503, 503, 200]);
      expect(d.attempts[0].error_class).toBe("http");
      expect(d.attempts[0].response_excerpt).toHaveLength(2048);
      const one = await api("GET", `/webhooks/${wh.id}/deliveries/${d.id}`);
      expect(one.body.attempts).toHaveLength(3);
    } finally {
      rx.stop();
    }
  });

  test("when the last retry fails the endpoint is disabled, the owner is told, and one call re-enables it", async () => {
    const failing = startReceiver(() => new Response("down", { status: 500 }));
    const watcher = startReceiver();
    try {
      const bad = (await api("POST", "/webhooks", { url: failing.url, events: ["member.created"] })).body;
      await api("POST", "/webhooks", { url: watcher.url, events: ["webhook.disabled"] });
      await api("POST", "/members", { name: "Ada", email: `ada-${Date.now()}@example.com` });
      await failing.waitFor(4); // 1 attempt + 3 retries
      const disabled = await waitFor(async () => {
        const w = (await api("GET", `/webhooks/${bad.id}`)).body;
        return !w.is_active && w;
      });
      expect(disabled.disabled_reason).toContain("failed 4 times");
      expect(disabled.disabled_at).not.toBeNull();
      // Endpoints of earlier tests (events ["*"] at a closed port) may be disabled too: find this one's note.
      const note = await waitFor(async () => watcher.received.find((r) => JSON.parse(r.body).data?.id === bad.id));
      expect(JSON.parse(note.body)).toEqual(expect.objectContaining({ event: "webhook.disabled", data: expect.objectContaining({ id: bad.id, url: bad.url, is_active: false, reason: disabled.disabled_reason, last_error: "The endpoint answered 500." }) }));
      const events = await api("GET", `/events?type=webhook.disabled&resource_id=${bad.id}`);
      expect(events.body.data).toHaveLength(1);
      const log = await api("GET", `/webhooks/${bad.id}/deliveries?status=failed`);
      expect(log.body.data[0].attempts).toHaveLength(4);

      const again = await api("PATCH", `/webhooks/${bad.id}`, { is_active: true });
      expect(again.body).toEqual(expect.objectContaining({ is_active: true, disabled_reason: null, disabled_at: null }));
    } finally {
      failing.stop();
      watcher.stop();
    }
  });

  test("410 Gone disables the endpoint at once", async () => {
    const rx = startReceiver(() => new Response("gone", { status: 410 }));
    try {
      const wh = (await api("POST", "/webhooks", { url: rx.url, events: ["service.created"] })).body;
      await api("POST", "/services", { name: `gone-${Date.now()}` });
      await rx.waitFor(1);
      const w = await waitFor(async () => {
        const b = (await api("GET", `/webhooks/${wh.id}`)).body;
        return !b.is_active && b;
      });
      expect(w.disabled_reason).toContain("410");
      await Bun.sleep(200);
      expect(rx.received).toHaveLength(1);
    } finally {
      rx.stop();
    }
  });

  test("a slow endpoint does not hold up another endpoint or the API", async () => {
    const slow = startReceiver(async () => {
      await Bun.sleep(1500);
      return new Response("late");
    });
    const fast = startReceiver();
    try {
      await api("POST", "/webhooks", { url: slow.url, events: ["service.created"] });
      await api("POST", "/webhooks", { url: fast.url, events: ["service.created"] });
      const t0 = Date.now();
      for (let i = 0; i < 5; i++) await api("POST", "/services", { name: `parallel-${Date.now()}-${i}` });
      expect(Date.now() - t0).toBeLessThan(500);
      await fast.waitFor(5, 1000);
      expect(Date.now() - t0).toBeLessThan(1200);
      expect(slow.received.length).toBeLessThan(5 + 1);
    } finally {
      slow.stop();
      fast.stop();
    }
  });

  test("a deleted endpoint receives nothing more", async () => {
    const rx = startReceiver();
    try {
      const wh = (await api("POST", "/webhooks", { url: rx.url, events: ["service.created"] })).body;
      expect((await api("DELETE", `/webhooks/${wh.id}`)).status).toBe(204);
      await api("POST", "/services", { name: `after-delete-${Date.now()}` });
      await server.drainOutbox();
      await Bun.sleep(150);
      expect(rx.received).toHaveLength(0);
      expect((await api("GET", `/webhooks/${wh.id}`)).status).toBe(404);
    } finally {
      rx.stop();
    }
  });
});

describe("rotation", () => {
  test("during the overlap every delivery is signed with both secrets; X-Tripwire-Signature uses the new one", async () => {
    const rx = startReceiver();
    try {
      const wh = (await api("POST", "/webhooks", { url: rx.url, events: ["service.created"] })).body;
      const rotated = await api("POST", `/webhooks/${wh.id}/rotate-secret`, { overlap_seconds: 3600 });
      expect(rotated.status).toBe(200);
      const next = zWebhookWithSecret.parse(rotated.body);
      expect(next.secret).not.toBe(wh.secret);
      expect(Date.parse(next.previous_secret_expires_at!)).toBeGreaterThan(Date.now() + 3500_000);
      await api("POST", "/services", { name: `rotated-${Date.now()}` });
      const [r] = await rx.waitFor(1);
      expect(r!.headers["webhook-signature"]!.split(" ")).toHaveLength(2);
      expect(() => new StandardWebhook(wh.secret).verify(r!.body, r!.headers)).not.toThrow();
      expect(() => new StandardWebhook(next.secret).verify(r!.body, r!.headers)).not.toThrow();
      expect(r!.headers["x-tripwire-signature"]).toBe(createHmac("sha256", next.secret).update(r!.body).digest("hex"));
    } finally {
      rx.stop();
    }
  });

  test("with no overlap the old secret stops signing at once", async () => {
    const rx = startReceiver();
    try {
      const wh = (await api("POST", "/webhooks", { url: rx.url, events: ["service.created"] })).body;
      const next = (await api("POST", `/webhooks/${wh.id}/rotate-secret`, { overlap_seconds: 0 })).body;
      await api("POST", "/services", { name: `rotated0-${Date.now()}` });
      const [r] = await rx.waitFor(1);
      expect(r!.headers["webhook-signature"]!.split(" ")).toHaveLength(1);
      expect(() => new StandardWebhook(wh.secret).verify(r!.body, r!.headers)).toThrow();
      expect(() => new StandardWebhook(next.secret).verify(r!.body, r!.headers)).not.toThrow();
    } finally {
      rx.stop();
    }
  });
});

describe("test endpoint and redelivery", () => {
  test("POST /webhooks/{id}/test with no body sends a signed sample now and reports the outcome", async () => {
    const rx = startReceiver(() => new Response("received!", { status: 202 }));
    try {
      const wh = (await api("POST", "/webhooks", { url: rx.url })).body;
      const res = await fetch(`${server.baseUrl}/api/v1/webhooks/${wh.id}/test`, { method: "POST", headers: { "X-API-Key": server.apiKey } });
      expect(res.status).toBe(200);
      const out = zWebhookTestResult.parse(await res.json());
      expect(out).toEqual(expect.objectContaining({ success: true, status_code: 202, response_excerpt: "received!", error_class: null }));
      const [r] = rx.received;
      expect(JSON.parse(r!.body)).toEqual(expect.objectContaining({ id: out.event_id, event: "incident.created", data: expect.objectContaining({ test: true }) }));
      expect(r!.headers["x-tripwire-signature"]).toBe(createHmac("sha256", wh.secret).update(r!.body).digest("hex"));
      const other = await api("POST", `/webhooks/${wh.id}/test`, { event: "service.status_changed" });
      expect(JSON.parse(rx.received[1]!.body).data).toEqual(expect.objectContaining({ previous_status: "operational", new_status: "degraded", status: "degraded" }));
      expect(other.body.success).toBe(true);
      const log = await api("GET", `/webhooks/${wh.id}/deliveries/${out.delivery_id}`);
      expect(log.body).toEqual(expect.objectContaining({ test: true, status: "succeeded", attempt_count: 1 }));
    } finally {
      rx.stop();
    }
  });

  test("a failing endpoint: the test reports the status, or the connection error's class", async () => {
    const rx = startReceiver(() => new Response("nope", { status: 500 }));
    try {
      const wh = (await api("POST", "/webhooks", { url: rx.url })).body;
      expect((await api("POST", `/webhooks/${wh.id}/test`)).body).toEqual(expect.objectContaining({ success: false, status_code: 500, error_class: "http" }));
      const closed = (await api("POST", "/webhooks", { url: "http://127.0.0.1:9/hook" })).body;
      expect((await api("POST", `/webhooks/${closed.id}/test`)).body).toEqual(expect.objectContaining({ success: false, status_code: null, error_class: "connect" }));
    } finally {
      rx.stop();
    }
  });

  test("redeliver sends the same event again, with the same webhook-id", async () => {
    const rx = startReceiver();
    try {
      const wh = (await api("POST", "/webhooks", { url: rx.url, events: ["service.created"] })).body;
      await api("POST", "/services", { name: `redeliver-${Date.now()}` });
      await rx.waitFor(1);
      const d = await waitFor(async () => {
        const l = (await api("GET", `/webhooks/${wh.id}/deliveries`)).body.data[0];
        return l?.status === "succeeded" && l;
      });
      const res = await api("POST", `/webhooks/${wh.id}/deliveries/${d.id}/redeliver`);
      expect(res.status).toBe(202);
      const got = await rx.waitFor(2);
      expect(got[1]!.headers["webhook-id"]).toBe(got[0]!.headers["webhook-id"]);
      expect(got[1]!.body).toBe(got[0]!.body);
      const after = await waitFor(async () => {
        const b = (await api("GET", `/webhooks/${wh.id}/deliveries/${d.id}`)).body;
        return b.attempt_count === 2 && b.status === "succeeded" && b;
      });
      expect(after.attempts).toHaveLength(2);
    } finally {
      rx.stop();
    }
  });
});

describe("timeouts", () => {
  test("an endpoint slower than the timeout is a `timeout` attempt", async () => {
    const s = await startTestServer({ env: { TRIPWIRE_WEBHOOK_TIMEOUT_MS: "200" } });
    const rx = startReceiver(async () => {
      await Bun.sleep(1000);
      return new Response("late");
    });
    try {
      const k = apiClient(s.baseUrl, s.apiKey);
      const wh = (await k("POST", "/webhooks", { url: rx.url })).body;
      const out = (await k("POST", `/webhooks/${wh.id}/test`)).body;
      expect(out).toEqual(expect.objectContaining({ success: false, error_class: "timeout", status_code: null }));
      expect(out.latency_ms).toBeLessThan(900);
    } finally {
      rx.stop();
      await s.stop();
    }
  });
});
