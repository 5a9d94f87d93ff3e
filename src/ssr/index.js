import { JSDOM } from 'jsdom';
import { RenderError } from './errors.js';
import { renderSpec } from './render.js';

export { RenderError };

/** @typedef {import('./index.js').ElementSpec} ElementSpec */
/** @typedef {import('./index.js').RenderOptions} RenderOptions */
/** @typedef {import('./index.js').PageOptions} PageOptions */

/**
 * The tag, attributes and light DOM (as written in the source) of `el`.
 * @param {any} el a jsdom element
 * @param {string} source the HTML `el` was parsed from, when its location in it is known
 * @param {JSDOM} dom
 * @returns {ElementSpec}
 */
function specOf(el, source, dom) {
  const attributes = Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));
  const loc = dom.nodeLocation(el);
  const children = loc?.startTag && loc.endTag ? source.slice(loc.startTag.endOffset, loc.endTag.startOffset) : el.innerHTML;
  return { tag: el.localName, attributes, children };
}

/**
 * Renders one gov- element on the server to HTML with a declarative shadow root, its data loaded
 * first and embedded for the browser to take over (see `gov-portal-elements/hydrate.js`).
 * @param {string | ElementSpec} input the element's HTML (`<gov-news-list src="…"></gov-news-list>`), or its tag, attributes and data
 * @param {RenderOptions} options
 * @returns {Promise<string>}
 */
export async function renderElement(input, options) {
  if (typeof input !== 'string') return renderSpec(input, options);
  const dom = new JSDOM(`<body>${input}</body>`, { includeNodeLocations: true });
  const el = dom.window.document.body.firstElementChild;
  if (!el || !el.localName.startsWith('gov-')) throw new RenderError(el?.localName ?? '?', 'not a gov- element');
  return renderSpec(specOf(el, `<body>${input}</body>`, dom), options);
}

/**
 * Renders every gov- element of a page (those not inside another one), leaving the rest of the
 * page byte for byte as it was. An element whose data cannot be loaded or used stays as it was
 * (the browser renders it as usual) and `onWarning` hears why.
 * @param {string} page
 * @param {PageOptions} options
 * @returns {Promise<string>}
 */
export async function renderPage(page, options) {
  const dom = new JSDOM(page, { includeNodeLocations: true });
  const { document } = dom.window;
  const baseHref = document.querySelector('base[href]')?.getAttribute('href');
  const baseUrl = baseHref ? new URL(baseHref, options.baseUrl).href : options.baseUrl;
  const warn = options.onWarning ?? ((message) => console.warn(message));
  const found = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('gov-') && !insideGov(el));
  let out = '';
  let at = 0;
  for (const el of found) {
    const loc = dom.nodeLocation(el);
    if (!loc || !loc.endTag) continue; // made up by the parser (no tags of its own in the source)
    let rendered;
    try {
      rendered = await renderSpec(specOf(el, page, dom), {
        ...options,
        baseUrl,
        lang: el.closest('[lang]')?.getAttribute('lang') ?? undefined,
      });
    } catch (e) {
      warn(e instanceof RenderError ? e.message : `<${el.localName}>: ${String(e)}`);
      continue;
    }
    out += page.slice(at, loc.startOffset) + rendered;
    at = loc.endOffset;
  }
  return out + page.slice(at);
}

/**
 * True when `el` is inside another gov- element (that one renders it).
 * @param {any} el a jsdom element
 */
function insideGov(el) {
  for (let p = el.parentElement; p; p = p.parentElement) if (p.localName.startsWith('gov-')) return true;
  return false;
}

export { prerenderMiddleware } from './middleware.js';
