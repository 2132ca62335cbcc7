/**
 * Adding an event type touches four places in openapi.yaml: the `EventType` enum, a `<Name>Payload` schema whose
 * `event` is that type, its entry in `WebhookPayload.oneOf`, and its line in `WebhookPayload.discriminator.mapping`.
 * `eventTypeProblems` says, one line each, what is missing or disagrees; scripts/gen.ts refuses to generate (and
 * `gen:check` fails) while there is any. (The sample per type is enforced by the compiler: the switch in
 * server/src/outbound/sample-events.ts covers every EventType.)
 */
interface Schema {
  enum?: string[];
  oneOf?: { $ref?: string }[];
  discriminator?: { propertyName?: string; mapping?: Record<string, string> };
  properties?: Record<string, { const?: unknown }>;
}

const PREFIX = "#/components/schemas/";

export function eventTypeProblems(spec: { components?: { schemas?: Record<string, Schema> } }): string[] {
  const schemas = spec.components?.schemas ?? {};
  const types = schemas.EventType?.enum;
  const payload = schemas.WebhookPayload;
  if (!types) return ["components.schemas.EventType has no enum of event types."];
  if (!payload?.oneOf || !payload.discriminator?.mapping) return ["components.schemas.WebhookPayload needs a oneOf and a discriminator mapping (one payload schema per event type)."];
  const problems: string[] = [];
  if (payload.discriminator.propertyName !== "event") problems.push(`WebhookPayload's discriminator.propertyName is ${JSON.stringify(payload.discriminator.propertyName)}, not "event".`);
  const mapping = payload.discriminator.mapping;
  const oneOf = payload.oneOf.map((r) => r.$ref ?? "(a oneOf entry without $ref)");
  for (const type of types) {
    if (!Object.hasOwn(mapping, type)) problems.push(`Event type ${type} (EventType enum) has no line in WebhookPayload.discriminator.mapping: add \`${type}: "${PREFIX}<Name>Payload"\`.`);
  }
  for (const [type, ref] of Object.entries(mapping)) {
    if (!types.includes(type)) problems.push(`WebhookPayload.discriminator.mapping names ${type}, which is not in the EventType enum.`);
    if (!oneOf.includes(ref)) problems.push(`WebhookPayload.discriminator.mapping sends ${type} to ${ref}, which is not in WebhookPayload.oneOf.`);
    const schema = ref.startsWith(PREFIX) ? schemas[ref.slice(PREFIX.length)] : undefined;
    if (!schema) problems.push(`WebhookPayload.discriminator.mapping sends ${type} to ${ref}, which is not a schema in components.schemas.`);
    else if (schema.properties?.event?.const !== type) {
      problems.push(`${ref.slice(PREFIX.length)} (mapped from ${type}) must have \`event: { const: ${type} }\`; it has ${JSON.stringify(schema.properties?.event?.const)}.`);
    }
  }
  const mapped = new Set(Object.values(mapping));
  for (const [i, ref] of oneOf.entries()) {
    if (!mapped.has(ref)) problems.push(`WebhookPayload.oneOf lists ${ref}, which no event type maps to in WebhookPayload.discriminator.mapping.`);
    if (oneOf.indexOf(ref) !== i) problems.push(`WebhookPayload.oneOf lists ${ref} twice.`);
  }
  return problems;
}
