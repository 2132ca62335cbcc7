import { describe, expect, test } from "bun:test";
import { SecretBox } from "../secrets/secret-box.ts";
import type { Action } from "../types.ts";
import { isSealed, REDACTED_MARKER, redact, redactStepInput, seal, sealPlaintext, unseal } from "../workflow/sealing.ts";

const box = SecretBox.fromKey(Buffer.alloc(32, 7));
const SECRET = "whsec_" + Buffer.alloc(32, 5).toString("base64");
const TOKEN = "Bearer tok_legacy_0123456789";

const legacyHook = (): Action => ({
  type: "execute_webhook",
  url: "https://hooks.example.com/x",
  secret: SECRET,
  headers: { Authorization: TOKEN, "X-Run": "{{run.id}}", "X-Retries": 3 },
});
const def = (...actions: Action[]) => ({ name: "w", actions });
const headersOf = (a: Action) => a.headers as Record<string, unknown>;

describe("sealPlaintext (definitions stored in clear by earlier builds)", () => {
  test("seals plaintext literals, leaves templates and other actions alone, and a second pass changes nothing", () => {
    const input = def({ type: "add_label", label: "sev1" }, legacyHook());
    const once = sealPlaintext(input, box);
    expect(once.changed).toBe(true);
    const a = once.value.actions[1]!;
    expect(isSealed(a.secret)).toBe(true);
    expect(isSealed(headersOf(a).Authorization)).toBe(true);
    expect(isSealed(headersOf(a)["X-Retries"])).toBe(true);
    expect(headersOf(a)["X-Run"]).toBe("{{run.id}}");
    expect(once.value.actions[0]).toBe(input.actions[0]!);
    expect(JSON.stringify(once.value)).not.toContain(SECRET.slice(6));
    expect(JSON.stringify(once.value)).not.toContain("tok_legacy");
    // The real values come back (a number as its text, as seal keeps it).
    expect(unseal(once.value, box).actions[1]).toEqual({ ...legacyHook(), headers: { ...headersOf(legacyHook()), "X-Retries": "3" } });
    // Idempotent: the same object back, unchanged.
    const twice = sealPlaintext(once.value, box);
    expect(twice.changed).toBe(false);
    expect(twice.value).toBe(once.value);
    expect(JSON.stringify(twice.value)).toBe(JSON.stringify(once.value));
  });

  test("values already stored sealed are kept byte for byte next to plaintext that gets sealed", () => {
    const stored = seal(def(legacyHook()), box);
    const mixed = def({ ...stored.actions[0]!, headers: { ...headersOf(stored.actions[0]!), "X-Extra": "plain" } });
    const out = sealPlaintext(mixed, box);
    expect(out.changed).toBe(true);
    const a = out.value.actions[0]!;
    expect(a.secret).toBe(stored.actions[0]!.secret);
    expect(headersOf(a).Authorization).toBe(headersOf(stored.actions[0]!).Authorization);
    expect(headersOf(a)["X-Retries"]).toBe(headersOf(stored.actions[0]!)["X-Retries"]);
    expect(headersOf(a)["X-Extra"]).not.toBe("plain");
    expect(isSealed(headersOf(a)["X-Extra"])).toBe(true);
    // A fresh ref, distinct from the three existing ones.
    const refs = Object.values(redact(out.value).actions[0]!.headers as Record<string, string>).concat(redact(out.value).actions[0]!.secret as string);
    expect(new Set(refs.filter((r) => r.startsWith("tw_sealed_v1."))).size).toBe(4);
  });

  test("one memo gives one plaintext the same stored value across a workflow's definitions", () => {
    const memo = new Map<string, string>();
    const w = sealPlaintext(def(legacyHook()), box, memo).value;
    const v = sealPlaintext(def(legacyHook()), box, memo).value;
    expect(v).toEqual(w);
    // A memo does not turn a signing secret into a header value of the same text.
    const crossed = sealPlaintext(def({ type: "execute_webhook", url: "https://x.example", headers: { Authorization: SECRET } }), box, memo).value;
    expect(headersOf(crossed.actions[0]!).Authorization).not.toBe(w.actions[0]!.secret);
  });
});

