/**
 * Secrets inside workflow definitions, encrypted at rest and never shown again. Pure (the SecretBox does the
 * cryptography; nothing here reads or writes storage).
 *
 * Sensitive values: in every `execute_webhook` action, `secret` and each value of `headers`; in every
 * `send_slack_message` action, `webhook_url` (a Slack incoming-webhook URL is itself the credential, which is why a
 * slack channel's URL is sealed and masked too). A value holding a
 * template (workflow/templates.ts `hasTemplate`, the renderer's own rule) is not a secret itself and stays as written;
 * every other string (or number/boolean, kept as its text) is sealed.
 *
 * Three forms of one value:
 * - the real value, as the user sent it (`whsec_…`, `Bearer …`): only in the request, and in memory at run time;
 * - stored: `tw_sealed_v1.<ref>.<ciphertext>`, where `<ref>` is 12 random base64url characters naming this value
 *   within its workflow and `<ciphertext>` is the SecretBox output (AES-256-GCM, a new nonce every time, so the same
 *   value sealed twice differs). Workflows, their versions and run snapshots hold this form only;
 * - shown: `tw_sealed_v1.<ref>`, the reference the API returns instead ({@link redact}).
 *
 * Round trip: a reference sent back in a sensitive field ({@link seal} with the workflow's current stored definition
 * as `previous`) keeps the stored value that carries that ref, wherever it was (refs are matched by ref, not by
 * position, so actions can be reordered). A reference keeps its kind: a signing secret's ref is accepted only as a
 * `secret` and a header's only as a header value, so an edit cannot send a signing secret out as a header. An
 * unknown reference, or any other value starting with `tw_sealed_v1.` (such as a stored form), is a 422 naming the
 * field by JSON pointer. A new real value replaces the stored one.
 */
import { randomBytes } from "node:crypto";
import { ApiError } from "../errors.ts";
import type { SecretBox } from "../secrets/secret-box.ts";
import type { Action, FieldError } from "../types.ts";
import { hasTemplate, pointerToken } from "./templates.ts";

export const SEALED_PREFIX = "tw_sealed_v1.";
/** What the API shows: the prefix and the ref. */
const REFERENCE = /^tw_sealed_v1\.([A-Za-z0-9_-]{12})$/;
/** What is stored: the reference, a dot, then the SecretBox output (which has no dot in its first 12 characters). */
const STORED = /^tw_sealed_v1\.([A-Za-z0-9_-]{12})\.(.+)$/s;

const WEBHOOK = "execute_webhook";
const SLACK = "send_slack_message";

type Kind = "secret" | "header" | "url";
const KIND_NAMES: Record<Kind, string> = { secret: "signing secret", header: "header value", url: "Slack webhook URL" };

/** A definition, or anything holding its actions (a workflow record, a version, a run's snapshot). */
type WithActions = { actions: Action[] };

/** A stored sealed value could not be opened (the server's secret key changed, or the value was altered). */
export class UnsealError extends Error {
  override name = "UnsealError";
  constructor(readonly pointer: string) {
    super(`The stored value at ${pointer} cannot be decrypted with this server's secret key (was TRIPWIRE_SECRET_KEY or tripwire.key changed?); send the value again.`);
  }
}

/** Whether `value` is a stored sealed value (`tw_sealed_v1.<ref>.<ciphertext>`). */
export function isSealed(value: unknown): value is string {
  return typeof value === "string" && STORED.test(value);
}

/** Whether `value` is a reference as the API shows it (`tw_sealed_v1.<ref>`). */
export function isReference(value: unknown): value is string {
  return typeof value === "string" && REFERENCE.test(value);
}

/**
 * The definition with every real sensitive value sealed, and every reference replaced by the stored value of
 * `previous` carrying that ref. Throws one ApiError.validation listing every unknown or misused reference.
 */
