import type { Lang } from '../core/i18n.js';
import { safeUrl } from '../core/safe-url.js';
import { date, image, text, validateList, type GovDate, type GovImage, type RawRecord } from '../core/validate.js';
import { parseVideoUrl, youtubeThumbnail, type VideoSource } from './video-url.js';

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
}

const clock = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/;
const iso = /^PT(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/i;

/**
 * A duration in whole seconds from `"3:25"`, `"1:02:03"`, `205`, `"205"` or `"PT3M25S"`;
 * `undefined` for anything else (minutes or seconds past 59 in a clock form, zero, negatives).
 */
export function parseDuration(raw: unknown): number | undefined {
  let seconds: number | undefined;
  if (typeof raw === 'number') seconds = raw;
  else if (typeof raw === 'string') {
    const s = raw.trim();
    const c = clock.exec(s);
    const i = iso.exec(s);
    if (/^\d+(?:\.\d+)?$/.test(s)) seconds = Number(s);
    else if (c) {
      const [h, m, sec] = [Number(c[1] ?? 0), Number(c[2]), Number(c[3])];
      if (sec < 60 && (c[1] === undefined || m < 60)) seconds = h * 3600 + m * 60 + sec;
    } else if (i) seconds = Number(i[1] ?? 0) * 3600 + Number(i[2] ?? 0) * 60 + Number(i[3] ?? 0);
  }
  if (seconds === undefined || !Number.isFinite(seconds)) return undefined;
  const whole = Math.round(seconds);
  return whole > 0 ? whole : undefined;
}

function parts(seconds: number): [number, number, number] {
  return [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60];
}

/** `3:25`, `1:02:03`: the way video sites show a length. */
export function formatClock(seconds: number): string {
  const [h, m, s] = parts(seconds);
  const ss = String(s).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** `PT3M25S`: the machine form, for `<time datetime>`. */
export function isoDuration(seconds: number): string {
  const [h, m, s] = parts(seconds);
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s ? `${s}S` : ''}`;
}

const units = new Map<string, Intl.NumberFormat>();

/** `3 phút 25 giây` / `3 minutes 25 seconds`: the length as a screen reader should say it. */
export function spokenDuration(seconds: number, lang: Lang): string {
  const names = ['hour', 'minute', 'second'] as const;
  return parts(seconds)
    .map((n, i) => {
      if (!n) return '';
      const key = `${lang}|${names[i]}`;
      let f = units.get(key);
      if (!f) units.set(key, (f = new Intl.NumberFormat(lang, { style: 'unit', unit: names[i], unitDisplay: 'long' })));
      return f.format(n);
    })
    .filter(Boolean)
    .join(' ');
}

/** Validates one video; returns the reason when it is unusable. */
export function toVideoItem(raw: RawRecord, base: string): VideoItem | string {
  const title = text(raw.title);
  if (!title) return 'it has no "title"';
  const link = text(raw.url ?? raw.link);
  if (!link) return 'it has no "url"';
  // A link outside the allowlist (javascript:, data:…) is dropped, and the item shows without it.
  const url = safeUrl(link, base);
  const source = url ? parseVideoUrl(url) : undefined;
  const thumb = raw.thumbnail ?? raw.image;
  let thumbnail = thumb === undefined ? undefined : image(thumb, base);
  if (!thumbnail && source?.kind === 'youtube') thumbnail = { src: youtubeThumbnail(source.id), alt: '' };
  return { title, url, source, thumbnail, duration: parseDuration(raw.duration), date: date(raw.date) };
}

/** Validates a video list (an array, `{ items }`, or a parsed feed). */
export function toVideoItems(raw: unknown, base: string, tag = 'gov-video-list'): VideoItem[] {
  return validateList(raw, tag, (item) => toVideoItem(item, base));
}
