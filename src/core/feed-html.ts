// The HTML inside feeds (RSS titles and descriptions, Atom html/xhtml text) as a reader sees it:
// text with its tags dropped and its block boundaries kept, and the first picture in it.
import { GovDataError } from './errors.js';
import { stripInline } from './strip-inline.js';

interface HtmlPolicy {
  createHTML(input: string): unknown;
}
type TrustedTypesApi = { createPolicy(name: string, rules: { createHTML(input: string): string }): HtmlPolicy };

/** The Trusted Types policy for the feed reader, made on first use (`null`: none, or not allowed). */
let policy: HtmlPolicy | null | undefined;

/**
 * Markup as the page's Trusted Types rules let it reach a parser. `DOMParser.parseFromString` and
 * `innerHTML` are Trusted Types sinks: on a page with `require-trusted-types-for 'script'` they
 * refuse plain strings. The documents this module parses into are inert (no script runs, nothing
 * loads, no browsing context) and only their text and attribute values are read, so the feed goes
 * through the reader's own policy, "gov-portal-elements". A page whose CSP lists allowed policies
 * (`trusted-types …`) must name it to read RSS or Atom.
 */
function trusted(markup: string): string {
  const tt = (globalThis as { trustedTypes?: TrustedTypesApi }).trustedTypes;
  if (policy === undefined) {
    try {
      policy = tt ? tt.createPolicy('gov-portal-elements', { createHTML: (input) => input }) : null;
    } catch {
      policy = null; // not allowed by the page's `trusted-types` list: parsing says so
    }
  }
  return (policy ? policy.createHTML(markup) : markup) as string;
}

/** Runs a parse, turning a Trusted Types refusal into a `GovDataError` that names the policy. */
function guarded<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    throw new GovDataError(
      'parse',
      `The feed could not be parsed (${(e as Error).message}); a page with a Trusted Types CSP must allow the policy "gov-portal-elements"`,
    );
  }
}

/** Parses a whole document (the feed itself) with `DOMParser`. */
export function parseDocument(markup: string, type: DOMParserSupportedType): Document {
  return guarded(() => new DOMParser().parseFromString(trusted(markup), type));
}

/** One `<template>` in an inert document, reused for every fragment: cheaper than a document each. */
let scratch: HTMLTemplateElement | undefined;

/** Elements whose content is never text a reader sees. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'head', 'title', 'select']);
/** Elements that start a new line: their boundaries become spaces, so blocks never glue together. */
const BLOCK = new Set(
  'address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td th thead tfoot tr ul'.split(
    ' ',
  ),
);

/** What a fragment of feed HTML shows: its text, and the `src` of its first real picture. */
export interface HtmlReading {
  text: string;
  picture?: string;
}

/** The picture an `<img>` shows: `src`, or a lazy-loading copy when `src` is a placeholder; not a 1×1 tracker. */
function pictureOf(img: Element): string | undefined {
  if (img.getAttribute('width') === '1' || img.getAttribute('height') === '1') return undefined;
  for (const name of ['src', 'data-src', 'data-original', 'data-lazy-src']) {
    const v = img.getAttribute(name)?.trim();
    if (v && !v.startsWith('data:')) return v;
  }
  return undefined;
}

function walk(node: Node, out: string[], found: HtmlReading): void {
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === Node.TEXT_NODE) out.push((c as Text).data);
    else if (c.nodeType === Node.ELEMENT_NODE) {
      const name = (c as Element).localName;
      if (HIDDEN.has(name)) continue;
      if (name === 'img' && found.picture === undefined) found.picture = pictureOf(c as Element);
      const block = BLOCK.has(name);
      if (block) out.push(' ');
      walk(c, out, found);
      if (block) out.push(' ');
    }
  }
}

/** Collapses runs of white space, as a browser shows text. */
export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * Reads HTML as a reader sees it: entities decoded, tags dropped, block boundaries (`<p>`, `<br>`,
 * `<li>`…) kept as spaces, script and style content left out; and its first picture. Without `<`
 * or `&` there is no markup, so plain text skips the parse.
 */
export function readHtml(html: string): HtmlReading {
  // eslint-disable-next-line no-control-regex
  if (!/[<&\u0000]/.test(html)) return { text: collapse(html) };
  scratch ??= parseDocument('', 'text/html').createElement('template');
  // stripInline: parsing an inline handler or style would be reported as a CSP violation.
  const markup = stripInline(html);
  const template = scratch;
  guarded(() => (template.innerHTML = trusted(markup)));
  const found: HtmlReading = { text: '' };
  const out: string[] = [];
  walk(template.content, out, found);
  found.text = collapse(out.join(''));
  return found;
}

/** The text of an XHTML fragment (Atom `type="xhtml"`), with block boundaries kept. */
export function readXhtml(el: Element): HtmlReading {
  const found: HtmlReading = { text: '' };
  const out: string[] = [];
  walk(el, out, found);
  found.text = collapse(out.join(''));
  return found;
}
