// @ts-check
import { createServer } from 'node:http';
import { createCounterHandler } from './handler.js';

/**
 * @typedef {import('./handler.js').CounterHandlerOptions & { port?: number, host?: string }} CounterServerOptions
 */

/**
 * Starts a `node:http` server that answers `/counter/<site>` and nothing else.
 * @param {CounterServerOptions} options
 * @returns {Promise<{ server: import('node:http').Server, url: string, close: () => Promise<void> }>}
 */
export async function startCounterServer(options) {
  const { port = 8787, host = '127.0.0.1' } = options;
  const handler = createCounterHandler(options);
  const server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (/^\/counter\/[^/]+\/?$/.test(path)) {
      void handler(req, res);
      return;
    }
    res.writeHead(404, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify({ error: 'Not found: counters live at /counter/<site>' }));
  });
  // A client that trickles its request cannot hold a connection open for long.
  server.requestTimeout = 10_000;
  server.headersTimeout = 5_000;
  server.keepAliveTimeout = 5_000;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    server,
    url: `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
