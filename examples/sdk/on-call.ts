/**
 * On-call for alerts with @tripwire/sdk: a member, a Slack channel, an escalation policy (level 1 the member by
 * email, level 2 the Slack channel), and an active `alert.fired` workflow that pages on-call and posts to Slack for
 * critical alerts. Then it fires a critical alert, waits until level 1 has been notified, acknowledges the alert
 * (which stops the escalation before level 2), and prints what the escalation did.
 *
 *   TRIPWIRE_API_KEY=tw_live_... SLACK_WEBHOOK_URL=https://hooks.slack.com/services/... ONCALL_EMAIL=you@example.com \
 *     bun examples/sdk/on-call.ts ["Alert title"]
 *
 * TRIPWIRE_URL defaults to http://127.0.0.1:3000 (the server's origin; the SDK adds /api/v1). The server must be
 * started with SMTP_URL for the member's email to go out.
 * Exit codes: 0 done, 1 the API answered with an error, 2 misconfigured, 3 it did not go as planned (no escalation
 * or no level 1 in time, a failed workflow run, or the escalation was not stopped by the acknowledgement).
 */
import { createTripwireClient, type Schema, TripwireError } from "@tripwire/sdk";

type Escalation = Schema<"Escalation">;
type Run = Schema<"Run">;
type Step = Schema<"Step">;

/**
 * Level 1's delay: how long after paging the member the Slack channel (level 2) is paged if nobody acknowledges.
 * 0.05 min = 3 s, so the example finishes quickly; real policies use minutes.
 */
const LEVEL_1_DELAY_MINUTES = 0.05;
/** Level 1 goes out within about two seconds of the alert (outbox poll, run, escalation worker poll). */
const WAIT_TIMEOUT_MS = 30_000;
const POLL_MS = 100;
const FINISHED: ReadonlySet<Run["status"]> = new Set(["completed", "completed_with_errors", "failed", "canceled"]);

/** Something did not happen in time, or not as planned (not an API error: the server answered every request). */
class NotAsPlanned extends Error {}

const baseUrl = process.env.TRIPWIRE_URL || "http://127.0.0.1:3000";
const apiKey = process.env.TRIPWIRE_API_KEY;
const slackWebhookUrl = process.env.SLACK_WEBHOOK_URL;
const oncallEmail = process.env.ONCALL_EMAIL;
const missing = [
  !apiKey && "TRIPWIRE_API_KEY to an API key with members, channels, oncall, workflows and alerts read and write scopes (the server prints one on first start)",
  !slackWebhookUrl && "SLACK_WEBHOOK_URL to the Slack channel's incoming-webhook URL (https://hooks.slack.com/services/…)",
  !oncallEmail && "ONCALL_EMAIL to the address of the person on call (level 1 is emailed there)",
].filter((m): m is string => typeof m === "string");
if (!apiKey || !slackWebhookUrl || !oncallEmail) {
  for (const m of missing) console.error(`Set ${m}.`);
  process.exit(2);
}
const alertTitle = process.argv[2] || "Checkout API p99 latency above 2 s";

const client = createTripwireClient({ baseUrl, apiKey, timeoutMs: 10_000 });
const suffix = Date.now().toString(36);

