// `npm run bench`: renders the same news data with <gov-news-list> and with a plain-DOM baseline in one
// Chromium (playwright-core, /usr/bin/chromium), a fresh browser context per sample, and prints
// medians and ratios. Not a test: nothing here fails CI. Needs `npm run build` first (it uses dist/).
//
//   node bench/run.mjs [--samples=N] [--only=render,first,parse,feeds,big,checks] [--json=out.json]
//
// Scenarios
//   render  20 / 1000 / 10,000 items set from JS: create, validate, render, style + layout.
//   first   a page whose 20-item list is inline JSON: first contentful paint and "rendered"
//           (script done + layout), from navigation start; also for <gov-notice-board> and
//           <gov-video-list> when the bundle has them.
//   parse   20,000-item feed: JSON.parse + validation, and RSS: DOMParser + feed reader + validation.
//   big     20,000 items with limit / page-size: rendered DOM and time.
//   checks  no wasted work (see checks.mjs).
//   documents  <gov-document-list>, 10,000 documents: longest task per search / filter / sort / page step.
//   bounds     <gov-article> given hostile or careless data (huge spans, deep nesting, huge bodies and titles):
//              the longest main-thread task, against the plain parse of the same body (bounds.mjs).
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { findChrome } from '../scripts/lib/find-chrome.mjs';
import { root, startHarness } from './harness.mjs';
import { runChecks } from './checks.mjs';
import { firstRenderPages } from './first-render.mjs';
import { runBoundsBench } from './bounds.mjs';
import { runDocumentBench } from './document-list.mjs';
import { runFeeds } from './feeds.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v = 'true'] = a.replace(/^--/, '').split('=');
    return [k, v];
  }),
);
const scale = Number(args.samples ?? 0); // overrides every sample count when set
const only = new Set((args.only ?? 'render,first,parse,feeds,big,checks,documents,bounds').split(','));

