// Real feeds, read as a webmaster's visitors would see them. Each file in tests/fixtures/feeds/
// comes from a public project or is built from a CMS's own feed template (SOURCES.md there says
// which); the test server answers it with the content type, charset or redirect a real server
// sends. Per feed: the state the list element ends in, the item count, and the first items'
// title / link / date / picture exactly as shown (dates in Asia/Ho_Chi_Minh, the portals' zone).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/news-list/news-list.js';
import { GovDataError } from '../../src/core/errors.js';
import { fetchData } from '../../src/core/fetch-data.js';
import { formatDate, isoDay } from '../../src/core/format.js';
import { toNewsItems, type NewsItem } from '../../src/news-list/news-list.data.js';
import { textOf, waitForState, type StatefulElement } from '../helpers.js';
import { corpus, HANOI, type Case, type Seen } from './feed-corpus.cases.js';

/** What the news list does with a fetched feed, as data: its state, and the items it shows. */
async function read(c: Case): Promise<{ state: string; items: NewsItem[]; error?: GovDataError }> {
  const route = `/api/feed?name=${c.file}${c.served ? `&${c.served}` : ''}`;
  const warn = console.warn;
  console.warn = () => {}; // items without a title are skipped with a warning; not this test's subject
  try {
    const { data, url } = await fetchData(route, { signal: new AbortController().signal, timeout: 10000 });
    const items = toNewsItems(data, url, HANOI);
    return { state: items.length ? 'ready' : 'empty', items };
  } catch (e) {
    return { state: 'error', items: [], error: e as GovDataError };
  } finally {
    console.warn = warn;
  }
}

function seen(item: NewsItem): Seen {
  const d = item.date;
  return {
    title: item.title,
    url: item.url,
    date: d && (d.dateOnly ? `day ${isoDay(d)}` : d.time.toISOString()),
    shown: d && formatDate(d, 'vi', HANOI),
    image: item.image?.src,
  };
}

describe('feed corpus: real feeds as a reader sees them', () => {
  it('holds at least 30 feed files', () => {
    expect(new Set(corpus.map((c) => c.file)).size).to.be.at.least(30);
  });

  for (const c of corpus) {
    it(`${c.file}${c.served ? ` (${decodeURIComponent(c.served)})` : ''}`, async () => {
      const { state, items, error } = await read(c);
      expect(state, error?.message).to.equal(c.state);
      if (c.error) {
        expect(error).to.be.instanceOf(GovDataError);
        expect(error!.message).to.match(c.error);
      }
      if (c.count !== undefined) expect(items).to.have.length(c.count);
      (c.first ?? []).forEach((want, i) => {
        const got = seen(items[i]);
        for (const key of Object.keys(want) as (keyof Seen)[]) {
          expect(got[key], `item ${i} ${key}`).to.equal(want[key]);
        }
      });
    });
  }

  it('keeps block boundaries in summaries: no sentences glued together', async () => {
    const { items } = await read({ file: 'vnexpress-tin-moi-nhat.rss', state: 'ready' });
    expect(items[0].summary).to.equal(
      'Biệt thự Sellgren xây trên khu đất rộng 1.500 m2, có đá lát bể bơi được dát vàng, spa dưới lòng đất, phòng làm việc rộng hơn một căn hộ.',
    );
    const nukeviet = await read({ file: 'nukeviet-news.rss', state: 'ready' });
    expect(nukeviet.items[0].summary).to.equal(
      'Chiều 4/12/2026 tại Hội trường Huyện uỷ, Thường trực HĐND huyện tổ chức hội nghị chuyên đề. Các xã, thị trấn trong toàn huyện cử đại diện tham dự.',
    );
    const laravel = await read({ file: 'laravel-vn.rss', state: 'ready' });
    expect(laravel.items[0].summary).to.contain('chuyên đề. Các xã');
  });

  it('in the element: a PHP feed sent as text/html after a redirect shows its pictures, links and dates in the time-zone', async () => {
    const el = await fixture<StatefulElement>(
      html`<gov-news-list
        src=${'/api/feed?name=laravel-vn.rss&ct=text/html;%20charset=UTF-8&moved=1'}
        time-zone="Asia/Ho_Chi_Minh"
      ></gov-news-list>`,
    );
    await waitForState(el, 'ready');
    const first = el.shadowRoot!.querySelector('li')!;
    expect(first.querySelector('a')!.href).to.equal(
      new URL('/api/feed/chuyen-muc/tin-tuc/bai-viet-70.html', location.origin).href,
    );
    // 21:15 on 06/12 in Hà Nội: read in the element's zone, it stays 06/12 for every visitor
    // (read in a visitor's zone west of Hà Nội, it would show 07/12).
    expect(textOf(first.querySelector('time'))).to.equal('(06/12/2026)');
  });

  it('in the element: a feed no encoding can decode is a visible error, not a list of broken letters', async () => {
    const el = await fixture<StatefulElement>(
      html`<gov-news-list src=${'/api/feed?name=feedparser-windows1255.xml&ct=application/rss%2Bxml'}></gov-news-list>`,
    );
    await waitForState(el, 'error');
    expect(textOf(el.shadowRoot!.querySelector('[part~="message"]'))).to.equal(
      'Chưa tải được Tin tức – Sự kiện. Thử lại sau ít phút.',
    );
    expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(0);
  });
});
