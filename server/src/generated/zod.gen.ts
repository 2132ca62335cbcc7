// This file is generated from openapi.yaml by @hey-api/openapi-ts (zod plugin). Do not edit.

import * as z from 'zod';

export const zFieldError = z.object({
    in: z.enum([
        'body',
        'query',
        'path',
        'header'
    ]),
    pointer: z.string(),
    detail: z.string()
});

/**
 * An RFC 9457 problem document.
 */
export const zProblem = z.object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    instance: z.string(),
    request_id: z.string(),
    errors: z.array(zFieldError).optional(),
    required_scope: z.string().optional(),
    workflows: z.array(z.object({
        id: z.string(),
        name: z.string(),
        pointers: z.array(z.string())
    })).optional()
});

export const zHealth = z.object({
    status: z.literal('ok'),
    version: z.string()
});

export const zOrganization = z.object({
    id: z.string(),
    name: z.string(),
    notification_emails: z.array(z.email()),
    notification_channel_ids: z.array(z.string()),
    created_at: z.iso.datetime({ offset: true })
});

export const zOrganizationUpdate = z.strictObject({
    name: z.string().min(1).max(200).optional(),
    notification_emails: z.array(z.email().max(320)).max(20).optional(),
    notification_channel_ids: z.array(z.string().min(1).max(100)).max(10).optional()
});

/**
 * How long each kind of history is kept, in seconds.
 */
export const zRetentionWindows = z.object({
    events: z.int().gte(1),
    runs: z.int().gte(1),
    deliveries: z.int().gte(1),
    monitor_history: z.int().gte(1),
    idempotency: z.int().gte(1)
});

/**
 * What a key may do. `*` grants everything.
 */
export const zScope = z.enum([
    '*',
    'organization:read',
    'organization:write',
    'api_keys:read',
    'api_keys:write',
    'members:read',
    'members:write',
    'services:read',
    'services:write',
    'incidents:read',
    'incidents:write',
    'events:read',
    'webhooks:read',
    'webhooks:write',
    'workflows:read',
    'workflows:write',
    'workflows:run',
    'channels:read',
    'channels:write',
    'alerts:read',
    'alerts:write',
    'oncall:read',
    'oncall:write',
    'monitors:read',
    'monitors:write',
    'errors:read',
    'errors:write',
    'integrations:read',
    'integrations:write',
    'post_incident:read',
    'post_incident:write'
]);

export const zApiKey = z.object({
    id: z.string(),
    name: z.string(),
    prefix: z.string(),
    scopes: z.array(zScope),
    created_at: z.iso.datetime({ offset: true }),
    expires_at: z.iso.datetime({ offset: true }).nullable(),
    last_used_at: z.iso.datetime({ offset: true }).nullable(),
    revoked_at: z.iso.datetime({ offset: true }).nullable()
});

export const zApiKeyWithSecret = zApiKey.and(z.object({
    secret: z.string()
}));

export const zApiKeyCreate = z.strictObject({
    name: z.string().min(1).max(100),
    scopes: z.array(zScope).min(1).max(32),
    expires_at: z.iso.datetime({ offset: true }).nullish()
});

/**
 * Pass as `cursor` for the next page; `null` on the last page.
 */
export const zNextCursor = z.string().nullable();

export const zApiKeyList = z.object({
    data: z.array(zApiKey),
    next_cursor: zNextCursor
});

export const zMemberIdValue = z.string().regex(/^mem_[0-9A-Z]{26}$/);

export const zMember = z.object({
    id: zMemberIdValue,
    name: z.string(),
    email: z.email(),
    created_at: z.iso.datetime({ offset: true }),
    updated_at: z.iso.datetime({ offset: true })
});

export const zMemberCreate = z.strictObject({
    name: z.string().min(1).max(200),
    email: z.email().max(320)
});

export const zMemberUpdate = z.strictObject({
    name: z.string().min(1).max(200).optional(),
    email: z.email().max(320).optional()
});

export const zMemberList = z.object({
    data: z.array(zMember),
    next_cursor: zNextCursor
});

export const zServiceIdValue = z.string().regex(/^svc_[0-9A-Z]{26}$/);

export const zServiceStatus = z.enum([
    'operational',
    'degraded',
    'partial_outage',
    'major_outage',
    'maintenance'
]);

export const zService = z.object({
    id: zServiceIdValue,
    name: z.string(),
    description: z.string().nullable(),
    status: zServiceStatus,
    created_at: z.iso.datetime({ offset: true }),
    updated_at: z.iso.datetime({ offset: true })
});

export const zServiceCreate = z.strictObject({
    name: z.string().min(1).max(200),
    description: z.string().max(2000).nullish(),
    status: zServiceStatus.optional()
});

export const zServiceUpdate = z.strictObject({
    name: z.string().min(1).max(200).optional(),
    description: z.string().max(2000).nullish(),
    status: zServiceStatus.optional()
});

export const zServiceList = z.object({
    data: z.array(zService),
    next_cursor: zNextCursor
});

export const zPostIncidentFlowIdValue = z.string().regex(/^pif_[0-9A-Z]{26}$/);

/**
 * `review_timeline`, `create_postmortem` (completes itself when a post-mortem is attached),
 * `schedule_debrief` (when the debrief is recorded), `complete_postmortem` (when the post-mortem is marked
 * complete), `share_postmortem` (when it is shared to a channel), `review_follow_ups` (when every follow-up is
 * completed or not doing), `assign_role` (when its `role` is assigned), `custom` (title required).
 *
 */
export const zPostIncidentTaskKind = z.enum([
    'review_timeline',
    'create_postmortem',
    'schedule_debrief',
    'complete_postmortem',
    'share_postmortem',
    'review_follow_ups',
    'assign_role',
    'custom'
]);

export const zPostIncidentTaskTemplate = z.strictObject({
    kind: zPostIncidentTaskKind,
    title: z.string().min(1).max(200).optional(),
    description: z.string().max(5000).nullish(),
    due_after_days: z.number().gte(0).lte(365).nullish(),
    assignee_id: zMemberIdValue.nullish(),
    assignee_role: z.string().regex(/^[a-z0-9_]{1,64}$/).nullish(),
    role: z.string().regex(/^[a-z0-9_]{1,64}$/).nullish()
});

export const zPostIncidentFlowStatus = z.strictObject({
    name: z.string().min(1).max(100),
    tasks: z.array(zPostIncidentTaskTemplate).max(50)
});

/**
 * `automatic`: a resolved incident matching `conditions` enters the flow; `opt_in`: offered when the incident is closed (`POST /incidents/{id}/close` with `flow_id`).
 */
export const zPostIncidentEntry = z.enum(['automatic', 'opt_in']);

export const zPostIncidentTaskStatus = z.enum([
    'todo',
    'done',
    'not_doing'
]);

/**
 * What completed (or skipped) the task: `api` (a key), `workflow` (a run's action, `run_id`) or `automatic` (`reason` says what did it, e.g. `postmortem.attached`).
 */
export const zPostIncidentCompletion = z.object({
    kind: z.enum([
        'api',
        'workflow',
        'automatic'
    ]),
    reason: z.string().nullable(),
    run_id: z.string().nullable()
});

export const zPostIncidentTask = z.object({
    id: z.string(),
    incident_id: z.string(),
    post_incident_status: z.string(),
    kind: zPostIncidentTaskKind,
    title: z.string(),
    description: z.string().nullable(),
    role: z.string().nullable(),
    status: zPostIncidentTaskStatus,
    assignee_id: z.string().nullable(),
    due_at: z.iso.datetime({ offset: true }).nullable(),
    note: z.string().nullable(),
    completed_by: zPostIncidentCompletion.nullable(),
    completed_at: z.iso.datetime({ offset: true }).nullable()
});

/**
 * An incident's way through a post-incident flow: the flow as it was when the incident entered (later edits of the flow change nothing here), the current status and the tasks of every status.
 */
export const zIncidentPostIncident = z.object({
    incident_id: z.string(),
    flow_id: z.string(),
    flow_name: z.string(),
    statuses: z.array(z.string()),
    status: z.string().nullable(),
    state: z.enum([
        'active',
        'completed',
        'opted_out'
    ]),
    entered_at: z.iso.datetime({ offset: true }),
    ended_at: z.iso.datetime({ offset: true }).nullable(),
    opt_out_reason: z.string().nullable(),
    tasks: z.array(zPostIncidentTask)
});

export const zIncidentClose = z.strictObject({
    flow_id: zPostIncidentFlowIdValue.optional()
});

export const zPostIncidentMove = z.strictObject({
    to: z.string().min(1).max(100)
});

export const zPostIncidentOptOut = z.strictObject({
    reason: z.string().min(1).max(2000)
});

export const zPostIncidentTaskNote = z.strictObject({
    note: z.string().min(1).max(2000).optional()
});

export const zPostIncidentTaskUpdate = z.strictObject({
    assignee_id: zMemberIdValue.nullish(),
    due_at: z.iso.datetime({ offset: true }).nullish()
});

export const zFollowUpStatus = z.enum([
    'outstanding',
    'completed',
    'not_doing'
]);

export const zFollowUp = z.object({
    id: z.string(),
    incident_id: z.string(),
    title: z.string(),
    assignee_id: z.string().nullable(),
    status: zFollowUpStatus,
    created_at: z.iso.datetime({ offset: true }),
    updated_at: z.iso.datetime({ offset: true })
});

export const zFollowUpCreate = z.strictObject({
    title: z.string().min(1).max(300),
    assignee_id: zMemberIdValue.nullish(),
    status: zFollowUpStatus.optional()
});

export const zFollowUpUpdate = z.strictObject({
    title: z.string().min(1).max(300).optional(),
    assignee_id: zMemberIdValue.nullish(),
    status: zFollowUpStatus.optional()
});

export const zFollowUpList = z.object({
    data: z.array(zFollowUp),
    next_cursor: zNextCursor
});

export const zPostmortemStatus = z.enum(['draft', 'complete']);

export const zPostmortem = z.object({
    incident_id: z.string(),
    url: z.url(),
    status: zPostmortemStatus,
    created_at: z.iso.datetime({ offset: true }),
    updated_at: z.iso.datetime({ offset: true })
});

export const zPostmortemPut = z.strictObject({
    url: z.url().max(2000).regex(/^https?:\/\//),
    status: zPostmortemStatus.optional()
});

export const zDebrief = z.object({
    incident_id: z.string(),
    scheduled_at: z.iso.datetime({ offset: true }),
    attendee_ids: z.array(z.string()),
    updated_at: z.iso.datetime({ offset: true })
});

export const zDebriefPut = z.strictObject({
    scheduled_at: z.iso.datetime({ offset: true }),
    attendee_ids: z.array(zMemberIdValue).max(100).optional()
});

export const zIncidentRoleAssign = z.strictObject({
    role: z.string().regex(/^[a-z0-9_]{1,64}$/),
    member_id: zMemberIdValue.nullable()
});

export const zIncidentRoles = z.object({
    incident_id: z.string(),
    roles: z.record(z.string(), z.string())
});

/**
 * `investigating → identified → monitoring → resolved` while it is being handled (set freely), then
 * `post_incident` while it goes through a post-incident flow (`post_incident_status` names the flow's status)
 * and `closed` at the end. `post_incident` and `closed` are reached only through the flow and
 * `POST /incidents/{id}/close`, never set directly.
 *
 */
export const zIncidentStatus = z.enum([
    'investigating',
    'identified',
    'monitoring',
    'resolved',
    'post_incident',
    'closed'
]);

/**
 * The statuses a create, update or timeline entry may set (`post_incident` and `closed` come from the post-incident flow).
 */
export const zIncidentStatusSettable = z.enum([
    'investigating',
    'identified',
    'monitoring',
    'resolved'
]);

/**
 * Ranked `minor < major < critical`.
 */
export const zSeverity = z.enum([
    'minor',
    'major',
    'critical'
]);

/**
 * `draft` incidents are not announced until published.
 */
export const zVisibility = z.enum(['draft', 'public']);

export const zIncidentSource = z.enum([
    'manual',
    'api',
    'workflow',
    'auto_uptime',
    'auto_heartbeat',
    'auto_integration'
]);

export const zLabel = z.string().min(1).max(64).regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/);

export const zIncident = z.object({
    id: z.string(),
    title: z.string(),
    status: zIncidentStatus,
    severity: zSeverity,
    message: z.string().nullable(),
    service_ids: z.array(zServiceIdValue),
    labels: z.array(zLabel),
    assignee_id: zMemberIdValue.nullable(),
    visibility: zVisibility,
    source: zIncidentSource,
    created_at: z.iso.datetime({ offset: true }),
    updated_at: z.iso.datetime({ offset: true }),
    published_at: z.iso.datetime({ offset: true }).nullable(),
    resolved_at: z.iso.datetime({ offset: true }).nullable(),
    archived_at: z.iso.datetime({ offset: true }).nullable(),
    post_incident_status: z.string().nullable(),
    closed_at: z.iso.datetime({ offset: true }).nullable()
});

/**
 * The `data` of `incident.closed`: the closed incident's own fields at the top, with why it closed.
 */
export const zIncidentClosedEventData = zIncident.and(z.object({
    opt_out_reason: z.string().nullable(),
    flow_id: z.string().nullable()
}));

/**
 * The `data` of `post_incident.entered` and `post_incident.status_changed`: the incident's post-incident flow (its own fields at the top), the incident, and for a status change the status it left.
 */
export const zPostIncidentFlowEventData = zIncidentPostIncident.and(z.object({
    incident: zIncident,
    previous_status: z.string().optional()
}));

/**
 * The `data` of `post_incident.task_completed` and `post_incident.task_assigned`: the task's own fields at the top, and the incident.
 */
export const zPostIncidentTaskEventData = zPostIncidentTask.and(z.object({
    incident: zIncident
}));

export const zIncidentCreate = z.strictObject({
    title: z.string().min(1).max(300),
    status: zIncidentStatusSettable.optional(),
    severity: zSeverity.optional(),
    message: z.string().max(10000).nullish(),
    service_ids: z.array(zServiceIdValue).max(50).optional(),
    labels: z.array(zLabel).max(50).optional(),
    assignee_id: zMemberIdValue.nullish(),
    visibility: zVisibility.optional()
});

