import { GovDataError } from './errors.js';

/** White space, BOMs, `<?xml …?>` and other processing instructions, comments and a non-HTML doctype before a root element. */
const PROLOG = /^(?:[\s\uFEFF]+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE\s+(?!html)[^[>]*(?:\[[\s\S]*?\])?\s*>)*/i;
/** The root of a feed: `<rss>`, `<feed>` (Atom), `<rdf:RDF>` (RSS 1.0, any prefix). */
const FEED_ROOT = /^<(?:[\w.-]+:)?(?:rss|feed|RDF)[\s/>]/;

/** Decodes UTF-8 strictly: invalid bytes throw instead of becoming U+FFFD. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a response body. Valid UTF-8 is read as UTF-8, whatever the labels say: real text in a
 * single-byte encoding is practically never valid UTF-8 with non-ASCII letters, so a UTF-8 CMS
 * behind a server's default `charset=ISO-8859-1` is read right, not as mojibake. Anything else
 * (windows-1258, ISO-8859-1, UTF-16 with its byte-order mark…) is decoded by its byte-order mark,
 * HTTP `charset` or XML prolog in a module loaded only then (decode-legacy.ts), or is a visible error.
 */
export async function decodeBody(bytes: Uint8Array, contentType = ''): Promise<string> {
  try {
    return utf8.decode(bytes);
  } catch {
    // not UTF-8: see what the response says it is
  }
  const { decodeLegacy } = await import('./decode-legacy.js');
  return decodeLegacy(bytes, contentType);
}

/**
 * Turns a response body into data: a body whose root is `<rss>`, `<feed>` or `<rdf:RDF>` (after
 * any BOM, blank lines, `<?xml …?>` and comments) is a feed whatever its content type says (PHP
 * feeds arrive as `text/html`); another body starting with `<` is an HTML page when it says so
 * (content type or root) and an XML document otherwise; everything else is JSON. Relative links in a feed resolve against
 * `base` (the final URL). The feed reader is loaded only when a feed arrives, so JSON-only pages
 * never download it.
 */
export async function parseBody(text: string, contentType: string, base?: string): Promise<unknown> {
  const start = PROLOG.exec(text)?.[0].length ?? 0;
  const root = text.slice(start, start + 100);
  if (!root.trim()) throw new GovDataError('empty-body', 'The response body is empty');
  const feed = FEED_ROOT.test(root);
  if (root.startsWith('<') && !feed && (/html/i.test(contentType) || /^<(?:!doctype\s+)?html/i.test(root))) {
    throw new GovDataError('html', 'The response is an HTML page, not data');
  }
  if (root.startsWith('<')) {
    // strip-inline (imported by the feed reader) is requested at the same time, not after it arrives.
    const [feeds] = await Promise.all([import('./feeds.js'), import('./strip-inline.js')]);
    // An XML declaration must come first: blank lines or a BOM before it would make the XML invalid.
    return feeds.parseXmlFeed(text.slice(/^[\s\uFEFF]*/.exec(text)![0].length), base);
  }
  try {
    return JSON.parse(text.trim()) as unknown;
  } catch (e) {
    throw new GovDataError('parse', `The response is not valid JSON (${(e as Error).message})`);
  }
}
