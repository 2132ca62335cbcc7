/**
 * Error thresholds (issue #14): services report errors (`POST /errors`, 1 to 1,000 at a time) and rules
 * (`/error-rules`) say "more than `threshold` errors of this service (optionally of this fingerprint and/or level)
 * within `window` seconds". Windows are fixed: aligned on multiples of `window` since the Unix epoch, and an error
 * counts in the window it arrives in (its own `timestamp` is informational: a client cannot count into the past).
 *
 * Errors are counted, not stored: one counter per rule for its current window, in this process's memory
 * ({@link ErrorCounter}, bounded: at most MAX_COUNTERS rules are counted at once, the least recently counted is dropped
 * first). The count that goes past the threshold writes `error_threshold_exceeded`, once per (rule, window): the
 * window is recorded in the database in the event's transaction (`error_rule_fires`), so a restart, which starts
 * counting from zero, never fires a window that already fired. With several processes behind a load balancer each
 * counts its own share (a rule fires when one process saw more than the threshold); a counter shared through the
 * database can replace the in-memory one behind the same interface.
 *
 * The event's `data` holds the rule's fields and the crossing at the top:
 * `{ id, name, service_id, threshold, window_seconds, fingerprint, level, message, timestamp, count, window_start,
 * window_end }` — `fingerprint`, `level`, `message` and `timestamp` are those of the error that went past the
 * threshold.
 */
import { iso } from "../clock.ts";
import { ApiError } from "../errors.ts";
import { newId } from "../ids.ts";
import type { ErrorRuleRecord, PageQuery } from "../store/types.ts";
import type { ErrorLevel, ErrorReport, ErrorRule, FieldError } from "../types.ts";
import type { Actor, Deps } from "./context.ts";
import { recordEvent } from "./events.ts";

export interface ErrorRuleDeps extends Deps {
  dev: boolean;
}

/** Counts per rule and window. `add` returns the count after adding, and whether the window was already settled. */
export interface ErrorCounter {
  add(ruleId: string, windowStartMs: number, n: number): { count: number; settled: boolean };
  /** The window's firing was decided (fired now, or had fired before): no need to ask the database again. */
  settle(ruleId: string, windowStartMs: number): void;
  forget(ruleId: string): void;
}

export const MAX_COUNTERS = 100_000;

/** The in-memory counter: one entry per rule (its current window), least recently counted dropped beyond `max`. */
export class MemoryErrorCounter implements ErrorCounter {
  private entries = new Map<string, { windowStartMs: number; count: number; settled: boolean }>();
  constructor(private max = MAX_COUNTERS) {}

  add(ruleId: string, windowStartMs: number, n: number) {
    let e = this.entries.get(ruleId);
    if (e === undefined || e.windowStartMs !== windowStartMs) e = { windowStartMs, count: 0, settled: false };
    // Re-inserting keeps the Map in least-recently-counted order, so the first key is the one to drop.
    this.entries.delete(ruleId);
    this.entries.set(ruleId, e);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
    e.count += n;
    return { count: e.count, settled: e.settled };
  }
  settle(ruleId: string, windowStartMs: number) {
    const e = this.entries.get(ruleId);
    if (e && e.windowStartMs === windowStartMs) e.settled = true;
  }
  forget(ruleId: string) {
    this.entries.delete(ruleId);
  }
  get size() {
    return this.entries.size;
  }
}

const field = (pointer: string, detail: string): FieldError => ({ in: "body", pointer, detail });
export const MIN_WINDOW = 60;
const RULES_TTL_MS = 5_000;

export interface ErrorRuleInput {
  name?: string | null | undefined;
  service_id?: string | undefined;
  threshold?: number | undefined;
  window?: number | undefined;
  fingerprint?: string | null | undefined;
  level?: ErrorLevel | null | undefined;
}

export interface Crossing {
  rule_id: string;
  count: number;
  window_start: string;
}

const view = ({ organization_id: _o, ...rule }: ErrorRuleRecord): ErrorRule => rule;

/**
 * Rules, their CRUD and the ingest. Rules are cached per organization (grouped by service) for a few seconds, and
 * dropped from the cache at once when this process changes them.
 */
export class ErrorMonitor {
  private rules = new Map<string, { atMs: number; byService: Map<string, ErrorRuleRecord[]> }>();
  constructor(
    private deps: ErrorRuleDeps,
    private counter: ErrorCounter = new MemoryErrorCounter(),
  ) {}

  private async rulesOf(orgId: string): Promise<Map<string, ErrorRuleRecord[]>> {
    const now = this.deps.clock.now();
    const hit = this.rules.get(orgId);
    if (hit && now - hit.atMs < RULES_TTL_MS) return hit.byService;
    const byService = new Map<string, ErrorRuleRecord[]>();
    for (const r of await this.deps.store.errorRules.all(orgId)) byService.set(r.service_id, [...(byService.get(r.service_id) ?? []), r]);
    if (this.rules.size > 10_000) this.rules.clear();
    this.rules.set(orgId, { atMs: now, byService });
    return byService;
  }

  private async check(actor: Actor, r: Omit<ErrorRuleRecord, "id" | "created_at" | "updated_at" | "organization_id">, input: ErrorRuleInput): Promise<void> {
    const errors: FieldError[] = [];
    const min = this.deps.dev ? 1 : MIN_WINDOW;
    if (r.window < min) errors.push(field("#/window", `Must be from ${min} to 86400 seconds${this.deps.dev ? "" : " (from 1 in development mode)"}; got ${r.window}.`));
    if (input.service_id !== undefined && !(await this.deps.store.services.get(actor.orgId, r.service_id))) {
      errors.push(field("#/service_id", `No service ${r.service_id} in this organization.`));
    }
    if (errors.length) throw ApiError.validation(errors);
  }

