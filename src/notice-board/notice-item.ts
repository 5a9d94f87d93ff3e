import { daysSince, isPast } from '../core/format.js';
import { safeUrl } from '../core/safe-url.js';
import { date, flag, text, validateList, type GovDate, type RawRecord } from '../core/validate.js';

/** A notice as pages and feeds give it (JSON). Only `title` is required. */
export interface NoticeItemInput {
  title: string;
  url?: string;
  /** Publication date: ISO 8601, `dd/MM/yyyy` or RFC 822. Drives the order and the "Mới" badge. */
  date?: string;
  /** Last day (or moment) the notice is shown; a calendar date lasts until the end of that day. */
  expires?: string;
  /** Pinned notices come first. `true`, `"true"`, `1` or `"1"`. */
  pinned?: boolean | string | number;
  /** Marked "Quan trọng" / "Important", visibly and for screen readers. */
  important?: boolean | string | number;
}

/** A notice after validation: text is trimmed, the URL passed the allowlist, the dates are parsed. */
export interface NoticeItem {
  title: string;
  url?: string;
  date?: GovDate;
  expires?: GovDate;
  pinned: boolean;
  important: boolean;
}

/** A notice as the board shows it at a given moment. */
export interface NoticeView {
  item: NoticeItem;
  /** Dated within the last `new-days` days: gets the "Mới" / "New" badge. */
  isNew: boolean;
}

/** Validates one notice; returns the reason when it is unusable. */
export function toNoticeItem(raw: RawRecord, base: string): NoticeItem | string {
  const title = text(raw.title);
  if (!title) return 'it has no "title"';
  return {
    title,
    url: safeUrl(raw.url ?? raw.link, base),
    date: date(raw.date),
    expires: date(raw.expires),
    pinned: flag(raw.pinned),
    important: flag(raw.important),
  };
}

/** Validates a notice list (an array, `{ items }`, or a parsed RSS/Atom feed). */
export function toNoticeItems(raw: unknown, base: string): NoticeItem[] {
  return validateList(raw, 'gov-notice-board', (item) => toNoticeItem(item, base));
}

export interface ArrangeOptions {
  /** The moment to judge expiry and newness against. */
  now: Date;
  /** IANA zone whose calendar day "today" is; the visitor's when unset. */
  timeZone?: string;
  /** The most notices shown (0 or less: all). */
  limit?: number;
  /** Notices dated within this many days (today counts as the first) are new; 0: no badges. */
  newDays?: number;
}

/**
 * What the board shows: unexpired notices, pinned first, then newest first (undated ones last,
 * ties in source order), cut to `limit`, each flagged new or not.
 */
export function arrangeNotices(items: readonly NoticeItem[], options: ArrangeOptions): NoticeView[] {
  const { now, timeZone, limit = 0, newDays = 0 } = options;
  const shown = items
    .filter((item) => !item.expires || !isPast(item.expires, now, timeZone))
    .map((item, index) => ({ item, index }))
    .sort((a, b) => {
      if (a.item.pinned !== b.item.pinned) return a.item.pinned ? -1 : 1;
      const ta = a.item.date?.time.getTime() ?? -Infinity;
      const tb = b.item.date?.time.getTime() ?? -Infinity;
      return ta === tb ? a.index - b.index : tb - ta;
    });
  const cut = limit > 0 ? shown.slice(0, Math.floor(limit)) : shown;
  // A date "in the future" counts as new: a notice dated today in Vietnam is still tomorrow for a visitor abroad.
  return cut.map(({ item }) => ({
    item,
    isNew: newDays > 0 && item.date !== undefined && daysSince(item.date, now, timeZone) < newDays,
  }));
}

const clocks = new Map<string, Intl.DateTimeFormat>();

/** Milliseconds from `now` to the next midnight in `timeZone` (or the visitor's zone). */
function untilMidnight(now: Date, timeZone?: string): number {
  let clock = clocks.get(timeZone ?? '');
  if (!clock) {
    const options: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23' };
    try {
      clock = new Intl.DateTimeFormat('en-GB', { ...options, timeZone });
    } catch {
      clock = new Intl.DateTimeFormat('en-GB', options); // an unknown zone: the visitor's, as format.ts does
    }
    clocks.set(timeZone ?? '', clock);
  }
  const part = (type: string): number => Number(clock.formatToParts(now).find((p) => p.type === type)?.value ?? 0);
  const elapsed = ((part('hour') * 60 + part('minute')) * 60 + part('second')) * 1000 + now.getMilliseconds();
  return Math.max(1, 86_400_000 - elapsed);
}

/**
 * Milliseconds from `now` until what the board shows may change by itself: the next expiry
 * timestamp, or the next midnight when a calendar-date expiry or a "Mới" badge depends on the day.
 * `undefined` when nothing will change.
 */
export function nextChange(items: readonly NoticeItem[], now: Date, timeZone?: string, newDays = 0): number | undefined {
  let wait = Infinity;
  let daily = false;
  for (const item of items) {
    if (item.expires?.dateOnly) daily = true;
    else if (item.expires && item.expires.time.getTime() >= now.getTime()) {
      wait = Math.min(wait, item.expires.time.getTime() - now.getTime() + 1);
    }
    if (newDays > 0 && item.date) daily = true;
  }
  if (daily) wait = Math.min(wait, untilMidnight(now, timeZone));
  return Number.isFinite(wait) ? wait : undefined;
}
