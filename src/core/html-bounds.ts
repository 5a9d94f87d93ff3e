// Bounds an article body before any parser sees it, in one linear pass over the HTML text: the
// browser's own parser takes seconds on `'<div>'.repeat(100000)` (its cost grows with nesting depth
// times element count), and its layout takes seconds on one huge text node. So the body is cut at
// BODY.maxElements elements or BODY.maxChars characters, tags deeper than BODY.maxDepth are dropped
// (their text stays: the content is flattened, not lost), and long text runs get an empty
// `<span></span>` every BODY.textRun characters, which changes nothing on screen but splits the text
// node. The pass tracks open elements the way the parser closes them (void elements, implied end
// tags of p, li, dt, dd, td, th, tr) closely enough for real CMS markup; whatever it gets wrong,
// DOMPurify still sanitizes afterwards, so safety never depends on it.
import { BODY } from './bounds.js';

/** What `boundHtml` did to a body. */
export interface Bounded {
  html: string;
  /** The body was cut (too many elements or characters). */
  cut: boolean;
  /** Start tags dropped for being nested too deep. */
  flattened: number;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'frame', 'basefont', 'bgsound']); // prettier-ignore
/** Their content is text up to their end tag, never markup. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']); // prettier-ignore
/** Start tags that close an open `<p>`. */
const CLOSES_P = new Set(['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul', 'li', 'dd', 'dt']); // prettier-ignore
/** A start tag (key) closes the nearest open element among `close`, unless one of `stop` is nearer. */
const IMPLIED: Record<string, { close: string[]; stop: string[] }> = {
  li: { close: ['li'], stop: ['ul', 'ol', 'menu', 'table', 'td', 'th'] },
  dt: { close: ['dt', 'dd'], stop: ['dl', 'table', 'td', 'th'] },
  dd: { close: ['dt', 'dd'], stop: ['dl', 'table', 'td', 'th'] },
  td: { close: ['td', 'th'], stop: ['tr', 'table'] },
  th: { close: ['td', 'th'], stop: ['tr', 'table'] },
  tr: { close: ['tr'], stop: ['table', 'tbody', 'thead', 'tfoot'] },
  tbody: { close: ['tbody', 'thead', 'tfoot'], stop: ['table'] },
  thead: { close: ['tbody', 'thead', 'tfoot'], stop: ['table'] },
  tfoot: { close: ['tbody', 'thead', 'tfoot'], stop: ['table'] },
  option: { close: ['option'], stop: ['select'] },
};
const P_SCOPE = ['table', 'td', 'th', 'caption', 'button'];

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';

