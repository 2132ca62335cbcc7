import { describe, expect, test } from "bun:test";
import { ApiError } from "../errors.ts";
import { SecretBox } from "../secrets/secret-box.ts";
import type { Action } from "../types.ts";
import { isReference, isSealed, redact, seal, UnsealError, unseal, unsealAction } from "./sealing.ts";

const box = SecretBox.fromKey(Buffer.alloc(32, 9));
const SECRET = "whsec_" + Buffer.alloc(32, 4).toString("base64");
const TOKEN = "Bearer tok_live_0123456789";

const hook = (extra: Record<string, unknown> = {}): Action => ({
  type: "execute_webhook",
  url: "https://hooks.example.com/x",
  secret: SECRET,
  headers: { Authorization: TOKEN, "X-Env": "prod" },
  ...extra,
});
const def = (...actions: Action[]) => ({ name: "w", actions });

/** The 422's field errors, or a failure when `f` does not throw one. */
function validationErrors(f: () => unknown) {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ApiError);
    expect((e as ApiError).status).toBe(422);
    return (e as ApiError).extra.errors ?? [];
  }
  throw new Error("expected a 422");
}

describe("seal, redact, unseal", () => {
  test("round trip: stored values hide the secrets, the API form shows references only, unseal gives them back", () => {
    const input = def({ type: "add_label", label: "sev1" }, hook());
    const stored = seal(input, box);
    const a = stored.actions[1]!;
    expect(isSealed(a.secret)).toBe(true);
    expect(isSealed((a.headers as Record<string, string>).Authorization)).toBe(true);
    expect(isSealed((a.headers as Record<string, string>)["X-Env"])).toBe(true);
    // Nothing else changes; other action types are untouched.
    expect(stored.actions[0]).toEqual({ type: "add_label", label: "sev1" });
    expect(a.url).toBe("https://hooks.example.com/x");
    expect(stored.name).toBe("w");
    const text = JSON.stringify(stored);
    expect(text).not.toContain(SECRET.slice(6));
    expect(text).not.toContain("tok_live");
    // The input is not modified.
    expect(input.actions[1]!.secret).toBe(SECRET);

    const shown = redact(stored);
    const s = shown.actions[1]!;
    expect(s.secret).toMatch(/^tw_sealed_v1\.[A-Za-z0-9_-]{12}$/);
    expect(isReference(s.secret)).toBe(true);
    expect((a.secret as string).startsWith(`${s.secret}.`)).toBe(true);
    expect(Object.values(s.headers as Record<string, string>).every(isReference)).toBe(true);

    expect(unseal(stored, box)).toEqual(input);
    expect(unsealAction(stored.actions[1]!, box)).toEqual(input.actions[1]!);
  });

  test("templates, null and absent fields are left as written", () => {
    const input = def(hook({ secret: "{{payload.secret}}", headers: { Authorization: "Bearer {{payload.token}}", "X-Empty": null } }), {
      type: "execute_webhook",
      url: "https://hooks.example.com/y",
    });
    const stored = seal(input, box);
    expect(stored).toEqual(input);
    expect(redact(stored)).toEqual(input);
    expect(unseal(stored, box)).toEqual(input);
  });

  test("numbers and booleans in headers are sealed too, and come back as their text", () => {
    const stored = seal(def(hook({ headers: { "X-Account": 12345678 } })), box);
    expect(isSealed((stored.actions[0]!.headers as Record<string, unknown>)["X-Account"])).toBe(true);
    expect((unseal(stored, box).actions[0]!.headers as Record<string, unknown>)["X-Account"]).toBe("12345678");
  });

  test("the same value sealed twice gets different refs and ciphertexts", () => {
    const a = seal(def(hook()), box).actions[0]!.secret as string;
    const b = seal(def(hook()), box).actions[0]!.secret as string;
    expect(a).not.toBe(b);
    expect(a.split(".")[1]).not.toBe(b.split(".")[1]);
    expect(a.slice(a.indexOf(".", 13))).not.toBe(b.slice(b.indexOf(".", 13)));
    expect(unsealAction({ type: "execute_webhook", secret: a }, box).secret).toBe(SECRET);
    expect(unsealAction({ type: "execute_webhook", secret: b }, box).secret).toBe(SECRET);
  });
});