  async create(actor: Actor, input: ErrorRuleInput & { service_id: string; threshold: number; window: number }): Promise<ErrorRule> {
    const fields = { name: input.name ?? null, service_id: input.service_id, threshold: input.threshold, window: input.window, fingerprint: input.fingerprint ?? null, level: input.level ?? null };
    await this.check(actor, fields, input);
    const now = iso(this.deps.clock.now());
    const rule: ErrorRuleRecord = { id: newId("erl"), organization_id: actor.orgId, ...fields, created_at: now, updated_at: now };
    await this.deps.store.transaction((tx) => tx.errorRules.create(rule));
    this.rules.delete(actor.orgId);
    return view(rule);
  }

  async get(actor: Actor, id: string): Promise<ErrorRule> {
    const r = await this.deps.store.errorRules.get(actor.orgId, id);
    if (!r) throw ApiError.notFound("error rule", id);
    return view(r);
  }

  async list(actor: Actor, page: PageQuery) {
    const p = await this.deps.store.errorRules.list(actor.orgId, page);
    return { items: p.items.map(view), nextAfter: p.nextAfter };
  }

  async update(actor: Actor, id: string, input: ErrorRuleInput): Promise<ErrorRule> {
    const before = await this.deps.store.errorRules.get(actor.orgId, id);
    if (!before) throw ApiError.notFound("error rule", id);
    const after: ErrorRuleRecord = { ...before };
    for (const k of ["name", "service_id", "threshold", "window", "fingerprint", "level"] as const) {
      if (input[k] !== undefined) (after as unknown as Record<string, unknown>)[k] = input[k];
    }
    await this.check(actor, after, input);
    after.updated_at = iso(this.deps.clock.now());
    await this.deps.store.transaction(async (tx) => {
      if (!(await tx.errorRules.get(actor.orgId, id))) throw ApiError.notFound("error rule", id);
      await tx.errorRules.update(after);
    });
    this.rules.delete(actor.orgId);
    this.counter.forget(id);
    return view(after);
  }

  async delete(actor: Actor, id: string): Promise<void> {
    await this.deps.store.transaction(async (tx) => {
      if (!(await tx.errorRules.get(actor.orgId, id))) throw ApiError.notFound("error rule", id);
      await tx.errorRules.delete(actor.orgId, id);
    });
    this.rules.delete(actor.orgId);
    this.counter.forget(id);
  }

  /** Counts a batch against the organization's rules; writes `error_threshold_exceeded` for each window crossed. */
  async ingest(actor: Actor, errors: ErrorReport[]): Promise<{ accepted: number; fired: Crossing[] }> {
    const services = [...new Set(errors.map((e) => e.service_id))];
    const known = await this.deps.store.services.existing(actor.orgId, services);
    const unknown: FieldError[] = [];
    errors.forEach((e, i) => {
      if (!known.has(e.service_id)) unknown.push(field(`#/errors/${i}/service_id`, `No service ${e.service_id} in this organization.`));
    });
    if (unknown.length) throw ApiError.validation(unknown.slice(0, 20));

    const byService = await this.rulesOf(actor.orgId);
    const nowMs = this.deps.clock.now();
    const candidates: { rule: ErrorRuleRecord; count: number; windowStartMs: number; error: ErrorReport }[] = [];
    for (const e of errors) {
      const rules = byService.get(e.service_id);
      if (rules === undefined) continue;
      const level = e.level ?? "error";
      for (const rule of rules) {
        if (rule.fingerprint !== null && rule.fingerprint !== e.fingerprint) continue;
        if (rule.level !== null && rule.level !== level) continue;
        const windowMs = rule.window * 1000;
        const windowStartMs = nowMs - (nowMs % windowMs);
        const { count, settled } = this.counter.add(rule.id, windowStartMs, 1);
        if (count > rule.threshold && !settled && !candidates.some((c) => c.rule.id === rule.id)) candidates.push({ rule, count, windowStartMs, error: e });
      }
    }
    if (candidates.length === 0) return { accepted: errors.length, fired: [] };

    const fired = await this.deps.store.transaction(async (tx) => {
      const out: Crossing[] = [];
      for (const { rule, count, windowStartMs, error } of candidates) {
        const at = iso(nowMs);
        if (!(await tx.errorRules.markFired(actor.orgId, rule.id, windowStartMs, count, at))) continue;
        const windowStart = iso(windowStartMs);
        await recordEvent(tx, actor, nowMs, "error_threshold_exceeded", { type: "error_rule", id: rule.id }, {
          id: rule.id,
          name: rule.name,
          service_id: rule.service_id,
          threshold: rule.threshold,
          window_seconds: rule.window,
          fingerprint: error.fingerprint,
          level: error.level ?? "error",
          message: error.message,
          timestamp: error.timestamp ?? at,
          count,
          window_start: windowStart,
          window_end: iso(windowStartMs + rule.window * 1000),
        });
        out.push({ rule_id: rule.id, count, window_start: windowStart });
      }
      return out;
    });
    for (const c of candidates) this.counter.settle(c.rule.id, c.windowStartMs);
    return { accepted: errors.length, fired };
  }
}
