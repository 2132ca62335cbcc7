import { describe, expect, test } from "bun:test";
import { zIncident, zService, zTriggerType } from "../generated/zod.gen.ts";
import type { TriggerType } from "../types.ts";
import { buildScope, COMMON_VARIABLES, isListedPath, OPERATORS, resolvePath, TRIGGERS } from "./catalog.ts";
import { isKnownVariable } from "./templates.ts";

const ALL = zTriggerType.options;
const INCIDENT: TriggerType[] = ["incident.created", "incident.updated", "incident.resolved", "incident.published"];
const MONITOR_WITH_URL: TriggerType[] = ["uptime.down", "uptime.recovered"];
const MONITOR: TriggerType[] = [...MONITOR_WITH_URL, "heartbeat.missed"];
const WITH_SERVICE: TriggerType[] = [...INCIDENT, "service.status_changed", "alert.fired", "alert.resolved", ...MONITOR, "error_threshold_exceeded"];
const NOW = Date.UTC(2026, 10, 23, 9, 15);
const extras = { workflow: { id: "wfl_A", name: "Escalate" }, runId: "run_1", nowMs: NOW };

describe("TRIGGERS", () => {
  test("has a spec for every trigger type of the contract, and nothing else", () => {
    expect(Object.keys(TRIGGERS).sort()).toEqual([...ALL].sort());
    for (const type of ALL) expect(TRIGGERS[type].type).toBe(type);
  });

  test.each([
    ["incident.created", true],
    ["incident.updated", true],
    ["incident.resolved", true],
    ["incident.published", true],
    ["service.status_changed", true],
    ["scheduled", true],
    ["manual", true],
    ["alert.fired", true],
    ["alert.resolved", true],
    ["uptime.down", true],
    ["uptime.recovered", true],
    ["heartbeat.missed", false],
    ["error_threshold_exceeded", false],
  ] as const)("%s fires: %p", (type, fires) => {
    expect(TRIGGERS[type].fires).toBe(fires);
  });

  test.each(ALL)("%s lists the common variables and a description", (type) => {
    for (const v of COMMON_VARIABLES) expect(TRIGGERS[type].variables).toContain(v);
    expect(TRIGGERS[type].description.length).toBeGreaterThan(10);
  });

  // The template variables, each with the triggers that carry it.
  const carriers: [string, readonly TriggerType[]][] = [
    ["incident.title", INCIDENT],
    ["incident.severity", INCIDENT],
    ["incident.status", INCIDENT],
    ["incident.id", INCIDENT],
    ["incident.source", INCIDENT],
    ["incident.visibility", INCIDENT],
    ["service.id", WITH_SERVICE],
    ["service.name", WITH_SERVICE],
    ["monitor.name", MONITOR],
    ["monitor.url", MONITOR_WITH_URL],
    ["monitor.service_id", MONITOR],
    ["alert.message", ["alert.fired", "alert.resolved"]],
    ["timestamp", ALL],
    ["workflow.name", ALL],
    ["run.id", ALL],
    ["payload.anything.nested", ["manual"]],
  ];
  for (const [variable, triggers] of carriers) {
    test.each(ALL)(`{{${variable}}} is known for %s exactly when that trigger carries it`, (type) => {
      expect(isKnownVariable(variable, TRIGGERS[type], [])).toBe(triggers.includes(type));
    });
  }

  test.each(ALL)("every variable and field of %s resolves in its sample scope", (type) => {
    const spec = TRIGGERS[type];
    const scope = spec.sampleScope(NOW);
    for (const path of [...spec.variables, ...spec.fields]) {
      if (path.endsWith(".*")) {
        const obj = resolvePath(scope, path.slice(0, -2));
        expect({ path, isObject: typeof obj === "object" && obj !== null }).toEqual({ path, isObject: true });
      } else {
        expect({ path, defined: resolvePath(scope, path) !== undefined }).toEqual({ path, defined: true });
      }
    }
  });

  test.each(INCIDENT)("the %s sample holds a contract-valid incident and service", (type) => {
    const scope = TRIGGERS[type].sampleScope(NOW);
    expect(zIncident.safeParse(scope.incident).success).toBe(true);
    expect(zService.safeParse(scope.service).success).toBe(true);
    expect(scope.timestamp).toBe("2026-11-23T09:15:00.000Z");
  });

  test("the incident.updated sample says what changed; incident.created's is a draft", () => {
    expect(resolvePath(TRIGGERS["incident.updated"].sampleScope(NOW), "changes.status.to")).toBe("identified");
    expect(TRIGGERS["incident.created"].sampleScope(NOW).visibility).toBe("draft");
  });

  test("conditions on the documented fields are known for incident triggers only", () => {
    for (const field of ["severity", "visibility", "service.name", "incident.title"]) {
      expect(isListedPath(field, TRIGGERS["incident.created"].fields)).toBe(true);
      expect(isListedPath(field, TRIGGERS.scheduled.fields)).toBe(false);
    }
    expect(isListedPath("changes.status.to", TRIGGERS["incident.updated"].fields)).toBe(true);
    expect(isListedPath("changes.status.to", TRIGGERS["incident.created"].fields)).toBe(false);
  });
});