describe("references sent back", () => {
  const previous = seal(def({ type: "add_label", label: "a" }, hook(), hook({ secret: undefined, headers: { Authorization: "Bearer other" } })), box);
  const shown = redact(previous);

  test("the shown form sent back as is keeps exactly the stored values", () => {
    expect(seal(shown, box, previous)).toEqual(previous);
  });

  test("references are matched by ref, not by position: reordered actions keep their values", () => {
    const reordered = def(shown.actions[2]!, shown.actions[1]!, shown.actions[0]!);
    const stored = seal(reordered, box, previous);
    expect(stored.actions).toEqual([previous.actions[2]!, previous.actions[1]!, previous.actions[0]!]);
    const real = unseal(stored, box);
    expect(real.actions[1]!.secret).toBe(SECRET);
    expect((real.actions[0]!.headers as Record<string, string>).Authorization).toBe("Bearer other");
    expect((real.actions[1]!.headers as Record<string, string>).Authorization).toBe(TOKEN);
  });

  test("a reference may move to another header or action of the same kind", () => {
    const auth = (shown.actions[1]!.headers as Record<string, string>).Authorization!;
    const moved = def({ type: "execute_webhook", url: "https://hooks.example.com/z", secret: shown.actions[1]!.secret, headers: { "X-Token": auth } });
    const real = unseal(seal(moved, box, previous), box).actions[0]!;
    expect(real.secret).toBe(SECRET);
    expect(real.headers).toEqual({ "X-Token": TOKEN });
  });

  test("a new real value replaces the stored one", () => {
    const other = "whsec_" + Buffer.alloc(32, 8).toString("base64");
    const changed = def({ ...shown.actions[1]!, secret: other });
    const stored = seal(changed, box, previous);
    expect(stored.actions[0]!.secret).not.toBe(previous.actions[1]!.secret);
    expect(unseal(stored, box).actions[0]!.secret).toBe(other);
    // The headers sent back as references keep theirs.
    expect(stored.actions[0]!.headers).toEqual(previous.actions[1]!.headers);
  });

  test("an unknown reference is a 422 naming the field by JSON pointer (every one at once)", () => {
    const errors = validationErrors(() =>
      seal(def({ type: "add_label", label: "a" }, shown.actions[1]!, hook({ secret: "tw_sealed_v1.AAAAAAAAAAAA", headers: { "a/b": "tw_sealed_v1.BBBBBBBBBBBB" } })), box, previous),
    );
    expect(errors.map((e) => e.pointer)).toEqual(["#/actions/2/secret", "#/actions/2/headers/a~1b"]);
    expect(errors[0]!.detail).toContain("tw_sealed_v1.AAAAAAAAAAAA");
  });

  test("without a previous definition (a new workflow) every reference is unknown", () => {
    const errors = validationErrors(() => seal(shown, box));
    expect(errors.map((e) => e.pointer)).toEqual(["#/actions/1/secret", "#/actions/1/headers/Authorization", "#/actions/1/headers/X-Env", "#/actions/2/headers/Authorization"]);
  });

  test("a stored form (with its ciphertext) is refused as input, never opened", () => {
    const errors = validationErrors(() => seal(def(hook({ secret: previous.actions[1]!.secret })), box, previous));
    expect(errors.map((e) => e.pointer)).toEqual(["#/actions/0/secret"]);
  });

  test("a reference keeps its kind: a signing secret cannot become a header value, nor a header a secret", () => {
    const auth = (shown.actions[1]!.headers as Record<string, string>).Authorization!;
    const errors = validationErrors(() =>
      seal(def(hook({ secret: auth, headers: { "X-Leak": shown.actions[1]!.secret } })), box, previous),
    );
    expect(errors.map((e) => e.pointer)).toEqual(["#/actions/0/secret", "#/actions/0/headers/X-Leak"]);
  });
});