try {
  // The member: reused when ONCALL_EMAIL is already a member (emails are unique in an organization).
  const email = oncallEmail.toLowerCase();
  let member: Schema<"Member"> | undefined;
  for await (const m of client.paginate("/members", { params: { query: { limit: 100 } } })) {
    if (m.email === email) {
      member = m;
      break;
    }
  }
  const memberIsNew = !member;
  member ??= await client.orThrow(client.POST("/members", { body: { name: email.split("@")[0] || email, email } }));
  console.log(`member ${memberIsNew ? "created" : "found"}: ${member.id} ${member.name} <${member.email}>`);

  // The channel's config is stored encrypted; the API only ever shows the webhook URL masked.
  const channel = await client.orThrow(
    client.POST("/channels", { body: { name: `on-call-${suffix}`, kind: "slack", config: { webhook_url: slackWebhookUrl } } }),
  );
  console.log(`channel created: ${channel.id} "${channel.name}" (${channel.kind}, ${String(channel.config.webhook_url)})`);

  // Level 1 emails the member at once; if nobody acknowledges within its delay, level 2 posts to the channel.
  const policy = await client.orThrow(
    client.POST("/escalation-policies", {
      body: {
        name: `on-call-${suffix}`,
        description: "The on-call member by email, then the Slack channel (examples/sdk/on-call.ts).",
        repeat: 0,
        levels: [
          { delay_minutes: LEVEL_1_DELAY_MINUTES, member_ids: [member.id] },
          { delay_minutes: 0, channel_ids: [channel.id] },
        ],
      },
    }),
  );
  console.log(
    `policy created: ${policy.id} "${policy.name}": level 1 emails ${member.email}, level 2 posts to ${channel.id} ` +
      `${LEVEL_1_DELAY_MINUTES * 60} s later unless acknowledged`,
  );

  // Every critical alert from now on pages on-call and posts "<title> is firing" to the channel.
  const workflow = await client.orThrow(
    client.POST("/workflows", {
      body: {
        name: `on-call-${suffix}`,
        description: "Pages on-call and tells Slack when a critical alert fires (examples/sdk/on-call.ts).",
        trigger: "alert.fired",
        state: "active",
        conditions: { operator: "AND", conditions: [{ field: "severity", operator: "equals", value: "critical" }] },
        actions: [
          { type: "page_on_call", name: "page", policy_id: policy.id },
          { type: "send_notification", name: "notify", channel_id: channel.id, message: "{{alert.title}} is firing" },
        ],
      },
    }),
  );
  console.log(`workflow active: ${workflow.id} "${workflow.name}" on alert.fired when severity equals critical (version ${workflow.version}, ${workflow.actions.length} steps)`);

  try {
    // A fresh dedup_key: a repeat of an alert that is still open only updates it and fires nothing.
    const alert = await client.orThrow(
      client.POST("/alerts", {
        body: { title: alertTitle, severity: "critical", source: "examples/sdk/on-call.ts", dedup_key: `on-call-example-${suffix}`, details: { example: true } },
      }),
    );
    if (alert.deduplicated) throw new NotAsPlanned(`Alert ${alert.id} was deduplicated into an open alert, so nothing fired.`);
    console.log(`alert fired: ${alert.id} "${alert.title}" [${alert.severity}, ${alert.status}] dedup_key=${alert.dedup_key}`);

    const firedAt = Date.now();
    const paged = await waitForLevel1(alert.id);
    console.log(`escalation ${paged.id}: level 1 notified ${Date.parse(paged.levels_reached[0]!.at) - Date.parse(alert.created_at)} ms after the alert`);

    // Acknowledging says "someone is on it": the alert becomes acknowledged and its escalation stops.
    const acked = await client.orThrow(
      client.POST("/alerts/{alertId}/acknowledge", { params: { path: { alertId: alert.id } }, body: { member_id: member.id } }),
    );
    console.log(`alert acknowledged: ${acked.id} by ${acked.acknowledged_by ?? "-"} at ${acked.acknowledged_at} (${Date.now() - firedAt} ms after firing)`);

    const run = await waitForRun(workflow.id, alert.id);
    console.log("");
    console.log(`run ${run.id}: ${run.status}${run.error ? ` (${run.error})` : ""}`);
    for (const step of run.steps ?? []) console.log(`  ${step.index}  ${step.type}  ${step.name ?? "-"}  ${step.status}  ${summary(step)}`);

    const escalation = await client.orThrow(client.GET("/escalations/{escalationId}", { params: { path: { escalationId: paged.id } } }));
    console.log("");
    for (const line of describeEscalation(escalation)) console.log(line);

    const final = await client.orThrow(client.GET("/alerts/{alertId}", { params: { path: { alertId: alert.id } } }));
    console.log("");
    console.log(`alert ${final.id}: ${final.status}`);

    if (run.status !== "completed") throw new NotAsPlanned(`The workflow run ${run.id} did not complete (${run.status}).`);
    if (escalation.status !== "acknowledged") throw new NotAsPlanned(`The escalation is "${escalation.status}", not "acknowledged".`);
    if (final.status !== "acknowledged") throw new NotAsPlanned(`The alert is "${final.status}", not "acknowledged".`);
  } finally {
    // Left active, the workflow would page this member for every critical alert of the organization.
    await client.orThrow(client.POST("/workflows/{workflowId}/disable", { params: { path: { workflowId: workflow.id } } }));
    console.log(`workflow disabled: ${workflow.id}`);
  }
} catch (error) {
  if (error instanceof NotAsPlanned) {
    console.error(error.message);
    process.exit(3);
  }
  if (!(error instanceof TripwireError)) throw error;
  console.error(`Tripwire API error: ${error.message}`);
  for (const field of error.fieldErrors) console.error(`  ${field.in} ${field.pointer}: ${field.detail}`);
  process.exit(1);
}

