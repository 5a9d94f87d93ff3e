import { safeUrl } from '../core/safe-url.js';
import { date, isRecord, text, validateList, type GovDate, type RawRecord } from '../core/validate.js';

/** A picture as pages give it (JSON). `src` and `alt` are required. */
export interface PhotoItemInput {
  /** The thumbnail (and the large picture when there is no `full`). */
  src: string;
  /** Text equivalent of the picture: what it shows, for visitors who cannot see it. */
  alt: string;
  /** Shown under the large picture. */
  caption?: string;
  /** ISO 8601, `dd/MM/yyyy` or RFC 822. */
  date?: string;
  /** A larger version for the lightbox. */
  full?: string;
  /** The album the picture belongs to: pictures of one album are shown together under its name. */
  album?: string;
}

/** A photo library as pages give it: `{ title, items }`, or the items alone. */
export interface PhotoGalleryInput {
  /** The library's name, shown as the heading when the page sets none. */
  title?: string;
  items: PhotoItemInput[];
}

/** A picture after validation: text trimmed, URLs through the allowlist, the date parsed. */
export interface PhotoItem {
  src: string;
  alt: string;
  caption?: string;
  date?: GovDate;
  full?: string;
  album?: string;
}

/** A photo library after validation. */
export interface PhotoGallery {
  title?: string;
  items: PhotoItem[];
}

/**
 * Validates one picture (a zone-less time is read in `timeZone`); returns the reason when it is
 * unusable. A feed item (RSS/Atom) has no `src` or `alt`: its picture (`image`) and its title stand
 * in for them.
 */
export function toPhotoItem(raw: RawRecord, base: string, timeZone?: string): PhotoItem | string {
  const given = raw.src ?? raw.image;
  if (text(given) === undefined) return 'it has no "src"';
  const src = safeUrl(given, base);
  if (!src) return 'its "src" is not an allowed picture URL (http:, https: or a relative URL)';
  const alt = text(raw.alt) ?? (raw.src === undefined ? text(raw.title) : undefined);
  if (!alt) {
    return 'it has no "alt" text: portal accessibility rules require a text equivalent for every picture (WCAG 1.1.1)';
  }
  return {
    src,
    alt,
    caption: text(raw.caption) ?? (raw.src === undefined ? text(raw.summary) : undefined),
    date: date(raw.date, timeZone),
    full: safeUrl(raw.full, base),
    album: text(raw.album),
  };
}

/** Validates a photo library: `{ title, items }`, an array of pictures, or a parsed feed. */
export function toPhotoGallery(raw: unknown, base: string, timeZone?: string, tag = 'gov-photo-gallery'): PhotoGallery {
  const items = validateList(raw, tag, (item) => toPhotoItem(item, base, timeZone));
  return { title: isRecord(raw) ? text(raw.title) : undefined, items };
}
