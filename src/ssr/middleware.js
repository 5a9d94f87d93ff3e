import { readFile } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { fileFetch } from './file-fetch.js';
import { renderPage } from './index.js';

/** @typedef {import('./index.js').MiddlewareOptions} MiddlewareOptions */

/**
 * A Connect / Express / Vite (`server.middlewares`) / node:http middleware that serves the HTML
 * pages under `root` with their gov- elements rendered on the server. Each `src` under the page's
 * site is read from `root`; anything else is fetched. Requests for other files go to `next`.
 * @param {MiddlewareOptions} options
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: (error?: unknown) => void) => void}
 */
export function prerenderMiddleware(options) {
  const root = normalize(options.root + sep);
  return (req, res, next) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    const path = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !path.endsWith('.html')) return next();
    const file = normalize(join(root, decodeURIComponent(path)));
    if (!file.startsWith(root)) return next();
    void (async () => {
      let page;
      try {
        page = await readFile(file, 'utf8');
      } catch {
        return next();
      }
      const baseUrl = `${options.origin ?? url.origin}${path}`;
      const html = await renderPage(page, {
        baseUrl,
        fetch: fileFetch(root, new URL('/', baseUrl).href, options.fetch),
        onWarning: options.onWarning,
      });
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(req.method === 'HEAD' ? undefined : html);
    })().catch(next);
  };
}
