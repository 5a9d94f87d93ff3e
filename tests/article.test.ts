import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { TEXT_SIZE_KEY, type Article, type ArticleInput, type GovArticle } from '../src/article/article.js';
import { sanitizeHtml } from '../src/core/sanitize.js';
import { all, fixtureUrl, itShowsEachError, loadedAs, one, textOf, waitForState } from './helpers.js';

// Enough room that the lazy sanitizer's request is still recorded after the test page's own files.
performance.setResourceTimingBufferSize(2000);

interface Hostile {
  name: string;
  body: string;
}

const pwned = (): unknown => (window as unknown as { __pwned?: unknown }).__pwned;
const dompurifyRequested = (): boolean =>
  performance.getEntriesByType('resource').some((e) => /dompurify|purify\.es/.test(e.name));

async function modelArticle(): Promise<ArticleInput> {
  return (await (await fetch('/tests/fixtures/article.json')).json()) as ArticleInput;
}

async function hostileBodies(): Promise<Hostile[]> {
  return ((await (await fetch('/tests/fixtures/article-hostile.json')).json()) as { bodies: Hostile[] }).bodies;
}

const loaded = loadedAs<GovArticle>;

/**
 * Runs `body` as if the visitor came from `referrer` ('' for none) with `length` entries in the
 * tab's history; the page's real ones come back after.
 */
async function cameFrom(referrer: string, length: number, body: () => Promise<void>): Promise<void> {
  Object.defineProperty(document, 'referrer', { value: referrer, configurable: true });
  Object.defineProperty(history, 'length', { value: length, configurable: true });
  try {
    await body();
  } finally {
    delete (document as { referrer?: string }).referrer;
    delete (history as { length?: number }).length;
  }
}

/** The URL a navigation started by `act` goes to; the navigation is cancelled (the Navigation API), so the test page stays. */
async function navigationFrom(act: () => void): Promise<string> {
  const { navigation } = window as unknown as { navigation: EventTarget };
  let url = '';
  const stop = (e: Event): void => {
    url = (e as Event & { destination: { url: string } }).destination.url;
    e.preventDefault();
  };
  navigation.addEventListener('navigate', stop);
  try {
    act();
    await aTimeout(0);
  } finally {
    navigation.removeEventListener('navigate', stop);
  }
  return url;
}

