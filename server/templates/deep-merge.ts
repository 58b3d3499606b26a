/** Keys never copied by a merge, so data cannot reach an object's prototype. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** True for `{…}` objects (JSON objects), false for arrays, null, dates and class instances. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function mergeTwo(
  target: Record<string, unknown>,
  source: Record<string, unknown>,
): Record<string, unknown> {
  for (const [key, value] of Object.entries(source)) {
    if (UNSAFE_KEYS.has(key) || value === undefined) continue;
    const current = target[key];
    target[key] =
      isPlainObject(current) && isPlainObject(value)
        ? mergeTwo({ ...current }, value)
        : structuredClone(value);
  }
  return target;
}

/**
 * Merges plain objects left to right into a new object; later values win. Nested plain objects
 * merge key by key; arrays and every other value replace what was there. Inputs are not changed.
 */
export function deepMerge(...layers: Record<string, unknown>[]): Record<string, unknown> {
  let merged: Record<string, unknown> = {};
  for (const layer of layers) merged = mergeTwo(merged, layer);
  return merged;
}
