/**
 * The API's resource types, inferred from the zod schemas generated from openapi.yaml.
 * Nothing here is restated by hand: change the contract, regenerate, and these follow.
 */
import type { z } from "zod";
import type * as api from "./generated/zod.gen.ts";

export type Organization = z.infer<typeof api.zOrganization>;
export type ApiKey = z.infer<typeof api.zApiKey>;
export type Scope = z.infer<typeof api.zScope>;
export type Member = z.infer<typeof api.zMember>;
export type Service = z.infer<typeof api.zService>;
export type ServiceStatus = z.infer<typeof api.zServiceStatus>;
export type Incident = z.infer<typeof api.zIncident>;
export type IncidentStatus = z.infer<typeof api.zIncidentStatus>;
export type Severity = z.infer<typeof api.zSeverity>;
export type Visibility = z.infer<typeof api.zVisibility>;
export type IncidentSource = z.infer<typeof api.zIncidentSource>;
export type IncidentUpdateEntry = z.infer<typeof api.zIncidentUpdateEntry>;
export type Event = z.infer<typeof api.zEvent>;
export type EventType = z.infer<typeof api.zEventType>;
export type Causation = z.infer<typeof api.zCausation>;
export type FieldError = z.infer<typeof api.zFieldError>;
export type Problem = z.infer<typeof api.zProblem>;
export type Webhook = z.infer<typeof api.zWebhook>;
export type WebhookEventFilter = z.infer<typeof api.zWebhookEventFilter>;
export type Delivery = z.infer<typeof api.zDelivery>;
export type DeliveryAttempt = z.infer<typeof api.zDeliveryAttempt>;
export type DeliveryStatus = z.infer<typeof api.zDeliveryStatus>;
export type DeliveryErrorClass = z.infer<typeof api.zDeliveryErrorClass>;
export type WebhookTestResult = z.infer<typeof api.zWebhookTestResult>;
export type Workflow = z.infer<typeof api.zWorkflow>;
export type WorkflowState = z.infer<typeof api.zWorkflowState>;
export type Trigger = z.infer<typeof api.zTrigger>;
export type TriggerType = z.infer<typeof api.zTriggerType>;
export type Condition = z.infer<typeof api.zCondition>;
export type ConditionGroup = z.infer<typeof api.zConditionGroup>;
export type ConditionOperator = z.infer<typeof api.zConditionOperator>;
export type ConditionTrace = z.infer<typeof api.zConditionTrace>;
export type Action = z.infer<typeof api.zAction>;
export type WorkflowVersion = z.infer<typeof api.zWorkflowVersion>;
export type Run = z.infer<typeof api.zRun>;
export type RunStatus = z.infer<typeof api.zRunStatus>;
export type Step = z.infer<typeof api.zStep>;
export type StepStatus = z.infer<typeof api.zStepStatus>;
export type Evaluation = z.infer<typeof api.zEvaluation>;
export type CatalogTrigger = z.infer<typeof api.zCatalogTrigger>;
export type CatalogAction = z.infer<typeof api.zCatalogAction>;
export type WorkflowCreateInput = z.infer<typeof api.zWorkflowCreate>;
export type WorkflowUpdateInput = z.infer<typeof api.zWorkflowUpdate>;
