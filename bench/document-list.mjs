// <gov-document-list> with a 10,000-document register: the longest main-thread task while a visitor
// types a search, picks filters, sorts, pages and clears. The bound is 100 ms per task.
// The element is bundled from src/ here (esbuild, production Lit, minified), so this scenario needs
// no `npm run build`. Part of `npm run bench` (`--only=documents`), or on its own:
//
//   node bench/document-list.mjs [--samples=N]
//
// Each sample is a fresh page: it builds the register from the demo's 33 documents (numbers, types,
// issuers, years and titles varied), sets it as `items`, then runs the steps below, each one in
// its own task, with user-timing marks around it; a Chromium trace gives every top-level task.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { launchChromium } from '../scripts/lib/launch-chromium.mjs';
import { startTrace } from './harness.mjs';

const root = resolve(import.meta.dirname, '..');

/** The steps, in order: what the visitor does. `type` is one keystroke at a time, 60 ms apart. */
const STEPS = [
  ['type "quyet dinh"', { type: 'quyet dinh' }],
  ['type " dat dai"', { type: ' dat dai' }],
  ['clear', { clear: true }],
  ['filter: year 2024', { select: ['year', '2024'] }],
  ['filter: type Kế hoạch', { select: ['type', 'Kế hoạch'] }],
  ['clear', { clear: true }],
  ['filter: issuer', { select: ['issuer', 'UBND xã Gia Lộc'] }],
  ['sort by number', { sort: 0 }],
  ['sort by number, descending', { sort: 0 }],
  ['next page', { next: true }],
  ['clear', { clear: true }],
];

const page = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head>
<body style="margin: 0; width: 1000px"><script>addEventListener('error', () => (document.title = 'error'));</script><script type="module">
  const { items: base } = await (await fetch('/data.json')).json();
  const issuers = ['UBND huyện Gia Lộc', 'HĐND huyện Gia Lộc', 'UBND xã Gia Lộc', 'UBND xã Yết Kiêu', 'UBND xã Hồng Hưng',
    'UBND xã Thống Nhất', 'UBND xã Gia Khánh', 'UBND xã Lê Lợi', 'UBND xã Toàn Thắng', 'UBND xã Đoàn Thượng'];
  const codes = { 'Quyết định': 'QĐ-UBND', 'Kế hoạch': 'KH-UBND', 'Thông báo': 'TB-UBND', 'Công văn': 'UBND-VP',
    'Chỉ thị': 'CT-UBND', 'Báo cáo': 'BC-UBND', 'Nghị quyết': 'NQ-HĐND' };
  const items = Array.from({ length: 10000 }, (_, i) => {
    const d = base[i % base.length];
    const year = 2015 + (i % 12);
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (i % 12)).padStart(2, '0');
    return { ...d, number: (1 + Math.floor(i / 12)) + '/' + year + '/' + codes[d.type], issuer: issuers[i % issuers.length],
      title: d.title + ' (lần ' + (1 + Math.floor(i / base.length)) + ')', issued: year + '-' + month + '-' + day,
      effective: d.effective && year + '-' + month + '-' + day, status: undefined };
  });
  await import('/document-list.js');
  const el = document.createElement('gov-document-list');
  el.pageSize = 20;
  const loaded = new Promise((r) => el.addEventListener('gov-load', r, { once: true }));
  performance.mark('docs:load-start');
  el.items = items;
  document.body.append(el);
  await loaded;
  await el.updateComplete;
  void document.body.offsetHeight;
  performance.mark('docs:load-end');
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const root = el.shadowRoot;
  const counts = [];
  for (const [i, [, step]] of ${JSON.stringify(STEPS)}.entries()) {
    await frame();
    performance.mark('docs:step-' + i + '-start');
    if (step.type) {
      const box = root.querySelector('[part="search"]');
      for (const ch of step.type) {
        box.value += ch;
        box.dispatchEvent(new Event('input'));
        await sleep(60);
      }
      await sleep(400); // the typing pause, then the search
    } else if (step.select) {
      const select = root.querySelector('select#' + step.select[0]);
      select.value = step.select[1];
      select.dispatchEvent(new Event('input'));
    } else if (step.clear) {
      [...root.querySelectorAll('[part~="clear"]')].find((b) => b.offsetParent)?.click();
    } else if (step.sort !== undefined) {
      root.querySelectorAll('[part="sort"]')[step.sort]?.click();
    } else if (step.next) {
      root.querySelector('[part~="next"]')?.click();
    }
    await el.updateComplete;
    void document.body.offsetHeight;
    await frame();
    performance.mark('docs:step-' + i + '-end');
    counts.push(root.querySelector('[part="count"]').textContent.trim());
  }
  window.__result = { counts, rows: root.querySelectorAll('tbody tr').length };
