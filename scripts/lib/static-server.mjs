// A minimal static file server on 127.0.0.1 for the browser checks (consumer check, demo, Storybook, CSP pages).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.xml': 'application/xml',
  '.webm': 'video/webm',
};

/**
 * Serves `root` on a free port of 127.0.0.1. `headers(path)` may add response headers (e.g. a CSP).
 * With `gzip`, text answers are gzip-compressed for clients that accept it, as web servers in front
 * of a CMS do (the page-load benchmark). Resolves to `{ url, close }`.
 */
export async function serve(root, { headers = () => ({}), gzip = false } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const type = types[extname(file)] ?? 'application/octet-stream';
      let body = await readFile(file);
      const compress =
        gzip &&
        /^(text\/|application\/(json|xml)|image\/svg)/.test(type) &&
        /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      if (compress) body = gzipSync(body);
      res.writeHead(200, {
        'content-type': type,
        ...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
        ...headers(path),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}
