/**
 * Every action type's spec, keyed by `type`, in catalog order: what definitions (validation, the catalog, dry runs)
 * know of actions. How each runs is engine/actions/<type>.ts, listed in the same order in engine/actions/index.ts.
 */
import type { ActionSpec } from "../types.ts";
import { acknowledgeAlertSpec } from "./acknowledge_alert.ts";
import { addIncidentUpdateSpec } from "./add_incident_update.ts";
import { addLabelSpec } from "./add_label.ts";
import { assignIncidentSpec } from "./assign_incident.ts";
import { attachPostmortemSpec } from "./attach_postmortem.ts";
import { completePostIncidentTaskSpec } from "./complete_post_incident_task.ts";
import { createIncidentSpec } from "./create_incident.ts";
import { delaySpec } from "./delay.ts";
import { executeWebhookSpec } from "./execute_webhook.ts";
import { pageOnCallSpec } from "./page_on_call.ts";
import { resolveIncidentSpec } from "./resolve_incident.ts";
import { runWorkflowSpec } from "./run_workflow.ts";
import { sendEmailSpec } from "./send_email.ts";
import { sendNotificationSpec } from "./send_notification.ts";
import { sendSlackMessageSpec } from "./send_slack_message.ts";
import { updateIncidentSpec } from "./update_incident.ts";
import { updateServiceStatusSpec } from "./update_service_status.ts";
import { incidentIoCreateIncidentSpec } from "./incident_io_create_incident.ts";

// Each spec's configuration has its own type; validation parses with the spec's own `config`.
const SPECS: ActionSpec[] = [
  createIncidentSpec,
  updateIncidentSpec,
  resolveIncidentSpec,
  addIncidentUpdateSpec,
  assignIncidentSpec,
  addLabelSpec,
  updateServiceStatusSpec,
  runWorkflowSpec,
  delaySpec,
  executeWebhookSpec,
  acknowledgeAlertSpec,
  pageOnCallSpec,
  sendNotificationSpec,
  sendSlackMessageSpec,
  sendEmailSpec,
  incidentIoCreateIncidentSpec,
  completePostIncidentTaskSpec,
  attachPostmortemSpec,
];

export const ACTION_SPECS: Record<string, ActionSpec> = Object.fromEntries(SPECS.map((s) => [s.type, s]));