describe("sealPlaintext and its memo", () => {
  const refOf = (stored: unknown) => (stored as string).split(".")[1];

  test("a remembered value whose ref already names another value of this definition gets a new ref", () => {
    const memo = new Map<string, string>();
    // "Bearer other" is remembered under the ref that this definition's secret already carries.
    const first = sealPlaintext(def(legacyHook()), box, memo).value.actions[0]!;
    const secretRef = refOf(first.secret);
    memo.set("header\u0000Bearer other", `tw_sealed_v1.${secretRef}.${box.seal("Bearer other")}`);
    const next = sealPlaintext(def({ ...first, headers: { ...headersOf(first), "X-Other": "Bearer other" } }), box, memo).value.actions[0]!;
    expect(next.secret).toBe(first.secret);
    expect(refOf(headersOf(next)["X-Other"])).not.toBe(secretRef);
    expect(unseal(def(next), box).actions[0]!.headers).toMatchObject({ "X-Other": "Bearer other" });
  });

  test("a remembered value already present in this definition is reused as it is", () => {
    const memo = new Map<string, string>();
    const first = sealPlaintext(def(legacyHook()), box, memo).value.actions[0]!;
    // The same plaintext again in another header: the stored value it already has, byte for byte.
    const next = sealPlaintext(def({ ...first, headers: { ...headersOf(first), "X-Copy": TOKEN } }), box, memo).value.actions[0]!;
    expect(headersOf(next)["X-Copy"]).toBe(headersOf(first).Authorization);
  });

  test("the start of a stored form anywhere but at the start is plaintext", () => {
    const stored = seal(def(legacyHook()), box).actions[0]!.secret as string;
    const out = sealPlaintext(def(legacyHook(), { ...legacyHook(), secret: `x${stored}` }), box);
    expect(isSealed(out.value.actions[1]!.secret)).toBe(true);
    expect(unseal(out.value, box).actions[1]!.secret).toBe(`x${stored}`);
  });
});

describe("redactStepInput (inputs recorded in clear by earlier builds)", () => {
  const recorded = { url: "https://hooks.example.com/x", secret: SECRET, headers: { Authorization: TOKEN, "X-Run": "run_123", "X-Retries": "3" }, body: { a: 1 } };

  test("literal fields become the marker; rendered templates, references and the rest are kept; twice changes nothing", () => {
    const once = redactStepInput(recorded, legacyHook());
    expect(once.changed).toBe(true);
    expect(once.value).toEqual({ ...recorded, secret: REDACTED_MARKER, headers: { Authorization: REDACTED_MARKER, "X-Run": "run_123", "X-Retries": REDACTED_MARKER } });
    const twice = redactStepInput(once.value, legacyHook());
    expect(twice.changed).toBe(false);
    expect(twice.value).toBe(once.value);
  });

  test("without the action every secret and header value counts; references are kept", () => {
    const ref = "tw_sealed_v1.AAAAAAAAAAAA";
    const out = redactStepInput({ ...recorded, headers: { ...recorded.headers, "X-Ref": ref } });
    expect(out.value).toEqual({ ...recorded, secret: REDACTED_MARKER, headers: { Authorization: REDACTED_MARKER, "X-Run": REDACTED_MARKER, "X-Retries": REDACTED_MARKER, "X-Ref": ref } });
    const sealedInput = { url: "u", secret: ref, headers: { Authorization: ref } };
    expect(redactStepInput(sealedInput, legacyHook())).toEqual({ value: sealedInput, changed: false });
  });
  test("the marker is the text tw_redacted", () => {
    expect(redactStepInput({ secret: SECRET }).value).toEqual({ secret: "tw_redacted" });
  });

  test("a secret alone is a change; null is kept; text that only contains a reference is redacted", () => {
    expect(redactStepInput({ url: "u", secret: SECRET }, legacyHook())).toEqual({ value: { url: "u", secret: REDACTED_MARKER }, changed: true });
    const nulls = { url: "u", secret: null, headers: { A: null } };
    expect(redactStepInput(nulls, legacyHook())).toEqual({ value: nulls, changed: false });
    expect(redactStepInput(nulls)).toEqual({ value: nulls, changed: false });
    const ref = "tw_sealed_v1.AAAAAAAAAAAA";
    expect(redactStepInput({ secret: `x${ref}`, headers: { A: `${ref}x` } }).value).toEqual({ secret: REDACTED_MARKER, headers: { A: REDACTED_MARKER } });
  });

  test("fields the action did not have count as written in clear", () => {
    const action: Action = { type: "execute_webhook", url: "https://hooks.example.com/x", headers: { "X-Run": "{{run.id}}" } };
    const out = redactStepInput({ url: "u", secret: SECRET, headers: { "X-Run": "run_1", "X-New": "v" } }, action);
    expect(out).toEqual({ value: { url: "u", secret: REDACTED_MARKER, headers: { "X-Run": "run_1", "X-New": REDACTED_MARKER } }, changed: true });
  });
});
