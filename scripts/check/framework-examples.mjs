// Example apps check: packs the library as a fresh clone would, installs the tarball into the React and Vue
// example apps (demo/react-app, demo/vue-app; their other dependencies come from the npm registry through the
// shared npm cache), type-checks them (tsc -b, vue-tsc -b), builds them with Vite and loads each build in
// Chromium: every element renders, array and object props arrive, each event reaches its handler, a gov-load
// handler that sets state renders a bounded number of times, the ticker starts with `ticker`, and a listener
// added late learns what it missed through `loaded`. Ends with "examples: N passed, N failed".
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { launchChromium } from '../lib/launch-chromium.mjs';
import { packFresh } from '../build/pack-like-fresh-clone.mjs';
import { serve } from '../lib/static-server.mjs';
import { tally } from '../lib/tally.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const apps = ['react-app', 'vue-app'];
const exec = promisify(execFile);
// The apps show the demo's data (demo/examples-data/content.ts picks from demo/data).
const demoData = (file) => JSON.parse(readFileSync(join(root, 'demo', 'data', file), 'utf8')).items[0];
const firstNews = demoData('tin-tuc.json').title;
const [firstVideo, firstPhoto, firstDocument] = ['video.json', 'thu-vien-anh.json', 'van-ban-dieu-hanh.json'].map(demoData);

const { check: record, finish } = tally('examples', { always: true });
/** Records one check (`ok` first, as this script reads best). */
const check = (ok, what) => record(what, ok);

/** Runs a command in `cwd`; resolves to true, or prints its output and resolves to false. */
async function step(what, cmd, args, cwd) {
  const started = Date.now();
  try {
    await exec(cmd, args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CI: 'true' } });
    check(true, `${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return true;
  } catch (e) {
    console.error(`${e.stdout ?? ''}${e.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n'));
    check(false, what);
    return false;
  }
}

/** Copies an app (without installs or builds), the shared content and the demo data it reads; points it at the tarball. */
function prepare(work, app, tarball) {
  const dir = join(work, 'demo', app);
  cpSync(join(root, 'demo', app), dir, {
    recursive: true,
    filter: (src) => !/[/\\](node_modules|dist)$/.test(src),
  });
  cpSync(join(root, 'demo', 'examples-data'), join(work, 'demo', 'examples-data'), { recursive: true });
  cpSync(join(root, 'demo', 'data'), join(work, 'demo', 'data'), { recursive: true });
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  pkg.dependencies['gov-portal-elements'] = `file:${tarball}`;
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  return dir;
}

/** Installs, type-checks and builds one app; resolves to its dist/ folder, or undefined. */
async function buildApp(work, app, tarball) {
  const dir = prepare(work, app, tarball);
  const npm = (what, args) => step(`${app}: ${what}`, 'npm', args, dir);
  const ok =
    // --ignore-scripts: nothing here needs an install script, and the library's optional server-side
    // dependencies (better-sqlite3) would otherwise compile from source for minutes.
    (await npm('npm install (the packed tarball + registry dependencies)', [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--ignore-scripts',
      '--loglevel=error',
    ])) &&
    (await npm(`type-check (${app === 'vue-app' ? 'vue-tsc -b' : 'tsc -b'})`, ['run', 'typecheck'])) &&
    (await npm('vite build', ['run', 'build']));
  return ok ? join(dir, 'dist') : undefined;
}

