import { safeUrl } from '../core/safe-url.js';
import { date, image, text, validateList, type GovDate, type GovImage, type RawRecord } from '../core/validate.js';

/** A news item as pages and feeds give it (JSON). Only `title` is required. */
export interface NewsItemInput {
  title: string;
  url?: string;
  /** ISO 8601, `dd/MM/yyyy` or RFC 822. */
  date?: string;
  summary?: string;
  image?: string | { src: string; alt?: string };
  category?: string;
}

/** A news item after validation: text is trimmed, the URLs passed the allowlist, the date is parsed. */
export interface NewsItem {
  title: string;
  url?: string;
  date?: GovDate;
  summary?: string;
  image?: GovImage;
  category?: string;
}

/** Validates one news item (a zone-less time is read in `timeZone`); returns the reason when it is unusable. */
export function toNewsItem(raw: RawRecord, base: string, timeZone?: string): NewsItem | string {
  const title = text(raw.title);
  if (!title) return 'it has no "title"';
  return {
    title,
    url: safeUrl(raw.url ?? raw.link, base),
    date: date(raw.date, timeZone),
    summary: text(raw.summary),
    image: raw.image === undefined ? undefined : image(raw.image, base),
    category: text(raw.category),
  };
}

/** Validates a news list (an array, `{ items }`, or a parsed feed). */
export function toNewsItems(raw: unknown, base: string, timeZone?: string, tag = 'gov-news-list'): NewsItem[] {
  return validateList(raw, tag, (item) => toNewsItem(item, base, timeZone));
}