export const zIncidentUpdate = z.strictObject({
    title: z.string().min(1).max(300).optional(),
    status: zIncidentStatusSettable.optional(),
    severity: zSeverity.optional(),
    message: z.string().max(10000).nullish(),
    service_ids: z.array(zServiceIdValue).max(50).optional(),
    labels: z.array(zLabel).max(50).optional(),
    assignee_id: zMemberIdValue.nullish()
});

export const zIncidentResolve = z.strictObject({
    message: z.string().min(1).max(10000).optional()
});

export const zIncidentAssign = z.strictObject({
    assignee_id: zMemberIdValue.nullable()
});

export const zLabelsAdd = z.strictObject({
    labels: z.array(zLabel).min(1).max(50)
});

export const zIncidentList = z.object({
    data: z.array(zIncident),
    next_cursor: zNextCursor
});

/**
 * One entry in an incident's timeline.
 */
export const zIncidentUpdateEntry = z.object({
    id: z.string(),
    incident_id: z.string(),
    message: z.string(),
    status: zIncidentStatus.nullable(),
    created_at: z.iso.datetime({ offset: true })
});

export const zIncidentUpdateEntryCreate = z.strictObject({
    message: z.string().min(1).max(10000),
    status: zIncidentStatusSettable.optional()
});

export const zIncidentUpdateEntryList = z.object({
    data: z.array(zIncidentUpdateEntry),
    next_cursor: zNextCursor
});

export const zEventType = z.enum([
    'incident.created',
    'incident.updated',
    'incident.resolved',
    'incident.published',
    'incident.archived',
    'service.created',
    'service.updated',
    'service.status_changed',
    'service.deleted',
    'member.created',
    'member.updated',
    'member.deleted',
    'webhook.disabled',
    'alert.fired',
    'alert.acknowledged',
    'alert.resolved',
    'run.completed',
    'run.failed',
    'monitor.down',
    'monitor.recovered',
    'incident_io.incident_created',
    'incident_io.incident_updated',
    'heartbeat.missed',
    'heartbeat.recovered',
    'error_threshold_exceeded',
    'incident.closed',
    'post_incident.entered',
    'post_incident.status_changed',
    'post_incident.task_completed',
    'post_incident.task_assigned'
]);

/**
 * Field → `{ from, to }` for every field the change touched.
 */
export const zEventChanges = z.record(z.string(), z.object({
    from: z.unknown(),
    to: z.unknown()
}));

export const zIncidentEventFields = z.object({
    services: z.array(z.string())
});

/**
 * The incident's own fields at the top of `data`, plus `services`: the names of its services (in the order of
 * `service_ids`), as they were when the event was written.
 *
 */
export const zIncidentEventData = zIncident.and(zIncidentEventFields);

/**
 * `IncidentEventData` after the change, plus `changes`.
 */
export const zIncidentUpdatedEventData = zIncidentEventData.and(z.object({
    changes: zEventChanges
}));

/**
 * The service after the change, plus `changes`.
 */
export const zServiceUpdatedEventData = zService.and(z.object({
    changes: zEventChanges
}));

export const zServiceStatusChangeFields = z.object({
    previous_status: zServiceStatus,
    new_status: zServiceStatus
});

/**
 * The service (its `status` is the new one), plus `previous_status` and `new_status`.
 */
export const zServiceStatusChangedEventData = zService.and(zServiceStatusChangeFields);

/**
 * The member after the change, plus `changes`.
 */
export const zMemberUpdatedEventData = zMember.and(z.object({
    changes: zEventChanges
}));

export const zAlertEventFields = z.object({
    service: zService.nullable()
});

export const zWebhookDisabledFields = z.object({
    reason: z.string(),
    last_error: z.string()
});

/**
 * An accepted incident.io delivery (`incident_io.incident_created` / `incident_io.incident_updated`): its
 * `event_type` as incident.io names it, the connection it came through, and the incident as incident.io sent it
 * (or, for the private variants, as read back with the connection's key; `fetch_error` says why when it could
 * not be read and `incident` then holds only the id).
 *
 */
export const zIncidentIoEventData = z.object({
    event_type: z.string(),
    connection_id: z.string(),
    incident: z.looseObject({
        id: z.string(),
        name: z.string().optional(),
        reference: z.string().optional(),
        permalink: z.string().optional(),
        severity: z.object({
            id: z.string().optional(),
            name: z.string().optional()
        }).optional(),
        incident_status: z.object({
            id: z.string().optional(),
            name: z.string().optional()
        }).optional(),
        summary: z.string().nullish(),
        visibility: z.string().optional(),
        created_at: z.string().optional(),
        updated_at: z.string().optional()
    }),
    fetch_error: z.string().optional()
});

/**
 * The `data` of `run.completed` (status `completed` or `completed_with_errors`) and `run.failed` (status
 * `failed`): the workflow run that ended, its own fields at the top of `data`. Written in the transaction
 * that ends the run; the event's `caused_by` names that run, so a workflow triggered by it counts in the
 * run's causation chain (depth rules apply) and a workflow is never triggered by its own runs. Canceled runs
 * write no event.
 *
 */
export const zRunEventData = z.object({
    id: z.string(),
    workflow_id: z.string(),
    workflow_name: z.string(),
    workflow_version: z.int(),
    status: z.enum([
        'completed',
        'completed_with_errors',
        'failed'
    ]),
    error: z.string().nullable(),
    failed_step: z.object({
        index: z.int(),
        name: z.string().nullable(),
        type: z.string(),
        error: z.string().nullable()
    }).nullable(),
    trigger_type: z.string(),
    started_at: z.iso.datetime({ offset: true }).nullable(),
    ended_at: z.iso.datetime({ offset: true }),
    duration_ms: z.int().nullable()
});

export const zEventIdValue = z.string().regex(/^evt_[0-9A-Z]{26}$/);

export const zIncidentCreatedPayload = z.object({
    id: zEventIdValue,
    event: z.literal('incident.created'),
    timestamp: z.iso.datetime({ offset: true }),
    data: zIncidentEventData
});

export const zIncidentUpdatedPayload = z.object({
    id: zEventIdValue,
    event: z.literal('incident.updated'),
    timestamp: z.iso.datetime({ offset: true }),
    data: zIncidentUpdatedEventData
});

export const zIncidentResolvedPayload = z.object({
    id: zEventIdValue,
    event: z.literal('incident.resolved'),
    timestamp: z.iso.datetime({ offset: true }),
    data: zIncidentEventData
});

export const zIncidentPublishedPayload = z.object({
    id: zEventIdValue,
    event: z.literal('incident.published'),
    timestamp: z.iso.datetime({ offset: true }),
    data: zIncidentEventData
});

export const zIncidentArchivedPayload = z.object({
    id: zEventIdValue,
    event: z.literal('incident.archived'),
    timestamp: z.iso.datetime({ offset: true }),
    data: zIncidentEventData
});

export const zServiceCreatedPayload = z.object({
    id: zEventIdValue,
    event: z.literal('service.created'),
    timestamp: z.iso.datetime({ offset: true }),
    data: zService
});

export const zServiceUpdatedPayload = z.object({
    id: zEventIdValue,
    event: z.literal('service.updated'),
    timestamp: z.iso.datetime({ offset: true }),
    data: zServiceUpdatedEventData
});

export const zServiceStatusChangedPayload = z.object({
    id: zEventIdValue,
    event: z.literal('service.status_changed'),
    timestamp: z.iso.datetime({ offset: true }),
    data: zServiceStatusChangedEventData
});

export const zServiceDeletedPayload = z.object({
    id: zEventIdValue,
    event: z.literal('service.deleted'),
    timestamp: z.iso.datetime({ offset: true }),
    data: zService
});

export const zMemberCreatedPayload = z.object({
    id: zEventIdValue,
    event: z.literal('member.created'),
    timestamp: z.iso.datetime({ offset: true }),
    data: zMember
});

export const zMemberUpdatedPayload = z.object({
    id: zEventIdValue,
    event: z.literal('member.updated'),
    timestamp: z.iso.datetime({ offset: true }),
    data: zMemberUpdatedEventData
});

export const zMemberDeletedPayload = z.object({
    id: zEventIdValue,
    event: z.literal('member.deleted'),
    timestamp: z.iso.datetime({ offset: true }),
    data: zMember
});

export const zRunCompletedPayload = z.object({
    id: zEventIdValue,
    event: z.literal('run.completed'),
    timestamp: z.iso.datetime({ offset: true }),
    data: zRunEventData
});

export const zRunFailedPayload = z.object({
    id: zEventIdValue,
    event: z.literal('run.failed'),
    timestamp: z.iso.datetime({ offset: true }),
    data: zRunEventData
});

export const zIncidentIoIncidentCreatedPayload = z.object({
    id: zEventIdValue,
    event: z.literal('incident_io.incident_created'),
    timestamp: z.iso.datetime({ offset: true }),
    data: zIncidentIoEventData
});

export const zIncidentIoIncidentUpdatedPayload = z.object({
    id: zEventIdValue,
    event: z.literal('incident_io.incident_updated'),
    timestamp: z.iso.datetime({ offset: true }),
    data: zIncidentIoEventData
});

export const zIncidentClosedPayload = z.object({
    id: zEventIdValue,
    event: z.literal('incident.closed'),
    timestamp: z.iso.datetime({ offset: true }),
    data: zIncidentClosedEventData
});

export const zPostIncidentEnteredPayload = z.object({
    id: zEventIdValue,
    event: z.literal('post_incident.entered'),
    timestamp: z.iso.datetime({ offset: true }),
    data: zPostIncidentFlowEventData
});

export const zPostIncidentStatusChangedPayload = z.object({
    id: zEventIdValue,
    event: z.literal('post_incident.status_changed'),
    timestamp: z.iso.datetime({ offset: true }),
    data: zPostIncidentFlowEventData
});

export const zPostIncidentTaskCompletedPayload = z.object({
    id: zEventIdValue,
    event: z.literal('post_incident.task_completed'),
    timestamp: z.iso.datetime({ offset: true }),
    data: zPostIncidentTaskEventData
});

export const zPostIncidentTaskAssignedPayload = z.object({
    id: zEventIdValue,
    event: z.literal('post_incident.task_assigned'),
    timestamp: z.iso.datetime({ offset: true }),
    data: zPostIncidentTaskEventData
});

/**
 * Set on events written by a workflow's actions, and on `run.completed` / `run.failed` (naming the run that ended), for loop protection.
 */
export const zCausation = z.object({
    run_id: z.string(),
    workflow_id: z.string(),
    depth: z.int().gte(1)
});

/**
 * A change that happened. `data` is the same as in the webhook payload of its type (`WebhookPayload`): the
 * resource's own fields at the top (an incident's `title`, `status`, `services` by name…; a service's
 * `name`, and for `service.status_changed` its `previous_status` and `new_status`; a run's fields for
 * `run.completed` / `run.failed`), with `changes` (field → `{ from, to }`) beside them on the `*.updated`
 * events.
 *
 * The post-incident events hold their resource's own fields at the top of `data` (resource_type
 * `incident`, resource_id the incident's id), plus the incident under `incident`:
 * - `post_incident.entered`, `post_incident.status_changed` (`PostIncidentFlowEventData`): the
 * `IncidentPostIncident` fields (`flow_id`, `flow_name`, `statuses`, `status`, `state`, `tasks`, …);
 * `status_changed` adds `previous_status`.
 * - `post_incident.task_completed` (done or not doing), `post_incident.task_assigned`
 * (`PostIncidentTaskEventData`): the `PostIncidentTask` fields (`id`, `kind`, `title`, `status`,
 * `assignee_id`, `completed_by`, …).
 * - `incident.closed` (`IncidentClosedEventData`): the `Incident` fields at the top, plus `opt_out_reason`
 * (null unless opted out) and `flow_id` (null when closed directly).
 * A change of the incident's `status` or `post_incident_status` by the flow also writes `incident.updated`.
 *
 */
export const zEvent = z.object({
    id: z.string(),
    type: zEventType,
    resource_type: z.enum([
        'incident',
        'service',
        'member',
        'webhook',
        'alert',
        'run',
        'heartbeat',
        'error_rule',
        'integration',
        'monitor'
    ]),
    resource_id: z.string(),
    data: z.record(z.string(), z.unknown()),
    caused_by: zCausation.nullable(),
    created_at: z.iso.datetime({ offset: true })
});

export const zEventList = z.object({
    data: z.array(zEvent),
    next_cursor: zNextCursor
});

export const zWebhookIdValue = z.string().regex(/^whk_[0-9A-Z]{26}$/);

/**
 * An event type, or `*` for every event.
 */
export const zWebhookEventFilter = z.union([
    zEventType,
    z.literal('*')
]);

export const zWebhook = z.object({
    id: zWebhookIdValue,
    url: z.url(),
    description: z.string().nullable(),
    events: z.array(zWebhookEventFilter),
    headers: z.record(z.string(), z.string()),
    is_active: z.boolean(),
    enabled_at: z.iso.datetime({ offset: true }).nullable(),
    disabled_reason: z.string().nullable(),
    disabled_at: z.iso.datetime({ offset: true }).nullable(),
    previous_secret_expires_at: z.iso.datetime({ offset: true }).nullable(),
    created_at: z.iso.datetime({ offset: true }),
    updated_at: z.iso.datetime({ offset: true })
});

/**
 * The endpoint Tripwire disabled (its own fields at the top: `is_active` false, `disabled_reason`,
 * `disabled_at`), plus `reason` (the same as `disabled_reason`) and `last_error`: what the last attempt got
 * (`HTTP 410 Gone` when the endpoint asked to be disabled). Re-enable it with `PATCH /webhooks/{id}` `{"is_active": true}`.
 *
 */
export const zWebhookDisabledEventData = zWebhook.and(zWebhookDisabledFields);

export const zWebhookDisabledPayload = z.object({
    id: zEventIdValue,
    event: z.literal('webhook.disabled'),
    timestamp: z.iso.datetime({ offset: true }),
    data: zWebhookDisabledEventData
});

export const zWebhookWithSecret = zWebhook.and(z.object({
    secret: z.string()
}));