export function seal<D extends WithActions>(def: D, box: SecretBox, previous?: WithActions | null): D {
  const known = new Map<string, { stored: string; kind: Kind }>();
  for (const action of previous?.actions ?? []) {
    forEachSensitive(action, "#", (value, kind) => {
      const m = typeof value === "string" ? STORED.exec(value) : null;
      if (m) known.set(m[1]!, { stored: value as string, kind });
    });
  }
  const used = new Set(known.keys());
  const newRef = () => {
    for (;;) {
      const ref = randomBytes(9).toString("base64url");
      if (!used.has(ref)) {
        used.add(ref);
        return ref;
      }
    }
  };

  const errors: FieldError[] = [];
  const actions = def.actions.map((action, i) =>
    mapSensitive(action, `#/actions/${i}`, (value, kind, pointer) => {
      if (!isLiteral(value)) return value;
      const text = String(value);
      if (!text.startsWith(SEALED_PREFIX)) return `${SEALED_PREFIX}${newRef()}.${box.seal(text)}`;
      const ref = REFERENCE.exec(text)?.[1];
      const found = ref === undefined ? undefined : known.get(ref);
      if (found === undefined) {
        errors.push({
          in: "body",
          pointer,
          detail:
            ref === undefined
              ? `Values starting with ${SEALED_PREFIX} are references to stored secrets (${SEALED_PREFIX}<ref>, as the API shows them); send a reference or the real value.`
              : `${text} is not a stored secret of this workflow; send the real value to set a new one.`,
        });
        return value;
      }
      if (found.kind !== kind) {
        errors.push({ in: "body", pointer, detail: `${text} refers to a stored ${KIND_NAMES[found.kind]}; it can only be used as one.` });
        return value;
      }
      return found.stored;
    }),
  );
  if (errors.length) throw ApiError.validation(errors);
  return { ...def, actions };
}

/** The form the API shows: every stored sealed value becomes its reference `tw_sealed_v1.<ref>`. */
export function redact<D extends WithActions>(def: D): D {
  return { ...def, actions: def.actions.map((a) => redactAction(a)) };
}

export function redactAction(action: Action): Action {
  return mapSensitive(action, "#", (value) => {
    const m = typeof value === "string" ? STORED.exec(value) : null;
    return m ? `${SEALED_PREFIX}${m[1]}` : value;
  });
}

/** The real values, for the server's own use only (validation, running). Throws {@link UnsealError}. */
export function unseal<D extends WithActions>(def: D, box: SecretBox): D {
  return { ...def, actions: def.actions.map((a, i) => unsealAction(a, box, `#/actions/${i}`)) };
}

/** One action with its real values; `at` is the action's JSON pointer, used in an {@link UnsealError}. */
export function unsealAction(action: Action, box: SecretBox, at = "#"): Action {
  return mapSensitive(action, at, (value, _kind, pointer) => {
    const m = typeof value === "string" ? STORED.exec(value) : null;
    if (!m) return value;
    try {
      return box.open(m[2]!);
    } catch {
      throw new UnsealError(pointer);
    }
  });
}

// ---- walking the sensitive fields ----

type Visit = (value: unknown, kind: Kind, pointer: string) => unknown;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A value that is sealed: text that is not a template. null, objects and templates are left alone. */
function isLiteral(value: unknown): value is string | number | boolean {
  if (typeof value === "string") return !hasTemplate(value);
  return typeof value === "number" || typeof value === "boolean";
}

/** A copy of `action` with each sensitive value replaced by `visit`'s answer (the action itself when none). */
function mapSensitive(action: Action, at: string, visit: Visit): Action {
  if (action.type === SLACK) {
    if (!Object.hasOwn(action, "webhook_url")) return action;
    const next = visit(action.webhook_url, "url", `${at}/webhook_url`);
    return next === action.webhook_url ? action : { ...action, webhook_url: next };
  }
  if (action.type !== WEBHOOK) return action;
  let out: Action | undefined;
  if (Object.hasOwn(action, "secret")) {
    const next = visit(action.secret, "secret", `${at}/secret`);
    if (next !== action.secret) out = { ...action, secret: next };
  }
  if (isRecord(action.headers)) {
    let changed = false;
    // fromEntries defines own properties, so even a header named "__proto__" stays a header.
    const headers = Object.fromEntries(
      Object.entries(action.headers).map(([name, value]) => {
        const next = visit(value, "header", `${at}/headers/${pointerToken(name)}`);
        if (next !== value) changed = true;
        return [name, next];
      }),
    );
    if (changed) out = { ...(out ?? action), headers };
  }
  return out ?? action;
}

