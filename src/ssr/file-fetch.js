import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

/** Content types by extension, for files read from disk. */
const TYPES = {
  '.json': 'application/json',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.xml': 'application/xml',
  '.html': 'text/html',
};

/**
 * A fetch that answers URLs under `baseUrl`'s folder with the files under `dir` (a CMS export on
 * disk), and every other URL with `next` (the network by default).
 * @param {string} dir
 * @param {string} baseUrl
 * @param {(input: string, init?: RequestInit) => Promise<Response>} [next]
 * @returns {(input: string, init?: RequestInit) => Promise<Response>}
 */
export function fileFetch(dir, baseUrl, next = globalThis.fetch) {
  const folder = new URL('.', baseUrl).href;
  return async (input, init) => {
    const url = new URL(input);
    url.search = url.hash = '';
    if (!url.href.startsWith(folder)) return next(input, init);
    const path = normalize(join(dir, decodeURIComponent(url.href.slice(folder.length))));
    if (!path.startsWith(normalize(dir + sep))) return new Response('Outside the folder', { status: 403 });
    let body;
    try {
      body = await readFile(path);
    } catch {
      return new Response('Not found', { status: 404 });
    }
    const type = /** @type {Record<string, string>} */ (TYPES)[extname(path)] ?? 'application/octet-stream';
    const res = new Response(body, { headers: { 'content-type': type } });
    Object.defineProperty(res, 'url', { value: input });
    return res;
  };
}
