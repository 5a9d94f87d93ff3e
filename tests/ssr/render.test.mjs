// The Node API (gov-portal-elements/ssr): every element rendered on the server from data given as a
// property, as inline JSON, or fetched from `src`; what is refused is left for the browser.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { fileFetch } from '../../src/ssr/file-fetch.js';
import { RenderError, renderElement, renderPage } from '../../src/ssr/index.js';
import { startServer } from './server.mjs';

const demo = new URL('../../demo/', import.meta.url);
/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
before(async () => (server = await startServer()));
after(() => server.close());

/** The HTML without the style sheets (long, and the same for every element). */
const withoutStyles = (html) => html.replace(/<style>[\s\S]*?<\/style>/g, '');

/** What must never reach server output: a loading state or a placeholder. */
function assertNoLoadingState(html) {
  assert.doesNotMatch(html, /aria-busy="true"/);
  assert.doesNotMatch(html, /part="skeleton"/);
  assert.doesNotMatch(html, /state="loading"/);
}

describe('renderElement', () => {
  test('display settings: only the chosen options carry `checked` (any checked attribute checks a radio)', async () => {
    const html = await renderElement('<gov-display-settings></gov-display-settings>', {
      baseUrl: 'https://gialoc.haiduong.gov.vn/',
    });
    const radios = [...html.matchAll(/<input[^>]*type="radio"[^>]*>/g)].map(([tag]) => ({
      value: /value="([^"]*)"/.exec(tag)?.[1],
      checked: /\schecked(\s|=|\/|>)/.test(tag),
    }));
    assert.equal(radios.length, 7);
    assert.deepEqual(
      radios.filter((r) => r.checked).map((r) => r.value),
      ['normal', 'auto'],
    );
    assert.doesNotMatch(html, /checked="false"/);
  });

  test('data given as a property: shadow DOM with the items, the data embedded as inline JSON', async () => {
    const html = await renderElement(
      {
        tag: 'gov-news-list',
        attributes: { heading: 'Tin tức – Sự kiện' },
        data: {
          items: [{ title: 'Hội nghị </script><b>tiếp xúc cử tri</b>', url: '/tin-tuc/hoi-nghi.html', date: '2026-12-01' }],
        },
      },
      { baseUrl: 'https://gialoc.haiduong.gov.vn/' },
    );
    assert.match(html, /^<gov-news-list heading="Tin tức – Sự kiện" state="ready"/);
    assert.match(html, /<template shadowroot="open" shadowrootmode="open">/);
    assert.match(html, /href="https:\/\/gialoc\.haiduong\.gov\.vn\/tin-tuc\/hoi-nghi\.html"/);
    assert.match(withoutStyles(html), /Hội nghị &lt;\/script&gt;&lt;b&gt;tiếp xúc cử tri/);
    assert.match(html, /<script type="application\/json">\{"items":\[\{"title":"Hội nghị \\u003c\/script>\\u003cb>/);
    assertNoLoadingState(html);
  });

  test('src fetched before rendering, resolved against the base URL, embedded with its final URL', async () => {
    const html = await renderElement('<gov-news-list src="/redirect/tin-tuc.json" limit="3"></gov-news-list>', {
      baseUrl: `${server.origin}/trang/tin-tuc.html`,
    });
    const items = withoutStyles(html).match(/<li part="item">/g) ?? [];
    assert.equal(items.length, 3);
    assert.match(html, new RegExp(`<script type="application/json" data-gov-base="${server.origin}/demo-data/tin-tuc.json">`));
    assertNoLoadingState(html);
  });

  test('an RSS feed from src', async () => {
    const html = await renderElement(`<gov-news-list src="${server.origin}/fixtures/news.rss"></gov-news-list>`, {
      baseUrl: 'https://gialoc.haiduong.gov.vn/',
    });
    assert.match(withoutStyles(html), /ĐỢT CAO ĐIỂM PHÒNG CHỐNG DỊCH COVID-19/);
    assert.doesNotMatch(withoutStyles(html).replace(/<script[\s\S]*?<\/script>/g, ''), /onerror/);
  });

  test('inline JSON in the element: rendered, and kept as it was for the browser', async () => {
    const json = await readFile(new URL('data/luot-truy-cap.json', demo), 'utf8');
    const html = await renderElement(
      `<gov-visit-counter heading="Lượt truy cập"><script type="application/json">${json}</script></gov-visit-counter>`,
      { baseUrl: 'https://gialoc.haiduong.gov.vn/' },
    );
    assert.match(html, /state="ready"/);
    assert.ok(html.includes(json), 'the inline JSON is kept byte for byte');
    assertNoLoadingState(html);
  });

  test('the article body is sanitized on the server with the elements’ policy', async () => {
    const { bodies } = JSON.parse(await readFile(new URL('../fixtures/article-hostile.json', import.meta.url), 'utf8'));
    const body = bodies.map((b) => b.body).join('\n');
    const html = await renderElement(
      { tag: 'gov-article', data: { title: 'Bài có nội dung độc hại', body: `<p id="muc-1">Nội dung</p>${body}` } },
      { baseUrl: 'https://gialoc.haiduong.gov.vn/' },
    );
    const shadow = withoutStyles(html).split('</template>')[0];
    assert.match(shadow, /<div class="content" part="body">/);
    assert.match(shadow, /id="user-content-muc-1"/);
    assert.doesNotMatch(shadow, /<script|<iframe|<object|<embed|<form|\son\w+=|javascript:|<style/i);
  });

  test('data that fails validation is refused with a RenderError, never rendered as an error state', async () => {
    await assert.rejects(
      renderElement({ tag: 'gov-news-list', data: { items: 'không phải danh sách' } }, { baseUrl: 'https://a.vn/' }),
      RenderError,
    );
  });

  for (const [path, why] of [
    ['/fault/500', /HTTP 500/],
    ['/fault/bad-json', /not valid JSON/],
    ['/fault/wrong-shape', /gov-news-list/],
    ['/fault/html', /HTML page/],
    ['/fault/slow', /no answer/],
  ]) {
    test(`src ${path}: a RenderError that says why`, async () => {
      await assert.rejects(
        renderElement(`<gov-news-list src="${path}" timeout="300"></gov-news-list>`, { baseUrl: server.origin }),
        (e) => e instanceof RenderError && why.test(e.message),
      );
    });
  }

  test('a hostile src (javascript:) is never fetched: a RenderError', async () => {
    let asked = 0;
    await assert.rejects(
      renderElement('<gov-news-list src="javascript:alert(1)"></gov-news-list>', {
        baseUrl: 'https://a.vn/',
        fetch: (url) => {
          asked++;
          return fetch(url);
        },
      }),
      RenderError,
    );
    assert.equal(asked, 1, 'handed to fetch, which refuses the scheme');
  });

  test('not a gov- element: a RenderError', async () => {
    await assert.rejects(renderElement('<div></div>', { baseUrl: 'https://a.vn/' }), RenderError);
  });

  test('English from the page language', async () => {
    const html = await renderElement({ tag: 'gov-news-list', data: { items: [] } }, { baseUrl: 'https://a.vn/', lang: 'en' });
    assert.match(html, /state="empty"/);
    assert.match(withoutStyles(html), /News/);
  });
});

describe('renderPage', () => {
  test('the demo page: every element rendered, the rest of the page byte for byte', async () => {
    const page = await readFile(new URL('index.html', demo), 'utf8');
    const baseUrl = 'https://gialoc.haiduong.gov.vn/index.html';
    const warnings = [];
    const html = await renderPage(page, {
      baseUrl,
      fetch: fileFetch(new URL('.', demo).pathname, baseUrl),
      onWarning: (w) => warnings.push(w),
    });
    assert.deepEqual(warnings, []);
    const tags = [...page.matchAll(/<(gov-[a-z-]+)[\s>]/g)].map((m) => m[1]);
    assert.ok(tags.length >= 8, `the demo has its elements (${tags.length})`);
    for (const tag of new Set(tags)) {
      assert.match(html, new RegExp(`<${tag}[^>]* state="(ready|empty)"[^>]*><template shadowroot="open"`), tag);
    }
    assertNoLoadingState(html);
    // Outside the elements, nothing changed.
    const outside = (s) => s.replace(/<(gov-[a-z-]+)[\s>][\s\S]*?<\/\1>/g, '');
    assert.equal(outside(html), outside(page));
  });

  test('an element whose src fails is left as it was, with a warning', async () => {
    const page = `<!doctype html><html lang="vi"><body><gov-news-list src="/fault/500"><ul><li>Tin dự phòng</li></ul></gov-news-list><gov-news-list src="/demo-data/tin-tuc.json"></gov-news-list></body></html>`;
    const warnings = [];
    const html = await renderPage(page, { baseUrl: server.origin, onWarning: (w) => warnings.push(w) });
    assert.ok(html.includes('<gov-news-list src="/fault/500"><ul><li>Tin dự phòng</li></ul></gov-news-list>'));
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /HTTP 500/);
    assert.equal((html.match(/shadowrootmode/g) ?? []).length, 1);
  });
});
