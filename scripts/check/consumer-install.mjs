// Consumer check: packs the package as a fresh clone would (`npm pack` with no dist/, so its `prepack` build
// must run), asserts the tarball's file list, installs it into a scratch folder, and shows in Chromium that the
// drop-in bundle and each element's subpath import define and render the elements. It also type-checks a
// consumer file against the shipped .d.ts. This proves the build-on-pack, the exports map and the "files" list.
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { launchChromium } from '../lib/launch-chromium.mjs';
import { packFresh } from '../build/pack-like-fresh-clone.mjs';
import { serve } from '../lib/static-server.mjs';
import { tally } from '../lib/tally.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const execFileAsync = promisify(execFile);
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

// Model content: the demo's data (demo/data). Its pictures are relative to that folder (../images/…);
// the scratch app serves the demo's images at /images/.
const demo = (file) => JSON.parse(readFileSync(join(root, 'demo', 'data', file), 'utf8').replaceAll('"../images/', '"/images/'));
const first = (file) => demo(file).items[0];
/** An element with its data as inline JSON, as a webmaster pastes it (`<\/` keeps a body's tags inside the script). */
const inline = (tag, data, attributes = '') =>
  `<${tag}${attributes}><script type="application/json">${JSON.stringify(data).replaceAll('</', '<\\/')}</script></${tag}>`;
const [news, notice, service, video, photo, document] = [
  'tin-tuc.json',
  'thong-bao.json',
  'dich-vu-cong.json',
  'video.json',
  'thu-vien-anh.json',
  'van-ban-dieu-hanh.json',
].map(first);
const [article, counts] = [demo('bai-viet.json'), demo('luot-truy-cap.json')];

// One sample per element: markup a webmaster could paste, and text the rendered element must show.
const samples = {
  'gov-news-list': {
    markup: inline('gov-news-list', [news], ' heading="Các tin khác"'),
    expect: [news.title, `(${news.date})`],
  },
  'gov-article': { markup: inline('gov-article', article), expect: [article.title, article.author] },
  'gov-notice-board': { markup: inline('gov-notice-board', [notice]), expect: [notice.title] },
  'gov-visit-counter': {
    markup: `<gov-visit-counter online="${counts.online}" today="${counts.today}" month="${counts.month}" total="${counts.total}"></gov-visit-counter>`,
    expect: [new Intl.NumberFormat('vi-VN').format(counts.total), 'Đang online'],
  },
  'gov-service-links': { markup: inline('gov-service-links', [service]), expect: [service.title] },
  'gov-video-list': { markup: inline('gov-video-list', [video]), expect: [video.title] },
  // Thumbnails carry no text: the heading shows, and a picture that did not load is a console error.
  'gov-photo-gallery': { markup: inline('gov-photo-gallery', [photo]), expect: ['Thư viện ảnh'] },
  'gov-document-list': { markup: inline('gov-document-list', [document]), expect: [document.number, 'Còn hiệu lực'] },
  // No data: its labels show, and its state is ready once rendered.
  'gov-display-settings': { markup: '<gov-display-settings></gov-display-settings>', expect: ['Cỡ chữ', 'Tương phản cao'] },
};

