import { GovDataError } from './errors.js';

/** White space, BOMs, `<?xml …?>` and other processing instructions, comments and a non-HTML doctype before a root element. */
const PROLOG = /^(?:[\s\uFEFF]+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE\s+(?!html)[^[>]*(?:\[[\s\S]*?\])?\s*>)*/i;
/** The root of a feed: `<rss>`, `<feed>` (Atom), `<rdf:RDF>` (RSS 1.0, any prefix). */
const FEED_ROOT = /^<(?:[\w.-]+:)?(?:rss|feed|RDF)[\s/>]/;

/** The encoding a `Content-Type` header names (`text/xml; charset=windows-1258`). */
const headerCharset = (contentType: string): string | undefined => /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];

/** The encoding an XML prolog names (`<?xml version="1.0" encoding="ISO-8859-1"?>`), read from its ASCII bytes. */
function prologCharset(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  return /^[\s\uFEFF\u00EF\u00BB\u00BF]*<\?xml[^>]*?\sencoding\s*=\s*["']([\w.:-]+)["']/.exec(head)?.[1];
}

/** A decoder for `label`, or `undefined` when the browser knows no such encoding. */
function decoder(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(label, { fatal: true });
  } catch {
    return undefined;
  }
}

/**
 * Decodes a response body: by its byte-order mark, then the HTTP `charset`, then the XML prolog's
 * `encoding`, then as UTF-8 (legacy encodings such as windows-1258 and ISO-8859-1 included, as far
 * as `TextDecoder` knows them). A body that none of them decodes is an error, never mojibake:
 * text that is valid UTF-8 but labelled with a single-byte encoding (a server's default
 * `charset=ISO-8859-1` in front of a UTF-8 CMS) is read as the UTF-8 it is, since real text in a
 * single-byte encoding is practically never valid UTF-8 with non-ASCII letters.
 */
export function decodeBody(bytes: Uint8Array, contentType = ''): string {
  const bom =
    bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : undefined;
  let utf8: string | undefined;
  try {
    utf8 = bom ? undefined : new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    utf8 = undefined;
  }
  const unknown: string[] = [];
  for (const label of [bom, headerCharset(contentType), bom ? undefined : prologCharset(bytes)]) {
    if (!label) continue;
    const d = decoder(label);
    if (!d) {
      unknown.push(label);
      continue;
    }
    // eslint-disable-next-line no-control-regex
    if (d.encoding !== 'utf-8' && !d.encoding.startsWith('utf-16') && utf8 !== undefined && /[^\u0000-\u007F]/.test(utf8))
      return utf8;
    try {
      // windows-1258 writes most Vietnamese letters as a base letter and a combining tone mark:
      // composed, they compare, search and cut like the same text in UTF-8.
      return d.encoding === 'windows-1258' ? d.decode(bytes).normalize('NFC') : d.decode(bytes);
    } catch {
      // not in that encoding after all: try the next one
    }
  }
  if (utf8 !== undefined) return utf8;
  throw new GovDataError(
    'parse',
    /json/i.test(contentType)
      ? 'The response is not valid JSON (its bytes are not UTF-8 text)'
      : unknown.length
        ? `The response is in the "${unknown[0]}" encoding, which browsers cannot decode; serve it as UTF-8`
        : 'The response is not valid UTF-8 and names no other encoding (HTTP charset or XML prolog)',
  );
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
