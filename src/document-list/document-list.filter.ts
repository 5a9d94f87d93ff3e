import type { DocumentItem } from './document-list.data.js';
import { yearOf } from './document-list.data.js';

/** The columns a register can sort by. */
export type SortKey = 'number' | 'issued' | 'effective';
export type SortDirection = 'asc' | 'desc';

/** What the visitor chose: search text, filters, page. Empty strings mean "any". */
export interface DocumentQuery {
  q: string;
  type: string;
  issuer: string;
  year: string;
  page: number;
}

export const emptyQuery = (): DocumentQuery => ({ q: '', type: '', issuer: '', year: '', page: 1 });

/** True when a search or filter narrows the list (the page number does not). */
export const isFiltered = (q: DocumentQuery): boolean => !!(q.q.trim() || q.type || q.issuer || q.year);

/**
 * Text folded for searching: Vietnamese diacritics and case ignored ("Quyết định" → "quyet dinh";
 * đ/Đ, which have no decomposition, become d), runs of spaces made one.
 */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** One document with what filtering and sorting read, computed once per data set. */
export interface IndexedDocument {
  item: DocumentItem;
  /** Folded number, type and title. */
  key: string;
  year?: string;
  /** Position in the data: ties keep the data's order. */
  index: number;
  /** Sort parts of the number: its year, its leading integer, the rest. */
  numberYear: number;
  numberSeq: number;
}

/** Builds the search and sort keys of every document (once per data set, not per keystroke). */
export function indexDocuments(items: readonly DocumentItem[], timeZone?: string): IndexedDocument[] {
  return items.map((item, index) => {
    const year = yearOf(item, timeZone);
    return {
      item,
      key: fold(`${item.number} ${item.type ?? ''} ${item.title}`),
      year,
      index,
      numberYear: Number(/\/((?:19|20)\d\d)\//.exec(item.number)?.[1] ?? year ?? 0),
      numberSeq: Number(/^\D*(\d+)/.exec(item.number)?.[1] ?? 0),
    };
  });
}

/**
 * Documents matching the query: every word of the search in the number, type or title (so "quyet
 * dinh 15" finds "Quyết định" 15/2019/QĐ-UBND, whose trích yếu rarely repeats its type), and each filter.
 */
export function filterDocuments(docs: readonly IndexedDocument[], query: DocumentQuery): IndexedDocument[] {
  const words = fold(query.q).split(' ').filter(Boolean);
  const { type, issuer, year } = query;
  if (!words.length && !type && !issuer && !year) return docs.slice();
  return docs.filter(
    (d) =>
      (!type || d.item.type === type) &&
      (!issuer || d.item.issuer === issuer) &&
      (!year || d.year === year) &&
      words.every((w) => d.key.includes(w)),
  );
}

const collator = new Intl.Collator('vi', { numeric: true });

/** Milliseconds of a date, for sorting; undated documents sort after dated ones either way. */
const time = (d: IndexedDocument, key: 'issued' | 'effective'): number | undefined => d.item[key]?.time.getTime();

/** Sorts in place by `key` and `direction`; undated documents last, ties in the data's order. */
export function sortDocuments(docs: IndexedDocument[], key: SortKey, direction: SortDirection): IndexedDocument[] {
  const sign = direction === 'asc' ? 1 : -1;
  return docs.sort((a, b) => {
    let c = 0;
    if (key === 'number') {
      c = sign * (a.numberYear - b.numberYear || a.numberSeq - b.numberSeq || collator.compare(a.item.number, b.item.number));
    } else {
      const ta = time(a, key);
      const tb = time(b, key);
      if (ta === undefined || tb === undefined) c = ta === tb ? 0 : ta === undefined ? 1 : -1;
      else c = sign * (ta - tb);
    }
    return c || a.index - b.index;
  });
}

/** The distinct values of a field, sorted the Vietnamese way (for the filter menus). */
export function distinct(docs: readonly IndexedDocument[], pick: (d: IndexedDocument) => string | undefined): string[] {
  const set = new Set<string>();
  for (const d of docs) {
    const v = pick(d);
    if (v) set.add(v);
  }
  return [...set].sort(collator.compare);
}

/** URL parameter names for `sync-url`, with the element's prefix (`vb` → `vb-q`, `vb-type`…). */
export function paramNames(prefix: string): Record<keyof DocumentQuery | 'sort', string> {
  const p = prefix ? `${prefix}-` : '';
  return { q: `${p}q`, type: `${p}type`, issuer: `${p}issuer`, year: `${p}year`, page: `${p}page`, sort: `${p}sort` };
}

/** The query (and sort, as `issued-desc`…) read from a URL's search parameters. */
export function readQuery(search: string, prefix: string): { query: DocumentQuery; sort?: [SortKey, SortDirection] } {
  const params = new URLSearchParams(search);
  const names = paramNames(prefix);
  const get = (k: keyof typeof names): string => (params.get(names[k]) ?? '').slice(0, 200);
  const page = Math.floor(Number(get('page')));
  const sort = /^(number|issued|effective)-(asc|desc)$/.exec(get('sort'));
  return {
    query: { q: get('q'), type: get('type'), issuer: get('issuer'), year: get('year'), page: page >= 1 ? page : 1 },
    sort: sort ? [sort[1] as SortKey, sort[2] as SortDirection] : undefined,
  };
}

/**
 * `href` with the query written into its search parameters (empty values and page 1 left out,
 * other parameters and the hash kept). `sort` is written only when it is not the default.
 */
export function writeQuery(href: string, prefix: string, query: DocumentQuery, sort?: string): string {
  const url = new URL(href);
  const names = paramNames(prefix);
  const set = (name: string, value: string): void => {
    if (value) url.searchParams.set(name, value);
    else url.searchParams.delete(name);
  };
  set(names.q, query.q.trim());
  set(names.type, query.type);
  set(names.issuer, query.issuer);
  set(names.year, query.year);
  set(names.page, query.page > 1 ? String(query.page) : '');
  set(names.sort, sort ?? '');
  return url.href;
}
