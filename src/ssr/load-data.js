import { distModule, withServerDom } from './elements.js';
import { RenderError } from './errors.js';

/**
 * @typedef {import('./index.js').ElementSpec} ElementSpec
 * @typedef {import('./index.js').RenderOptions} RenderOptions
 * @typedef {{ raw: unknown, base: string, embedAs?: string }} Loaded
 *   `raw`: the data as the element's validation takes it; `base`: what its relative URLs resolve
 *   against; `embedAs`: embed it for hydration, with this `data-gov-base` (`''`: as inline JSON).
 */

/** The wait for an answer when the element sets no `timeout` (its own default). */
const DEFAULT_TIMEOUT = 10_000;

/**
 * The element's data before it renders: given as `data`, fetched from `src` (resolved against
 * `baseUrl`), or read from its inline JSON; `undefined` when it has none of these (its attributes
 * or fallback content are then all it shows).
 * @param {any} el the element, its attributes set
 * @param {ElementSpec} spec
 * @param {RenderOptions} options
 * @returns {Promise<Loaded | undefined>}
 */
export async function loadData(el, spec, options) {
  const tag = spec.tag;
  const src = spec.attributes?.src?.trim();
  if (spec.data !== undefined) return { raw: spec.data, base: options.baseUrl, embedAs: '' };
  if (src) return fetchSrc(el, tag, new URL(src, options.baseUrl).href, options);
  const inline = /<script\b[^>]*\btype\s*=\s*["']?application\/json["']?[^>]*>([\s\S]*?)<\/script\s*>/i.exec(spec.children ?? '');
  if (!inline) return undefined;
  try {
    return { raw: JSON.parse(inline[1]), base: options.baseUrl };
  } catch (e) {
    throw new RenderError(tag, `the inline JSON is not valid (${/** @type {Error} */ (e).message})`);
  }
}

/**
 * GETs `url` as the element would, with its time-out, and reads the answer with its own parsers
 * (JSON, RSS or Atom, legacy encodings).
 * @param {any} el
 * @param {string} tag
 * @param {string} url
 * @param {RenderOptions} options
 * @returns {Promise<Loaded>}
 */
async function fetchSrc(el, tag, url, options) {
  const doFetch = options.fetch ?? globalThis.fetch;
  const given = Number(el.timeout);
  const timeout = Number.isFinite(given) && given > 0 ? given : DEFAULT_TIMEOUT;
  const requestUrl = el.data.config?.requestUrl?.(url) ?? url;
  /** @type {Response} */
  let res;
  try {
    res = await doFetch(requestUrl, {
      signal: AbortSignal.timeout(timeout),
      headers: { accept: 'application/json, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5' },
    });
  } catch (e) {
    throw new RenderError(tag, `no answer from ${url} (${/** @type {Error} */ (e).message})`);
  }
  if (!res.ok) throw new RenderError(tag, `HTTP ${res.status} from ${url}`);
  const { decodeBody, parseBody } = await distModule('core/parse-body.js');
  const contentType = res.headers.get('content-type') ?? '';
  const base = res.url || url;
  try {
    const text = await decodeBody(new Uint8Array(await res.arrayBuffer()), contentType);
    return { raw: await withServerDom(() => parseBody(text, contentType, base)), base, embedAs: base };
  } catch (e) {
    throw new RenderError(tag, `${url}: ${/** @type {Error} */ (e).message}`);
  }
}
