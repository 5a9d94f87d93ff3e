import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';
import { safeUrl } from './safe-url.js';
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

/** The base URL of the sanitize call in progress (the hooks run synchronously inside it). */
let currentBase = '';

function configure(purify: Purifier): Purifier {
  purify.addHook('afterSanitizeAttributes', (node) => {
    for (const name of URL_ATTRS) {
      const value = node.getAttribute(name);
      if (value === null) continue;
      // In-page anchors stay relative; everything else must pass the allowlist or is dropped.
      const safe = name === 'href' && /^#[^\s]*$/.test(value.trim()) ? value.trim() : safeUrl(value, currentBase);
      if (safe === undefined) node.removeAttribute(name);
      else node.setAttribute(name, safe);
    }
    if (node.localName === 'a' && node.hasAttribute('target')) {
      const target = node.getAttribute('target')!.trim().toLowerCase();
      if (target === '_self' || target === '') node.removeAttribute('target');
      else node.setAttribute('rel', 'noopener noreferrer');
    }
    if (node.localName === 'img') {
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
      if (!node.hasAttribute('alt')) node.setAttribute('alt', '');
    }
  });
  return purify;
}

function make(purify: Purifier): Sanitizer {
  return (dirty, base = document.baseURI) => {
    currentBase = base;
    try {
      // DOMPurify's TrustedHTML (a string without Trusted Types): <gov-article> assigns it to
      // innerHTML as it is, so no other policy ever blesses the HTML.
      return purify.sanitize(stripInline(dirty), CONFIG) as unknown as SafeHtml;
    } finally {
      currentBase = '';
    }
  };
}

/** A sanitizer backed by DOMPurify for this window. */
export function createSanitizer(): Sanitizer {
  return make(configure(DOMPurify(window)));
}
