import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { createIntegration, RejectionCounter } from "../../domain/integrations.ts";
import { incidentIoCreateIncidentSpec } from "../../workflow/actions/incident_io_create_incident.ts";
import type { ValidationContext } from "../../workflow/types.ts";
import { incidentIoCreateIncidentAction as action } from "./incident_io_create_incident.ts";
import { type Fixture, fixture, issues } from "./test-support.ts";

let f: Fixture;
let connectionId: string;
// A port nothing listens on: incident.io cannot be reached.
const closed = Bun.serve({ hostname: "127.0.0.1", port: 0, fetch: () => new Response("") });
const unreachable = { baseUrl: `http://127.0.0.1:${closed.port}`, allowLoopback: true, timeoutMs: 1_000 };
closed.stop(true);

beforeAll(async () => {
  f = await fixture();
  const c = await createIntegration({ ...f.deps, incidentIo: unreachable, rejections: new RejectionCounter() }, f.human, { kind: "incident_io", name: "x", api_key: "inc_unreachable_key_1234" });
  connectionId = c.id;
});
afterAll(() => f.close());

describe("incident_io_create_incident when incident.io cannot be reached", () => {
  test("a severity name is a clear step error naming what failed", async () => {
    const ctx = f.ctx({}, { deps: { ...f.deps, incidentIo: unreachable } });
    const err = await f.run(action, { connection_id: connectionId, title: "t", severity: "Major" }, ctx).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toStartWith('Could not resolve severity "Major" to an id: incident.io did not answer (connect)');
    expect((err as Error).message).not.toContain("inc_unreachable_key_1234");
  });

  test("an unknown or another organization's connection is a step error", async () => {
    const err = await f.run(action, { connection_id: "int_01JD5Q8R1XK2ZP7S0C3V9N4B6M", title: "t", severity: "Major" }).catch((e: Error) => e);
    expect((err as Error).message).toBe("No integration int_01JD5Q8R1XK2ZP7S0C3V9N4B6M in this organization.");
  });
});

describe("incident_io_create_incident as a definition", () => {
  test("connection_id, title and severity are required; visibility is public or private", () => {
    expect(issues(action, {})).toEqual(expect.arrayContaining([expect.stringMatching(/^connection_id/), expect.stringMatching(/^title/), expect.stringMatching(/^severity/)]));
    expect(issues(action, { connection_id: "chn_x", title: "t", severity: "s" })).toEqual(["connection_id: Must be an integration id (int_…): POST /integrations creates one."]);
    expect(issues(action, { connection_id: connectionId, title: "t", severity: "s", visibility: "secret" })[0]).toStartWith("visibility:");
    expect(issues(action, { connection_id: "{{payload.c}}", title: "{{incident_io.incident.name}}", severity: "{{payload.s}}", visibility: "{{payload.v}}" })).toEqual([]);
  });

  const ctx = (severities: ReturnType<NonNullable<ValidationContext["severities"]>>): ValidationContext => ({
    getWorkflow: async () => null,
    integrationExists: async (id) => id === connectionId,
    severities: () => severities,
  });
  const check = (c: Record<string, unknown>, v: ValidationContext) => incidentIoCreateIncidentSpec.validate!(c, v, "#/actions/0");
  const known = [{ id: "01A", name: "Minor" }, { id: "01B", name: "Major" }];

  test("activation: an unknown name fails when the list was read; unread (null) or templated is left to the step", async () => {
    expect(await check({ connection_id: connectionId, severity: "Sev0" }, ctx(known))).toEqual([
      { in: "body", pointer: "#/actions/0/severity", detail: 'incident.io has no severity "Sev0" for this connection. Its severities: Minor (01A), Major (01B).' },
    ]);
    expect(await check({ connection_id: connectionId, severity: "major" }, ctx(known))).toEqual([]);
    expect(await check({ connection_id: connectionId, severity: "01B" }, ctx(known))).toEqual([]);
    expect(await check({ connection_id: connectionId, severity: "Sev0" }, ctx(null))).toEqual([]);
    expect(await check({ connection_id: connectionId, severity: "{{payload.s}}" }, ctx(known))).toEqual([]);
    expect(await check({ connection_id: "int_01JD5Q8R1XK2ZP7S0C3V9N4B6M", severity: "Major" }, ctx(known))).toEqual([
      { in: "body", pointer: "#/actions/0/connection_id", detail: "No integration int_01JD5Q8R1XK2ZP7S0C3V9N4B6M in this organization." },
    ]);
  });
});
