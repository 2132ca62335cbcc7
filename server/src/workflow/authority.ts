/**
 * What a workflow may do, checked when it is saved (created, changed, cloned) and when it is activated. Pure.
 *
 * Scopes: a workflow's actions run later with no key at all, so they act with the authority of whoever saved it. A
 * key must therefore hold every scope its actions need (each action spec's `scopes`, listed by GET
 * /workflow-catalog): otherwise a key with only `workflows:write` could resolve incidents or change services through
 * a workflow. {@link missingActionScopes} names the first missing scope per action with the action's JSON pointer;
 * the caller answers 403.
 *
 * Destinations: every URL-bearing field (`execute_webhook.url`, `send_slack_message.webhook_url`) goes through the
 * same classifier as webhook endpoints and channels (outbound/outbound-http.ts `checkDestinationUrl`: https only, no
 * credentials, no private, loopback, link-local or metadata IP literal, no localhost; loopback http only in
 * development). A templated URL is checked on its literal part: the whole URL when the template comes after the
 * host, else the scheme and credentials when they are literal. The rendered URL is checked again at run time, with
 * DNS, by the guarded client.
 */
import { checkDestinationUrl, OutboundBlockedError } from "../outbound/outbound-http.ts";
import type { Action, FieldError, Scope } from "../types.ts";
import type { ActionSpec } from "./types.ts";

/** The fields holding a destination URL, per action type. */
export const URL_FIELDS: Record<string, readonly string[]> = { execute_webhook: ["url"], send_slack_message: ["webhook_url"] };

const hasScope = (held: readonly Scope[], needed: Scope) => held.includes("*") || held.includes(needed);

/** For each action whose needs the key lacks: the pointer, the action type and the first missing scope. */
export function missingActionScopes(actions: readonly Action[], specs: Record<string, ActionSpec>, held: readonly Scope[]): { pointer: string; type: string; scope: Scope }[] {
  const out: { pointer: string; type: string; scope: Scope }[] = [];
  actions.forEach((action, i) => {
    const spec = Object.hasOwn(specs, action.type) ? specs[action.type] : undefined;
    const missing = spec?.scopes.find((s) => !hasScope(held, s));
    if (missing !== undefined) out.push({ pointer: `#/actions/${i}`, type: action.type, scope: missing });
  });
  return out;
}

const TEMPLATE_START = "{{";

/** Why `value` (a URL, maybe with templates) is not an allowed destination; null when it is, or cannot be known yet. */
export function destinationProblem(value: unknown, allowLoopback: boolean): string | null {
  if (typeof value !== "string") return null;
  const text = value.trim();
  const at = text.indexOf(TEMPLATE_START);
  const check = (url: string): string | null => {
    try {
      checkDestinationUrl(url, { allowLoopback });
      return null;
    } catch (e) {
      if (e instanceof OutboundBlockedError) return e.message.replace(/^Webhook URLs/, "URLs").replace(/^Webhook URL/, "URL");
      throw e;
    }
  };
  if (at === -1) return URL.canParse(text) ? check(text) : null; // not a URL: the action's schema says so
  const literal = text.slice(0, at);
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(literal);
  if (!scheme) return null; // the scheme itself is templated: only the rendered URL can be checked
  const rest = literal.slice(scheme[0].length);
  const end = rest.search(/[/?#]/);
  if (end !== -1) return check(`${scheme[0]}${rest.slice(0, end)}/`); // the whole authority is literal
  // The host is (partly) templated: the scheme, and whether there are credentials, are still known (a stand-in host
  // that passes stands for the rest).
  const withStandIns = text.replace(/\{\{.*?\}\}/gs, "x").slice(scheme[0].length);
  const authority = withStandIns.slice(0, withStandIns.search(/[/?#]|$/));
  const host = allowLoopback ? "127.0.0.1" : "example.com";
  return check(`${scheme[0]}${authority.includes("@") ? "user@" : ""}${host}/`);
}

/** Every URL-bearing field of `actions` (real values, not sealed) that is not an allowed destination. */
export function destinationProblems(actions: readonly Action[], allowLoopback: boolean): FieldError[] {
  const errors: FieldError[] = [];
  actions.forEach((action, i) => {
    for (const field of URL_FIELDS[action.type] ?? []) {
      const problem = destinationProblem(action[field], allowLoopback);
      if (problem !== null) errors.push({ in: "body", pointer: `#/actions/${i}/${field}`, detail: problem });
    }
  });
  return errors;
}
