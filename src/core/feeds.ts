import { GovDataError } from './errors.js';
import { collapse, parseDocument, readHtml, readXhtml, type HtmlReading } from './feed-html.js';
import { feedParts } from './feed-split.js';

/** An item read from an RSS or Atom feed, in the JSON item shape the list elements take. */
export interface FeedItem {
  title: string;
  /** Absolute: resolved against the feed's final URL and any `xml:base`. */
  url?: string;
  /** As the feed writes it; the elements parse it (in their `time-zone`). */
  date?: string;
  summary?: string;
  /** Absolute, like `url`. */
  image?: string;
  category?: string;
}

const MEDIA_NS = 'http://search.yahoo.com/mrss/';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
/** Namespaces feeds use without declaring them, so the document can still be read. */
const KNOWN_PREFIXES: Record<string, string> = {
  media: MEDIA_NS,
  dc: 'http://purl.org/dc/elements/1.1/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  atom: 'http://www.w3.org/2005/Atom',
};
/** Links and media that are not pictures, when a feed says neither `type` nor `medium`. */
const NOT_PICTURE = /\.(?:mp4|m4v|webm|mov|avi|flv|swf|mp3|m4a|ogg|oga|wav|pdf|docx?|xlsx?|zip)(?:[?#]|$)/i;
/** Items read before the reader lets the page breathe (see `parseXmlFeed`). */
const SLICE_MS = 30;

/** Child elements of `el` by local name (namespace-agnostic: RSS 0.9x, 1.0 and 2.0 alike). */
const children = (el: Element, name: string): Element[] => [...el.children].filter((c) => c.localName === name);

/** An item's children by local name, in document order: one pass instead of one per field. */
type Kids = Map<string, Element[]>;

function kidsOf(el: Element): Kids {
  const kids: Kids = new Map();
  for (const c of el.children) {
    const same = kids.get(c.localName);
    if (same) same.push(c);
    else kids.set(c.localName, [c]);
  }
  return kids;
}

const all = (kids: Kids, name: string): Element[] => kids.get(name) ?? [];

/** Text of the first child named one of `names` that has any, in that order of preference. */
function textOf(kids: Kids, ...names: string[]): string | undefined {
  for (const name of names) {
    for (const c of all(kids, name)) {
      const text = c.textContent?.trim();
      if (text) return text;
    }
  }
  return undefined;
}

/** `href` against `base`, or `undefined` when it is no URL at all. */
function resolve(href: string | null | undefined, base: string): string | undefined {
  if (!href?.trim()) return undefined;
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return undefined;
  }
}

/** Base URLs already worked out, per element (items share their channel's). */
const bases = new WeakMap<Element, string>();

/** The base URL of `el`: the document's, then every `xml:base` from the root down to `el`. */
function baseOf(el: Element, documentBase: string): string {
  let base = bases.get(el);
  if (base === undefined) {
    const above = el.parentElement ? baseOf(el.parentElement, documentBase) : documentBase;
    const own = el.getAttributeNS(XML_NS, 'base');
    base = own ? (resolve(own, above) ?? above) : above;
    bases.set(el, base);
  }
  return base;
}

/** A `media:content` or `enclosure` that is a picture (not a video, a podcast or a document). */
function isPicture(el: Element, urlAttr: string): boolean {
  const type = el.getAttribute('type') ?? el.getAttribute('enc:type');
  const medium = el.getAttribute('medium');
  if (type || medium) return type ? type.startsWith('image/') : medium === 'image';
  return !NOT_PICTURE.test(el.getAttribute(urlAttr) ?? el.getAttribute('resource') ?? '');
}

/** The picture named by media RSS (a thumbnail, else an image `media:content`), anywhere in the item. */
function mediaPicture(item: Element): string | undefined {
  const thumb = item.getElementsByTagNameNS(MEDIA_NS, 'thumbnail')[0]?.getAttribute('url');
  if (thumb) return thumb;
  return [...item.getElementsByTagNameNS(MEDIA_NS, 'content')].find((c) => isPicture(c, 'url'))?.getAttribute('url') ?? undefined;
}

/** RSS text is HTML in the wild (`&amp;#7875;`, `<b>` inside CDATA): read it as a reader would. */
const html = (raw: string | undefined): HtmlReading | undefined => (raw ? readHtml(raw) : undefined);

function rssItem(item: Element, documentBase: string): FeedItem {
  const base = baseOf(item, documentBase);
  const kids = kidsOf(item);
  const guid = all(kids, 'guid')[0];
  // A guid is a permalink unless it says otherwise, but only a full web address can be followed.
  const permalink =
    guid && guid.getAttribute('isPermaLink') !== 'false' && /^\s*https?:\/\//i.test(guid.textContent ?? '')
      ? guid.textContent
      : undefined;
  const atomLink = all(kids, 'link')
    .find((l) => l.hasAttribute('href'))
    ?.getAttribute('href');
  const description = html(textOf(kids, 'description', 'summary'));
  const content = html(textOf(kids, 'encoded', 'content'));
  const enclosure = all(kids, 'enclosure').find((e) => isPicture(e, 'url'));
  const picture =
    // RSS 2.0 names the file in url; RSS 1.0's enclosure module (Craigslist) in resource.
    enclosure?.getAttribute('url') ??
    enclosure?.getAttribute('resource') ??
    enclosure?.getAttribute('rdf:resource') ??
    mediaPicture(item) ??
    description?.picture ??
    content?.picture ??
    textOf(kids, 'image');
  return {
    title: html(textOf(kids, 'title'))?.text ?? '',
    url: resolve(textOf(kids, 'link') ?? atomLink ?? permalink ?? item.getAttribute('rdf:about'), base),
    date: textOf(kids, 'pubDate', 'date', 'published', 'updated', 'issued', 'modified'),
    // A description that is only a picture (or a tracking pixel) leaves the text to content:encoded.
    summary: description?.text || content?.text || undefined,
    image: resolve(picture, base),
    category: textOf(kids, 'category', 'subject'),
  };
}

/** Atom text constructs by their `type`: text stays literal, html is read as HTML, xhtml as markup. */
function atomText(el: Element | undefined): HtmlReading | undefined {
  if (!el) return undefined;
  const type = el.getAttribute('type') ?? 'text';
  if (type === 'xhtml' || type === 'application/xhtml+xml') {
    return readXhtml(el.getElementsByTagNameNS(XHTML_NS, 'div')[0] ?? el);
  }
  // Atom 0.3 names MIME types (`text/html`, `text/plain`); its mode="escaped" only says how the XML carries them.
  if (type === 'html' || type === 'text/html') return readHtml(el.textContent ?? '');
  return { text: collapse(el.textContent ?? '') };
}

function atomEntry(entry: Element, documentBase: string): FeedItem {
  const base = baseOf(entry, documentBase);
  const kids = kidsOf(entry);
  const links = all(kids, 'link');
  const rel = (l: Element): string => l.getAttribute('rel') ?? 'alternate';
  const alternates = links.filter((l) => rel(l) === 'alternate');
  const link = alternates.find((l) => /html/.test(l.getAttribute('type') ?? 'text/html')) ?? alternates[0];
  const enclosure = links.find((l) => rel(l) === 'enclosure' && isPicture(l, 'href'));
  const [summaryEl, contentEl] = [all(kids, 'summary')[0], all(kids, 'content')[0]];
  const [summary, content] = [atomText(summaryEl), atomText(contentEl)];
  const category = all(kids, 'category')[0];
  const href = (l: Element | undefined): string | undefined =>
    l ? resolve(l.getAttribute('href'), baseOf(l, documentBase)) : undefined;
  return {
    title: atomText(all(kids, 'title')[0])?.text ?? '',
    url: href(link),
    // The first publication, not the last edit: an edited post must not jump to the top.
    date: textOf(kids, 'published', 'issued', 'updated', 'modified', 'created', 'date'),
    summary: (summary?.text || content?.text) ?? undefined,
    image:
      href(enclosure) ??
      resolve(mediaPicture(entry), base) ??
      // A picture in the summary or content resolves against that element's own xml:base (WordPress sets one on content).
      (summary?.picture ? resolve(summary.picture, baseOf(summaryEl, documentBase)) : undefined) ??
      (content?.picture ? resolve(content.picture, baseOf(contentEl, documentBase)) : undefined),
    category: (category?.getAttribute('label') ?? category?.getAttribute('term') ?? category?.textContent?.trim()) || undefined,
  };
}

/**
 * Repairs the mistakes real feeds make that stop an XML parser, as lenient feed readers do: a bare
 * `&` or an HTML entity (`&nbsp;`) outside CDATA, control characters, and media/dc/content/atom
 * prefixes used without their namespace declaration. HTML entities survive as text (`&amp;nbsp;`):
 * RSS text is read as HTML afterwards, which decodes them.
 */
function repair(xml: string): string {
  let fixed = xml
    .replace(
      /(<!\[CDATA\[[\s\S]*?\]\]>)|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);)/g,
      (_m, cdata?: string) => cdata ?? '&amp;',
    )
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
  const missing = Object.keys(KNOWN_PREFIXES).filter(
    (p) => new RegExp(`<${p}:`).test(fixed) && !new RegExp(`xmlns:${p}\\s*=`).test(fixed),
  );
  if (missing.length) {
    const declarations = missing.map((p) => ` xmlns:${p}="${KNOWN_PREFIXES[p]}"`).join('');
    fixed = fixed.replace(/<(rss|feed|(?:\w+:)?RDF)\b/, (root) => root + declarations);
  }
  return fixed;
}