</script></body></html>`;

/** Bundles the element from src/ the way the shipped file is built (production Lit, minified). */
async function bundle() {
  const out = await build({
    entryPoints: [join(root, 'src/document-list/document-list.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['production'],
    write: false,
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
  });
  return out.outputFiles[0].contents;
}

/**
 * Top-level tasks of the marks' thread between two marks, in ms: `wall` (duration) or `cpu` (the
 * thread's CPU time, which leaves out the time the shared machine gave to other processes).
 */
function tasksBetween(events, from, to, kind = 'wall') {
  const mark = (name) => events.find((e) => e.name === name && e.cat.includes('blink.user_timing'));
  const a = mark(from);
  const b = mark(to);
  if (!a || !b) return [];
  return events
    .filter((e) => e.pid === a.pid && e.tid === a.tid && e.ph === 'X' && e.cat.includes('toplevel'))
    .filter((t) => t.ts + t.dur >= a.ts && t.ts <= b.ts)
    .map((t) => (kind === 'cpu' ? (t.tdur ?? t.dur) : t.dur) / 1000);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Runs the scenario `samples` times in `browser` (one is launched when none is given); prints a
 * table and returns `{ load, steps: [{ name, longest, medianLongest }], bound }`.
 */
export async function runDocumentBench({ browser, samples = 5 } = {}) {
  const files = {
    '/': { type: 'text/html', body: page },
    '/document-list.js': { type: 'text/javascript', body: await bundle() },
    '/data.json': { type: 'application/json', body: readFileSync(join(root, 'demo/data/van-ban-dieu-hanh.json')) },
  };
  const server = createServer((req, res) => {
    const file = files[new URL(req.url, 'http://x').pathname];
    if (!file) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': `${file.type}; charset=utf-8`, 'cache-control': 'no-store' }).end(file.body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const own = !browser;
  browser ??= await launchChromium();
  const runs = [];
  try {
    for (let s = 0; s < samples; s++) {
      const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
      const tab = await context.newPage();
      const errors = [];
      tab.on('pageerror', (e) => errors.push(String(e)));
      const stop = await startTrace(tab);
      await tab.goto(`http://127.0.0.1:${server.address().port}/`);
      await tab.waitForFunction(() => window.__result || document.title === 'error', null, { timeout: 120000, polling: 50 });
      const result = await tab.evaluate('window.__result');
      const events = await stop();
      await context.close();
      if (errors.length) throw new Error(errors.join('; '));
      const longest = (from, to, kind) => Math.max(0, ...tasksBetween(events, from, to, kind));
      runs.push({
        result,
        load: longest('docs:load-start', 'docs:load-end', 'wall'),
        loadCpu: longest('docs:load-start', 'docs:load-end', 'cpu'),
        steps: STEPS.map((_, i) => longest(`docs:step-${i}-start`, `docs:step-${i}-end`, 'wall')),
        stepsCpu: STEPS.map((_, i) => longest(`docs:step-${i}-start`, `docs:step-${i}-end`, 'cpu')),
      });
    }
  } finally {
    if (own) await browser.close();
    await new Promise((r) => server.close(r));
  }
  const steps = STEPS.map(([name], i) => ({
    name,
    medianLongest: median(runs.map((r) => r.steps[i])),
    longest: Math.max(...runs.map((r) => r.steps[i])),
    medianLongestCpu: median(runs.map((r) => r.stepsCpu[i])),
    longestCpu: Math.max(...runs.map((r) => r.stepsCpu[i])),
    count: runs[0].result.counts[i],
  }));
  const load = {
    medianLongest: median(runs.map((r) => r.load)),
    longest: Math.max(...runs.map((r) => r.load)),
    medianLongestCpu: median(runs.map((r) => r.loadCpu)),
    longestCpu: Math.max(...runs.map((r) => r.loadCpu)),
  };
  const worst = Math.max(...steps.map((s) => s.longest));
  const worstCpu = Math.max(...steps.map((s) => s.longestCpu));
  const pad = (s, n) => String(s).padEnd(n);
  const lpad = (s, n) => String(s).padStart(n);
  const f = (x) => x.toFixed(1);
  console.log(
    `<gov-document-list>, 10,000 documents, page-size 20: longest main-thread task per step, ms (${samples} fresh pages)`,
  );
  console.log("        wall = the task's duration; CPU = the main thread's CPU time in it (a loaded machine's waits left out)");
  console.log(
    `${pad('step', 44)}${lpad('wall med.', 10)}${lpad('worst', 8)}${lpad('CPU med.', 10)}${lpad('worst', 8)}  results count`,
  );
  const row = (name, r, count = '') =>
    console.log(
      `${pad(name, 44)}${lpad(f(r.medianLongest), 10)}${lpad(f(r.longest), 8)}${lpad(f(r.medianLongestCpu), 10)}${lpad(f(r.longestCpu), 8)}  ${count}`,
    );
  row('(set items: validate, index, first render)', load);
  for (const s of steps) row(s.name, s, s.count);
  const verdict =
    worst <= 100 ? 'met' : worstCpu <= 100 ? 'met in CPU time; a wall-time task was longer on this loaded machine' : 'MISSED';
  console.log(
    `longest task while searching, filtering, sorting, paging: wall ${f(worst)} ms, CPU ${f(worstCpu)} ms (bound 100 ms: ${verdict})\n`,
  );
  return { samples, load, steps, worst, worstCpu, bound: 100 };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = process.argv.find((a) => a.startsWith('--samples='));
  await runDocumentBench({ samples: arg ? Number(arg.split('=')[1]) : 5 });
}
