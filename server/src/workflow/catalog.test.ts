import { describe, expect, test } from "bun:test";
import { zIncidentEventData, zService, zServiceStatusChangedEventData, zTriggerType } from "../generated/zod.gen.ts";
import type { TriggerType } from "../types.ts";
import { buildScope, COMMON_VARIABLES, eventServiceRef, isListedPath, OPERATORS, resolvePath, TRIGGERS, triggerAccepts, triggerOfEvent } from "./catalog.ts";
import { isKnownVariable } from "./templates.ts";

const ALL = zTriggerType.options;
const INCIDENT_EVENTS: TriggerType[] = ["incident.created", "incident.updated", "incident.resolved", "incident.published"];
const POST_INCIDENT: TriggerType[] = ["post_incident.entered", "post_incident.status_changed", "post_incident.task_completed", "post_incident.task_assigned"];
/** Every trigger that carries an incident (`incident.closed` holds its fields at the top of data; the scope has them under `incident` too). */
const INCIDENT: TriggerType[] = [...INCIDENT_EVENTS, "incident.closed", ...POST_INCIDENT];
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
    ["incident.closed", true],
    ["post_incident.entered", true],
    ["post_incident.status_changed", true],
    ["post_incident.task_completed", true],
    ["post_incident.task_assigned", true],
    ["uptime.down", true],
    ["uptime.recovered", true],
    ["heartbeat.missed", true],
    ["error_threshold_exceeded", true],
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
    ["post_incident.status", POST_INCIDENT],
    ["task.title", ["post_incident.task_completed", "post_incident.task_assigned"]],
    ["task.completed_by.reason", ["post_incident.task_completed"]],
    ["opt_out_reason", ["incident.closed"]],
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

  test.each(INCIDENT)("the %s sample holds a contract-valid incident (with services by name) and service", (type) => {
    const scope = TRIGGERS[type].sampleScope(NOW);
    expect(zIncidentEventData.safeParse(scope.incident).success).toBe(true);
    expect(resolvePath(scope, "incident.services")).toEqual(["Checkout API (production)"]);
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
      { id: "evt_1", type: "incident.updated", data: { ...incident, changes: { status: { from: "investigating", to: "identified" } } } },
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
    const scope = buildScope("incident.created", { id: "evt_1", type: "incident.created", data: { ...incident } }, extras);
    expect(scope.service).toBeNull();
    expect("changes" in scope).toBe(false);
    expect(scope.visibility).toBe("draft");
  });

  test("incident.updated without changes in the data gets an empty changes object", () => {
    const scope = buildScope("incident.updated", { id: null, type: "incident.updated", data: { ...incident } }, extras);
    expect(scope.changes).toEqual({});
  });

  test("service.status_changed: service fields at the top, previous and new status", () => {
    const scope = buildScope(
      "service.status_changed",
      { id: "evt_2", type: "service.status_changed", data: { ...service, status: "major_outage", previous_status: "operational", new_status: "major_outage" } },
      extras,
    );
    expect(scope).toMatchObject({ name: "checkout-production", id: "svc_1", previous_status: "operational", new_status: "major_outage", status: "major_outage" });
    expect(resolvePath(scope, "service.name")).toBe("checkout-production");
  });

  describe("data in the documented shape (the resource's own fields at the top) and in the earlier nested shape", () => {
    const changes = { status: { from: "investigating", to: "identified" } };
    test("incident.updated: the same scope, whichever shape; changes and test are not incident fields", () => {
      const flat = { ...incident, services: ["API", "Database"], changes, test: true };
      const nested = { incident: { ...incident, services: ["API", "Database"] }, changes };
      const a = buildScope("incident.updated", { id: "evt_1", type: "incident.updated", data: flat }, { ...extras, service });
      const b = buildScope("incident.updated", { id: "evt_1", type: "incident.updated", data: nested }, { ...extras, service });
      expect(a).toEqual(b);
      expect(a.incident).toEqual({ ...incident, services: ["API", "Database"] });
      expect(resolvePath(a, "incident.title")).toBe("Checkout down");
      expect(a.changes).toEqual(changes);
      expect(a.severity).toBe("critical");
    });
    test("service.status_changed: new_status (and status) beside the service's fields", () => {
      const data = { ...service, status: "major_outage", previous_status: "operational", new_status: "major_outage" };
      const scope = buildScope("service.status_changed", { id: "evt_2", type: "service.status_changed", data }, extras);
      expect(scope).toMatchObject({ id: "svc_1", name: "checkout-production", previous_status: "operational", new_status: "major_outage", status: "major_outage" });
      expect(scope.service).toEqual({ ...service, status: "major_outage" });
      // The earlier shape (`status` beside a nested service) gives the same variables.
      const old = buildScope("service.status_changed", { id: "evt_2", type: "service.status_changed", data: { service: { ...service, status: "major_outage" }, previous_status: "operational", status: "major_outage" } }, extras);
      expect(old).toEqual(scope);
    });
    test("alert.fired: the alert at the top, its service beside it", () => {
      const alert = { id: "alt_1", title: "5xx", severity: "critical", service_id: "svc_1" };
      const scope = buildScope("alert.fired", { id: null, type: "alert.fired", data: { ...alert, service } }, extras);
      expect(scope.alert).toEqual(alert);
      expect(scope.service).toEqual(service);
      expect(scope.title).toBe("5xx");
    });
    test("eventServiceRef: the service carried, else the first service id to look up, else null", () => {
      expect(eventServiceRef("alert.fired", { id: "alt_1", service })).toEqual({ service });
      expect(eventServiceRef("incident.created", { id: "inc_1", service_ids: ["svc_9", "svc_8"] })).toEqual({ id: "svc_9" });
      expect(eventServiceRef("post_incident.entered", { incident: { service_ids: ["svc_7"] } })).toEqual({ id: "svc_7" });
      expect(eventServiceRef("uptime.down", { id: "mon_1", service_id: "svc_6" })).toEqual({ id: "svc_6" });
      expect(eventServiceRef("heartbeat.missed", { id: "hbt_1", service_id: "svc_5" })).toEqual({ id: "svc_5" });
      expect(eventServiceRef("alert.fired", { id: "alt_2", service: null, service_id: null })).toBeNull();
      expect(eventServiceRef("alert.fired", { id: "alt_3", service: null, service_id: "svc_4" })).toBeNull();
      expect(eventServiceRef("incident.created", { id: "inc_2", service_ids: [] })).toBeNull();
    });
    test("eventServiceRef follows the catalog's carries: triggers that carry no service look nothing up", () => {
      for (const type of Object.keys(TRIGGERS) as (keyof typeof TRIGGERS)[]) {
        const ref = eventServiceRef(type, { id: "x_1", service_id: "svc_3" });
        expect({ type, ref }).toEqual({ type, ref: TRIGGERS[type].carries.includes("service") ? { id: "svc_3" } : null });
      }
      expect(eventServiceRef("run.failed", { incident: { service_ids: ["svc_2"] } })).toBeNull();
    });
    test("the service.status_changed sample scope holds what its events carry (the documented schema)", () => {
      const scope = TRIGGERS["service.status_changed"].sampleScope(NOW);
      expect(zServiceStatusChangedEventData.safeParse({ ...(scope.service as object), previous_status: scope.previous_status, new_status: scope.new_status }).success).toBe(true);
    });
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

describe("incident_io.incident", () => {
  const data = { event_type: "public_incident.incident_updated_v2", connection_id: "int_A", incident: { id: "01X", name: "DB sad", severity: { name: "Major" } } };
  test("both incident.io events feed the one trigger; other events keep their own name", () => {
    expect(triggerOfEvent("incident_io.incident_created")).toBe("incident_io.incident");
    expect(triggerOfEvent("incident_io.incident_updated")).toBe("incident_io.incident");
    expect(triggerOfEvent("incident.created")).toBe("incident.created");
    expect(triggerOfEvent("incident_io.incident")).toBe("incident_io.incident");
    expect(triggerOfEvent("member.created")).toBeNull();
  });
  test("connection_id and events narrow what the trigger takes; other triggers take everything of their type", () => {
    const updated = { type: "incident_io.incident_updated", data };
    expect(triggerAccepts({ type: "incident_io.incident" }, updated)).toBe(true);
    expect(triggerAccepts({ type: "incident_io.incident", connection_id: "int_A" }, updated)).toBe(true);
    expect(triggerAccepts({ type: "incident_io.incident", connection_id: "int_B" }, updated)).toBe(false);
    expect(triggerAccepts({ type: "incident_io.incident", events: ["created"] }, updated)).toBe(false);
    expect(triggerAccepts({ type: "incident_io.incident", events: ["created", "updated"] }, updated)).toBe(true);
    expect(triggerAccepts({ type: "incident_io.incident", events: ["created"] }, { ...updated, type: "incident_io.incident_created" })).toBe(true);
    expect(triggerAccepts({ type: "incident.created" }, { type: "incident.created", data: {} })).toBe(true);
  });
  test("the scope is normalized to incident_io.{event_type, event, connection_id, incident, fetch_error}", () => {
    const scope = buildScope("incident_io.incident", { id: "evt_1", type: "incident_io.incident_updated", data }, { workflow: { id: "wfl_1", name: "w" }, runId: "run_1", nowMs: NOW });
    expect(scope.incident_io).toEqual({ event_type: "public_incident.incident_updated_v2", event: "updated", connection_id: "int_A", incident: data.incident, fetch_error: null });
    expect(resolvePath(scope, "incident_io.incident.severity.name")).toBe("Major");
    expect(isListedPath("incident_io.incident.severity.name", TRIGGERS["incident_io.incident"].fields)).toBe(true);
    expect(isListedPath("incident_io.incident.sevrity.name", TRIGGERS["incident_io.incident"].fields)).toBe(false);
    expect(isListedPath("incident_io.incident.custom_field_entries.0.values", TRIGGERS["incident_io.incident"].variables)).toBe(true);
  });
});

describe("post-incident scopes", () => {
  test("incident.closed: the incident's own fields are the data; a refreshed incident under `incident` wins", () => {
    const closed = { id: "inc_1", title: "Old title", status: "closed", severity: "major", service_ids: [], opt_out_reason: "dup", flow_id: "pif_1" };
    const scope = buildScope("incident.closed", { id: "evt_1", type: "incident.closed", data: closed }, extras);
    expect(scope).toMatchObject({ title: "Old title", incident: { id: "inc_1", title: "Old title" }, opt_out_reason: "dup", flow_id: "pif_1" });
    expect((scope.incident as Record<string, unknown>).opt_out_reason).toBeUndefined();
    const refreshed = buildScope("incident.closed", { id: "evt_1", type: "incident.closed", data: { ...closed, incident: { ...closed, title: "New title" } } }, extras);
    expect(refreshed).toMatchObject({ title: "New title", incident: { title: "New title" }, opt_out_reason: "dup" });
  });

  test("task triggers: the task, its status as post_incident.status, and the incident", () => {
    const data = { id: "pit_1", kind: "custom", title: "Thank the team", post_incident_status: "Reviewing", status: "done", incident: { id: "inc_1", severity: "critical" } };
    const scope = buildScope("post_incident.task_completed", { id: "evt_1", type: "post_incident.task_completed", data }, extras);
    expect(scope).toMatchObject({ severity: "critical", task: { id: "pit_1", title: "Thank the team" }, post_incident: { status: "Reviewing" }, incident: { id: "inc_1" } });
    expect((scope.task as Record<string, unknown>).incident).toBeUndefined();
  });
});
