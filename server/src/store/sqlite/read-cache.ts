/**
 * A small bounded cache for hot reads. Entries also expire after `ttlMs`, as a backstop should another process
 * ever write the same database file. Values are shared objects: callers must treat them as read-only (domain code
 * builds new objects for every change).
 */
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
    this.entries.set(key, { value, at: performance.now() });
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
}
