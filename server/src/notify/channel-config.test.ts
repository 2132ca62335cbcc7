import { describe, expect, test } from "bun:test";
import { maskConfig, maskUrl, parseChannelConfig } from "./channel-config.ts";

const prod = { allowLoopback: false };
const dev = { allowLoopback: true };
const SLACK = "https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXWXYZ";

describe("slack", () => {
  test("an https incoming-webhook URL is accepted", () => {
    expect(parseChannelConfig("slack", { webhook_url: SLACK }, prod)).toEqual({ config: { webhook_url: SLACK }, errors: [] });
  });
  test("http only to loopback, and only in development", () => {
    expect(parseChannelConfig("slack", { webhook_url: "http://127.0.0.1:9/services/x" }, dev).errors).toEqual([]);
    expect(parseChannelConfig("slack", { webhook_url: "http://127.0.0.1:9/services/x" }, prod).errors.map((e) => e.pointer)).toEqual(["#/config/webhook_url"]);
    const r = parseChannelConfig("slack", { webhook_url: "http://hooks.slack.com/services/x" }, dev);
    expect(r.errors[0]).toEqual({ in: "body", pointer: "#/config/webhook_url", detail: expect.stringContaining("https://") });
  });
  test("missing, private or misspelt settings are each reported with a pointer", () => {
    expect(parseChannelConfig("slack", {}, prod).errors.map((e) => e.pointer)).toEqual(["#/config/webhook_url"]);
    expect(parseChannelConfig("slack", { webhook_url: "https://10.0.0.1/x" }, prod).errors.map((e) => e.pointer)).toEqual(["#/config/webhook_url"]);
    expect(parseChannelConfig("slack", { webhook_url: SLACK, webhookurl: "x" }, prod).errors.map((e) => e.pointer)).toEqual(["#/config/webhookurl"]);
  });
  test("masked: recognizable, not usable", () => {
    expect(maskConfig("slack", { webhook_url: SLACK })).toEqual({ webhook_url: "https://hooks.slack.com/services/T0…/…WXYZ" });
    expect(maskUrl("http://127.0.0.1:4000/hook?token=abcdefgh1234")).toBe("http://127.0.0.1:4000/…1234");
    expect(maskUrl("not a url")).toBe("…");
  });
});

describe("email", () => {
  test("1 to 50 valid addresses, de-duplicated ignoring case", () => {
    expect(parseChannelConfig("email", { recipients: ["oncall@example.com", " sre@example.com", "ONCALL@example.com"] }, prod)).toEqual({
      config: { recipients: ["oncall@example.com", "sre@example.com"] },
      errors: [],
    });
  });
  test("each bad address is reported at its index; an empty or too long list at the list", () => {
    expect(parseChannelConfig("email", { recipients: ["ok@example.com", "nope", 7] }, prod).errors.map((e) => e.pointer)).toEqual([
      "#/config/recipients/1",
      "#/config/recipients/2",
    ]);
    expect(parseChannelConfig("email", { recipients: [] }, prod).errors.map((e) => e.pointer)).toEqual(["#/config/recipients"]);
    const many = Array.from({ length: 51 }, (_, i) => `u${i}@example.com`);
    expect(parseChannelConfig("email", { recipients: many }, prod).errors.map((e) => e.pointer)).toEqual(["#/config/recipients"]);
    expect(parseChannelConfig("email", { recipients: "a@example.com" }, prod).errors.map((e) => e.pointer)).toEqual(["#/config/recipients"]);
  });
  test("shown as given (addresses are not secrets)", () => {
    expect(maskConfig("email", { recipients: ["a@example.com"] })).toEqual({ recipients: ["a@example.com"] });
  });
});

describe("webhook", () => {
  test("url and headers follow the webhook endpoint rules, pointers under #/config", () => {
    expect(parseChannelConfig("webhook", { url: "https://example.com/hook", headers: { Authorization: "Bearer 0123456789abcdef" } }, prod)).toEqual({
      config: { url: "https://example.com/hook", headers: { Authorization: "Bearer 0123456789abcdef" } },
      errors: [],
    });
    const r = parseChannelConfig("webhook", { url: "ftp://example.com", headers: { "Content-Type": "text/plain", "bad name": "x" } }, prod);
    expect(r.errors.map((e) => e.pointer)).toEqual(["#/config/url", "#/config/headers/Content-Type", "#/config/headers/bad name"]);
    expect(parseChannelConfig("webhook", { url: "https://example.com", headers: ["x"] }, prod).errors.map((e) => e.pointer)).toEqual(["#/config/headers"]);
  });
  test("header values are masked, the url is shown", () => {
    expect(maskConfig("webhook", { url: "https://example.com/hook", headers: { Authorization: "Bearer 0123456789abcdef", "X-Team": "ops" } })).toEqual({
      url: "https://example.com/hook",
      headers: { Authorization: "…cdef", "X-Team": "…" },
    });
  });
});
