// Smoke test of the built Storybook (npm run test:storybook). It builds nothing: run
// `npm run build-storybook` first. It serves storybook-static/ (scripts/lib/static-server.mjs) on 127.0.0.1
// (a free port), reads index.json, and opens every story in headless Chromium (playwright-core). A story
// fails on a page error, a console error, a request that leaves this machine, a Storybook error
// screen, an element left in the wrong state (stories tagged `loading`, `empty` or `error` expect
// that state, the others `ready`), or an axe-core violation of serious or critical impact. Every
// docs page must render its API table from custom-elements.json, without errors.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { axeViolations, injectAxe } from '../lib/axe.mjs';
import { launchChromium } from '../lib/launch-chromium.mjs';
import { serve } from '../lib/static-server.mjs';

const root = process.env.STORYBOOK_DIR ?? 'storybook-static';
const concurrency = Number(process.env.SMOKE_CONCURRENCY ?? 2);
const settleTimeout = Number(process.env.SMOKE_TIMEOUT ?? 30_000);
const STATES = ['loading', 'empty', 'error'];
// SMOKE_RELOAD=1: a full page load for every story (slower; for when switching stories is suspected).
const reload = !!process.env.SMOKE_RELOAD;

if (!existsSync(`${root}/index.json`)) {
  console.error(`${root}/index.json not found: run \`npm run build-storybook\` first.`);
  process.exit(2);
}

