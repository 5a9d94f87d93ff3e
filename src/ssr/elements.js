import { pathToFileURL } from 'node:url';

/**
 * The compiled elements: the package's dist/, or the folder GOV_PORTAL_ELEMENTS_DIST names (the
 * package's own tests render the sources, compiled by scripts/build/compile-for-node.mjs).
 */
const distDir = process.env.GOV_PORTAL_ELEMENTS_DIST
  ? pathToFileURL(`${process.env.GOV_PORTAL_ELEMENTS_DIST.replace(/\/?$/, '/')}`)
  : new URL('../../dist/', import.meta.url);

/**
 * Imports one compiled module of the elements, such as `index.js` or `core/purify.js`.
 * @param {string} path
 * @returns {Promise<any>}
 */
export function distModule(path) {
  return import(new URL(path, distDir).href);
}

/** @type {Promise<void> | undefined} */
let ready;
/** @type {any} jsdom's window, once loaded */
let serverWindow;

/**
 * Runs `read` (the feed reader) with jsdom's `DOMParser` and `Node` as globals, as a browser has
 * them, and takes them away after: other code on the server must not mistake Node for a browser.
 * @template T
 * @param {() => Promise<T>} read
 * @returns {Promise<T>}
 */
export async function withServerDom(read) {
  await loadElements();
  const g = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (globalThis));
  const saved = { DOMParser: g.DOMParser, Node: g.Node };
  g.DOMParser = serverWindow.DOMParser;
  g.Node = serverWindow.Node;
  try {
    return await read();
  } finally {
    Object.assign(g, saved);
    for (const [name, value] of Object.entries(saved)) if (value === undefined) delete g[name];
  }
}

/**
 * Loads jsdom and the elements, once: the article's sanitizer is DOMPurify with the elements'
 * policy over jsdom's window (feeds are read over it too: `withServerDom`).
 * @returns {Promise<void>}
 */
export function loadElements() {
  ready ??= (async () => {
    const { JSDOM } = await import('jsdom');
    const { window } = new JSDOM('');
    serverWindow = window;
    const [{ createSanitizerFor }, { useSanitizer }] = await Promise.all([
      distModule('core/purify.js'),
      distModule('core/sanitize.js'),
    ]);
    useSanitizer(createSanitizerFor(window));
    await distModule('index.js');
  })();
  return ready;
}
