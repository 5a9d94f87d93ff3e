import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/news-list/news-list.js';
import type { GovNewsList } from '../src/news-list/news-list.js';
import { all, fixtureUrl, loadedAs, modelNews, one, textOf, waitForState } from './helpers.js';

const titles = (el: Element): string[] => all(el, '.items > li .link').map((a) => textOf(a));

const loaded = loadedAs<GovNewsList>;

describe('<gov-news-list>', () => {
  describe('data sources', () => {
    it('renders the model page list from a JSON {items} src, title and date in brackets', async () => {
      const el = await loaded(html`<gov-news-list src="/demo/data/tin-tuc.json" heading="Các tin khác"></gov-news-list>`);
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
      const el = await loaded(html`<gov-news-list src=${fixtureUrl('demo/tin-tuc.json', '&as=array')}></gov-news-list>`);
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

    it('shows an item without a url as plain text, not a link', async () => {
      const el = await loaded(
        html`<gov-news-list
          .items=${[{ title: 'Gia Lộc quyết liệt thực hiện đợt cao điểm phòng, chống dịch COVID-19', date: '28/03/2020' }]}
        ></gov-news-list>`,
      );
      expect(titles(el)).to.deep.equal(['Gia Lộc quyết liệt thực hiện đợt cao điểm phòng, chống dịch COVID-19']);
      expect(one(el, '.items span.link')).to.exist; // no url: plain text, not a link
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
      const imgs = all<HTMLImageElement>(el, '.items img');
      expect(imgs).to.have.length(5);
      for (const img of imgs) {
        expect(img.getAttribute('loading')).to.equal('lazy');
        expect(img.getAttribute('width')).to.equal('320');
        expect(img.getAttribute('height')).to.equal('180');
        expect(img.alt).to.not.equal('');
      }
      expect(textOf(all(el, '.items time')[0])).to.equal('31/03/2020');
    });

    it("keeps a card without a picture in line: an empty frame of the picture's size", async () => {
      const el = await fixture<GovNewsList>(
        html`<gov-news-list style="width: 800px" layout="cards" .items=${(await modelNews()).slice(4, 7)}></gov-news-list>`,
      );
      await waitForState(el, 'ready');
      const cards = all(el, '.items > li');
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
        html`<gov-news-list page-size="5" src=${fixtureUrl('demo/tin-tuc.json', '&delay=400')}></gov-news-list>`,
      );
      expect(el.getAttribute('state')).to.equal('loading');
      expect(el.state).to.equal('loading');
      const skeleton = one(el, '[part="skeleton"]');
      expect(skeleton.getAttribute('role')).to.equal('status');
      expect(all(el, '[part="skeleton"] span[aria-hidden]')).to.have.length(5);
      expect(skeleton.getBoundingClientRect().height).to.be.greaterThan(80);
      await waitForState(el, 'ready');
    });

    it('is accessible when ready', async () => {
      const el = await loaded(html`<gov-news-list src="/demo/data/tin-tuc.json" layout="featured"></gov-news-list>`);
      await expect(el).to.be.accessible();
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
      expect(textOf(one(el, '.items time'))).to.equal('(31 March 2020)');
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
});