const page = (title, script, tags) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title></head><body>` +
  tags.map((t) => samples[t].markup).join('\n') +
  `<script type="module" src="${script}"></script></body></html>`;

const { check: record, finish } = tally('consumer-check', { always: true });
/** Records one check (`ok` first, as this script reads best). */
const check = (ok, what) => record(what, ok);

/** The tarball's file list: what a user gets, and nothing that belongs to the repository only. */
function checkFileList(files) {
  const has = new Set(files);
  const tags = Object.keys(samples);
  const required = [
    'package.json',
    'README.md',
    'LICENSE',
    'custom-elements.json',
    'dist/index.js',
    'dist/index.d.ts',
    'dist/gov-portal-elements.bundle.js',
    'dist/gov-portal-elements.hydrate.js',
    'dist/gov-portal-elements.css',
    ...tags.flatMap((t) => [`dist/${t.slice(4)}/${t.slice(4)}.js`, `dist/${t.slice(4)}/${t.slice(4)}.d.ts`]),
    // The development build (the `development` export condition, and the drop-in bundle with set-up hints).
    'dist/development/index.js',
    'dist/development/gov-portal-elements.bundle.js',
    ...tags.map((t) => `dist/development/${t.slice(4)}/${t.slice(4)}.js`),
  ];
  const missing = required.filter((f) => !has.has(f));
  check(
    missing.length === 0,
    `the tarball holds dist/, custom-elements.json, LICENSE and README.md${missing.length ? ` (missing: ${missing.join(', ')})` : ''}`,
  );
  // The visit counter's service and the server renderer ship as plain JavaScript for Node, with their
  // commands (bin/).
  const shipped = /^(dist\/|bin\/|src\/counter-service\/|src\/ssr\/|package\.json$|README\.md$|LICENSE$|custom-elements\.json$)/;
  const stray = files.filter((f) => !shipped.test(f));
  check(stray.length === 0, `the tarball holds nothing else${stray.length ? ` (also: ${stray.join(', ')})` : ''}`);
}

/** Every source map in the installed package carries each source's text or points at a file that is there. */
function checkSourceMaps(pkgDir, files) {
  const broken = [];
  for (const file of files.filter((f) => f.endsWith('.map'))) {
    const map = JSON.parse(readFileSync(join(pkgDir, file), 'utf8'));
    map.sources.forEach((source, i) => {
      const inline = typeof map.sourcesContent?.[i] === 'string';
      if (!inline && !existsSync(resolve(pkgDir, dirname(file), map.sourceRoot ?? '', source))) {
        broken.push(`${file} → ${source}`);
      }
    });
  }
  const maps = files.filter((f) => f.endsWith('.map')).length;
  check(
    maps > 0 && broken.length === 0,
    `no source map points at a missing file (${maps} maps)${broken.length ? `: ${broken.slice(0, 5).join(', ')}` : ''}`,
  );
}

const work = mkdtempSync(join(tmpdir(), 'gov-consumer-'));
const app = join(work, 'app');
let browser;
let server;
try {
  const { tarball, files } = packFresh(work);
  checkFileList(files);
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', '--loglevel=error', tarball], app);
  const pkgDir = join(app, 'node_modules', 'gov-portal-elements');
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  check(existsSync(join(pkgDir, 'custom-elements.json')), 'the tarball ships custom-elements.json');
  checkSourceMaps(pkgDir, files);

  // Element subpaths: every "./x.js" export that maps into dist/<x>/<x>.js.
  const target = (k) => pkg.exports[k]?.default ?? pkg.exports[k];
  const subpaths = Object.keys(pkg.exports).filter((k) => {
    const name = /^\.\/([a-z-]+)\.js$/.exec(k)?.[1];
    return name !== undefined && target(k) === `./dist/${name}/${name}.js`;
  });
  const all = subpaths.map((k) => `gov-${k.slice(2, -3)}`);
  const expected = Object.keys(samples);
  check(
    all.length === expected.length && all.every((t) => samples[t]),
    `one subpath per element in the exports map (${all.join(', ')})`,
  );
  // CONSUMER_TAGS=gov-news-list,… narrows the browser part while elements are being written.
  const only = process.env.CONSUMER_TAGS?.split(',');
  const tags = only ? all.filter((t) => only.includes(t)) : all;

  // A consumer's strict TypeScript program of one file, with the shipped .d.ts files.
  const tscArgs = (file) => [
    '--noEmit',
    '--strict',
    '--target',
    'es2022',
    '--module',
    'esnext',
    '--moduleResolution',
    'bundler',
    '--lib',
    'es2022,dom',
    '--skipLibCheck',
    file,
  ];
  /** `gov-news-list` → `GovNewsList`. */
  const className = (tag) => 'Gov' + tag.slice(4).replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());

  // Types: a consumer file that uses each subpath's class and the tag map, compiled with the shipped .d.ts.
  const ts = tags
    .map((t, i) => {
      const cls = className(t);
      return `import { ${cls} } from 'gov-portal-elements/${t.slice(4)}.js';\nconst e${i}: ${cls} = document.createElement('${t}');\nvoid e${i};`;
    })
    .join('\n');
  writeFileSync(
    join(app, 'types-check.ts'),
    `${ts}\nimport type { GovState } from 'gov-portal-elements';\nconst s: GovState = 'ready';\nvoid s;\n`,
  );
  try {
    run(bin('tsc'), tscArgs('types-check.ts'), app);
    check(true, 'the shipped .d.ts files type-check a consumer of every subpath (HTMLElementTagNameMap included)');
  } catch (e) {
    console.error(e.stdout);
    check(false, 'the shipped .d.ts files type-check a consumer of every subpath');
  }

  // Typed events with one subpath imported alone: each file is its own program, so no other element's types help.
  const eventChecks = await Promise.all(
    tags.map(async (t) => {
      const name = t.slice(4);
      const cls = className(t);
      // The display settings load no data: their own event is the typed one.
      const lines =
        t === 'gov-display-settings'
          ? [
              `import type { ${cls}, GovDisplayChangeDetail } from 'gov-portal-elements/${name}.js';`,
              `import 'gov-portal-elements/${name}.js';`,
              `const el = document.querySelector('${t}')!;`,
              `el.addEventListener('gov-display-change', (e) => { const detail: GovDisplayChangeDetail = e.detail; void detail.resolvedTheme; });`,
              `const direct: ${cls} = el;`,
              `void direct;`,
              `// @ts-expect-error the change's detail has no such field`,
              `el.addEventListener('gov-display-change', (e) => e.detail.notAField);`,
            ]
          : [
              `import type { ${cls}, ${cls}LoadDetail } from 'gov-portal-elements/${name}.js';`,
              `import 'gov-portal-elements/${name}.js';`,
              `const el = document.querySelector('${t}')!;`,
              `el.addEventListener('gov-load', (e) => { const detail: ${cls}LoadDetail = e.detail; void detail; });`,
              `el.addEventListener('gov-error', (e) => void e.detail.error.message);`,
              `const late: Promise<${cls}LoadDetail> = el.loaded;`,
              `void late;`,
              `const direct: ${cls} = el;`,
              `void direct;`,
              `// @ts-expect-error no element's gov-load detail has this field`,
              `el.addEventListener('gov-load', (e) => e.detail.notAField);`,
            ];
      if (t === 'gov-news-list') {
        lines.push(
          `import type { NewsItem } from 'gov-portal-elements/news-list.js';`,
          `el.addEventListener('gov-load', (e) => { const items: NewsItem[] = e.detail.items; void items; });`,
        );
      }
      if (t === 'gov-video-list') {
        lines.push(
          `import type { VideoItem } from 'gov-portal-elements/video-list.js';`,
          `el.addEventListener('gov-video-play', (e) => { const item: VideoItem = e.detail.item; void item; });`,
          `document.addEventListener('gov-video-play', (e) => { const item: VideoItem = e.detail.item; void item; });`,
        );
      }
      writeFileSync(join(app, `events-${name}.ts`), lines.join('\n') + '\n');
      try {
        await execFileAsync(bin('tsc'), tscArgs(`events-${name}.ts`), { cwd: app });
        return [t, ''];
      } catch (e) {
        return [t, e.stdout];
      }
    }),
  );
  for (const [t, out] of eventChecks) {
    if (out) console.error(out);
    check(!out, `typed events with only gov-portal-elements/${t.slice(4)}.js imported (gov-load detail, loaded)`);
  }

  // One page per subpath, bundled from the installed package as an app's bundler would.
  mkdirSync(join(app, 'out'));
  // The samples' pictures, from the demo.
  cpSync(join(root, 'demo', 'images'), join(app, 'images'), { recursive: true });
  for (const tag of tags) {
    const name = tag.slice(4);
    writeFileSync(join(app, `entry-${name}.js`), `import 'gov-portal-elements/${name}.js';\n`);
    run(
      bin('esbuild'),
      [
        `entry-${name}.js`,
        '--bundle',
        '--format=esm',
        '--conditions=production',
        `--outfile=out/${name}.js`,
        '--log-level=error',
      ],
      app,
    );
    writeFileSync(join(app, `${name}.html`), page(tag, `out/${name}.js`, [tag]));
  }
  writeFileSync(
    join(app, 'bundle.html'),
    page('bundle', 'node_modules/gov-portal-elements/dist/gov-portal-elements.bundle.js', tags),
  );

  server = await serve(app);
  browser = await launchChromium();
  const visit = async (file, expectTags) => {
    const p = await browser.newPage();
    const errors = [];
    p.on('pageerror', (e) => errors.push(e.message));
    p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await p.goto(`${server.url}/${file}`);
    for (const tag of expectTags) {
      const what = `${file}: <${tag}> is defined and renders its content`;
      try {
        await p.waitForFunction(
          (t) => customElements.get(t) && document.querySelector(t)?.getAttribute('state') === 'ready',
          tag,
          { timeout: 10000 },
        );
        const text = await p.locator(tag).evaluate((el) => el.shadowRoot.textContent.replace(/\s+/g, ' '));
        const missing = samples[tag].expect.filter((s) => !text.includes(s));
        check(missing.length === 0, what + (missing.length ? ` (missing: ${missing.join(' | ')})` : ''));
      } catch (e) {
        check(false, `${what} (${e.message.split('\n')[0]})`);
      }
    }
    check(errors.length === 0, `${file}: no page or console errors${errors.length ? ': ' + errors.join(' | ') : ''}`);
    await p.close();
  };
  for (const tag of tags) await visit(`${tag.slice(4)}.html`, [tag]);
  await visit('bundle.html', tags);
} catch (e) {
  check(false, `consumer check crashed: ${e.message}`);
} finally {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
}
finish();