/**
 * Up to 20 extra headers. Names are HTTP tokens; the signature, `webhook-*`, `content-type`, `user-agent` and `host` headers cannot be overridden. Values are stored encrypted and shown as `tw_sealed_v1.<ref>` references; in a `PATCH`, a reference keeps the stored value (an unknown one is a `422` naming the header) and any other value replaces it.
 */
export const zWebhookHeaders = z.record(z.string(), z.string().max(1000));

export const zWebhookCreate = z.strictObject({
    url: z.string().min(1).max(2000),
    events: z.array(zWebhookEventFilter).min(1).max(100).optional(),
    description: z.string().max(500).nullish(),
    headers: zWebhookHeaders.optional(),
    is_active: z.boolean().optional(),
    secret: z.string().max(200).optional()
});

export const zWebhookUpdate = z.strictObject({
    url: z.string().min(1).max(2000).optional(),
    events: z.array(zWebhookEventFilter).min(1).max(100).optional(),
    description: z.string().max(500).nullish(),
    headers: zWebhookHeaders.optional(),
    is_active: z.boolean().optional()
});

export const zWebhookRotate = z.strictObject({
    overlap_seconds: z.int().gte(0).lte(604800).optional()
});

export const zWebhookTestRequest = z.strictObject({
    event: zEventType.optional()
});

export const zWebhookList = z.object({
    data: z.array(zWebhook),
    next_cursor: zNextCursor
});

/**
 * `pending` (queued, first attempt not made), `retrying` (failed, another attempt scheduled), `succeeded`, `failed` (no more attempts).
 */
export const zDeliveryStatus = z.enum([
    'pending',
    'retrying',
    'succeeded',
    'failed'
]);

/**
 * `http` = the endpoint answered non-2xx; `blocked` = the destination resolved to a forbidden address.
 */
export const zDeliveryErrorClass = z.enum([
    'timeout',
    'dns',
    'connect',
    'tls',
    'http',
    'blocked'
]);

export const zWebhookTestResult = z.object({
    delivery_id: z.string(),
    event_id: z.string(),
    success: z.boolean(),
    status_code: z.int().nullable(),
    latency_ms: z.number(),
    response_excerpt: z.string(),
    error_class: zDeliveryErrorClass.nullable(),
    error: z.string().nullable()
});

export const zDeliveryAttempt = z.object({
    number: z.int().gte(1),
    started_at: z.iso.datetime({ offset: true }),
    status_code: z.int().nullable(),
    latency_ms: z.number(),
    response_excerpt: z.string(),
    error_class: zDeliveryErrorClass.nullable(),
    error: z.string().nullable()
});

export const zDelivery = z.object({
    id: z.string(),
    webhook_id: zWebhookIdValue,
    event_id: z.string(),
    event_type: z.string(),
    test: z.boolean(),
    status: zDeliveryStatus,
    attempt_count: z.int(),
    next_attempt_at: z.iso.datetime({ offset: true }).nullable(),
    created_at: z.iso.datetime({ offset: true }),
    updated_at: z.iso.datetime({ offset: true }),
    attempts: z.array(zDeliveryAttempt)
});

export const zDeliveryList = z.object({
    data: z.array(zDelivery),
    next_cursor: zNextCursor
});

export const zWorkflowIdValue = z.string().regex(/^wfl_[0-9A-Z]{26}$/);

/**
 * `draft` workflows never run; `active` ones react to their trigger; `disabled` ones record skipped evaluations.
 */
export const zWorkflowState = z.enum([
    'draft',
    'active',
    'disabled'
]);

export const zTriggerType = z.enum([
    'incident.created',
    'incident.updated',
    'incident.resolved',
    'incident.published',
    'alert.fired',
    'alert.resolved',
    'service.status_changed',
    'uptime.down',
    'uptime.recovered',
    'heartbeat.missed',
    'error_threshold_exceeded',
    'run.completed',
    'run.failed',
    'incident.closed',
    'post_incident.entered',
    'post_incident.status_changed',
    'post_incident.task_completed',
    'post_incident.task_assigned',
    'scheduled',
    'manual',
    'incident_io.incident'
]);

export const zTrigger = z.strictObject({
    type: zTriggerType,
    schedule: z.string().max(100).optional(),
    every: z.string().max(20).optional(),
    timezone: z.string().max(64).optional(),
    connection_id: z.string().regex(/^int_[0-9A-Z]{26}$/).optional(),
    events: z.array(z.enum(['created', 'updated'])).min(1).max(2).optional()
});

export const zConditionOperator = z.enum([
    'equals',
    'not_equals',
    'contains',
    'not_contains',
    'greater_than',
    'less_than',
    'in',
    'not_in'
]);

export const zCondition = z.strictObject({
    field: z.string().min(1).max(200),
    operator: zConditionOperator,
    value: z.unknown().optional()
});

export const zConditionGroup = z.strictObject({
    operator: z.enum(['AND', 'OR']),
    conditions: z.array(z.union([zCondition, z.lazy((): any => zConditionGroup)])).max(50)
});

export const zPostIncidentFlow = z.object({
    id: zPostIncidentFlowIdValue,
    name: z.string(),
    description: z.string().nullable(),
    entry: zPostIncidentEntry,
    conditions: zConditionGroup.nullable(),
    statuses: z.array(zPostIncidentFlowStatus),
    is_default: z.boolean(),
    created_at: z.iso.datetime({ offset: true }),
    updated_at: z.iso.datetime({ offset: true })
});

export const zPostIncidentFlowCreate = z.strictObject({
    name: z.string().min(1).max(200),
    description: z.string().max(2000).nullish(),
    entry: zPostIncidentEntry.optional(),
    conditions: zConditionGroup.nullish(),
    statuses: z.array(zPostIncidentFlowStatus).max(20)
});

export const zPostIncidentFlowUpdate = z.strictObject({
    name: z.string().min(1).max(200).optional(),
    description: z.string().max(2000).nullish(),
    entry: zPostIncidentEntry.optional(),
    conditions: zConditionGroup.nullish(),
    statuses: z.array(zPostIncidentFlowStatus).max(20).optional()
});

export const zPostIncidentFlowList = z.object({
    data: z.array(zPostIncidentFlow),
    next_cursor: zNextCursor
});

/**
 * One step. `type` names the action; its configuration fields sit beside it (see `GET /workflow-catalog`),
 * e.g. `{"type": "add_label", "label": "sev1"}`. String fields may use templates such as `{{incident.title}}`.
 *
 * Secrets in `execute_webhook`: its `secret` (a `whsec_` signing secret) and every literal value of its
 * `headers` (e.g. `Authorization: Bearer …`) are encrypted at rest and never returned: responses show each as a
 * reference, `tw_sealed_v1.` followed by 12 characters (e.g. `tw_sealed_v1.Xb3kQ9_pLm2A`). Send a reference back
 * (as `GET` shows it) to keep the stored value, wherever the action has moved in the list; send a new literal to
 * replace it. A reference this workflow does not hold, or a secret's reference used as a header value (or the
 * reverse), is a `422` naming the field (`#/actions/2/secret`). Values holding a template
 * (`Bearer {{payload.token}}`) are not secrets themselves and are stored and shown as written; put a secret in
 * a value of its own, not beside a template.
 *
 * The same holds for a `send_slack_message` action's literal `webhook_url` (a Slack incoming-webhook URL is
 * itself the credential; a slack channel's URL is sealed and masked likewise): stored encrypted, shown as a
 * reference, kept when the reference is sent back, and a reference of another kind there is a `422`.
 *
 */
export const zAction = z.looseObject({
    type: z.string().min(1).max(64),
    name: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/).optional(),
    continue_on_error: z.boolean().optional()
});

export const zWorkflow = z.object({
    id: zWorkflowIdValue,
    name: z.string(),
    description: z.string().nullable(),
    trigger: zTrigger,
    conditions: zConditionGroup.nullable(),
    actions: z.array(zAction),
    state: zWorkflowState,
    version: z.int().gte(0),
    activated_at: z.iso.datetime({ offset: true }).nullable(),
    created_at: z.iso.datetime({ offset: true }),
    updated_at: z.iso.datetime({ offset: true })
});

export const zWorkflowCreate = z.strictObject({
    name: z.string().min(1).max(200),
    description: z.string().max(2000).nullish(),
    trigger: z.union([
        zTrigger,
        zTriggerType
    ]),
    schedule: z.string().max(100).optional(),
    every: z.string().max(20).optional(),
    timezone: z.string().max(64).optional(),
    conditions: zConditionGroup.nullish(),
    actions: z.array(zAction).min(1).max(50),
    state: z.enum(['draft', 'active']).optional()
});

export const zWorkflowUpdate = z.strictObject({
    name: z.string().min(1).max(200).optional(),
    description: z.string().max(2000).nullish(),
    trigger: z.union([
        zTrigger,
        zTriggerType
    ]).optional(),
    schedule: z.string().max(100).optional(),
    every: z.string().max(20).optional(),
    timezone: z.string().max(64).optional(),
    conditions: zConditionGroup.nullish(),
    actions: z.array(zAction).min(1).max(50).optional()
});

export const zWorkflowList = z.object({
    data: z.array(zWorkflow),
    next_cursor: zNextCursor
});

export const zWorkflowVersion = z.object({
    workflow_id: zWorkflowIdValue,
    version: z.int().gte(1),
    name: z.string(),
    trigger: zTrigger,
    conditions: zConditionGroup.nullable(),
    actions: z.array(zAction),
    created_at: z.iso.datetime({ offset: true })
});

export const zWorkflowVersionList = z.object({
    data: z.array(zWorkflowVersion),
    next_cursor: zNextCursor
});

/**
 * What the run starts with. A `manual` workflow takes a `payload`. Any workflow can be test-run with what its
 * trigger would carry, at most one of:
 * - a real resource of the trigger's kind: `incident_id` (incident triggers), `alert_id` (alert triggers),
 * `service_id` (`service.status_changed`: `previous_status` is the service's current status) or `run_id`
 * (`run.completed` / `run.failed`: an ended run of another workflow);
 * - `event`: an event of the trigger's type in the shape dry runs take (`{"data": …}`); the catalog's
 * `sample` of the trigger (`GET /workflow-catalog`) is one, ready to send.
 * With neither (and no `payload`), a `scheduled` workflow runs as if its schedule fired now; other
 * non-manual triggers need one of the above (`422`). The conditions are evaluated (false: `409`), the
 * actions really run, trigger variables resolve, and the run is recorded with `test: true`.
 *
 */
export const zWorkflowTrigger = z.strictObject({
    payload: z.record(z.string(), z.unknown()).optional(),
    incident_id: z.string().min(1).max(64).optional(),
    alert_id: z.string().min(1).max(64).optional(),
    service_id: z.string().min(1).max(64).optional(),
    run_id: z.string().min(1).max(64).optional(),
    event: z.strictObject({
        type: z.string().optional(),
        data: z.record(z.string(), z.unknown())
    }).optional()
});

export const zCatalogTrigger = z.object({
    type: zTriggerType,
    description: z.string(),
    sample: z.object({
        type: z.string(),
        data: z.record(z.string(), z.unknown())
    }),
    variables: z.array(z.string()),
    fields: z.array(z.string()),
    fires: z.boolean()
});

export const zCatalogAction = z.object({
    type: z.string(),
    description: z.string(),
    scopes: z.array(zScope),
    fields: z.array(z.object({
        name: z.string(),
        type: z.string(),
        required: z.boolean(),
        description: z.string().optional()
    }))
});

export const zWorkflowCatalog = z.object({
    triggers: z.array(zCatalogTrigger),
    actions: z.array(zCatalogAction),
    operators: z.array(zConditionOperator)
});

export const zRunStatus = z.enum([
    'queued',
    'running',
    'waiting',
    'completed',
    'completed_with_errors',
    'failed',
    'canceled'
]);

export const zStepStatus = z.enum([
    'pending',
    'running',
    'waiting',
    'completed',
    'failed',
    'skipped',
    'canceled'
]);

export const zStep = z.object({
    index: z.int().gte(0),
    name: z.string().nullable(),
    type: z.string(),
    status: zStepStatus,
    input: z.record(z.string(), z.unknown()).nullable(),
    output: z.record(z.string(), z.unknown()).nullable(),
    error: z.string().nullable(),
    attempts: z.int().gte(0),
    started_at: z.iso.datetime({ offset: true }).nullable(),
    ended_at: z.iso.datetime({ offset: true }).nullable()
});

export const zRun = z.object({
    id: z.string(),
    workflow_id: zWorkflowIdValue,
    workflow_version: z.int().gte(1),
    status: zRunStatus,
    trigger_type: zTriggerType,
    event: z.object({
        id: z.string().nullable(),
        type: z.string(),
        data: z.record(z.string(), z.unknown())
    }),
    caused_by: z.array(zCausation),
    depth: z.int().gte(0),
    replay_of: z.string().nullable(),
    test: z.boolean(),
    error: z.string().nullable(),
    created_at: z.iso.datetime({ offset: true }),
    started_at: z.iso.datetime({ offset: true }).nullable(),
    ended_at: z.iso.datetime({ offset: true }).nullable(),
    duration_ms: z.number().nullable(),
    steps: z.array(zStep).optional()
});

export const zRunList = z.object({
    data: z.array(zRun),
    next_cursor: zNextCursor
});

export const zReplayRequest = z.strictObject({
    from: z.enum(['start', 'failed_step']).optional().default('start'),
    version: z.enum(['pinned', 'current']).optional().default('pinned')
});

/**
 * One condition (or group) as evaluated.
 */
export const zConditionTrace = z.object({
    operator: z.string().optional(),
    field: z.string().optional(),
    value: z.unknown().optional(),
    resolved: z.unknown().optional(),
    result: z.boolean(),
    conditions: z.array(z.lazy((): any => zConditionTrace)).optional()
});

export const zEvaluation = z.object({
    id: z.string(),
    workflow_id: zWorkflowIdValue,
    workflow_version: z.int(),
    event_id: z.string().nullable(),
    event_type: z.string(),
    outcome: z.enum(['started', 'skipped']),
    reason: z.enum([
        'conditions_false',
        'workflow_disabled',
        'depth_limit',
        'cycle',
        'maintenance_window'
    ]).nullable(),
    conditions: zConditionTrace.nullable(),
    run_id: z.string().nullable(),
    created_at: z.iso.datetime({ offset: true })
});

