import { daysSince, isoDay, isPast } from '../core/format.js';
import { safeUrl } from '../core/safe-url.js';
import { date, flag, text, validateList, type GovDate } from '../core/validate.js';

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

/** Validates a notice list (an array, `{ items }`, or a parsed RSS/Atom feed); notices without a title are skipped. */
export const toNoticeItems = (raw: unknown, base: string, timeZone?: string): NoticeItem[] =>
  validateList(raw, 'gov-notice-board', (r) => {
    const title = text(r.title);
    return title
      ? {
          title,
          url: safeUrl(r.url ?? r.link, base),
          date: date(r.date, timeZone),
          expires: date(r.expires, timeZone),
          pinned: flag(r.pinned),
          important: flag(r.important),
        }
      : 'it has no "title"';
  });

/** Sort key: newest first, undated last (below any real date, which is within ±8.64e15 ms). */
const time = (n: NoticeItem): number => +(n.date?.time ?? -9e15);

/**
 * What the board shows at `now`: unexpired notices, pinned first, then newest first (undated ones
 * last, ties in source order), cut to `limit` (0: all), each flagged new when dated within
 * `newDays` days (today counts as the first; 0: no badges) in `timeZone` (the visitor's when unset).
 */
export const arrangeNotices = (
  items: readonly NoticeItem[],
  now: Date,
  timeZone?: string,
  limit = 0,
  newDays = 0,
): NoticeView[] =>
  items
    .filter((n) => !n.expires || !isPast(n.expires, now, timeZone))
    .sort((a, b) => +b.pinned - +a.pinned || time(b) - time(a))
    .slice(0, limit > 0 ? limit : undefined)
    // A date "in the future" counts as new: a notice dated today in Vietnam is still tomorrow for a visitor abroad.
    .map((item) => ({ item, isNew: newDays > 0 && !!item.date && daysSince(item.date, now, timeZone) < newDays }));

/**
 * Milliseconds from `now` until what the board shows may change by itself: the next expiry
 * timestamp, or the next midnight in `timeZone` when a calendar-date expiry or a "Mới" badge
 * depends on the day. `undefined` when nothing will change.
 */
export function nextChange(items: readonly NoticeItem[], now: Date, timeZone?: string, newDays = 0): number | undefined {
  let wait = Infinity;
  let daily = false;
  for (const { date, expires } of items) {
    daily ||= !!expires?.dateOnly || (newDays > 0 && !!date);
    const left = expires && !expires.dateOnly ? +expires.time - +now + 1 : 0;
    if (left > 0) wait = Math.min(wait, left);
  }
  if (daily) {
    // Midnight is on a quarter hour in every zone: step to the first one that is another day there.
    const day = (t: number): string => isoDay({ time: new Date(t), dateOnly: false }, timeZone);
    const today = day(+now);
    let t = +now - (+now % 9e5);
    while (day((t += 9e5)) === today);
    wait = Math.min(wait, t - +now);
  }
  return wait < Infinity ? wait : undefined;
}