/** Everything a sanitized body must not contain. */
function expectClean(root: ParentNode): void {
  expect(
    root.querySelectorAll(
      'script, iframe, frame, object, embed, form, input, button, textarea, style, svg, math, template, noscript, base, meta, link',
    ),
  ).to.have.length(0);
  for (const node of root.querySelectorAll('*')) {
    for (const attr of node.getAttributeNames()) {
      expect(attr, `<${node.localName} ${attr}>`).not.to.match(
        /^on|^style$|^srcset$|^action$|^formaction$|^class$|^part$|^slot$/,
      );
    }
    for (const name of ['href', 'src']) {
      const value = node.getAttribute(name);
      if (value !== null) expect(value, `${name} of <${node.localName}>`).to.match(/^(https?:|mailto:|tel:|#)/);
    }
  }
}

/** Replaces `obj[key]` with a recorder for the duration of `run`. */
async function spyOn<O extends object, K extends keyof O>(
  obj: O,
  key: K,
  run: (calls: unknown[][]) => Promise<void> | void,
): Promise<void> {
  const original = obj[key];
  const calls: unknown[][] = [];
  (obj as Record<K, unknown>)[key] = (...args: unknown[]) => {
    calls.push(args);
  };
  try {
    await run(calls);
  } finally {
    (obj as Record<K, unknown>)[key] = original;
  }
}

describe('<gov-article>', () => {
  // First, before anything in this file loads it.
  describe('lazy sanitizer', () => {
    it('does not download DOMPurify for an article without a body, nor for the page own markup', async () => {
      expect(dompurifyRequested()).to.be.false;
      const el = await loaded(
        html`<gov-article .article=${{ title: 'Tin không có nội dung', date: '2018-10-05' }}></gov-article>`,
      );
      expect(all(el, '[part="body"]')).to.have.length(0);
      const light = await loaded(
        html`<gov-article
          ><h1>Tiêu đề</h1>
          <p>Nội dung của trang.</p></gov-article
        >`,
      );
      expect(textOf(light)).to.contain('Nội dung của trang.');
      await aTimeout(50);
      expect(dompurifyRequested()).to.be.false;
    });

    it('downloads it once a body has to be sanitized, and stays loading until then', async () => {
      const el = document.createElement('gov-article');
      el.article = { title: 'Tin có nội dung', body: '<p>Đoạn <strong>một</strong>.</p>' };
      document.body.append(el);
      try {
        await el.updateComplete;
        expect(el.getAttribute('state')).to.equal('loading');
        await waitForState(el, 'ready');
        expect(dompurifyRequested()).to.be.true;
        expect(one(el, '[part="body"]').innerHTML).to.contain('<strong>một</strong>');
      } finally {
        el.remove();
      }
    });
  });

  describe('rendering the model article', () => {
    it('shows category, title, date, summary, figure, body, author, source and related news from src', async () => {
      const el = await loaded(html`<gov-article src="/tests/fixtures/article.json"></gov-article>`);
      expect(textOf(one(el, '[part="category"]'))).to.equal('Hoạt động HĐND');
      const title = one(el, '[part="title"]');
      expect(title.localName).to.equal('h1');
      expect(title.getAttribute('tabindex')).to.equal('-1');
      expect(textOf(title)).to.match(/^Thường trực HĐND huyện Gia Lộc tổ chức hội nghị chuyên đề/);
      expect(one(el, 'article').getAttribute('aria-labelledby')).to.equal(title.id);
      const date = one(el, '[part="meta"] time');
      expect(textOf(date)).to.equal('05/10/2018');
      expect(date.getAttribute('datetime')).to.equal('2018-10-05');
      expect(textOf(one(el, '[part="summary"]'))).to.match(/^Chiều 4\/10\/2018 tại Hội trường Huyện uỷ/);
      const figure = one(el, 'figure[part="figure"]');
      const img = figure.querySelector<HTMLImageElement>('img[part="image"]')!;
      expect(img.alt).to.equal('Đại biểu dự hội nghị chuyên đề về hoạt động tiếp xúc cử tri');
      expect(img.getAttribute('width')).to.equal('800');
      expect(textOf(figure.querySelector('figcaption[part="caption"]'))).to.contain('chiều 4/10/2018');
      const body = one(el, '[part="body"]');
      expect(textOf(body)).to.contain('Tới dự hội nghị có đ/c Nguyễn Thanh Mai');
      expect(textOf(body)).to.contain('nâng câo chất lượng, hiệu quả của hoạt động TXCT');
      expect(textOf(one(el, '[part="author"]'))).to.equal('Thực hiện: Minh Quang');
      expect(textOf(one(el, '[part="source"]'))).to.equal('Nguồn: Thường trực HĐND huyện Gia Lộc');

      // The article's own related items: a list in the article's shadow root, no <gov-news-list>.
      const related = one(el, 'section[part="related"]');
      expect(all(el, 'gov-news-list')).to.have.length(0);
      const relatedHeading = related.querySelector('[role="heading"]')!;
      expect(textOf(relatedHeading)).to.equal('Các tin khác');
      expect(relatedHeading.getAttribute('aria-level')).to.equal('2');
      expect(related.getAttribute('aria-labelledby')).to.equal(relatedHeading.id);
      const rows = [...related.querySelectorAll('ul > li')];
      expect(rows).to.have.length(5);
      expect(rows[0].querySelector('a')!.getAttribute('href')).to.match(/^http/);
      expect(rows[0].querySelector('time')!.getAttribute('datetime')).to.equal('2020-03-31');
      expect(textOf(rows[0])).to.equal(
        'HUYỆN ỦY GIA LỘC TỔ CHỨC HỘI NGHỊ TRỰC TUYẾN CHỈ ĐẠO ĐỢT CAO ĐIỂM PHÒNG CHỐNG DỊCH COVID-19. (31/03/2020)',
      );
      expect(textOf(rows[1])).to.contain('(28/03/2020)'); // a dd/MM/yyyy date keeps its day through the article
      await expect(el).to.be.accessible();
    });

    it('keeps the benign formatting of a body: p, h2, lists, emphasis, links, images, figures and tables', async () => {
      const el = await loaded(html`<gov-article .article=${await modelArticle()} hide-related></gov-article>`);
      const body = one(el, '[part="body"]');
      expect(body.querySelectorAll('p').length).to.be.greaterThan(5);
      expect(textOf(body.querySelector('h2'))).to.equal('Các ý kiến tham luận');
      expect(body.querySelectorAll('ul > li')).to.have.length(6);
      expect(textOf(body.querySelector('strong'))).to.equal('6 lượt ý kiến');
      expect(textOf(body.querySelector('em'))).to.equal('Xem thêm:');
      const img = body.querySelector('figure > img')!;
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('alt')).to.equal('Toàn cảnh hội nghị chuyên đề tại Hội trường Huyện uỷ');
      expect(textOf(body.querySelector('figure > figcaption'))).to.contain('Toàn cảnh hội nghị');
      expect(body.querySelectorAll('table thead th[scope="col"]')).to.have.length(2);
      expect(body.querySelectorAll('table tbody tr')).to.have.length(3);
      expect(textOf(body.querySelector('table caption'))).to.equal('Tham luận tại hội nghị');
      const [internal, external] = [...body.querySelectorAll('a')];
      expect(internal.getAttribute('href')).to.equal(
        new URL('/tin-tuc/hoi-nghi-lan-thu-23-ban-chap-hanh-dang-bo-huyen-gia-loc-khoa.html', location.href).href,
      );
      expect(internal.hasAttribute('target')).to.be.false;
      expect(external.getAttribute('href')).to.equal('https://haiduong.gov.vn/');
      expect(external.getAttribute('target')).to.equal('_blank');
      expect(external.getAttribute('rel')).to.equal('noopener noreferrer');
      expectClean(body);
      await expect(el).to.be.accessible();
    });

    it('fires gov-load with the validated article and its sanitized body', async () => {
      const el = document.createElement('gov-article');
      const event = oneEvent(el, 'gov-load');
      el.article = { title: '  Tin  ', date: '05/10/2018', body: '<p onclick="x()">Nội dung</p><script>1</script>', related: [] };
      document.body.append(el);
      try {
        const { detail } = (await event) as CustomEvent<{ article: Article }>;
        expect(detail.article.title).to.equal('Tin');
        expect(detail.article.body).to.equal('<p>Nội dung</p>');
        expect(detail.article.date?.dateOnly).to.be.true;
        expect(el.getAttribute('state')).to.equal('ready');
        expect(one(el, '[part="body"]').innerHTML).to.contain('<p>Nội dung</p>');
      } finally {
        el.remove();
      }
    });

    it('skips what it does not have: no empty paragraphs, figure, author or related box', async () => {
      const el = await loaded(html`<gov-article .article=${{ title: 'Chỉ có tiêu đề' }}></gov-article>`);
      for (const part of ['category', 'meta', 'summary', 'figure', 'body', 'author', 'source', 'related']) {
        expect(all(el, `[part~="${part}"]`), part).to.have.length(0);
      }
      expect(all(el, '[part="heading"]')).to.have.length(0); // the title is the heading; no bar by default
      expect(all(el, '[part="tools"] button')).to.have.length(3);
    });

    it('links the source when it has a safe URL, and drops an unsafe image', async () => {
      const el = await loaded(
        html`<gov-article
          .article=${{
            title: 'Tin',
            source: { name: 'Báo Hải Dương', url: 'https://baohaiduong.vn/' },
            image: { src: 'javascript:window.__pwned=1', alt: 'x', caption: 'Chú thích' },
          }}
        ></gov-article>`,
      );
      const link = one<HTMLAnchorElement>(el, '[part="source"] a');
      expect(link.getAttribute('part')).to.equal('source-link');
      expect(link.href).to.equal('https://baohaiduong.vn/');
      expect(all(el, 'img, figure')).to.have.length(0);
    });
  });

  describe('data sources', () => {
    it('reads inline JSON from a <script type="application/json"> child', async () => {
      const el = await loaded(
        html`<gov-article>
          <script type="application/json">
            {
              "title": "Hội nghị chuyên đề",
              "date": "05/10/2018",
              "author": "Minh Quang",
              "body": "<p>Nội dung <em>ngắn</em>.</p>"
            }
          </script>
        </gov-article>`,
      );
      expect(textOf(one(el, '[part="title"]'))).to.equal('Hội nghị chuyên đề');
      expect(one(el, '[part="body"] em')).to.exist;
      expect(textOf(one(el, '[part="author"]'))).to.equal('Thực hiện: Minh Quang');
    });

    it('resolves relative URLs in a fetched body against the data URL', async () => {
      const body = encodeURIComponent(
        JSON.stringify({ title: 'Tin', body: '<p><a href="chi-tiet.html">Chi tiết</a><a href="#muc-1">Mục 1</a></p>' }),
      );
      const el = await loaded(html`<gov-article src=${`/api/body?text=${body}`}></gov-article>`);
      const [relative, anchor] = all<HTMLAnchorElement>(el, '[part="body"] a');
      expect(relative.getAttribute('href')).to.equal(new URL('/api/chi-tiet.html', location.href).href);
      expect(anchor.getAttribute('href')).to.equal('#muc-1');
    });

    it('shows the page own article markup with the tools and related news around it', async () => {
      const el = await loaded(
        html`<gov-article related-src="/demo/data/tin-tuc.json" tools="print top">
          <h1>Thường trực HĐND huyện Gia Lộc tổ chức hội nghị chuyên đề</h1>
          <p>Chiều 4/10/2018 tại Hội trường Huyện uỷ…</p>
          <p>Thực hiện: Minh Quang</p>
        </gov-article>`,
      );
      const slot = one<HTMLSlotElement>(el, '[part="content"] slot');
      expect(slot.assignedElements().map((e) => e.localName)).to.deep.equal(['h1', 'p', 'p']);
      expect(el.querySelector('h1')!.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(all(el, '[part="tools"] button').map((b) => textOf(b))).to.deep.equal(['In trang', 'Lên trên']);
      const related = one(el, 'gov-news-list') as unknown as GovArticle;
      await waitForState(related, 'ready');
      expect(related.shadowRoot!.querySelectorAll('.items > li')).to.have.length(10);
      await expect(el).to.be.accessible();
    });

    it('fires gov-load with article null for the page own markup', async () => {
      const el = document.createElement('gov-article');
      el.innerHTML = '<h2>Tiêu đề</h2><p>Nội dung</p>';
      const event = oneEvent(el, 'gov-load');
      document.body.append(el);
      try {
        expect(((await event) as CustomEvent).detail).to.deep.equal({ article: null });
      } finally {
        el.remove();
      }
    });
  });

  describe('related news', () => {
    it('uses related-src when the article has no related items, with related-heading', async () => {
      const el = await loaded(
        html`<gov-article
          related-src="/demo/data/tin-tuc.json"
          related-heading="Tin cùng chuyên mục"
          .article=${{ title: 'Tin' }}
        ></gov-article>`,
      );
      const related = one(el, 'gov-news-list') as unknown as GovArticle;
      await waitForState(related, 'ready');
      expect(textOf(related.shadowRoot!.querySelector('[part="heading"]'))).to.equal('Tin cùng chuyên mục');
      expect(related.shadowRoot!.querySelectorAll('.items > li')).to.have.length(10);
    });

    it("prefers the article's own related items over related-src", async () => {
      const el = await loaded(
        html`<gov-article
          related-src="/demo/data/tin-tuc.json"
          .article=${{ title: 'Tin', related: [{ title: 'Tin liên quan', url: '/tin/1.html', date: '2018-10-04' }] }}
        ></gov-article>`,
      );
      expect(all(el, 'gov-news-list')).to.have.length(0);
      expect(textOf(one(el, '[part="related"] ul'))).to.equal('Tin liên quan (04/10/2018)');
    });

    it('hides related news with hide-related', async () => {
      const el = await loaded(html`<gov-article hide-related .article=${await modelArticle()}></gov-article>`);
      expect(all(el, '[part="related"]')).to.have.length(0);
    });

    it('shows its own related items with the look of <gov-news-list>, without loading it', async () => {
      const items = [
        { title: 'Tin liên quan', url: '/tin/1.html', date: '2018-10-04' },
        { title: 'Tin không có liên kết', date: '2018-10-03' },
      ];
      const el = await loaded(html`<gov-article .article=${{ title: 'Tin', related: items }}></gov-article>`);
      expect(all(el, 'gov-news-list')).to.have.length(0);
      await import('../src/news-list/news-list.js');
      const list = await fixture<GovArticle>(html`<gov-news-list heading="Các tin khác" .items=${items}></gov-news-list>`);
      await waitForState(list, 'ready');
      const pairs: Array<[string, string]> = [
        ['[part="related"]', '.box'],
        ['[part="related"] [role="heading"]', '[part="heading"]'],
        ['[part="related"] ul', '.body'],
        ['[part="related"] li', '.items > li'],
        ['[part="related"] li:last-child', '.items > li:last-child'],
        ['[part="related"] a', '.items a'],
        ['[part="related"] span.link', '.items span.link'],
        ['[part="related"] time', '.items time'],
      ];
      const props = [
        'color',
        'backgroundColor',
        'fontSize',
        'fontWeight',
        'lineHeight',
        'textTransform',
        'textDecorationLine',
        'whiteSpace',
        'paddingTop',
        'paddingBottom',
        'paddingLeft',
        'marginLeft',
        'borderTop',
        'borderBottom',
        'borderLeft',
        'borderRadius',
      ] as const;
      for (const [ours, theirs] of pairs) {
        const a = getComputedStyle(one(el, ours));
        const b = getComputedStyle(list.shadowRoot!.querySelector(theirs)!);
        for (const prop of props) expect(a[prop], `${ours} ${prop}`).to.equal(b[prop]);
      }
    });

    it("keeps the related list's own events inside, and survives bad related items", async () => {
      const warn = console.warn;
      const warnings: string[] = [];
      console.warn = (m: string) => warnings.push(m);
      try {
        const el = document.createElement('gov-article');
        el.setAttribute('related-src', '/api/status?code=500');
        el.article = { title: 'Tin', related: [{ name: 'không có tiêu đề' }] as unknown as ArticleInput['related'] };
        const seen: string[] = [];
        el.addEventListener('gov-load', (e) => seen.push(`load:${(e.target as Element).localName}`));
        el.addEventListener('gov-error', () => seen.push('error'));
        document.body.append(el);
        await waitForState(el, 'ready');
        const related = one(el, 'gov-news-list') as unknown as GovArticle;
        await waitForState(related, 'error');
        expect(seen).to.deep.equal(['load:gov-article']);
        expect(warnings.join('\n')).to.contain('"related" ignored');
        el.remove();
      } finally {
        console.warn = warn;
      }
    });
  });

  describe('states', () => {
    it('shows a skeleton that reserves space while loading', async () => {
      const el = await fixture<GovArticle>(html`<gov-article src=${fixtureUrl('article.json', '&delay=400')}></gov-article>`);
      expect(el.state).to.equal('loading');
      const skeleton = one(el, '[part="skeleton"]');
      expect(skeleton.getAttribute('role')).to.equal('status');
      expect(textOf(skeleton)).to.equal('Đang tải…');
      expect(one(el, '[part="box"]').getAttribute('aria-busy')).to.equal('true');
      expect(skeleton.getBoundingClientRect().height).to.be.greaterThan(250);
      await waitForState(el, 'ready');
      expect(one(el, '[part="box"]').getAttribute('aria-busy')).to.equal('false');
    });

    it('is empty with no source and no markup inside', async () => {
      const el = await fixture<GovArticle>(html`<gov-article></gov-article>`);
      await waitForState(el, 'empty');
      expect(textOf(one(el, '[part="message"]'))).to.equal('Chưa có dữ liệu.');
      expect(all(el, '[part="tools"]')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    itShowsEachError(
      'gov-article',
      [
        ['an article without a title', fixtureUrl('article-no-title.json'), 'không đúng cấu trúc', 'no "title"'],
        ['a list instead of an article', '/demo/data/tin-tuc.json', 'không đúng cấu trúc', 'no "title"'],
      ],
      (el) => expect(all(el, '[part="tools"]')).to.have.length(0),
    );

    it('treats an article property without a title as an error', async () => {
      const el = await fixture<GovArticle>(
        html`<gov-article lang="en" .article=${{ body: '<p>x</p>' } as unknown as ArticleInput}></gov-article>`,
      );
      await waitForState(el, 'error');
      // Data set from code would fail the same way again: no "Try again".
      expect(textOf(one(el, '[part~="message"]'))).to.equal('Could not show this content.');
      expect(el.shadowRoot!.querySelector('[part~="retry"]')).to.equal(null);
    });
  });

  describe('sanitizing the body', () => {
    it('runs no script and leaves no handler, script, frame, form, style or unsafe URL for any hostile body', async () => {
      const bodies = await hostileBodies();
      expect(bodies.length).to.be.greaterThan(30);
      for (const { name, body } of bodies) {
        const el = await loaded(html`<gov-article hide-related .article=${{ title: name, body }}></gov-article>`);
        await aTimeout(30); // time for an onerror / onload to fire, if one survived
        expect(pwned(), name).to.be.undefined;
        const content = el.shadowRoot!.querySelector('[part="body"]');
        if (content) expectClean(content);
        // The element's own title and parts were not clobbered.
        expect(textOf(one(el, '#title')), name).to.equal(name);
        expect(all(el, '[part="title"]'), name).to.have.length(1);
        el.remove();
      }
    });

    it('removes the mutation-XSS samples, keeping harmless text', async () => {
      const samples = [
        '<svg><p><style><img src=x onerror=window.__pwned=1>',
        '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>',
        '<noscript><p title="</noscript><img src=x onerror=window.__pwned=1>">',
        '<a href="java&#x09;script:window.__pwned=1">Bấm</a>',
      ];
      const out = await Promise.all(samples.map((s) => sanitizeHtml(s)));
      for (const html of out) expect(html).not.to.match(/onerror|<img|<style|<svg|<math|<noscript|javascript/i);
      expect(out[3]).to.equal('<a>Bấm</a>');
    });

    it('scrolls to in-page anchors of the body, whose ids live in the shadow root', async () => {
      const el = await loaded(
        html`<gov-article
          .article=${{ title: 'Tin', body: '<p><a href="#muc-2">Đến mục 2</a></p><h2 id="muc-2">Mục 2</h2><p>Nội dung</p>' }}
        ></gov-article>`,
      );
      const target = one(el, '[part="body"] h2');
      expect(target.id).to.equal('user-content-muc-2');
      const before = location.href;
      one<HTMLAnchorElement>(el, '[part="body"] a').click();
      expect(el.shadowRoot!.activeElement).to.equal(target);
      expect(location.href).to.equal(before);
    });

    it('keeps ids apart from the element own ids, and adds lazy loading and an empty alt to images', async () => {
      const out = await sanitizeHtml('<h2 id="title">Mục</h2><img src="/a.png">');
      expect(out).to.contain('id="user-content-title"');
      expect(out).to.match(/<img src="http[^"]+\/a\.png" loading="lazy" decoding="async" alt="">/);
    });

    it('works under a Trusted Types policy (require-trusted-types-for script)', async () => {
      const page = `<!doctype html><html lang="vi"><head><meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'">
        <title>TT</title></head><body><gov-article hide-related></gov-article>
        <script type="module">
          window.violations = [];
          document.addEventListener('securitypolicyviolation', (e) => {
            if (!e.sample.includes('<i></i>')) window.violations.push(e.violatedDirective + ' ' + e.sourceFile + ' ' + e.sample);
          });
          try { document.body.insertAdjacentHTML('beforeend', '<i></i>'); window.enforced = false; } catch { window.enforced = true; }
          await import('/src/article/article.ts');
          const el = document.querySelector('gov-article');
          el.article = { title: 'Tin', body: '<p>Đoạn <strong>đậm</strong></p><img src=x onerror="parent.__pwned=1">' };
          window.ready = new Promise((r) => el.addEventListener('gov-load', () => el.updateComplete.then(r)));
        </script></body></html>`;
      const frame = document.createElement('iframe');
      frame.title = 'Trusted Types';
      frame.src = `/api/body?type=text/html&text=${encodeURIComponent(page)}`;
      document.body.append(frame);
      try {
        const win = frame.contentWindow as unknown as Window & {
          ready?: Promise<void>;
          enforced?: boolean;
          violations: string[];
        };
        await waitUntil(() => win.ready !== undefined, 'the frame did not start', { timeout: 5000 });
        await win.ready;
        expect(win.enforced).to.be.true;
        const el = win.document.querySelector('gov-article')!;
        const body = el.shadowRoot!.querySelector('[part="body"]')!;
        expect(body.innerHTML).to.contain('<strong>đậm</strong>');
        expect(body.querySelector('img')!.hasAttribute('onerror')).to.be.false;
        expect(win.violations).to.deep.equal([]);
        expect(pwned()).to.be.undefined;
      } finally {
        frame.remove();
      }
    });
  });

  describe('tools', () => {
    it('has "In trang", "Quay lại" and "Lên trên" by default, in a labelled group', async () => {
      const el = await loaded(html`<gov-article .article=${{ title: 'Tin' }}></gov-article>`);
      const tools = one(el, '[part="tools"]');
      expect(tools.getAttribute('role')).to.equal('group');
      expect(tools.getAttribute('aria-label')).to.equal('Công cụ bài viết');
      expect(all(el, '[part="tools"] button').map((b) => textOf(b))).to.deep.equal(['In trang', 'Quay lại', 'Lên trên']);
      await expect(el).to.be.accessible();
    });

    it('"In trang" calls window.print() and "Quay lại" calls history.back() after a page of the same site', async () => {
      const el = await loaded(html`<gov-article .article=${{ title: 'Tin' }}></gov-article>`);
      await spyOn(window, 'print', (calls) => {
        one<HTMLButtonElement>(el, '[part~="print"]').click();
        expect(calls).to.have.length(1);
      });
      await cameFrom(`${location.origin}/tin-tuc/`, 2, () =>
        spyOn(history, 'back', (calls) => {
          one<HTMLButtonElement>(el, '[part~="back"]').click();
          expect(calls).to.have.length(1);
        }),
      );
    });

    for (const [from, length, why] of [
      ['', 1, 'no earlier page'],
      ['https://www.google.com/', 2, 'a search engine before'],
      ['', 3, 'earlier pages the browser does not name (no referrer)'],
    ] as const) {
      it(`"Quay lại" goes to the site's home with ${why}, not away from the portal`, async () => {
        const el = await loaded(html`<gov-article .article=${{ title: 'Tin' }}></gov-article>`);
        await cameFrom(from, length, () =>
          spyOn(history, 'back', async (calls) => {
            expect(await navigationFrom(() => one<HTMLButtonElement>(el, '[part~="back"]').click())).to.equal(
              `${location.origin}/`,
            );
            expect(calls).to.have.length(0);
          }),
        );
      });
    }

    it('"Quay lại" goes to back-href when set; a javascript: back-href goes home instead', async () => {
      const el = await loaded(html`<gov-article back-href="tin-tuc/" .article=${{ title: 'Tin' }}></gov-article>`);
      const back = one<HTMLButtonElement>(el, '[part~="back"]');
      await cameFrom('', 1, async () => {
        expect(await navigationFrom(() => back.click())).to.equal(new URL('tin-tuc/', document.baseURI).href);
        el.setAttribute('back-href', 'javascript:alert(1)');
        await el.updateComplete;
        expect(await navigationFrom(() => back.click())).to.equal(`${location.origin}/`);
      });
    });

    it('"Lên trên" scrolls the title smoothly into view and moves focus to it', async () => {
      const el = await loaded(html`<gov-article .article=${{ title: 'Tin' }}></gov-article>`);
      await emulateMedia({ reducedMotion: 'no-preference' });
      const title = one(el, '[part="title"]');
      await spyOn(title, 'scrollIntoView', (calls) => {
        one<HTMLButtonElement>(el, '[part~="top"]').click();
        expect(calls).to.deep.equal([[{ behavior: 'smooth', block: 'start' }]]);
      });
      expect(el.shadowRoot!.activeElement).to.equal(title);
    });

    it('"Lên trên" brings the focused title into view under a site header taller than the screen (instantly under reduced motion)', async () => {
      const page = await fixture(
        html`<div>
          <div style="height: ${innerHeight * 1.5}px">Đầu trang của cổng</div>
          <gov-article .article=${{ title: 'Tin', body: `<p style="height:${innerHeight * 3}px">Nội dung</p>` }}></gov-article>
        </div>`,
      );
      const el = page.querySelector('gov-article')!;
      await waitForState(el, 'ready');
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const top = one<HTMLButtonElement>(el, '[part~="top"]');
        top.scrollIntoView();
        top.click();
        const title = one(el, '[part="title"]').getBoundingClientRect();
        expect(el.shadowRoot!.activeElement).to.equal(one(el, '[part="title"]'));
        expect(title.top, 'title on screen').to.be.at.least(-1);
        expect(title.bottom, 'title on screen').to.be.at.most(innerHeight + 1);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
        scrollTo({ top: 0, behavior: 'instant' });
      }
    });

    it('"Lên trên" focuses the first heading of the page own markup', async () => {
      const el = await loaded(
        html`<gov-article
          ><h2>Tiêu đề của trang</h2>
          <p>Nội dung</p></gov-article
        >`,
      );
      const h2 = el.querySelector('h2')!;
      await spyOn(h2, 'scrollIntoView', (calls) => {
        one<HTMLButtonElement>(el, '[part~="top"]').click();
        expect(calls).to.have.length(1);
      });
      expect(document.activeElement).to.equal(h2);
      expect(h2.getAttribute('tabindex')).to.equal('-1');
    });

    it('follows the tools attribute: order, unknown names ignored, empty means no row', async () => {
      const el = await loaded(html`<gov-article tools="top bogus print" .article=${{ title: 'Tin' }}></gov-article>`);
      expect(all(el, '[part="tools"] button').map((b) => textOf(b))).to.deep.equal(['Lên trên', 'In trang']);
      el.tools = '';
      await el.updateComplete;
      expect(all(el, '[part="tools"]')).to.have.length(0);
    });

    it('keeps the tools together at the end of their row, A− / A+ included', async () => {
      const el = await loaded(
        html`<gov-article tools="print back top text-size" .article=${{ title: 'Tin', body: '<p>Nội dung</p>' }}></gov-article>`,
      );
      const row = one(el, '[part="tools"]').getBoundingClientRect();
      const buttons = all(el, '[part="tools"] button').map((b) => b.getBoundingClientRect());
      expect(buttons).to.have.length(5);
      expect(new Set(buttons.map((b) => Math.round(b.top))).size, 'one line').to.equal(1);
      expect(buttons[4].right, 'A+ ends the row').to.be.closeTo(row.right, 1);
      for (let i = 1; i < buttons.length; i++) expect(buttons[i].left - buttons[i - 1].right, `gap ${i}`).to.be.below(10);
    });

    it('A− / A+ change the text size, say so, and keep it for the next article', async () => {
      localStorage.removeItem(TEXT_SIZE_KEY);
      const el = await loaded(
        html`<gov-article tools="text-size print" .article=${{ title: 'Tin', body: '<p>Nội dung</p>' }}></gov-article>`,
      );
      const smaller = one<HTMLButtonElement>(el, '[part~="smaller"]');
      const larger = one<HTMLButtonElement>(el, '[part~="larger"]');
      // Accessible names start with the visible "A−" / "A+" (WCAG 2.5.3), then the words; the tooltip
      // is the same text, so it is not also read as a description (tests/a11y/names.test.ts).
      expect(textOf(smaller)).to.equal('A−');
      expect(textOf(larger)).to.equal('A+');
      expect(smaller.getAttribute('aria-label')).to.equal('A− Giảm cỡ chữ');
      expect(larger.getAttribute('aria-label')).to.equal('A+ Tăng cỡ chữ');
      expect(smaller.title).to.equal('A− Giảm cỡ chữ');
      expect(larger.title).to.equal('A+ Tăng cỡ chữ');
      const size = (): number => parseFloat(getComputedStyle(one(el, '[part="body"] p')).fontSize);
      const before = size();
      const paragraph = one(el, '[part="body"] p');
      larger.click();
      await el.updateComplete;
      expect(size()).to.be.greaterThan(before);
      // The re-render leaves the sanitized body alone (no second parse; focus and selection in it survive).
      expect(one(el, '[part="body"] p')).to.equal(paragraph);
      expect(localStorage.getItem(TEXT_SIZE_KEY)).to.equal('115');
      expect(textOf(one(el, '.text-size [role="status"]'))).to.equal('Cỡ chữ: 115%');
      // A new page (a new element) starts at the visitor's size.
      const next = await loaded(
        html`<gov-article tools="text-size" .article=${{ title: 'Tin khác', body: '<p>Nội dung</p>' }}></gov-article>`,
      );
      expect(one(next, 'article').classList.contains('size-2')).to.be.true;
      // Down to the smallest: A− says it can go no further, and focus stays on it.
      for (let i = 0; i < 5; i++) smaller.click();
      await el.updateComplete;
      expect(one(el, 'article').classList.contains('size-0')).to.be.true;
      expect(smaller.getAttribute('aria-disabled')).to.equal('true');
      expect(larger.getAttribute('aria-disabled')).to.equal('false');
      expect(localStorage.getItem(TEXT_SIZE_KEY)).to.equal('90');
      await expect(el).to.be.accessible();
      localStorage.removeItem(TEXT_SIZE_KEY);
    });

    it('still works when storage throws', async () => {
      const proto = Storage.prototype;
      const { getItem, setItem } = proto;
      proto.getItem = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      proto.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        const el = await loaded(html`<gov-article tools="text-size" .article=${{ title: 'Tin' }}></gov-article>`);
        one<HTMLButtonElement>(el, '[part~="larger"]').click();
        await el.updateComplete;
        expect(one(el, 'article').classList.contains('size-2')).to.be.true;
      } finally {
        proto.getItem = getItem;
        proto.setItem = setItem;
      }
    });

    it('hides the tools and the related list buttons when printing', async () => {
      const el = await loaded(
        html`<gov-article
          tools="print back top text-size"
          .article=${{ ...(await modelArticle()), related: [] }}
          related-src="/api/status?code=500"
        ></gov-article>`,
      );
      const related = one(el, 'gov-news-list') as unknown as GovArticle;
      await waitForState(related, 'error');
      const tools = one(el, '[part="tools"]');
      const retry = related.shadowRoot!.querySelector('button')!;
      expect(getComputedStyle(tools).display).to.equal('flex');
      await emulateMedia({ media: 'print' });
      try {
        expect(getComputedStyle(tools).display).to.equal('none');
        expect(getComputedStyle(retry).display).to.equal('none');
        expect(getComputedStyle(one(el, '[part="title"]')).color).to.equal('rgb(0, 0, 0)');
        expect(getComputedStyle(one(el, '[part="body"]')).display).to.equal('block');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      expect(getComputedStyle(tools).display).to.equal('flex');
    });
  });

  describe('language and headings', () => {
    it('speaks English under an English ancestor, down to the related list', async () => {
      const wrapper = await fixture(
        html`<div lang="en"><gov-article tools="print back top text-size" .article=${await modelArticle()}></gov-article></div>`,
      );
      const el = wrapper.querySelector('gov-article')!;
      await waitForState(el, 'ready');
      expect(textOf(one(el, '[part="author"]'))).to.equal('By Minh Quang');
      expect(textOf(one(el, '[part="source"]'))).to.equal('Source: Thường trực HĐND huyện Gia Lộc');
      expect(textOf(one(el, '[part="meta"] time'))).to.equal('5 October 2018');
      expect(all(el, '[part="tools"] button:not(.size)').map((b) => textOf(b))).to.deep.equal(['Print', 'Back', 'Back to top']);
      expect(one(el, '[part~="smaller"]').getAttribute('aria-label')).to.equal('A− Smaller text');
      expect(one(el, '[part~="larger"]').getAttribute('aria-label')).to.equal('A+ Larger text');
      expect(one(el, '[part="tools"]').getAttribute('aria-label')).to.equal('Article tools');
      expect(textOf(one(el, '[part="related"] [role="heading"]'))).to.equal('Other news');
      expect(textOf(one(el, '[part="related"] time'))).to.equal('(31 March 2020)');
    });

    it('follows a language change on the page, in the related list too', async () => {
      const wrapper = await fixture(
        html`<div lang="en">
          <gov-article
            related-heading="Tin liên quan"
            .article=${{ title: 'Tin', related: [{ title: 'Khác', date: '2020-03-31' }] }}
          ></gov-article>
        </div>`,
      );
      const el = wrapper.querySelector('gov-article')!;
      await waitForState(el, 'ready');
      expect(textOf(one(el, '[part="related"] time'))).to.equal('(31 March 2020)');
      wrapper.setAttribute('lang', 'vi');
      await waitUntil(
        () => textOf(el.shadowRoot!.querySelector('[part="related"] time')) === '(31/03/2020)',
        'related list stayed English',
      );
      expect(textOf(one(el, '[part="tools"] button'))).to.equal('In trang');
    });

    it('sets the title level with heading-level, and puts an optional heading bar above it', async () => {
      const el = await loaded(
        html`<gov-article heading-level="2" .article=${{ title: 'Tin', related: [{ title: 'Khác' }] }}></gov-article>`,
      );
      expect(one(el, '[part="title"]').localName).to.equal('h2');
      expect(one(el, '[part="related"] [role="heading"]').getAttribute('aria-level')).to.equal('3');
      el.heading = 'Tin tức – Sự kiện';
      await el.updateComplete;
      const bar = one(el, '[part="heading"]');
      expect(bar.getAttribute('role')).to.equal('heading');
      expect(bar.getAttribute('aria-level')).to.equal('2');
      expect(one(el, '[part="title"]').localName).to.equal('h3');
      await expect(el).to.be.accessible();
    });
  });
});
