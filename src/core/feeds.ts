import { GovDataError } from './errors.js';

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

/** Text of the first child element named `name` (namespace-agnostic local name). */
function childText(el: Element, name: string): string | undefined {
  for (const c of el.children) if (c.localName === name) return c.textContent?.trim() || undefined;
  return undefined;
}

/** Feed descriptions are often HTML: keep their text only. The parsed document is inert. */
function plainText(html: string | undefined): string | undefined {
  if (!html) return undefined;
  const text = new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
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
  const doc = new DOMParser().parseFromString(text, 'application/xml');
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
