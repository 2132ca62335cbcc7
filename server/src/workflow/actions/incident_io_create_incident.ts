/**
 * `incident_io_create_incident` as a definition: its configuration schema, catalog fields and activation checks.
 * It runs in engine/actions/incident_io_create_incident.ts (POST /v2/incidents on incident.io).
 *
 * `title` is sent as incident.io's `name` (a step's own `name` keeps its meaning: the step's name). `severity` is a
 * severity of the connection's incident.io organization, by id or by name; at activation a literal one is checked
 * against the list read beforehand (ctx.severities), and left to the step when the list could not be read.
 */
import { z } from "zod";
import type { ActionSpec, ValidationContext } from "../types.ts";
import { enumOrTemplate, isTemplate, requiredText, stringOrTemplate, text } from "./schema.ts";

export const INTEGRATION_ID = /^int_[0-9A-Z]{26}$/;

const config = z.strictObject({
  connection_id: stringOrTemplate((v) => INTEGRATION_ID.test(v), "Must be an integration id (int_…): POST /integrations creates one."),
  title: requiredText(),
  summary: text().nullish(),
  severity: requiredText(),
  visibility: enumOrTemplate(["public", "private"]).nullish(),
});
export type Config = z.infer<typeof config>;

async function validate(c: Record<string, unknown>, ctx: ValidationContext, at: string) {
  const connection = typeof c.connection_id === "string" && !isTemplate(c.connection_id) ? c.connection_id : null;
  if (connection === null) return [];
  if (ctx.integrationExists && !(await ctx.integrationExists(connection))) {
    return [{ in: "body" as const, pointer: `${at}/connection_id`, detail: `No integration ${connection} in this organization.` }];
  }
  const severity = typeof c.severity === "string" && !isTemplate(c.severity) ? c.severity.trim() : null;
  const known = ctx.severities?.(connection);
  if (severity === null || !known) return [];
  if (known.some((s) => s.id === severity || s.name.toLowerCase() === severity.toLowerCase())) return [];
  return [
    {
      in: "body" as const,
      pointer: `${at}/severity`,
      detail: `incident.io has no severity "${severity}" for this connection. Its severities: ${known.map((s) => `${s.name} (${s.id})`).join(", ")}.`,
    },
  ];
}

export const incidentIoCreateIncidentSpec: ActionSpec<Config> = {
  type: "incident_io_create_incident",
  description:
    "Opens an incident in incident.io (POST /v2/incidents) with an integration's API key; the step's idempotency key is incident.io's idempotency_key, so a retried step never opens a second one. Outputs id, name, reference, permalink, severity, visibility, created_at, updated_at.",
  effects: "external",
  scopes: ["integrations:write"],
  config,
  fields: [
    { name: "connection_id", type: "string", required: true, description: "An incident.io integration (int_…); its key needs the Create incidents permission." },
    { name: "title", type: "string", required: true, description: "Sent as incident.io's incident name (templates allowed)." },
    { name: "summary", type: "string", required: false, description: "Sent as incident.io's summary (templates allowed)." },
    { name: "severity", type: "string", required: true, description: "A severity of your incident.io organization, by id or by name (e.g. Major); a literal unknown name fails activation when incident.io can be reached." },
    { name: "visibility", type: "public|private", required: false, description: "Default public." },
  ],
  validate,
};