/**
 * Polls the active escalations until the one for the alert has notified level 1. The alert reaches the workflow
 * through the server's event outbox, the run starts the escalation, and the escalation worker sends level 1.
 */
async function waitForLevel1(alertId: string): Promise<Escalation> {
  const deadline = Date.now() + WAIT_TIMEOUT_MS;
  let found: Escalation | undefined;
  for (;;) {
    found = undefined;
    for await (const e of client.paginate("/escalations", { params: { query: { status: "active", limit: 100 } } })) {
      if (e.target_type === "alert" && e.target_id === alertId) {
        found = e;
        break;
      }
    }
    if (found && found.levels_reached.length > 0) return found;
    if (Date.now() >= deadline) {
      throw new NotAsPlanned(
        found
          ? `Timed out after ${WAIT_TIMEOUT_MS / 1000} s: escalation ${found.id} for alert ${alertId} has not notified level 1. Is the server's escalation worker running?`
          : `Timed out after ${WAIT_TIMEOUT_MS / 1000} s: no active escalation for alert ${alertId}. Look at the workflow's runs and evaluations (GET /api/v1/runs, GET /api/v1/workflows/{id}/evaluations).`,
      );
    }
    await Bun.sleep(POLL_MS);
  }
}

/** The workflow's run for this alert (matched by the trigger event's alert id), once it has finished. */
async function waitForRun(workflowId: string, alertId: string): Promise<Run> {
  const deadline = Date.now() + WAIT_TIMEOUT_MS;
  for (;;) {
    const page = await client.orThrow(client.GET("/runs", { params: { query: { workflow_id: workflowId, limit: 100 } } }));
    const mine = page.data.find((r) => r.event.data.id === alertId);
    if (mine && FINISHED.has(mine.status)) return client.orThrow(client.GET("/runs/{runId}", { params: { path: { runId: mine.id } } }));
    if (Date.now() >= deadline) {
      throw new NotAsPlanned(`Timed out after ${WAIT_TIMEOUT_MS / 1000} s waiting for the workflow's run for alert ${alertId}${mine ? ` (${mine.id} is "${mine.status}")` : ""}.`);
    }
    await Bun.sleep(POLL_MS);
  }
}

/** The escalation's status, every level reached and every notification sent (levels counted from 1, as people do). */
function describeEscalation(e: Escalation): string[] {
  const lines = [`escalation ${e.id}: ${e.status} (policy ${e.policy_id}, ${e.target_type} ${e.target_id})`, "levels reached:"];
  for (const r of e.levels_reached) lines.push(`  level ${r.level + 1} (cycle ${r.cycle + 1}) at ${r.at}`);
  lines.push("notifications:");
  for (const n of e.notifications) {
    lines.push(`  level ${n.level + 1}: ${n.recipient_type} ${n.recipient_id} by ${n.channel_kind} at ${n.at}: ${n.success ? "sent" : `failed (${n.error})`}`);
  }
  if (e.notifications.length === 0) lines.push("  (none)");
  return lines;
}

/** `key=value` pairs of a step's output, or its error, cut to 200 characters. */
function summary(step: Step): string {
  let text: string;
  if (step.error) text = `error: ${step.error}`;
  else if (!step.output) text = "-";
  else {
    text = Object.entries(step.output)
      .map(([key, value]) => `${key}=${typeof value === "string" && !/\s/.test(value) ? value : JSON.stringify(value)}`)
      .join(" ");
  }
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}
