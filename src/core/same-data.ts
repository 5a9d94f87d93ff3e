/** How deep `sameData` looks before it calls two values different (data is never nested this deep). */
const MAX_DEPTH = 32;

function isPlain(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null || Array.isArray(value);
}

/**
 * True when `a` and `b` hold the same data: primitives by value, arrays and plain objects by their
 * contents, dates by their time; any other object only when it is the very same one. Frameworks
 * build a new object literal at every render (`counts={{ … }}` in React), so data set from code is
 * compared by value before it is loaded and rendered again.
 */
export function sameData(a: unknown, b: unknown, depth = 0): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || depth > MAX_DEPTH) return false;
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && Object.is(a.getTime(), b.getTime());
  }
  if (!isPlain(a) || !isPlain(b) || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  return keys.every((k) => Object.prototype.hasOwnProperty.call(y, k) && sameData(x[k], y[k], depth + 1));
}

/** A Lit `hasChanged` for data properties: a value equal to the current one starts no update. */
export function dataChanged(value: unknown, old: unknown): boolean {
  return !sameData(value, old);
}
