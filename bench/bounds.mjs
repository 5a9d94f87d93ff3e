// Hostile and careless article data through <gov-article>: the longest main-thread task from setting
// `article` to the rendered, laid-out article, for each payload of the availability issue (a 9 KB
// table of huge spans, '<div>'.repeat(100000), 40,000 elements, 1 MB in one paragraph, a 50 MB
// title) and for an ordinary article. The bound is about 200 ms beyond the plain parse of the body
// (`DOMParser`, measured once per payload in a page of its own). The element is bundled from src/
// (esbuild, production Lit, the sanitizer as its lazy chunk), so no build is needed. Part of
// `npm run bench` (`--only=bounds`), or on its own:
//
//   node bench/bounds.mjs [--samples=N] [--root=<another checkout, to measure its src/>] [--skip-parse]
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { launchChromium } from '../scripts/lib/launch-chromium.mjs';
import { startTrace } from './harness.mjs';

const here = resolve(import.meta.dirname, '..');

const PARAGRAPH =
  'Thường trực HĐND huyện Gia Lộc tổ chức hội nghị chuyên đề về nâng cao chất lượng hoạt động tiếp xúc cử tri của đại biểu HĐND 2 cấp. ';

/** Each payload: a name and a JS expression (evaluated in the page) for the article. */
const PAYLOADS = [
  [
    'ordinary article (12 paragraphs, a 10-row table)',
    `({ title: 'Gia Lộc quyết liệt thực hiện đợt cao điểm phòng, chống dịch COVID-19',
        body: ${JSON.stringify(`<p>${PARAGRAPH.repeat(4)}</p>`.repeat(12) + `<table><tr><th>Số</th><th>Nội dung</th></tr>${`<tr><td>1</td><td>${PARAGRAPH}</td></tr>`.repeat(10)}</table>`)} })`,
  ],
  [
    'table: 200 cells colspan=1000 rowspan=65534 (9 KB)',
    `({ title: 'Bảng', body: '<table>' + '<tr><td colspan=1000 rowspan=65534>x</td></tr>'.repeat(200) + '</table>' })`,
  ],
  [`'<div>'.repeat(100000) (500 KB)`, `({ title: 'Lồng nhau', body: '<div>'.repeat(100000) })`],
  ['20,000 paragraphs, 40,000 elements (440 KB)', `({ title: 'Dài', body: '<p>đoạn <b>văn</b></p>'.repeat(20000) })`],
  ['1 MB of text in one paragraph', `({ title: 'Một đoạn', body: '<p>' + 'Gia Lộc '.repeat(125000) + '</p>' })`],
  ['50 MB title', `({ title: 'Huyện ủy Gia Lộc '.repeat(2900000), body: '<p>Nội dung.</p>' })`],
];

const page = (expr) => `<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head>
<body style="margin: 0; width: 1000px"><script>addEventListener('error', (e) => (document.title = 'error: ' + e.message));</script><script type="module">
  await import('/article.js');
  const done = (el) => new Promise((r) => {
    el.addEventListener('gov-load', r, { once: true });
    el.addEventListener('gov-error', r, { once: true });
  });
  // Warm: the sanitizer chunk loads, fonts and shaping are ready.
  const warm = document.createElement('gov-article');
  warm.article = { title: 'Khởi động', body: '<p>Gia Lộc</p>' };
  document.body.append(warm);
  await done(warm);
  warm.remove();
  const article = ${expr};
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  performance.mark('bounds:start');
  const el = document.createElement('gov-article');
  const settled = done(el);
  el.article = article;
  document.body.append(el);
  await settled;
  await el.updateComplete;
  void document.body.offsetHeight;
  performance.mark('bounds:end');
  const body = el.shadowRoot.querySelector('[part~="body"]');
  window.__result = {
    ms: performance.measure('bounds', 'bounds:start', 'bounds:end').duration,
    state: el.getAttribute('state'),
    elements: body ? body.querySelectorAll('*').length : 0,
    cut: !!el.shadowRoot.querySelector('[part~="body-cut"]'),
    titleLength: el.shadowRoot.querySelector('[part~="title"]')?.textContent.length ?? 0,
  };
</script></body></html>`;

/** The plain parse of the payload's body (no sanitizer, no element), once. */
const parsePage = (expr) => `<!doctype html><meta charset="utf-8"><script type="module">
  const { body } = ${expr};
  const t = performance.now();
  new DOMParser().parseFromString(body, 'text/html');
  window.__result = { ms: performance.now() - t };
</script>`;