export const zEvaluationList = z.object({
    data: z.array(zEvaluation),
    next_cursor: zNextCursor
});

export const zDryRunRequest = z.strictObject({
    event: z.strictObject({
        type: z.string().optional(),
        data: z.record(z.string(), z.unknown())
    }).optional(),
    from_run: z.string().regex(/^run_[0-9A-Z]{26}$/).optional()
});

export const zDryRunResult = z.object({
    would_run: z.boolean(),
    conditions: zConditionTrace.nullable(),
    actions: z.array(z.object({
        index: z.int(),
        name: z.string().nullish(),
        type: z.string(),
        input: z.record(z.string(), z.unknown()).nullable(),
        errors: z.array(z.string())
    }))
});

export const zSchedulePreview = z.object({
    schedule: z.string().nullable(),
    every: z.string().nullable(),
    timezone: z.string(),
    next: z.array(z.iso.datetime({ offset: true }))
});

export const zChannelIdValue = z.string().regex(/^chn_[0-9A-Z]{26}$/);

export const zPostmortemShare = z.strictObject({
    channel_id: zChannelIdValue
});

/**
 * A stable name of your choosing for a channel, unique in the organization, e.g. `ch_slack_ops`: 1 to 64
 * letters, digits, `_`, `.` or `-`, starting with a letter, and not starting with `chn_` (that prefix is the
 * id's). Set at creation and never changed, so workflows and escalation policies can name the channel before
 * it exists (and in every environment alike). Case-sensitive.
 *
 */
export const zChannelKey = z.string().min(1).max(64).regex(/^[A-Za-z][A-Za-z0-9_.-]*$/);

/**
 * A channel's id (`chn_…`) or its key (`ch_slack_ops`).
 */
export const zChannelRef = z.string().min(1).max(64).regex(/^[A-Za-z][A-Za-z0-9_.-]*$/);

export const zChannelKind = z.enum([
    'slack',
    'email',
    'webhook'
]);

export const zChannel = z.object({
    id: zChannelIdValue,
    key: zChannelKey.nullable(),
    name: z.string(),
    kind: zChannelKind,
    config: z.record(z.string(), z.unknown()),
    created_at: z.iso.datetime({ offset: true }),
    updated_at: z.iso.datetime({ offset: true })
});

export const zChannelCreate = z.strictObject({
    name: z.string().min(1).max(200),
    key: zChannelKey.optional(),
    kind: zChannelKind,
    config: z.record(z.string(), z.unknown())
});

export const zChannelUpdate = z.strictObject({
    name: z.string().min(1).max(200).optional(),
    config: z.record(z.string(), z.unknown()).optional()
});

export const zChannelList = z.object({
    data: z.array(zChannel),
    next_cursor: zNextCursor
});

export const zNotificationResult = z.object({
    success: z.boolean(),
    status_code: z.int().nullable(),
    latency_ms: z.number(),
    response_excerpt: z.string(),
    error: z.string().nullable()
});

export const zIntegrationIdValue = z.string().regex(/^int_[0-9A-Z]{26}$/);

export const zIntegrationKind = z.enum(['incident_io']);

export const zIntegrationCreate = z.strictObject({
    kind: zIntegrationKind,
    name: z.string().min(1).max(200),
    api_key: z.string().min(8).max(500).regex(/^[\x21-\x7e]+$/)
});

export const zIntegrationUpdate = z.strictObject({
    name: z.string().min(1).max(200).optional(),
    api_key: z.string().min(8).max(500).regex(/^[\x21-\x7e]+$/).optional()
});

export const zIntegrationTestResult = z.object({
    ok: z.boolean(),
    status_code: z.int().nullable(),
    latency_ms: z.number(),
    severities: z.array(z.object({
        id: z.string(),
        name: z.string(),
        rank: z.int().nullable()
    })).nullable(),
    error: z.string().nullable(),
    identity: z.object({
        name: z.string().nullable(),
        roles: z.array(z.string()),
        dashboard_url: z.string().nullable()
    }).nullable()
});

export const zSigningSecretInput = z.strictObject({
    secret: z.string().min(10).max(200)
});

export const zSigningSecretStatus = z.object({
    set: z.boolean(),
    set_at: z.iso.datetime({ offset: true }).nullable()
});

export const zIntegration = z.object({
    id: zIntegrationIdValue,
    kind: zIntegrationKind,
    name: z.string(),
    api_key: z.string(),
    webhook_url: z.string(),
    signing_secret: zSigningSecretStatus,
    rejected_deliveries: z.int().gte(0),
    created_at: z.iso.datetime({ offset: true }),
    updated_at: z.iso.datetime({ offset: true })
});

export const zIntegrationList = z.object({
    data: z.array(zIntegration),
    next_cursor: zNextCursor
});

export const zIncidentIoWebhookReceipt = z.object({
    received: z.boolean(),
    duplicate: z.boolean(),
    event_id: z.string().nullable()
});

export const zAlertIdValue = z.string().regex(/^alt_[0-9A-Z]{26}$/);

export const zAlertStatus = z.enum([
    'firing',
    'acknowledged',
    'resolved'
]);

export const zAlert = z.object({
    id: zAlertIdValue,
    title: z.string(),
    message: z.string().nullish(),
    severity: zSeverity,
    source: z.string().nullable(),
    dedup_key: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
    service_id: zServiceIdValue.nullable(),
    status: zAlertStatus,
    count: z.int().gte(1),
    first_seen_at: z.iso.datetime({ offset: true }),
    last_seen_at: z.iso.datetime({ offset: true }),
    acknowledged_at: z.iso.datetime({ offset: true }).nullable(),
    acknowledged_by: zMemberIdValue.nullable(),
    resolved_at: z.iso.datetime({ offset: true }).nullable(),
    created_at: z.iso.datetime({ offset: true }),
    updated_at: z.iso.datetime({ offset: true }),
    deduplicated: z.boolean().optional()
});

/**
 * The alert's own fields at the top, plus `service`: the alert's service when it has one, else null.
 */
export const zAlertEventData = zAlert.and(zAlertEventFields);

export const zAlertFiredPayload = z.object({
    id: zEventIdValue,
    event: z.literal('alert.fired'),
    timestamp: z.iso.datetime({ offset: true }),
    data: zAlertEventData
});

export const zAlertAcknowledgedPayload = z.object({
    id: zEventIdValue,
    event: z.literal('alert.acknowledged'),
    timestamp: z.iso.datetime({ offset: true }),
    data: zAlertEventData
});

export const zAlertResolvedPayload = z.object({
    id: zEventIdValue,
    event: z.literal('alert.resolved'),
    timestamp: z.iso.datetime({ offset: true }),
    data: zAlertEventData
});

export const zAlertCreate = z.strictObject({
    title: z.string().min(1).max(300),
    message: z.string().max(10000).nullish(),
    severity: zSeverity.optional(),
    source: z.string().max(100).nullish(),
    dedup_key: z.string().max(255).nullish(),
    details: z.record(z.string(), z.unknown()).optional(),
    service_id: zServiceIdValue.nullish()
});

export const zAlertResolveByKey = z.strictObject({
    dedup_key: z.string().min(1).max(255)
});

export const zAlertAcknowledge = z.strictObject({
    member_id: zMemberIdValue.optional()
});

export const zAlertList = z.object({
    data: z.array(zAlert),
    next_cursor: zNextCursor
});

export const zEscalationLevel = z.strictObject({
    delay_minutes: z.number().gte(0).lte(1440),
    member_ids: z.array(zMemberIdValue).max(20).optional(),
    channel_ids: z.array(zChannelRef).max(20).optional()
});

export const zEscalationPolicy = z.object({
    id: z.string().regex(/^esp_[0-9A-Z]{26}$/),
    name: z.string(),
    description: z.string().nullable(),
    repeat: z.int().gte(0).lte(10),
    levels: z.array(zEscalationLevel),
    created_at: z.iso.datetime({ offset: true }),
    updated_at: z.iso.datetime({ offset: true })
});

export const zEscalationPolicyCreate = z.strictObject({
    name: z.string().min(1).max(200),
    description: z.string().max(2000).nullish(),
    repeat: z.int().gte(0).lte(10).optional(),
    levels: z.array(zEscalationLevel).min(1).max(10)
});

export const zEscalationPolicyUpdate = z.strictObject({
    name: z.string().min(1).max(200).optional(),
    description: z.string().max(2000).nullish(),
    repeat: z.int().gte(0).lte(10).optional(),
    levels: z.array(zEscalationLevel).min(1).max(10).optional()
});

export const zEscalationPolicyList = z.object({
    data: z.array(zEscalationPolicy),
    next_cursor: zNextCursor
});

/**
 * `active` until someone acknowledges (`acknowledged`), the alert or incident is resolved (`resolved`), every level and repeat has been notified (`exhausted`), or the policy is deleted (`canceled`).
 */
export const zEscalationStatus = z.enum([
    'active',
    'acknowledged',
    'resolved',
    'exhausted',
    'canceled'
]);

export const zEscalationNotification = z.object({
    level: z.int().gte(0),
    cycle: z.int().gte(0),
    at: z.iso.datetime({ offset: true }),
    recipient_type: z.enum(['member', 'channel']),
    recipient_id: z.string(),
    channel_kind: z.string(),
    success: z.boolean(),
    error: z.string().nullable()
});

export const zEscalation = z.object({
    id: z.string().regex(/^esc_[0-9A-Z]{26}$/),
    policy_id: z.string(),
    target_type: z.enum(['alert', 'incident']),
    target_id: z.string(),
    status: zEscalationStatus,
    level: z.int().gte(0),
    cycle: z.int().gte(0),
    next_at: z.iso.datetime({ offset: true }).nullable(),
    started_at: z.iso.datetime({ offset: true }),
    ended_at: z.iso.datetime({ offset: true }).nullable(),
    levels_reached: z.array(z.object({
        level: z.int(),
        cycle: z.int(),
        at: z.iso.datetime({ offset: true })
    })),
    notifications: z.array(zEscalationNotification)
});

export const zEscalationList = z.object({
    data: z.array(zEscalation),
    next_cursor: zNextCursor
});

export const zHeartbeatIdValue = z.string().regex(/^hbt_[0-9A-Z]{26}$/);

/**
 * `pending` until the first ping; `up`; `down` after a missed or failed ping, until the next good one; `paused`.
 */
export const zHeartbeatState = z.enum([
    'pending',
    'up',
    'down',
    'paused'
]);

/**
 * Give `period` or `schedule` (with `tz`, default `UTC`), not both.
 */
export const zHeartbeatCreate = z.strictObject({
    name: z.string().min(1).max(200),
    period: z.int().gte(1).lte(31536000).optional(),
    schedule: z.string().min(1).max(100).optional(),
    tz: z.string().min(1).max(64).optional(),
    grace: z.int().gte(1).lte(31536000).optional().default(300),
    service_id: z.string().max(64).nullish(),
    auto_incident: z.boolean().optional().default(false)
});

export const zHeartbeatUpdate = z.strictObject({
    name: z.string().min(1).max(200).optional(),
    period: z.int().gte(1).lte(31536000).optional(),
    schedule: z.string().min(1).max(100).optional(),
    tz: z.string().min(1).max(64).optional(),
    grace: z.int().gte(1).lte(31536000).optional(),
    service_id: z.string().max(64).nullish(),
    auto_incident: z.boolean().optional()
});

/**
 * `success` (including exit status 0), `start`, `fail` (including exit statuses 1–255) or `log`.
 */
export const zHeartbeatPingKind = z.enum([
    'success',
    'start',
    'fail',
    'log'
]);

/**
 * The heartbeat's own fields at the top (never its ping URL), plus `reason` (`late`: no ping in time;
 * `run_timeout`: a `start` without a finish within `grace`; `failed`: a fail ping or a non-zero exit status;
 * null on `heartbeat.recovered`) and `exit_code` (of the ping that caused it, else null).
 *
 */
export const zHeartbeatEventData = z.object({
    id: zHeartbeatIdValue,
    name: z.string(),
    service_id: z.string().nullable(),
    period: z.int().nullable(),
    schedule: z.string().nullable(),
    tz: z.string().nullable(),
    grace: z.int(),
    state: zHeartbeatState,
    last_ping_at: z.iso.datetime({ offset: true }).nullable(),
    last_ping_kind: zHeartbeatPingKind.nullable(),
    started_at: z.iso.datetime({ offset: true }).nullable(),
    expected_at: z.iso.datetime({ offset: true }).nullable(),
    deadline_at: z.iso.datetime({ offset: true }).nullable(),
    reason: z.enum([
        'late',
        'run_timeout',
        'failed'
    ]).nullable(),
    exit_code: z.int().nullable()
});

export const zHeartbeatMissedPayload = z.object({
    id: zEventIdValue,
    event: z.literal('heartbeat.missed'),
    timestamp: z.iso.datetime({ offset: true }),
    data: zHeartbeatEventData
});

export const zHeartbeatRecoveredPayload = z.object({
    id: zEventIdValue,
    event: z.literal('heartbeat.recovered'),
    timestamp: z.iso.datetime({ offset: true }),
    data: zHeartbeatEventData
});

export const zHeartbeat = z.object({
    id: zHeartbeatIdValue,
    name: z.string(),
    period: z.int().nullable(),
    schedule: z.string().nullable(),
    tz: z.string().nullable(),
    grace: z.int(),
    service_id: z.string().nullable(),
    auto_incident: z.boolean(),
    state: zHeartbeatState,
    ping_url: z.url(),
    last_ping_at: z.iso.datetime({ offset: true }).nullable(),
    last_ping_kind: zHeartbeatPingKind.nullable(),
    started_at: z.iso.datetime({ offset: true }).nullable(),
    expected_at: z.iso.datetime({ offset: true }).nullable(),
    deadline_at: z.iso.datetime({ offset: true }).nullable(),
    incident_id: z.string().nullable(),
    created_at: z.iso.datetime({ offset: true }),
    updated_at: z.iso.datetime({ offset: true })
});

export const zHeartbeatList = z.object({
    data: z.array(zHeartbeat),
    next_cursor: zNextCursor
});

