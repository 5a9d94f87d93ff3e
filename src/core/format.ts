import type { Lang } from './i18n.js';

/**
 * A parsed date. `dateOnly` dates are calendar dates (`2020-03-31`, `31/03/2020`): they are kept at
 * UTC midnight and always shown in UTC, so no time zone can move them to another day.
 */
export interface GovDate {
  readonly time: Date;
  readonly dateOnly: boolean;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const vnDate = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function calendar(y: number, m: number, d: number): GovDate | undefined {
  const time = new Date(Date.UTC(y, m - 1, d));
  const ok = time.getUTCFullYear() === y && time.getUTCMonth() === m - 1 && time.getUTCDate() === d;
  return ok ? { time, dateOnly: true } : undefined;
}

/**
 * Parses ISO 8601 (`2020-03-31`, `2020-03-31T08:00:00+07:00`), `dd/MM/yyyy` (optionally with
 * `HH:mm`, read as the visitor's local time) and RFC 822 (`Tue, 31 Mar 2020 08:00:00 +0700`).
 * Returns `undefined` for anything else, including impossible dates such as `31/02/2020`.
 */
export function parseDate(raw: unknown): GovDate | undefined {
  if (typeof raw !== 'string') return undefined;
  const s = raw.trim();
  let m = isoDate.exec(s);
  if (m) return calendar(+m[1], +m[2], +m[3]);
  m = vnDate.exec(s);
  if (m) {
    const day = calendar(+m[3], +m[2], +m[1]);
    if (!day || m[4] === undefined) return day;
    return { time: new Date(+m[3], +m[2] - 1, +m[1], +m[4], +m[5], +(m[6] ?? 0)), dateOnly: false };
  }
  // ISO timestamps and RFC 822 are both read by the engine; bare numbers and words are not dates.
  if (!/^\d{4}-\d{2}-\d{2}T/.test(s) && !/^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}/.test(s)) return undefined;
  const time = new Date(s);
  return Number.isNaN(time.getTime()) ? undefined : { time, dateOnly: false };
}

const locales: Record<Lang, string> = { vi: 'vi-VN', en: 'en-US' };
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}

const zones = new Map<string, boolean>();

/**
 * A valid IANA zone name or `undefined`, so a typo in `time-zone` falls back to the visitor's zone.
 * Checked once per name (the check builds an Intl formatter; dates are formatted per item).
 */
function zone(timeZone: string | undefined): string | undefined {
  if (!timeZone) return undefined;
  let valid = zones.get(timeZone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone });
      valid = true;
    } catch {
      valid = false;
    }
    zones.set(timeZone, valid);
  }
  return valid ? timeZone : undefined;
}

/** `31/03/2020` (vi) or `3/31/2020` (en); timestamps in `timeZone` or the visitor's zone. */
export function formatDate(date: GovDate, lang: Lang, timeZone?: string): string {
  const tz = date.dateOnly ? 'UTC' : zone(timeZone);
  const f = cached(
    `d|${lang}|${tz ?? ''}`,
    () =>
      new Intl.DateTimeFormat(locales[lang], {
        day: lang === 'vi' ? '2-digit' : 'numeric',
        month: lang === 'vi' ? '2-digit' : 'numeric',
        year: 'numeric',
        timeZone: tz,
      }),
  ) as Intl.DateTimeFormat;
  return f.format(date.time);
}

/** The `YYYY-MM-DD` machine form, for `<time datetime>`. */
export function isoDay(date: GovDate, timeZone?: string): string {
  if (date.dateOnly) return date.time.toISOString().slice(0, 10);
  const f = cached(
    `iso|${zone(timeZone) ?? ''}`,
    () => new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: zone(timeZone) }),
  ) as Intl.DateTimeFormat;
  return f.format(date.time);
}

/** `1.116.844` (vi) or `1,116,844` (en). */
export function formatNumber(n: number, lang: Lang): string {
  return (cached(`n|${lang}`, () => new Intl.NumberFormat(locales[lang])) as Intl.NumberFormat).format(n);
}

/** The calendar day of `now` in `timeZone` (or the visitor's zone), as `YYYY-MM-DD`. */
function today(now: Date, timeZone?: string): string {
  return isoDay({ time: now, dateOnly: false }, timeZone);
}

/** True once `date` is over: a calendar date lasts until the end of that day. */
export function isPast(date: GovDate, now: Date, timeZone?: string): boolean {
  return date.dateOnly ? today(now, timeZone) > isoDay(date) : now.getTime() > date.time.getTime();
}

/** Whole days from `date` to `now` (0 = today), by calendar day. */
export function daysSince(date: GovDate, now: Date, timeZone?: string): number {
  const a = Date.parse(isoDay(date, timeZone));
  const b = Date.parse(today(now, timeZone));
  return Math.round((b - a) / 86_400_000);
}
