// npm run bench:page: the demo's model page (demo/index.html) loaded three ways in headless Chromium,
// throttled through CDP (150 ms latency, 1.6 Mbit/s down and up, CPU ×4), a fresh browser context
// per load, LOADS loads each, medians:
//   static  the server renderer's output with every script and module preload removed: the same
//           text and shadow roots (declarative), no JavaScript;
//   client  the page as `npm run build:demo` builds it (elements rendered in the browser);
//   ssr     `npm run build:demo-ssr`'s page (rendered for this server's URL), built by Vite the
//           same way, loading the hydration entry at low priority, without blocking its first paint.
// All three are built into a temporary folder and served gzip-compressed from one 127.0.0.1 server;
// every request to anything else is aborted. Prints a table; `--write` puts it in BENCHMARKS.md (its "Page loads" section).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchChromium } from '../scripts/lib/launch-chromium.mjs';
import { serve } from '../scripts/lib/static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// Nine loads each: with five, the medians of two runs differed by up to 0.04× (2026-12-06).
const LOADS = Number(process.env.LOADS ?? 9);
const TIMEOUT = 30_000;
const THROTTLE = { latency: 150, bitsPerSecond: 1_600_000, cpu: 4 };

const out = mkdtempSync(join(tmpdir(), 'gov-page-load-'));
// Compressed, as every web server in front of a CMS serves HTML, scripts, styles and JSON.
const site = await serve(out, { gzip: true });
const pageUrl = (name) => (name === 'client' ? `${site.url}/client/demo/index.html` : `${site.url}/ssr/demo/${name}.html`);

try {
  await prepare();
  const browser = await launchChromium();
  const results = {};
  try {
    for (let i = 0; i < LOADS; i++) {
      // Interleaved, so a change in the machine's load touches all three alike.
      for (const name of ['static', 'client', 'ssr']) {
        (results[name] ??= []).push(await measure(browser, name));
      }
    }
  } finally {
    await browser.close();
  }
  report(results);
} finally {
  await site.close();
  rmSync(out, { recursive: true, force: true });
}