/**
 * A ping's kind (see HeartbeatPingKind), or `missed`: no ping — the deadline passed and the heartbeat went down (written by the server, with `method` null).
 */
export const zHeartbeatHistoryKind = z.enum([
    'success',
    'start',
    'fail',
    'log',
    'missed'
]);

export const zErrorRuleIdValue = z.string().regex(/^erl_[0-9A-Z]{26}$/);

/**
 * The rule's fields and the crossing at the top: `count` errors in the window `window_start`–`window_end`,
 * and the `fingerprint`, `level`, `message` and `timestamp` of the error that crossed the threshold.
 *
 */
export const zErrorThresholdEventData = z.object({
    id: zErrorRuleIdValue,
    name: z.string().nullable(),
    service_id: z.string(),
    threshold: z.int(),
    window_seconds: z.int(),
    fingerprint: z.string().nullable(),
    level: z.string().nullable(),
    message: z.string().nullable(),
    timestamp: z.iso.datetime({ offset: true }).nullable(),
    count: z.int(),
    window_start: z.iso.datetime({ offset: true }),
    window_end: z.iso.datetime({ offset: true })
});

export const zErrorThresholdExceededPayload = z.object({
    id: zEventIdValue,
    event: z.literal('error_threshold_exceeded'),
    timestamp: z.iso.datetime({ offset: true }),
    data: zErrorThresholdEventData
});

export const zErrorLevel = z.enum([
    'debug',
    'info',
    'warning',
    'error',
    'fatal'
]);

export const zErrorReport = z.strictObject({
    service_id: z.string().max(64),
    fingerprint: z.string().min(1).max(255),
    message: z.string().max(4000),
    level: zErrorLevel.optional(),
    timestamp: z.iso.datetime({ offset: true }).optional()
});

export const zErrorBatch = z.strictObject({
    errors: z.array(zErrorReport).min(1).max(1000)
});

export const zErrorBatchResult = z.object({
    accepted: z.int(),
    fired: z.array(z.object({
        rule_id: z.string(),
        count: z.int(),
        window_start: z.iso.datetime({ offset: true })
    }))
});

export const zErrorRule = z.object({
    id: zErrorRuleIdValue,
    name: z.string().nullable(),
    service_id: z.string(),
    threshold: z.int(),
    window: z.int(),
    fingerprint: z.string().nullable(),
    level: zErrorLevel.nullable(),
    created_at: z.iso.datetime({ offset: true }),
    updated_at: z.iso.datetime({ offset: true })
});

export const zErrorRuleCreate = z.strictObject({
    name: z.string().max(200).nullish(),
    service_id: z.string().max(64),
    threshold: z.int().gte(1).lte(100000000),
    window: z.int().gte(1).lte(86400),
    fingerprint: z.string().min(1).max(255).nullish(),
    level: zErrorLevel.nullish()
});

export const zErrorRuleUpdate = z.strictObject({
    name: z.string().max(200).nullish(),
    service_id: z.string().max(64).optional(),
    threshold: z.int().gte(1).lte(100000000).optional(),
    window: z.int().gte(1).lte(86400).optional(),
    fingerprint: z.string().min(1).max(255).nullish(),
    level: zErrorLevel.nullish()
});

export const zErrorRuleList = z.object({
    data: z.array(zErrorRule),
    next_cursor: zNextCursor
});

export const zMonitorIdValue = z.string().regex(/^mon_[0-9A-Z]{26}$/);

/**
 * `pending` until the first check settles it, `up`, `down`, or `paused`.
 */
export const zMonitorState = z.enum([
    'pending',
    'up',
    'down',
    'paused'
]);

export const zMonitorMethod = z.enum([
    'GET',
    'HEAD',
    'POST',
    'PUT',
    'PATCH',
    'DELETE',
    'OPTIONS'
]);

/**
 * Status codes that count as up: exact codes (`204`) or classes (`"2xx"`). Default `["2xx"]`.
 */
export const zMonitorStatusCodes = z.array(z.union([z.int().gte(100).lte(599), z.string().regex(/^[1-5]xx$/)])).min(1).max(50);

/**
 * `must_contain`: the body must contain `keyword`; `must_not_contain`: it must not (case-sensitive, first 1 MiB of the body).
 */
export const zMonitorKeywordMode = z.enum(['must_contain', 'must_not_contain']);

export const zMonitor = z.object({
    id: zMonitorIdValue,
    name: z.string(),
    url: z.string(),
    method: zMonitorMethod,
    headers: z.record(z.string(), z.string()),
    body: z.string().nullable(),
    check_frequency: z.int(),
    request_timeout: z.int(),
    expected_status_codes: zMonitorStatusCodes,
    keyword: z.string().nullable(),
    keyword_mode: zMonitorKeywordMode,
    follow_redirects: z.boolean(),
    service_id: zServiceIdValue.nullable(),
    confirmation: z.int(),
    recovery: z.int(),
    auto_incident: z.boolean(),
    state: zMonitorState,
    last_checked_at: z.iso.datetime({ offset: true }).nullable(),
    last_error: z.string().nullable(),
    incident_id: z.string().nullable(),
    created_at: z.iso.datetime({ offset: true }),
    updated_at: z.iso.datetime({ offset: true })
});

export const zMonitorCreate = z.strictObject({
    name: z.string().min(1).max(200),
    url: z.string().min(1).max(2000),
    method: zMonitorMethod.optional(),
    headers: zWebhookHeaders.optional(),
    body: z.string().max(65536).nullish(),
    check_frequency: z.int().gte(1).lte(86400).optional(),
    request_timeout: z.int().gte(1).lte(60).optional(),
    expected_status_codes: zMonitorStatusCodes.optional(),
    keyword: z.string().min(1).max(500).nullish(),
    keyword_mode: zMonitorKeywordMode.optional(),
    follow_redirects: z.boolean().optional(),
    service_id: zServiceIdValue.nullish(),
    confirmation: z.int().gte(1).lte(10).optional(),
    recovery: z.int().gte(1).lte(10).optional(),
    auto_incident: z.boolean().optional()
});

export const zMonitorUpdate = z.strictObject({
    name: z.string().min(1).max(200).optional(),
    url: z.string().min(1).max(2000).optional(),
    method: zMonitorMethod.optional(),
    headers: zWebhookHeaders.optional(),
    body: z.string().max(65536).nullish(),
    check_frequency: z.int().gte(1).lte(86400).optional(),
    request_timeout: z.int().gte(1).lte(60).optional(),
    expected_status_codes: zMonitorStatusCodes.optional(),
    keyword: z.string().min(1).max(500).nullish(),
    keyword_mode: zMonitorKeywordMode.optional(),
    follow_redirects: z.boolean().optional(),
    service_id: zServiceIdValue.nullish(),
    confirmation: z.int().gte(1).lte(10).optional(),
    recovery: z.int().gte(1).lte(10).optional(),
    auto_incident: z.boolean().optional()
});

export const zMonitorList = z.object({
    data: z.array(zMonitor),
    next_cursor: zNextCursor
});

/**
 * Why a check failed: no answer in time, name not resolved, connection refused, TLS failure, unexpected status, keyword rule, or a target the server may not reach (private address).
 */
export const zMonitorErrorClass = z.enum([
    'timeout',
    'dns',
    'connect',
    'tls',
    'status',
    'keyword',
    'blocked'
]);

/**
 * An incident or workflow the check (or heartbeat) would have started, and why it did not.
 */
export const zMonitorSuppression = z.object({
    reason: z.enum([
        'maintenance_window',
        'cooldown',
        'open_incident'
    ]),
    detail: z.string()
});

/**
 * One entry of a heartbeat's history: a ping, or a `missed` deadline. Entries that took the heartbeat down or up say what they did about its incident (`incident_id`), or what was held back and why (`suppressed`).
 */
export const zHeartbeatPing = z.object({
    id: z.string(),
    kind: zHeartbeatHistoryKind,
    exit_code: z.int().nullable(),
    rid: z.string().nullable(),
    method: z.string().nullable(),
    user_agent: z.string().nullable(),
    body: z.string().nullable(),
    duration_ms: z.int().nullable(),
    incident_id: z.string().nullable(),
    suppressed: zMonitorSuppression.nullable(),
    created_at: z.iso.datetime({ offset: true })
});

export const zHeartbeatPingList = z.object({
    data: z.array(zHeartbeatPing),
    next_cursor: zNextCursor
});

export const zMonitorCheck = z.object({
    id: z.string(),
    monitor_id: zMonitorIdValue,
    scheduled_at: z.iso.datetime({ offset: true }),
    checked_at: z.iso.datetime({ offset: true }),
    duration_ms: z.number(),
    status_code: z.int().nullable(),
    outcome: z.enum(['up', 'down']),
    error_class: zMonitorErrorClass.nullable(),
    error: z.string().nullable(),
    state: zMonitorState,
    incident_id: z.string().nullable(),
    suppressed: zMonitorSuppression.nullable()
});

export const zMonitorCheckList = z.object({
    data: z.array(zMonitorCheck),
    next_cursor: zNextCursor
});

/**
 * The `data` of `monitor.down` and `monitor.recovered` (workflow triggers `uptime.down` / `uptime.recovered`,
 * where these fields are `{{monitor.*}}`): the monitor's own fields at the top, with the check that changed
 * its state. `error` is that check's error (`null` on recovery).
 *
 */
export const zMonitorEventData = z.object({
    id: zMonitorIdValue,
    name: z.string(),
    url: z.string(),
    method: zMonitorMethod,
    service_id: z.string().nullable(),
    state: zMonitorState,
    error: z.string().nullable(),
    error_class: zMonitorErrorClass.nullable(),
    status_code: z.int().nullable(),
    checked_at: z.iso.datetime({ offset: true })
});

export const zMonitorDownPayload = z.object({
    id: zEventIdValue,
    event: z.literal('monitor.down'),
    timestamp: z.iso.datetime({ offset: true }),
    data: zMonitorEventData
});

export const zMonitorRecoveredPayload = z.object({
    id: zEventIdValue,
    event: z.literal('monitor.recovered'),
    timestamp: z.iso.datetime({ offset: true }),
    data: zMonitorEventData
});

/**
 * What an endpoint receives: `id` (the event's id, stable across retries: deduplicate on it), `event` (the
 * type), `timestamp` (when it happened) and `data`, whose schema `event` selects. Test deliveries
 * (`POST /webhooks/{id}/test`) add `"test": true` to `data`.
 *
 */
export const zWebhookPayload = z.discriminatedUnion('event', [
    zIncidentCreatedPayload,
    zIncidentUpdatedPayload,
    zIncidentResolvedPayload,
    zIncidentPublishedPayload,
    zIncidentArchivedPayload,
    zServiceCreatedPayload,
    zServiceUpdatedPayload,
    zServiceStatusChangedPayload,
    zServiceDeletedPayload,
    zMemberCreatedPayload,
    zMemberUpdatedPayload,
    zMemberDeletedPayload,
    zWebhookDisabledPayload,
    zAlertFiredPayload,
    zAlertAcknowledgedPayload,
    zAlertResolvedPayload,
    zRunCompletedPayload,
    zRunFailedPayload,
    zHeartbeatMissedPayload,
    zHeartbeatRecoveredPayload,
    zErrorThresholdExceededPayload,
    zIncidentIoIncidentCreatedPayload,
    zIncidentIoIncidentUpdatedPayload,
    zIncidentClosedPayload,
    zPostIncidentEnteredPayload,
    zPostIncidentStatusChangedPayload,
    zPostIncidentTaskCompletedPayload,
    zPostIncidentTaskAssignedPayload,
    zMonitorDownPayload,
    zMonitorRecoveredPayload
]);

export const zMaintenanceWindow = z.object({
    id: z.string(),
    service_id: zServiceIdValue,
    title: z.string().nullable(),
    starts_at: z.iso.datetime({ offset: true }),
    ends_at: z.iso.datetime({ offset: true }),
    created_at: z.iso.datetime({ offset: true }),
    updated_at: z.iso.datetime({ offset: true })
});

export const zMaintenanceWindowCreate = z.strictObject({
    service_id: zServiceIdValue,
    title: z.string().max(300).nullish(),
    starts_at: z.iso.datetime({ offset: true }),
    ends_at: z.iso.datetime({ offset: true })
});

export const zMaintenanceWindowUpdate = z.strictObject({
    title: z.string().max(300).nullish(),
    starts_at: z.iso.datetime({ offset: true }).optional(),
    ends_at: z.iso.datetime({ offset: true }).optional()
});

export const zMaintenanceWindowList = z.object({
    data: z.array(zMaintenanceWindow),
    next_cursor: zNextCursor
});

/**
 * Safeguards on incidents opened automatically: by monitors (`auto_incident`) and by workflows' `create_incident`.
 *
 */
export const zAutomationSettings = z.object({
    draft_mode: z.boolean(),
    auto_publish_delay_minutes: z.union([
        z.literal(0),
        z.literal(5),
        z.literal(30)
    ]).nullable(),
    cooldown_minutes: z.int().gte(0).lte(1440),
    one_open_incident_per_monitor: z.boolean()
});

export const zOrganizationSettings = z.object({
    automation: zAutomationSettings,
    incident_channel_id: z.string().nullable(),
    retention: zRetentionWindows,
    retention_defaults: zRetentionWindows,
    retention_limits: z.object({
        min: z.int().gte(1),
        max: z.int().gte(1)
    })
});

export const zAutomationSettingsUpdate = z.strictObject({
    draft_mode: z.boolean().optional(),
    auto_publish_delay_minutes: z.union([
        z.literal(0),
        z.literal(5),
        z.literal(30)
    ]).nullish(),
    cooldown_minutes: z.int().gte(0).lte(1440).optional(),
    one_open_incident_per_monitor: z.boolean().optional()
});

export const zOrganizationSettingsUpdate = z.strictObject({
    automation: zAutomationSettingsUpdate.optional(),
    incident_channel_id: zChannelIdValue.nullish(),
    retention: z.strictObject({
        events: z.int().gte(1).nullish(),
        runs: z.int().gte(1).nullish(),
        deliveries: z.int().gte(1).nullish(),
        monitor_history: z.int().gte(1).nullish()
    }).optional()
});