function forEachSensitive(action: Action, at: string, visit: (value: unknown, kind: Kind, pointer: string) => void): void {
  mapSensitive(action, at, (value, kind, pointer) => {
    visit(value, kind, pointer);
    return value;
  });
}

// ---- data written by builds that stored these values in clear (a one-time sweep at start, engine/seal-legacy.ts) ----

/** What a step input shows instead of a secret recorded in clear by an earlier build (no ref: it was never sealed). */
export const REDACTED_MARKER = "tw_redacted";

/**
 * The definition with every literal sensitive value that is not yet stored sealed now sealed; values already stored
 * sealed are kept byte for byte, templates stay as written. Unlike {@link seal} (request input), a stored form is
 * accepted here, and nothing is ever rejected: this is for definitions read back from storage. `memo` (plaintext by
 * kind → stored value) lets the definitions of one workflow (the workflow, its versions, its runs' snapshots) give one
 * value the same ref, so references shown for one of them keep round-tripping on the others.
 */
export function sealPlaintext<D extends WithActions>(def: D, box: SecretBox, memo: Map<string, string> = new Map()): { value: D; changed: boolean } {
  const present = new Set<string>();
  const used = new Set<string>();
  for (const action of def.actions) {
    forEachSensitive(action, "#", (value) => {
      const m = typeof value === "string" ? STORED.exec(value) : null;
      if (m) {
        present.add(value as string);
        used.add(m[1]!);
      }
    });
  }
  let changed = false;
  const actions = def.actions.map((action, i) =>
    mapSensitive(action, `#/actions/${i}`, (value, kind) => {
      if (!isLiteral(value) || isSealed(value)) return value;
      const key = `${kind}\u0000${String(value)}`;
      let stored = memo.get(key);
      // A remembered value is reused unless its ref already names another value in this definition.
      if (stored === undefined || (used.has(STORED.exec(stored)![1]!) && !present.has(stored))) {
        let ref: string;
        do ref = randomBytes(9).toString("base64url");
        while (used.has(ref));
        stored = `${SEALED_PREFIX}${ref}.${box.seal(String(value))}`;
        memo.set(key, stored);
      }
      used.add(STORED.exec(stored)![1]!);
      present.add(stored);
      changed = true;
      return stored;
    }),
  );
  return changed ? { value: { ...def, actions }, changed } : { value: def, changed };
}

/**
 * A recorded execute_webhook step input with every `secret` and header value that may be a secret written in clear
 * replaced by {@link REDACTED_MARKER}. References and the marker are kept. `action` is the step's action as its run's
 * snapshot held it before sealing: a field it held as a template was rendered from run data, not a secret, and is kept
 * (every field counts when the action is unknown).
 */
export function redactStepInput(input: Record<string, unknown>, action?: Action, type: string = WEBHOOK): { value: Record<string, unknown>; changed: boolean } {
  const source = action?.type === type ? action : undefined;
  const wasLiteral = (written: unknown) => source === undefined || written === undefined || isLiteral(written);
  const clear = (value: unknown, written: unknown) =>
    wasLiteral(written) && value !== null && value !== undefined && !isReference(value) && value !== REDACTED_MARKER;
  if (type === SLACK) {
    if (!Object.hasOwn(input, "webhook_url") || !clear(input.webhook_url, source?.webhook_url)) return { value: input, changed: false };
    return { value: { ...input, webhook_url: REDACTED_MARKER }, changed: true };
  }
  let changed = false;
  let out = input;
  if (Object.hasOwn(input, "secret") && clear(input.secret, source?.secret)) {
    out = { ...out, secret: REDACTED_MARKER };
    changed = true;
  }
  if (isRecord(input.headers)) {
    const written = isRecord(source?.headers) ? source.headers : {};
    let headersChanged = false;
    const headers = Object.fromEntries(
      Object.entries(input.headers).map(([name, value]) => {
        if (!clear(value, Object.hasOwn(written, name) ? written[name] : undefined)) return [name, value];
        headersChanged = true;
        return [name, REDACTED_MARKER];
      }),
    );
    if (headersChanged) {
      out = { ...out, headers };
      changed = true;
    }
  }
  return { value: out, changed };
}