/** Pre-renders for this server's URL, builds the client and server-rendered pages, derives the snapshot. */
async function prepare() {
  execFileSync(process.execPath, ['scripts/build/prerender-demo.mjs', '--base', pageUrl('ssr')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // The client page exactly as `npm run build:demo` builds it. The server-rendered page with the
  // modules evaluated in source order: by default the bundler hoists the chunk holding Lit above the
  // hydration support in the entry chunk, Lit never hydrates and every element renders a second copy.
  await buildPage('client', 'index', {});
  await buildPage('ssr', 'ssr', { strictExecutionOrder: true });
  // The demo's Vite plugin makes every built entry render-blocking (right for the client page);
  // a server-rendered page must not wait for its script, nor let it take the bandwidth its first
  // paint needs: the entry loads at low priority and its chunks are not preloaded
  // (docs/server-rendering.md; with the preloads, first paint measured 1.10-1.12× the snapshot and
  // every element interactive about 0.3 s sooner).
  const ssrFile = join(out, 'ssr/demo/ssr.html');
  const ssr = readFileSync(ssrFile, 'utf8')
    .replace(/<script type="module" blocking="render" /g, '<script type="module" fetchpriority="low" ')
    .replace(/<link rel="modulepreload"[^>]*>/g, '');
  writeFileSync(ssrFile, ssr);
  const snapshot = ssr.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '').replace(/<link rel="modulepreload"[^>]*>/g, '');
  writeFileSync(join(out, 'ssr/demo/static.html'), snapshot);
}

/** Builds demo/<page>.html with the demo's Vite config into <folder>/, with the demo's data and images. */
async function buildPage(folder, page, output) {
  const dir = join(out, folder);
  await build({
    configFile: resolve(root, 'vite.config.ts'),
    logLevel: 'error',
    build: {
      outDir: dir,
      emptyOutDir: true,
      rolldownOptions: { input: { [page]: resolve(root, `demo/${page}.html`) }, output },
    },
  });
  cpSync(resolve(root, 'demo/data'), join(dir, 'demo/data'), { recursive: true });
  cpSync(resolve(root, 'demo/images'), join(dir, 'demo/images'), { recursive: true });
}

/** Watches paints and shifts from the first byte (buffered observers). */
function observe() {
  const seen = { fcp: NaN, lcp: NaN, cls: 0 };
  window.__pageLoad = seen;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') seen.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) seen.lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) seen.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Time (ms since navigation) when every gov- element of the page is defined, updated and not loading. */
async function interactive(timeout) {
  const govs = () => [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('gov-'));
  const ready = (el) =>
    customElements.get(el.localName) !== undefined && el.getAttribute('state') !== 'loading' && 'updateComplete' in el;
  const start = performance.now();
  for (;;) {
    const all = govs();
    if (all.length > 0 && all.every(ready)) {
      const settled = await Promise.all(all.map((el) => el.updateComplete));
      if (settled.every(Boolean) && govs().every(ready)) return { at: performance.now(), count: all.length };
    }
    if (performance.now() - start > timeout) return { at: NaN, count: all.length };
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function measure(browser, name) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  let blocked = 0;
  await context.route(
    (url) => url.protocol !== 'data:' && url.origin !== site.url,
    (route) => {
      blocked++;
      return route.abort('blockedbyclient');
    },
  );
  await context.addInitScript(observe);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: THROTTLE.latency,
    downloadThroughput: THROTTLE.bitsPerSecond / 8,
    uploadThroughput: THROTTLE.bitsPerSecond / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE.cpu });
  await page.goto(pageUrl(name), { waitUntil: 'load', timeout: TIMEOUT });
  const ready = name === 'static' ? { at: NaN, count: 0 } : await page.evaluate(interactive, TIMEOUT);
  // Let late paints and shifts land before reading them.
  await page.waitForTimeout(500);
  const seen = await page.evaluate(() => window.__pageLoad);
  await context.close();
  return { ...seen, tti: ready.at, elements: ready.count, blocked };
}

function median(values) {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function report(results) {
  const med = Object.fromEntries(
    Object.entries(results).map(([name, runs]) => [
      name,
      Object.fromEntries(['fcp', 'lcp', 'cls', 'tti'].map((k) => [k, median(runs.map((r) => r[k]))])),
    ]),
  );
  const base = med.static;
  const ms = (v) => (Number.isNaN(v) ? '—' : `${Math.round(v)} ms`);
  const ratio = (v, b) => (Number.isNaN(v) ? '' : ` (${(v / b).toFixed(2)}×)`);
  const maxCls = (name) => Math.max(...results[name].map((r) => r.cls));
  const labels = {
    static: 'static snapshot (no JavaScript)',
    client: 'client-rendered (`demo/index.html`)',
    ssr: 'server-rendered (`demo/ssr.html`, hydrated)',
  };
  const rows = Object.keys(labels).map((name) => {
    const m = med[name];
    const els = results[name][0].elements;
    return `| ${labels[name]} | ${ms(m.fcp)}${ratio(m.fcp, base.fcp)} | ${ms(m.lcp)}${ratio(m.lcp, base.lcp)} | ${m.cls.toFixed(4)} (worst ${maxCls(name).toFixed(4)}) | ${name === 'static' ? '— (no script)' : `${ms(m.tti)} (${els} elements)`} |`;
  });
  const table = ['| page | FCP | LCP | CLS | every gov- element interactive |', '|---|---|---|---|---|', ...rows].join('\n');
  const fcpOk = med.ssr.fcp <= 1.1 * base.fcp;
  const lcpOk = med.ssr.lcp <= 1.15 * base.lcp;
  const clsOk = results.ssr.every((r) => r.cls === 0);
  const verdict = [
    `- server-rendered FCP ≤ 1.1× the snapshot: ${fcpOk ? 'met' : 'NOT met'} (${(med.ssr.fcp / base.fcp).toFixed(2)}×)`,
    `- server-rendered LCP ≤ 1.15× the snapshot: ${lcpOk ? 'met' : 'NOT met'} (${(med.ssr.lcp / base.lcp).toFixed(2)}×)`,
    `- server-rendered CLS 0 in every load: ${clsOk ? 'met' : 'NOT met'} (worst ${maxCls('ssr').toFixed(4)})`,
  ].join('\n');
  const blocked = Object.values(results)
    .flat()
    .reduce((n, r) => n + r.blocked, 0);
  console.log(table);
  console.log(verdict);
  console.log(`requests to other hosts aborted: ${blocked}`);
  if (!process.argv.includes('--write')) return;
  const load = execFileSync('uptime', { encoding: 'utf8' }).trim();
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const section = `
## Page loads (\`npm run bench:page\`)

${date} UTC, ${cpus().length} cores, \`uptime\`: ${load.replace(/^.*load average/, 'load average')}.

The demo's model page (\`demo/index.html\`) three ways, in headless Chromium (playwright-core),
throttled through the DevTools protocol: ${THROTTLE.latency} ms latency, ${THROTTLE.bitsPerSecond / 1e6} Mbit/s down and up,
CPU ×${THROTTLE.cpu}; 1280×800, a fresh browser context per load (empty cache), ${LOADS} loads of each, interleaved;
medians (ratios to the static snapshot). The three pages are built with the demo's Vite config and
served gzip-compressed (as web servers in front of a CMS serve text) by one static server on 127.0.0.1;
requests to anything else are aborted (${blocked} in this run). Run time: about two minutes.

- **static snapshot**: the server renderer's output (\`npm run build:demo-ssr\`) with every
  \`<script>\` and module preload removed: the same text, styles and declarative shadow roots, no
  JavaScript.
- **client-rendered**: \`demo/index.html\` as \`npm run build:demo\` builds it (its entry
  render-blocking, so it paints with its elements defined).
- **server-rendered**: \`demo/ssr.html\`, pre-rendered for the URL it is served at, built by Vite
  the same way but with \`strictExecutionOrder\` (below), loading the hydration entry without
  \`blocking="render"\`, with \`fetchpriority="low"\` and without module preloads: the first paint
  does not share the line with the script (with Vite's preloads it measured 1.10-1.12× the snapshot,
  and every element was interactive about 0.3 s sooner).

Built with the default chunking, the server-rendered page does not hydrate: the bundler puts Lit
in a shared chunk that the entry chunk imports, so it is evaluated before the hydration support that
\`src/hydrate.ts\` imports first; every element then renders a second copy of its content beside the
server-rendered one (the page twice as long, CLS 0.71 in a trial load). Rolldown's
\`output.strictExecutionOrder: true\` keeps the source order, and the page hydrates; a site that
bundles \`hydrate.js\` needs the same (or the support in a script of its own before the elements).
- FCP: the \`first-contentful-paint\` paint entry; LCP: the last \`largest-contentful-paint\`
  entry (buffered observer); CLS: the sum of \`layout-shift\` entries without recent input, read
  500 ms after the page was interactive. "Interactive": every gov- element of the document is
  defined, its \`updateComplete\` resolved and its \`state\` not \`loading\` (for the
  server-rendered page, that is after hydration), in ms since navigation start.

${table}

${verdict}
`;
  // The section is rewritten in place (a run's figures replace the last run's).
  const file = resolve(root, 'BENCHMARKS.md');
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf('\n## Page loads (');
  if (at < 0) {
    appendFileSync(file, section);
  } else {
    const next = text.indexOf('\n## ', at + 1);
    writeFileSync(file, text.slice(0, at) + section.trimEnd() + '\n' + (next < 0 ? '' : text.slice(next)));
  }
  console.log('written to BENCHMARKS.md');
}
