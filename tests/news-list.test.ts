import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { GovNewsList } from '../src/news-list/news-list.js';
import { define } from '../src/core/gov-element.js';
import { all, fixtureUrl, itShowsEachError, modelNews, nextError, one, textOf, uid, waitForState } from './helpers.js';
import { serverLog } from './security/support.js';

const titles = (el: Element): string[] => all(el, '.items > li .link').map((a) => textOf(a));

async function loaded(template: ReturnType<typeof html>): Promise<GovNewsList> {
  const el = await fixture<GovNewsList>(template);
  await waitForState(el, 'ready');
  return el;
}

describe('<gov-news-list>', () => {
  describe('data sources', () => {
    it('renders the model page list from a JSON {items} src, title and date in brackets', async () => {
      const el = await loaded(html`<gov-news-list src="/tests/fixtures/news.json" heading="Các tin khác"></gov-news-list>`);
      const rows = all(el, '.items > li');
      expect(rows).to.have.length(10);
      expect(textOf(rows[0])).to.equal(
        'HUYỆN ỦY GIA LỘC TỔ CHỨC HỘI NGHỊ TRỰC TUYẾN CHỈ ĐẠO ĐỢT CAO ĐIỂM PHÒNG CHỐNG DỊCH COVID-19. (31/03/2020)',
      );
      expect(textOf(rows[9])).to.contain('(03/08/2018)');
      expect(textOf(one(el, '[part="heading"]'))).to.equal('Các tin khác');
      expect(one<HTMLAnchorElement>(el, '.items a').getAttribute('href')).to.match(/\/tin-tuc\/huyen-uy-gia-loc/);
    });

    it('accepts a bare JSON array', async () => {
      const el = await loaded(html`<gov-news-list src="/tests/fixtures/news-array.json"></gov-news-list>`);
      expect(titles(el)).to.have.length(10);
    });

    it('reads an RSS 2.0 feed', async () => {
      const el = await loaded(html`<gov-news-list src=${fixtureUrl('news.rss')} layout="featured"></gov-news-list>`);
      expect(titles(el)).to.have.length(4);
      const featured = one(el, '[part="featured"]');
      expect(textOf(featured)).to.contain('HUYỆN ỦY GIA LỘC');
      expect(textOf(one(el, '[part="summary"]'))).to.contain('Thường trực HĐND huyện Gia Lộc');
      expect(one<HTMLImageElement>(el, '[part="featured"] img').src).to.match(/\/demo\/images\/tin-1\.svg$/);
      expect(textOf(one(el, '[part="featured"] time'))).to.equal('31/03/2020');
    });

    it('reads an Atom feed, even when it is served as text/plain', async () => {
      const el = await loaded(html`<gov-news-list src=${fixtureUrl('news.atom', '&type=txt')}></gov-news-list>`);
      expect(titles(el)[0]).to.contain('Hội nghị lần thứ 23');
      expect(textOf(one(el, '.items time'))).to.equal('(05/10/2018)');
    });

    it('reads inline JSON from a <script type="application/json"> child', async () => {
      const el = await loaded(
        html`<gov-news-list>
          <script type="application/json">
            [{ "title": "Gia Lộc quyết liệt thực hiện đợt cao điểm phòng, chống dịch COVID-19", "date": "28/03/2020" }]
          </script>
        </gov-news-list>`,
      );
      expect(titles(el)).to.deep.equal(['Gia Lộc quyết liệt thực hiện đợt cao điểm phòng, chống dịch COVID-19']);
      expect(one(el, '.items span.link')).to.exist; // no url: plain text, not a link
    });

    it('prefers the items property over src, and falls back to src when it is cleared', async () => {
      const el = await fixture<GovNewsList>(html`<gov-news-list src="/tests/fixtures/news.json"></gov-news-list>`);
      el.items = [{ title: 'Tin từ mã nguồn', date: '2020-03-31' }];
      await waitForState(el, 'ready');
      expect(titles(el)).to.deep.equal(['Tin từ mã nguồn']);
      el.items = undefined;
      await aTimeout(0);
      await waitForState(el, 'ready');
      await new Promise((r) => setTimeout(r, 50));
      expect(titles(el)).to.have.length(10);
    });

    it('fires gov-load with the validated items', async () => {
      const el = document.createElement('gov-news-list');
      const event = oneEvent(el, 'gov-load');
      el.items = await modelNews();
      document.body.append(el);
      const { detail } = (await event) as CustomEvent<{ items: unknown[] }>;
      expect(detail.items).to.have.length(10);
      el.remove();
    });

    it('does not fetch before it is connected', async () => {
      // A URL of its own, counted by the test server as each request arrives.
      const id = uid();
      const el = document.createElement('gov-news-list');
      el.src = `/api/sec/serve?id=${id}`;
      await aTimeout(100);
      expect((await serverLog(id)).hits, 'requests before connection').to.equal(0);
      expect(el.getAttribute('state')).to.equal(null);
      // Connected, it does fetch that URL (so the count above would have seen a request).
      document.body.append(el);
      try {
        await waitForState(el, 'error');
        expect((await serverLog(id)).hits, 'requests once connected').to.equal(1);
      } finally {
        el.remove();
      }
    });
  });

  describe('layouts and paging', () => {
    it('prints links in black and dates in dark grey', async () => {
      const el = await loaded(html`<gov-news-list .items=${await modelNews()}></gov-news-list>`);
      const link = one(el, '.items a');
      const date = one(el, '.items time');
      try {
        await emulateMedia({ media: 'print' });
        expect(getComputedStyle(link).color).to.equal('rgb(0, 0, 0)');
        expect(getComputedStyle(date).color).to.equal('rgb(51, 51, 51)');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('wraps a date that does not fit to the start of the next line, whole and without an indent', async () => {
      const items = [{ title: 'Hội nghị tiếp xúc cử tri', url: '/tin/1', date: '2018-10-04' }];
      const el = await loaded(html`<gov-news-list style="width: 1000px" .items=${items}></gov-news-list>`);
      const link = one(el, '.items > li .link');
      const li = one(el, '.items > li');
      // Just wider than the title: the date has to go to the next line.
      const chrome = el.getBoundingClientRect().width - li.getBoundingClientRect().width;
      el.style.width = `${link.getBoundingClientRect().width + chrome + 4}px`;
      const date = one(el, '.items > li time').getBoundingClientRect();
      expect(date.top, 'on the next line').to.be.at.least(link.getBoundingClientRect().bottom - 1);
      expect(date.left, 'at the line start').to.be.closeTo(li.getBoundingClientRect().left, 0.5);
      expect(date.height, 'in one piece').to.be.below(link.getBoundingClientRect().height * 1.5);
    });

    it('shows cards with lazy images that have dimensions and alt text', async () => {
      const el = await fixture<GovNewsList>(html`<gov-news-list layout="cards" .items=${await modelNews()}></gov-news-list>`);
      await waitForState(el, 'ready');
      const imgs = all<HTMLImageElement>(el, '.items.cards img');
      expect(imgs).to.have.length(4);
      for (const img of imgs) {
        expect(img.getAttribute('loading')).to.equal('lazy');
        expect(img.getAttribute('width')).to.equal('320');
        expect(img.getAttribute('height')).to.equal('180');
        expect(img.alt).to.not.equal('');
      }
      expect(textOf(all(el, '.items.cards time')[0])).to.equal('31/03/2020');
    });

    it("keeps a card without a picture in line: an empty frame of the picture's size", async () => {
      const el = await fixture<GovNewsList>(
        html`<gov-news-list style="width: 800px" layout="cards" .items=${(await modelNews()).slice(3, 6)}></gov-news-list>`,
      );
      await waitForState(el, 'ready');
      const cards = all(el, '.items.cards > li');
      expect(cards).to.have.length(3);
      expect(cards.map((c) => c.querySelector('img') !== null)).to.deep.equal([true, false, false]);
      const frames = cards.map((c) => c.querySelector('[part="image"]')!.getBoundingClientRect());
      const titles = cards.map((c) => c.querySelector('.link')!.getBoundingClientRect());
      // One row of three cards, their titles on one line under same-sized frames.
      expect(new Set(titles.map((t) => Math.round(t.top))).size).to.equal(1);
      for (const f of frames) expect(f.height).to.be.closeTo(frames[0].height, 0.5);
      expect(frames[1].height).to.be.greaterThan(50);
    });

    it('features the first item above a list of the rest', async () => {
      const el = await fixture<GovNewsList>(html`<gov-news-list layout="featured" .items=${await modelNews()}></gov-news-list>`);
      await waitForState(el, 'ready');
      expect(textOf(one(el, '[part="featured"] .link'))).to.contain('HUYỆN ỦY GIA LỘC');
      expect(titles(el)).to.have.length(9);
    });

    it('limits the items shown and hides dates on request', async () => {
      const el = await fixture<GovNewsList>(
        html`<gov-news-list limit="3" hide-date .items=${await modelNews()}></gov-news-list>`,
      );
      await waitForState(el, 'ready');
      expect(titles(el)).to.have.length(3);
      expect(all(el, 'time')).to.have.length(0);
    });

    it('pages with "Xem thêm" by keyboard, moving focus to the first new item', async () => {
      const el = await fixture<GovNewsList>(
        html`<gov-news-list page-size="4" limit="9" .items=${await modelNews()}></gov-news-list>`,
      );
      await waitForState(el, 'ready');
      expect(titles(el)).to.have.length(4);
      const more = one<HTMLButtonElement>(el, '[part~="more"]');
      expect(textOf(more)).to.equal('Xem thêm');
      more.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(titles(el)).to.have.length(8);
      expect(el.shadowRoot!.activeElement).to.equal(all(el, '.items > li .link')[4]);
      one<HTMLButtonElement>(el, '[part~="more"]').focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(titles(el)).to.have.length(9);
      expect(all(el, '[part~="more"]')).to.have.length(0);
      expect(el.shadowRoot!.activeElement).to.equal(all(el, '.items > li .link')[8]);
    });
  });

  describe('states', () => {
    it('shows a skeleton that reserves space while loading', async () => {
      const el = await fixture<GovNewsList>(
        html`<gov-news-list page-size="5" src=${fixtureUrl('news.json', '&delay=400')}></gov-news-list>`,
      );
      expect(el.getAttribute('state')).to.equal('loading');
      expect(el.state).to.equal('loading');
      const skeleton = one(el, '[part="skeleton"]');
      expect(skeleton.getAttribute('role')).to.equal('status');
      expect(all(el, '[part="skeleton"] span[aria-hidden]')).to.have.length(5);
      expect(skeleton.getBoundingClientRect().height).to.be.greaterThan(80);
      await waitForState(el, 'ready');
    });

    it('shows the empty message for an empty list', async () => {
      const el = await fixture<GovNewsList>(html`<gov-news-list .items=${[]}></gov-news-list>`);
      await waitForState(el, 'empty');
      expect(textOf(one(el, '[part="message"]'))).to.equal('Chưa có dữ liệu.');
      await expect(el).to.be.accessible();
    });

    it('says "No items yet." in English', async () => {
      const el = await fixture<GovNewsList>(html`<gov-news-list lang="en" src="/api/body?text=%5B%5D"></gov-news-list>`);
      await waitForState(el, 'empty');
      expect(textOf(one(el, '[part="message"]'))).to.equal('No items yet.');
    });

    itShowsEachError('gov-news-list', [
      ['HTTP 404', '/api/status?code=404', 'máy chủ trả về lỗi HTTP 404', 'HTTP 404'],
      ['HTTP 500', '/api/status?code=500', 'máy chủ trả về lỗi HTTP 500', 'HTTP 500'],
      ['HTTP 503', '/api/status?code=503', 'lỗi HTTP 503', 'HTTP 503'],
      ['invalid JSON', '/api/body?text=%7B%22items%22%3A%5B', 'không phải JSON', 'not valid JSON'],
      [
        'an HTML error page with 200',
        '/api/body?type=text/html&text=%3Chtml%3E%3Cbody%3EL%E1%BB%97i%3C/body%3E%3C/html%3E',
        'trang HTML',
        'HTML page',
      ],
      ['a wrong shape', '/api/body?text=%7B%22data%22%3A1%7D', 'không đúng cấu trúc', 'Expected an array'],
      ['an empty body', '/api/body?text=', 'nội dung rỗng', 'empty'],
      ['no usable item', '/api/body?text=%5B%7B%22name%22%3A1%7D%5D', 'không có mục nào hợp lệ', 'None of the 1 items'],
      ['a connection closed mid-body', '/api/truncated', 'lỗi mạng', 'Network error'],
    ]);

    it('times out after `timeout` ms with a message saying so', async () => {
      const el = await fixture<GovNewsList>(
        html`<gov-news-list lang="en" timeout="200" src=${fixtureUrl('news.json', '&delay=2000')}></gov-news-list>`,
      );
      const detail = await nextError(el);
      expect(detail.error.kind).to.equal('timeout');
      await waitForState(el, 'error');
      expect(textOf(one(el, '[part="message"]'))).to.contain('no answer within 0.2 s');
      expect(textOf(one(el, '[part~="retry"]'))).to.equal('Try again');
    });

    it('recovers with "Thử lại" once the server does', async () => {
      const id = uid();
      const el = await fixture<GovNewsList>(html`<gov-news-list src=${`/api/flaky?id=${id}`}></gov-news-list>`);
      await waitForState(el, 'error');
      expect(textOf(one(el, '[part="message"]'))).to.contain('503');
      await fetch(`/api/flaky-heal?id=${id}`);
      // By keyboard: the button goes with the message, and focus moves to the box (not to the page's start).
      one<HTMLButtonElement>(el, '[part~="retry"]').focus();
      await sendKeys({ press: 'Enter' });
      expect(el.shadowRoot!.activeElement).to.equal(one(el, '[part="box"]'));
      await waitForState(el, 'ready');
      expect(titles(el)).to.have.length(10);
      expect(el.shadowRoot!.activeElement, 'focus stays in the box once the news show').to.equal(one(el, '[part="box"]'));
    });

    it('never lets a late answer for an old src overwrite a newer one', async () => {
      const el = await fixture<GovNewsList>(html`<gov-news-list src=${fixtureUrl('news.json', '&delay=600')}></gov-news-list>`);
      el.src = fixtureUrl('news.atom');
      await waitForState(el, 'ready');
      expect(titles(el)).to.have.length(5);
      await aTimeout(800);
      expect(titles(el)).to.have.length(5);
      expect(titles(el)[0]).to.contain('Hội nghị lần thứ 23');
    });

    it('aborts on removal mid-request: no event, no state change after', async () => {
      const el = await fixture<GovNewsList>(html`<gov-news-list src=${fixtureUrl('news.json', '&delay=300')}></gov-news-list>`);
      let events = 0;
      el.addEventListener('gov-load', () => events++);
      el.addEventListener('gov-error', () => events++);
      el.remove();
      await aTimeout(600);
      expect(events).to.equal(0);
      expect(el.getAttribute('state')).to.equal('loading');
      // Re-adding it loads again.
      document.body.append(el);
      await waitForState(el, 'ready');
      expect(titles(el)).to.have.length(10);
      el.remove();
    });

    it('is accessible when ready', async () => {
      const el = await loaded(html`<gov-news-list src="/tests/fixtures/news.json" layout="featured"></gov-news-list>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('fallback content', () => {
    it("shows the page's own links until data renders, then hides them", async () => {
      const el = await fixture<GovNewsList>(
        html`<gov-news-list src=${fixtureUrl('news.json', '&delay=300')}>
          <ul>
            <li><a href="/tin-tuc/1.html">Tin dự phòng</a></li>
          </ul>
        </gov-news-list>`,
      );
      const slot = one<HTMLSlotElement>(el, 'slot:not([name])');
      expect(slot.assignedElements()).to.have.length(1);
      expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
      await waitForState(el, 'ready');
      expect(all(el, 'slot:not([name])')).to.have.length(0);
      expect(el.querySelector('a')!.getBoundingClientRect().height).to.equal(0);
    });

    it('keeps showing fallback content when there is no source at all', async () => {
      const el = await fixture<GovNewsList>(
        html`<gov-news-list
          ><p>Xem <a href="/tin-tuc">tin tức</a></p></gov-news-list
        >`,
      );
      await waitForState(el, 'empty');
      expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
    });
  });

  describe('security', () => {
    it('drops disallowed URLs but keeps the item', async () => {
      const el = await fixture<GovNewsList>(
        html`<gov-news-list
          layout="cards"
          .items=${[
            { title: 'JS link', url: 'javascript:window.__pwned=1' },
            { title: 'Mixed case', url: ' JaVaScRiPt:window.__pwned=1' },
            { title: 'Tab inside', url: 'java\tscript:window.__pwned=1' },
            { title: 'VBScript', url: 'vbscript:msgbox(1)' },
            { title: 'Data', url: 'data:text/html,<script>window.__pwned=1</script>', image: 'javascript:alert(1)' },
            { title: 'Good', url: '/tin-tuc/tot.html', image: { src: 'data:image/svg+xml,<svg onload=alert(1)>', alt: 'x' } },
          ]}
        ></gov-news-list>`,
      );
      await waitForState(el, 'ready');
      expect(titles(el)).to.have.length(6);
      const links = all<HTMLAnchorElement>(el, 'a');
      expect(links).to.have.length(1);
      expect(links[0].getAttribute('href')).to.match(/\/tin-tuc\/tot\.html$/);
      expect(all(el, 'img')).to.have.length(0);
    });

    it('shows markup in a title as text', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const el = await fixture<GovNewsList>(
        html`<gov-news-list .items=${[{ title: hostile, summary: hostile }]}></gov-news-list>`,
      );
      await waitForState(el, 'ready');
      await aTimeout(50);
      expect(textOf(one(el, '.link'))).to.equal(hostile);
      expect(all(el, 'img, script')).to.have.length(0);
      expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
    });
  });

  describe('language', () => {
    it('uses English labels and dates under an English ancestor, and follows lang changes', async () => {
      const wrapper = await fixture(html`<div lang="en"><gov-news-list .items=${await modelNews()}></gov-news-list></div>`);
      const el = wrapper.querySelector('gov-news-list')!;
      await waitForState(el, 'ready');
      expect(textOf(one(el, '[part="heading"]'))).to.equal('News and events');
      expect(textOf(one(el, '.items time'))).to.equal('(3/31/2020)');
      wrapper.setAttribute('lang', 'vi');
      await aTimeout(0);
      await el.updateComplete;
      expect(textOf(one(el, '[part="heading"]'))).to.equal('Tin tức – Sự kiện');
      expect(textOf(one(el, '.items time'))).to.equal('(31/03/2020)');
    });

    it('shows "Show more" in English', async () => {
      const el = await fixture<GovNewsList>(
        html`<gov-news-list lang="en" page-size="2" .items=${await modelNews()}></gov-news-list>`,
      );
      await waitForState(el, 'ready');
      expect(textOf(one(el, '[part~="more"]'))).to.equal('Show more');
    });
  });

  describe('heading', () => {
    it('has a configurable heading level and can hide the heading', async () => {
      const el = await fixture<GovNewsList>(html`<gov-news-list heading-level="3" .items=${[]}></gov-news-list>`);
      const heading = one(el, '[role="heading"]');
      expect(heading.getAttribute('aria-level')).to.equal('3');
      el.heading = '';
      await el.updateComplete;
      // Not displayed (so not in the accessibility tree), and the box is no longer labelled by it.
      expect(heading.getBoundingClientRect().height).to.equal(0);
      expect(getComputedStyle(heading).display).to.equal('none');
      expect(one(el, '[part="box"]').hasAttribute('aria-labelledby')).to.equal(false);
    });
  });

  it('can be defined twice without throwing', () => {
    expect(() => define('gov-news-list', class extends GovNewsList {})).not.to.throw();
    expect(customElements.get('gov-news-list')).to.equal(GovNewsList);
  });
});
