/**
 * A sweep at server start over data written by builds that kept execute_webhook secrets and header values in clear:
 * workflows, their versions and runs' definition snapshots get those values sealed (workflow/sealing.ts
 * `sealPlaintext`; values already sealed are kept), and the recorded inputs of those runs' execute_webhook steps,
 * which held the real values as sent, get them replaced by `tw_redacted` (they were never linked to a ref).
 *
 * Idempotent: once everything is sealed a second pass changes nothing. Steps are looked at only in runs whose
 * snapshot had something to seal: a run started by a sealing build renders its inputs from references.
 * The caller runs it in one transaction, so a failure leaves the data as it was.
 */
import type { SecretBox } from "../secrets/secret-box.ts";
import { isBoxSealed, sealPlainValues } from "../secrets/sealed-values.ts";
import type { Repos, VersionKey } from "../store/types.ts";
import { redactStepInput, sealPlaintext } from "../workflow/sealing.ts";

const WEBHOOK = "execute_webhook";
const SLACK = "send_slack_message";
const BATCH = 200;

/** The maintenance task (store/sqlite/migrations.ts, version 5) that makes the sweep run once per database. */
export const SEAL_SECRETS_TASK = "seal-workflow-secrets";

export interface LegacySweep {
  workflows: number;
  versions: number;
  runs: number;
  steps: number;
}

/**
 * The second sweep (migration 7): `send_slack_message` webhook URLs (sealed since), the same way; webhook endpoints'
 * custom header values (secrets/sealed-values.ts); and Idempotency-Key responses stored in clear (sealed).
 */
export const SEAL_SECRETS_2_TASK = "seal-secrets-2";

export async function sealLegacySecrets2(tx: Repos, box: SecretBox): Promise<LegacySweep & { webhooks: number; idempotency: number }> {
  const counts = { ...(await sealLegacySecrets(tx, box, SLACK)), webhooks: 0, idempotency: 0 };
  for (let after: string | null = null; ; ) {
    const batch = await tx.webhooks.all(after, BATCH);
    for (const w of batch) {
      const headers = sealPlainValues(w.headers, box);
      if (headers === null) continue;
      await tx.webhooks.update({ ...w, headers });
      counts.webhooks++;
    }
    if (batch.length < BATCH) break;
    after = batch[batch.length - 1]!.id;
  }
  counts.idempotency = await tx.idempotency.sealResponses((response) => (isBoxSealed(response) ? null : box.seal(response)));
  return counts;
}

export async function sealLegacySecrets(tx: Repos, box: SecretBox, TYPE: string = WEBHOOK): Promise<LegacySweep> {
  const counts: LegacySweep = { workflows: 0, versions: 0, runs: 0, steps: 0 };
  // Per workflow: one plaintext gets one stored value (and ref) in the workflow, its versions and its runs.
  const memos = new Map<string, Map<string, string>>();
  const memo = (workflowId: string) => {
    let m = memos.get(workflowId);
    if (!m) {
      m = new Map();
      memos.set(workflowId, m);
    }
    return m;
  };

  for (let after: string | null = null; ; ) {
    const batch = await tx.workflows.withActionType(TYPE, after, BATCH);
    for (const w of batch) {
      const sealed = sealPlaintext(w, box, memo(w.id));
      if (!sealed.changed) continue;
      await tx.workflows.setActions(w.organization_id, w.id, sealed.value.actions);
      counts.workflows++;
    }
    if (batch.length < BATCH) break;
    after = batch[batch.length - 1]!.id;
  }

  for (let after: VersionKey | null = null; ; ) {
    const batch = await tx.workflows.versionsWithActionType(TYPE, after, BATCH);
    for (const v of batch) {
      const sealed = sealPlaintext(v, box, memo(v.workflow_id));
      if (!sealed.changed) continue;
      await tx.workflows.setVersionActions(v.organization_id, v.workflow_id, v.version, sealed.value.actions);
      counts.versions++;
    }
    if (batch.length < BATCH) break;
    const last = batch[batch.length - 1]!;
    after = { workflow_id: last.workflow_id, version: last.version };
  }

  for (let after: string | null = null; ; ) {
    const batch = await tx.runs.withActionType(TYPE, after, BATCH);
    for (const run of batch) {
      const sealed = sealPlaintext(run.definition, box, memo(run.workflow_id));
      if (!sealed.changed) continue;
      await tx.runs.setDefinition(run.organization_id, run.id, sealed.value);
      counts.runs++;
      for (const step of await tx.runs.steps(run.id)) {
        if (step.type !== TYPE || step.input === null || step.input === undefined) continue;
        // The action as the old build held it (before sealing) tells rendered templates from values sent as written.
        const redacted = redactStepInput(step.input, run.definition.actions[step.index], TYPE);
        if (!redacted.changed) continue;
        await tx.runs.setStepInput(run.id, step.index, redacted.value);
        counts.steps++;
      }
    }
    if (batch.length < BATCH) break;
    after = batch[batch.length - 1]!.id;
  }
  return counts;
}
