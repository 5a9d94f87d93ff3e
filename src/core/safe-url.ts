import { pageBase, pageOrigin } from './page.js';

const allowed = new Set(['http:', 'https:', 'mailto:', 'tel:']);
// eslint-disable-next-line no-control-regex
const needsCleaning = /[\t\n\r]|^[\u0000-\u0020]|[\u0000-\u0020]$/;

/*
 * A fast path for the usual link of a CMS list, a path on the same site (`/tin-tuc/bai-viet.html`):
 * letters, digits, `_`, `-` and `/`, with at most an extension at the end, so nothing the URL parser
 * would encode and no `.` or `..` segment for it to remove. Its absolute form is then the base's
 * scheme, host and port followed by the path, exactly as `new URL(raw, base).href` gives it, at a
 * small part of the cost (it runs once per item). tests/core/safe-url.test.ts compares the two.
 */
const plainPath = /^\/\w[\w\-/]*(\.\w+)?$/;
let lastBase: string | undefined;
/** `https://host:port` of the last base (as the parser writes it); `undefined` when that is no http(s) URL. */
let lastPrefix: string | undefined;

/** `raw` resolved against `base` when the result is an allowed URL, else `undefined`. */
function resolve(raw: string, base: string): string | undefined {
  try {
    const url = new URL(raw, base);
    return allowed.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The URL allowlist: returns the absolute URL when `raw` is an `http:`, `https:`, `mailto:` or
 * `tel:` URL or a relative one (resolved against `base`), and `undefined` for anything else
 * (`javascript:`, `data:`, `vbscript:`, non-strings). Tabs, newlines and leading control
 * characters are removed first, as the browser's URL parser would, so `java\tscript:` is caught.
 */
export function safeUrl(raw: unknown, base: string = pageBase()): string | undefined {
  if (typeof raw !== 'string') return undefined;
  if (plainPath.test(raw)) {
    // `/` against a mailto: or tel: base throws (→ no prefix): those take the parser's way.
    if (base !== lastBase) lastPrefix = resolve('/', (lastBase = base))?.slice(0, -1);
    if (lastPrefix) return lastPrefix + raw;
  }
  // Most URLs need no cleaning: one test instead of two replacements (this runs once per item).
  const cleaned = needsCleaning.test(raw)
    ? // eslint-disable-next-line no-control-regex
      raw.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
    : raw;
  return cleaned ? resolve(cleaned, base) : undefined;
}

/** True when `href` leads away from the page's own origin (http/https only). */
export function isExternal(href: string): boolean {
  const url = new URL(href);
  return /^https?:$/.test(url.protocol) && url.origin !== pageOrigin();
}
