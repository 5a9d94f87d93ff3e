import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';
import { BODY, BODY_CUT_ID } from './bounds.js';
import { GovDataError } from './errors.js';
import { boundHtml } from './html-bounds.js';
import { safeUrl } from './safe-url.js';
import { pageBase } from './page.js';
import { isServer } from 'lit';
import { stripInline } from './strip-inline.js';
import type { SafeHtml, Sanitizer } from './sanitize.js';

// The sanitizer proper: DOMPurify with the library's allowlists and URL hook. This module is only
// ever imported dynamically (by sanitize.ts), so its configuration travels in the same lazy chunk
// as DOMPurify and pages without an article body download neither. strip-inline, which the feed
// reader uses too, is a small lazy chunk of its own: sanitize.ts requests it together with this one,
// so it costs no extra round trip.

/** The tags an article body may keep; everything else is removed (its text is kept). */
const TAGS = [
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'span', 'blockquote', 'pre', 'code', 'address',
  'strong', 'b', 'em', 'i', 'u', 's', 'del', 'ins', 'mark', 'small', 'sub', 'sup', 'abbr', 'cite', 'q', 'kbd', 'time',
  'a', 'img', 'figure', 'figcaption',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
]; // prettier-ignore

/** The attributes they may keep. No `style`, no `on*`, no `class`/`part`/`slot` that could reach our styles. */
const ATTRS = [
  'href', 'target', 'rel', 'title', 'alt', 'src', 'width', 'height', 'cite', 'datetime', 'lang', 'dir', 'id',
  'colspan', 'rowspan', 'scope', 'headers', 'abbr', 'start', 'reversed',
]; // prettier-ignore

/** Attributes that hold a URL: each one goes through the library's allowlist (`safeUrl`). */
const URL_ATTRS = ['href', 'src', 'cite'];

