// The benchmark harness: a local server for bench/, dist/, tests/fixtures/, demo/ and generated
// pages, one headless Chromium (playwright-core), and `sample()`: one fresh context per sample.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { launchChromium } from '../scripts/lib/launch-chromium.mjs';

export const root = resolve(import.meta.dirname, '..');
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

export async function startHarness({ viewport = { width: 1000, height: 800 } } = {}) {
  /** path → { type, body }: pages and modules made by the runner. */
  const generated = new Map();
  // dist/ is read once, now: a build started meanwhile (it begins with rm -rf dist) cannot change
  // what this run measures.
  const snapshot = (dir) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) snapshot(path);
      else if (/\.(js|css|json)$/.test(entry.name)) {
        generated.set(`/${path}`, { type: types[extname(entry.name)], body: readFileSync(join(root, path)) });
      }
    }
  };
  snapshot('dist');
  /** Every path the server was asked for, in order (the checks read it). */
  const requests = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    const gen = generated.get(path);
    if (gen) {
      res.writeHead(200, { 'content-type': `${gen.type}; charset=utf-8`, 'cache-control': 'no-store' }).end(gen.body);
      return;
    }
    const file = normalize(join(root, path));
    const allowed = ['bench', 'dist', 'tests/fixtures', 'demo'].some((d) => file.startsWith(join(root, d) + '/'));
    if (!allowed || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' }).end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchChromium();

  /**
   * Opens `path` in a fresh context, waits until `ready` is true in the page, returns `result`.
   * `cpu: [from, to?]` adds `result.cpu`: main-thread CPU ms between those user-timing marks.
   */
  async function sample(path, { ready = 'window.__result', result = 'window.__result', timeout = 120000, setup, cpu } = {}) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    try {
      if (setup) await setup(page, context);
      const stop = cpu ? await startTrace(page) : undefined;
      await page.goto(origin + path);
      await page.waitForFunction(ready, null, { timeout, polling: 10 });
      const value = await page.evaluate(result);
      if (errors.length) throw new Error(`${path}: ${errors.join('; ')}`);
      if (stop) value.cpu = cpuBetween(await stop(), ...cpu);
      return value;
    } finally {
      await context.close();
    }
  }

  /** Opens a fresh context and page, runs `fn(page)`, closes the context. Page errors fail it. */
  async function withPage(fn) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    try {
      const value = await fn(page, origin);
      if (errors.length) throw new Error(errors.join('; '));
      return value;
    } finally {
      await context.close();
    }
  }

  /**
   * Serves `/gen/styles.js` (`export const css = { 'gov-news-list': '…', … }`): each defined element's
   * CSS text as the built bundle adopts it, for the plain-DOM baselines. Returns that map.
   */
  async function serveElementStyles() {
    generated.set('/gen/probe.html', {
      type: 'text/html',
      body: `<!doctype html><meta charset="utf-8"><script type="module">
        await import('/dist/gov-portal-elements.bundle.js');
        const tags = ['gov-news-list', 'gov-notice-board', 'gov-video-list', 'gov-service-links', 'gov-visit-counter', 'gov-article'];
        window.__result = Object.fromEntries(tags.filter((t) => customElements.get(t))
          .map((t) => [t, customElements.get(t).elementStyles.map((s) => s.cssText).join('\\n')]));
      </script>`,
    });
    const css = await sample('/gen/probe.html');
    generated.set('/gen/styles.js', { type: 'text/javascript', body: `export const css = ${JSON.stringify(css)};` });
    return css;
  }

  async function close() {
    await browser.close();
    await new Promise((r) => server.close(r));
  }

  return { origin, browser, generated, requests, sample, withPage, serveElementStyles, close, viewport };
}

/**
 * Starts a trace of the page's top-level tasks and user-timing marks; returns `stop()`, which
 * resolves to the trace events.
 */
export async function startTrace(page) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { recordMode: 'recordAsMuchAsPossible', includedCategories: ['toplevel', 'blink.user_timing', '__metadata'] },
  });
  return async () => {
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

/**
 * CPU time (ms) of the main thread that ran the mark `from` (and `to`): with `to`, the top-level
 * tasks between the two marks; without, every task from the first one up to `from`.
 */
export function cpuBetween(events, from, to) {
  const mark = (name) => events.find((e) => e.name === name && e.cat.includes('blink.user_timing'));
  const a = mark(from);
  if (!a) return undefined;
  const b = to ? mark(to) : undefined;
  const tasks = events.filter(
    (e) => e.pid === a.pid && e.tid === a.tid && e.ph === 'X' && e.cat.includes('toplevel') && e.tdur !== undefined,
  );
  if (b) {
    return tasks.filter((t) => t.ts <= b.ts && t.ts + t.dur >= a.ts).reduce((s, t) => s + t.tdur, 0) / 1000;
  }
  return tasks.filter((t) => t.ts <= a.ts).reduce((s, t) => s + Math.min(t.tdur, t.dur), 0) / 1000;
}