test("OPERATORS are the contract's eight", () => {
  expect([...OPERATORS]).toEqual(["equals", "not_equals", "contains", "not_contains", "greater_than", "less_than", "in", "not_in"]);
});

describe("isListedPath", () => {
  const listed = ["incident.title", "incident.severity", "service.name", "changes.*", "timestamp"];
  test.each([
    ["incident.title", true, "listed exactly"],
    ["timestamp", true, "listed exactly at the top"],
    ["incident", true, "an object holding listed paths"],
    ["service", true, "an object holding listed paths"],
    ["changes", true, "the wildcard's own object"],
    ["changes.status", true, "under a wildcard"],
    ["changes.status.to", true, "deep under a wildcard"],
    ["incident.titel", false, "a typo"],
    ["incident.title.length", false, "below a listed leaf"],
    ["incid", false, "a partial segment"],
    ["changesx", false, "a longer name sharing the wildcard's prefix"],
    ["incident..title", false, "an empty segment"],
    ["incident title", false, "a space"],
    ["", false, "empty"],
  ])("%p → %p (%s)", (path, known) => {
    expect(isListedPath(path, listed)).toBe(known);
  });
});

describe("resolvePath", () => {
  const scope = { a: { b: [10, { c: "x" }], n: null }, top: 0 };
  test.each([
    ["top", 0],
    ["a.b.0", 10],
    ["a.b.1.c", "x"],
    ["a.n", null],
    ["a.n.deeper", undefined],
    ["a.missing", undefined],
    ["a.b.5", undefined],
    ["a.constructor", undefined],
    ["top.toString", undefined],
    ["__proto__", undefined],
  ])("%s → %p", (path, expected) => {
    expect(resolvePath(scope, path)).toEqual(expected);
  });
});

