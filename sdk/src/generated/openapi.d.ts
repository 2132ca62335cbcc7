// This file is generated from openapi.yaml by openapi-typescript. Do not edit.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check that the server is up
         * @description Needs no API key. Answers `200` while the server can reach its database.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the organization of the API key
         * @description The organization the API key belongs to. Every resource you create lives in it.
         */
        get: operations["getOrganization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the organization's name and notification contacts
         * @description Sets the organization's `name` and who is notified when Tripwire disables one of its webhook endpoints:
         *     `notification_emails` (an email each time, through the server's `SMTP_URL`) and `notification_channel_ids`
         *     (a message to each channel). Lists replace what was there; fields left out keep their value.
         */
        patch: operations["updateOrganization"];
        trace?: never;
    };
    "/organization/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the organization's settings
         * @description How long the organization's history is kept, per kind, in seconds: domain events, workflow runs (with their
         *     steps and evaluations), webhook deliveries (with their attempts), monitor history (checks and pings) and
         *     Idempotency-Key records (fixed at 24 hours). Also the server's defaults and the bounds a change must stay
         *     within. Older records are deleted by a background job in small batches; what was deleted answers `404`,
         *     and list cursors held across a deletion keep working.
         */
        get: operations["getOrganizationSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the organization's settings
         * @description Sets retention windows, in seconds, each within the server's bounds (`retention_limits`); `null` goes back to
         *     the server's default. Fields left out keep their value. A shorter window applies at the next pruning pass.
         */
        patch: operations["updateOrganizationSettings"];
        trace?: never;
    };
    "/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys
         * @description Lists the organization's keys, revoked ones included. The secret is never returned.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description Returns the key's secret once, in `secret`. Store it now: it is kept only as a hash and is never shown
         *     again. A key can only grant scopes its creator has.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-keys/{apiKeyId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example key_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                apiKeyId: components["parameters"]["ApiKeyId"];
            };
            cookie?: never;
        };
        /**
         * Get an API key
         * @description One key's name, scopes, expiry and last use. The secret is never returned.
         */
        get: operations["getApiKey"];
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description The key stops working at once. It stays listed, with `revoked_at` set. A key can revoke only keys whose scopes it holds, as it can only grant those (a key with `*` only by a key with `*`); otherwise `403` naming the first scope it lacks.
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List team members
         * @description The people in the organization, newest first.
         */
        get: operations["listMembers"];
        put?: never;
        /**
         * Add a team member
         * @description Adds a person who can be assigned incidents. Emails are unique within the organization (case-insensitive).
         */
        post: operations["createMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example mem_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                memberId: components["parameters"]["MemberId"];
            };
            cookie?: never;
        };
        /**
         * Get a team member
         * @description One team member.
         */
        get: operations["getMember"];
        put?: never;
        post?: never;
        /**
         * Remove a team member
         * @description Incidents assigned to the member become unassigned. A member an active workflow names (`assign_incident` by id or email) is not removed: `409` with `workflows` listing them.
         */
        delete: operations["deleteMember"];
        options?: never;
        head?: never;
        /**
         * Update a team member
         * @description Changes a member's name or email. Writes `member.updated` with the changed fields.
         */
        patch: operations["updateMember"];
        trace?: never;
    };
    "/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List services
         * @description The organization's services, newest first, optionally filtered by status.
         */
        get: operations["listServices"];
        put?: never;
        /**
         * Create a service
         * @description Creates a service (status `operational` unless given). Names are unique within the organization. Writes `service.created`.
         */
        post: operations["createService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/services/{serviceId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example svc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                serviceId: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        /**
         * Get a service
         * @description One service with its current status.
         */
        get: operations["getService"];
        put?: never;
        post?: never;
        /**
         * Delete a service
         * @description Incidents that listed the service keep their history but no longer reference it. Its uptime monitors and heartbeats keep watching, detached (`service_id` null); its error rules and maintenance windows are deleted with it.
         */
        delete: operations["deleteService"];
        options?: never;
        head?: never;
        /**
         * Update a service
         * @description Changing `status` writes a `service.status_changed` event with the previous and new status.
         */
        patch: operations["updateService"];
        trace?: never;
    };
    "/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List incidents
         * @description Newest first. Archived incidents are left out unless `include_archived=true`.
         */
        get: operations["listIncidents"];
        put?: never;
        /**
         * Open an incident
         * @description Writes an `incident.created` event (drafts included).
         */
        post: operations["createIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents/{incidentId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
            };
            cookie?: never;
        };
        /**
         * Get an incident
         * @description One incident, archived or not.
         */
        get: operations["getIncident"];
        put?: never;
        post?: never;
        /**
         * Archive an incident
         * @description Archived incidents keep their history and can still be read by id, but are left out of lists unless
         *     `include_archived=true`. Writes an `incident.archived` event.
         */
        delete: operations["archiveIncident"];
        options?: never;
        head?: never;
        /**
         * Update an incident
         * @description Writes an `incident.updated` event whose `changes` maps each changed field to `{ from, to }`. Setting
         *     `status` to `resolved` also writes `incident.resolved`.
         */
        patch: operations["updateIncident"];
        trace?: never;
    };
    "/incidents/{incidentId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a draft incident
         * @description Moves a `draft` incident to `public` and writes `incident.published`. Publishing a public incident is a `409`.
         */
        post: operations["publishIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents/{incidentId}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve an incident
         * @description Sets `status` to `resolved` and `resolved_at`, adds a timeline entry when a message is given, and writes `incident.resolved`. Resolving a resolved incident is a `409`.
         */
        post: operations["resolveIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents/{incidentId}/updates": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
            };
            cookie?: never;
        };
        /**
         * List an incident's timeline
         * @description The incident's timeline entries, newest first.
         */
        get: operations["listIncidentUpdates"];
        put?: never;
        /**
         * Post a timeline update
         * @description Adds a message to the timeline. With `status`, also changes the incident's status (and writes the same events as `PATCH`).
         */
        post: operations["addIncidentUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents/{incidentId}/labels": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add labels to an incident
         * @description Labels already present are kept once. Writes `incident.updated` when the set changes.
         */
        post: operations["addIncidentLabels"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents/{incidentId}/labels/{label}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
                /** @description The label to remove. */
                label: components["schemas"]["Label"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a label from an incident
         * @description Removes one label. A label the incident does not have is a `404`. Writes `incident.updated`.
         */
        delete: operations["removeIncidentLabel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents/{incidentId}/assignee": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Assign an incident
         * @description Sets (or, with `null`, clears) the member responsible for the incident. Writes `incident.updated`.
         */
        put: operations["assignIncident"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List domain events
         * @description Every change to a resource writes one event in the same transaction. Newest first.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example evt_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                eventId: string;
            };
            cookie?: never;
        };
        /**
         * Get a domain event
         * @description One domain event, with the resource as it was right after the change.
         */
        get: operations["getEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook endpoints
         * @description The organization's endpoints, newest first. Signing secrets are never listed.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Register a webhook endpoint
         * @description Every event the endpoint subscribes to is delivered to it, signed, at least once, with retries.
         *     The signing secret is generated (or taken from `secret`) and returned only in this response and in the
         *     rotate response. URLs must be `https://` and must not resolve to private, loopback, link-local or metadata
         *     addresses (checked again at every delivery).
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{webhookId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example whk_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                webhookId: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        /**
         * Get a webhook endpoint
         * @description The endpoint's settings and state. The signing secret is never returned.
         */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint
         * @description Stops deliveries at once; queued deliveries are dropped and the delivery log is deleted with it.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Update a webhook endpoint
         * @description Changes settings. `{"is_active": true}` re-enables a disabled endpoint and clears `disabled_reason`.
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/webhooks/{webhookId}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example whk_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                webhookId: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the signing secret
         * @description Returns a new secret. Until `previous_secret_expires_at` (default 24 hours), every delivery carries
         *     `webhook-signature` entries for both the new and the previous secret, so receivers can switch without
         *     downtime. `X-Tripwire-Signature` uses the new secret at once.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{webhookId}/test": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example whk_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                webhookId: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a signed test event now
         * @description Sends a signed sample event to the endpoint right away (no retries) and answers with the outcome. Works on
         *     disabled endpoints too, so you can check a fix before re-enabling. The attempt is recorded in the
         *     delivery log.
         *
         *     `curl -X POST "$BASE/api/v1/webhooks/$ID/test" -H "X-API-Key: $KEY"`
         */
        post: operations["testWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{webhookId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example whk_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                webhookId: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        /**
         * List deliveries to an endpoint
         * @description One entry per event sent (or to be sent) to the endpoint, newest first, with every attempt.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{webhookId}/deliveries/{deliveryId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example whk_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                webhookId: components["parameters"]["WebhookId"];
                /** @example dlv_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                deliveryId: components["parameters"]["DeliveryId"];
            };
            cookie?: never;
        };
        /**
         * Get a delivery with its attempts
         * @description Every attempt with its time, response status, latency, the first 2 KB of the response body and the error class.
         */
        get: operations["getWebhookDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example whk_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                webhookId: components["parameters"]["WebhookId"];
                /** @example dlv_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                deliveryId: components["parameters"]["DeliveryId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deliver again
         * @description Queues one more attempt now, with the same event id (`webhook-id`), so receivers that already processed it can deduplicate.
         */
        post: operations["redeliverWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflow-catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List trigger and action types
         * @description Every trigger type with the template variables and condition fields it provides, and every action type with its configuration fields and the scopes a key needs to save a workflow using it. Workflows are validated against this catalog.
         */
        get: operations["getWorkflowCatalog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List workflows
         * @description Newest first, optionally filtered by state or trigger type.
         */
        get: operations["listWorkflows"];
        put?: never;
        /**
         * Create a workflow
         * @description Creates a workflow as a `draft`, or validates and activates it at once with `"state": "active"` (then every
         *     problem is reported together, as by `POST /workflows/{id}/activate`). Accepts the documented shorthand:
         *     `"trigger": "incident.created"` and a top-level `"schedule": "0 9 * * *"`; the response shows the
         *     canonical form. An `execute_webhook` action's `secret` and literal header values, and a `send_slack_message`
         *     action's literal `webhook_url`, are encrypted at rest and shown back as `tw_sealed_v1.<ref>` references,
         *     never in clear (see `Action`).
         *
         *     Authority (also on every change, activation and clone): the key must hold the scopes every action needs
         *     (`scopes` per action in `GET /workflow-catalog`; a workflow acts with the authority of the key that saves it),
         *     else `403` `insufficient-scope` with `required_scope` and one `errors` entry per such action at its pointer
         *     (`#/actions/1`). Destination URLs (`execute_webhook.url`, `send_slack_message.webhook_url`) pass the same check
         *     as webhook endpoints (https, no credentials, no private, loopback, link-local or metadata address), else
         *     `422` at the field; a templated URL is checked on its literal part here and on the rendered URL at run time.
         */
        post: operations["createWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/{workflowId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example wfl_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                workflowId: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        /**
         * Get a workflow
         * @description The workflow's current definition and state.
         */
        get: operations["getWorkflow"];
        put?: never;
        post?: never;
        /**
         * Delete a workflow
         * @description Deletes the workflow and its versions; queued and waiting runs are canceled, and run history is kept.
         */
        delete: operations["deleteWorkflow"];
        options?: never;
        head?: never;
        /**
         * Update a workflow
         * @description Changes the definition. A change to an active workflow is validated first and makes a new numbered version;
         *     runs already started keep the version they started on. `actions` replaces the whole list: send an
         *     `execute_webhook` secret or header value (or a `send_slack_message` webhook URL) back as its `tw_sealed_v1.<ref>` reference (as `GET` shows it) to
         *     keep the stored value, even after reordering the actions, or as a new literal to replace it.
         *     Every save checks the key's scopes and the destination URLs as `POST /workflows` describes (`403` / `422`).
         */
        patch: operations["updateWorkflow"];
        trace?: never;
    };
    "/workflows/{workflowId}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example wfl_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                workflowId: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate and activate a workflow
         * @description Checks the whole definition and reports every problem at once (unknown trigger or action, missing or
         *     mistyped action configuration, a condition field the trigger does not provide, an unknown template
         *     variable, `run_workflow` to a missing workflow, a cycle of `run_workflow`, or a chain deeper than 3).
         *     On success the workflow is `active` and a new version is recorded.
         *     The key must hold the scopes of every action (`403` naming the first missing one and each action's pointer),
         *     and destination URLs must pass the SSRF check (`422` at the field), as `POST /workflows` describes.
         */
        post: operations["activateWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/{workflowId}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example wfl_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                workflowId: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable a workflow
         * @description The workflow stops reacting to triggers (each skipped evaluation is recorded as `workflow_disabled`). Runs already started go on.
         */
        post: operations["disableWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/{workflowId}/clone": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example wfl_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                workflowId: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Clone a workflow
         * @description A new draft with the same definition, named "<name> (copy)". The key must hold the scopes of its actions (`403`, as for `POST /workflows`).
         */
        post: operations["cloneWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/{workflowId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example wfl_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                workflowId: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        /**
         * List a workflow's versions
         * @description Every version recorded by activation or by a change to an active workflow, newest first.
         */
        get: operations["listWorkflowVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/{workflowId}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example wfl_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                workflowId: components["parameters"]["WorkflowId"];
                version: number;
            };
            cookie?: never;
        };
        /**
         * Get one version of a workflow
         * @description The definition exactly as it was in that version.
         */
        get: operations["getWorkflowVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/{workflowId}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example wfl_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                workflowId: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a workflow now
         * @description Starts a run of an active `manual` workflow with an optional payload, available to templates as `{{payload.*}}`; or a test run of any active workflow with a real resource of its trigger's kind (`incident_id`, `alert_id`, `service_id`, `run_id`) or a sample event (`event`, e.g. the catalog's `sample`), whose trigger variables resolve as for a real event (see WorkflowTrigger). The run is queued and returned at once; a test run is marked `test: true`.
         */
        post: operations["triggerWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/{workflowId}/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example wfl_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                workflowId: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        /**
         * Why did (or didn't) it run?
         * @description Every time the workflow's trigger matched an event, newest first, with the outcome and, when the conditions were false, each condition's resolved value and result.
         */
        get: operations["listWorkflowEvaluations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/{workflowId}/dry-run": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example wfl_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                workflowId: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Evaluate without side effects
         * @description Evaluates the conditions against an event (or the trigger event of an earlier run, with `from_run`) and renders every action's input. Nothing is written and nothing is sent. `event.data` is in the shape events carry (the resource's own fields at the top, as in `WebhookPayload`); the earlier nested shape (`{"incident": {…}}`) is read too.
         */
        post: operations["dryRunWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/{workflowId}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example wfl_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                workflowId: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        /**
         * Next fire times of a scheduled workflow
         * @description The next `count` times the cron expression fires, in UTC, computed in the workflow's time zone; for an interval (`every`), the next times it is due.
         */
        get: operations["getWorkflowSchedule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List workflow runs
         * @description Newest first, filtered by workflow, status or time. Steps are included only in `GET /runs/{id}`.
         */
        get: operations["listRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/runs/{runId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example run_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                runId: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        /**
         * Get a run with its steps
         * @description The run's trigger, causation chain, status and timing, and each step's rendered input, output, error, status, timing and attempts.
         */
        get: operations["getRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/runs/{runId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example run_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                runId: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a queued or waiting run
         * @description A run that is `queued` or `waiting` (in a delay) stops and is marked `canceled`. Other states are a `409`.
         */
        post: operations["cancelRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/runs/{runId}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example run_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                runId: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replay a run
         * @description Starts a new run with the same trigger event, from the start or from the step that failed, on the version the run used or on the workflow's current version. The new run records `replay_of`. A run older than the organization's run retention was deleted and cannot be replayed (`410`).
         */
        post: operations["replayRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List notification channels
         * @description Slack, email and webhook channels, newest first. Secrets (Slack webhook URLs) are shown masked.
         */
        get: operations["listChannels"];
        put?: never;
        /**
         * Create a notification channel
         * @description A `slack` channel posts to a Slack incoming-webhook URL (stored encrypted, shown masked); an `email` channel mails its recipients through SMTP; a `webhook` channel POSTs JSON to an HTTPS URL. An optional `key` (e.g. `ch_slack_ops`) names the channel stably: every channel reference (a workflow action's `channel_id`, an escalation level's `channel_ids`) takes the id or the key. A key already used in the organization is a `409`.
         */
        post: operations["createChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/channels/{channelId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example chn_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                channelId: components["parameters"]["ChannelId"];
            };
            cookie?: never;
        };
        /**
         * Get a notification channel
         * @description One channel, secrets masked.
         */
        get: operations["getChannel"];
        put?: never;
        post?: never;
        /**
         * Delete a notification channel
         * @description Escalation policy levels that named the channel (by id or key) no longer do. A channel an active workflow names (by id or key) is not deleted: `409` with `workflows` listing them and the actions' pointers; change or disable those workflows first.
         */
        delete: operations["deleteChannel"];
        options?: never;
        head?: never;
        /**
         * Update a notification channel
         * @description Changes the name or configuration (a new configuration replaces the old one).
         */
        patch: operations["updateChannel"];
        trace?: never;
    };
    "/channels/{channelId}/test": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example chn_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                channelId: components["parameters"]["ChannelId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test message
         * @description Sends a test message through the channel now and returns what the provider answered.
         */
        post: operations["testChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List integrations
         * @description Connections to other products (today: incident.io), newest first. API keys are shown masked; signing secrets never.
         */
        get: operations["listIntegrations"];
        put?: never;
        /**
         * Connect incident.io
         * @description Stores an incident.io API key (encrypted at rest, shown masked, never returned) under a name. The answer
         *     holds the connection's own `webhook_url` for incident.io's Settings > Webhooks; set the endpoint's signing
         *     secret afterwards with `PUT /integrations/{integrationId}/signing-secret`. A replay of this call with the same
         *     Idempotency-Key answers the same masked form (the key is never in a response, replayed or not).
         */
        post: operations["createIntegration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/{integrationId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example int_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                integrationId: components["parameters"]["IntegrationId"];
            };
            cookie?: never;
        };
        /**
         * Get an integration
         * @description One integration, its API key masked.
         */
        get: operations["getIntegration"];
        put?: never;
        post?: never;
        /**
         * Delete an integration
         * @description Its webhook URL stops accepting deliveries; workflows that name it fail at their next activation or step.
         */
        delete: operations["deleteIntegration"];
        options?: never;
        head?: never;
        /**
         * Update an integration
         * @description Renames it or replaces its API key (a new key replaces the old one; it is never shown back).
         */
        patch: operations["updateIntegration"];
        trace?: never;
    };
    "/integrations/{integrationId}/test": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example int_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                integrationId: components["parameters"]["IntegrationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Test an integration's API key
         * @description Calls incident.io with the stored key (`GET /v1/severities`, and `GET /v1/identity` for the key's name and
         *     roles) and reports what works: whether severities can be read (and which), or incident.io's own error
         *     (status, and its message such as a missing permission).
         *     A failed check is still a `200`; see `ok`.
         */
        post: operations["testIntegration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/{integrationId}/signing-secret": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example int_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                integrationId: components["parameters"]["IntegrationId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Set the webhook signing secret
         * @description Stores the signing secret of the endpoint you created in incident.io (Settings > Webhooks > your endpoint >
         *     Signing secret, `whsec_…`), encrypted at rest. It is never returned and never part of a workflow; the answer
         *     only says that one is set and since when. Setting it again replaces it.
         */
        put: operations["setIntegrationSigningSecret"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/{integrationId}/incident-io/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example int_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                integrationId: components["parameters"]["IntegrationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive an incident.io webhook
         * @description Where incident.io sends this connection's webhooks (the `webhook_url` of the integration). No API key: the
         *     Standard Webhooks signature (`webhook-id`, `webhook-timestamp`, `webhook-signature`, made with the
         *     endpoint's signing secret) is the authentication, checked with a 5-minute timestamp tolerance. Accepted
         *     event types: `public_incident.incident_created_v2`, `public_incident.incident_updated_v2` and their
         *     `private_incident.*` variants (which carry only an id: the incident is then fetched with the connection's
         *     API key). The body is `{"event_type": T, "T": {…incident}}`, optionally wrapped as `{"data": {…}, "type",
         *     "timestamp"}`. A `webhook-id` seen before is answered `200` with `duplicate: true` and runs nothing.
         *     Each accepted delivery writes an `incident_io.incident_created` or `incident_io.incident_updated` event.
         */
        post: operations["receiveIncidentIoWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List alerts
         * @description Newest first, optionally by status or dedup key.
         */
        get: operations["listAlerts"];
        put?: never;
        /**
         * Ingest an alert
         * @description Fires an alert. A second alert with the `dedup_key` of an alert that is still open (firing or acknowledged) updates that alert (`count`, `last_seen_at`, details) instead of creating one; the answer is then `200` with `deduplicated: true`.
         */
        post: operations["createAlert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/alerts/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve the open alert with a dedup key
         * @description For monitoring tools that only know their own key.
         */
        post: operations["resolveAlertByDedupKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/alerts/{alertId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example alt_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                alertId: components["parameters"]["AlertId"];
            };
            cookie?: never;
        };
        /**
         * Get an alert
         * @description One alert with its state and counts.
         */
        get: operations["getAlert"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/alerts/{alertId}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example alt_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                alertId: components["parameters"]["AlertId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge an alert
         * @description Someone is on it: a firing alert becomes `acknowledged` and any escalation for it stops.
         */
        post: operations["acknowledgeAlert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/alerts/{alertId}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example alt_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                alertId: components["parameters"]["AlertId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve an alert
         * @description The alert is over: it becomes `resolved`, `alert.resolved` is written and any escalation for it stops.
         */
        post: operations["resolveAlert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/escalation-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List escalation policies
         * @description Newest first.
         */
        get: operations["listEscalationPolicies"];
        put?: never;
        /**
         * Create an escalation policy
         * @description Ordered levels; each notifies members (by email) and/or channels, then waits `delay_minutes` before the next level. After the last level the policy starts over `repeat` more times.
         */
        post: operations["createEscalationPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/escalation-policies/{policyId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example esp_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                policyId: components["parameters"]["EscalationPolicyId"];
            };
            cookie?: never;
        };
        /**
         * Get an escalation policy
         * @description One policy with its levels.
         */
        get: operations["getEscalationPolicy"];
        put?: never;
        post?: never;
        /**
         * Delete an escalation policy
         * @description Escalations already running stop. A policy an active workflow pages with (`page_on_call`) is not deleted: `409` with `workflows` listing them.
         */
        delete: operations["deleteEscalationPolicy"];
        options?: never;
        head?: never;
        /**
         * Update an escalation policy
         * @description Escalations already running keep the levels they started with.
         */
        patch: operations["updateEscalationPolicy"];
        trace?: never;
    };
    "/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List escalations
         * @description Newest first, optionally by status or target.
         */
        get: operations["listEscalations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/escalations/{escalationId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example esc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                escalationId: components["parameters"]["EscalationId"];
            };
            cookie?: never;
        };
        /**
         * Get an escalation
         * @description Every level reached and every notification sent, with its outcome.
         */
        get: operations["getEscalation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/post-incident-flows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List post-incident flows
         * @description The organization's post-incident flows, newest first. Every organization has the default flow ("Documenting" then "Reviewing", automatic for major and critical incidents) until it deletes it.
         */
        get: operations["listPostIncidentFlows"];
        put?: never;
        /**
         * Create a post-incident flow
         * @description Ordered statuses, each with tasks; entry `conditions` in the workflow condition language (tested against the incident when it is resolved) and `entry` (`automatic`: matching incidents enter when resolved; `opt_in`: offered at close). A change applies only to incidents that enter later.
         */
        post: operations["createPostIncidentFlow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/post-incident-flows/{flowId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example pif_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                flowId: components["parameters"]["PostIncidentFlowId"];
            };
            cookie?: never;
        };
        /**
         * Get a post-incident flow
         * @description One flow with its statuses and task templates.
         */
        get: operations["getPostIncidentFlow"];
        put?: never;
        post?: never;
        /**
         * Delete a post-incident flow
         * @description Incidents already in the flow keep their snapshot and go on. The default flow is not created again once deleted.
         */
        delete: operations["deletePostIncidentFlow"];
        options?: never;
        head?: never;
        /**
         * Update a post-incident flow
         * @description Fields left out keep their value; `statuses` replaces the whole list. Incidents already in the flow keep the tasks they entered with.
         */
        patch: operations["updatePostIncidentFlow"];
        trace?: never;
    };
    "/incidents/{incidentId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a resolved incident
         * @description Without `flow_id`, a resolved incident is closed directly (`incident.closed`). With `flow_id`, it opts in to that post-incident flow instead: it enters the flow's first status (`post_incident.entered`) and is closed when the last status's tasks are done. An incident that is not `resolved` is a `409` (in the flow: opt out with a reason instead).
         */
        post: operations["closeIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents/{incidentId}/post-incident": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
            };
            cookie?: never;
        };
        /**
         * Get an incident's post-incident flow
         * @description The flow the incident entered (its snapshot), the current status and every task. `404` if the incident never entered a flow.
         */
        get: operations["getIncidentPostIncident"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents/{incidentId}/post-incident/move": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move to the next post-incident status
         * @description Moves the incident to the next status whatever its tasks (e.g. when a status has no tasks left): `to` must name the next status, or `closed` at the last one. Anything else is a `409`.
         */
        post: operations["movePostIncidentStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents/{incidentId}/post-incident/opt-out": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Opt out of the post-incident flow
         * @description Closes an incident in the flow at once; `reason` is required (a `422` without it), recorded on the timeline and in the message to the organization's incident channel.
         */
        post: operations["optOutOfPostIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents/{incidentId}/post-incident/tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
                /** @example pit_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                taskId: components["parameters"]["PostIncidentTaskId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a task from the incident's flow
         * @description Removes the task from this incident's snapshot (the flow itself is unchanged). A status left without tasks no longer moves on by itself: move it with `POST /incidents/{incidentId}/post-incident/move`.
         */
        delete: operations["deletePostIncidentTask"];
        options?: never;
        head?: never;
        /**
         * Assign a task or set its due date
         * @description Assigning a member emails them (through SMTP) and writes `post_incident.task_assigned`. `null` clears either field.
         */
        patch: operations["updatePostIncidentTask"];
        trace?: never;
    };
    "/incidents/{incidentId}/post-incident/tasks/{taskId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
                /** @example pit_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                taskId: components["parameters"]["PostIncidentTaskId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete a task
         * @description Marks a task of the current status `done`. When every task of the status is done or not doing, the incident moves to the next status (after the last: `closed`). A task of another status, or a flow that ended, is a `409`.
         */
        post: operations["completePostIncidentTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents/{incidentId}/post-incident/tasks/{taskId}/not-doing": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
                /** @example pit_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                taskId: components["parameters"]["PostIncidentTaskId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a task as not doing
         * @description Like completing it, with status `not_doing` and an optional note.
         */
        post: operations["skipPostIncidentTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents/{incidentId}/post-incident/tasks/{taskId}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
                /** @example pit_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                taskId: components["parameters"]["PostIncidentTaskId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reopen a task
         * @description Back to `todo` (a task of the current status only; `409` otherwise).
         */
        post: operations["reopenPostIncidentTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents/{incidentId}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
            };
            cookie?: never;
        };
        /**
         * List an incident's follow-ups
         * @description Follow-ups in the order they were created.
         */
        get: operations["listFollowUps"];
        put?: never;
        /**
         * Add a follow-up
         * @description Work to do after the incident. When every follow-up is completed or not doing, the task "review follow-ups" completes itself.
         */
        post: operations["createFollowUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents/{incidentId}/follow-ups/{followUpId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
                /** @example fup_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                followUpId: components["parameters"]["FollowUpId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a follow-up
         * @description Title, assignee or status (`outstanding`, `completed`, `not_doing`).
         */
        patch: operations["updateFollowUp"];
        trace?: never;
    };
    "/incidents/{incidentId}/postmortem": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Attach or update the post-mortem document
         * @description Attaching it completes the task "create a post-mortem"; `status: complete` completes "mark the post-mortem complete".
         */
        put: operations["putPostmortem"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents/{incidentId}/postmortem/share": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Share the post-mortem to a channel
         * @description Sends the post-mortem's link through a notification channel now; a successful send completes the task "share the post-mortem". A failed send is still a `200` (see `success`). No post-mortem attached is a `409`.
         */
        post: operations["sharePostmortem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents/{incidentId}/debrief": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Record the debrief
         * @description When it is (or was) and who attends; recording it completes the task "schedule the debrief".
         */
        put: operations["putDebrief"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents/{incidentId}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Assign an incident role
         * @description Names the member holding a role on the incident (e.g. `postmortem_owner`); `null` clears it. Assigning the role a task "assign a role" names completes that task.
         */
        put: operations["assignIncidentRole"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/heartbeats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List heartbeats
         * @description Newest first. Each heartbeat shows its `ping_url` (see Heartbeats in the README).
         */
        get: operations["listHeartbeats"];
        put?: never;
        /**
         * Create a heartbeat
         * @description A job that must check in: every `period` seconds, or on a cron `schedule` in the IANA time zone `tz`, plus
         *     `grace` seconds of slack. The heartbeat is `pending` until its first ping, `up` while pings arrive in time,
         *     and `down` when one is late (`heartbeat.missed`, once per outage) or a ping reports failure; the next good
         *     ping makes it `up` again (`heartbeat.recovered`). `period` and `grace` are at least 60 seconds (1 in
         *     development mode). The `ping_url` is secret: anyone holding it can ping without an API key.
         */
        post: operations["createHeartbeat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/heartbeats/{heartbeatId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example hbt_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                heartbeatId: components["parameters"]["HeartbeatId"];
            };
            cookie?: never;
        };
        /**
         * Get a heartbeat
         * @description Its state, last ping, when the next ping is expected and its ping URL.
         */
        get: operations["getHeartbeat"];
        put?: never;
        post?: never;
        /**
         * Delete a heartbeat
         * @description Its ping URL stops working at once (`404`); its ping history goes with it.
         */
        delete: operations["deleteHeartbeat"];
        options?: never;
        head?: never;
        /**
         * Change a heartbeat
         * @description Setting `period` drops the schedule; setting `schedule` drops the period. A new expectation applies from the last ping.
         */
        patch: operations["updateHeartbeat"];
        trace?: never;
    };
    "/heartbeats/{heartbeatId}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example hbt_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                heartbeatId: components["parameters"]["HeartbeatId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pause a heartbeat
         * @description No lateness is watched while `paused`. Pings are still recorded, and a ping resumes the heartbeat (as Healthchecks.io does).
         */
        post: operations["pauseHeartbeat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/heartbeats/{heartbeatId}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example hbt_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                heartbeatId: components["parameters"]["HeartbeatId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a paused heartbeat
         * @description It becomes `pending` and waits for its next ping, as a new heartbeat does.
         */
        post: operations["resumeHeartbeat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/heartbeats/{heartbeatId}/pings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example hbt_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                heartbeatId: components["parameters"]["HeartbeatId"];
            };
            cookie?: never;
        };
        /**
         * List a heartbeat's pings
         * @description Newest first: pings, and `missed` entries when a deadline passed; those that moved the heartbeat down or up say what they did about its incident or why it was held back. Kept for the organization's `monitor_history` retention window.
         */
        get: operations["listHeartbeatPings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ping/{token}": {
        parameters: {
            query?: {
                /** @description A run id you choose (e.g. a UUID) to pair a finish with its start when runs overlap. */
                rid?: components["parameters"]["PingRunId"];
            };
            header?: never;
            path: {
                /**
                 * @description The secret token of the heartbeat's `ping_url`.
                 * @example hb_Xk3J9vQ2mN8pL5rT7wY1zA4bC6dE0fG2hI
                 */
                token: components["parameters"]["PingToken"];
            };
            cookie?: never;
        };
        /**
         * Ping a heartbeat (success)
         * @description Needs no API key: the token in the heartbeat's `ping_url` is the credential. `GET`, `HEAD` and `POST`
         *     are the same ping; a `POST` body (any type, the first `Ping-Body-Limit` bytes) is kept with the ping.
         *     Answers `200` with `OK`; an unknown token is a `404` (tokens are looked up by their SHA-256 in an index,
         *     so the lookup's time says nothing about how close a guess was). Bodies over 100 kB are a `413`. Each token may ping at most `TRIPWIRE_PING_RATE_LIMIT` times a minute (default 600).
         */
        get: operations["pingHeartbeat"];
        put?: never;
        /**
         * Ping a heartbeat (success), with a body
         * @description As `GET`; the body (e.g. the job's output) is kept with the ping, up to `Ping-Body-Limit` bytes.
         */
        post: operations["pingHeartbeatWithBody"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ping/{token}/{signal}": {
        parameters: {
            query?: {
                /** @description A run id you choose (e.g. a UUID) to pair a finish with its start when runs overlap. */
                rid?: components["parameters"]["PingRunId"];
            };
            header?: never;
            path: {
                /**
                 * @description The secret token of the heartbeat's `ping_url`.
                 * @example hb_Xk3J9vQ2mN8pL5rT7wY1zA4bC6dE0fG2hI
                 */
                token: components["parameters"]["PingToken"];
                /**
                 * @description `start`, `fail`, `log`, or an exit status from `0` (success) to `255`.
                 * @example start
                 */
                signal: components["parameters"]["PingSignal"];
            };
            cookie?: never;
        };
        /**
         * Signal a heartbeat (start, fail, log or an exit code)
         * @description `start`: a run began; from now `grace` is the longest it may run before the heartbeat is `down`.
         *     `fail`: the job failed; the heartbeat is `down` at once. `log`: recorded only, the state does not change.
         *     `0`–`255`: an exit status; `0` is a success, anything else a failure. With `?rid=`, a finish pairs with the
         *     start of the same run id (concurrent runs); only the most recent start is watched for overrun. An exit
         *     status over 255 is a `400`; anything else outside the pattern names nothing (`404`).
         */
        get: operations["signalHeartbeat"];
        put?: never;
        /**
         * Signal a heartbeat, with a body
         * @description As `GET`; the body is kept with the ping, up to `Ping-Body-Limit` bytes.
         */
        post: operations["signalHeartbeatWithBody"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report errors
         * @description 1 to 1,000 errors per request. They are counted against the error rules of their service (see
         *     `/error-rules`), not stored one by one: a rule that sees more than `threshold` matching errors within one
         *     of its windows writes `error_threshold_exceeded`, once per window. Each error counts in the window it
         *     arrives in.
         */
        post: operations["ingestErrors"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/error-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List error rules
         * @description Newest first.
         */
        get: operations["listErrorRules"];
        put?: never;
        /**
         * Create an error rule
         * @description "More than `threshold` errors of `service_id` within `window` seconds" (optionally only those with this
         *     `fingerprint` and/or `level`). Windows are fixed (aligned on multiples of `window` since the Unix epoch).
         *     `window` is 60 to 86,400 seconds (from 1 in development mode).
         */
        post: operations["createErrorRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/error-rules/{ruleId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example erl_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                ruleId: components["parameters"]["ErrorRuleId"];
            };
            cookie?: never;
        };
        /**
         * Get an error rule
         * @description One rule.
         */
        get: operations["getErrorRule"];
        put?: never;
        post?: never;
        /**
         * Delete an error rule
         * @description Deleted.
         */
        delete: operations["deleteErrorRule"];
        options?: never;
        head?: never;
        /**
         * Change an error rule
         * @description Counting starts over with the next window.
         */
        patch: operations["updateErrorRule"];
        trace?: never;
    };
    "/monitors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List uptime monitors
         * @description Newest first, optionally by state.
         */
        get: operations["listMonitors"];
        put?: never;
        /**
         * Create an uptime monitor
         * @description Checks `url` every `check_frequency` seconds (30 to 86,400; from 1 on a server in development mode) from the
         *     server's durable queue. A check fails on no answer within `request_timeout` (timeout, DNS, connect or TLS
         *     error), a status outside `expected_status_codes`, or the `keyword` rule. After `confirmation` failures in a
         *     row the monitor goes `down` (event `monitor.down`, workflow trigger `uptime.down`); after `recovery`
         *     successes in a row it is `up` again (`monitor.recovered`, trigger `uptime.recovered`). A new monitor is
         *     `pending` until its first check. Private and loopback targets are refused unless the server allows them
         *     (`TRIPWIRE_MONITORS_ALLOW_PRIVATE=1`); every redirect hop is checked the same way.
         */
        post: operations["createMonitor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitors/{monitorId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example mon_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                monitorId: components["parameters"]["MonitorId"];
            };
            cookie?: never;
        };
        /**
         * Get an uptime monitor
         * @description One monitor with its state and last check.
         */
        get: operations["getMonitor"];
        put?: never;
        post?: never;
        /**
         * Delete an uptime monitor
         * @description Stops its checks and deletes its check history.
         */
        delete: operations["deleteMonitor"];
        options?: never;
        head?: never;
        /**
         * Update an uptime monitor
         * @description Fields left out keep their value. A new `check_frequency` applies from the next check.
         */
        patch: operations["updateMonitor"];
        trace?: never;
    };
    "/monitors/{monitorId}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example mon_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                monitorId: components["parameters"]["MonitorId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pause an uptime monitor
         * @description No checks run while paused; the state is `paused`. Pausing a paused monitor is a `409`.
         */
        post: operations["pauseMonitor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitors/{monitorId}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example mon_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                monitorId: components["parameters"]["MonitorId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a paused uptime monitor
         * @description Checks start again at once; the monitor is `pending` until its first check. Resuming a monitor that is not paused is a `409`.
         */
        post: operations["resumeMonitor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitors/{monitorId}/checks": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example mon_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                monitorId: components["parameters"]["MonitorId"];
            };
            cookie?: never;
        };
        /**
         * List a monitor's checks
         * @description Newest first. Each check's outcome, timing, status code and error class, the state it left the monitor in, and what it did about incidents (opened, resolved, or suppressed and why). Kept for the organization's `monitor_history` retention window.
         */
        get: operations["listMonitorChecks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/maintenance-windows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List maintenance windows
         * @description Newest first.
         */
        get: operations["listMaintenanceWindows"];
        put?: never;
        /**
         * Schedule a maintenance window
         * @description From `starts_at` to `ends_at`, monitors of the service still check and change state, but open no incident
         *     themselves and start no workflow run (`uptime.down` / `uptime.recovered` evaluations are recorded as
         *     skipped with reason `maintenance_window`; the monitor's check history says what was suppressed).
         */
        post: operations["createMaintenanceWindow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/maintenance-windows/{maintenanceWindowId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example mnt_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                maintenanceWindowId: components["parameters"]["MaintenanceWindowId"];
            };
            cookie?: never;
        };
        /**
         * Get a maintenance window
         * @description One maintenance window.
         */
        get: operations["getMaintenanceWindow"];
        put?: never;
        post?: never;
        /**
         * Delete a maintenance window
         * @description It suppresses nothing more.
         */
        delete: operations["deleteMaintenanceWindow"];
        options?: never;
        head?: never;
        /**
         * Update a maintenance window
         * @description Move or rename it, e.g. end it early by setting `ends_at` to now.
         */
        patch: operations["updateMaintenanceWindow"];
        trace?: never;
    };
}
export interface webhooks {
    event: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An event happened
         * @description Sent to every active endpoint subscribed to the event's type (or to `*`), signed (Standard Webhooks headers
         *     and `X-Tripwire-Signature`). The body is a `WebhookPayload`: `event` names the type and selects the schema
         *     of `data`, which holds the resource's own fields at the top.
         */
        post: operations["receiveEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description An RFC 9457 problem document. */
        Problem: {
            /** @description A URI naming the kind of problem. */
            type: string;
            title: string;
            status: number;
            detail: string;
            /** @description The request path. */
            instance: string;
            request_id: string;
            /** @description For `422`, one entry per invalid field; for a `403` on a workflow, one per action whose scope is missing. */
            errors?: components["schemas"]["FieldError"][];
            /** @description For `403`, the scope that was missing. */
            required_scope?: string;
            /** @description For a `409` on deleting a channel, escalation policy or member: the active workflows that use it, each with the pointers of the actions that name it. Change or disable them first. */
            workflows?: {
                id: string;
                name: string;
                /** @description e.g. `#/actions/1/channel_id`. */
                pointers: string[];
            }[];
        };
        FieldError: {
            /** @enum {string} */
            in: "body" | "query" | "path" | "header";
            /** @description A JSON pointer (RFC 6901) as a URI fragment, e.g. `#/trigger/type`. */
            pointer: string;
            detail: string;
        };
        Health: {
            /** @constant */
            status: "ok";
            version: string;
        };
        Organization: {
            /** @example org_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
            id: string;
            name: string;
            /**
             * @description Who Tripwire tells about the organization's own setup going wrong: today, a webhook endpoint it disabled
             *     (after the last retry failed, or on `410 Gone`). One email per disable, naming the endpoint, the last
             *     error and the call that re-enables it. Needs `SMTP_URL` on the server.
             * @example [
             *       "ops@example.com"
             *     ]
             */
            notification_emails: string[];
            /**
             * @description Channels (`POST /channels`) that get the same message as `notification_emails`.
             * @example [
             *       "chn_01JD5Q8R1XK2ZP7S0C3V9N4B6M"
             *     ]
             */
            notification_channel_ids: string[];
            /** Format: date-time */
            created_at: string;
        };
        OrganizationUpdate: {
            name?: string;
            /** @description Replaces the list; `[]` clears it. */
            notification_emails?: string[];
            /** @description Replaces the list; each must be a channel of the organization (a `422` names the one that is not). */
            notification_channel_ids?: string[];
        };
        OrganizationSettings: {
            automation: components["schemas"]["AutomationSettings"];
            /** @description The organization's incident channel: told when an incident enters a post-incident flow or opts out of it (with the reason). Null: no such messages. */
            incident_channel_id: string | null;
            retention: components["schemas"]["RetentionWindows"];
            retention_defaults: components["schemas"]["RetentionWindows"];
            /** @description The bounds, in seconds, a retention window of this server may be set to. */
            retention_limits: {
                min: number;
                max: number;
            };
        };
        /**
         * @description How long each kind of history is kept, in seconds.
         * @example {
         *       "events": 2592000,
         *       "runs": 2592000,
         *       "deliveries": 2592000,
         *       "monitor_history": 604800,
         *       "idempotency": 86400
         *     }
         */
        RetentionWindows: {
            /** @description Domain events (`GET /events`). */
            events: number;
            /** @description Finished workflow runs, their steps, and workflow evaluations. */
            runs: number;
            /** @description Finished webhook deliveries and their attempts. */
            deliveries: number;
            /** @description Monitor checks and heartbeat pings (kept for the monitors to come). */
            monitor_history: number;
            /** @description Idempotency-Key records: always 24 hours. */
            idempotency: number;
        };
        OrganizationSettingsUpdate: {
            automation?: components["schemas"]["AutomationSettingsUpdate"];
            /** @description A channel of the organization, or null for none. */
            incident_channel_id?: components["schemas"]["ChannelIdValue"] | null;
            /** @description Seconds, within `retention_limits`; `null` = the server's default. */
            retention?: {
                events?: number | null;
                runs?: number | null;
                deliveries?: number | null;
                monitor_history?: number | null;
            };
        };
        /**
         * @description What a key may do. `*` grants everything.
         * @enum {string}
         */
        Scope: "*" | "organization:read" | "organization:write" | "api_keys:read" | "api_keys:write" | "members:read" | "members:write" | "services:read" | "services:write" | "incidents:read" | "incidents:write" | "events:read" | "webhooks:read" | "webhooks:write" | "workflows:read" | "workflows:write" | "workflows:run" | "channels:read" | "channels:write" | "alerts:read" | "alerts:write" | "oncall:read" | "oncall:write" | "monitors:read" | "monitors:write" | "errors:read" | "errors:write" | "integrations:read" | "integrations:write" | "post_incident:read" | "post_incident:write";
        ApiKey: {
            /** @example key_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
            id: string;
            name: string;
            /**
             * @description The first characters of the key, to recognise it.
             * @example tw_live_Ab3x
             */
            prefix: string;
            scopes: components["schemas"]["Scope"][];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            expires_at: string | null;
            /** Format: date-time */
            last_used_at: string | null;
            /** Format: date-time */
            revoked_at: string | null;
        };
        ApiKeyWithSecret: components["schemas"]["ApiKey"] & {
            /**
             * @description The key itself. Shown only in this response.
             * @example tw_live_3Hq9xVbT0pLwZr8YkN2cJf5sDm7aQe1uGi4oRt6yWnE
             */
            secret: string;
        };
        ApiKeyCreate: {
            name: string;
            scopes: components["schemas"]["Scope"][];
            /**
             * Format: date-time
             * @description When the key stops working.
             */
            expires_at?: string | null;
        };
        ApiKeyList: {
            data: components["schemas"]["ApiKey"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        /** @description Pass as `cursor` for the next page; `null` on the last page. */
        NextCursor: string | null;
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
        MemberCreate: {
            name: string;
            /** Format: email */
            email: string;
        };
        MemberUpdate: {
            name?: string;
            /** Format: email */
            email?: string;
        };
        MemberList: {
            data: components["schemas"]["Member"][];
            next_cursor: components["schemas"]["NextCursor"];
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
        ServiceCreate: {
            /** @description Unique within the organization. */
            name: string;
            description?: string | null;
            status?: components["schemas"]["ServiceStatus"];
        };
        ServiceUpdate: {
            name?: string;
            description?: string | null;
            status?: components["schemas"]["ServiceStatus"];
        };
        ServiceList: {
            data: components["schemas"]["Service"][];
            next_cursor: components["schemas"]["NextCursor"];
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
        PostIncidentFlowIdValue: string;
        /**
         * @description `review_timeline`, `create_postmortem` (completes itself when a post-mortem is attached),
         *     `schedule_debrief` (when the debrief is recorded), `complete_postmortem` (when the post-mortem is marked
         *     complete), `share_postmortem` (when it is shared to a channel), `review_follow_ups` (when every follow-up is
         *     completed or not doing), `assign_role` (when its `role` is assigned), `custom` (title required).
         * @enum {string}
         */
        PostIncidentTaskKind: "review_timeline" | "create_postmortem" | "schedule_debrief" | "complete_postmortem" | "share_postmortem" | "review_follow_ups" | "assign_role" | "custom";
        PostIncidentTaskTemplate: {
            kind: components["schemas"]["PostIncidentTaskKind"];
            /** @description Default: the kind's suggested title (required for `custom`). */
            title?: string;
            /** @description Instructions for whoever does it. Default: the kind's suggested description. */
            description?: string | null;
            /** @description Due this many days after the incident enters the task's status. */
            due_after_days?: number | null;
            /** @description Assigned to this member on entry. */
            assignee_id?: components["schemas"]["MemberIdValue"] | null;
            /** @description Assigned on entry to the member holding this incident role (when no `assignee_id`). */
            assignee_role?: string | null;
            /** @description For `assign_role`: the incident role that must be assigned. */
            role?: string | null;
        };
        PostIncidentFlowStatus: {
            /** @description Unique in the flow; `closed` is reserved. */
            name: string;
            tasks: components["schemas"]["PostIncidentTaskTemplate"][];
        };
        /**
         * @description `automatic`: a resolved incident matching `conditions` enters the flow; `opt_in`: offered when the incident is closed (`POST /incidents/{id}/close` with `flow_id`).
         * @enum {string}
         */
        PostIncidentEntry: "automatic" | "opt_in";
        PostIncidentFlow: {
            id: components["schemas"]["PostIncidentFlowIdValue"];
            name: string;
            description: string | null;
            entry: components["schemas"]["PostIncidentEntry"];
            /** @description Which incidents the flow is for, tested against the resolved incident (fields as for the `incident.resolved` trigger, e.g. `severity`); null = every incident. With several automatic flows, the oldest matching one wins. */
            conditions: components["schemas"]["ConditionGroup"] | null;
            statuses: components["schemas"]["PostIncidentFlowStatus"][];
            /** @description The flow Tripwire created for the organization. */
            is_default: boolean;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        PostIncidentFlowCreate: {
            name: string;
            description?: string | null;
            entry?: components["schemas"]["PostIncidentEntry"];
            conditions?: components["schemas"]["ConditionGroup"] | null;
            statuses: components["schemas"]["PostIncidentFlowStatus"][];
        };
        PostIncidentFlowUpdate: {
            name?: string;
            description?: string | null;
            entry?: components["schemas"]["PostIncidentEntry"];
            conditions?: components["schemas"]["ConditionGroup"] | null;
            statuses?: components["schemas"]["PostIncidentFlowStatus"][];
        };
        PostIncidentFlowList: {
            data: components["schemas"]["PostIncidentFlow"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
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
        IncidentClose: {
            flow_id?: components["schemas"]["PostIncidentFlowIdValue"];
        };
        PostIncidentMove: {
            /** @description The next status's name, or `closed` at the last status. */
            to: string;
        };
        PostIncidentOptOut: {
            reason: string;
        };
        PostIncidentTaskNote: {
            note?: string;
        };
        PostIncidentTaskUpdate: {
            assignee_id?: components["schemas"]["MemberIdValue"] | null;
            /** Format: date-time */
            due_at?: string | null;
        };
        /** @enum {string} */
        FollowUpStatus: "outstanding" | "completed" | "not_doing";
        FollowUp: {
            /** @example fup_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
            id: string;
            incident_id: string;
            title: string;
            assignee_id: string | null;
            status: components["schemas"]["FollowUpStatus"];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        FollowUpCreate: {
            title: string;
            assignee_id?: components["schemas"]["MemberIdValue"] | null;
            status?: components["schemas"]["FollowUpStatus"];
        };
        FollowUpUpdate: {
            title?: string;
            assignee_id?: components["schemas"]["MemberIdValue"] | null;
            status?: components["schemas"]["FollowUpStatus"];
        };
        FollowUpList: {
            data: components["schemas"]["FollowUp"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        /** @enum {string} */
        PostmortemStatus: "draft" | "complete";
        Postmortem: {
            incident_id: string;
            /** Format: uri */
            url: string;
            status: components["schemas"]["PostmortemStatus"];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        PostmortemPut: {
            /** Format: uri */
            url: string;
            status?: components["schemas"]["PostmortemStatus"];
        };
        PostmortemShare: {
            channel_id: components["schemas"]["ChannelIdValue"];
        };
        Debrief: {
            incident_id: string;
            /** Format: date-time */
            scheduled_at: string;
            attendee_ids: string[];
            /** Format: date-time */
            updated_at: string;
        };
        DebriefPut: {
            /** Format: date-time */
            scheduled_at: string;
            attendee_ids?: components["schemas"]["MemberIdValue"][];
        };
        IncidentRoleAssign: {
            /** @description The role's name, e.g. `postmortem_owner`. */
            role: string;
            member_id: components["schemas"]["MemberIdValue"] | null;
        };
        IncidentRoles: {
            incident_id: string;
            /** @description Role name → member id. */
            roles: {
                [key: string]: string;
            };
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
         * @description The statuses a create, update or timeline entry may set (`post_incident` and `closed` come from the post-incident flow).
         * @enum {string}
         */
        IncidentStatusSettable: "investigating" | "identified" | "monitoring" | "resolved";
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
        IncidentCreate: {
            title: string;
            status?: components["schemas"]["IncidentStatusSettable"];
            severity?: components["schemas"]["Severity"];
            message?: string | null;
            service_ids?: components["schemas"]["ServiceIdValue"][];
            labels?: components["schemas"]["Label"][];
            assignee_id?: components["schemas"]["MemberIdValue"] | null;
            visibility?: components["schemas"]["Visibility"];
        };
        IncidentUpdate: {
            title?: string;
            status?: components["schemas"]["IncidentStatusSettable"];
            severity?: components["schemas"]["Severity"];
            message?: string | null;
            service_ids?: components["schemas"]["ServiceIdValue"][];
            labels?: components["schemas"]["Label"][];
            assignee_id?: components["schemas"]["MemberIdValue"] | null;
        };
        IncidentResolve: {
            /** @description Added to the timeline. */
            message?: string;
        };
        IncidentAssign: {
            assignee_id: components["schemas"]["MemberIdValue"] | null;
        };
        LabelsAdd: {
            labels: components["schemas"]["Label"][];
        };
        IncidentList: {
            data: components["schemas"]["Incident"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        /** @description One entry in an incident's timeline. */
        IncidentUpdateEntry: {
            /** @example upd_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
            id: string;
            incident_id: string;
            message: string;
            /** @description The status set with this update, if any. */
            status: components["schemas"]["IncidentStatus"] | null;
            /** Format: date-time */
            created_at: string;
        };
        IncidentUpdateEntryCreate: {
            message: string;
            status?: components["schemas"]["IncidentStatusSettable"];
        };
        IncidentUpdateEntryList: {
            data: components["schemas"]["IncidentUpdateEntry"][];
            next_cursor: components["schemas"]["NextCursor"];
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
        /**
         * @description A change that happened. `data` is the same as in the webhook payload of its type (`WebhookPayload`): the
         *     resource's own fields at the top (an incident's `title`, `status`, `services` by name…; a service's
         *     `name`, and for `service.status_changed` its `previous_status` and `new_status`; a run's fields for
         *     `run.completed` / `run.failed`), with `changes` (field → `{ from, to }`) beside them on the `*.updated`
         *     events.
         *
         *     The post-incident events hold their resource's own fields at the top of `data` (resource_type
         *     `incident`, resource_id the incident's id), plus the incident under `incident`:
         *     - `post_incident.entered`, `post_incident.status_changed` (`PostIncidentFlowEventData`): the
         *       `IncidentPostIncident` fields (`flow_id`, `flow_name`, `statuses`, `status`, `state`, `tasks`, …);
         *       `status_changed` adds `previous_status`.
         *     - `post_incident.task_completed` (done or not doing), `post_incident.task_assigned`
         *       (`PostIncidentTaskEventData`): the `PostIncidentTask` fields (`id`, `kind`, `title`, `status`,
         *       `assignee_id`, `completed_by`, …).
         *     - `incident.closed` (`IncidentClosedEventData`): the `Incident` fields at the top, plus `opt_out_reason`
         *       (null unless opted out) and `flow_id` (null when closed directly).
         *     A change of the incident's `status` or `post_incident_status` by the flow also writes `incident.updated`.
         * @example {
         *       "id": "evt_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
         *       "type": "incident.updated",
         *       "resource_type": "incident",
         *       "resource_id": "inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
         *       "data": {
         *         "id": "inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
         *         "title": "Checkout API returns 502",
         *         "status": "identified",
         *         "severity": "major",
         *         "services": [
         *           "Checkout API"
         *         ],
         *         "service_ids": [
         *           "svc_01JD5Q8R1XK2ZP7S0C3V9N4B6M"
         *         ],
         *         "changes": {
         *           "status": {
         *             "from": "investigating",
         *             "to": "identified"
         *           }
         *         }
         *       },
         *       "caused_by": null,
         *       "created_at": "2026-11-23T09:15:00.000Z"
         *     }
         */
        Event: {
            /** @example evt_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
            id: string;
            type: components["schemas"]["EventType"];
            /** @enum {string} */
            resource_type: "incident" | "service" | "member" | "webhook" | "alert" | "run" | "heartbeat" | "error_rule" | "integration" | "monitor";
            resource_id: string;
            /** @description The same as the webhook payload's `data` for this type: see `WebhookPayload` (and the `<Type>Payload` schemas). */
            data: {
                [key: string]: unknown;
            };
            caused_by: components["schemas"]["Causation"] | null;
            /** Format: date-time */
            created_at: string;
        };
        /** @description Set on events written by a workflow's actions, and on `run.completed` / `run.failed` (naming the run that ended), for loop protection. */
        Causation: {
            run_id: string;
            workflow_id: string;
            depth: number;
        };
        EventList: {
            data: components["schemas"]["Event"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
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
        WebhookWithSecret: components["schemas"]["Webhook"] & {
            /**
             * @description The signing secret. Shown only in the create and rotate responses.
             * @example whsec_Nkl1q54nDrhi6YPRwFl7mP2gf7HCUe1Z9B5YlmXcafI=
             */
            secret: string;
        };
        /** @description Up to 20 extra headers. Names are HTTP tokens; the signature, `webhook-*`, `content-type`, `user-agent` and `host` headers cannot be overridden. Values are stored encrypted and shown as `tw_sealed_v1.<ref>` references; in a `PATCH`, a reference keeps the stored value (an unknown one is a `422` naming the header) and any other value replaces it. */
        WebhookHeaders: {
            [key: string]: string;
        };
        WebhookCreate: {
            url: string;
            /** @description Event types to receive; omit or `["*"]` for all. */
            events?: components["schemas"]["WebhookEventFilter"][];
            description?: string | null;
            headers?: components["schemas"]["WebhookHeaders"];
            is_active?: boolean;
            /** @description Your own signing secret: `whsec_` + base64 of 24 to 64 random bytes. Generated when omitted. */
            secret?: string;
        };
        WebhookUpdate: {
            url?: string;
            events?: components["schemas"]["WebhookEventFilter"][];
            description?: string | null;
            headers?: components["schemas"]["WebhookHeaders"];
            is_active?: boolean;
        };
        WebhookRotate: {
            /** @description How long the previous secret keeps signing deliveries too (default 86400). */
            overlap_seconds?: number;
        };
        WebhookTestRequest: {
            event?: components["schemas"]["EventType"];
        };
        WebhookTestResult: {
            delivery_id: string;
            event_id: string;
            success: boolean;
            status_code: number | null;
            latency_ms: number;
            /** @description The first 2 KB of the response body. */
            response_excerpt: string;
            error_class: components["schemas"]["DeliveryErrorClass"] | null;
            error: string | null;
        };
        WebhookList: {
            data: components["schemas"]["Webhook"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        /**
         * @description `pending` (queued, first attempt not made), `retrying` (failed, another attempt scheduled), `succeeded`, `failed` (no more attempts).
         * @enum {string}
         */
        DeliveryStatus: "pending" | "retrying" | "succeeded" | "failed";
        /**
         * @description `http` = the endpoint answered non-2xx; `blocked` = the destination resolved to a forbidden address.
         * @enum {string}
         */
        DeliveryErrorClass: "timeout" | "dns" | "connect" | "tls" | "http" | "blocked";
        DeliveryAttempt: {
            number: number;
            /** Format: date-time */
            started_at: string;
            status_code: number | null;
            latency_ms: number;
            response_excerpt: string;
            error_class: components["schemas"]["DeliveryErrorClass"] | null;
            error: string | null;
        };
        Delivery: {
            /** @example dlv_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
            id: string;
            webhook_id: components["schemas"]["WebhookIdValue"];
            /** @description The event's id; also the `webhook-id` header and the body's `id`. */
            event_id: string;
            event_type: string;
            /** @description Sent by the test endpoint. */
            test: boolean;
            status: components["schemas"]["DeliveryStatus"];
            attempt_count: number;
            /** Format: date-time */
            next_attempt_at: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            attempts: components["schemas"]["DeliveryAttempt"][];
        };
        DeliveryList: {
            data: components["schemas"]["Delivery"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        WorkflowIdValue: string;
        /**
         * @description `draft` workflows never run; `active` ones react to their trigger; `disabled` ones record skipped evaluations.
         * @enum {string}
         */
        WorkflowState: "draft" | "active" | "disabled";
        /** @enum {string} */
        TriggerType: "incident.created" | "incident.updated" | "incident.resolved" | "incident.published" | "alert.fired" | "alert.resolved" | "service.status_changed" | "uptime.down" | "uptime.recovered" | "heartbeat.missed" | "error_threshold_exceeded" | "run.completed" | "run.failed" | "incident.closed" | "post_incident.entered" | "post_incident.status_changed" | "post_incident.task_completed" | "post_incident.task_assigned" | "scheduled" | "manual" | "incident_io.incident";
        Trigger: {
            type: components["schemas"]["TriggerType"];
            /** @description For `scheduled`: a 5-field cron expression (`minute hour day-of-month month day-of-week`), e.g. `0 9 * * *`. Set this or `every`. */
            schedule?: string;
            /** @description For `scheduled`, instead of `schedule`: an interval, a whole number and a unit, `m` (minutes), `h` (hours) or `d` (days of 24 hours), e.g. `15m`, `2h`, `1d`; at least `1m`, at most `366d` (seconds are not accepted). Runs at whole multiples of the interval since 1970-01-01T00:00Z, so `15m` fires at :00, :15, :30 and :45 and `1d` at 00:00 UTC, whenever the workflow was activated or saved; `timezone` does not apply. As with cron, after downtime the missed runs are caught up by one run, never one per missed slot. */
            every?: string;
            /** @description For `scheduled`: an IANA time zone (default `UTC`). In a DST gap a run moves to the first valid minute after it; in a repeated hour it runs once. */
            timezone?: string;
            /** @description For `incident_io.incident`: only deliveries to this integration's webhook URL (default: any of the organization's incident.io integrations). */
            connection_id?: string;
            /** @description For `incident_io.incident`: which incident.io events start it (default both): `created` (Public incident created (v2)), `updated` (Public incident updated (v2)). */
            events?: ("created" | "updated")[];
        };
        /** @enum {string} */
        ConditionOperator: "equals" | "not_equals" | "contains" | "not_contains" | "greater_than" | "less_than" | "in" | "not_in";
        Condition: {
            /** @description A dotted path into the event's data, e.g. `severity` or `service.name`. */
            field: string;
            operator: components["schemas"]["ConditionOperator"];
            /** @description The value to compare with (a list for `in` / `not_in`). */
            value?: unknown;
        };
        ConditionGroup: {
            /** @enum {string} */
            operator: "AND" | "OR";
            conditions: (components["schemas"]["Condition"] | components["schemas"]["ConditionGroup"])[];
        };
        /**
         * @description One step. `type` names the action; its configuration fields sit beside it (see `GET /workflow-catalog`),
         *     e.g. `{"type": "add_label", "label": "sev1"}`. String fields may use templates such as `{{incident.title}}`.
         *
         *     Secrets in `execute_webhook`: its `secret` (a `whsec_` signing secret) and every literal value of its
         *     `headers` (e.g. `Authorization: Bearer …`) are encrypted at rest and never returned: responses show each as a
         *     reference, `tw_sealed_v1.` followed by 12 characters (e.g. `tw_sealed_v1.Xb3kQ9_pLm2A`). Send a reference back
         *     (as `GET` shows it) to keep the stored value, wherever the action has moved in the list; send a new literal to
         *     replace it. A reference this workflow does not hold, or a secret's reference used as a header value (or the
         *     reverse), is a `422` naming the field (`#/actions/2/secret`). Values holding a template
         *     (`Bearer {{payload.token}}`) are not secrets themselves and are stored and shown as written; put a secret in
         *     a value of its own, not beside a template.
         *
         *     The same holds for a `send_slack_message` action's literal `webhook_url` (a Slack incoming-webhook URL is
         *     itself the credential; a slack channel's URL is sealed and masked likewise): stored encrypted, shown as a
         *     reference, kept when the reference is sent back, and a reference of another kind there is a `422`.
         */
        Action: {
            type: string;
            /** @description Step name; later steps can use `{{steps.<name>.<field>}}`. */
            name?: string;
            /** @description When true, a failure of this step does not stop the run. */
            continue_on_error?: boolean;
        } & {
            [key: string]: unknown;
        };
        Workflow: {
            id: components["schemas"]["WorkflowIdValue"];
            name: string;
            description: string | null;
            trigger: components["schemas"]["Trigger"];
            conditions: components["schemas"]["ConditionGroup"] | null;
            actions: components["schemas"]["Action"][];
            state: components["schemas"]["WorkflowState"];
            /** @description The latest recorded version (0 until first activated). */
            version: number;
            /**
             * Format: date-time
             * @description When the workflow last became active (null while it never was). Only events that happened at or after it are evaluated against the workflow: one committed a moment before the activation never starts a run, however late the triggers reach it. Disabling keeps it; activating again moves it.
             */
            activated_at: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        WorkflowCreate: {
            name: string;
            description?: string | null;
            /** @description A trigger object, or just its type as a string. */
            trigger: components["schemas"]["Trigger"] | components["schemas"]["TriggerType"];
            /** @description Shorthand for `trigger.schedule`. */
            schedule?: string;
            /** @description Shorthand for `trigger.every`. */
            every?: string;
            /** @description Shorthand for `trigger.timezone`. */
            timezone?: string;
            conditions?: components["schemas"]["ConditionGroup"] | null;
            actions: components["schemas"]["Action"][];
            /**
             * @description `active` validates and activates in one call.
             * @enum {string}
             */
            state?: "draft" | "active";
        };
        WorkflowUpdate: {
            name?: string;
            description?: string | null;
            trigger?: components["schemas"]["Trigger"] | components["schemas"]["TriggerType"];
            schedule?: string;
            every?: string;
            timezone?: string;
            conditions?: components["schemas"]["ConditionGroup"] | null;
            actions?: components["schemas"]["Action"][];
        };
        WorkflowList: {
            data: components["schemas"]["Workflow"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        WorkflowVersion: {
            workflow_id: components["schemas"]["WorkflowIdValue"];
            version: number;
            name: string;
            trigger: components["schemas"]["Trigger"];
            conditions: components["schemas"]["ConditionGroup"] | null;
            actions: components["schemas"]["Action"][];
            /** Format: date-time */
            created_at: string;
        };
        WorkflowVersionList: {
            data: components["schemas"]["WorkflowVersion"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        /**
         * @description What the run starts with. A `manual` workflow takes a `payload`. Any workflow can be test-run with what its
         *     trigger would carry, at most one of:
         *     - a real resource of the trigger's kind: `incident_id` (incident triggers), `alert_id` (alert triggers),
         *       `service_id` (`service.status_changed`: `previous_status` is the service's current status) or `run_id`
         *       (`run.completed` / `run.failed`: an ended run of another workflow);
         *     - `event`: an event of the trigger's type in the shape dry runs take (`{"data": …}`); the catalog's
         *       `sample` of the trigger (`GET /workflow-catalog`) is one, ready to send.
         *     With neither (and no `payload`), a `scheduled` workflow runs as if its schedule fired now; other
         *     non-manual triggers need one of the above (`422`). The conditions are evaluated (false: `409`), the
         *     actions really run, trigger variables resolve, and the run is recorded with `test: true`.
         */
        WorkflowTrigger: {
            /** @description Available to templates as `{{payload.*}}`. */
            payload?: {
                [key: string]: unknown;
            };
            incident_id?: string;
            alert_id?: string;
            service_id?: string;
            run_id?: string;
            event?: {
                /** @description Must be the workflow's trigger type when given. */
                type?: string;
                data: {
                    [key: string]: unknown;
                };
            };
        };
        CatalogTrigger: {
            type: components["schemas"]["TriggerType"];
            description: string;
            /** @description A realistic event of this trigger (times relative to now), in the shape `POST /workflows/{id}/dry-run` and `POST /workflows/{id}/runs` take as `event`. */
            sample: {
                type: string;
                data: {
                    [key: string]: unknown;
                };
            };
            /** @description Template variables, e.g. `incident.title`. */
            variables: string[];
            /** @description Fields conditions can test, relative to the event's data. */
            fields: string[];
            /** @description False while the feature that produces this event is not built yet; workflows can still be created and activated. */
            fires: boolean;
        };
        CatalogAction: {
            type: string;
            description: string;
            /** @description The scopes a key must hold to save or activate a workflow with this action (none for `delay`). */
            scopes: components["schemas"]["Scope"][];
            fields: {
                name: string;
                type: string;
                required: boolean;
                description?: string;
            }[];
        };
        WorkflowCatalog: {
            triggers: components["schemas"]["CatalogTrigger"][];
            actions: components["schemas"]["CatalogAction"][];
            operators: components["schemas"]["ConditionOperator"][];
        };
        /** @enum {string} */
        RunStatus: "queued" | "running" | "waiting" | "completed" | "completed_with_errors" | "failed" | "canceled";
        /** @enum {string} */
        StepStatus: "pending" | "running" | "waiting" | "completed" | "failed" | "skipped" | "canceled";
        Step: {
            index: number;
            name: string | null;
            type: string;
            status: components["schemas"]["StepStatus"];
            /** @description The action's configuration after rendering templates. */
            input: {
                [key: string]: unknown;
            } | null;
            output: {
                [key: string]: unknown;
            } | null;
            error: string | null;
            attempts: number;
            /** Format: date-time */
            started_at: string | null;
            /** Format: date-time */
            ended_at: string | null;
        };
        Run: {
            /** @example run_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
            id: string;
            workflow_id: components["schemas"]["WorkflowIdValue"];
            workflow_version: number;
            status: components["schemas"]["RunStatus"];
            trigger_type: components["schemas"]["TriggerType"];
            /** @description The trigger event (id, type and data) the run was started with. */
            event: {
                id: string | null;
                type: string;
                data: {
                    [key: string]: unknown;
                };
            };
            /** @description The chain of runs whose actions led to this run, oldest first (empty for an outside trigger). */
            caused_by: components["schemas"]["Causation"][];
            /** @description How many workflow runs led to this one. */
            depth: number;
            replay_of: string | null;
            /** @description A test run: started by `POST /workflows/{id}/runs` with a sample event or a resource (or on a non-manual workflow), not by its trigger. Its actions really ran. */
            test: boolean;
            error: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            started_at: string | null;
            /** Format: date-time */
            ended_at: string | null;
            duration_ms: number | null;
            steps?: components["schemas"]["Step"][];
        };
        RunList: {
            data: components["schemas"]["Run"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        ReplayRequest: {
            /**
             * @default start
             * @enum {string}
             */
            from?: "start" | "failed_step";
            /**
             * @default pinned
             * @enum {string}
             */
            version?: "pinned" | "current";
        };
        /** @description One condition (or group) as evaluated. */
        ConditionTrace: {
            operator?: string;
            field?: string;
            value?: unknown;
            /** @description The value the field had in the event. */
            resolved?: unknown;
            result: boolean;
            conditions?: components["schemas"]["ConditionTrace"][];
        };
        Evaluation: {
            id: string;
            workflow_id: components["schemas"]["WorkflowIdValue"];
            workflow_version: number;
            event_id: string | null;
            event_type: string;
            /** @enum {string} */
            outcome: "started" | "skipped";
            /**
             * @description `maintenance_window`: a monitor event of a service under maintenance (monitor-triggered runs are suppressed).
             * @enum {string|null}
             */
            reason: "conditions_false" | "workflow_disabled" | "depth_limit" | "cycle" | "maintenance_window" | null;
            conditions: components["schemas"]["ConditionTrace"] | null;
            run_id: string | null;
            /** Format: date-time */
            created_at: string;
        };
        EvaluationList: {
            data: components["schemas"]["Evaluation"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        DryRunRequest: {
            event?: {
                type?: string;
                data: {
                    [key: string]: unknown;
                };
            };
            from_run?: string;
        };
        DryRunResult: {
            would_run: boolean;
            conditions: components["schemas"]["ConditionTrace"] | null;
            actions: {
                index: number;
                name?: string | null;
                type: string;
                input: {
                    [key: string]: unknown;
                } | null;
                errors: string[];
            }[];
        };
        SchedulePreview: {
            /** @description The cron expression, or null for an interval. */
            schedule: string | null;
            /** @description The interval, or null for a cron expression. */
            every: string | null;
            timezone: string;
            next: string[];
        };
        ChannelIdValue: string;
        /**
         * @description A stable name of your choosing for a channel, unique in the organization, e.g. `ch_slack_ops`: 1 to 64
         *     letters, digits, `_`, `.` or `-`, starting with a letter, and not starting with `chn_` (that prefix is the
         *     id's). Set at creation and never changed, so workflows and escalation policies can name the channel before
         *     it exists (and in every environment alike). Case-sensitive.
         * @example ch_slack_ops
         */
        ChannelKey: string;
        /** @description A channel's id (`chn_…`) or its key (`ch_slack_ops`). */
        ChannelRef: string;
        /** @enum {string} */
        ChannelKind: "slack" | "email" | "webhook";
        Channel: {
            id: components["schemas"]["ChannelIdValue"];
            /** @description The channel's key (see ChannelKey), or null when it was created without one. */
            key: components["schemas"]["ChannelKey"] | null;
            name: string;
            kind: components["schemas"]["ChannelKind"];
            /** @description As given, with secrets masked: `slack` → `{ webhook_url }` (masked), `email` → `{ recipients }`, `webhook` → `{ url, headers }`. */
            config: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        ChannelCreate: {
            name: string;
            key?: components["schemas"]["ChannelKey"];
            kind: components["schemas"]["ChannelKind"];
            /** @description `slack`: `{ webhook_url }` (https://hooks.slack.com/…); `email`: `{ recipients: [..] }`; `webhook`: `{ url, headers? }`. */
            config: {
                [key: string]: unknown;
            };
        };
        ChannelUpdate: {
            name?: string;
            config?: {
                [key: string]: unknown;
            };
        };
        ChannelList: {
            data: components["schemas"]["Channel"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        NotificationResult: {
            success: boolean;
            /** @description The provider's HTTP status, or the SMTP reply code. */
            status_code: number | null;
            latency_ms: number;
            response_excerpt: string;
            error: string | null;
        };
        IntegrationIdValue: string;
        /** @enum {string} */
        IntegrationKind: "incident_io";
        Integration: {
            id: components["schemas"]["IntegrationIdValue"];
            kind: components["schemas"]["IntegrationKind"];
            name: string;
            /**
             * @description Masked: the last 4 characters only (`••••••••cdef`). The key itself is never returned.
             * @example ••••••••cdef
             */
            api_key: string;
            /**
             * @description Paste into incident.io (Settings > Webhooks > Add endpoint). Absolute when TRIPWIRE_PUBLIC_URL is set, else a path.
             * @example https://tripwire.example.com/api/v1/integrations/int_01JD5Q8R1XK2ZP7S0C3V9N4B6M/incident-io/webhook
             */
            webhook_url: string;
            signing_secret: components["schemas"]["SigningSecretStatus"];
            /** @description Deliveries to `webhook_url` refused since the server started (bad, stale or missing signature; no secret set). Nothing else of them is kept. */
            rejected_deliveries: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        IntegrationCreate: {
            kind: components["schemas"]["IntegrationKind"];
            name: string;
            /** @description An incident.io API key with View data (severities) and Create incidents; add View all incident data for private incidents. */
            api_key: string;
        };
        IntegrationUpdate: {
            name?: string;
            api_key?: string;
        };
        IntegrationList: {
            data: components["schemas"]["Integration"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        IntegrationTestResult: {
            /** @description True when incident.io accepted the key and listed severities. */
            ok: boolean;
            /** @description incident.io's HTTP status (null: no answer). */
            status_code: number | null;
            latency_ms: number;
            /** @description The severities the key can read (what `severity` of incident_io_create_incident accepts by name or id), or null. */
            severities: {
                id: string;
                name: string;
                rank: number | null;
            }[] | null;
            /** @description incident.io's own error (type and messages), or why there was no answer. */
            error: string | null;
            /** @description What incident.io says of the key (`GET /v1/identity`): its name and roles, or null when that could not be read. */
            identity: {
                name: string | null;
                roles: string[];
                dashboard_url: string | null;
            } | null;
        };
        SigningSecretInput: {
            /** @description The endpoint's signing secret from incident.io, `whsec_` + base64. */
            secret: string;
        };
        SigningSecretStatus: {
            set: boolean;
            /** Format: date-time */
            set_at: string | null;
        };
        IncidentIoWebhookReceipt: {
            received: boolean;
            /** @description True when this `webhook-id` was accepted before: nothing new is recorded. */
            duplicate: boolean;
            /** @description The `incident_io.*` event written (null for a duplicate). */
            event_id: string | null;
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
        AlertCreate: {
            title: string;
            message?: string | null;
            severity?: components["schemas"]["Severity"];
            source?: string | null;
            dedup_key?: string | null;
            details?: {
                [key: string]: unknown;
            };
            service_id?: components["schemas"]["ServiceIdValue"] | null;
        };
        AlertResolveByKey: {
            dedup_key: string;
        };
        AlertAcknowledge: {
            member_id?: components["schemas"]["MemberIdValue"];
        };
        AlertList: {
            data: components["schemas"]["Alert"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        EscalationLevel: {
            /** @description Wait this long after notifying this level before moving to the next. */
            delay_minutes: number;
            member_ids?: components["schemas"]["MemberIdValue"][];
            /** @description Channel ids or keys. */
            channel_ids?: components["schemas"]["ChannelRef"][];
        };
        EscalationPolicy: {
            id: string;
            name: string;
            description: string | null;
            /** @description How many more times to go through the levels after the last one. */
            repeat: number;
            levels: components["schemas"]["EscalationLevel"][];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        EscalationPolicyCreate: {
            name: string;
            description?: string | null;
            repeat?: number;
            levels: components["schemas"]["EscalationLevel"][];
        };
        EscalationPolicyUpdate: {
            name?: string;
            description?: string | null;
            repeat?: number;
            levels?: components["schemas"]["EscalationLevel"][];
        };
        EscalationPolicyList: {
            data: components["schemas"]["EscalationPolicy"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        /**
         * @description `active` until someone acknowledges (`acknowledged`), the alert or incident is resolved (`resolved`), every level and repeat has been notified (`exhausted`), or the policy is deleted (`canceled`).
         * @enum {string}
         */
        EscalationStatus: "active" | "acknowledged" | "resolved" | "exhausted" | "canceled";
        EscalationNotification: {
            level: number;
            cycle: number;
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            recipient_type: "member" | "channel";
            recipient_id: string;
            /** @description How it was sent: `email` for members, else the channel's kind. */
            channel_kind: string;
            success: boolean;
            error: string | null;
        };
        Escalation: {
            id: string;
            policy_id: string;
            /** @enum {string} */
            target_type: "alert" | "incident";
            target_id: string;
            status: components["schemas"]["EscalationStatus"];
            /** @description The level notified most recently. */
            level: number;
            cycle: number;
            /**
             * Format: date-time
             * @description When the next level is due.
             */
            next_at: string | null;
            /** Format: date-time */
            started_at: string;
            /** Format: date-time */
            ended_at: string | null;
            levels_reached: {
                level: number;
                cycle: number;
                /** Format: date-time */
                at: string;
            }[];
            notifications: components["schemas"]["EscalationNotification"][];
        };
        EscalationList: {
            data: components["schemas"]["Escalation"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        HeartbeatIdValue: string;
        /**
         * @description `pending` until the first ping; `up`; `down` after a missed or failed ping, until the next good one; `paused`.
         * @enum {string}
         */
        HeartbeatState: "pending" | "up" | "down" | "paused";
        Heartbeat: {
            id: components["schemas"]["HeartbeatIdValue"];
            name: string;
            /** @description Seconds between pings (null when `schedule` is set). */
            period: number | null;
            /** @description A 5-field cron expression (null when `period` is set). */
            schedule: string | null;
            /** @description The IANA time zone of `schedule`. */
            tz: string | null;
            /** @description Seconds a ping may be late, and the longest a run may take after `start`. */
            grace: number;
            service_id: string | null;
            /** @description Open an incident (source `auto_heartbeat`) when the heartbeat goes down (late, run too long, or a failure ping), resolve it on the next good ping; subject to the organization's automation settings and the maintenance windows of its service. */
            auto_incident: boolean;
            state: components["schemas"]["HeartbeatState"];
            /**
             * Format: uri
             * @description Secret: ping it from your job (`curl -fsS <ping_url>`). Shown on every read, as the place to copy it from.
             */
            ping_url: string;
            /** Format: date-time */
            last_ping_at: string | null;
            last_ping_kind: components["schemas"]["HeartbeatPingKind"] | null;
            /**
             * Format: date-time
             * @description A run in progress: when its `start` arrived.
             */
            started_at: string | null;
            /**
             * Format: date-time
             * @description When the next ping is due (null while pending, paused or down).
             */
            expected_at: string | null;
            /**
             * Format: date-time
             * @description When the heartbeat goes down without a ping: `expected_at` + `grace`, or `started_at` + `grace` during a run.
             */
            deadline_at: string | null;
            /** @description The incident the heartbeat opened itself (`auto_incident`) and has not resolved yet. */
            incident_id: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /** @description Give `period` or `schedule` (with `tz`, default `UTC`), not both. */
        HeartbeatCreate: {
            name: string;
            period?: number;
            schedule?: string;
            tz?: string;
            /** @default 300 */
            grace?: number;
            service_id?: string | null;
            /**
             * @description Open an incident when the heartbeat goes down, resolve it on the next good ping. Default false.
             * @default false
             */
            auto_incident?: boolean;
        };
        HeartbeatUpdate: {
            name?: string;
            period?: number;
            schedule?: string;
            tz?: string;
            grace?: number;
            service_id?: string | null;
            auto_incident?: boolean;
        };
        HeartbeatList: {
            data: components["schemas"]["Heartbeat"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        /**
         * @description `success` (including exit status 0), `start`, `fail` (including exit statuses 1–255) or `log`.
         * @enum {string}
         */
        HeartbeatPingKind: "success" | "start" | "fail" | "log";
        /**
         * @description A ping's kind (see HeartbeatPingKind), or `missed`: no ping — the deadline passed and the heartbeat went down (written by the server, with `method` null).
         * @enum {string}
         */
        HeartbeatHistoryKind: "success" | "start" | "fail" | "log" | "missed";
        /** @description One entry of a heartbeat's history: a ping, or a `missed` deadline. Entries that took the heartbeat down or up say what they did about its incident (`incident_id`), or what was held back and why (`suppressed`). */
        HeartbeatPing: {
            /** @example hbp_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
            id: string;
            kind: components["schemas"]["HeartbeatHistoryKind"];
            exit_code: number | null;
            rid: string | null;
            /** @description The ping's HTTP method; null for a `missed` entry. */
            method: string | null;
            user_agent: string | null;
            /** @description The first `Ping-Body-Limit` bytes of the request body. */
            body: string | null;
            /** @description For a finish that pairs with a start: how long the run took. */
            duration_ms: number | null;
            /** @description The incident this entry opened (going down) or resolved (the good ping after), if any. */
            incident_id: string | null;
            /** @description Set when this entry took the heartbeat down but its incident was held back (maintenance window, cooldown, an incident still open). */
            suppressed: components["schemas"]["MonitorSuppression"] | null;
            /** Format: date-time */
            created_at: string;
        };
        HeartbeatPingList: {
            data: components["schemas"]["HeartbeatPing"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        ErrorRuleIdValue: string;
        /** @enum {string} */
        ErrorLevel: "debug" | "info" | "warning" | "error" | "fatal";
        ErrorReport: {
            service_id: string;
            /** @description Groups occurrences of the same error. */
            fingerprint: string;
            message: string;
            level?: components["schemas"]["ErrorLevel"];
            /**
             * Format: date-time
             * @description When it happened (informational: errors count in the window they arrive in).
             */
            timestamp?: string;
        };
        ErrorBatch: {
            errors: components["schemas"]["ErrorReport"][];
        };
        ErrorBatchResult: {
            /** @description How many errors were counted. */
            accepted: number;
            /** @description The rules this batch pushed over their threshold (each fires once per window). */
            fired: {
                rule_id: string;
                count: number;
                /** Format: date-time */
                window_start: string;
            }[];
        };
        ErrorRule: {
            id: components["schemas"]["ErrorRuleIdValue"];
            name: string | null;
            service_id: string;
            /** @description Fires when the count goes above it. */
            threshold: number;
            /** @description Seconds. */
            window: number;
            /** @description Only errors with this fingerprint count (null: all). */
            fingerprint: string | null;
            level: components["schemas"]["ErrorLevel"] | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        ErrorRuleCreate: {
            name?: string | null;
            service_id: string;
            threshold: number;
            window: number;
            fingerprint?: string | null;
            level?: components["schemas"]["ErrorLevel"] | null;
        };
        ErrorRuleUpdate: {
            name?: string | null;
            service_id?: string;
            threshold?: number;
            window?: number;
            fingerprint?: string | null;
            level?: components["schemas"]["ErrorLevel"] | null;
        };
        ErrorRuleList: {
            data: components["schemas"]["ErrorRule"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        MonitorIdValue: string;
        /**
         * @description `pending` until the first check settles it, `up`, `down`, or `paused`.
         * @enum {string}
         */
        MonitorState: "pending" | "up" | "down" | "paused";
        /** @enum {string} */
        MonitorMethod: "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS";
        /** @description Status codes that count as up: exact codes (`204`) or classes (`"2xx"`). Default `["2xx"]`. */
        MonitorStatusCodes: (number | string)[];
        /**
         * @description `must_contain`: the body must contain `keyword`; `must_not_contain`: it must not (case-sensitive, first 1 MiB of the body).
         * @enum {string}
         */
        MonitorKeywordMode: "must_contain" | "must_not_contain";
        Monitor: {
            id: components["schemas"]["MonitorIdValue"];
            name: string;
            url: string;
            method: components["schemas"]["MonitorMethod"];
            /** @description Headers sent with every check. Values may be credentials, so they are stored encrypted and shown only as `tw_sealed_v1.<ref>` references; send a reference back in a `PATCH` to keep its value. */
            headers: {
                [key: string]: string;
            };
            /** @description Request body sent with every check (for POST, PUT, PATCH). */
            body: string | null;
            /** @description Seconds between checks. */
            check_frequency: number;
            /** @description Seconds a check may take before it fails with `timeout`. */
            request_timeout: number;
            expected_status_codes: components["schemas"]["MonitorStatusCodes"];
            keyword: string | null;
            keyword_mode: components["schemas"]["MonitorKeywordMode"];
            /** @description Follow up to 5 redirects, each hop checked like the URL itself. */
            follow_redirects: boolean;
            service_id: components["schemas"]["ServiceIdValue"] | null;
            /** @description Failed checks in a row before the monitor goes down (flap protection). */
            confirmation: number;
            /** @description Successful checks in a row before a down monitor is up again. */
            recovery: number;
            /** @description Open an incident (source `auto_uptime`) when the monitor goes down, resolve it when it recovers; subject to the organization's automation settings. */
            auto_incident: boolean;
            state: components["schemas"]["MonitorState"];
            /** Format: date-time */
            last_checked_at: string | null;
            /** @description The last failed check's error, cleared when the monitor is up. */
            last_error: string | null;
            /** @description The incident the monitor opened itself and has not resolved yet. */
            incident_id: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        MonitorCreate: {
            name: string;
            url: string;
            method?: components["schemas"]["MonitorMethod"];
            headers?: components["schemas"]["WebhookHeaders"];
            body?: string | null;
            /** @description Seconds, 30 to 86,400 (from 1 in development mode). Default 60. */
            check_frequency?: number;
            /** @description Seconds, default 30, at most the check frequency. */
            request_timeout?: number;
            expected_status_codes?: components["schemas"]["MonitorStatusCodes"];
            keyword?: string | null;
            keyword_mode?: components["schemas"]["MonitorKeywordMode"];
            /** @description Default true. */
            follow_redirects?: boolean;
            service_id?: components["schemas"]["ServiceIdValue"] | null;
            /** @description Default 3. */
            confirmation?: number;
            /** @description Default 2. */
            recovery?: number;
            /** @description Default false. */
            auto_incident?: boolean;
        };
        MonitorUpdate: {
            name?: string;
            url?: string;
            method?: components["schemas"]["MonitorMethod"];
            headers?: components["schemas"]["WebhookHeaders"];
            body?: string | null;
            check_frequency?: number;
            request_timeout?: number;
            expected_status_codes?: components["schemas"]["MonitorStatusCodes"];
            keyword?: string | null;
            keyword_mode?: components["schemas"]["MonitorKeywordMode"];
            follow_redirects?: boolean;
            service_id?: components["schemas"]["ServiceIdValue"] | null;
            confirmation?: number;
            recovery?: number;
            auto_incident?: boolean;
        };
        MonitorList: {
            data: components["schemas"]["Monitor"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        /**
         * @description Why a check failed: no answer in time, name not resolved, connection refused, TLS failure, unexpected status, keyword rule, or a target the server may not reach (private address).
         * @enum {string}
         */
        MonitorErrorClass: "timeout" | "dns" | "connect" | "tls" | "status" | "keyword" | "blocked";
        /** @description An incident or workflow the check (or heartbeat) would have started, and why it did not. */
        MonitorSuppression: {
            /** @enum {string} */
            reason: "maintenance_window" | "cooldown" | "open_incident";
            detail: string;
        };
        MonitorCheck: {
            /** @example chk_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
            id: string;
            monitor_id: components["schemas"]["MonitorIdValue"];
            /**
             * Format: date-time
             * @description The slot the check was due at (`checked_at` minus this is how late it started).
             */
            scheduled_at: string;
            /**
             * Format: date-time
             * @description When the request started.
             */
            checked_at: string;
            duration_ms: number;
            /** @description The final answer's status (after redirects); null when none came. */
            status_code: number | null;
            /** @enum {string} */
            outcome: "up" | "down";
            error_class: components["schemas"]["MonitorErrorClass"] | null;
            error: string | null;
            state: components["schemas"]["MonitorState"];
            /** @description The incident this check opened or resolved, if any. */
            incident_id: string | null;
            /** @description Set when the check changed the monitor's state but an incident or workflow runs were held back. */
            suppressed: components["schemas"]["MonitorSuppression"] | null;
        };
        MonitorCheckList: {
            data: components["schemas"]["MonitorCheck"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
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
        MaintenanceWindow: {
            /** @example mnt_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
            id: string;
            service_id: components["schemas"]["ServiceIdValue"];
            title: string | null;
            /** Format: date-time */
            starts_at: string;
            /** Format: date-time */
            ends_at: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        MaintenanceWindowCreate: {
            service_id: components["schemas"]["ServiceIdValue"];
            title?: string | null;
            /** Format: date-time */
            starts_at: string;
            /**
             * Format: date-time
             * @description After `starts_at`.
             */
            ends_at: string;
        };
        MaintenanceWindowUpdate: {
            title?: string | null;
            /** Format: date-time */
            starts_at?: string;
            /** Format: date-time */
            ends_at?: string;
        };
        MaintenanceWindowList: {
            data: components["schemas"]["MaintenanceWindow"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        /** @description Safeguards on incidents opened automatically: by monitors (`auto_incident`) and by workflows' `create_incident`. */
        AutomationSettings: {
            /** @description Incidents opened by monitors and workflows start as drafts (not on the public status page). Default false. */
            draft_mode: boolean;
            /** @description In draft mode: publish such a draft after this many minutes unless it was resolved or published first; null (default) = a person publishes it. */
            auto_publish_delay_minutes: (0 | 5 | 30) | null;
            /** @description After a monitor's incident is resolved, no new incident for that monitor for this long (default 15). */
            cooldown_minutes: number;
            /** @description While a monitor's incident is open, no second one is opened for it (default true). */
            one_open_incident_per_monitor: boolean;
        };
        AutomationSettingsUpdate: {
            draft_mode?: boolean;
            auto_publish_delay_minutes?: (0 | 5 | 30) | null;
            cooldown_minutes?: number;
            one_open_incident_per_monitor?: boolean;
        };
    };
    responses: {
        /** @description The ping was recorded. */
        PingAccepted: {
            headers: {
                /** @description How many bytes of a request body are kept with the ping. */
                "Ping-Body-Limit"?: number;
                [name: string]: unknown;
            };
            content: {
                "text/plain": "OK";
            };
        };
        /** @description The request could not be read (malformed JSON, for example). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://tripwire.dev/problems/malformed-json",
                 *       "title": "Malformed JSON",
                 *       "status": 400,
                 *       "detail": "The request body is not valid JSON: Unexpected end of JSON input.",
                 *       "instance": "/api/v1/incidents",
                 *       "request_id": "req_01JD5Q8R1XK2ZP7S0C3V9N4B6M"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No API key, or a key that is unknown, revoked or expired. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://tripwire.dev/problems/unauthorized",
                 *       "title": "Unauthorized",
                 *       "status": 401,
                 *       "detail": "Send an API key as `Authorization: Bearer <key>` or `X-API-Key: <key>`.",
                 *       "instance": "/api/v1/incidents",
                 *       "request_id": "req_01JD5Q8R1XK2ZP7S0C3V9N4B6M"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The key lacks the scope the operation needs. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://tripwire.dev/problems/insufficient-scope",
                 *       "title": "Insufficient scope",
                 *       "status": 403,
                 *       "detail": "This operation needs the scope incidents:write.",
                 *       "instance": "/api/v1/incidents",
                 *       "request_id": "req_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
                 *       "required_scope": "incidents:write"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such resource in this organization. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://tripwire.dev/problems/not-found",
                 *       "title": "Not found",
                 *       "status": 404,
                 *       "detail": "No incident inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M.",
                 *       "instance": "/api/v1/incidents/inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
                 *       "request_id": "req_01JD5Q8R1XK2ZP7S0C3V9N4B6M"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The resource was deleted for good (it is older than the organization's retention window). */
        Gone: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://tripwire.dev/problems/run-pruned",
                 *       "title": "Run deleted by retention",
                 *       "status": 410,
                 *       "detail": "Run run_01JD5Q8R1XK2ZP7S0C3V9N4B6M is older than this organization's run retention (30 days) and was deleted; it cannot be replayed.",
                 *       "instance": "/api/v1/runs/run_01JD5Q8R1XK2ZP7S0C3V9N4B6M/replay",
                 *       "request_id": "req_01JD5Q8R1XK2ZP7S0C3V9N4B6M"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The change conflicts with the resource's state (an invalid transition, a duplicate, a request still in flight). */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://tripwire.dev/problems/invalid-transition",
                 *       "title": "Invalid transition",
                 *       "status": 409,
                 *       "detail": "The incident is already public.",
                 *       "instance": "/api/v1/incidents/inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M/publish",
                 *       "request_id": "req_01JD5Q8R1XK2ZP7S0C3V9N4B6M"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is larger than 1 MiB. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://tripwire.dev/problems/payload-too-large",
                 *       "title": "Payload too large",
                 *       "status": 413,
                 *       "detail": "Request bodies are limited to 1048576 bytes.",
                 *       "instance": "/api/v1/incidents",
                 *       "request_id": "req_01JD5Q8R1XK2ZP7S0C3V9N4B6M"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is not `application/json`. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://tripwire.dev/problems/unsupported-media-type",
                 *       "title": "Unsupported media type",
                 *       "status": 415,
                 *       "detail": "Send the body as application/json.",
                 *       "instance": "/api/v1/incidents",
                 *       "request_id": "req_01JD5Q8R1XK2ZP7S0C3V9N4B6M"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request is well-formed but some fields are invalid; each is listed in `errors`. */
        ValidationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://tripwire.dev/problems/validation",
                 *       "title": "Validation failed",
                 *       "status": 422,
                 *       "detail": "2 fields are invalid.",
                 *       "instance": "/api/v1/incidents",
                 *       "request_id": "req_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
                 *       "errors": [
                 *         {
                 *           "in": "body",
                 *           "pointer": "#/title",
                 *           "detail": "Required"
                 *         },
                 *         {
                 *           "in": "body",
                 *           "pointer": "#/severity",
                 *           "detail": "Must be one of minor, major, critical"
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The key's request budget is used up; retry after `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                /** @description Seconds to wait. */
                "Retry-After"?: number;
                /** @description Requests allowed per window. */
                "RateLimit-Limit"?: number;
                /** @description Requests left in this window. */
                "RateLimit-Remaining"?: number;
                /** @description Seconds until the window resets. */
                "RateLimit-Reset"?: number;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://tripwire.dev/problems/rate-limited",
                 *       "title": "Too many requests",
                 *       "status": 429,
                 *       "detail": "This key may make 600 requests a minute. Retry in 12 seconds.",
                 *       "instance": "/api/v1/incidents",
                 *       "request_id": "req_01JD5Q8R1XK2ZP7S0C3V9N4B6M"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Something failed on our side. Nothing was written; the request id helps us find it. */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://tripwire.dev/problems/internal",
                 *       "title": "Internal server error",
                 *       "status": 500,
                 *       "detail": "Something went wrong on our side. Nothing was changed.",
                 *       "instance": "/api/v1/incidents",
                 *       "request_id": "req_01JD5Q8R1XK2ZP7S0C3V9N4B6M"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /** @description The `next_cursor` of the previous page. */
        Cursor: string;
        /** @description Page size, 1 to 100. */
        Limit: number;
        /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
        IdempotencyKey: string;
        /** @example key_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
        ApiKeyId: string;
        /** @example mem_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
        MemberId: components["schemas"]["MemberIdValue"];
        /** @example svc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
        ServiceId: components["schemas"]["ServiceIdValue"];
        /** @example whk_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
        WebhookId: components["schemas"]["WebhookIdValue"];
        /** @example wfl_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
        WorkflowId: components["schemas"]["WorkflowIdValue"];
        /** @example chn_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
        ChannelId: components["schemas"]["ChannelIdValue"];
        /** @example int_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
        IntegrationId: components["schemas"]["IntegrationIdValue"];
        /** @example alt_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
        AlertId: components["schemas"]["AlertIdValue"];
        /** @example hbt_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
        HeartbeatId: components["schemas"]["HeartbeatIdValue"];
        /** @example erl_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
        ErrorRuleId: components["schemas"]["ErrorRuleIdValue"];
        /**
         * @description The secret token of the heartbeat's `ping_url`.
         * @example hb_Xk3J9vQ2mN8pL5rT7wY1zA4bC6dE0fG2hI
         */
        PingToken: string;
        /**
         * @description `start`, `fail`, `log`, or an exit status from `0` (success) to `255`.
         * @example start
         */
        PingSignal: string;
        /** @description A run id you choose (e.g. a UUID) to pair a finish with its start when runs overlap. */
        PingRunId: string;
        /** @example esp_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
        EscalationPolicyId: string;
        /** @example esc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
        EscalationId: string;
        /** @example run_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
        RunId: string;
        /** @example dlv_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
        DeliveryId: string;
        /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
        IncidentId: string;
        /** @example mon_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
        MonitorId: components["schemas"]["MonitorIdValue"];
        /** @example mnt_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
        MaintenanceWindowId: string;
        /** @example pif_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
        PostIncidentFlowId: components["schemas"]["PostIncidentFlowIdValue"];
        /** @example pit_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
        PostIncidentTaskId: string;
        /** @example fup_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
        FollowUpId: string;
    };
    requestBodies: never;
    headers: {
        /** @description The request's id; also in logs and in every problem document. */
        "X-Request-Id": string;
        /**
         * @description The server's release, on every response (see Versions above).
         * @example 0.1.0
         */
        "Tripwire-Version": string;
        /**
         * @description The `info.version` of the contract the server implements, on every response (see Versions above).
         * @example 0.1.0
         */
        "Tripwire-Contract-Version": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server is healthy. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Tripwire-Version": components["headers"]["Tripwire-Version"];
                    "Tripwire-Contract-Version": components["headers"]["Tripwire-Contract-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    getOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "notification_emails": [
                 *         "ops@example.com"
                 *       ],
                 *       "notification_channel_ids": [
                 *         "chn_01JD5Q8R1XK2ZP7S0C3V9N4B6M"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["OrganizationUpdate"];
            };
        };
        responses: {
            /** @description The updated organization. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getOrganizationSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization's settings. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationSettings"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateOrganizationSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "retention": {
                 *         "events": 604800,
                 *         "runs": null
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["OrganizationSettingsUpdate"];
            };
        };
        responses: {
            /** @description The updated settings. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size, 1 to 100. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of API keys. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "CI pipeline",
                 *       "scopes": [
                 *         "incidents:read",
                 *         "incidents:write"
                 *       ],
                 *       "expires_at": "2027-01-01T00:00:00Z"
                 *     }
                 */
                "application/json": components["schemas"]["ApiKeyCreate"];
            };
        };
        responses: {
            /** @description The key, with its secret (shown this once). */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example key_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                apiKeyId: components["parameters"]["ApiKeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key (without its secret). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example key_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                apiKeyId: components["parameters"]["ApiKeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revoked key. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listMembers: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size, 1 to 100. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of members. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Ada Lovelace",
                 *       "email": "ada@example.com"
                 *     }
                 */
                "application/json": components["schemas"]["MemberCreate"];
            };
        };
        responses: {
            /** @description The member. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example mem_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                memberId: components["parameters"]["MemberId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example mem_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                memberId: components["parameters"]["MemberId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example mem_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                memberId: components["parameters"]["MemberId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Ada King"
                 *     }
                 */
                "application/json": components["schemas"]["MemberUpdate"];
            };
        };
        responses: {
            /** @description The updated member. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listServices: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description Only services with this status. */
                status?: components["schemas"]["ServiceStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of services. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createService: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "production-api",
                 *       "description": "Public REST API",
                 *       "status": "operational"
                 *     }
                 */
                "application/json": components["schemas"]["ServiceCreate"];
            };
        };
        responses: {
            /** @description The service. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Service"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example svc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                serviceId: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Service"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example svc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                serviceId: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example svc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                serviceId: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "degraded"
                 *     }
                 */
                "application/json": components["schemas"]["ServiceUpdate"];
            };
        };
        responses: {
            /** @description The updated service. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Service"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listIncidents: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                status?: components["schemas"]["IncidentStatus"];
                severity?: components["schemas"]["Severity"];
                visibility?: components["schemas"]["Visibility"];
                /** @description Only incidents that affect this service. */
                service_id?: components["schemas"]["ServiceIdValue"];
                /** @description Only incidents created at or after this time. */
                created_after?: string;
                /** @description Only incidents created before this time. */
                created_before?: string;
                include_archived?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of incidents. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createIncident: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Checkout API returns 502",
                 *       "severity": "critical",
                 *       "message": "Error rate above 20% since 09:12 UTC.",
                 *       "service_ids": [],
                 *       "labels": [
                 *         "payments"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["IncidentCreate"];
            };
        };
        responses: {
            /** @description The incident. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Incident"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getIncident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The incident. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Incident"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    archiveIncident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The archived incident. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Incident"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateIncident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "identified",
                 *       "severity": "major"
                 *     }
                 */
                "application/json": components["schemas"]["IncidentUpdate"];
            };
        };
        responses: {
            /** @description The updated incident. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Incident"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    publishIncident: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The published incident. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Incident"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    resolveIncident: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "message": "Rolled back the bad deploy; error rate is normal."
                 *     }
                 */
                "application/json": components["schemas"]["IncidentResolve"];
            };
        };
        responses: {
            /** @description The resolved incident. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Incident"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listIncidentUpdates: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size, 1 to 100. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of timeline entries, newest first. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentUpdateEntryList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    addIncidentUpdate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "message": "Root cause found in the payments gateway.",
                 *       "status": "identified"
                 *     }
                 */
                "application/json": components["schemas"]["IncidentUpdateEntryCreate"];
            };
        };
        responses: {
            /** @description The timeline entry. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentUpdateEntry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    addIncidentLabels: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "labels": [
                 *         "sev1",
                 *         "customer-facing"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["LabelsAdd"];
            };
        };
        responses: {
            /** @description The incident with its labels. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Incident"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    removeIncidentLabel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
                /** @description The label to remove. */
                label: components["schemas"]["Label"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The incident without the label. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Incident"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    assignIncident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "assignee_id": "mem_01JD5Q8R1XK2ZP7S0C3V9N4B6M"
                 *     }
                 */
                "application/json": components["schemas"]["IncidentAssign"];
            };
        };
        responses: {
            /** @description The incident with its assignee. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Incident"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description Only events of this type. */
                type?: components["schemas"]["EventType"];
                /** @description Only events about this resource. */
                resource_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example evt_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size, 1 to 100. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of endpoints. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://hooks.example.com/tripwire",
                 *       "events": [
                 *         "incident.created",
                 *         "incident.resolved"
                 *       ],
                 *       "description": "On-call bot",
                 *       "headers": {
                 *         "X-Team": "payments"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["WebhookCreate"];
            };
        };
        responses: {
            /** @description The endpoint, with its signing secret (shown in this response only). */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example whk_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                webhookId: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example whk_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                webhookId: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example whk_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                webhookId: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "is_active": true
                 *     }
                 */
                "application/json": components["schemas"]["WebhookUpdate"];
            };
        };
        responses: {
            /** @description The updated endpoint. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @example whk_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                webhookId: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "overlap_seconds": 3600
                 *     }
                 */
                "application/json": components["schemas"]["WebhookRotate"];
            };
        };
        responses: {
            /** @description The endpoint with its new secret (shown in this response only). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    testWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @example whk_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                webhookId: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "event": "incident.created"
                 *     }
                 */
                "application/json": components["schemas"]["WebhookTestRequest"];
            };
        };
        responses: {
            /** @description What the endpoint answered (a failed delivery is still a `200` here; see `success`). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookTestResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                status?: components["schemas"]["DeliveryStatus"];
            };
            header?: never;
            path: {
                /** @example whk_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                webhookId: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example whk_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                webhookId: components["parameters"]["WebhookId"];
                /** @example dlv_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                deliveryId: components["parameters"]["DeliveryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Delivery"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    redeliverWebhookDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @example whk_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                webhookId: components["parameters"]["WebhookId"];
                /** @example dlv_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                deliveryId: components["parameters"]["DeliveryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery, queued. */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Delivery"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getWorkflowCatalog: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The catalog. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowCatalog"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listWorkflows: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                state?: components["schemas"]["WorkflowState"];
                trigger?: components["schemas"]["TriggerType"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of workflows. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createWorkflow: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkflowCreate"];
            };
        };
        responses: {
            /** @description The workflow. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example wfl_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                workflowId: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workflow. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example wfl_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                workflowId: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example wfl_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                workflowId: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "actions": [
                 *         {
                 *           "type": "add_label",
                 *           "label": "needs-review"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["WorkflowUpdate"];
            };
        };
        responses: {
            /** @description The updated workflow. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    activateWorkflow: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @example wfl_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                workflowId: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The active workflow. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    disableWorkflow: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @example wfl_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                workflowId: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The disabled workflow. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    cloneWorkflow: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @example wfl_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                workflowId: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The copy. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listWorkflowVersions: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size, 1 to 100. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /** @example wfl_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                workflowId: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of versions. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowVersionList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getWorkflowVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example wfl_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                workflowId: components["parameters"]["WorkflowId"];
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowVersion"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    triggerWorkflow: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @example wfl_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                workflowId: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "payload": {
                 *         "reason": "deploy check"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["WorkflowTrigger"];
            };
        };
        responses: {
            /** @description The queued run. */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Run"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listWorkflowEvaluations: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size, 1 to 100. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /** @example wfl_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                workflowId: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of evaluations. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    dryRunWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example wfl_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                workflowId: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "event": {
                 *         "data": {
                 *           "title": "Database down",
                 *           "severity": "critical",
                 *           "services": [
                 *             "Database"
                 *           ]
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["DryRunRequest"];
            };
        };
        responses: {
            /** @description What would happen. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DryRunResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getWorkflowSchedule: {
        parameters: {
            query?: {
                count?: number;
            };
            header?: never;
            path: {
                /** @example wfl_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                workflowId: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Upcoming fire times. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchedulePreview"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listRuns: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                workflow_id?: components["schemas"]["WorkflowIdValue"];
                status?: components["schemas"]["RunStatus"];
                created_after?: string;
                created_before?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of runs. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example run_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                runId: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Run"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    cancelRun: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @example run_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                runId: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The canceled run. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Run"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    replayRun: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @example run_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                runId: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "from": "failed_step",
                 *       "version": "pinned"
                 *     }
                 */
                "application/json": components["schemas"]["ReplayRequest"];
            };
        };
        responses: {
            /** @description The new, queued run. */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Run"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listChannels: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size, 1 to 100. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of channels. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "#ops",
                 *       "key": "ch_slack_ops",
                 *       "kind": "slack",
                 *       "config": {
                 *         "webhook_url": "https://hooks.slack.com/services/T000/B000/XXXX"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ChannelCreate"];
            };
        };
        responses: {
            /** @description The channel. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Channel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example chn_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                channelId: components["parameters"]["ChannelId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The channel. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Channel"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example chn_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                channelId: components["parameters"]["ChannelId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example chn_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                channelId: components["parameters"]["ChannelId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "#sev1"
                 *     }
                 */
                "application/json": components["schemas"]["ChannelUpdate"];
            };
        };
        responses: {
            /** @description The channel. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Channel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    testChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @example chn_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                channelId: components["parameters"]["ChannelId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The outcome (a failed send is still a `200`; see `success`). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listIntegrations: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size, 1 to 100. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of integrations. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createIntegration: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "incident_io",
                 *       "name": "incident.io production",
                 *       "api_key": "inc_live_0123456789abcdef"
                 *     }
                 */
                "application/json": components["schemas"]["IntegrationCreate"];
            };
        };
        responses: {
            /** @description The integration. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Integration"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example int_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                integrationId: components["parameters"]["IntegrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The integration. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Integration"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example int_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                integrationId: components["parameters"]["IntegrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example int_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                integrationId: components["parameters"]["IntegrationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "incident.io (prod)"
                 *     }
                 */
                "application/json": components["schemas"]["IntegrationUpdate"];
            };
        };
        responses: {
            /** @description The integration. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Integration"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    testIntegration: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @example int_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                integrationId: components["parameters"]["IntegrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The outcome. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationTestResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    setIntegrationSigningSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example int_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                integrationId: components["parameters"]["IntegrationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
                 *     }
                 */
                "application/json": components["schemas"]["SigningSecretInput"];
            };
        };
        responses: {
            /** @description A secret is set. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SigningSecretStatus"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    receiveIncidentIoWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example int_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                integrationId: components["parameters"]["IntegrationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "event_type": "public_incident.incident_created_v2",
                 *       "public_incident.incident_created_v2": {
                 *         "id": "01FDAG4SAP5TYPT98WGR2N7W91",
                 *         "name": "Our database is sad",
                 *         "reference": "INC-123",
                 *         "permalink": "https://app.incident.io/incidents/123",
                 *         "severity": {
                 *           "id": "01FCNDV6P870EA6S7TK1DSYDG0",
                 *           "name": "Minor"
                 *         },
                 *         "incident_status": {
                 *           "id": "01FCNDV6P870EA6S7TK1DSYDD5H",
                 *           "name": "Triage"
                 *         },
                 *         "summary": "Our database is really really sad.",
                 *         "visibility": "public",
                 *         "created_at": "2021-08-17T13:28:57.801578Z",
                 *         "updated_at": "2021-08-17T13:28:57.801578Z"
                 *       }
                 *     }
                 */
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Accepted (or a duplicate of an accepted delivery). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentIoWebhookReceipt"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listAlerts: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                status?: components["schemas"]["AlertStatus"];
                dedup_key?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of alerts. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createAlert: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "API p99 latency above 2 s",
                 *       "severity": "critical",
                 *       "source": "prometheus",
                 *       "dedup_key": "api-latency",
                 *       "details": {
                 *         "p99_ms": 2450
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["AlertCreate"];
            };
        };
        responses: {
            /** @description An open alert with this dedup_key was updated (`deduplicated` is true). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Alert"];
                };
            };
            /** @description A new alert. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Alert"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    resolveAlertByDedupKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "dedup_key": "api-latency"
                 *     }
                 */
                "application/json": components["schemas"]["AlertResolveByKey"];
            };
        };
        responses: {
            /** @description The resolved alert. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Alert"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getAlert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example alt_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                alertId: components["parameters"]["AlertId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The alert. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Alert"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    acknowledgeAlert: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @example alt_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                alertId: components["parameters"]["AlertId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "member_id": "mem_01JD5Q8R1XK2ZP7S0C3V9N4B6M"
                 *     }
                 */
                "application/json": components["schemas"]["AlertAcknowledge"];
            };
        };
        responses: {
            /** @description The acknowledged alert. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Alert"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    resolveAlert: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @example alt_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                alertId: components["parameters"]["AlertId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resolved alert. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Alert"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listEscalationPolicies: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size, 1 to 100. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of policies. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationPolicyList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createEscalationPolicy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Payments on-call",
                 *       "repeat": 1,
                 *       "levels": [
                 *         {
                 *           "delay_minutes": 5,
                 *           "member_ids": [
                 *             "mem_01JD5Q8R1XK2ZP7S0C3V9N4B6M"
                 *           ],
                 *           "channel_ids": []
                 *         },
                 *         {
                 *           "delay_minutes": 10,
                 *           "member_ids": [],
                 *           "channel_ids": [
                 *             "chn_01JD5Q8R1XK2ZP7S0C3V9N4B6M"
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["EscalationPolicyCreate"];
            };
        };
        responses: {
            /** @description The policy. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationPolicy"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getEscalationPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example esp_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                policyId: components["parameters"]["EscalationPolicyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policy. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationPolicy"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteEscalationPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example esp_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                policyId: components["parameters"]["EscalationPolicyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateEscalationPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example esp_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                policyId: components["parameters"]["EscalationPolicyId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "repeat": 2
                 *     }
                 */
                "application/json": components["schemas"]["EscalationPolicyUpdate"];
            };
        };
        responses: {
            /** @description The policy. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationPolicy"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listEscalations: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                status?: components["schemas"]["EscalationStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of escalations. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getEscalation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example esc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                escalationId: components["parameters"]["EscalationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The escalation. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Escalation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listPostIncidentFlows: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size, 1 to 100. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of flows. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostIncidentFlowList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createPostIncidentFlow: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Security incidents",
                 *       "entry": "automatic",
                 *       "conditions": {
                 *         "operator": "AND",
                 *         "conditions": [
                 *           {
                 *             "field": "labels",
                 *             "operator": "contains",
                 *             "value": "security"
                 *           }
                 *         ]
                 *       },
                 *       "statuses": [
                 *         {
                 *           "name": "Documenting",
                 *           "tasks": [
                 *             {
                 *               "kind": "create_postmortem",
                 *               "due_after_days": 5
                 *             }
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["PostIncidentFlowCreate"];
            };
        };
        responses: {
            /** @description The flow. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostIncidentFlow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getPostIncidentFlow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example pif_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                flowId: components["parameters"]["PostIncidentFlowId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The flow. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostIncidentFlow"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deletePostIncidentFlow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example pif_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                flowId: components["parameters"]["PostIncidentFlowId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updatePostIncidentFlow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example pif_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                flowId: components["parameters"]["PostIncidentFlowId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "entry": "opt_in"
                 *     }
                 */
                "application/json": components["schemas"]["PostIncidentFlowUpdate"];
            };
        };
        responses: {
            /** @description The flow. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostIncidentFlow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    closeIncident: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "flow_id": "pif_01JD5Q8R1XK2ZP7S0C3V9N4B6M"
                 *     }
                 */
                "application/json": components["schemas"]["IncidentClose"];
            };
        };
        responses: {
            /** @description The incident, `closed` or `post_incident`. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Incident"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getIncidentPostIncident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The incident's post-incident flow. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentPostIncident"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    movePostIncidentStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "to": "Reviewing"
                 *     }
                 */
                "application/json": components["schemas"]["PostIncidentMove"];
            };
        };
        responses: {
            /** @description The incident's post-incident flow. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentPostIncident"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    optOutOfPostIncident: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Duplicate of an incident already reviewed."
                 *     }
                 */
                "application/json": components["schemas"]["PostIncidentOptOut"];
            };
        };
        responses: {
            /** @description The incident's post-incident flow, ended. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentPostIncident"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deletePostIncidentTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
                /** @example pit_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                taskId: components["parameters"]["PostIncidentTaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updatePostIncidentTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
                /** @example pit_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                taskId: components["parameters"]["PostIncidentTaskId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "assignee_id": "mem_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
                 *       "due_at": "2026-12-01T17:00:00Z"
                 *     }
                 */
                "application/json": components["schemas"]["PostIncidentTaskUpdate"];
            };
        };
        responses: {
            /** @description The task. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostIncidentTask"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    completePostIncidentTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
                /** @example pit_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                taskId: components["parameters"]["PostIncidentTaskId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "note": "Reviewed with the team."
                 *     }
                 */
                "application/json": components["schemas"]["PostIncidentTaskNote"];
            };
        };
        responses: {
            /** @description The task. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostIncidentTask"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    skipPostIncidentTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
                /** @example pit_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                taskId: components["parameters"]["PostIncidentTaskId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "note": "No customer impact."
                 *     }
                 */
                "application/json": components["schemas"]["PostIncidentTaskNote"];
            };
        };
        responses: {
            /** @description The task. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostIncidentTask"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    reopenPostIncidentTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
                /** @example pit_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                taskId: components["parameters"]["PostIncidentTaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostIncidentTask"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listFollowUps: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The follow-ups. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createFollowUp: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Add a circuit breaker to the payments client"
                 *     }
                 */
                "application/json": components["schemas"]["FollowUpCreate"];
            };
        };
        responses: {
            /** @description The follow-up. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUp"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateFollowUp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
                /** @example fup_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                followUpId: components["parameters"]["FollowUpId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "completed"
                 *     }
                 */
                "application/json": components["schemas"]["FollowUpUpdate"];
            };
        };
        responses: {
            /** @description The follow-up. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUp"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    putPostmortem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://docs.example.com/pm/checkout-502",
                 *       "status": "draft"
                 *     }
                 */
                "application/json": components["schemas"]["PostmortemPut"];
            };
        };
        responses: {
            /** @description The post-mortem document. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Postmortem"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    sharePostmortem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "channel_id": "chn_01JD5Q8R1XK2ZP7S0C3V9N4B6M"
                 *     }
                 */
                "application/json": components["schemas"]["PostmortemShare"];
            };
        };
        responses: {
            /** @description What the provider answered. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    putDebrief: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "scheduled_at": "2026-12-02T14:00:00Z",
                 *       "attendee_ids": [
                 *         "mem_01JD5Q8R1XK2ZP7S0C3V9N4B6M"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["DebriefPut"];
            };
        };
        responses: {
            /** @description The debrief. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Debrief"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    assignIncidentRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                incidentId: components["parameters"]["IncidentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "role": "postmortem_owner",
                 *       "member_id": "mem_01JD5Q8R1XK2ZP7S0C3V9N4B6M"
                 *     }
                 */
                "application/json": components["schemas"]["IncidentRoleAssign"];
            };
        };
        responses: {
            /** @description Every role of the incident. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentRoles"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listHeartbeats: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size, 1 to 100. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of heartbeats. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HeartbeatList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createHeartbeat: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Nightly billing export",
                 *       "schedule": "0 2 * * *",
                 *       "tz": "Europe/Paris",
                 *       "grace": 1800
                 *     }
                 */
                "application/json": components["schemas"]["HeartbeatCreate"];
            };
        };
        responses: {
            /** @description The heartbeat, with its ping URL. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Heartbeat"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getHeartbeat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example hbt_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                heartbeatId: components["parameters"]["HeartbeatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The heartbeat. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Heartbeat"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteHeartbeat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example hbt_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                heartbeatId: components["parameters"]["HeartbeatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateHeartbeat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example hbt_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                heartbeatId: components["parameters"]["HeartbeatId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "grace": 3600
                 *     }
                 */
                "application/json": components["schemas"]["HeartbeatUpdate"];
            };
        };
        responses: {
            /** @description The heartbeat. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Heartbeat"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    pauseHeartbeat: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @example hbt_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                heartbeatId: components["parameters"]["HeartbeatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The paused heartbeat. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Heartbeat"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    resumeHeartbeat: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @example hbt_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                heartbeatId: components["parameters"]["HeartbeatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The heartbeat. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Heartbeat"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listHeartbeatPings: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size, 1 to 100. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /** @example hbt_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                heartbeatId: components["parameters"]["HeartbeatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of pings. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HeartbeatPingList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    pingHeartbeat: {
        parameters: {
            query?: {
                /** @description A run id you choose (e.g. a UUID) to pair a finish with its start when runs overlap. */
                rid?: components["parameters"]["PingRunId"];
            };
            header?: never;
            path: {
                /**
                 * @description The secret token of the heartbeat's `ping_url`.
                 * @example hb_Xk3J9vQ2mN8pL5rT7wY1zA4bC6dE0fG2hI
                 */
                token: components["parameters"]["PingToken"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PingAccepted"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    pingHeartbeatWithBody: {
        parameters: {
            query?: {
                /** @description A run id you choose (e.g. a UUID) to pair a finish with its start when runs overlap. */
                rid?: components["parameters"]["PingRunId"];
            };
            header?: never;
            path: {
                /**
                 * @description The secret token of the heartbeat's `ping_url`.
                 * @example hb_Xk3J9vQ2mN8pL5rT7wY1zA4bC6dE0fG2hI
                 */
                token: components["parameters"]["PingToken"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PingAccepted"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    signalHeartbeat: {
        parameters: {
            query?: {
                /** @description A run id you choose (e.g. a UUID) to pair a finish with its start when runs overlap. */
                rid?: components["parameters"]["PingRunId"];
            };
            header?: never;
            path: {
                /**
                 * @description The secret token of the heartbeat's `ping_url`.
                 * @example hb_Xk3J9vQ2mN8pL5rT7wY1zA4bC6dE0fG2hI
                 */
                token: components["parameters"]["PingToken"];
                /**
                 * @description `start`, `fail`, `log`, or an exit status from `0` (success) to `255`.
                 * @example start
                 */
                signal: components["parameters"]["PingSignal"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PingAccepted"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    signalHeartbeatWithBody: {
        parameters: {
            query?: {
                /** @description A run id you choose (e.g. a UUID) to pair a finish with its start when runs overlap. */
                rid?: components["parameters"]["PingRunId"];
            };
            header?: never;
            path: {
                /**
                 * @description The secret token of the heartbeat's `ping_url`.
                 * @example hb_Xk3J9vQ2mN8pL5rT7wY1zA4bC6dE0fG2hI
                 */
                token: components["parameters"]["PingToken"];
                /**
                 * @description `start`, `fail`, `log`, or an exit status from `0` (success) to `255`.
                 * @example start
                 */
                signal: components["parameters"]["PingSignal"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PingAccepted"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    ingestErrors: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "service_id": "svc_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
                 *           "fingerprint": "TypeError:cart.ts:42",
                 *           "message": "TypeError: cart is undefined",
                 *           "level": "error",
                 *           "timestamp": "2026-11-23T09:15:00.000Z"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBatch"];
            };
        };
        responses: {
            /** @description Counted. */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBatchResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listErrorRules: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size, 1 to 100. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of rules. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRuleList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createErrorRule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "service_id": "svc_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
                 *       "threshold": 100,
                 *       "window": 300
                 *     }
                 */
                "application/json": components["schemas"]["ErrorRuleCreate"];
            };
        };
        responses: {
            /** @description The rule. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRule"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getErrorRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example erl_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                ruleId: components["parameters"]["ErrorRuleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rule. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRule"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteErrorRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example erl_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                ruleId: components["parameters"]["ErrorRuleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateErrorRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example erl_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                ruleId: components["parameters"]["ErrorRuleId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "threshold": 250
                 *     }
                 */
                "application/json": components["schemas"]["ErrorRuleUpdate"];
            };
        };
        responses: {
            /** @description The rule. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRule"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listMonitors: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                state?: components["schemas"]["MonitorState"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of monitors. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitorList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createMonitor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Checkout API",
                 *       "url": "https://checkout.example.com/health",
                 *       "check_frequency": 60,
                 *       "keyword": "ok",
                 *       "service_id": "svc_01JD5Q8R1XK2ZP7S0C3V9N4B6M"
                 *     }
                 */
                "application/json": components["schemas"]["MonitorCreate"];
            };
        };
        responses: {
            /** @description The monitor. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Monitor"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getMonitor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example mon_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                monitorId: components["parameters"]["MonitorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The monitor. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Monitor"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteMonitor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example mon_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                monitorId: components["parameters"]["MonitorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateMonitor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example mon_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                monitorId: components["parameters"]["MonitorId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "check_frequency": 300
                 *     }
                 */
                "application/json": components["schemas"]["MonitorUpdate"];
            };
        };
        responses: {
            /** @description The monitor. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Monitor"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    pauseMonitor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @example mon_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                monitorId: components["parameters"]["MonitorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The monitor. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Monitor"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    resumeMonitor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @example mon_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                monitorId: components["parameters"]["MonitorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The monitor. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Monitor"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listMonitorChecks: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size, 1 to 100. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /** @example mon_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                monitorId: components["parameters"]["MonitorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of checks. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitorCheckList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listMaintenanceWindows: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size, 1 to 100. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of maintenance windows. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaintenanceWindowList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createMaintenanceWindow: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried `POST` safe; see Idempotency above. 1 to 255 printable characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "service_id": "svc_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
                 *       "title": "Database upgrade",
                 *       "starts_at": "2026-12-06T22:00:00Z",
                 *       "ends_at": "2026-12-06T23:30:00Z"
                 *     }
                 */
                "application/json": components["schemas"]["MaintenanceWindowCreate"];
            };
        };
        responses: {
            /** @description The maintenance window. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaintenanceWindow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getMaintenanceWindow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example mnt_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                maintenanceWindowId: components["parameters"]["MaintenanceWindowId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The maintenance window. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaintenanceWindow"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteMaintenanceWindow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example mnt_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                maintenanceWindowId: components["parameters"]["MaintenanceWindowId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateMaintenanceWindow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example mnt_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
                maintenanceWindowId: components["parameters"]["MaintenanceWindowId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "ends_at": "2026-12-06T23:00:00Z"
                 *     }
                 */
                "application/json": components["schemas"]["MaintenanceWindowUpdate"];
            };
        };
        responses: {
            /** @description The maintenance window. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaintenanceWindow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    receiveEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Disables the endpoint at once. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
