// @ts-check
/** Day and month of an instant in a time zone, as the keys the stores count under. */

/** @type {Map<string, Intl.DateTimeFormat>} */
const formats = new Map();

/**
 * Throws a clear error when `timeZone` is not an IANA zone this Node knows.
 * @param {string} timeZone
 */
export function checkTimeZone(timeZone) {
  try {
    formatFor(timeZone);
  } catch {
    throw new Error(`Unknown time zone "${timeZone}" (expected an IANA name such as Asia/Ho_Chi_Minh)`);
  }
}

/** @param {string} timeZone */
function formatFor(timeZone) {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formats.set(timeZone, format);
  }
  return format;
}

/**
 * The calendar day (`2026-12-06`) and month (`2026-12`) of `now` in `timeZone`.
 * @param {number} now milliseconds since the epoch
 * @param {string} timeZone
 * @returns {{ day: string, month: string }}
 */
export function periodOf(now, timeZone) {
  /** @type {Record<string, string>} */
  const parts = {};
  for (const part of formatFor(timeZone).formatToParts(now)) parts[part.type] = part.value;
  const month = `${parts.year}-${parts.month}`;
  return { day: `${month}-${parts.day}`, month };
}