/**
 * The `next_cursor` of the previous page.
 */
export const zCursor = z.string().max(200);

/**
 * Page size, 1 to 100.
 */
export const zLimit = z.int().gte(1).lte(100).default(20);

/**
 * Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters.
 */
export const zIdempotencyKey = z.string().min(1).max(255);

export const zApiKeyId = z.string().regex(/^key_[0-9A-Z]{26}$/);

export const zMemberId = zMemberIdValue;

export const zServiceId = zServiceIdValue;

export const zWebhookId = zWebhookIdValue;

export const zWorkflowId = zWorkflowIdValue;

export const zChannelId = zChannelIdValue;

export const zIntegrationId = zIntegrationIdValue;

export const zAlertId = zAlertIdValue;

export const zHeartbeatId = zHeartbeatIdValue;

export const zErrorRuleId = zErrorRuleIdValue;

/**
 * The secret token of the heartbeat's `ping_url`.
 */
export const zPingToken = z.string().max(128);

/**
 * `start`, `fail`, `log`, or an exit status from `0` (success) to `255`.
 */
export const zPingSignal = z.string().regex(/^(start|fail|log|[0-9]{1,3})$/);

/**
 * A run id you choose (e.g. a UUID) to pair a finish with its start when runs overlap.
 */
export const zPingRunId = z.string().max(64);

export const zEscalationPolicyId = z.string().regex(/^esp_[0-9A-Z]{26}$/);

export const zEscalationId = z.string().regex(/^esc_[0-9A-Z]{26}$/);

export const zRunId = z.string().regex(/^run_[0-9A-Z]{26}$/);

export const zDeliveryId = z.string().regex(/^dlv_[0-9A-Z]{26}$/);

export const zIncidentId = z.string().regex(/^inc_[0-9A-Z]{26}$/);

export const zMonitorId = zMonitorIdValue;

export const zMaintenanceWindowId = z.string().regex(/^mnt_[0-9A-Z]{26}$/);

export const zPostIncidentFlowId = zPostIncidentFlowIdValue;

export const zPostIncidentTaskId = z.string().regex(/^pit_[0-9A-Z]{26}$/);

export const zFollowUpId = z.string().regex(/^fup_[0-9A-Z]{26}$/);

/**
 * The server is healthy.
 */
export const zGetHealthResponse = zHealth;

/**
 * The organization.
 */
export const zGetOrganizationResponse = zOrganization;

export const zUpdateOrganizationBody = zOrganizationUpdate;

/**
 * The updated organization.
 */
export const zUpdateOrganizationResponse = zOrganization;

/**
 * The organization's settings.
 */
export const zGetOrganizationSettingsResponse = zOrganizationSettings;

export const zUpdateOrganizationSettingsBody = zOrganizationSettingsUpdate;

/**
 * The updated settings.
 */
export const zUpdateOrganizationSettingsResponse = zOrganizationSettings;

export const zListApiKeysQuery = z.object({
    cursor: z.string().max(200).optional(),
    limit: z.string().regex(/^[0-9]+$/, { error: 'Expected an integer in plain decimal digits, e.g. 20.' }).transform(Number).pipe(z.int().gte(1).lte(100)).optional().default(20)
});

/**
 * A page of API keys.
 */
export const zListApiKeysResponse = zApiKeyList;

export const zCreateApiKeyBody = zApiKeyCreate;

export const zCreateApiKeyHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

/**
 * The key, with its secret (shown this once).
 */
export const zCreateApiKeyResponse = zApiKeyWithSecret;

export const zRevokeApiKeyPath = z.object({
    apiKeyId: z.string().regex(/^key_[0-9A-Z]{26}$/)
});

/**
 * The revoked key.
 */
export const zRevokeApiKeyResponse = zApiKey;

export const zGetApiKeyPath = z.object({
    apiKeyId: z.string().regex(/^key_[0-9A-Z]{26}$/)
});

/**
 * The key (without its secret).
 */
export const zGetApiKeyResponse = zApiKey;

export const zListMembersQuery = z.object({
    cursor: z.string().max(200).optional(),
    limit: z.string().regex(/^[0-9]+$/, { error: 'Expected an integer in plain decimal digits, e.g. 20.' }).transform(Number).pipe(z.int().gte(1).lte(100)).optional().default(20)
});

/**
 * A page of members.
 */
export const zListMembersResponse = zMemberList;

export const zCreateMemberBody = zMemberCreate;

export const zCreateMemberHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

/**
 * The member.
 */
export const zCreateMemberResponse = zMember;

export const zDeleteMemberPath = z.object({
    memberId: zMemberIdValue
});

/**
 * Removed.
 */
export const zDeleteMemberResponse = z.void();

export const zGetMemberPath = z.object({
    memberId: zMemberIdValue
});

/**
 * The member.
 */
export const zGetMemberResponse = zMember;

export const zUpdateMemberBody = zMemberUpdate;

export const zUpdateMemberPath = z.object({
    memberId: zMemberIdValue
});

/**
 * The updated member.
 */
export const zUpdateMemberResponse = zMember;

export const zListServicesQuery = z.object({
    cursor: z.string().max(200).optional(),
    limit: z.string().regex(/^[0-9]+$/, { error: 'Expected an integer in plain decimal digits, e.g. 20.' }).transform(Number).pipe(z.int().gte(1).lte(100)).optional().default(20),
    status: zServiceStatus.optional()
});

/**
 * A page of services.
 */
export const zListServicesResponse = zServiceList;

export const zCreateServiceBody = zServiceCreate;

export const zCreateServiceHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

/**
 * The service.
 */
export const zCreateServiceResponse = zService;

export const zDeleteServicePath = z.object({
    serviceId: zServiceIdValue
});

/**
 * Deleted.
 */
export const zDeleteServiceResponse = z.void();

export const zGetServicePath = z.object({
    serviceId: zServiceIdValue
});

/**
 * The service.
 */
export const zGetServiceResponse = zService;

export const zUpdateServiceBody = zServiceUpdate;

export const zUpdateServicePath = z.object({
    serviceId: zServiceIdValue
});

/**
 * The updated service.
 */
export const zUpdateServiceResponse = zService;

export const zListIncidentsQuery = z.object({
    cursor: z.string().max(200).optional(),
    limit: z.string().regex(/^[0-9]+$/, { error: 'Expected an integer in plain decimal digits, e.g. 20.' }).transform(Number).pipe(z.int().gte(1).lte(100)).optional().default(20),
    status: zIncidentStatus.optional(),
    severity: zSeverity.optional(),
    visibility: zVisibility.optional(),
    service_id: zServiceIdValue.optional(),
    created_after: z.iso.datetime({ offset: true }).optional(),
    created_before: z.iso.datetime({ offset: true }).optional(),
    include_archived: z.enum(['true', 'false']).optional().default('false')
});

/**
 * A page of incidents.
 */
export const zListIncidentsResponse = zIncidentList;

export const zCreateIncidentBody = zIncidentCreate;

export const zCreateIncidentHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

/**
 * The incident.
 */
export const zCreateIncidentResponse = zIncident;

export const zArchiveIncidentPath = z.object({
    incidentId: z.string().regex(/^inc_[0-9A-Z]{26}$/)
});

/**
 * The archived incident.
 */
export const zArchiveIncidentResponse = zIncident;

export const zGetIncidentPath = z.object({
    incidentId: z.string().regex(/^inc_[0-9A-Z]{26}$/)
});

/**
 * The incident.
 */
export const zGetIncidentResponse = zIncident;

export const zUpdateIncidentBody = zIncidentUpdate;

export const zUpdateIncidentPath = z.object({
    incidentId: z.string().regex(/^inc_[0-9A-Z]{26}$/)
});

/**
 * The updated incident.
 */
export const zUpdateIncidentResponse = zIncident;

export const zPublishIncidentHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

export const zPublishIncidentPath = z.object({
    incidentId: z.string().regex(/^inc_[0-9A-Z]{26}$/)
});

/**
 * The published incident.
 */
export const zPublishIncidentResponse = zIncident;

export const zResolveIncidentBody = zIncidentResolve;

export const zResolveIncidentHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

export const zResolveIncidentPath = z.object({
    incidentId: z.string().regex(/^inc_[0-9A-Z]{26}$/)
});

/**
 * The resolved incident.
 */
export const zResolveIncidentResponse = zIncident;

export const zListIncidentUpdatesPath = z.object({
    incidentId: z.string().regex(/^inc_[0-9A-Z]{26}$/)
});

export const zListIncidentUpdatesQuery = z.object({
    cursor: z.string().max(200).optional(),
    limit: z.string().regex(/^[0-9]+$/, { error: 'Expected an integer in plain decimal digits, e.g. 20.' }).transform(Number).pipe(z.int().gte(1).lte(100)).optional().default(20)
});

/**
 * A page of timeline entries, newest first.
 */
export const zListIncidentUpdatesResponse = zIncidentUpdateEntryList;

export const zAddIncidentUpdateBody = zIncidentUpdateEntryCreate;

export const zAddIncidentUpdateHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

export const zAddIncidentUpdatePath = z.object({
    incidentId: z.string().regex(/^inc_[0-9A-Z]{26}$/)
});

/**
 * The timeline entry.
 */
export const zAddIncidentUpdateResponse = zIncidentUpdateEntry;

export const zAddIncidentLabelsBody = zLabelsAdd;

export const zAddIncidentLabelsHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

export const zAddIncidentLabelsPath = z.object({
    incidentId: z.string().regex(/^inc_[0-9A-Z]{26}$/)
});

/**
 * The incident with its labels.
 */
export const zAddIncidentLabelsResponse = zIncident;

export const zRemoveIncidentLabelPath = z.object({
    incidentId: z.string().regex(/^inc_[0-9A-Z]{26}$/),
    label: zLabel
});

/**
 * The incident without the label.
 */
export const zRemoveIncidentLabelResponse = zIncident;

export const zAssignIncidentBody = zIncidentAssign;

export const zAssignIncidentPath = z.object({
    incidentId: z.string().regex(/^inc_[0-9A-Z]{26}$/)
});

/**
 * The incident with its assignee.
 */
export const zAssignIncidentResponse = zIncident;

export const zListEventsQuery = z.object({
    cursor: z.string().max(200).optional(),
    limit: z.string().regex(/^[0-9]+$/, { error: 'Expected an integer in plain decimal digits, e.g. 20.' }).transform(Number).pipe(z.int().gte(1).lte(100)).optional().default(20),
    type: zEventType.optional(),
    resource_id: z.string().max(64).optional()
});

/**
 * A page of events.
 */
export const zListEventsResponse = zEventList;

export const zGetEventPath = z.object({
    eventId: z.string().regex(/^evt_[0-9A-Z]{26}$/)
});

/**
 * The event.
 */
export const zGetEventResponse = zEvent;

export const zListWebhooksQuery = z.object({
    cursor: z.string().max(200).optional(),
    limit: z.string().regex(/^[0-9]+$/, { error: 'Expected an integer in plain decimal digits, e.g. 20.' }).transform(Number).pipe(z.int().gte(1).lte(100)).optional().default(20)
});

/**
 * A page of endpoints.
 */
export const zListWebhooksResponse = zWebhookList;

export const zCreateWebhookBody = zWebhookCreate;

export const zCreateWebhookHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

/**
 * The endpoint, with its signing secret (shown in this response only).
 */
export const zCreateWebhookResponse = zWebhookWithSecret;

export const zDeleteWebhookPath = z.object({
    webhookId: zWebhookIdValue
});

/**
 * Deleted.
 */
export const zDeleteWebhookResponse = z.void();

export const zGetWebhookPath = z.object({
    webhookId: zWebhookIdValue
});

/**
 * The endpoint.
 */
export const zGetWebhookResponse = zWebhook;

export const zUpdateWebhookBody = zWebhookUpdate;

export const zUpdateWebhookPath = z.object({
    webhookId: zWebhookIdValue
});

/**
 * The updated endpoint.
 */
export const zUpdateWebhookResponse = zWebhook;

export const zRotateWebhookSecretBody = zWebhookRotate;

export const zRotateWebhookSecretHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

export const zRotateWebhookSecretPath = z.object({
    webhookId: zWebhookIdValue
});

/**
 * The endpoint with its new secret (shown in this response only).
 */
export const zRotateWebhookSecretResponse = zWebhookWithSecret;

export const zTestWebhookBody = zWebhookTestRequest;

export const zTestWebhookHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

export const zTestWebhookPath = z.object({
    webhookId: zWebhookIdValue
});

/**
 * What the endpoint answered (a failed delivery is still a `200` here; see `success`).
 */
export const zTestWebhookResponse = zWebhookTestResult;

export const zListWebhookDeliveriesPath = z.object({
    webhookId: zWebhookIdValue
});

export const zListWebhookDeliveriesQuery = z.object({
    cursor: z.string().max(200).optional(),
    limit: z.string().regex(/^[0-9]+$/, { error: 'Expected an integer in plain decimal digits, e.g. 20.' }).transform(Number).pipe(z.int().gte(1).lte(100)).optional().default(20),
    status: zDeliveryStatus.optional()
});

/**
 * A page of deliveries.
 */
export const zListWebhookDeliveriesResponse = zDeliveryList;

export const zGetWebhookDeliveryPath = z.object({
    webhookId: zWebhookIdValue,
    deliveryId: z.string().regex(/^dlv_[0-9A-Z]{26}$/)
});

/**
 * The delivery.
 */
export const zGetWebhookDeliveryResponse = zDelivery;

export const zRedeliverWebhookDeliveryHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

export const zRedeliverWebhookDeliveryPath = z.object({
    webhookId: zWebhookIdValue,
    deliveryId: z.string().regex(/^dlv_[0-9A-Z]{26}$/)
});

/**
 * The delivery, queued.
 */
export const zRedeliverWebhookDeliveryResponse = zDelivery;

/**
 * The catalog.
 */
export const zGetWorkflowCatalogResponse = zWorkflowCatalog;

export const zListWorkflowsQuery = z.object({
    cursor: z.string().max(200).optional(),
    limit: z.string().regex(/^[0-9]+$/, { error: 'Expected an integer in plain decimal digits, e.g. 20.' }).transform(Number).pipe(z.int().gte(1).lte(100)).optional().default(20),
    state: zWorkflowState.optional(),
    trigger: zTriggerType.optional()
});

