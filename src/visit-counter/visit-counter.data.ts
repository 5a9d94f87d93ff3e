import { GovDataError } from '../core/errors.js';
import { isRecord } from '../core/validate.js';

/** The four figures of a portal's visit counter, in display order. */
export const countFields = ['online', 'today', 'month', 'total'] as const;

/** One of the counter's figures. */
export type CountField = (typeof countFields)[number];

/**
 * Counts as pages and servers give them: non-negative integers, as numbers or as digit strings
 * (`"552"`, or grouped as on a portal page: `"1.116.844"`, `"1,116,844"`).
 */
export type VisitCountsInput = Partial<Record<CountField, number | string | null>>;

/** Counts after validation: a field is absent when its value was missing or unusable. */
export type VisitCounts = Partial<Record<CountField, number>>;

/** Digits, or digits grouped by threes with one separator used throughout (`.`, `,`, space or no-break space). */
const grouped = /^\d{1,3}(?:([.,\u00a0\u202f ])\d{3})?(?:\1\d{3})*$/;

/** A non-negative safe integer from a number or a digit string; `undefined` for anything else. */
export function count(v: unknown): number | undefined {
  let n: number | undefined;
  if (typeof v === 'number') n = v;
  else if (typeof v === 'string') {
    const s = v.trim();
    if (/^\d+$/.test(s)) n = Number(s);
    else if (grouped.test(s)) n = Number(s.replace(/\D/g, ''));
  }
  return n !== undefined && Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

/** Shortens a value for a console message, so a hostile or huge one does not flood the console. */
function show(v: unknown): string {
  const s = typeof v === 'string' ? JSON.stringify(v) : String(v);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/**
 * Validates counts. A field that is present but not a non-negative integer is dropped with a
 * console warning (and shown as "—"); `null` or an absent field is simply missing. Data that is not
 * an object, or an object without a single usable count, is an error.
 */
export function toVisitCounts(raw: unknown, tag = 'gov-visit-counter'): VisitCounts {
  if (!isRecord(raw)) {
    throw new GovDataError(
      'shape',
      `Expected an object { online, today, month, total }, got ${Array.isArray(raw) ? 'an array' : typeof raw}`,
    );
  }
  const out: VisitCounts = {};
  for (const field of countFields) {
    const value = raw[field];
    if (value === undefined || value === null) continue;
    const n = count(value);
    if (n === undefined) console.warn(`<${tag}>: "${field}" ignored: ${show(value)} is not a non-negative integer`);
    else out[field] = n;
  }
  if (Object.keys(out).length === 0) {
    throw new GovDataError('shape', 'None of online, today, month, total is a non-negative integer');
  }
  return out;
}
