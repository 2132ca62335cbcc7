import { expect, test } from "bun:test";
import { z } from "zod";
import { zCatalogAction } from "../../generated/zod.gen.ts";
import { ACTIONS } from "./index.ts";

test("lists every action type under its own type", () => {
  expect(Object.keys(ACTIONS)).toEqual([
    "create_incident",
    "update_incident",
    "resolve_incident",
    "add_incident_update",
    "assign_incident",
    "add_label",
    "update_service_status",
    "run_workflow",
    "delay",
    "execute_webhook",
    "acknowledge_alert",
    "page_on_call",
    "send_notification",
    "send_slack_message",
    "send_email",
    "incident_io_create_incident",
    "complete_post_incident_task",
    "attach_postmortem",
  ]);
  for (const [type, m] of Object.entries(ACTIONS)) expect(m.type).toBe(type);
});

test("only the actions that send something call out; every other action writes only Tripwire's own data", () => {
  const external = Object.values(ACTIONS).filter((m) => m.effects === "external").map((m) => m.type);
  expect(external).toEqual(["execute_webhook", "send_notification", "send_slack_message", "send_email", "incident_io_create_incident"]);
});

test("each catalog entry is valid and lists exactly the fields its configuration accepts", () => {
  for (const m of Object.values(ACTIONS)) {
    expect(zCatalogAction.safeParse({ type: m.type, description: m.description, scopes: m.scopes, fields: m.fields }).success).toBe(true);
    const shape = (m.config as unknown as z.ZodObject).shape;
    expect(m.fields.map((f) => f.name).sort()).toEqual(Object.keys(shape).sort());
    for (const f of m.fields) {
      // A field is "required" in the catalog exactly when the schema does not accept it missing.
      expect({ field: `${m.type}.${f.name}`, required: f.required }).toEqual({ field: `${m.type}.${f.name}`, required: !shape[f.name]!.safeParse(undefined).success });
    }
  }
});

test("configurations are strict: a misspelt field is reported, not ignored", () => {
  for (const m of Object.values(ACTIONS)) {
    const r = m.config.safeParse({ definitely_not_a_field: 1 });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.some((i) => i.code === "unrecognized_keys")).toBe(true);
  }
});
