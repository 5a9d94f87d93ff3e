// A loopback server for the renderer's tests: fixtures and faults, nothing leaves the machine.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';

const fixtures = new URL('../fixtures/', import.meta.url);
const demoData = new URL('../../demo/data/', import.meta.url);

/** The routes: `/fixtures/<file>`, `/demo-data/<file>`, and faults under `/fault/`. */
async function answer(req, res) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const send = (status, type, body) => res.writeHead(status, { 'content-type': type }).end(body);
  if (url.pathname === '/fault/500') return send(500, 'text/plain', 'Internal Server Error');
  if (url.pathname === '/fault/bad-json') return send(200, 'application/json', '{"items": [');
  if (url.pathname === '/fault/wrong-shape') return send(200, 'application/json', '{"items": "không phải danh sách"}');
  if (url.pathname === '/fault/html') return send(200, 'text/html', '<!doctype html><html><body>Trang lỗi</body></html>');
  if (url.pathname === '/fault/slow') return; // never answers: the renderer's time-out ends it
  if (url.pathname === '/redirect/tin-tuc.json') return res.writeHead(302, { location: '/demo-data/tin-tuc.json' }).end();
  const [, folder, name] = /^\/(fixtures|demo-data)\/([\w.-]+)$/.exec(url.pathname) ?? [];
  if (!name) return send(404, 'text/plain', 'Not found');
  try {
    const body = await readFile(new URL(name, folder === 'fixtures' ? fixtures : demoData));
    const type = name.endsWith('.json') ? 'application/json' : name.endsWith('.rss') ? 'application/rss+xml' : 'application/xml';
    send(200, type, body);
  } catch {
    send(404, 'text/plain', 'Not found');
  }
}

/** Starts the server on a free loopback port; resolves with its origin and a `close`. */
export async function startServer() {
  /** @type {Set<import('node:http').ServerResponse>} */
  const open = new Set();
  const server = createServer((req, res) => {
    open.add(res);
    res.on('close', () => open.delete(res));
    void answer(req, res);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => {
      for (const res of open) res.destroy();
      return new Promise((done) => server.close(done));
    },
  };
}