/** The next `>`, or the start of a quoted attribute value (its quote in group 1). */
const TAG_PART = /=[\t\n\f\r ]*(["'])|>/g;

/** Index just past the `>` that ends the tag starting at `lt` (quotes respected), or -1 when it never ends. */
function tagEnd(s: string, lt: number): number {
  TAG_PART.lastIndex = lt + 1;
  for (;;) {
    const m = TAG_PART.exec(s);
    if (!m) return -1;
    if (!m[1]) return m.index + 1;
    // A quoted value: its closing quote may lie past a `>`.
    const close = s.indexOf(m[1], TAG_PART.lastIndex);
    if (close < 0) return -1;
    TAG_PART.lastIndex = close + 1;
  }
}

const rawEnds = new Map<string, RegExp>();

/** Index of the end tag `</name` that closes raw text starting at `from`, or -1. */
function rawEnd(s: string, name: string, from: number): number {
  let re = rawEnds.get(name);
  if (!re) rawEnds.set(name, (re = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi')));
  re.lastIndex = from;
  return re.exec(s)?.index ?? -1;
}

/** Where to split a long text run near `at`: after a space if one is close, never inside `&…;` or a surrogate pair. */
function splitPoint(text: string, at: number): number {
  for (let k = at; k > at - 200 && k > 0; k--) if (isSpace(text[k - 1])) return k;
  const amp = text.lastIndexOf('&', at);
  if (amp > at - 40 && text.indexOf(';', amp) >= at) at = amp;
  return /[\uDC00-\uDFFF]/.test(text[at] ?? '') ? at - 1 : at;
}

/** `text` with an empty `<span></span>` every BODY.textRun characters or so. */
function splitRuns(text: string): string {
  if (text.length <= BODY.textRun) return text;
  let out = '';
  let from = 0;
  while (text.length - from > BODY.textRun) {
    const at = Math.max(from + 1, splitPoint(text, from + BODY.textRun));
    out += `${text.slice(from, at)}<span></span>`;
    from = at;
  }
  return out + text.slice(from);
}

/** Bounds an untrusted HTML body (see the top of this file). */
export function boundHtml(dirty: string): Bounded {
  const s = dirty;
  const n = s.length;
  const open: string[] = [];
  const dropped = new Map<string, number>();
  let out = '';
  let i = 0;
  let elements = 0;
  let flattened = 0;
  let cut = false;

  const popTo = (index: number): void => void (open.length = index);
  const nearest = (names: string[], stop: string[]): number => {
    for (let k = open.length - 1; k >= 0; k--) {
      if (names.includes(open[k])) return k;
      if (stop.includes(open[k])) return -1;
    }
    return -1;
  };

  while (i < n) {
    if (i >= BODY.maxChars) {
      cut = true;
      break;
    }
    const lt = s.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      const room = BODY.maxChars - i;
      out += splitRuns(s.slice(i, Math.min(textEnd, i + room)));
      if (textEnd - i > room) {
        cut = true;
        break;
      }
      i = textEnd;
      continue;
    }
    // s[i] === '<'
    const next = s[i + 1] ?? '';
    if (s.startsWith('<!--', i)) {
      const end = s.indexOf('-->', i + 4);
      const stop = end < 0 ? n : end + 3;
      out += s.slice(i, stop);
      i = stop;
      continue;
    }
    const endTag = next === '/';
    if (!(endTag ? /[a-z]/i.test(s[i + 2] ?? '') : /[a-z]/i.test(next)) && next !== '!' && next !== '?') {
      out += '<'; // a `<` that starts no tag is text
      i++;
      continue;
    }
    const end = tagEnd(s, i);
    const stop = end < 0 ? n : end;
    if (stop > BODY.maxChars) {
      cut = true;
      break;
    }
    const tag = s.slice(i, stop);
    i = stop;
    if (next === '!' || next === '?') {
      out += tag; // a doctype or bogus comment
      continue;
    }
    const name = /^<\/?([^\s/>]+)/.exec(tag)![1].toLowerCase();
    if (endTag) {
      const waiting = dropped.get(name) ?? 0;
      if (waiting > 0) {
        dropped.set(name, waiting - 1);
        continue;
      }
      const at = open.lastIndexOf(name);
      if (at >= 0) popTo(at);
      out += tag;
      continue;
    }
    if (++elements > BODY.maxElements) {
      cut = true;
      break;
    }
    const implied = IMPLIED[name];
    if (implied) {
      const at = nearest(implied.close, implied.stop);
      if (at >= 0) popTo(at);
    }
    if (CLOSES_P.has(name)) {
      const at = nearest(['p'], P_SCOPE);
      if (at >= 0) popTo(at);
    }
    if (RAW.has(name)) {
      // Kept whatever the depth (each is removed with its content by the sanitizer), text and all.
      const close = rawEnd(s, name, i);
      const stopRaw = close < 0 ? n : close;
      out += tag + s.slice(i, stopRaw);
      i = stopRaw;
      continue;
    }
    if (VOID.has(name)) {
      out += tag;
      continue;
    }
    if (open.length >= BODY.maxDepth) {
      dropped.set(name, (dropped.get(name) ?? 0) + 1);
      flattened++;
      continue;
    }
    open.push(name);
    out += tag;
  }
  return { html: out, cut, flattened };
}
