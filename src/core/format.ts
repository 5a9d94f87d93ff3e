import { formatsOf, type Lang } from './i18n.js';

/**
 * A parsed date. `dateOnly` dates are calendar dates (`2020-03-31`, `31/03/2020`): they are kept at
 * UTC midnight and always shown in UTC, so no time zone can move them to another day.
 */
export interface GovDate {
  readonly time: Date;
  readonly dateOnly: boolean;
}

const DATE_ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})/;
const DATE_DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/;
const DATE_RFC = /^(\d{1,2})\s+(\p{L}{3,})\.?,?\s+(\d{4}|\d{2})(?!\d)/u;
/** A time after the date: `T10:30`, ` 10:30:00.123`, `, 10:30`, ` - 10h30`. */
const TIME = /(?:T|\s*[\s,-]\s*)(\d{1,2})[:h](\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?/y;
/** A zone: `Z`, `+07:00`, `+0700`, `GMT`, `GMT+7`, `(GMT+7)`, `UTC+07:00`, `EST`… */
const ZONE = /^\s*\(?(?:(Z|UTC?|GMT|[A-Z]{3,4})?\s*(?:([+-])(\d{1,2})(?::?(\d{2}))?)?)\)?$/;
/** A leading weekday and its comma: "Thứ hai, ", "Chủ nhật, ", "Tue, ", "Sunday ". */
const WEEKDAY = /^\p{L}+(?:\s\p{L}+)?,?\s+(?=\d)/u;
const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
/** Hours from UTC of the zone names RFC 822 allows, and Indochina Time. */
const NAMED_ZONES: Record<string, number> = { EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7, ICT: 7 };

/** Validates a calendar day; `undefined` for `31/02` and the like, which `Date.UTC` would roll over. */
function calendar(y: number, m: number, d: number): GovDate | undefined {
  const time = new Date(Date.UTC(y, m - 1, d));
  time.setUTCFullYear(y); // years 0–99 are taken as 1900–1999 by Date.UTC
  const ok = time.getUTCFullYear() === y && time.getUTCMonth() === m - 1 && time.getUTCDate() === d;
  return ok ? { time, dateOnly: true } : undefined;
}

/** Milliseconds `timeZone` is ahead of UTC at the instant `t`, asked of Intl. */
function exactOffset(t: number, timeZone: string): number {
  const f = cached(
    `off|${timeZone}`,
    () =>
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      }),
  ) as Intl.DateTimeFormat;
  const p: Record<string, number> = {};
  for (const { type, value } of f.formatToParts(t)) p[type] = +value;
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(t / 1000) * 1000;
}

/** `zone|year` → the zone's offset all that year, or `null` when it changes (summer time). */
const steadyOffsets = new Map<string, number | null>();

/**
 * Milliseconds `timeZone` is ahead of UTC at `t`. A zone without summer time (Asia/Ho_Chi_Minh)
 * has one offset all year: known after two Intl calls per year, a feed of 5,000 zone-less times
 * costs no more Intl work than one.
 */
function offsetAt(t: number, timeZone: string): number {
  const year = new Date(t).getUTCFullYear();
  const key = `${timeZone}|${year}`;
  let steady = steadyOffsets.get(key);
  if (steady === undefined) {
    const [jan, jul] = [exactOffset(Date.UTC(year, 0, 1), timeZone), exactOffset(Date.UTC(year, 6, 1), timeZone)];
    steadyOffsets.set(key, (steady = jan === jul ? jan : null));
  }
  return steady ?? exactOffset(t, timeZone);
}

/** The instant of a wall-clock time (as UTC fields in `wall`) in `timeZone`. */
function inZone(wall: number, timeZone: string): number {
  const first = wall - offsetAt(wall, timeZone);
  const second = wall - offsetAt(first, timeZone);
  return second === first ? first : Math.max(first, second); // a time skipped by a DST change moves forward
}