describe("unseal failures", () => {
  test("a value sealed under another key is an UnsealError naming the field, without the value", () => {
    const stored = seal(def({ type: "add_label", label: "a" }, hook()), SecretBox.fromKey(Buffer.alloc(32, 1)));
    let caught: unknown;
    try {
      unseal(stored, box);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(UnsealError);
    expect((caught as UnsealError).pointer).toBe("#/actions/1/secret");
    expect((caught as UnsealError).message).not.toContain("v1:");
  });
});

describe("forms and messages", () => {
  const stored = seal(def(hook()), box);
  const storedSecret = stored.actions[0]!.secret as string;
  const shownSecret = redact(stored).actions[0]!.secret as string;

  test("a stored form and a reference are recognised only from their first character", () => {
    expect(isSealed(storedSecret)).toBe(true);
    expect(isSealed(`x${storedSecret}`)).toBe(false);
    expect(isReference(shownSecret)).toBe(true);
    expect(isReference(`x${shownSecret}`)).toBe(false);
    expect(isReference(`${shownSecret}x`)).toBe(false);
  });

  test("each refusal says why", () => {
    const auth = (redact(stored).actions[0]!.headers as Record<string, string>).Authorization!;
    const errors = validationErrors(() =>
      seal(def(hook({ secret: auth, headers: { "X-Leak": shownSecret, "X-Stored": storedSecret, "X-Gone": "tw_sealed_v1.AAAAAAAAAAAA" } })), box, stored),
    );
    expect(errors.map((e) => [e.pointer, e.detail])).toEqual([
      ["#/actions/0/secret", `${auth} refers to a stored header value; it can only be used as one.`],
      ["#/actions/0/headers/X-Leak", `${shownSecret} refers to a stored signing secret; it can only be used as one.`],
      [
        "#/actions/0/headers/X-Stored",
        "Values starting with tw_sealed_v1. are references to stored secrets (tw_sealed_v1.<ref>, as the API shows them); send a reference or the real value.",
      ],
      ["#/actions/0/headers/X-Gone", "tw_sealed_v1.AAAAAAAAAAAA is not a stored secret of this workflow; send the real value to set a new one."],
    ]);
  });

  test("an UnsealError names itself and the field, and says what to do", () => {
    const other = seal(def(hook()), SecretBox.fromKey(Buffer.alloc(32, 1)));
    let caught: unknown;
    try {
      unsealAction(other.actions[0]!, box);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(UnsealError);
    expect((caught as UnsealError).name).toBe("UnsealError");
    expect((caught as UnsealError).pointer).toBe("#/secret");
    expect((caught as UnsealError).message).toBe(
      "The stored value at #/secret cannot be decrypted with this server's secret key (was TRIPWIRE_SECRET_KEY or tripwire.key changed?); send the value again.",
    );
  });
});

describe("what is sealed", () => {
  test("a boolean header is sealed and comes back as its text; null headers are left alone", () => {
    const out = seal(def(hook({ headers: { "X-Flag": true, "X-Off": false } }), hook({ headers: null })), box);
    const headers = out.actions[0]!.headers as Record<string, unknown>;
    expect(isSealed(headers["X-Flag"])).toBe(true);
    expect(isSealed(headers["X-Off"])).toBe(true);
    expect(unseal(out, box).actions[0]!.headers).toEqual({ "X-Flag": "true", "X-Off": "false" });
    expect(out.actions[1]!.headers).toBeNull();
  });

  test("only execute_webhook actions have sensitive fields", () => {
    const other = { type: "send_notification", secret: "plain", headers: { Authorization: "plain" } } as unknown as Action;
    const out = seal(def(other), box);
    expect(out.actions[0]).toBe(other);
  });

  test("an action with nothing to seal, or nothing to redact, is returned as is", () => {
    const templated = hook({ secret: "{{payload.secret}}", headers: { "X-Run": "{{run.id}}" } });
    const noSecret = { type: "execute_webhook", url: "https://x.example", headers: { "X-Run": "{{run.id}}" } } as Action;
    const out = seal(def(templated, noSecret), box);
    expect(out.actions[0]).toBe(templated);
    expect(out.actions[1]).toBe(noSecret);
    expect(Object.hasOwn(out.actions[1]!, "secret")).toBe(false);
    expect(redact(out).actions[0]).toBe(templated);
    // Only the secret changes: the headers object is kept as it was.
    const secretOnly = hook({ headers: { "X-Run": "{{run.id}}" } });
    const sealed = seal(def(secretOnly), box).actions[0]!;
    expect(sealed.headers).toBe(secretOnly.headers);
  });
});
