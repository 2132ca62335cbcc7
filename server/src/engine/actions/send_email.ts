/**
 * send_email: mails `to` (one address or a list, up to 50) through SMTP (SMTP_URL; notify/email.ts) with
 * `subject` and a plain-text `body`, all templates, and optionally an `html` template.
 *
 * HTML escaping: the runner renders every template before the action runs, without knowing that `html` is HTML, so
 * a value such as an incident title `<img src=x onerror=…>` would land in the mail as markup. So `html` is rendered
 * again here from the workflow as written, with every value HTML-escaped (the template's own markup is kept). When
 * no run record is found (a direct call in tests) the given `html` is used as is. Without `html`, the HTML part is
 * the body as escaped text.
 *
 * One SMTP transaction per step attempt; a refusal or an unreachable server fails the step with the SMTP error.
 */
import { escapeHtml } from "../../notify/email.ts";
import { isEmailAddress } from "../../notify/channel-config.ts";
import { render } from "../../workflow/templates.ts";
import type { RunScope } from "../../workflow/types.ts";
import type { ActionContext, ActionModule } from "../types.ts";
import { ActionError, present } from "./common.ts";
import { sendEmailSpec, type Config } from "../../workflow/actions/send_email.ts";
import { items } from "../../workflow/actions/schema.ts";

/** Every string in the scope HTML-escaped: rendering a template with it escapes each value it inserts. */
export function escapedScope(value: unknown): unknown {
  if (typeof value === "string") return escapeHtml(value);
  if (Array.isArray(value)) return value.map(escapedScope);
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapedScope(v)]));
  return value;
}

/** The `html` template of this step as written in the run's workflow, rendered with escaped values. */
async function safeHtml(c: Config, ctx: ActionContext): Promise<string | undefined> {
  if (!present(c.html)) return undefined;
  const run = await ctx.deps.store.runs.byId(ctx.run.id);
  const raw = (run?.definition.actions[ctx.stepIndex] as { html?: unknown } | undefined)?.html;
  if (typeof raw !== "string") return c.html;
  const out = render(raw, escapedScope(ctx.scope) as RunScope);
  if (out.missing.length) throw new ActionError(`Unknown template variable(s) in html: ${out.missing.join(", ")}.`);
  return typeof out.value === "string" ? out.value : escapeHtml(JSON.stringify(out.value));
}

export const sendEmailAction: ActionModule<Config> = {
  ...sendEmailSpec,
  async run(c, ctx) {
    const to = items(c.to);
    if (to.length === 0) throw new ActionError("to is empty (its template rendered to nothing).");
    const bad = to.filter((a) => !isEmailAddress(a));
    if (bad.length) throw new ActionError(`Not an email address: ${bad.map((a) => JSON.stringify(a)).join(", ")}.`);
    // The body is the message as written: no severity/status/link lines added to a mail the user composed.
    const message = { title: c.subject, text: c.body };
    const r = await ctx.deps.notifier.toEmail([...new Set(to)], message, await safeHtml(c, ctx));
    if (!r.success) throw new ActionError(`Email to ${to.join(", ")} failed: ${r.error}`);
    return { kind: "done", output: { to, status_code: r.status_code, latency_ms: r.latency_ms, response: r.response_excerpt } };
  },
};
