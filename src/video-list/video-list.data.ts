import type { Lang } from '../core/i18n.js';
import { safeUrl } from '../core/safe-url.js';
import { date, image, text, validateList, type GovDate, type GovImage, type RawRecord } from '../core/validate.js';
import { hms, parseVideoUrl, youtubeThumbnail, type VideoSource } from './video-url.js';

export type { VideoSource };

/** A video as pages and feeds give it (JSON). `title` and `url` are required. */
export interface VideoItemInput {
  title: string;
  /** A YouTube or Vimeo link, or a direct `.mp4` / `.webm` file. */
  url: string;
  /** An image URL, or `{ src, alt }`. YouTube videos without one use YouTube's own still. */
  thumbnail?: string | { src: string; alt?: string };
  /** `"3:25"`, `"1:02:03"`, seconds (`205` or `"205"`) or ISO 8601 (`"PT3M25S"`). */
  duration?: string | number;
  /** ISO 8601, `dd/MM/yyyy` or RFC 822. */
  date?: string;
  /** Captions for a video file: the URL of a WebVTT file (on the page's own site: browsers load tracks only from there). */
  captions?: string;
  /** The URL of the video's transcript (a page or document), linked under the player. */
  transcript?: string;
}

/** A video after validation: text is trimmed, URLs passed the allowlist, the link is parsed. */
export interface VideoItem {
  title: string;
  /** The link, when it passed the allowlist. */
  url?: string;
  /** How to play it here; `undefined` when the link is not one the element can play. */
  source?: VideoSource;
  thumbnail?: GovImage;
  /** Length in whole seconds. */
  duration?: number;
  date?: GovDate;
  /** The WebVTT captions URL, when it passed the allowlist (a `<track>` of a video file). */
  captions?: string;
  /** The transcript URL, when it passed the allowlist. */
  transcript?: string;
}

/** An `http:` or `https:` URL, or nothing: a `mailto:` or `tel:` link is no captions file. */
const webUrl = (url: string | undefined): string | undefined => (url && /^https?:/i.test(url) ? url : undefined);

const clock = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/;
const iso = /^PT(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/i;

/**
 * A duration in whole seconds from `"3:25"`, `"1:02:03"`, `205`, `"205"` or `"PT3M25S"`;
 * `undefined` for anything else (minutes or seconds past 59 in a clock form, zero, negatives).
 */
export function parseDuration(raw: unknown): number | undefined {
  const t = typeof raw === 'string' ? raw.trim() : '';
  const c = clock.exec(t);
  const m = c && +c[3] < 60 && (!c[1] || +c[2] < 60) ? c : iso.exec(t);
  const s = Math.round(typeof raw === 'number' ? raw : /^\d+(\.\d+)?$/.test(t) ? +t : m ? hms(m) : NaN);
  return s > 0 && s < Infinity ? s : undefined;
}

/** Hours, minutes, seconds. */
const parts = (s: number): number[] => [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60];
const pad = (n: number): string => (n < 10 ? '0' : '') + n;

/** `3:25`, `1:02:03`: the way video sites show a length. */
export function formatClock(seconds: number): string {
  const [h, m, s] = parts(seconds);
  return `${h ? `${h}:${pad(m)}` : m}:${pad(s)}`;
}

/** `PT3M25S`: the machine form, for `<time datetime>`. */
export function isoDuration(seconds: number): string {
  return `PT${parts(seconds)
    .map((n, i) => (n ? n + 'HMS'[i] : ''))
    .join('')}`;
}

const units = ['hour', 'minute', 'second'];
const formats = new Map<string, Intl.NumberFormat>();

/** `3 phút 25 giây` / `3 minutes 25 seconds`: the length as a screen reader should say it (formatters cached). */
export function spokenDuration(seconds: number, lang: Lang): string {
  return parts(seconds)
    .map((n, i) => {
      const key = lang + i;
      let f = formats.get(key);
      if (!f) formats.set(key, (f = new Intl.NumberFormat(lang, { style: 'unit', unit: units[i], unitDisplay: 'long' })));
      return n ? f.format(n) : '';
    })
    .filter(Boolean)
    .join(' ');
}

/** Validates one video; returns the reason when it is unusable. */
export function toVideoItem(raw: RawRecord, base: string, timeZone?: string): VideoItem | string {
  const title = text(raw.title);
  const link = text(raw.url ?? raw.link);
  if (!title || !link) return `it has no "${title ? 'url' : 'title'}"`;
  // A link outside the allowlist (javascript:, data:…) is dropped, and the item shows without it.
  const url = safeUrl(link, base);
  const source = url ? parseVideoUrl(url) : undefined;
  return {
    title,
    url,
    source,
    thumbnail:
      image(raw.thumbnail ?? raw.image, base) ??
      (source?.kind === 'youtube' ? { src: youtubeThumbnail(source.id), alt: '' } : undefined),
    duration: parseDuration(raw.duration),
    date: date(raw.date, timeZone),
    captions: webUrl(safeUrl(text(raw.captions), base)),
    transcript: safeUrl(text(raw.transcript), base),
  };
}

/** Validates a video list (an array, `{ items }`, or a parsed feed). */
export function toVideoItems(raw: unknown, base: string, timeZone?: string, tag = 'gov-video-list'): VideoItem[] {
  return validateList(raw, tag, (item) => toVideoItem(item, base, timeZone));
}
