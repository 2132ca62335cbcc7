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
        patch?: never;
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
         * @description Incidents assigned to the member become unassigned.
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
         * @description Incidents that listed the service keep their history but no longer reference it.
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
         * @description Starts a run of an active `manual` workflow (or any active workflow, to test it) with an optional payload, available to templates as `{{payload.*}}`. The run is queued and returned at once.
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
         * @description Evaluates the conditions against an event (or the trigger event of an earlier run, with `from_run`) and renders every action's input. Nothing is written and nothing is sent.
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
         * @description The next `count` times the cron expression fires, in UTC, computed in the workflow's time zone.
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
         * @description A `slack` channel posts to a Slack incoming-webhook URL (stored encrypted, shown masked); an `email` channel mails its recipients through SMTP; a `webhook` channel POSTs JSON to an HTTPS URL.
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
         * @description Escalation policy levels that named the channel no longer do.
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
         * @description Escalations already running stop.
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
    "run.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A workflow run failed
         * @description Sent to endpoints subscribed to `run.failed` (signed like every delivery).
         */
        post: operations["receiveRunFailed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "run.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A workflow run completed
         * @description Sent to endpoints subscribed to `run.completed` (status `completed` or `completed_with_errors`).
         */
        post: operations["receiveRunCompleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "monitor.down": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An uptime monitor went down
         * @description Sent to endpoints subscribed to `monitor.down` (signed like every delivery).
         */
        post: operations["receiveMonitorDown"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "monitor.recovered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An uptime monitor recovered
         * @description Sent to endpoints subscribed to `monitor.recovered`.
         */
        post: operations["receiveMonitorRecovered"];
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
            /** Format: date-time */
            created_at: string;
        };
        OrganizationSettings: {
            automation: components["schemas"]["AutomationSettings"];
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
        Scope: "*" | "organization:read" | "organization:write" | "api_keys:read" | "api_keys:write" | "members:read" | "members:write" | "services:read" | "services:write" | "incidents:read" | "incidents:write" | "events:read" | "webhooks:read" | "webhooks:write" | "workflows:read" | "workflows:write" | "workflows:run" | "channels:read" | "channels:write" | "alerts:read" | "alerts:write" | "oncall:read" | "oncall:write" | "monitors:read" | "monitors:write";
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
        /** @enum {string} */
        IncidentStatus: "investigating" | "identified" | "monitoring" | "resolved";
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
        };
        IncidentCreate: {
            title: string;
            status?: components["schemas"]["IncidentStatus"];
            severity?: components["schemas"]["Severity"];
            message?: string | null;
            service_ids?: components["schemas"]["ServiceIdValue"][];
            labels?: components["schemas"]["Label"][];
            assignee_id?: components["schemas"]["MemberIdValue"] | null;
            visibility?: components["schemas"]["Visibility"];
        };
        IncidentUpdate: {
            title?: string;
            status?: components["schemas"]["IncidentStatus"];
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
            status?: components["schemas"]["IncidentStatus"];
        };
        IncidentUpdateEntryList: {
            data: components["schemas"]["IncidentUpdateEntry"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        /** @enum {string} */
        EventType: "incident.created" | "incident.updated" | "incident.resolved" | "incident.published" | "incident.archived" | "service.created" | "service.updated" | "service.status_changed" | "service.deleted" | "member.created" | "member.updated" | "member.deleted" | "webhook.disabled" | "alert.fired" | "alert.acknowledged" | "alert.resolved" | "run.completed" | "run.failed" | "monitor.down" | "monitor.recovered";
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
        /** @description What a webhook subscribed to `run.completed` or `run.failed` receives. */
        RunWebhookPayload: {
            /** @example evt_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
            id: string;
            /** @enum {string} */
            event: "run.completed" | "run.failed";
            /** Format: date-time */
            timestamp: string;
            data: components["schemas"]["RunEventData"];
        };
        /**
         * @description A change that happened. `data` holds the resource after the change under its name (`incident`,
         *     `service`, `member`); `incident.updated` and `service.updated` add `changes` (field → `{ from, to }`),
         *     `service.status_changed` adds `previous_status` and `status`. `run.completed` and `run.failed` hold the
         *     run's own fields at the top of `data` (`RunEventData`).
         * @example {
         *       "id": "evt_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
         *       "type": "incident.updated",
         *       "resource_type": "incident",
         *       "resource_id": "inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
         *       "data": {
         *         "incident": {
         *           "id": "inc_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
         *           "title": "Checkout API returns 502",
         *           "status": "identified"
         *         },
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
            resource_type: "incident" | "service" | "member" | "webhook" | "alert" | "run" | "monitor";
            resource_id: string;
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
        TriggerType: "incident.created" | "incident.updated" | "incident.resolved" | "incident.published" | "alert.fired" | "alert.resolved" | "service.status_changed" | "uptime.down" | "uptime.recovered" | "heartbeat.missed" | "error_threshold_exceeded" | "run.completed" | "run.failed" | "scheduled" | "manual";
        Trigger: {
            type: components["schemas"]["TriggerType"];
            /** @description For `scheduled`: a 5-field cron expression (`minute hour day-of-month month day-of-week`), e.g. `0 9 * * *`. */
            schedule?: string;
            /** @description For `scheduled`: an IANA time zone (default `UTC`). In a DST gap a run moves to the first valid minute after it; in a repeated hour it runs once. */
            timezone?: string;
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
        WorkflowTrigger: {
            /** @description Available to templates as `{{payload.*}}`. */
            payload?: {
                [key: string]: unknown;
            };
        };
        CatalogTrigger: {
            type: components["schemas"]["TriggerType"];
            description: string;
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
            schedule: string;
            timezone: string;
            next: string[];
        };
        ChannelIdValue: string;
        /** @enum {string} */
        ChannelKind: "slack" | "email" | "webhook";
        Channel: {
            id: components["schemas"]["ChannelIdValue"];
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
            channel_ids?: components["schemas"]["ChannelIdValue"][];
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
        /** @description An incident or workflow the check would have started, and why it did not. */
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
        /**
         * @description What a webhook subscribed to `monitor.down` or `monitor.recovered` receives.
         * @example {
         *       "id": "evt_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
         *       "event": "monitor.down",
         *       "timestamp": "2026-11-23T09:15:00.000Z",
         *       "data": {
         *         "id": "mon_01JD5Q8R1XK2ZP7S0C3V9N4B6M",
         *         "name": "API Health Check",
         *         "url": "https://api.example.com/health",
         *         "method": "GET",
         *         "service_id": null,
         *         "state": "down",
         *         "error": "No response from api.example.com within 30000 ms.",
         *         "error_class": "timeout",
         *         "status_code": null,
         *         "checked_at": "2026-11-23T09:15:00.000Z"
         *       }
         *     }
         */
        MonitorWebhookPayload: {
            /** @example evt_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
            id: string;
            /** @enum {string} */
            event: "monitor.down" | "monitor.recovered";
            /** Format: date-time */
            timestamp: string;
            data: components["schemas"]["MonitorEventData"];
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
            /**
             * @description In draft mode: publish such a draft after this many minutes unless it was resolved or published first; null (default) = a person publishes it.
             * @enum {integer|null}
             */
            auto_publish_delay_minutes: 0 | 5 | 30 | null;
            /** @description After a monitor's incident is resolved, no new incident for that monitor for this long (default 15). */
            cooldown_minutes: number;
            /** @description While a monitor's incident is open, no second one is opened for it (default true). */
            one_open_incident_per_monitor: boolean;
        };
        AutomationSettingsUpdate: {
            draft_mode?: boolean;
            /** @enum {integer|null} */
            auto_publish_delay_minutes?: 0 | 5 | 30 | null;
            cooldown_minutes?: number;
            one_open_incident_per_monitor?: boolean;
        };
    };
    responses: {
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
        /** @example alt_01JD5Q8R1XK2ZP7S0C3V9N4B6M */
        AlertId: components["schemas"]["AlertIdValue"];
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
                 *           "incident": {
                 *             "title": "Database down",
                 *             "severity": "critical"
                 *           }
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
                 *       "name": "#incidents",
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
    receiveRunFailed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunWebhookPayload"];
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
    receiveRunCompleted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunWebhookPayload"];
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
    receiveMonitorDown: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MonitorWebhookPayload"];
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
    receiveMonitorRecovered: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MonitorWebhookPayload"];
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
