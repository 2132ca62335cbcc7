// This file is generated from openapi.yaml by openapi-typescript (WebhookPayload only). Do not edit.

export type paths = Record<string, never>;
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        MemberIdValue: string;
        Member: {
            id: components["schemas"]["MemberIdValue"];
            name: string;
            /** Format: email */
            email: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        ServiceIdValue: string;
        /** @enum {string} */
        ServiceStatus: "operational" | "degraded" | "partial_outage" | "major_outage" | "maintenance";
        Service: {
            id: components["schemas"]["ServiceIdValue"];
            name: string;
            description: string | null;
            status: components["schemas"]["ServiceStatus"];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /** @description The `data` of `incident.closed`: the closed incident's own fields at the top, with why it closed. */
        IncidentClosedEventData: components["schemas"]["Incident"] & {
            /** @description The reason given when the incident opted out of its flow; null otherwise. */
            opt_out_reason: string | null;
            /** @description The post-incident flow it went through (or opted out of); null when closed directly. */
            flow_id: string | null;
        };
        /** @description The `data` of `post_incident.entered` and `post_incident.status_changed`: the incident's post-incident flow (its own fields at the top), the incident, and for a status change the status it left. */
        PostIncidentFlowEventData: components["schemas"]["IncidentPostIncident"] & {
            incident: components["schemas"]["Incident"];
            /** @description `post_incident.status_changed` only. */
            previous_status?: string;
        };
        /** @description The `data` of `post_incident.task_completed` and `post_incident.task_assigned`: the task's own fields at the top, and the incident. */
        PostIncidentTaskEventData: components["schemas"]["PostIncidentTask"] & {
            incident: components["schemas"]["Incident"];
        };
        /**
         * @description `review_timeline`, `create_postmortem` (completes itself when a post-mortem is attached),
         *     `schedule_debrief` (when the debrief is recorded), `complete_postmortem` (when the post-mortem is marked
         *     complete), `share_postmortem` (when it is shared to a channel), `review_follow_ups` (when every follow-up is
         *     completed or not doing), `assign_role` (when its `role` is assigned), `custom` (title required).
         * @enum {string}
         */
        PostIncidentTaskKind: "review_timeline" | "create_postmortem" | "schedule_debrief" | "complete_postmortem" | "share_postmortem" | "review_follow_ups" | "assign_role" | "custom";
        /** @enum {string} */
        PostIncidentTaskStatus: "todo" | "done" | "not_doing";
        /** @description What completed (or skipped) the task: `api` (a key), `workflow` (a run's action, `run_id`) or `automatic` (`reason` says what did it, e.g. `postmortem.attached`). */
        PostIncidentCompletion: {
            /** @enum {string} */
            kind: "api" | "workflow" | "automatic";
            reason: string | null;
            run_id: string | null;
        };
        PostIncidentTask: {
            /** @example pit_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
            id: string;
            incident_id: string;
            /** @description The flow status the task belongs to. */
            post_incident_status: string;
            kind: components["schemas"]["PostIncidentTaskKind"];
            title: string;
            description: string | null;
            role: string | null;
            status: components["schemas"]["PostIncidentTaskStatus"];
            assignee_id: string | null;
            /** Format: date-time */
            due_at: string | null;
            note: string | null;
            completed_by: components["schemas"]["PostIncidentCompletion"] | null;
            /** Format: date-time */
            completed_at: string | null;
        };
        /** @description An incident's way through a post-incident flow: the flow as it was when the incident entered (later edits of the flow change nothing here), the current status and the tasks of every status. */
        IncidentPostIncident: {
            incident_id: string;
            flow_id: string;
            flow_name: string;
            /** @description The flow's statuses in order. */
            statuses: string[];
            /** @description The current status (null once ended). */
            status: string | null;
            /** @enum {string} */
            state: "active" | "completed" | "opted_out";
            /** Format: date-time */
            entered_at: string;
            /** Format: date-time */
            ended_at: string | null;
            opt_out_reason: string | null;
            tasks: components["schemas"]["PostIncidentTask"][];
        };
        /**
         * @description `investigating → identified → monitoring → resolved` while it is being handled (set freely), then
         *     `post_incident` while it goes through a post-incident flow (`post_incident_status` names the flow's status)
         *     and `closed` at the end. `post_incident` and `closed` are reached only through the flow and
         *     `POST /incidents/{id}/close`, never set directly.
         * @enum {string}
         */
        IncidentStatus: "investigating" | "identified" | "monitoring" | "resolved" | "post_incident" | "closed";
        /**
         * @description Ranked `minor < major < critical`.
         * @enum {string}
         */
        Severity: "minor" | "major" | "critical";
        /**
         * @description `draft` incidents are not announced until published.
         * @enum {string}
         */
        Visibility: "draft" | "public";
        /** @enum {string} */
        IncidentSource: "manual" | "api" | "workflow" | "auto_uptime" | "auto_heartbeat" | "auto_integration";
        Label: string;
        Incident: {
            /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
            id: string;
            title: string;
            status: components["schemas"]["IncidentStatus"];
            severity: components["schemas"]["Severity"];
            message: string | null;
            service_ids: components["schemas"]["ServiceIdValue"][];
            labels: components["schemas"]["Label"][];
            assignee_id: components["schemas"]["MemberIdValue"] | null;
            visibility: components["schemas"]["Visibility"];
            source: components["schemas"]["IncidentSource"];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** Format: date-time */
            published_at: string | null;
            /** Format: date-time */
            resolved_at: string | null;
            /** Format: date-time */
            archived_at: string | null;
            /** @description While `status` is `post_incident`: the post-incident flow's current status (e.g. `Documenting`). */
            post_incident_status: string | null;
            /** Format: date-time */
            closed_at: string | null;
        };
        /** @enum {string} */
        EventType: "incident.created" | "incident.updated" | "incident.resolved" | "incident.published" | "incident.archived" | "service.created" | "service.updated" | "service.status_changed" | "service.deleted" | "member.created" | "member.updated" | "member.deleted" | "webhook.disabled" | "alert.fired" | "alert.acknowledged" | "alert.resolved" | "run.completed" | "run.failed" | "monitor.down" | "monitor.recovered" | "incident_io.incident_created" | "incident_io.incident_updated" | "heartbeat.missed" | "heartbeat.recovered" | "error_threshold_exceeded" | "incident.closed" | "post_incident.entered" | "post_incident.status_changed" | "post_incident.task_completed" | "post_incident.task_assigned";
        /**
         * @description Field → `{ from, to }` for every field the change touched.
         * @example {
         *       "status": {
         *         "from": "investigating",
         *         "to": "identified"
         *       }
         *     }
         */
        EventChanges: {
            [key: string]: {
                from: unknown;
                to: unknown;
            };
        };
        /**
         * @description The incident's own fields at the top of `data`, plus `services`: the names of its services (in the order of
         *     `service_ids`), as they were when the event was written.
         */
        IncidentEventData: components["schemas"]["Incident"] & components["schemas"]["IncidentEventFields"];
        IncidentEventFields: {
            /**
             * @description Names of the incident's services.
             * @example [
             *       "API",
             *       "Database"
             *     ]
             */
            services: string[];
        };
        /** @description `IncidentEventData` after the change, plus `changes`. */
        IncidentUpdatedEventData: components["schemas"]["IncidentEventData"] & {
            changes: components["schemas"]["EventChanges"];
        };
        /** @description The service after the change, plus `changes`. */
        ServiceUpdatedEventData: components["schemas"]["Service"] & {
            changes: components["schemas"]["EventChanges"];
        };
        /** @description The service (its `status` is the new one), plus `previous_status` and `new_status`. */
        ServiceStatusChangedEventData: components["schemas"]["Service"] & components["schemas"]["ServiceStatusChangeFields"];
        ServiceStatusChangeFields: {
            previous_status: components["schemas"]["ServiceStatus"];
            new_status: components["schemas"]["ServiceStatus"];
        };
        /** @description The member after the change, plus `changes`. */
        MemberUpdatedEventData: components["schemas"]["Member"] & {
            changes: components["schemas"]["EventChanges"];
        };
        /** @description The alert's own fields at the top, plus `service`: the alert's service when it has one, else null. */
        AlertEventData: components["schemas"]["Alert"] & components["schemas"]["AlertEventFields"];
        AlertEventFields: {
            service: components["schemas"]["Service"] | null;
        };
        /**
         * @description The endpoint Tripwire disabled (its own fields at the top: `is_active` false, `disabled_reason`,
         *     `disabled_at`), plus `reason` (the same as `disabled_reason`) and `last_error`: what the last attempt got
         *     (`HTTP 410 Gone` when the endpoint asked to be disabled). Re-enable it with `PATCH /webhooks/{id}` `{"is_active": true}`.
         */
        WebhookDisabledEventData: components["schemas"]["Webhook"] & components["schemas"]["WebhookDisabledFields"];
        WebhookDisabledFields: {
            reason: string;
            last_error: string;
        };
        /**
         * @description The heartbeat's own fields at the top (never its ping URL), plus `reason` (`late`: no ping in time;
         *     `run_timeout`: a `start` without a finish within `grace`; `failed`: a fail ping or a non-zero exit status;
         *     null on `heartbeat.recovered`) and `exit_code` (of the ping that caused it, else null).
         */
        HeartbeatEventData: {
            id: components["schemas"]["HeartbeatIdValue"];
            name: string;
            service_id: string | null;
            period: number | null;
            schedule: string | null;
            tz: string | null;
            grace: number;
            state: components["schemas"]["HeartbeatState"];
            /** Format: date-time */
            last_ping_at: string | null;
            last_ping_kind: components["schemas"]["HeartbeatPingKind"] | null;
            /** Format: date-time */
            started_at: string | null;
            /** Format: date-time */
            expected_at: string | null;
            /** Format: date-time */
            deadline_at: string | null;
            /** @enum {string|null} */
            reason: "late" | "run_timeout" | "failed" | null;
            exit_code: number | null;
        };
        /**
         * @description The rule's fields and the crossing at the top: `count` errors in the window `window_start`–`window_end`,
         *     and the `fingerprint`, `level`, `message` and `timestamp` of the error that crossed the threshold.
         */
        ErrorThresholdEventData: {
            id: components["schemas"]["ErrorRuleIdValue"];
            name: string | null;
            service_id: string;
            threshold: number;
            window_seconds: number;
            fingerprint: string | null;
            level: string | null;
            message: string | null;
            /** Format: date-time */
            timestamp: string | null;
            count: number;
            /** Format: date-time */
            window_start: string;
            /** Format: date-time */
            window_end: string;
        };
        /**
         * @description An accepted incident.io delivery (`incident_io.incident_created` / `incident_io.incident_updated`): its
         *     `event_type` as incident.io names it, the connection it came through, and the incident as incident.io sent it
         *     (or, for the private variants, as read back with the connection's key; `fetch_error` says why when it could
         *     not be read and `incident` then holds only the id).
         */
        IncidentIoEventData: {
            /** @example public_incident.incident_created_v2 */
            event_type: string;
            /** @example int_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
            connection_id: string;
            incident: {
                id: string;
                name?: string;
                reference?: string;
                permalink?: string;
                severity?: {
                    id?: string;
                    name?: string;
                };
                incident_status?: {
                    id?: string;
                    name?: string;
                };
                summary?: string | null;
                visibility?: string;
                created_at?: string;
                updated_at?: string;
            } & {
                [key: string]: unknown;
            };
            fetch_error?: string;
        };
        /**
         * @description The `data` of `run.completed` (status `completed` or `completed_with_errors`) and `run.failed` (status
         *     `failed`): the workflow run that ended, its own fields at the top of `data`. Written in the transaction
         *     that ends the run; the event's `caused_by` names that run, so a workflow triggered by it counts in the
         *     run's causation chain (depth rules apply) and a workflow is never triggered by its own runs. Canceled runs
         *     write no event.
         */
        RunEventData: {
            /** @example run_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
            id: string;
            workflow_id: string;
            workflow_name: string;
            workflow_version: number;
            /** @enum {string} */
            status: "completed" | "completed_with_errors" | "failed";
            /** @description Why the run failed (null when it completed). */
            error: string | null;
            /** @description The first step that failed (for `completed_with_errors`, a step with `continue_on_error`), or null. */
            failed_step: {
                index: number;
                name: string | null;
                type: string;
                error: string | null;
            } | null;
            trigger_type: string;
            /** Format: date-time */
            started_at: string | null;
            /** Format: date-time */
            ended_at: string;
            duration_ms: number | null;
        };
        /**
         * @example {
         *       "id": "evt_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
         *       "event": "incident.created",
         *       "timestamp": "2024-01-15T10:30:00.000Z",
         *       "data": {
         *         "id": "inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
         *         "title": "Database connectivity issues",
         *         "status": "investigating",
         *         "severity": "major",
         *         "services": [
         *           "API",
         *           "Database"
         *         ],
         *         "message": "We are investigating...",
         *         "service_ids": [
         *           "svc_01JD5Q8R1XK2ZP7S0C3V9N4B6A",
         *           "svc_01JD5Q8R1XK2ZP7S0C3V9N4B6D"
         *         ],
         *         "labels": [],
         *         "assignee_id": null,
         *         "visibility": "public",
         *         "source": "api",
         *         "created_at": "2024-01-15T10:30:00.000Z",
         *         "updated_at": "2024-01-15T10:30:00.000Z",
         *         "published_at": "2024-01-15T10:30:00.000Z",
         *         "resolved_at": null,
         *         "archived_at": null,
         *         "post_incident_status": null,
         *         "closed_at": null
         *       }
         *     }
         */
        IncidentCreatedPayload: {
            id: components["schemas"]["EventIdValue"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "incident.created";
            /** Format: date-time */
            timestamp: string;
            data: components["schemas"]["IncidentEventData"];
        };
        IncidentUpdatedPayload: {
            id: components["schemas"]["EventIdValue"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "incident.updated";
            /** Format: date-time */
            timestamp: string;
            data: components["schemas"]["IncidentUpdatedEventData"];
        };
        IncidentResolvedPayload: {
            id: components["schemas"]["EventIdValue"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "incident.resolved";
            /** Format: date-time */
            timestamp: string;
            data: components["schemas"]["IncidentEventData"];
        };
        IncidentPublishedPayload: {
            id: components["schemas"]["EventIdValue"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "incident.published";
            /** Format: date-time */
            timestamp: string;
            data: components["schemas"]["IncidentEventData"];
        };
        IncidentArchivedPayload: {
            id: components["schemas"]["EventIdValue"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "incident.archived";
            /** Format: date-time */
            timestamp: string;
            data: components["schemas"]["IncidentEventData"];
        };
        ServiceCreatedPayload: {
            id: components["schemas"]["EventIdValue"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "service.created";
            /** Format: date-time */
            timestamp: string;
            data: components["schemas"]["Service"];
        };
        ServiceUpdatedPayload: {
            id: components["schemas"]["EventIdValue"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "service.updated";
            /** Format: date-time */
            timestamp: string;
            data: components["schemas"]["ServiceUpdatedEventData"];
        };
        /**
         * @example {
         *       "id": "evt_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
         *       "event": "service.status_changed",
         *       "timestamp": "2024-01-15T10:30:00.000Z",
         *       "data": {
         *         "id": "svc_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
         *         "name": "API Gateway",
         *         "previous_status": "operational",
         *         "new_status": "degraded",
         *         "status": "degraded",
         *         "description": null,
         *         "created_at": "2024-01-01T00:00:00.000Z",
         *         "updated_at": "2024-01-15T10:30:00.000Z"
         *       }
         *     }
         */
        ServiceStatusChangedPayload: {
            id: components["schemas"]["EventIdValue"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "service.status_changed";
            /** Format: date-time */
            timestamp: string;
            data: components["schemas"]["ServiceStatusChangedEventData"];
        };
        ServiceDeletedPayload: {
            id: components["schemas"]["EventIdValue"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "service.deleted";
            /** Format: date-time */
            timestamp: string;
            data: components["schemas"]["Service"];
        };
        MemberCreatedPayload: {
            id: components["schemas"]["EventIdValue"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "member.created";
            /** Format: date-time */
            timestamp: string;
            data: components["schemas"]["Member"];
        };
        MemberUpdatedPayload: {
            id: components["schemas"]["EventIdValue"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "member.updated";
            /** Format: date-time */
            timestamp: string;
            data: components["schemas"]["MemberUpdatedEventData"];
        };
        MemberDeletedPayload: {
            id: components["schemas"]["EventIdValue"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "member.deleted";
            /** Format: date-time */
            timestamp: string;
            data: components["schemas"]["Member"];
        };
        WebhookDisabledPayload: {
            id: components["schemas"]["EventIdValue"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "webhook.disabled";
            /** Format: date-time */
            timestamp: string;
            data: components["schemas"]["WebhookDisabledEventData"];
        };
        AlertFiredPayload: {
            id: components["schemas"]["EventIdValue"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "alert.fired";
            /** Format: date-time */
            timestamp: string;
            data: components["schemas"]["AlertEventData"];
        };
        AlertAcknowledgedPayload: {
            id: components["schemas"]["EventIdValue"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "alert.acknowledged";
            /** Format: date-time */
            timestamp: string;
            data: components["schemas"]["AlertEventData"];
        };
        AlertResolvedPayload: {
            id: components["schemas"]["EventIdValue"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "alert.resolved";
            /** Format: date-time */
            timestamp: string;
            data: components["schemas"]["AlertEventData"];
        };
        RunCompletedPayload: {
            id: components["schemas"]["EventIdValue"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "run.completed";
            /** Format: date-time */
            timestamp: string;
            data: components["schemas"]["RunEventData"];
        };
        RunFailedPayload: {
            id: components["schemas"]["EventIdValue"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "run.failed";
            /** Format: date-time */
            timestamp: string;
            data: components["schemas"]["RunEventData"];
        };
        HeartbeatMissedPayload: {
            id: components["schemas"]["EventIdValue"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "heartbeat.missed";
            /** Format: date-time */
            timestamp: string;
            data: components["schemas"]["HeartbeatEventData"];
        };
        HeartbeatRecoveredPayload: {
            id: components["schemas"]["EventIdValue"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "heartbeat.recovered";
            /** Format: date-time */
            timestamp: string;
            data: components["schemas"]["HeartbeatEventData"];
        };
        ErrorThresholdExceededPayload: {
            id: components["schemas"]["EventIdValue"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "error_threshold_exceeded";
            /** Format: date-time */
            timestamp: string;
            data: components["schemas"]["ErrorThresholdEventData"];
        };
        IncidentIoIncidentCreatedPayload: {
            id: components["schemas"]["EventIdValue"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "incident_io.incident_created";
            /** Format: date-time */
            timestamp: string;
            data: components["schemas"]["IncidentIoEventData"];
        };
        IncidentIoIncidentUpdatedPayload: {
            id: components["schemas"]["EventIdValue"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "incident_io.incident_updated";
            /** Format: date-time */
            timestamp: string;
            data: components["schemas"]["IncidentIoEventData"];
        };
        IncidentClosedPayload: {
            id: components["schemas"]["EventIdValue"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "incident.closed";
            /** Format: date-time */
            timestamp: string;
            data: components["schemas"]["IncidentClosedEventData"];
        };
        PostIncidentEnteredPayload: {
            id: components["schemas"]["EventIdValue"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "post_incident.entered";
            /** Format: date-time */
            timestamp: string;
            data: components["schemas"]["PostIncidentFlowEventData"];
        };
        PostIncidentStatusChangedPayload: {
            id: components["schemas"]["EventIdValue"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "post_incident.status_changed";
            /** Format: date-time */
            timestamp: string;
            data: components["schemas"]["PostIncidentFlowEventData"];
        };
        PostIncidentTaskCompletedPayload: {
            id: components["schemas"]["EventIdValue"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "post_incident.task_completed";
            /** Format: date-time */
            timestamp: string;
            data: components["schemas"]["PostIncidentTaskEventData"];
        };
        PostIncidentTaskAssignedPayload: {
            id: components["schemas"]["EventIdValue"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "post_incident.task_assigned";
            /** Format: date-time */
            timestamp: string;
            data: components["schemas"]["PostIncidentTaskEventData"];
        };
        MonitorDownPayload: {
            id: components["schemas"]["EventIdValue"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "monitor.down";
            /** Format: date-time */
            timestamp: string;
            data: components["schemas"]["MonitorEventData"];
        };
        MonitorRecoveredPayload: {
            id: components["schemas"]["EventIdValue"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "monitor.recovered";
            /** Format: date-time */
            timestamp: string;
            data: components["schemas"]["MonitorEventData"];
        };
        /**
         * @description What an endpoint receives: `id` (the event's id, stable across retries: deduplicate on it), `event` (the
         *     type), `timestamp` (when it happened) and `data`, whose schema `event` selects. Test deliveries
         *     (`POST /webhooks/{id}/test`) add `"test": true` to `data`.
         */
        WebhookPayload: components["schemas"]["IncidentCreatedPayload"] | components["schemas"]["IncidentUpdatedPayload"] | components["schemas"]["IncidentResolvedPayload"] | components["schemas"]["IncidentPublishedPayload"] | components["schemas"]["IncidentArchivedPayload"] | components["schemas"]["ServiceCreatedPayload"] | components["schemas"]["ServiceUpdatedPayload"] | components["schemas"]["ServiceStatusChangedPayload"] | components["schemas"]["ServiceDeletedPayload"] | components["schemas"]["MemberCreatedPayload"] | components["schemas"]["MemberUpdatedPayload"] | components["schemas"]["MemberDeletedPayload"] | components["schemas"]["WebhookDisabledPayload"] | components["schemas"]["AlertFiredPayload"] | components["schemas"]["AlertAcknowledgedPayload"] | components["schemas"]["AlertResolvedPayload"] | components["schemas"]["RunCompletedPayload"] | components["schemas"]["RunFailedPayload"] | components["schemas"]["HeartbeatMissedPayload"] | components["schemas"]["HeartbeatRecoveredPayload"] | components["schemas"]["ErrorThresholdExceededPayload"] | components["schemas"]["IncidentIoIncidentCreatedPayload"] | components["schemas"]["IncidentIoIncidentUpdatedPayload"] | components["schemas"]["IncidentClosedPayload"] | components["schemas"]["PostIncidentEnteredPayload"] | components["schemas"]["PostIncidentStatusChangedPayload"] | components["schemas"]["PostIncidentTaskCompletedPayload"] | components["schemas"]["PostIncidentTaskAssignedPayload"] | components["schemas"]["MonitorDownPayload"] | components["schemas"]["MonitorRecoveredPayload"];
        /** @example evt_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
        EventIdValue: string;
        WebhookIdValue: string;
        /** @description An event type, or `*` for every event. */
        WebhookEventFilter: string | components["schemas"]["EventType"] | "*";
        Webhook: {
            id: components["schemas"]["WebhookIdValue"];
            /** Format: uri */
            url: string;
            description: string | null;
            events: components["schemas"]["WebhookEventFilter"][];
            /** @description Extra headers sent with every delivery. Values may be credentials, so they are stored encrypted and shown only as `tw_sealed_v1.<ref>` references; send a reference back in a `PATCH` to keep its value. */
            headers: {
                [key: string]: string;
            };
            is_active: boolean;
            /**
             * Format: date-time
             * @description When the endpoint last became active: its creation, or its latest re-enabling (null while it never was active). It is sent the events that happened at or after this time while it is active — never those from before, nor those from while it was disabled, however late the fan-out reaches them.
             */
            enabled_at: string | null;
            /** @description Why Tripwire disabled the endpoint, if it did. */
            disabled_reason: string | null;
            /** Format: date-time */
            disabled_at: string | null;
            /**
             * Format: date-time
             * @description While set and in the future, deliveries are also signed with the previous secret.
             */
            previous_secret_expires_at: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        AlertIdValue: string;
        /** @enum {string} */
        AlertStatus: "firing" | "acknowledged" | "resolved";
        Alert: {
            id: components["schemas"]["AlertIdValue"];
            title: string;
            message?: string | null;
            severity: components["schemas"]["Severity"];
            source: string | null;
            dedup_key: string | null;
            details: {
                [key: string]: unknown;
            };
            service_id: components["schemas"]["ServiceIdValue"] | null;
            status: components["schemas"]["AlertStatus"];
            /** @description How many times the alert fired while open. */
            count: number;
            /** Format: date-time */
            first_seen_at: string;
            /** Format: date-time */
            last_seen_at: string;
            /** Format: date-time */
            acknowledged_at: string | null;
            acknowledged_by: components["schemas"]["MemberIdValue"] | null;
            /** Format: date-time */
            resolved_at: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** @description In the ingest response: true when an open alert was updated instead of created. */
            deduplicated?: boolean;
        };
        HeartbeatIdValue: string;
        /**
         * @description `pending` until the first ping; `up`; `down` after a missed or failed ping, until the next good one; `paused`.
         * @enum {string}
         */
        HeartbeatState: "pending" | "up" | "down" | "paused";
        /**
         * @description `success` (including exit status 0), `start`, `fail` (including exit statuses 1–255) or `log`.
         * @enum {string}
         */
        HeartbeatPingKind: "success" | "start" | "fail" | "log";
        ErrorRuleIdValue: string;
        MonitorIdValue: string;
        /**
         * @description `pending` until the first check settles it, `up`, `down`, or `paused`.
         * @enum {string}
         */
        MonitorState: "pending" | "up" | "down" | "paused";
        /** @enum {string} */
        MonitorMethod: "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS";
        /**
         * @description Why a check failed: no answer in time, name not resolved, connection refused, TLS failure, unexpected status, keyword rule, or a target the server may not reach (private address).
         * @enum {string}
         */
        MonitorErrorClass: "timeout" | "dns" | "connect" | "tls" | "status" | "keyword" | "blocked";
        /**
         * @description The `data` of `monitor.down` and `monitor.recovered` (workflow triggers `uptime.down` / `uptime.recovered`,
         *     where these fields are `{{monitor.*}}`): the monitor's own fields at the top, with the check that changed
         *     its state. `error` is that check's error (`null` on recovery).
         */
        MonitorEventData: {
            id: components["schemas"]["MonitorIdValue"];
            name: string;
            url: string;
            method: components["schemas"]["MonitorMethod"];
            service_id: string | null;
            state: components["schemas"]["MonitorState"];
            error: string | null;
            error_class: components["schemas"]["MonitorErrorClass"] | null;
            status_code: number | null;
            /** Format: date-time */
            checked_at: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
