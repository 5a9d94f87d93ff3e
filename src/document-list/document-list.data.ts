import { isoDay } from '../core/format.js';
import { safeUrl } from '../core/safe-url.js';
import { date, isRecord, text, validateList, type GovDate, type RawRecord } from '../core/validate.js';

/** The legal status of a document (Nghị định 42/2022/NĐ-CP, "tình trạng hiệu lực"). */
export type DocumentStatus = 'effective' | 'expired' | 'partly-expired' | 'not-yet';

const STATUSES: readonly string[] = ['effective', 'expired', 'partly-expired', 'not-yet'];

/** An attached file as pages give it: `url` is required; `size` in bytes (or text such as `"1,2 MB"`). */
export interface DocumentFileInput {
  url: string;
  name?: string;
  size?: number | string;
  /** `PDF`, `DOCX`…; read from the URL's extension when absent. */
  format?: string;
}

/** A document as pages and feeds give it (JSON). `number` (số, ký hiệu) and `title` (trích yếu) are required. */
export interface DocumentItemInput {
  /** Số, ký hiệu, e.g. `01/2026/QĐ-UBND`. */
  number: string;
  /** Trích yếu: what the document is about. */
  title: string;
  /** Loại văn bản: `Quyết định`, `Kế hoạch`, `Công văn`… */
  type?: string;
  /** Cơ quan ban hành. */
  issuer?: string;
  /** Người ký. */
  signer?: string;
  /** Ngày ban hành: ISO 8601, `dd/MM/yyyy` or RFC 822. */
  issued?: string;
  /** Ngày có hiệu lực. */
  effective?: string;
  /** Ngày hết hiệu lực; a calendar date lasts until the end of that day. */
  expires?: string;
  /** Given status; computed from the dates when absent. */
  status?: DocumentStatus;
  /** The document's own page. */
  url?: string;
  files?: DocumentFileInput[];
}

/** A file after validation: its URL passed the allowlist. */
export interface DocumentFile {
  url: string;
  name?: string;
  /** Bytes. */
  size?: number;
  /** Upper case: `PDF`, `DOCX`… */
  format?: string;
}

/** A document after validation: text trimmed, URLs through the allowlist, dates parsed. */
export interface DocumentItem {
  /** Empty for a feed item without a number ("Không số"). */
  number: string;
  title: string;
  type?: string;
  issuer?: string;
  signer?: string;
  issued?: GovDate;
  effective?: GovDate;
  expires?: GovDate;
  /** The status the data gave; see `documentStatus()` for the one shown. */
  status?: DocumentStatus;
  url?: string;
  files: DocumentFile[];
}

/** A document number inside a feed title: "Quyết định số 01/2026/QĐ-UBND về …" → `01/2026/QĐ-UBND`. */
const numberInTitle = /(?:^|\s)(?:số\s+)?(\d+[\w.]*(?:\/[\p{L}\d.-]+)+)/iu;

/** Size units a page may write, in bytes (1 KB = 1024 bytes, as file managers count). */
const UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** Bytes from a number or from text such as `"350 KB"`, `"1,2 MB"`, `"1.2MB"`; `undefined` when unreadable. */
export function parseSize(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*(b|kb|mb|gb)?\s*$/i.exec(v);
  if (!m) return undefined;
  return Number(m[1].replace(',', '.')) * UNITS[(m[2] ?? 'b').toLowerCase()];
}

/** `PDF` from `"pdf"`, or from the last extension of the URL's path. */
function formatOf(given: unknown, url: string): string | undefined {
  const named = text(given);
  if (named) return named.toUpperCase().slice(0, 12);
  const ext = /\.([a-z0-9]{2,5})$/i.exec(new URL(url).pathname)?.[1];
  return ext?.toUpperCase();
}

function toFile(raw: unknown, base: string): DocumentFile | undefined {
  const o = isRecord(raw) ? raw : { url: raw };
  const url = safeUrl(o.url ?? o.href, base);
  return url ? { url, name: text(o.name), size: parseSize(o.size), format: formatOf(o.format, url) } : undefined;
}

/** Validates one document; returns the reason when it is unusable. */
export function toDocumentItem(raw: RawRecord, base: string, timeZone?: string): DocumentItem | string {
  const title = text(raw.title);
  if (!title) return 'it has no "title"';
  // Feeds carry no number field: one written in the title is used. An item in the feed shape (a
  // `date` field, even empty, and no `number`: what the RSS/Atom reader gives for every item) without
  // one is a document without a number ("Không số"), so a CMS's feed of documents is not refused.
  const feedLike = raw.number === undefined && 'date' in raw;
  const number = text(raw.number) ?? numberInTitle.exec(title)?.[1] ?? (feedLike ? '' : undefined);
  if (number === undefined) return 'it has no "number" (số, ký hiệu)';
  const status = text(raw.status);
  const files = Array.isArray(raw.files) ? raw.files.slice(0, 50) : [];
  return {
    number,
    title,
    // A feed's item has a category and a date: they stand for the type and the issue date.
    type: text(raw.type) ?? text(raw.category),
    issuer: text(raw.issuer),
    signer: text(raw.signer),
    issued: date(raw.issued ?? raw.date, timeZone),
    effective: date(raw.effective, timeZone),
    expires: date(raw.expires, timeZone),
    status: status && STATUSES.includes(status) ? (status as DocumentStatus) : undefined,
    url: safeUrl(raw.url ?? raw.link, base),
    files: files.map((f) => toFile(f, base)).filter((f): f is DocumentFile => f !== undefined),
  };
}

/** Validates a register (an array, `{ items }`, or a parsed RSS/Atom feed); zone-less times are read in `timeZone`. */
export function toDocumentItems(raw: unknown, base: string, timeZone?: string): DocumentItem[] {
  return validateList(raw, 'gov-document-list', (item) => toDocumentItem(item, base, timeZone));
}

/** `YYYY-MM-DD` of `now` in `timeZone` (the visitor's when unset). */
function today(now: Date, timeZone?: string): string {
  return isoDay({ time: now, dateOnly: false }, timeZone);
}

/**
 * The status shown at `now`: the one the data gave, or else from the dates in `timeZone` (the
 * visitor's zone when unset): not yet in force before `effective` (a calendar date starts at that
 * day's beginning), expired after `expires` (a calendar date lasts until that day's end), in force
 * otherwise when the document has a date at all. `undefined`: nothing to say.
 */
export function documentStatus(item: DocumentItem, now: Date, timeZone?: string): DocumentStatus | undefined {
  if (item.status) return item.status;
  const day = today(now, timeZone);
  const begun = (d: GovDate): boolean => (d.dateOnly ? day >= isoDay(d) : now.getTime() >= d.time.getTime());
  if (item.effective && !begun(item.effective)) return 'not-yet';
  if (item.expires && (item.expires.dateOnly ? day > isoDay(item.expires) : now.getTime() > item.expires.time.getTime())) {
    return 'expired';
  }
  return item.effective || item.issued ? 'effective' : undefined;
}

/** The year a document was issued, as text (`"2026"`), from its issue date or its number. */
export function yearOf(item: DocumentItem, timeZone?: string): string | undefined {
  if (item.issued) return isoDay(item.issued, timeZone).slice(0, 4);
  return /\/((?:19|20)\d\d)\//.exec(item.number)?.[1];
}