describe("buildScope", () => {
  const incident = { id: "inc_1", title: "Checkout down", severity: "critical", visibility: "draft", status: "identified" };
  const service = { id: "svc_1", name: "checkout-production" };

  test("incident.updated: incident fields at the top and under incident, the given service, changes, common keys", () => {
    const scope = buildScope(
      "incident.updated",
      { id: "evt_1", type: "incident.updated", data: { incident, changes: { status: { from: "investigating", to: "identified" } } } },
      { ...extras, service },
    );
    expect(scope).toEqual({
      ...incident,
      incident,
      service,
      changes: { status: { from: "investigating", to: "identified" } },
      timestamp: "2026-11-23T09:15:00.000Z",
      workflow: { id: "wfl_A", name: "Escalate" },
      run: { id: "run_1" },
      steps: {},
    });
  });

  test("incident.created has no changes and a null service when none was looked up", () => {
    const scope = buildScope("incident.created", { id: "evt_1", type: "incident.created", data: { incident } }, extras);
    expect(scope.service).toBeNull();
    expect("changes" in scope).toBe(false);
    expect(scope.visibility).toBe("draft");
  });

  test("incident.updated without changes in the data gets an empty changes object", () => {
    const scope = buildScope("incident.updated", { id: null, type: "incident.updated", data: { incident } }, extras);
    expect(scope.changes).toEqual({});
  });

  test("service.status_changed: service fields at the top, previous and new status", () => {
    const scope = buildScope(
      "service.status_changed",
      { id: "evt_2", type: "service.status_changed", data: { service: { ...service, status: "major_outage" }, previous_status: "operational", status: "major_outage" } },
      extras,
    );
    expect(scope).toMatchObject({ name: "checkout-production", id: "svc_1", previous_status: "operational", status: "major_outage" });
    expect(resolvePath(scope, "service.name")).toBe("checkout-production");
  });

  test.each([
    ["alert.fired", { alert: { id: "alt_1", message: "5xx", severity: "critical" } }, "alert", "message", "5xx"],
    ["uptime.down", { monitor: { id: "mon_1", name: "API", url: "https://x" } }, "monitor", "url", "https://x"],
    ["uptime.down", { id: "mon_1", name: "API", url: "https://x", error: "timeout" }, "monitor", "error", "timeout"],
    ["uptime.recovered", { id: "mon_1", name: "API", url: "https://x", service_id: "svc_1" }, "monitor", "service_id", "svc_1"],
    ["heartbeat.missed", { monitor: { id: "mon_2", name: "cron", last_ping_at: "2026-11-23T08:00:00Z" } }, "monitor", "name", "cron"],
    ["error_threshold_exceeded", { error: { count: 120, threshold: 100 } }, "error", "count", 120],
  ] as const)("%s: its resource under its name and at the top", (type, data, key, field, value) => {
    const scope = buildScope(type, { id: null, type, data: structuredClone(data) as Record<string, unknown> }, extras);
    expect(resolvePath(scope, `${key}.${field}`)).toEqual(value);
    expect(scope[field]).toEqual(value);
    expect(scope.run).toEqual({ id: "run_1" });
  });

  test("uptime.down takes the event's service unless the caller supplies one", () => {
    const own = { id: "svc_own", name: "own" };
    const data = { monitor: { id: "mon_1" }, service: own };
    expect(buildScope("uptime.down", { id: null, type: "uptime.down", data }, extras).service).toEqual(own);
    expect(buildScope("uptime.down", { id: null, type: "uptime.down", data }, { ...extras, service }).service).toEqual(service);
    expect(buildScope("uptime.down", { id: null, type: "uptime.down", data: { monitor: {} } }, extras).service).toBeNull();
  });

  test("scheduled and manual keep only their own object", () => {
    const sched = buildScope("scheduled", { id: null, type: "scheduled", data: { schedule: { cron: "0 9 * * *" } } }, extras);
    expect(sched).toEqual({ schedule: { cron: "0 9 * * *" }, timestamp: "2026-11-23T09:15:00.000Z", workflow: extras.workflow, run: { id: "run_1" }, steps: {} });
    const manual = buildScope("manual", { id: null, type: "manual", data: { payload: { who: "ops" }, stray: 1 } }, extras);
    expect(manual.payload).toEqual({ who: "ops" });
    expect("stray" in manual).toBe(false);
  });

  test.each(ALL)("%s survives malformed data without throwing", (type) => {
    const scope = buildScope(type, { id: null, type, data: { incident: "nope", alert: [1], monitor: null, payload: 3 } }, extras);
    expect(scope.timestamp).toBe("2026-11-23T09:15:00.000Z");
  });

  test("the scope is a copy: changing it leaves the event's data alone", () => {
    const data = { incident: { id: "inc_1", labels: ["a"] } };
    const scope = buildScope("incident.created", { id: null, type: "incident.created", data }, extras);
    (scope.incident as { labels: string[] }).labels.push("b");
    expect(data.incident.labels).toEqual(["a"]);
  });
});
