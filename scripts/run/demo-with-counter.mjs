// `npm start`: the demo portal (Vite, as `vite --host 127.0.0.1` serves it) with a live visit counter.
// It starts the counter service beside Vite (SQLite file under node_modules/.cache, the site "demo"
// starting from the model page's 1.116.844), proxies /counter/* to it, and, in the pages Vite serves,
// points the demo's <gov-visit-counter src="data/luot-truy-cap.json"> at /counter/demo with
// count-visit and refresh="60". The files in demo/ are not changed: the static demo and its checks
// keep the JSON file. Ctrl+C stops both.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createConnection, createServer as createNetServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { createServer } from 'vite';

const root = new URL('../..', import.meta.url).pathname;
const cache = new URL('../../node_modules/.cache/gov-portal-elements/', import.meta.url).pathname;

async function freePort(preferred) {
  const tryPort = (port) =>
    new Promise((resolve) => {
      const server = createNetServer();
      server.once('error', () => resolve(undefined));
      server.listen(port, '127.0.0.1', () => {
        const { port: got } = server.address();
        server.close(() => resolve(got));
      });
    });
  return (await tryPort(preferred)) ?? (await tryPort(0));
}

async function listening(port) {
  for (let i = 0; i < 100; i++) {
    const up = await new Promise((resolve) => {
      const socket = createConnection(port, '127.0.0.1');
      socket.once('connect', () => socket.end(() => resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (up) return true;
    await sleep(50);
  }
  return false;
}

/** Starts the counter service; `undefined` when it cannot run here (e.g. better-sqlite3 missing). */
async function startCounter() {
  mkdirSync(cache, { recursive: true });
  const port = await freePort(8787);
  const child = spawn(
    process.execPath,
    [
      new URL('../../bin/gov-portal-elements-counter.mjs', import.meta.url).pathname,
      ...['--db', `${cache}demo-counts.sqlite`, '--port', String(port)],
      // The proxy drops Origin (the page and /counter/ share Vite's origin); a direct call from the demo ports is allowed too.
      ...['--site', 'demo=http://127.0.0.1:5173,http://localhost:5173', '--start', 'demo=1116844'],
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  const exited = new Promise((resolve) => child.once('exit', () => resolve(false)));
  const up = await Promise.race([listening(port), exited]);
  if (!up) {
    console.error('The counter service did not start: the demo keeps its static counter (data/luot-truy-cap.json).');
    child.kill();
    return undefined;
  }
  return { child, target: `http://127.0.0.1:${port}` };
}

/** In the pages Vite serves, the demo's counter counts visits through the live service. */
const liveCounter = () => ({
  name: 'gov:live-counter',
  transformIndexHtml: (html) =>
    html.replace(
      /<gov-visit-counter src="data\/luot-truy-cap\.json"/g,
      '<gov-visit-counter count-visit refresh="60" src="/counter/demo"',
    ),
});

const counter = await startCounter();
const server = await createServer({
  root,
  configFile: new URL('../../vite.config.ts', import.meta.url).pathname,
  server: {
    host: '127.0.0.1',
    proxy: counter
      ? {
          '/counter/': {
            target: counter.target,
            configure: (proxy) => proxy.on('proxyReq', (req) => req.removeHeader('origin')),
          },
        }
      : undefined,
  },
  plugins: counter ? [liveCounter()] : [],
});
await server.listen();
server.printUrls();
if (counter) console.log(`  ➜  Counter: ${counter.target}/counter/demo (live in the demo pages)`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  counter?.child.kill('SIGTERM');
  await server.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
counter?.child.once('exit', (code) => !stopping && console.error(`The counter service stopped (${code}).`));
