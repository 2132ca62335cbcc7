/**
 * What a workflow's actions name in the organization (channels, escalation policies, members, services), read from
 * each action spec's `references`. Pure. Activation checks that each literal one exists (workflow/validate.ts);
 * deleting a channel, policy or member that an active workflow names is refused (domain/workflow-refs.ts).
 * Templated values are only known at run time and are left out.
 */
import type { Action } from "../types.ts";
import { hasTemplate, pointerToken } from "./templates.ts";
import type { ActionSpec, RefKind } from "./types.ts";

export interface Reference {
  kind: RefKind;
  value: string;
  /** e.g. `#/actions/1/channel_id`, `#/actions/0/service_ids/2`. */
  pointer: string;
  /** The action's type. */
  type: string;
}

const literal = (v: unknown): v is string => typeof v === "string" && v.trim() !== "" && !hasTemplate(v);

export function references(actions: readonly Action[], specs: Record<string, ActionSpec>): Reference[] {
  const out: Reference[] = [];
  for (const [i, action] of actions.entries()) {
    const spec = Object.hasOwn(specs, action.type) ? specs[action.type] : undefined;
    for (const { field, kind } of spec?.references ?? []) {
      const at = `#/actions/${i}/${pointerToken(field)}`;
      const value = (action as Record<string, unknown>)[field];
      if (literal(value)) out.push({ kind, value: value.trim(), pointer: at, type: action.type });
      else if (Array.isArray(value)) {
        for (const [j, item] of value.entries()) if (literal(item)) out.push({ kind, value: item.trim(), pointer: `${at}/${j}`, type: action.type });
      }
    }
  }
  return out;
}
