// Strict-CSP check: serves tests/csp/*.html and their data with
//   Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'
// and the built dist/ (run `npm run build` first; this script builds nothing), then shows in Chromium
// that all six elements render from dist/gov-portal-elements.bundle.js, the article body through the
// lazily loaded DOMPurify chunk and the news list through the lazily loaded feed chunk, that their
// buttons work, and that nothing is blocked: any `securitypolicyviolation` event, page error or
// console error fails the check. A second page loads the bundle twice (two URLs, two module copies).
// Prints `csp: N passed, N failed` and exits non-zero on failure.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from '../lib/launch-chromium.mjs';
import { serve } from '../lib/static-server.mjs';
import { tally } from '../lib/tally.mjs';

const root = resolve(import.meta.dirname, '..', '..');
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** Text each element must show once ready (from the demo's data, or tests/csp/data for the pages' own cases). */
const expected = {
  'gov-news-list': ['HUYỆN ỦY GIA LỘC TỔ CHỨC HỘI NGHỊ TRỰC TUYẾN', '31/03/2020'],
  'gov-article': [
    'Thường trực HĐND huyện Gia Lộc tổ chức hội nghị chuyên đề',
    'Nguyễn Thanh Mai',
    'Thực hiện: Minh Quang',
    'Hội nghị lần thứ 23',
  ],
  'gov-notice-board': ['Công bố, công khai Kế hoạch sử dụng đất năm 2020 huyện Gia Lộc'],
  'gov-visit-counter': ['1.116.844', 'Đang online'],
  'gov-service-links': ['Dịch vụ Công huyện Gia Lộc', 'Bộ Thủ tục hành chính Huyện'],
  'gov-video-list': ['Đôi nét về Gia Lộc', 'Đền Quát thôn Hạ Bì'],
  'gov-photo-gallery': ['Hoạt động của huyện Gia Lộc'],
  'gov-document-list': ['02/2020/QĐ-UBND', 'Còn hiệu lực', 'PDF, 1,2 MB'],
  // Its theme sheet is adopted into the page and the text scale set through the CSSOM, both allowed by style-src 'self'.
  'gov-display-settings': ['Cỡ chữ', 'Tương phản cao'],
};
const tags = Object.keys(expected);

const { check: record, finish } = tally('csp', { always: true });
/** Records one check (`ok` first, as this script reads best). */
const check = (ok, what, detail = '') => record(what, ok, detail);

if (!existsSync(join(root, 'dist', 'gov-portal-elements.bundle.js'))) {
  console.error('dist/gov-portal-elements.bundle.js is missing: run `npm run build` first.');
  console.log('csp: 0 passed, 1 failed');
  process.exit(1);
}

/** Runs in the page: every element's composed text (nested shadow roots included) and state. */
function snapshot(list) {
  const textOf = (root) => {
    let out = '';
    for (const node of root.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) out += node.textContent + ' ';
      else if (node.nodeType === Node.ELEMENT_NODE) {
        if (node.shadowRoot) out += textOf(node.shadowRoot);
        out += textOf(node);
      }
    }
    return out;
  };
  return list.map((tag) => {
    const el = document.querySelector(tag);
    return { tag, state: el?.getAttribute('state'), text: el?.shadowRoot ? textOf(el.shadowRoot).replace(/\s+/g, ' ') : '' };
  });
}

/** Runs in the page: elements and attributes nothing in the data may produce (after sanitizing). */
function hostileLeft() {
  const found = [];
  // The shadow trees only: the page's own <script> tags are not data.
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (/^(script|iframe|style|object|embed)$/i.test(el.localName))
        found.push(`<${el.localName}> in <${root.host?.localName}>`);
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) found.push(`${a.name} in <${root.host?.localName}>`);
        if (/^\s*javascript:/i.test(a.value)) found.push(`${a.name}=${a.value} in <${root.host?.localName}>`);
      }
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  for (const host of document.querySelectorAll('*')) if (host.shadowRoot) walk(host.shadowRoot);
  return found;
}