/** axe-core's violations in the story; axe allows one run at a time per page (addon-a11y may still be running its own). */
async function storyViolations(page) {
  for (let i = 0; ; i++) {
    try {
      return await axeViolations(page, '#storybook-root');
    } catch (e) {
      if (i > 50 || !/already running/.test(String(e))) throw e;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/**
 * One browser page per worker. The first story is loaded with a page load; the next ones are
 * switched to through Storybook's own channel (as its UI does), so the preview bundle and axe-core
 * are parsed once per worker, not once per story. After a failure the page is loaded afresh.
 */
class Worker {
  constructor(context, base) {
    this.context = context;
    this.base = base;
    this.problems = [];
    this.page = undefined;
  }

  async open() {
    await this.page?.close();
    this.page = await this.context.newPage();
    this.page.on('pageerror', (e) => this.problems.push(`page error: ${e.message}`));
    this.page.on('console', (m) => {
      if (m.type() === 'error') this.problems.push(`console error: ${m.text()}`);
    });
  }

  /** Shows `entry`; returns Storybook's error text, or '' once it rendered. */
  async show(entry) {
    const viewMode = entry.type === 'docs' ? 'docs' : 'story';
    if (!this.page || reload) {
      await this.open();
      // addon-a11y's own automatic run is switched off (a11y.manual): the axe run below is the check.
      await this.page.goto(
        `${this.base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}&globals=a11y.manual:!true`,
      );
      // A story is shown once its render has finished, play function included: Storybook reloads the
      // preview when it is left while still rendering or playing (which would end this page's evaluate).
      await this.page.waitForFunction(
        ({ storyId, docs }) => {
          if (document.body.classList.contains('sb-show-errordisplay')) return true;
          if (docs) return document.querySelector('#storybook-docs')?.childElementCount > 0;
          const render = window.__STORYBOOK_PREVIEW__?.currentRender;
          return render?.id === storyId && render.phase === 'finished';
        },
        { storyId: entry.id, docs: viewMode === 'docs' },
        { timeout: settleTimeout },
      );
      await injectAxe(this.page);
      return this.page.evaluate(() =>
        document.body.classList.contains('sb-show-errordisplay')
          ? (document.querySelector('.sb-errordisplay')?.textContent ?? 'error').replace(/\s+/g, ' ').trim()
          : '',
      );
    }
    // A story counts as shown when its own render reaches its last phase ('finished', after the play
    // function and afterEach), not at the first storyRendered event: renders being torn down (the
    // story before, every story of a docs page, some with this story's id) still send theirs. Taken
    // for this story's, it let the next story be selected while a play function was running (the
    // photo gallery's lightbox stories), and Storybook then reloads the preview. This story's render
    // is the one that prepares it (a docs page's stories come prepared), known by its renderId.
    return this.page.evaluate(
      ({ storyId, viewMode, timeout }) =>
        new Promise((resolve) => {
          const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
          let renderId;
          let error = '';
          const mine = () => renderId !== undefined;
          // A docs page ends on its first error; a story's errors end in 'finished' too, the first one is the result.
          const failed = (text) => (viewMode === 'docs' ? done(text) : mine() && (error ||= text));
          const handlers = {
            storyRenderPhaseChanged: (e) => {
              if (viewMode !== 'story' || e?.storyId !== storyId) return;
              if (!mine() && e.newPhase === 'preparing') renderId = e.renderId;
              if (mine() && e.renderId === renderId && e.newPhase === 'finished') done(error);
            },
            docsRendered: () => viewMode === 'docs' && done(''),
            storyErrored: (e) => failed(`${e?.title ?? 'error'}: ${e?.description ?? ''}`),
            storyThrewException: (e) => failed(`exception: ${e?.message ?? e}`),
            // Also a story that failed to load: it never renders.
            storyMissing: () => done('story missing'),
          };
          const timer = setTimeout(() => done('did not render in time'), timeout);
          function done(result) {
            clearTimeout(timer);
            for (const [event, fn] of Object.entries(handlers)) channel.off(event, fn);
            resolve(result);
          }
          for (const [event, fn] of Object.entries(handlers)) channel.on(event, fn);
          channel.emit('setCurrentStory', { storyId, viewMode });
        }),
      { storyId: entry.id, viewMode, timeout: settleTimeout },
    );
  }

  async check(entry) {
    this.problems = [];
    const problems = this.problems;
    // One story may never take the run with it: past its time it fails and the page is dropped.
    let timer;
    const limit = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no result within ${(3 * settleTimeout) / 1000} s`)), 3 * settleTimeout);
    });
    try {
      await Promise.race([this.checkEntry(entry, problems), limit]);
    } catch (e) {
      problems.push(`failed to run: ${e.message.split('\n')[0]}`);
    } finally {
      clearTimeout(timer);
    }
    if (problems.length) {
      // Start the next story from a fresh page load.
      const page = this.page;
      this.page = undefined;
      await Promise.race([page?.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
    }
    return [...problems];
  }

  async checkEntry(entry, problems) {
    const shown = await this.show(entry);
    const page = this.page;
    if (shown) {
      problems.push(`Storybook error: ${shown.slice(0, 300)}`);
    } else if (entry.type === 'docs' && entry.tags?.includes('unattached-mdx')) {
      // A hand-written MDX page: it rendered, which is all there is to check.
    } else if (entry.type === 'docs') {
      // The API table is generated from custom-elements.json.
      await page
        .waitForFunction(
          () => /attributes|css custom properties/i.test(document.querySelector('#storybook-docs table')?.textContent ?? ''),
          null,
          { timeout: settleTimeout },
        )
        .catch(() => problems.push('docs page has no API table from the manifest (is custom-elements.json built?)'));
    } else {
      await this.checkStory(page, entry, problems);
    }
  }

  async checkStory(page, entry, problems) {
    const expected = STATES.find((s) => entry.tags?.includes(s)) ?? 'ready';
    const settled = await page
      .waitForFunction(
        (want) => {
          const els = [...document.querySelectorAll('#storybook-root *')].filter((e) => e.localName.startsWith('gov-'));
          return els.length > 0 && els.every((e) => e.getAttribute('state') === want);
        },
        expected,
        { timeout: settleTimeout },
      )
      .then(
        () => true,
        () => false,
      );
    if (!settled) {
      const states = await page.evaluate(() =>
        [...document.querySelectorAll('#storybook-root *')]
          .filter((e) => e.localName.startsWith('gov-'))
          .map((e) => `<${e.localName}${customElements.get(e.localName) ? '' : ' (not defined)'}> ${e.getAttribute('state')}`),
      );
      problems.push(`expected every element ${expected}, found ${states.join(', ') || 'no gov- element'}`);
    }
    await page.evaluate(() =>
      Promise.all([...document.querySelectorAll('#storybook-root *')].map((e) => e.updateComplete).filter(Boolean)),
    );
    problems.push(...(await storyViolations(page)).map((v) => `axe ${v}`));
  }
}

const started = Date.now();
// A browser that stops answering must fail the run, not hang CI: the whole smoke normally takes about 20 s.
setTimeout(() => {
  console.error('The Storybook smoke test did not finish within 10 minutes (the browser stopped answering).');
  console.log('storybook: 0 passed, 1 failed');
  process.exit(1);
}, 600_000).unref();
const index = JSON.parse(await readFile(`${root}/index.json`, 'utf8'));
const entries = Object.values(index.entries).filter((e) => e.type === 'story' || e.type === 'docs');
// Cacheable for an hour (http-server's default before): the workers share one context, so a fresh
// page load (after a failure, or with SMOKE_RELOAD) takes the preview bundle from the cache.
const server = await serve(root, { headers: () => ({ 'cache-control': 'max-age=3600' }) });
const base = server.url;

let browser;
const results = [];
try {
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  // Nothing may leave this machine: every other request is blocked and reported.
  const offline = [];
  await context.route('**/*', (route) => {
    const { hostname, protocol, pathname } = new URL(route.request().url());
    // The browser's own favicon request (Storybook's iframe links none): not a story's.
    if (pathname === '/favicon.ico') return route.fulfill({ status: 204 });
    if (protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1') return route.continue();
    offline.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  const queue = [...entries];
  await Promise.all(
    Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
      const worker = new Worker(context, base);
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        const before = offline.length;
        const t0 = Date.now();
        let problems = await worker.check(entry);
        // The harness itself failing (the page navigated under an evaluate, a story past its time) is
        // tried once more on a fresh page; what a story does wrong fails it both times.
        if (problems.length && problems.every((p) => p.startsWith('failed to run:'))) {
          const first = problems;
          problems = await worker.check(entry);
          if (!problems.length)
            console.log(`↻ ${entry.title} › ${entry.name}: passed on a fresh page (first: ${first.join('; ')})`);
        }
        // A blocked request during this story (with concurrency, possibly a neighbour's) fails it.
        problems.push(...offline.slice(before).map((u) => `request to the outside network: ${u}`));
        results.push({ entry, problems });
        const label = `${entry.title} › ${entry.name}`;
        if (problems.length) console.log(`✗ ${label}\n    ${problems.join('\n    ')}`);
        else if (process.env.SMOKE_VERBOSE) console.log(`✓ ${label} (${Date.now() - t0} ms)`);
      }
    }),
  );
} finally {
  await browser?.close();
  await server.close();
}

const failed = results.filter((r) => r.problems.length).length;
const passed = results.length - failed;
const stories = results.filter((r) => r.entry.type === 'story').length;
console.log(
  `storybook: ${passed} passed, ${failed} failed (${stories} stories, ${results.length - stories} docs pages, ${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
process.exit(failed || results.length === 0 ? 1 : 0);