if (!existsSync(join(root, 'dist', 'gov-portal-elements.bundle.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const harness = await startHarness();
const { browser, generated, sample, serveElementStyles, close } = harness;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const quartiles = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return [s[Math.floor((s.length - 1) / 4)], s[Math.ceil(((s.length - 1) * 3) / 4)]];
};
const ms = (x) => (x === undefined ? '—' : x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const count = (n) => (scale > 0 ? scale : n);

// ---- the element styles, for the baseline (same CSS text as the element adopts) ---------------
const css = await serveElementStyles();
const defined = Object.keys(css);

const results = {
  date: new Date().toISOString(),
  machine: machine(),
  render: [],
  first: [],
  parse: undefined,
  big: [],
  checks: [],
};

function machine() {
  let chromium = '?';
  try {
    chromium = execFileSync(findChrome(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    /* unknown */
  }
  return {
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    memGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    chromium,
    playwright: browser.version(),
  };
}

console.log(
  `gov-portal-elements bench — ${results.machine.chromium}, ${results.machine.cpus} CPUs (${results.machine.cpu}), ${results.date}`,
);
console.log(`elements in the bundle: ${defined.join(', ')}\n`);

// ---- render -------------------------------------------------------------------------------------
if (only.has('render')) {
  console.log('render: n news items set from JS → validated, rendered, styled and laid out; median of fresh pages, ms');
  console.log('        wall = performance.now() around the work; CPU = main-thread CPU time of that task (trace)');
  console.log(
    `${pad('items', 8)}${lpad('samples', 8)}${lpad('wall el.', 10)}${lpad('wall DOM', 10)}${lpad('ratio', 7)} ${pad('', 7)}${lpad('CPU el.', 10)}${lpad('CPU DOM', 10)}${lpad('ratio', 7)} ${pad('', 7)}target`,
  );
  for (const [n, samples] of [
    // More samples where a sample is cheap: small renders are the noisiest on a shared machine.
    [20, 41],
    [1000, 21],
    [10000, 5],
  ]) {
    const lit = [];
    const dom = [];
    const litCpu = [];
    const domCpu = [];
    const checks = {};
    for (let i = 0; i < count(samples); i++) {
      // Interleaved, and alternating which goes first, so drift on a shared machine hits both.
      const order = i % 2 ? ['dom', 'lit'] : ['lit', 'dom'];
      for (const impl of order) {
        const r = await sample(`/bench/page.html?run=render&impl=${impl}&n=${n}`, { cpu: ['bench:start', 'bench:end'] });
        (impl === 'lit' ? lit : dom).push(r.ms);
        (impl === 'lit' ? litCpu : domCpu).push(r.cpu);
        checks[impl] = r;
      }
    }
    const ratio = median(lit) / median(dom);
    const cpuRatio = median(litCpu) / median(domCpu);
    const target = n <= 1000 ? 1.25 : undefined;
    const same =
      checks.lit.items === n &&
      checks.dom.items === n &&
      (n > 100 || checks.lit.text === checks.dom.text) &&
      Math.abs(checks.lit.height - checks.dom.height) < 1;
    results.render.push({
      n,
      samples: lit.length,
      lit: median(lit),
      dom: median(dom),
      ratio,
      litCpu: median(litCpu),
      domCpu: median(domCpu),
      cpuRatio,
      litCpuIqr: quartiles(litCpu),
      domCpuIqr: quartiles(domCpu),
      target,
      sameOutput: same,
      litAll: lit,
      domAll: dom,
      litCpuAll: litCpu,
      domCpuAll: domCpu,
    });
    const verdict = (r) => (target ? `${r <= target ? 'met' : 'MISSED'}` : '');
    console.log(
      `${pad(n, 8)}${lpad(lit.length, 8)}${lpad(ms(median(lit)), 10)}${lpad(ms(median(dom)), 10)}${lpad(ratio.toFixed(2), 7)} ${pad(verdict(ratio), 7)}` +
        `${lpad(ms(median(litCpu)), 10)}${lpad(ms(median(domCpu)), 10)}${lpad(cpuRatio.toFixed(2), 7)} ${pad(verdict(cpuRatio), 7)}${target ? `≤ ${target}` : ''}` +
        `${same ? '' : `  [OUTPUT DIFFERS: ${JSON.stringify({ lit: [checks.lit.items, checks.lit.height], dom: [checks.dom.items, checks.dom.height] })}]`}`,
    );
  }
  console.log('');
}

// ---- first render from inline JSON ------------------------------------------------------------------
if (only.has('first')) {
  const pages = await firstRenderPages(root, css);
  console.log(
    'first render: a page with the list as inline JSON (20 news items, 20 notices, 5 videos), element (drop-in bundle)',
  );
  console.log('        vs plain DOM (baseline module); from navigation start, median of fresh pages, ms. FCP = first contentful');
  console.log('        paint; rendered = list in the DOM and laid out; CPU = main-thread CPU time until rendered (trace)');
  console.log(
    `${pad('element', 18)}${lpad('samples', 8)}${lpad('FCP el.', 9)}${lpad('FCP DOM', 9)}${lpad('ratio', 7)}${lpad('rendered el.', 14)}${lpad('DOM', 7)}${lpad('ratio', 7)}${lpad('CPU el.', 9)}${lpad('DOM', 7)}${lpad('ratio', 7)}  target ≤ 1.3 (FCP)`,
  );
  for (const p of pages) {
    generated.set(`/gen/first-${p.tag}-lit.html`, { type: 'text/html', body: p.lit });
    generated.set(`/gen/first-${p.tag}-dom.html`, { type: 'text/html', body: p.dom });
    const runs = { lit: [], dom: [] };
    for (let i = 0; i < count(31); i++) {
      for (const impl of i % 2 ? ['dom', 'lit'] : ['lit', 'dom']) {
        runs[impl].push(
          await sample(`/gen/first-${p.tag}-${impl}.html`, {
            ready: 'window.__t.fcp !== undefined && window.__t.rendered !== undefined',
            result: 'window.__t',
            cpu: ['bench:rendered'],
          }),
        );
      }
    }
    const m = (impl, key) => median(runs[impl].map((r) => r[key]));
    const row = {
      tag: p.tag,
      samples: runs.lit.length,
      fcpLit: m('lit', 'fcp'),
      fcpDom: m('dom', 'fcp'),
      renderedLit: m('lit', 'rendered'),
      renderedDom: m('dom', 'rendered'),
      cpuLit: m('lit', 'cpu'),
      cpuDom: m('dom', 'cpu'),
      items: [runs.lit[0].items, runs.dom[0].items],
      heights: [runs.lit[0].height, runs.dom[0].height],
    };
    row.fcpRatio = row.fcpLit / row.fcpDom;
    row.renderedRatio = row.renderedLit / row.renderedDom;
    row.cpuRatio = row.cpuLit / row.cpuDom;
    row.target = 1.3;
    results.first.push(row);
    console.log(
      `${pad(p.tag, 18)}${lpad(row.samples, 8)}${lpad(ms(row.fcpLit), 9)}${lpad(ms(row.fcpDom), 9)}${lpad(row.fcpRatio.toFixed(2), 7)}${lpad(ms(row.renderedLit), 14)}${lpad(ms(row.renderedDom), 7)}${lpad(row.renderedRatio.toFixed(2), 7)}${lpad(ms(row.cpuLit), 9)}${lpad(ms(row.cpuDom), 7)}${lpad(row.cpuRatio.toFixed(2), 7)}  ${row.fcpRatio <= 1.3 ? 'met' : 'MISSED'}${row.items[0] === row.items[1] && Math.abs(row.heights[0] - row.heights[1]) < 1 ? '' : `  [OUTPUT DIFFERS: items ${row.items}, heights ${row.heights}]`}`,
    );
  }
  console.log('');
}

// ---- parse + validate a 20,000-item feed ---------------------------------------------------------------
if (only.has('parse')) {
  const runs = [];
  for (let i = 0; i < count(5); i++) runs.push(await sample('/bench/page.html?run=parse&n=20000'));
  const m = (k) => median(runs.map((r) => r[k]));
  results.parse = {
    samples: runs.length,
    n: 20000,
    jsonBytes: runs[0].jsonBytes,
    rssBytes: runs[0].rssBytes,
    valid: runs[0].valid,
    validRss: runs[0].validRss,
  };
  for (const k of ['jsonParse', 'jsonValidate', 'rssParse', 'rssValidate']) results.parse[k] = m(k);
  const p = results.parse;
  console.log(`parse + validate a 20,000-item feed (median of ${p.samples} fresh pages, ms; no rendering)`);
  console.log(
    `  JSON ${(p.jsonBytes / 1e6).toFixed(1)} MB: JSON.parse ${ms(p.jsonParse)} + validation (toNewsItems) ${ms(p.jsonValidate)} = ${ms(p.jsonParse + p.jsonValidate)} → ${p.valid} items`,
  );
  console.log(
    `  RSS  ${(p.rssBytes / 1e6).toFixed(1)} MB: DOMParser + feed reader ${ms(p.rssParse)} + validation ${ms(p.rssValidate)} = ${ms(p.rssParse + p.rssValidate)} → ${p.validRss} items`,
  );
  console.log('');
}

// ---- a 5,000-item RSS feed with limit="10": no long task (bench/feeds.mjs) ------------------------------
if (only.has('feeds')) results.feeds = await runFeeds({ withPage: harness.withPage, samples: count(5), median, ms });

// ---- 20,000 items with limit / page-size ---------------------------------------------------------------
if (only.has('big')) {
  console.log('20,000 items given to <gov-news-list>: only what is shown is rendered (median of fresh pages, ms)');
  console.log(`${pad('case', 44)}${lpad('samples', 8)}${lpad('ms', 8)}${lpad('<li>', 7)}${lpad('nodes', 8)}  "Xem thêm"`);
  for (const [label, query] of [
    ['items property, limit="20"', 'limit=20'],
    ['items property, page-size="20"', 'page-size=20'],
    ['src (JSON, 5 MB, from memory), limit="20"', 'limit=20&via=src'],
    ['src (JSON, 5 MB, from memory), page-size="20"', 'page-size=20&via=src'],
    ['items property, 20 items only (for scale)', 'limit=20&n=20'],
  ]) {
    const runs = [];
    for (let i = 0; i < count(5); i++) runs.push(await sample(`/bench/page.html?run=big&${query}`));
    const row = {
      label,
      samples: runs.length,
      ms: median(runs.map((r) => r.ms)),
      items: runs[0].items,
      nodes: runs[0].nodes,
      more: runs[0].more,
    };
    results.big.push(row);
    console.log(
      `${pad(label, 44)}${lpad(row.samples, 8)}${lpad(ms(row.ms), 8)}${lpad(row.items, 7)}${lpad(row.nodes, 8)}  ${row.more ? 'yes' : 'no'}`,
    );
  }
  console.log('');
}

if (only.has('documents')) results.documents = await runDocumentBench({ browser, samples: count(5) });
if (only.has('bounds')) results.bounds = await runBoundsBench({ browser, samples: count(5) });

// ---- no wasted work ----------------------------------------------------------------------------------
if (only.has('checks')) {
  console.log('no wasted work (checks on the built bundle)');
  results.checks = await runChecks({ root, ...harness });
  for (const c of results.checks) console.log(`${c.ok ? '✓' : '✗'} ${c.name}\n    ${c.detail}`);
  console.log('');
}

await close();
if (args.json) await writeFile(args.json, JSON.stringify(results, null, 2));
