import { capText } from './bounds.js';
import { GovDataError } from './errors.js';
import { parseDate, type GovDate } from './format.js';
import { safeUrl } from './safe-url.js';

/** A JSON object as it came from the network: nothing about its fields is trusted yet. */
export type RawRecord = Record<string, unknown>;

/** An image reference after validation. */
export interface GovImage {
  src: string;
  alt: string;
  caption?: string;
}

export function isRecord(v: unknown): v is RawRecord {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * A non-empty trimmed string (numbers are accepted as text), or `undefined`. Longer than
 * `TEXT_MAX` (10,000) characters, it is cut and ends with "…": one huge text node can keep the
 * browser busy for seconds.
 */
export function text(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return undefined;
  return capText(v.trim()) || undefined;
}

/** `true` for `true`, `"true"`, `1`, `"1"`. */
export function flag(v: unknown): boolean {
  return v === true || v === 1 || v === 'true' || v === '1';
}

export { parseDate as date };
export type { GovDate };

/** An image given as `"src"` or `{ src, alt, caption }`, with its URL through the allowlist. */
export function image(v: unknown, base: string): GovImage | undefined {
  const o = isRecord(v) ? v : { src: v };
  const src = safeUrl(o.src, base);
  return src ? { src, alt: text(o.alt) ?? '', caption: text(o.caption) } : undefined;
}

/** The item array of a list: the data itself, or its `items` field. */
export function itemsOf(raw: unknown): unknown[] {
  if (Array.isArray(raw)) return raw;
  if (isRecord(raw) && Array.isArray(raw.items)) return raw.items;
  throw new GovDataError('shape', 'Expected an array of items or an object with an "items" array');
}

/**
 * Validates a list: `check` returns the clean item or the reason it is unusable. Unusable items
 * are skipped with a console warning; a non-empty list with no usable item at all is an error.
 */
export function validateList<T>(raw: unknown, tag: string, check: (item: RawRecord) => T | string): T[] {
  const list = itemsOf(raw);
  const out: T[] = [];
  list.forEach((item, i) => {
    const result = isRecord(item) ? check(item) : 'it is not an object';
    if (typeof result === 'string') console.warn(`<${tag}>: item ${i} skipped: ${result}`);
    else out.push(result);
  });
  if (list.length > 0 && out.length === 0) {
    throw new GovDataError('no-items', `None of the ${list.length} items is usable (see the console warnings)`);
  }
  return out;
}