/**
 * A page of workflows.
 */
export const zListWorkflowsResponse = zWorkflowList;

export const zCreateWorkflowBody = zWorkflowCreate;

export const zCreateWorkflowHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

/**
 * The workflow.
 */
export const zCreateWorkflowResponse = zWorkflow;

export const zDeleteWorkflowPath = z.object({
    workflowId: zWorkflowIdValue
});

/**
 * Deleted.
 */
export const zDeleteWorkflowResponse = z.void();

export const zGetWorkflowPath = z.object({
    workflowId: zWorkflowIdValue
});

/**
 * The workflow.
 */
export const zGetWorkflowResponse = zWorkflow;

export const zUpdateWorkflowBody = zWorkflowUpdate;

export const zUpdateWorkflowPath = z.object({
    workflowId: zWorkflowIdValue
});

/**
 * The updated workflow.
 */
export const zUpdateWorkflowResponse = zWorkflow;

export const zActivateWorkflowHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

export const zActivateWorkflowPath = z.object({
    workflowId: zWorkflowIdValue
});

/**
 * The active workflow.
 */
export const zActivateWorkflowResponse = zWorkflow;

export const zDisableWorkflowHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

export const zDisableWorkflowPath = z.object({
    workflowId: zWorkflowIdValue
});

/**
 * The disabled workflow.
 */
export const zDisableWorkflowResponse = zWorkflow;

export const zCloneWorkflowHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

export const zCloneWorkflowPath = z.object({
    workflowId: zWorkflowIdValue
});

/**
 * The copy.
 */
export const zCloneWorkflowResponse = zWorkflow;

export const zListWorkflowVersionsPath = z.object({
    workflowId: zWorkflowIdValue
});

export const zListWorkflowVersionsQuery = z.object({
    cursor: z.string().max(200).optional(),
    limit: z.string().regex(/^[0-9]+$/, { error: 'Expected an integer in plain decimal digits, e.g. 20.' }).transform(Number).pipe(z.int().gte(1).lte(100)).optional().default(20)
});

/**
 * A page of versions.
 */
export const zListWorkflowVersionsResponse = zWorkflowVersionList;

export const zGetWorkflowVersionPath = z.object({
    workflowId: zWorkflowIdValue,
    version: z.string().regex(/^[0-9]+$/, { error: 'Expected an integer in plain decimal digits, e.g. 20.' }).transform(Number).pipe(z.int().gte(1))
});

/**
 * The version.
 */
export const zGetWorkflowVersionResponse = zWorkflowVersion;

export const zTriggerWorkflowBody = zWorkflowTrigger;

export const zTriggerWorkflowHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

export const zTriggerWorkflowPath = z.object({
    workflowId: zWorkflowIdValue
});

/**
 * The queued run.
 */
export const zTriggerWorkflowResponse = zRun;

export const zListWorkflowEvaluationsPath = z.object({
    workflowId: zWorkflowIdValue
});

export const zListWorkflowEvaluationsQuery = z.object({
    cursor: z.string().max(200).optional(),
    limit: z.string().regex(/^[0-9]+$/, { error: 'Expected an integer in plain decimal digits, e.g. 20.' }).transform(Number).pipe(z.int().gte(1).lte(100)).optional().default(20)
});

/**
 * A page of evaluations.
 */
export const zListWorkflowEvaluationsResponse = zEvaluationList;

export const zDryRunWorkflowBody = zDryRunRequest;

export const zDryRunWorkflowPath = z.object({
    workflowId: zWorkflowIdValue
});

/**
 * What would happen.
 */
export const zDryRunWorkflowResponse = zDryRunResult;

export const zGetWorkflowSchedulePath = z.object({
    workflowId: zWorkflowIdValue
});

export const zGetWorkflowScheduleQuery = z.object({
    count: z.string().regex(/^[0-9]+$/, { error: 'Expected an integer in plain decimal digits, e.g. 20.' }).transform(Number).pipe(z.int().gte(1).lte(50)).optional().default(5)
});

/**
 * Upcoming fire times.
 */
export const zGetWorkflowScheduleResponse = zSchedulePreview;

export const zListRunsQuery = z.object({
    cursor: z.string().max(200).optional(),
    limit: z.string().regex(/^[0-9]+$/, { error: 'Expected an integer in plain decimal digits, e.g. 20.' }).transform(Number).pipe(z.int().gte(1).lte(100)).optional().default(20),
    workflow_id: zWorkflowIdValue.optional(),
    status: zRunStatus.optional(),
    created_after: z.iso.datetime({ offset: true }).optional(),
    created_before: z.iso.datetime({ offset: true }).optional()
});

/**
 * A page of runs.
 */
export const zListRunsResponse = zRunList;

export const zGetRunPath = z.object({
    runId: z.string().regex(/^run_[0-9A-Z]{26}$/)
});

/**
 * The run.
 */
export const zGetRunResponse = zRun;

export const zCancelRunHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

export const zCancelRunPath = z.object({
    runId: z.string().regex(/^run_[0-9A-Z]{26}$/)
});

/**
 * The canceled run.
 */
export const zCancelRunResponse = zRun;

export const zReplayRunBody = zReplayRequest;

export const zReplayRunHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

export const zReplayRunPath = z.object({
    runId: z.string().regex(/^run_[0-9A-Z]{26}$/)
});

/**
 * The new, queued run.
 */
export const zReplayRunResponse = zRun;

export const zListChannelsQuery = z.object({
    cursor: z.string().max(200).optional(),
    limit: z.string().regex(/^[0-9]+$/, { error: 'Expected an integer in plain decimal digits, e.g. 20.' }).transform(Number).pipe(z.int().gte(1).lte(100)).optional().default(20)
});

/**
 * A page of channels.
 */
export const zListChannelsResponse = zChannelList;

export const zCreateChannelBody = zChannelCreate;

export const zCreateChannelHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

/**
 * The channel.
 */
export const zCreateChannelResponse = zChannel;

export const zDeleteChannelPath = z.object({
    channelId: zChannelIdValue
});

/**
 * Deleted.
 */
export const zDeleteChannelResponse = z.void();

export const zGetChannelPath = z.object({
    channelId: zChannelIdValue
});

/**
 * The channel.
 */
export const zGetChannelResponse = zChannel;

export const zUpdateChannelBody = zChannelUpdate;

export const zUpdateChannelPath = z.object({
    channelId: zChannelIdValue
});

/**
 * The channel.
 */
export const zUpdateChannelResponse = zChannel;

export const zTestChannelHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

export const zTestChannelPath = z.object({
    channelId: zChannelIdValue
});

/**
 * The outcome (a failed send is still a `200`; see `success`).
 */
export const zTestChannelResponse = zNotificationResult;

export const zListIntegrationsQuery = z.object({
    cursor: z.string().max(200).optional(),
    limit: z.string().regex(/^[0-9]+$/, { error: 'Expected an integer in plain decimal digits, e.g. 20.' }).transform(Number).pipe(z.int().gte(1).lte(100)).optional().default(20)
});

/**
 * A page of integrations.
 */
export const zListIntegrationsResponse = zIntegrationList;

export const zCreateIntegrationBody = zIntegrationCreate;

export const zCreateIntegrationHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

/**
 * The integration.
 */
export const zCreateIntegrationResponse = zIntegration;

export const zDeleteIntegrationPath = z.object({
    integrationId: zIntegrationIdValue
});

/**
 * Deleted.
 */
export const zDeleteIntegrationResponse = z.void();

export const zGetIntegrationPath = z.object({
    integrationId: zIntegrationIdValue
});

/**
 * The integration.
 */
export const zGetIntegrationResponse = zIntegration;

export const zUpdateIntegrationBody = zIntegrationUpdate;

export const zUpdateIntegrationPath = z.object({
    integrationId: zIntegrationIdValue
});

/**
 * The integration.
 */
export const zUpdateIntegrationResponse = zIntegration;

export const zTestIntegrationHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

export const zTestIntegrationPath = z.object({
    integrationId: zIntegrationIdValue
});

/**
 * The outcome.
 */
export const zTestIntegrationResponse = zIntegrationTestResult;

export const zSetIntegrationSigningSecretBody = zSigningSecretInput;

export const zSetIntegrationSigningSecretPath = z.object({
    integrationId: zIntegrationIdValue
});

/**
 * A secret is set.
 */
export const zSetIntegrationSigningSecretResponse = zSigningSecretStatus;

export const zReceiveIncidentIoWebhookBody = z.record(z.string(), z.unknown());

export const zReceiveIncidentIoWebhookPath = z.object({
    integrationId: zIntegrationIdValue
});

/**
 * Accepted (or a duplicate of an accepted delivery).
 */
export const zReceiveIncidentIoWebhookResponse = zIncidentIoWebhookReceipt;

export const zListAlertsQuery = z.object({
    cursor: z.string().max(200).optional(),
    limit: z.string().regex(/^[0-9]+$/, { error: 'Expected an integer in plain decimal digits, e.g. 20.' }).transform(Number).pipe(z.int().gte(1).lte(100)).optional().default(20),
    status: zAlertStatus.optional(),
    dedup_key: z.string().max(255).optional()
});

/**
 * A page of alerts.
 */
export const zListAlertsResponse = zAlertList;

export const zCreateAlertBody = zAlertCreate;

export const zCreateAlertHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

/**
 * An open alert with this dedup_key was updated (`deduplicated` is true).
 */
export const zCreateAlertResponse = zAlert;

export const zResolveAlertByDedupKeyBody = zAlertResolveByKey;

export const zResolveAlertByDedupKeyHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

/**
 * The resolved alert.
 */
export const zResolveAlertByDedupKeyResponse = zAlert;

export const zGetAlertPath = z.object({
    alertId: zAlertIdValue
});

/**
 * The alert.
 */
export const zGetAlertResponse = zAlert;

export const zAcknowledgeAlertBody = zAlertAcknowledge;

export const zAcknowledgeAlertHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

export const zAcknowledgeAlertPath = z.object({
    alertId: zAlertIdValue
});

/**
 * The acknowledged alert.
 */
export const zAcknowledgeAlertResponse = zAlert;

export const zResolveAlertHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

export const zResolveAlertPath = z.object({
    alertId: zAlertIdValue
});

/**
 * The resolved alert.
 */
export const zResolveAlertResponse = zAlert;

export const zListEscalationPoliciesQuery = z.object({
    cursor: z.string().max(200).optional(),
    limit: z.string().regex(/^[0-9]+$/, { error: 'Expected an integer in plain decimal digits, e.g. 20.' }).transform(Number).pipe(z.int().gte(1).lte(100)).optional().default(20)
});

/**
 * A page of policies.
 */
export const zListEscalationPoliciesResponse = zEscalationPolicyList;

export const zCreateEscalationPolicyBody = zEscalationPolicyCreate;

export const zCreateEscalationPolicyHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

/**
 * The policy.
 */
export const zCreateEscalationPolicyResponse = zEscalationPolicy;

export const zDeleteEscalationPolicyPath = z.object({
    policyId: z.string().regex(/^esp_[0-9A-Z]{26}$/)
});

/**
 * Deleted.
 */
export const zDeleteEscalationPolicyResponse = z.void();

export const zGetEscalationPolicyPath = z.object({
    policyId: z.string().regex(/^esp_[0-9A-Z]{26}$/)
});

/**
 * The policy.
 */
export const zGetEscalationPolicyResponse = zEscalationPolicy;

export const zUpdateEscalationPolicyBody = zEscalationPolicyUpdate;

export const zUpdateEscalationPolicyPath = z.object({
    policyId: z.string().regex(/^esp_[0-9A-Z]{26}$/)
});

/**
 * The policy.
 */
export const zUpdateEscalationPolicyResponse = zEscalationPolicy;

export const zListEscalationsQuery = z.object({
    cursor: z.string().max(200).optional(),
    limit: z.string().regex(/^[0-9]+$/, { error: 'Expected an integer in plain decimal digits, e.g. 20.' }).transform(Number).pipe(z.int().gte(1).lte(100)).optional().default(20),
    status: zEscalationStatus.optional()
});

/**
 * A page of escalations.
 */
export const zListEscalationsResponse = zEscalationList;

export const zGetEscalationPath = z.object({
    escalationId: z.string().regex(/^esc_[0-9A-Z]{26}$/)
});

/**
 * The escalation.
 */
export const zGetEscalationResponse = zEscalation;

export const zListPostIncidentFlowsQuery = z.object({
    cursor: z.string().max(200).optional(),
    limit: z.string().regex(/^[0-9]+$/, { error: 'Expected an integer in plain decimal digits, e.g. 20.' }).transform(Number).pipe(z.int().gte(1).lte(100)).optional().default(20)
});

/**
 * A page of flows.
 */
export const zListPostIncidentFlowsResponse = zPostIncidentFlowList;

export const zCreatePostIncidentFlowBody = zPostIncidentFlowCreate;

export const zCreatePostIncidentFlowHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

/**
 * The flow.
 */
export const zCreatePostIncidentFlowResponse = zPostIncidentFlow;

export const zDeletePostIncidentFlowPath = z.object({
    flowId: zPostIncidentFlowIdValue
});

/**
 * Deleted.
 */
export const zDeletePostIncidentFlowResponse = z.void();

export const zGetPostIncidentFlowPath = z.object({
    flowId: zPostIncidentFlowIdValue
});

/**
 * The flow.
 */
export const zGetPostIncidentFlowResponse = zPostIncidentFlow;

export const zUpdatePostIncidentFlowBody = zPostIncidentFlowUpdate;

export const zUpdatePostIncidentFlowPath = z.object({
    flowId: zPostIncidentFlowIdValue
});

/**
 * The flow.
 */
export const zUpdatePostIncidentFlowResponse = zPostIncidentFlow;

export const zCloseIncidentBody = zIncidentClose;

export const zCloseIncidentHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

export const zCloseIncidentPath = z.object({
    incidentId: z.string().regex(/^inc_[0-9A-Z]{26}$/)
});

/**
 * The incident, `closed` or `post_incident`.
 */
export const zCloseIncidentResponse = zIncident;