/**
 * Parses the date forms feeds and CMSs write (docs/feeds.md lists them): ISO 8601 (`2020-03-31`,
 * `2020-03-31T08:00:00+07:00`, `2020-03-31 08:00:00`), `dd/MM/yyyy` (also with `-` or `.`, a time,
 * a zone such as `GMT+7`, and a leading weekday such as "Thứ hai,") and RFC 822
 * (`Tue, 31 Mar 2020 08:00:00 +0700`, two-digit years, full day and month names, `GMT+7`).
 * A time without a zone is read in `timeZone` (an IANA name), or the visitor's zone without one.
 * Returns `undefined` for anything else, including impossible dates and times (`31/02/2020`,
 * `28/02/2020 25:99`): they are invalid, never rolled over to another day.
 */
export function parseDate(raw: unknown, timeZone?: string): GovDate | undefined {
  if (typeof raw !== 'string') return undefined;
  const s = raw.trim().replace(WEEKDAY, '');
  let y: number, mo: number, d: number;
  let m: RegExpExecArray | null;
  let at: number;
  if ((m = DATE_ISO.exec(s))) [y, mo, d, at] = [+m[1], +m[2], +m[3], m[0].length];
  else if ((m = DATE_DMY.exec(s))) [y, mo, d, at] = [+m[3], +m[2], +m[1], m[0].length];
  else if ((m = DATE_RFC.exec(s))) {
    const name = m[2].toLowerCase();
    mo = MONTHS.indexOf(name.slice(0, 3)) + 1;
    // "Dec", "December", "Sept" and "Dec." name a month; "Decoy" does not.
    if (!mo || !'january february march april may june july august september october november december'.includes(name)) {
      return undefined;
    }
    y = m[3].length === 2 ? (+m[3] < 50 ? 2000 : 1900) + +m[3] : +m[3];
    [d, at] = [+m[1], m[0].length];
  } else return undefined;
  const day = calendar(y, mo, d);
  if (!day) return undefined;
  TIME.lastIndex = at;
  const t = TIME.exec(s);
  const z = ZONE.exec(t ? s.slice(TIME.lastIndex) : s.slice(at));
  if (!z) return undefined; // trailing words: not a date this reader knows
  if (!t) return day; // a calendar date: any zone after it says nothing about the day
  const [h, min, sec] = [+t[1], +t[2], +(t[3] ?? 0)];
  if (h > 23 || min > 59 || sec > 59) return undefined;
  const wall = day.time.getTime() + ((h * 60 + min) * 60 + sec) * 1000 + +(t[4] ?? '0').padEnd(3, '0').slice(0, 3);
  const [, name, sign, zh, zm] = z;
  let time: number;
  if (name || sign) {
    const hours = name && name !== 'Z' && !/^(UTC?|GMT)$/.test(name) ? NAMED_ZONES[name] : 0;
    if (hours === undefined || +(zh ?? 0) > 14 || +(zm ?? 0) > 59) return undefined;
    const offset = hours * 60 + (sign === '-' ? -1 : 1) * (+(zh ?? 0) * 60 + +(zm ?? 0));
    time = wall - offset * 60_000;
  } else {
    const tz = zone(timeZone);
    time = tz ? inZone(wall, tz) : new Date(y, mo - 1, d, h, min, sec, wall % 1000).getTime();
  }
  return { time: new Date(time), dateOnly: false };
}

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

/**
 * `31/03/2020` (vi), `31 March 2020` (en: the month named, so no reader takes 4 October for
 * 10 April), or a registered language's own form; timestamps in `timeZone` or the visitor's zone.
 */
export function formatDate(date: GovDate, lang: Lang, timeZone?: string): string {
  const tz = date.dateOnly ? 'UTC' : zone(timeZone);
  const { locale, dateStyle } = formatsOf(lang);
  const numeric = dateStyle === 'numeric';
  const f = cached(
    `d|${locale}|${dateStyle}|${tz ?? ''}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        day: numeric ? '2-digit' : 'numeric',
        month: numeric ? '2-digit' : 'long',
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

/** `1.116.844` (vi) or `1,116,844` (en), or as a registered language's locale groups digits. */
export function formatNumber(n: number, lang: Lang): string {
  const { locale } = formatsOf(lang);
  return (cached(`n|${locale}`, () => new Intl.NumberFormat(locale)) as Intl.NumberFormat).format(n);
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
