// The drop-in hydration bundle (dist/gov-portal-elements.hydrate.js, after `npm run build`): a page
// pre-rendered with renderPage, plus that one script tag, is taken over in Chromium without a request
// for any `src`, without drawing anything twice, with one gov-load per element and no error.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { fileFetch } from '../../src/ssr/file-fetch.js';
import { launchChromium } from '../../scripts/lib/launch-chromium.mjs';

const root = new URL('../../', import.meta.url);
// Rendered with the built package, as a site does: Lit's hydration checks that each server-rendered
// template is the browser's own, and the built templates are minified (npm run test:ssr otherwise
// renders the sources, compiled as they are).
process.env.GOV_PORTAL_ELEMENTS_DIST = new URL('dist/', root).pathname;
const { renderPage } = await import('../../src/ssr/index.js');
const bundle = new URL('dist/gov-portal-elements.hydrate.js', root);
const demoData = new URL('demo/data/', root).pathname;

// The model page's boxes, with their demo data, as a CMS page would write them.
const page = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8"><title>Trang chủ</title>
<script>
  window.loads = [];
  document.addEventListener('gov-load', (e) => window.loads.push(e.target.localName), true);
</script>
</head>
<body>
<gov-news-list heading="Tin tức – Sự kiện" src="data/tin-tuc.json" limit="4" time-zone="Asia/Ho_Chi_Minh"></gov-news-list>
<gov-notice-board heading="Thông báo" src="data/thong-bao.json" time-zone="Asia/Ho_Chi_Minh"></gov-notice-board>
<gov-service-links heading="Dịch vụ công" src="data/dich-vu-cong.json"></gov-service-links>
<gov-document-list heading="Văn bản" src="data/van-ban-dieu-hanh.json" time-zone="Asia/Ho_Chi_Minh"></gov-document-list>
<script type="module" src="/dist/gov-portal-elements.hydrate.js"></script>
</body>
</html>`;
const TAGS = ['gov-news-list', 'gov-notice-board', 'gov-service-links', 'gov-document-list'];

/** @type {import('node:http').Server} */
let server;
let origin = '';
let html = '';
/** Requests the browser made for data files. */
const dataRequests = [];
let browser;
/** What the renderer left for the browser, and why. */
const warnings = [];

before(async () => {
  assert.ok(existsSync(bundle), 'dist/gov-portal-elements.hydrate.js is missing: run `npm run build` first');
  server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    // The browser's own request (the page links no icon).
    if (path === '/favicon.ico') return res.writeHead(204).end();
    if (path.startsWith('/data/')) dataRequests.push(path);
    const file = path.startsWith('/dist/') ? new URL(`.${path}`, root) : undefined;
    if (!file || !/^\/dist\/[\w.-]+\.js$/.test(path)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(await readFile(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  origin = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
  html = await renderPage(page, {
    baseUrl: `${origin}/`,
    fetch: fileFetch(demoData, `${origin}/data/`),
    onWarning: (message) => warnings.push(message),
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Each element's shadow text, whitespace folded. */
const shadowTexts = (p) =>
  p.evaluate(
    (tags) => tags.map((t) => document.querySelector(t)?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
    TAGS,
  );

describe('the drop-in hydration bundle', () => {
  test('the server output has every element rendered, with no loading state', () => {
    assert.deepEqual(warnings, []);
    for (const tag of TAGS) assert.match(html, new RegExp(`<${tag}[^>]*state="ready"`), tag);
    assert.doesNotMatch(html, /aria-busy="true"/);
  });

  test('takes the page over: no second fetch, the same text, one gov-load each, no error', async () => {
    // What the page shows before any script runs (declarative shadow DOM needs none).
    const still = await browser.newContext({ javaScriptEnabled: false });
    const staticPage = await still.newPage();
    await staticPage.goto(`${origin}/`);
    const before = await shadowTexts(staticPage);
    await still.close();
    assert.ok(
      before.every((t) => t.length > 20),
      'every element shows its content without JavaScript',
    );

    const context = await browser.newContext();
    const live = await context.newPage();
    const problems = [];
    live.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    live.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()} ${m.location().url}`);
    });
    live.on('response', (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()} for ${r.url()}`);
    });
    dataRequests.length = 0;
    await live.goto(`${origin}/`);
    await live
      .waitForFunction((n) => window.loads.length >= n, TAGS.length, { timeout: 15000 })
      .catch(async (e) => {
        const seen = await live.evaluate(() => window.loads);
        throw new Error(`gov-load heard from ${seen.join(', ') || 'none'}; ${problems.join('; ')}`, { cause: e });
      });
    // Late events would show here: give the elements their updates.
    await live.evaluate(() => Promise.all([...document.querySelectorAll('*')].map((el) => el.updateComplete)));
    const after = await shadowTexts(live);
    const loads = await live.evaluate(() => window.loads.slice().sort());
    const defined = await live.evaluate((tags) => tags.every((t) => customElements.get(t) !== undefined), TAGS);
    await context.close();

    assert.ok(defined, 'every element is defined by the bundle');
    assert.deepEqual(dataRequests, [], 'no request for a src the server already loaded');
    assert.deepEqual(after, before, 'the same text after hydration: nothing drawn twice, nothing lost');
    assert.deepEqual(loads, [...TAGS].sort(), 'one gov-load per element');
    assert.deepEqual(problems, []);
  });
});
