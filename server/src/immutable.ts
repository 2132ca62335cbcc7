/**
 * Values frozen all the way down, and a way to tell them apart: a value that passed through {@link freezeDeep} can
 * never change, so whatever is derived from it (its JSON) can be kept with it. `Object.isFrozen` alone says nothing
 * about what the value contains.
 */
const deeplyFrozen = new WeakSet<object>();

/** Freezes a plain JSON-like value and everything in it, and remembers that it did. */
export function freezeDeep<T>(value: T): T {
  if (typeof value === "object" && value !== null && !deeplyFrozen.has(value)) {
    for (const v of Object.values(value)) freezeDeep(v);
    Object.freeze(value);
    deeplyFrozen.add(value);
  }
  return value;
}

export function isFrozenDeep(value: unknown): value is object {
  return typeof value === "object" && value !== null && deeplyFrozen.has(value);
}
