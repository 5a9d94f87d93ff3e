import { GovDataError } from './errors.js';
import { stripInline } from './strip-inline.js';

/** An item read from an RSS 2.0 or Atom feed, in the JSON item shape the list elements take. */
export interface FeedItem {
  title: string;
  url?: string;
  date?: string;
  summary?: string;
  image?: string;
  category?: string;
}

const MEDIA_NS = 'http://search.yahoo.com/mrss/';

interface HtmlPolicy {
  createHTML(input: string): unknown;
}
type TrustedTypesApi = { createPolicy(name: string, rules: { createHTML(input: string): string }): HtmlPolicy };

/** The Trusted Types policy for the feed parser, made on first use (`null`: none, or not allowed). */
let policy: HtmlPolicy | null | undefined;

/**
 * `DOMParser.parseFromString` is a Trusted Types sink: on a page with
 * `require-trusted-types-for 'script'` it refuses plain strings. The documents it makes here are
 * inert (no script runs, nothing loads, no browsing context) and only their text and attribute
 * values are read, so this module passes the feed through its own policy, "gov-portal-elements".
 * A page whose CSP lists allowed policies (`trusted-types …`) must name it to read RSS or Atom.
 */
function parse(markup: string, type: DOMParserSupportedType): Document {
  const tt = (globalThis as { trustedTypes?: TrustedTypesApi }).trustedTypes;
  if (policy === undefined) {
    try {
      policy = tt ? tt.createPolicy('gov-portal-elements', { createHTML: (input) => input }) : null;
    } catch {
      policy = null; // not allowed by the page's `trusted-types` list: parsing below says so
    }
  }
  try {
    return new DOMParser().parseFromString((policy ? policy.createHTML(markup) : markup) as string, type);
  } catch (e) {
    throw new GovDataError(
      'parse',
      `The feed could not be parsed (${(e as Error).message}); a page with a Trusted Types CSP must allow the policy "gov-portal-elements"`,
    );
  }
}

/** Text of the first child element named `name` (namespace-agnostic local name). */
function childText(el: Element, name: string): string | undefined {
  for (const c of el.children) if (c.localName === name) return c.textContent?.trim() || undefined;
  return undefined;
}

/** Feed descriptions are often HTML: keep their text only. The parsed document is inert. */
function plainText(html: string | undefined): string | undefined {
  if (!html) return undefined;
  // Without '<', '&' or NUL there is no markup: parsing would give the text back unchanged (its only
  // other change, dropping leading whitespace, is undone by the trim below), so most plain
  // descriptions skip a document parse per item.
  // stripInline: parsing an inline handler or style would be reported as a CSP violation.
  // eslint-disable-next-line no-control-regex
  const text = /[<&\u0000]/.test(html) ? (parse(stripInline(html), 'text/html').body.textContent ?? '') : html;
  return text.replace(/\s+/g, ' ').trim() || undefined;
}

function rssItem(item: Element): FeedItem {
  const enclosure = [...item.children].find(
    (c) => c.localName === 'enclosure' && (c.getAttribute('type') ?? 'image/').startsWith('image/'),
  );
  const thumb = item.getElementsByTagNameNS(MEDIA_NS, 'thumbnail')[0] ?? item.getElementsByTagNameNS(MEDIA_NS, 'content')[0];
  return {
    title: childText(item, 'title') ?? '',
    url: childText(item, 'link') ?? childText(item, 'guid'),
    date: childText(item, 'pubDate') ?? childText(item, 'date'),
    summary: plainText(childText(item, 'description')),
    image: enclosure?.getAttribute('url') ?? thumb?.getAttribute('url') ?? undefined,
    category: childText(item, 'category'),
  };
}

function atomEntry(entry: Element): FeedItem {
  const links = [...entry.children].filter((c) => c.localName === 'link');
  const link = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate');
  const image = links.find((l) => l.getAttribute('rel') === 'enclosure' && l.getAttribute('type')?.startsWith('image/'));
  const thumb = entry.getElementsByTagNameNS(MEDIA_NS, 'thumbnail')[0];
  const category = [...entry.children].find((c) => c.localName === 'category');
  return {
    title: plainText(childText(entry, 'title')) ?? '',
    url: link?.getAttribute('href') ?? undefined,
    date: childText(entry, 'updated') ?? childText(entry, 'published'),
    summary: plainText(childText(entry, 'summary') ?? childText(entry, 'content')),
    image: image?.getAttribute('href') ?? thumb?.getAttribute('url') ?? undefined,
    category: category?.getAttribute('label') ?? category?.getAttribute('term') ?? undefined,
  };
}

/** Reads an RSS 2.0 or Atom document into `{ items }`; anything else is a `GovDataError`. */
export function parseXmlFeed(text: string): { items: FeedItem[] } {
  const doc = parse(text, 'application/xml');
  const root = doc.documentElement;
  if (/^html$/i.test(root.localName) || /^\s*<!doctype html/i.test(text)) {
    throw new GovDataError('html', 'The response is an HTML page, not data');
  }
  if (doc.getElementsByTagName('parsererror').length > 0) {
    throw new GovDataError('parse', 'The response is not well-formed XML');
  }
  if (root.localName === 'rss' || root.localName === 'RDF') {
    return { items: [...root.getElementsByTagName('item')].map(rssItem) };
  }
  if (root.localName === 'feed') {
    return { items: [...root.children].filter((c) => c.localName === 'entry').map(atomEntry) };
  }
  throw new GovDataError('shape', `The XML document is <${root.localName}>, not an RSS or Atom feed`);
}