/** The React entry point names a component for every element in the table the typings read. */
function checkReactExports(work) {
  const dist = join(work, 'demo', 'react-app', 'node_modules', 'gov-portal-elements', 'dist', 'frameworks');
  const tags = [...readFileSync(join(dist, 'elements.js'), 'utf8').matchAll(/'(gov-[a-z-]+)': \{/g)].map((m) => m[1]);
  const wrapped = [...readFileSync(join(dist, 'react.js'), 'utf8').matchAll(/wrap\('(gov-[a-z-]+)'\)/g)].map((m) => m[1]);
  const missing = tags.filter((t) => !wrapped.includes(t));
  check(
    tags.length > 0 && missing.length === 0,
    `gov-portal-elements/react has a component for each of the ${tags.length} elements${missing.length ? ` (missing: ${missing.join(', ')})` : ''}`,
  );
}

// The demo's pictures and video file, which the apps' data names at /images/.
const mediaTypes = { svg: 'image/svg+xml', webp: 'image/webp', webm: 'video/webm' };
const media = (pathname) => {
  const m = /^\/images\/([\w.-]+)\.(svg|webp|webm)$/.exec(pathname);
  return m && [`demo/images/${m[1]}.${m[2]}`, mediaTypes[m[2]]];
};

/** Loads a built app in Chromium and checks what a developer would look at. */
async function visit(browser, app, dist) {
  const server = await serve(dist);
  const page = await browser.newPage();
  const errors = [];
  const offsite = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname !== '127.0.0.1') {
      offsite.push(url.href);
      return route.abort();
    }
    const file = media(url.pathname);
    if (file) return route.fulfill({ body: readFileSync(join(root, file[0])), contentType: file[1] });
    return route.continue();
  });
  const say = (ok, what) => check(ok, `${app}: ${what}`);
  const shadowText = (id) => page.locator(`#${id}`).evaluate((el) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '');
  const events = async () => page.locator('#events li').allTextContents();
  try {
    await page.goto(`${server.url}/index.html`);
    const ids = ['news', 'article', 'services', 'videos', 'photos', 'documents', 'notices', 'counter', 'news-late'];
    for (const id of ids) {
      const ready = await page
        .waitForFunction((i) => document.getElementById(i)?.getAttribute('state') === 'ready', id, { timeout: 10000 })
        .then(
          () => true,
          () => false,
        );
      const tag = await page.locator(`#${id}`).evaluate((el) => el.localName);
      say(ready, `<${tag} id="${id}"> renders (state="ready")`);
    }
    say((await shadowText('news')).includes(firstNews), 'an array prop (items) arrives: the news list shows its first title');
    say((await shadowText('counter')).includes('1.116.844'), 'an object prop (counts) arrives: the counter shows 1.116.844');
    say((await shadowText('article')).includes('Minh Quang'), 'an object prop (article) arrives: the article shows its author');
    say((await shadowText('documents')).includes(firstDocument.number), 'the document list shows its document number');

    const loads = [
      'gov-news-list',
      'gov-article',
      'gov-service-links',
      'gov-video-list',
      'gov-photo-gallery',
      'gov-document-list',
      'gov-visit-counter',
    ];
    await page
      .waitForFunction(() => document.querySelectorAll('#events li').length >= 8, null, { timeout: 10000 })
      .catch(() => {});
    let lines = await events();
    for (const tag of loads)
      say(
        lines.some((l) => l.startsWith(`gov-load ${tag}`)),
        `onGovLoad / gov-load reaches its handler on <${tag}>, typed detail in hand`,
      );
    say(
      lines.some((l) => l.startsWith('gov-load gov-news-list') && l.includes(firstNews)),
      'the news list handler read detail.items',
    );
    await page
      .waitForFunction(() => document.getElementById('news-error')?.getAttribute('state') === 'error', null, { timeout: 10000 })
      .catch(() => {});
    lines = await events();
    say(
      lines.some((l) => l.startsWith('gov-error /khong-co/tin-tuc.json')),
      'onGovError / gov-error reaches its handler with detail.src',
    );

    await page.locator('#videos [part~="play-button"]').first().click();
    await page.locator('#photos [part~="thumbnail"]').first().click();
    await page
      .waitForFunction(() => document.querySelectorAll('#events li').length >= 11, null, { timeout: 5000 })
      .catch(() => {});
    lines = await events();
    say(
      lines.includes(`gov-video-play ${firstVideo.title}`),
      'onGovVideoPlay / gov-video-play reaches its handler with detail.item',
    );
    say(
      lines.includes(`gov-photo-view ${firstPhoto.alt}`),
      'onGovPhotoView / gov-photo-view reaches its handler with detail.item',
    );

    // The counter's handler sets state, which renders a new `counts` literal: it must settle at one load.
    const renders = () =>
      page.evaluate(() => Number(document.getElementById('renders')?.textContent || document.body.dataset.renders || 0));
    const before = await renders();
    await page.waitForTimeout(1000);
    const after = await renders();
    const counterLoads = Number(await page.locator('#counter-loads').textContent());
    const counterEvents = (await events()).filter((l) => l.startsWith('gov-load gov-visit-counter')).length;
    say(counterLoads === 1 && counterEvents === 1, `a state-setting gov-load handler ran once (${counterLoads} loads)`);
    say(after === before && after < 40, `the app's renders are bounded and settle (${after} renders)`);

    const ticker = await page.locator('#notices').evaluate(async (el) => {
      const deadline = Date.now() + 5000;
      let state;
      while (Date.now() < deadline) {
        state = el.shadowRoot.querySelector('.track')?.getAnimations()[0]?.playState;
        if (state === 'running') break;
        await new Promise((r) => setTimeout(r, 50));
      }
      return { state, ticker: el.ticker, scrollIntact: el.scroll === Element.prototype.scroll };
    });
    say(
      ticker.state === 'running' && ticker.ticker === true,
      `the notice board's ticker starts with \`ticker\` (animation ${ticker.state})`,
    );
    say(ticker.scrollIntact, 'Element.prototype.scroll() is intact on the notice board');

    await page.waitForFunction(() => document.getElementById('missed')?.textContent, null, { timeout: 5000 }).catch(() => {});
    say(
      (await page.locator('#missed').textContent()).includes(firstNews),
      'a listener added late learns the data it missed through `loaded`',
    );
  } catch (e) {
    say(false, `crashed: ${e.message.split('\n')[0]}`);
  }
  say(errors.length === 0, `no uncaught page errors${errors.length ? `: ${errors.join(' | ')}` : ''}`);
  say(offsite.length === 0, `no request leaves the machine${offsite.length ? `: ${offsite.join(', ')}` : ''}`);
  await page.close();
  await server.close();
}

const work = mkdtempSync(join(tmpdir(), 'gov-examples-'));
let browser;
try {
  const started = Date.now();
  const { tarball } = packFresh(work);
  check(true, `npm pack in a fresh copy (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  // The two installs and builds run side by side: most of their time is waiting on files and the cache.
  const dists = await Promise.all(apps.map((app) => buildApp(work, app, tarball)));
  if (dists[0]) checkReactExports(work);
  browser = await launchChromium();
  for (const [i, app] of apps.entries()) if (dists[i]) await visit(browser, app, dists[i]);
} catch (e) {
  check(false, `examples check crashed: ${e.message}`);
} finally {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
}
finish();
