import type { Lang } from './i18n.js';

/** The last data that loaded from one `src`, as kept in the browser. */
export interface LastGood {
  /** When it loaded, in ms since the epoch. */
  time: number;
  /** The URL relative links in it resolve against (the final URL of its fetch). */
  base: string;
  /** The data as fetched (JSON, or a feed as read); it is validated again before it is shown. */
  data: unknown;
}

const PREFIX = 'gov-last-good:';
/** Characters one saved answer may take: a bigger one is not kept (localStorage holds about 5 MB per site). */
const MAX_CHARS = 200_000;
/** Sources kept per site; the oldest go first. */
const MAX_ENTRIES = 20;

/** The page's localStorage, or `undefined` where it is blocked (privacy settings, sandboxed frames). */
function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Drops the oldest saved answers beyond `MAX_ENTRIES` (their time is read off the start, not parsed). */
function prune(store: Storage): void {
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  if (keys.length <= MAX_ENTRIES) return;
  const timeOf = (key: string): number => Number(/^\{"time":(\d+)/.exec(store.getItem(key) ?? '')?.[1] ?? 0);
  const byAge = keys.map((key) => [key, timeOf(key)] as const).sort((a, b) => b[1] - a[1]);
  for (const [key] of byAge.slice(MAX_ENTRIES)) store.removeItem(key);
}

/** A saved answer, or `undefined` when there is none or it is not one (another script's value, a damaged one). */
function read(store: Storage, key: string): LastGood | undefined {
  try {
    const value = JSON.parse(store.getItem(key) ?? 'null') as Partial<LastGood> | null;
    if (!value || typeof value !== 'object') return undefined;
    const { time, base, data } = value;
    if (typeof time !== 'number' || !Number.isFinite(time) || typeof base !== 'string' || data === undefined) return undefined;
    return { time, base, data };
  } catch {
    return undefined;
  }
}

/** Keeps `data`, which just loaded from the absolute `url`, for a later failure of the same `url`. */
export function keepLastGood(url: string, data: unknown, base: string): void {
  const store = storage();
  if (!store) return;
  try {
    const text = JSON.stringify({ time: Date.now(), base, data } satisfies LastGood);
    if (text.length > MAX_CHARS) store.removeItem(PREFIX + url);
    else {
      store.setItem(PREFIX + url, text);
      prune(store);
    }
  } catch {
    // Storage full or data that is not JSON: nothing is kept, and the page works as before.
  }
}

/** The last data that loaded from the absolute `url`, or `undefined`. */
export function lastGood(url: string): LastGood | undefined {
  const store = storage();
  return store && read(store, PREFIX + url);
}

/** Forgets what was kept for `url` (it no longer passes validation). */
export function forgetLastGood(url: string): void {
  try {
    storage()?.removeItem(PREFIX + url);
  } catch {
    // nothing to forget
  }
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** When saved data loaded, for the "may be out of date" note: "10:30 06/12" (vi), "10:30, 6 Dec" (en). */
export function savedAt(time: number, lang: Lang): string {
  const d = new Date(time);
  const clock = `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  if (lang === 'vi') return `${clock} ${pad(d.getDate())}/${pad(d.getMonth() + 1)}`;
  return `${clock}, ${new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' }).format(d)}`;
}
