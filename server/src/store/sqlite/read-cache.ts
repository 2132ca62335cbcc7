/**
 * A small bounded cache for hot reads. Entries also expire after `ttlMs`, as a backstop should another process
 * ever write the same database file. Values are shared objects, so they are deeply frozen when cached: a caller
 * that tried to change one would throw instead of corrupting every later read (domain code builds new objects for
 * every change). Being immutable, they can also carry their JSON (http/route.ts memoizes it for frozen bodies).
 */
import { freezeDeep } from "../../immutable.ts";

export class ReadCache<T> {
  private entries = new Map<string, { value: T; at: number }>();
  constructor(
    private max = 10_000,
    private ttlMs = 5_000,
  ) {}

  get(key: string): T | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (performance.now() - e.at > this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    return e.value;
  }

  set(key: string, value: T): void {
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { value: freezeDeep(value), at: performance.now() });
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
}