let server;
let browser;
try {
  server = await serve(root, { headers: () => ({ 'Content-Security-Policy': CSP }) });
  browser = await launchChromium();

  /** Opens a page, recording console errors and page errors; returns it with its problem list. */
  const open = async (file) => {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
    page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()} for ${r.url()}`));
    const response = await page.goto(`${server.url}/tests/csp/${file}`);
    check(response.headers()['content-security-policy'] === CSP, `${file}: served with the strict CSP header`);
    return { page, problems };
  };

  const waitReady = async (page, file) => {
    try {
      await page.waitForFunction(
        (list) =>
          list.every(
            (t) =>
              customElements.get(t) && ['ready', 'error', 'empty'].includes(document.querySelector(t)?.getAttribute('state')),
          ),
        tags,
        { timeout: 15000 },
      );
    } catch {
      // reported per element below
    }
    for (const { tag, state, text } of await page.evaluate(snapshot, tags)) {
      const missing = expected[tag].filter((s) => !text.includes(s));
      check(
        state === 'ready' && missing.length === 0,
        `${file}: <${tag}> renders`,
        `state ${state}, missing: ${missing.join(' | ')}`,
      );
    }
  };

  // --- Page 1: all six elements under the strict CSP -------------------------------------------
  {
    const file = 'index.html';
    const { page, problems } = await open(file);
    await waitReady(page, file);

    const chunks = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    check(
      chunks.some((u) => /gov-portal-elements\.purify[^/]*\.js$/.test(u)),
      `${file}: the DOMPurify chunk was loaded for the article body`,
    );
    check(
      chunks.some((u) => /gov-portal-elements\.feeds\.js$/.test(u)),
      `${file}: the feed chunk was loaded for the RSS news`,
    );

    const body = await page.evaluate(() => {
      const part = document.querySelector('gov-article')?.shadowRoot?.querySelector('[part~="body"]');
      return part ? part.innerHTML : '';
    });
    const summary = await page.evaluate(
      () => document.querySelector('gov-news-list')?.shadowRoot?.querySelector('[part~="summary"]')?.textContent ?? '',
    );
    check(
      summary.includes('Thường trực HĐND huyện Gia Lộc tổ chức hội nghị.') && !/[<>]/.test(summary),
      `${file}: the RSS description is shown as plain text`,
      summary,
    );
    check(
      /<strong>Nguyễn Thanh Mai<\/strong>/.test(body) && /<table>/.test(body),
      `${file}: the sanitized article body keeps its markup`,
    );
    check(
      !/<script|<style|<iframe|onerror|javascript:|style=/i.test(body),
      `${file}: the sanitized article body has no script, style, iframe, handler or script URL`,
      body.slice(0, 200),
    );
    check(
      /target="_blank"[^>]*rel="noopener noreferrer"|rel="noopener noreferrer"[^>]*target="_blank"/.test(body),
      `${file}: a new-window link in the body gets rel="noopener noreferrer"`,
    );

    // Interact: every button works without a violation.
    await page.evaluate(() => {
      window.print = () => {};
      history.back = () => {};
    });
    const press = async (tag, part) => {
      const button = page.locator(`${tag} [part~="${part}"]`).first();
      if ((await button.count()) === 0) return false;
      await button.click();
      return true;
    };
    check(await press('gov-news-list', 'more'), `${file}: "Xem thêm" works`);
    check(await press('gov-document-list', 'next'), `${file}: the document list's "Trang sau" works`);
    check(await press('gov-article', 'larger'), `${file}: A+ works`);
    check(await press('gov-article', 'print'), `${file}: "In trang" works`);
    check(await press('gov-article', 'top'), `${file}: "Lên trên" works`);
    const ticking = await page.evaluate(() =>
      [...(document.querySelector('gov-notice-board')?.shadowRoot?.querySelectorAll('*') ?? [])].some(
        (n) => n.getAnimations().length > 0,
      ),
    );
    check(ticking, `${file}: the notice ticker moves (Web Animations, no inline style)`);
    const pause = page.locator('gov-notice-board [part~="pause"]').first();
    check((await pause.count()) === 1 && (await pause.click(), true), `${file}: the ticker's pause button works`);
    // The photo lightbox: a modal dialog, and the page's scroll lock set and lifted through the CSSOM.
    const lightbox = async () =>
      page.evaluate(() => ({
        open: document.querySelector('gov-photo-gallery')?.shadowRoot?.querySelector('dialog')?.open === true,
        overflow: getComputedStyle(document.documentElement).overflowY,
      }));
    check(await press('gov-photo-gallery', 'thumbnail'), `${file}: a photo thumbnail can be pressed`);
    const opened = await lightbox();
    check(
      opened.open && opened.overflow === 'hidden',
      `${file}: the lightbox opens and the page stops scrolling`,
      JSON.stringify(opened),
    );
    check(await press('gov-photo-gallery', 'next'), `${file}: the lightbox's next button works`);
    check(await press('gov-photo-gallery', 'close'), `${file}: the lightbox's close button works`);
    const closed = await lightbox();
    check(
      !closed.open && closed.overflow !== 'hidden',
      `${file}: the lightbox closes and the page scrolls again`,
      JSON.stringify(closed),
    );
    await page.waitForTimeout(300);

    const leftovers = await page.evaluate(hostileLeft);
    check(leftovers.length === 0, `${file}: nothing hostile from the data is rendered`, leftovers.join(' | '));
    const inPage = await page.evaluate(() => window.__problems);
    check(inPage.length === 0, `${file}: no securitypolicyviolation event, error or unhandled rejection`, inPage.join(' | '));
    check(problems.length === 0, `${file}: no page error, console error or failed request`, problems.join(' | '));
    // Last, as it causes a violation of its own: prove the policy is really in force.
    const enforced = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return false;
      } catch {
        return true; // Trusted Types refused a plain string
      }
    });
    check(enforced, `${file}: Trusted Types are enforced (innerHTML with a string throws)`);
    await page.close();
  }

  // --- Page 2: the bundle twice on one page ----------------------------------------------------
  {
    const file = 'two-copies.html';
    const { page, problems } = await open(file);
    await waitReady(page, file);
    const copies = await page.evaluate(
      () =>
        performance.getEntriesByType('resource').filter((e) => /gov-portal-elements\.bundle\.js(\?copy=2)?$/.test(e.name)).length,
    );
    check(copies === 2, `${file}: both copies of the bundle were loaded`, `${copies} loaded`);
    // A copy's late definitions must be no-ops: defining an element again through the second copy's
    // path (customElements.define guarded by `define`) must not throw, and the first copy stays in charge.
    const redefine = await page.evaluate(async () => {
      try {
        const mod = await import('/dist/gov-portal-elements.bundle.js?copy=2');
        return { ok: typeof mod.GovNewsList === 'function' && customElements.get('gov-news-list') !== undefined };
      } catch (e) {
        return { ok: false, error: String(e) };
      }
    });
    check(redefine.ok, `${file}: the second copy imports without throwing and exports the classes`, redefine.error);
    const inPage = await page.evaluate(() => window.__problems);
    check(inPage.length === 0, `${file}: no securitypolicyviolation event, error or unhandled rejection`, inPage.join(' | '));
    check(problems.length === 0, `${file}: no page error, console error or failed request`, problems.join(' | '));
    await page.close();
  }

  // --- Page 3: the same pages when the CSP also names the allowed Trusted Types policies ----------
  // A site that lists its policies must allow the three the library uses (and duplicates of them
  // when two copies of the bundle share the page).
  {
    const named = `${CSP}; trusted-types lit-html dompurify gov-portal-elements 'allow-duplicates'`;
    const strict = await serve(root, { headers: () => ({ 'Content-Security-Policy': named }) });
    try {
      for (const file of ['index.html', 'two-copies.html']) {
        const page = await browser.newPage();
        const problems = [];
        page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
        page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
        await page.goto(`${strict.url}/tests/csp/${file}`);
        await waitReady(page, `${file} (trusted-types lit-html dompurify gov-portal-elements)`);
        const inPage = await page.evaluate(() => window.__problems);
        check(
          inPage.length === 0 && problems.length === 0,
          `${file}: no violation or error when the CSP names only the library's policies`,
          [...inPage, ...problems].join(' | '),
        );
        await page.close();
      }
    } finally {
      await strict.close();
    }
  }
} catch (e) {
  check(false, 'csp check crashed', e.stack ?? String(e));
} finally {
  await browser?.close();
  await server?.close();
}

finish();