const isBroken = (doc: Document): boolean => doc.getElementsByTagNameNS(XHTML_NS, 'parsererror').length > 0;

/** Parses feed XML, repairing it once if it is not well-formed. */
function parseFeedXml(xml: string): Document {
  const doc = parseDocument(xml, 'application/xml');
  return isBroken(doc) ? parseDocument(repair(xml), 'application/xml') : doc;
}

/** The items or entries of a feed document, and how to read one; a `GovDataError` for anything else. */
function entriesOf(doc: Document, text: string): [Element[], (el: Element, base: string) => FeedItem] {
  const root = doc.documentElement;
  if (/^html$/i.test(root.localName) || /^\s*<!doctype html/i.test(text)) {
    throw new GovDataError('html', 'The response is an HTML page, not data');
  }
  if (isBroken(doc)) throw new GovDataError('parse', 'The response is not well-formed XML');
  // RSS 2.0 keeps items in <channel>; RSS 0.9x/1.0 put them beside it.
  if (root.localName === 'rss' || root.localName === 'RDF') {
    return [[...children(root, 'item'), ...children(root, 'channel').flatMap((c) => children(c, 'item'))], rssItem];
  }
  if (root.localName === 'feed') return [children(root, 'entry'), atomEntry];
  throw new GovDataError('shape', `The XML document is <${root.localName}>, not an RSS or Atom feed`);
}

/** Lets the page handle input and paint between slices of a long feed. */
const pause = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((r) => setTimeout(r, 0));
};

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom (0.3, 1.0) document into `{ items }`; anything else is a
 * `GovDataError`. Relative links and pictures resolve against `base` (the feed's final URL, after
 * redirects) and any `xml:base`. A long feed is parsed in parts and read in slices of about 30 ms,
 * letting the page handle input and paint in between: a 5,000-item feed never blocks it in one
 * long task.
 */
export async function parseXmlFeed(text: string, base: string = document.baseURI): Promise<{ items: FeedItem[] }> {
  const items: FeedItem[] = [];
  let slice = performance.now();
  let paused = false;
  for (const part of feedParts(text)) {
    const [entries, read] = entriesOf(parseFeedXml(part), part);
    for (const entry of entries) {
      items.push(read(entry, base));
      if (performance.now() - slice > SLICE_MS) {
        await pause();
        [slice, paused] = [performance.now(), true];
      }
    }
  }
  // A long feed's items are then validated in one go: let that start a task of its own.
  if (paused) await pause();
  return { items };
}