/** Bundles <gov-article> from `root`/src the way the shipped files are built; the sanitizer stays a lazy chunk. */
async function bundle(root) {
  const out = await build({
    entryPoints: { article: join(root, 'src/article/article.ts') },
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['production'],
    outdir: '/out',
    write: false,
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
  });
  return Object.fromEntries(out.outputFiles.map((f) => [f.path.replace(/^\/out/, ''), f.contents]));
}

/** The longest top-level task between the marks, in ms of wall and CPU time. */
function longestTask(events) {
  const mark = (name) => events.find((e) => e.name === name && e.cat.includes('blink.user_timing'));
  const a = mark('bounds:start');
  const b = mark('bounds:end');
  if (!a || !b) return { wall: NaN, cpu: NaN };
  const tasks = events
    .filter((e) => e.pid === a.pid && e.tid === a.tid && e.ph === 'X' && e.cat.includes('toplevel'))
    .filter((t) => t.ts + t.dur >= a.ts && t.ts <= b.ts);
  return {
    wall: Math.max(0, ...tasks.map((t) => t.dur / 1000)),
    cpu: Math.max(0, ...tasks.map((t) => (t.tdur ?? t.dur) / 1000)),
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => (Number.isNaN(x) ? '—' : x < 10 ? x.toFixed(1) : x.toFixed(0));

/**
 * Runs every payload `samples` times (a fresh page each) in `browser` (one is launched when none is
 * given); prints a table and returns `[{ name, parse, wall, longest, longestCpu, state, elements, cut }]`.
 */
export async function runBoundsBench({ browser, samples = 5, root = here, parse = true, timeout = 180000 } = {}) {
  const files = await bundle(root);
  const pages = new Map();
  PAYLOADS.forEach(([, expr], i) => {
    pages.set(`/${i}.html`, page(expr));
    pages.set(`/parse-${i}.html`, parsePage(expr));
  });
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const html = pages.get(path);
    const js = files[path];
    if (html === undefined && js === undefined) return res.writeHead(404).end();
    const type = html === undefined ? 'text/javascript' : 'text/html';
    res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' }).end(html ?? js);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const own = !browser;
  browser ??= await launchChromium();

  async function visit(path, traced) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    const tab = await context.newPage();
    try {
      const stop = traced ? await startTrace(tab) : undefined;
      await tab.goto(origin + path, { waitUntil: 'commit' });
      await tab.waitForFunction(() => window.__result || document.title.startsWith('error'), null, { timeout, polling: 50 });
      const result = await tab.evaluate('window.__result');
      if (!result) throw new Error(`${path}: ${await tab.title()}`);
      if (stop) Object.assign(result, longestTask(await stop()));
      return result;
    } finally {
      await context.close();
    }
  }

  const rows = [];
  console.log(
    `article bounds: hostile and careless data through <gov-article>, ${samples} fresh pages each (median, ms);\n` +
      '        longest = the longest main-thread task from setting `article` to the laid-out article (wall / CPU);\n' +
      "        plain parse = DOMParser on the raw body, once (the page's own cost before any sanitizing). Bound: ~200 ms beyond it",
  );
  console.log(
    `${'payload'.padEnd(50)}${'plain parse'.padStart(12)}${'total'.padStart(8)}${'longest'.padStart(9)}${'CPU'.padStart(7)}  result`,
  );
  try {
    for (const [i, [name]] of PAYLOADS.entries()) {
      const plain = parse ? (await visit(`/parse-${i}.html`, false)).ms : NaN;
      const runs = [];
      for (let s = 0; s < samples; s++) runs.push(await visit(`/${i}.html`, true));
      const first = runs[0];
      const row = {
        name,
        parse: plain,
        wall: median(runs.map((r) => r.ms)),
        longest: median(runs.map((r) => r.wall)),
        longestCpu: median(runs.map((r) => r.cpu)),
        state: first.state,
        elements: first.elements,
        cut: first.cut,
        titleLength: first.titleLength,
      };
      rows.push(row);
      const result = `${row.state}, ${row.elements} elements${row.cut ? ', cut with a note' : ''}${row.titleLength > 1000 ? `, title ${row.titleLength} chars` : ''}`;
      console.log(
        `${name.padEnd(50)}${ms(row.parse).padStart(12)}${ms(row.wall).padStart(8)}${ms(row.longest).padStart(9)}${ms(row.longestCpu).padStart(7)}  ${result}`,
      );
    }
  } finally {
    if (own) await browser.close();
    await new Promise((r) => server.close(r));
  }
  console.log('');
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = Object.fromEntries(
    process.argv.slice(2).map((a) => {
      const [k, v = 'true'] = a.replace(/^--/, '').split('=');
      return [k, v];
    }),
  );
  await runBoundsBench({
    samples: Number(args.samples ?? 5),
    root: args.root ? resolve(args.root) : here,
    parse: args['skip-parse'] !== 'true',
  });
}
