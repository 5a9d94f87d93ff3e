// The limits that keep careless or hostile input (attributes, data, article bodies) from freezing a
// tab or flooding a server. One place, so the docs and the code cannot disagree.

/** `refresh` (seconds between polls): clamped into this range; 0, unset or not a number: no polling. */
export const REFRESH_SECONDS = { min: 10, max: 24 * 3600 } as const;

/** `timeout` (ms before a request fails): clamped into this range; unset, 0, negative or not a number: the default. */
export const TIMEOUT_MS = { min: 1000, max: 120_000, fallback: 10_000 } as const;

/** After failed polls the wait doubles, up to this many times the `refresh` interval and at most a day. */
export const BACKOFF = { factor: 2, maxMultiple: 32, maxSeconds: 24 * 3600, jitter: 0.2 } as const;

/** Characters kept of one text field (a title, a summary…); longer text is cut and ends with "…". */
export const TEXT_MAX = 10_000;

/** What an article body may hold: larger bodies are cut (with a visible note), deeper ones flattened. */
export const BODY = {
  /** Characters of HTML before it is parsed. */
  maxChars: 300_000,
  /** Elements (start tags). */
  maxElements: 10_000,
  /** Nesting depth: elements deeper than this lose their tags (their text stays). */
  maxDepth: 32,
  /** A text run longer than this is split (invisibly) so the browser never shapes one huge text node. */
  textRun: 5_000,
  /** `colspan` and `rowspan` are clamped to these. */
  maxColspan: 100,
  maxRowspan: 1000,
  /**
   * Grid cells one table may cover (each cell counts colspan × rowspan): overlapping spans push
   * cells sideways, so 200 cells can make a grid of millions. Over it, the table's spans are dropped.
   */
  maxTableArea: 20_000,
} as const;

/**
 * The id of the empty paragraph the sanitizer puts where it cut a body (DOMPurify prefixes it
 * `user-content-`); `<gov-article>` shows its localized note there.
 */
export const BODY_CUT_ID = 'gov-body-cut';

/** `value` as a number within `[min, max]`, or `undefined` when it is not a positive finite number. */
function clampPositive(value: unknown, min: number, max: number): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN;
  return Number.isFinite(n) && n > 0 ? Math.min(max, Math.max(min, n)) : undefined;
}

/** Milliseconds between polls for a `refresh` value in seconds; `0` when it asks for no polling. */
export function refreshMs(seconds: unknown): number {
  const s = clampPositive(seconds, REFRESH_SECONDS.min, REFRESH_SECONDS.max);
  return s === undefined ? 0 : Math.round(s * 1000);
}

/** Milliseconds before a request fails, for a `timeout` value in ms. */
export function timeoutMs(ms: unknown): number {
  return Math.round(clampPositive(ms, TIMEOUT_MS.min, TIMEOUT_MS.max) ?? TIMEOUT_MS.fallback);
}

/**
 * The wait before the next poll after `failures` failed polls in a row: `base` doubled for each,
 * up to the ceiling, then spread by ±20 % (`random` in [0, 1)) so many visitors' tabs do not retry
 * a recovering server at the same moment. With no failure it is `base` itself.
 */
export function backoffMs(base: number, failures: number, random: number = Math.random()): number {
  if (failures <= 0) return base;
  const ceiling = Math.min(base * BACKOFF.maxMultiple, BACKOFF.maxSeconds * 1000);
  const wait = Math.min(ceiling, base * BACKOFF.factor ** Math.min(failures, 30));
  return Math.round(wait * (1 - BACKOFF.jitter + 2 * BACKOFF.jitter * random));
}

/** `s` cut to `max` characters (never inside a surrogate pair), ending with "…" when it was cut. */
export function capText(s: string, max: number = TEXT_MAX): string {
  if (s.length <= max) return s;
  const end = /[\uD800-\uDBFF]/.test(s[max - 2] ?? '') ? max - 2 : max - 1;
  return `${s.slice(0, end).trimEnd()}…`;
}