const CONFIG: Config & { RETURN_TRUSTED_TYPE: true } = {
  ALLOWED_TAGS: TAGS,
  ALLOWED_ATTR: ATTRS,
  // Named explicitly even though the allowlist already drops them: the intent reads here.
  FORBID_TAGS: ['script', 'style', 'iframe', 'frame', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select', 'svg', 'math', 'template', 'noscript', 'link', 'meta', 'base'], // prettier-ignore
  FORBID_ATTR: ['style', 'action', 'formaction', 'srcset', 'class', 'part', 'slot', 'tabindex'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // `id="title"` in a body must not collide with the element's own ids: they become `user-content-title`.
  SANITIZE_NAMED_PROPS: true,
  // A TrustedHTML where the browser has Trusted Types, so the output may reach an HTML sink under
  // `require-trusted-types-for 'script'` (DOMPurify makes its own "dompurify" policy for that).
  RETURN_TRUSTED_TYPE: true,
};

/** `colspan` / `rowspan` and their largest kept value. */
const SPANS = [
  ['colspan', BODY.maxColspan],
  ['rowspan', BODY.maxRowspan],
] as const;

/** The base URL of the sanitize call in progress (the hooks run synchronously inside it). */
let currentBase = '';

/** A span attribute as the browser reads it, within 1 … `max` (0 means "to the end": `max`). */
function span(cell: Element, name: string, max: number): number {
  const n = parseInt(cell.getAttribute(name) ?? '1', 10);
  return n >= 1 ? Math.min(n, max) : n === 0 ? max : 1;
}

/**
 * A table whose cells would cover more than BODY.maxTableArea grid cells loses its spans: each span
 * is fine alone, but rowspans that overlap push the next rows' cells sideways, so 200 cells of
 * colspan 100 and rowspan 200 make a grid of 4 million cells that takes seconds to lay out.
 */
function boundTable(table: Element): void {
  const rows = Math.max(1, table.querySelectorAll('tr').length);
  const cells = table.querySelectorAll('td, th');
  let area = 0;
  for (const cell of cells) area += span(cell, 'colspan', BODY.maxColspan) * span(cell, 'rowspan', rows);
  if (area <= BODY.maxTableArea) return;
  for (const cell of cells) {
    cell.removeAttribute('colspan');
    cell.removeAttribute('rowspan');
  }
}

function configure(purify: Purifier): Purifier {
  purify.addHook('uponSanitizeElement', (node) => {
    // Not `instanceof Element`: on the server the nodes are a server DOM's (jsdom), not this realm's.
    if (node.nodeType === 1 && (node as Element).localName === 'table') boundTable(node as Element);
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    for (const name of URL_ATTRS) {
      const value = node.getAttribute(name);
      if (value === null) continue;
      // In-page anchors stay relative; everything else must pass the allowlist or is dropped.
      const safe = name === 'href' && /^#[^\s]*$/.test(value.trim()) ? value.trim() : safeUrl(value, currentBase);
      if (safe === undefined) node.removeAttribute(name);
      else node.setAttribute(name, safe);
    }
    // Only a new window: a named target would let a body's link navigate one of the page's own frames.
    if (node.hasAttribute('target')) {
      if (node.localName === 'a' && node.getAttribute('target')!.trim().toLowerCase() === '_blank') {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      } else node.removeAttribute('target');
    }
    // Browsers allow colspan 1000 and rowspan 65534: a few such cells make a table that takes minutes to lay out.
    for (const [name, max] of SPANS) {
      const value = node.getAttribute(name);
      if (value === null) continue;
      const n = parseInt(value, 10);
      if (!(n >= 0)) node.removeAttribute(name);
      else if (n > max) node.setAttribute(name, String(max));
    }
    if (node.localName === 'img') {
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
      if (!node.hasAttribute('alt')) node.setAttribute('alt', '');
    }
  });
  return purify;
}

/** What to tell a webmaster whose Trusted Types policy list leaves DOMPurify's policy out. */
const POLICY_MESSAGE =
  'Trusted Types blocked the article body: the page\'s Content-Security-Policy must allow the "dompurify" policy ' +
  '(add it to the trusted-types directive, e.g. "trusted-types lit-html dompurify")';

/** The error (also said in the console, where a webmaster looks first) for a page that blocks DOMPurify's policy. */
function blocked(): GovDataError {
  console.error(`<gov-article>: ${POLICY_MESSAGE}`);
  return new GovDataError('parse', POLICY_MESSAGE);
}

/**
 * True when HTML as a plain string may be assigned to `innerHTML`: no Trusted Types enforcement, or
 * a default policy that accepts it. DOMPurify answers a string instead of a TrustedHTML when it
 * could not create its policy, and under enforcement that string would be refused at render.
 */
function stringsAllowed(): boolean {
  try {
    document.createElement('template').innerHTML = '';
    return true;
  } catch {
    return false;
  }
}

/** The body bounded (see html-bounds.ts), with a console warning for what was cut or flattened. */
function bounded(dirty: string): string {
  const { html, cut, flattened } = boundHtml(dirty);
  if (flattened)
    console.warn(`<gov-article>: ${flattened} tags nested deeper than ${BODY.maxDepth} levels were dropped (their text is kept)`);
  if (!cut) return html;
  console.warn(`<gov-article>: the body was cut: it has more than ${BODY.maxElements} elements or ${BODY.maxChars} characters`);
  return `${html}<p id="${BODY_CUT_ID}"></p>`;
}

function make(purify: Purifier): Sanitizer {
  return (dirty, base = pageBase()) => {
    currentBase = base;
    let html: unknown;
    try {
      // DOMPurify's TrustedHTML (a string without Trusted Types): <gov-article> assigns it to
      // innerHTML as it is, so no other policy ever blesses the HTML.
      html = purify.sanitize(stripInline(bounded(dirty)), CONFIG);
    } finally {
      currentBase = '';
    }
    // Without its policy, DOMPurify's parse fails silently under enforcement and answers "" (so the
    // article would show without its body): a string where Trusted Types are enforced is that case.
    if (typeof html === 'string' && !isServer && 'trustedTypes' in window && !stringsAllowed()) throw blocked();
    return html as SafeHtml;
  };
}

/** A sanitizer backed by DOMPurify for this window. */
export function createSanitizer(): Sanitizer {
  return createSanitizerFor(window);
}

/** The same sanitizer over another window: a server DOM such as jsdom's, for server rendering. */
export function createSanitizerFor(win: typeof window): Sanitizer {
  return make(configure(DOMPurify(win)));
}
