/**
 * Every action type, keyed by `type`, in catalog order. Adding an action (e.g. a notification) is one module
 * implementing ActionModule plus one line in MODULES.
 */
import type { ActionModule } from "../types.ts";
import { acknowledgeAlertAction } from "./acknowledge_alert.ts";
import { addIncidentUpdateAction } from "./add_incident_update.ts";
import { addLabelAction } from "./add_label.ts";
import { assignIncidentAction } from "./assign_incident.ts";
import { attachPostmortemAction } from "./attach_postmortem.ts";
import { completePostIncidentTaskAction } from "./complete_post_incident_task.ts";
import { createIncidentAction } from "./create_incident.ts";
import { delayAction } from "./delay.ts";
import { executeWebhookAction } from "./execute_webhook.ts";
import { pageOnCallAction } from "./page_on_call.ts";
import { resolveIncidentAction } from "./resolve_incident.ts";
import { runWorkflowAction } from "./run_workflow.ts";
import { sendEmailAction } from "./send_email.ts";
import { sendNotificationAction } from "./send_notification.ts";
import { sendSlackMessageAction } from "./send_slack_message.ts";
import { updateIncidentAction } from "./update_incident.ts";
import { updateServiceStatusAction } from "./update_service_status.ts";
import { incidentIoCreateIncidentAction } from "./incident_io_create_incident.ts";

// Each module's run() takes its own parsed config type; the runner parses with the same module's `config` first.
const MODULES: ActionModule[] = [
  createIncidentAction,
  updateIncidentAction,
  resolveIncidentAction,
  addIncidentUpdateAction,
  assignIncidentAction,
  addLabelAction,
  updateServiceStatusAction,
  runWorkflowAction,
  delayAction,
  executeWebhookAction,
  acknowledgeAlertAction,
  pageOnCallAction,
  sendNotificationAction,
  sendSlackMessageAction,
  sendEmailAction,
  incidentIoCreateIncidentAction,
  completePostIncidentTaskAction,
  attachPostmortemAction,
];

export const ACTIONS: Record<string, ActionModule> = Object.fromEntries(MODULES.map((m) => [m.type, m]));
