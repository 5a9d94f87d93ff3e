import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { sameData } from '../src/core/same-data.js';
import type { GovArticle, GovNewsList, GovVisitCounter, NewsItem, NewsItemInput } from '../src/index.js';
import { fixtureUrl, textOf, waitForState } from './helpers.js';

const news = (): NewsItemInput[] => [
  { title: 'Gia Lộc quyết liệt thực hiện đợt cao điểm phòng, chống dịch COVID-19', url: '/tin/1', date: '2020-03-28' },
  { title: 'Hội nghị trực tuyến triển khai công tác phòng, chống dịch COVID-19', url: '/tin/2', date: '2020-03-27' },
];
const counts = () => ({ online: 143, today: 552, month: 141811, total: 1116844 });

/** Counts the element's updates and its gov-load events from now on. */
function watch(el: HTMLElement & { addController: GovNewsList['addController'] }): { updates: number; loads: number } {
  const seen = { updates: 0, loads: 0 };
  el.addController({ hostUpdated: () => seen.updates++ });
  el.addEventListener('gov-load', () => seen.loads++);
  return seen;
}

describe('data set from code: equal data is not loaded again', () => {
  it('a visit counter given equal counts again neither re-renders nor fires gov-load', async () => {
    const el = await fixture<GovVisitCounter>(html`<gov-visit-counter .counts=${counts()}></gov-visit-counter>`);
    await waitForState(el, 'ready');
    const seen = watch(el);
    for (let i = 0; i < 5; i++) {
      el.counts = counts(); // a new object literal, as a framework builds at every render
      await el.updateComplete;
    }
    await aTimeout(20);
    expect(seen).to.deep.equal({ updates: 0, loads: 0 });
    expect(textOf(el.shadowRoot!.querySelector('.box'))).to.contain('1.116.844');
  });

  it('a gov-load handler that sets equal data, as a React state update re-renders, does not loop', async () => {
    const el = document.createElement('gov-visit-counter');
    let loads = 0;
    // The handler a framework would run: record the event, then render again with a fresh literal.
    el.addEventListener('gov-load', () => {
      loads++;
      el.counts = counts();
    });
    el.counts = counts();
    await fixture(el);
    await waitForState(el, 'ready');
    for (let i = 0; i < 10; i++) await el.updateComplete;
    await aTimeout(50);
    expect(loads).to.equal(1);
  });

  it('a news list given equal items again keeps its state; different items load and fire once', async () => {
    const el = await fixture<GovNewsList>(html`<gov-news-list .items=${news()}></gov-news-list>`);
    await waitForState(el, 'ready');
    const seen = watch(el);
    el.items = news();
    await el.updateComplete;
    expect(seen).to.deep.equal({ updates: 0, loads: 0 });

    const changed = news();
    changed[1] = { ...changed[1], title: 'Thông báo lịch tiếp công dân tháng 4/2020' };
    el.items = changed;
    await el.updateComplete;
    await aTimeout(20);
    expect(seen.loads).to.equal(1);
    expect(textOf(el.shadowRoot!.querySelector('ul'))).to.contain('lịch tiếp công dân tháng 4/2020');
  });

  it('an article given an equal article again does not fire gov-load', async () => {
    const article = () => ({
      title: 'Thường trực HĐND huyện tổ chức hội nghị chuyên đề',
      date: '2018-10-05',
      body: '<p>Chiều 4/10/2018</p>',
    });
    const el = await fixture<GovArticle>(html`<gov-article .article=${article()}></gov-article>`);
    await waitForState(el, 'ready');
    const seen = watch(el);
    el.article = article();
    await el.updateComplete;
    await aTimeout(20);
    expect(seen.loads).to.equal(0);
  });
});

describe('loaded: a listener added after the first render learns what it missed', () => {
  it('resolves with the gov-load detail of the data already on screen', async () => {
    const el = await fixture<GovNewsList>(html`<gov-news-list .items=${news()}></gov-news-list>`);
    await waitForState(el, 'ready');
    // gov-load has fired already; a React effect that runs now would never hear it.
    const detail = await el.loaded;
    expect(detail.items.map((i: NewsItem) => i.title)).to.deep.equal(news().map((i) => i.title));
  });

  it('waits for the data while it loads from src, and resolves after gov-load fired', async () => {
    const el = await fixture<GovNewsList>(
      html`<gov-news-list src=${fixtureUrl('demo/tin-tuc.json', '&delay=300')}></gov-news-list>`,
    );
    expect(el.state).to.equal('loading');
    const order: string[] = [];
    el.addEventListener('gov-load', () => order.push('event'));
    const detail = await el.loaded;
    order.push('promise');
    expect(detail.items.length).to.be.greaterThan(0);
    expect(el.state).to.equal('ready');
    expect(order).to.deep.equal(['event', 'promise']);
  });

  it('rejects with the gov-error error when loading failed, before or after the listener came', async () => {
    const el = await fixture<GovNewsList>(html`<gov-news-list src="/api/status?code=503"></gov-news-list>`);
    const pending = el.loaded.then(
      () => 'resolved',
      (e: Error) => e.message,
    );
    expect(await pending).to.contain('503');
    await waitForState(el, 'error');
    const late = await el.loaded.then(
      () => 'resolved',
      (e: Error) => e.message,
    );
    expect(late).to.contain('503');
  });

  it('resolves with the new data after the source changed', async () => {
    const el = await fixture<GovNewsList>(html`<gov-news-list .items=${news()}></gov-news-list>`);
    await waitForState(el, 'ready');
    el.items = [{ title: 'Thông báo mới', url: '/tin/3' }];
    const detail = await el.loaded;
    expect(detail.items.map((i) => i.title)).to.deep.equal(['Thông báo mới']);
  });
});

describe('sameData', () => {
  it('compares arrays, plain objects and dates by value, other objects by identity', () => {
    expect(sameData({ a: [1, { b: 'x' }], d: new Date(0) }, { a: [1, { b: 'x' }], d: new Date(0) })).to.be.true;
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).to.be.false;
    expect(sameData([1, 2], { 0: 1, 1: 2 })).to.be.false;
    expect(sameData(new Date(0), new Date(1))).to.be.false;
    expect(sameData(new URL('https://a.vn/'), new URL('https://b.vn/'))).to.be.false;
    expect(sameData(NaN, NaN)).to.be.true;
  });

  it('gives up, as different, on nesting deeper than any data has (a cycle included)', () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    const b: Record<string, unknown> = {};
    b.self = b;
    expect(sameData(a, b)).to.be.false;
  });
});

describe('set as frameworks set it: properties, not attributes', () => {
  it('gov-error names the src that was set as a property (React 19 and Vue set `src` so)', async () => {
    const el = document.createElement('gov-news-list');
    el.src = '/api/status?code=404';
    const error = new Promise<CustomEvent>((resolve) => el.addEventListener('gov-error', resolve, { once: true }));
    await fixture(el);
    expect(el.hasAttribute('src')).to.be.false;
    expect((await error).detail.src).to.equal('/api/status?code=404');
  });
});