export const zGetIncidentPostIncidentPath = z.object({
    incidentId: z.string().regex(/^inc_[0-9A-Z]{26}$/)
});

/**
 * The incident's post-incident flow.
 */
export const zGetIncidentPostIncidentResponse = zIncidentPostIncident;

export const zMovePostIncidentStatusBody = zPostIncidentMove;

export const zMovePostIncidentStatusHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

export const zMovePostIncidentStatusPath = z.object({
    incidentId: z.string().regex(/^inc_[0-9A-Z]{26}$/)
});

/**
 * The incident's post-incident flow.
 */
export const zMovePostIncidentStatusResponse = zIncidentPostIncident;

export const zOptOutOfPostIncidentBody = zPostIncidentOptOut;

export const zOptOutOfPostIncidentHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

export const zOptOutOfPostIncidentPath = z.object({
    incidentId: z.string().regex(/^inc_[0-9A-Z]{26}$/)
});

/**
 * The incident's post-incident flow, ended.
 */
export const zOptOutOfPostIncidentResponse = zIncidentPostIncident;

export const zDeletePostIncidentTaskPath = z.object({
    incidentId: z.string().regex(/^inc_[0-9A-Z]{26}$/),
    taskId: z.string().regex(/^pit_[0-9A-Z]{26}$/)
});

/**
 * Removed.
 */
export const zDeletePostIncidentTaskResponse = z.void();

export const zUpdatePostIncidentTaskBody = zPostIncidentTaskUpdate;

export const zUpdatePostIncidentTaskPath = z.object({
    incidentId: z.string().regex(/^inc_[0-9A-Z]{26}$/),
    taskId: z.string().regex(/^pit_[0-9A-Z]{26}$/)
});

/**
 * The task.
 */
export const zUpdatePostIncidentTaskResponse = zPostIncidentTask;

export const zCompletePostIncidentTaskBody = zPostIncidentTaskNote;

export const zCompletePostIncidentTaskHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

export const zCompletePostIncidentTaskPath = z.object({
    incidentId: z.string().regex(/^inc_[0-9A-Z]{26}$/),
    taskId: z.string().regex(/^pit_[0-9A-Z]{26}$/)
});

/**
 * The task.
 */
export const zCompletePostIncidentTaskResponse = zPostIncidentTask;

export const zSkipPostIncidentTaskBody = zPostIncidentTaskNote;

export const zSkipPostIncidentTaskHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

export const zSkipPostIncidentTaskPath = z.object({
    incidentId: z.string().regex(/^inc_[0-9A-Z]{26}$/),
    taskId: z.string().regex(/^pit_[0-9A-Z]{26}$/)
});

/**
 * The task.
 */
export const zSkipPostIncidentTaskResponse = zPostIncidentTask;

export const zReopenPostIncidentTaskHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

export const zReopenPostIncidentTaskPath = z.object({
    incidentId: z.string().regex(/^inc_[0-9A-Z]{26}$/),
    taskId: z.string().regex(/^pit_[0-9A-Z]{26}$/)
});

/**
 * The task.
 */
export const zReopenPostIncidentTaskResponse = zPostIncidentTask;

export const zListFollowUpsPath = z.object({
    incidentId: z.string().regex(/^inc_[0-9A-Z]{26}$/)
});

/**
 * The follow-ups.
 */
export const zListFollowUpsResponse = zFollowUpList;

export const zCreateFollowUpBody = zFollowUpCreate;

export const zCreateFollowUpHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

export const zCreateFollowUpPath = z.object({
    incidentId: z.string().regex(/^inc_[0-9A-Z]{26}$/)
});

/**
 * The follow-up.
 */
export const zCreateFollowUpResponse = zFollowUp;

export const zUpdateFollowUpBody = zFollowUpUpdate;

export const zUpdateFollowUpPath = z.object({
    incidentId: z.string().regex(/^inc_[0-9A-Z]{26}$/),
    followUpId: z.string().regex(/^fup_[0-9A-Z]{26}$/)
});

/**
 * The follow-up.
 */
export const zUpdateFollowUpResponse = zFollowUp;

export const zPutPostmortemBody = zPostmortemPut;

export const zPutPostmortemPath = z.object({
    incidentId: z.string().regex(/^inc_[0-9A-Z]{26}$/)
});

/**
 * The post-mortem document.
 */
export const zPutPostmortemResponse = zPostmortem;

export const zSharePostmortemBody = zPostmortemShare;

export const zSharePostmortemHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

export const zSharePostmortemPath = z.object({
    incidentId: z.string().regex(/^inc_[0-9A-Z]{26}$/)
});

/**
 * What the provider answered.
 */
export const zSharePostmortemResponse = zNotificationResult;

export const zPutDebriefBody = zDebriefPut;

export const zPutDebriefPath = z.object({
    incidentId: z.string().regex(/^inc_[0-9A-Z]{26}$/)
});

/**
 * The debrief.
 */
export const zPutDebriefResponse = zDebrief;

export const zAssignIncidentRoleBody = zIncidentRoleAssign;

export const zAssignIncidentRolePath = z.object({
    incidentId: z.string().regex(/^inc_[0-9A-Z]{26}$/)
});

/**
 * Every role of the incident.
 */
export const zAssignIncidentRoleResponse = zIncidentRoles;

export const zListHeartbeatsQuery = z.object({
    cursor: z.string().max(200).optional(),
    limit: z.string().regex(/^[0-9]+$/, { error: 'Expected an integer in plain decimal digits, e.g. 20.' }).transform(Number).pipe(z.int().gte(1).lte(100)).optional().default(20)
});

/**
 * A page of heartbeats.
 */
export const zListHeartbeatsResponse = zHeartbeatList;

export const zCreateHeartbeatBody = zHeartbeatCreate;

export const zCreateHeartbeatHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

/**
 * The heartbeat, with its ping URL.
 */
export const zCreateHeartbeatResponse = zHeartbeat;

export const zDeleteHeartbeatPath = z.object({
    heartbeatId: zHeartbeatIdValue
});

/**
 * Deleted.
 */
export const zDeleteHeartbeatResponse = z.void();

export const zGetHeartbeatPath = z.object({
    heartbeatId: zHeartbeatIdValue
});

/**
 * The heartbeat.
 */
export const zGetHeartbeatResponse = zHeartbeat;

export const zUpdateHeartbeatBody = zHeartbeatUpdate;

export const zUpdateHeartbeatPath = z.object({
    heartbeatId: zHeartbeatIdValue
});

/**
 * The heartbeat.
 */
export const zUpdateHeartbeatResponse = zHeartbeat;

export const zPauseHeartbeatHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

export const zPauseHeartbeatPath = z.object({
    heartbeatId: zHeartbeatIdValue
});

/**
 * The paused heartbeat.
 */
export const zPauseHeartbeatResponse = zHeartbeat;

export const zResumeHeartbeatHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

export const zResumeHeartbeatPath = z.object({
    heartbeatId: zHeartbeatIdValue
});

/**
 * The heartbeat.
 */
export const zResumeHeartbeatResponse = zHeartbeat;

export const zListHeartbeatPingsPath = z.object({
    heartbeatId: zHeartbeatIdValue
});

export const zListHeartbeatPingsQuery = z.object({
    cursor: z.string().max(200).optional(),
    limit: z.string().regex(/^[0-9]+$/, { error: 'Expected an integer in plain decimal digits, e.g. 20.' }).transform(Number).pipe(z.int().gte(1).lte(100)).optional().default(20)
});

/**
 * A page of pings.
 */
export const zListHeartbeatPingsResponse = zHeartbeatPingList;

export const zPingHeartbeatPath = z.object({
    token: z.string().max(128)
});

export const zPingHeartbeatQuery = z.object({
    rid: z.string().max(64).optional()
});

/**
 * The ping was recorded.
 */
export const zPingHeartbeatResponse = z.literal('OK');

export const zPingHeartbeatWithBodyPath = z.object({
    token: z.string().max(128)
});

export const zPingHeartbeatWithBodyQuery = z.object({
    rid: z.string().max(64).optional()
});

/**
 * The ping was recorded.
 */
export const zPingHeartbeatWithBodyResponse = z.literal('OK');

export const zSignalHeartbeatPath = z.object({
    token: z.string().max(128),
    signal: z.string().regex(/^(start|fail|log|[0-9]{1,3})$/)
});

export const zSignalHeartbeatQuery = z.object({
    rid: z.string().max(64).optional()
});

/**
 * The ping was recorded.
 */
export const zSignalHeartbeatResponse = z.literal('OK');

export const zSignalHeartbeatWithBodyPath = z.object({
    token: z.string().max(128),
    signal: z.string().regex(/^(start|fail|log|[0-9]{1,3})$/)
});

export const zSignalHeartbeatWithBodyQuery = z.object({
    rid: z.string().max(64).optional()
});

/**
 * The ping was recorded.
 */
export const zSignalHeartbeatWithBodyResponse = z.literal('OK');

export const zIngestErrorsBody = zErrorBatch;

export const zIngestErrorsHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

/**
 * Counted.
 */
export const zIngestErrorsResponse = zErrorBatchResult;

export const zListErrorRulesQuery = z.object({
    cursor: z.string().max(200).optional(),
    limit: z.string().regex(/^[0-9]+$/, { error: 'Expected an integer in plain decimal digits, e.g. 20.' }).transform(Number).pipe(z.int().gte(1).lte(100)).optional().default(20)
});

/**
 * A page of rules.
 */
export const zListErrorRulesResponse = zErrorRuleList;

export const zCreateErrorRuleBody = zErrorRuleCreate;

export const zCreateErrorRuleHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

/**
 * The rule.
 */
export const zCreateErrorRuleResponse = zErrorRule;

export const zDeleteErrorRulePath = z.object({
    ruleId: zErrorRuleIdValue
});

/**
 * Deleted.
 */
export const zDeleteErrorRuleResponse = z.void();

export const zGetErrorRulePath = z.object({
    ruleId: zErrorRuleIdValue
});

/**
 * The rule.
 */
export const zGetErrorRuleResponse = zErrorRule;

export const zUpdateErrorRuleBody = zErrorRuleUpdate;

export const zUpdateErrorRulePath = z.object({
    ruleId: zErrorRuleIdValue
});

/**
 * The rule.
 */
export const zUpdateErrorRuleResponse = zErrorRule;

export const zListMonitorsQuery = z.object({
    cursor: z.string().max(200).optional(),
    limit: z.string().regex(/^[0-9]+$/, { error: 'Expected an integer in plain decimal digits, e.g. 20.' }).transform(Number).pipe(z.int().gte(1).lte(100)).optional().default(20),
    state: zMonitorState.optional()
});

/**
 * A page of monitors.
 */
export const zListMonitorsResponse = zMonitorList;

export const zCreateMonitorBody = zMonitorCreate;

export const zCreateMonitorHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

/**
 * The monitor.
 */
export const zCreateMonitorResponse = zMonitor;

export const zDeleteMonitorPath = z.object({
    monitorId: zMonitorIdValue
});

/**
 * Deleted.
 */
export const zDeleteMonitorResponse = z.void();

export const zGetMonitorPath = z.object({
    monitorId: zMonitorIdValue
});

/**
 * The monitor.
 */
export const zGetMonitorResponse = zMonitor;

export const zUpdateMonitorBody = zMonitorUpdate;

export const zUpdateMonitorPath = z.object({
    monitorId: zMonitorIdValue
});

/**
 * The monitor.
 */
export const zUpdateMonitorResponse = zMonitor;

export const zPauseMonitorHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

export const zPauseMonitorPath = z.object({
    monitorId: zMonitorIdValue
});

/**
 * The monitor.
 */
export const zPauseMonitorResponse = zMonitor;

export const zResumeMonitorHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

export const zResumeMonitorPath = z.object({
    monitorId: zMonitorIdValue
});

/**
 * The monitor.
 */
export const zResumeMonitorResponse = zMonitor;

export const zListMonitorChecksPath = z.object({
    monitorId: zMonitorIdValue
});

export const zListMonitorChecksQuery = z.object({
    cursor: z.string().max(200).optional(),
    limit: z.string().regex(/^[0-9]+$/, { error: 'Expected an integer in plain decimal digits, e.g. 20.' }).transform(Number).pipe(z.int().gte(1).lte(100)).optional().default(20)
});

/**
 * A page of checks.
 */
export const zListMonitorChecksResponse = zMonitorCheckList;

export const zListMaintenanceWindowsQuery = z.object({
    cursor: z.string().max(200).optional(),
    limit: z.string().regex(/^[0-9]+$/, { error: 'Expected an integer in plain decimal digits, e.g. 20.' }).transform(Number).pipe(z.int().gte(1).lte(100)).optional().default(20)
});

/**
 * A page of maintenance windows.
 */
export const zListMaintenanceWindowsResponse = zMaintenanceWindowList;

export const zCreateMaintenanceWindowBody = zMaintenanceWindowCreate;

export const zCreateMaintenanceWindowHeaders = z.object({
    'Idempotency-Key': z.string().min(1).max(255).optional()
});

/**
 * The maintenance window.
 */
export const zCreateMaintenanceWindowResponse = zMaintenanceWindow;

export const zDeleteMaintenanceWindowPath = z.object({
    maintenanceWindowId: z.string().regex(/^mnt_[0-9A-Z]{26}$/)
});

/**
 * Deleted.
 */
export const zDeleteMaintenanceWindowResponse = z.void();

export const zGetMaintenanceWindowPath = z.object({
    maintenanceWindowId: z.string().regex(/^mnt_[0-9A-Z]{26}$/)
});

/**
 * The maintenance window.
 */
export const zGetMaintenanceWindowResponse = zMaintenanceWindow;

export const zUpdateMaintenanceWindowBody = zMaintenanceWindowUpdate;

export const zUpdateMaintenanceWindowPath = z.object({
    maintenanceWindowId: z.string().regex(/^mnt_[0-9A-Z]{26}$/)
});

/**
 * The maintenance window.
 */
export const zUpdateMaintenanceWindowResponse = zMaintenanceWindow;

export const zReceiveEventWebhookRequest = z.object({
    body: zWebhookPayload,
    path: z.never().optional(),
    query: z.never().optional()
});
