// Labels and languages (DESIGN "Language"): every visible label can be replaced per element (the
// `labels` property or JSON attribute), a page can add a language with `registerLanguage`, labels a
// registered language lacks fall back and are named once, and English dates name their month.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/article/article.js';
import '../../src/news-list/news-list.js';
import '../../src/notice-board/notice-board.js';
import { registerLanguage, type GovNewsList, type GovNoticeBoard } from '../../src/index.js';
import { catalogue, make } from '../elements.js';
import { all, one, textOf, waitForState, warnings, type StatefulElement } from '../helpers.js';

/** The model page's day: 31 March 2020, mid-morning in Vietnam. */
const MARCH_31 = new Date('2020-03-31T10:00:00+07:00');

const news = Array.from({ length: 6 }, (_, i) => ({
  title: `Huyện ủy Gia Lộc tổ chức hội nghị lần thứ ${30 + i}`,
  url: `/tin-tuc/hoi-nghi-${30 + i}.html`,
  date: `2020-03-${String(20 + i).padStart(2, '0')}`,
}));

/** Notices enough to overflow a 14rem box, so the ticker moves and shows its pause button. */
const notices = Array.from({ length: 10 }, (_, i) => ({
  title: `Thông báo số ${i + 1}: lịch tiếp công dân của Chủ tịch UBND xã tháng 4/2020`,
  url: `/thong-bao/${i + 1}.html`,
  date: `2020-03-${String(30 - i).padStart(2, '0')}`,
  important: i === 0,
}));

async function ready<E extends StatefulElement>(el: E): Promise<E> {
  await waitForState(el, 'ready');
  return el;
}

describe('labels: every visible label can be replaced on one element', () => {
  it('"Xem thêm" on the news list, by property and by JSON attribute', async () => {
    const byProperty = await ready(
      await fixture<GovNewsList>(
        html`<gov-news-list page-size="3" .items=${news} .labels=${{ showMore: 'Xem tất cả tin' }}></gov-news-list>`,
      ),
    );
    expect(textOf(one(byProperty, '[part~="more"]'))).to.equal('Xem tất cả tin');

    const byAttribute = await ready(
      await fixture<GovNewsList>(
        html`<gov-news-list
          page-size="3"
          labels='{"showMore":"Xem tiếp","heading":"Tin nổi bật"}'
          .items=${news}
        ></gov-news-list>`,
      ),
    );
    expect(textOf(one(byAttribute, '[part~="more"]'))).to.equal('Xem tiếp');
    expect(textOf(one(byAttribute, '[part="heading"]'))).to.equal('Tin nổi bật');
  });

  it('keeps the heading attribute over labels.heading, and the default for keys not given', async () => {
    const el = await ready(
      await fixture<GovNewsList>(
        html`<gov-news-list heading="Các tin khác" page-size="3" .labels=${{ heading: 'Tin nổi bật' }} .items=${news}>
        </gov-news-list>`,
      ),
    );
    expect(textOf(one(el, '[part="heading"]'))).to.equal('Các tin khác');
    expect(textOf(one(el, '[part~="more"]'))).to.equal('Xem thêm');
  });

  it('"Mới", "Quan trọng" and "Tạm dừng" on the notice board, in either language', async () => {
    const labels = { new: 'Tin mới', important: 'Khẩn', pause: 'Dừng chạy chữ' };
    const el = await ready(
      await fixture<GovNoticeBoard>(
        html`<gov-notice-board lang="en" ticker style="height: 14rem" .now=${MARCH_31} .items=${notices} .labels=${labels}>
        </gov-notice-board>`,
      ),
    );
    const list = one(el, '[part~="list"]:not([part~="copy"])');
    expect([...list.querySelectorAll('[part~="new"]')].map(textOf)).to.include('Tin mới');
    expect(textOf(list.querySelector('[part~="important"]'))).to.equal('Khẩn');
    expect(textOf(one(el, '[part~="pause"]'))).to.equal('Dừng chạy chữ');
  });

  it('"In trang" and the other article tools', async () => {
    const el = await ready(
      await fixture<StatefulElement>(
        html`<gov-article
          .article=${{ title: 'Gia Lộc ra quân làm thủy lợi nội đồng', date: '2020-03-13', body: '<p>Sáng 13/3.</p>' }}
          .labels=${{ print: 'In bài này', back: 'Trở về' }}
        ></gov-article>`,
      ),
    );
    const tools = all(el, '[part="tools"] button:not(.size)').map(textOf);
    expect(tools).to.include('In bài này');
    expect(tools).to.include('Trở về');
    expect(tools).not.to.include('In trang');
  });

  for (const entry of catalogue) {
    it(`"Thử lại" on ${entry.tag} when loading fails`, async () => {
      await entry.load();
      const el = make(entry, { attrs: { src: `/api/no-such-route-${entry.tag}`, labels: '{"retry":"Tải lại"}' } });
      await fixture(el);
      await waitForState(el, 'error');
      expect(textOf(one(el, '[part~="retry"]'))).to.equal('Tải lại');
    });
  }

  it('ignores a labels attribute that is not a JSON object, with a console warning', async () => {
    let el!: GovNewsList;
    const seen = await warnings(async () => {
      el = await ready(
        await fixture<GovNewsList>(html`<gov-news-list page-size="3" labels="{showMore: Xem}" .items=${news}></gov-news-list>`),
      );
    });
    expect(textOf(one(el, '[part~="more"]'))).to.equal('Xem thêm');
    expect(seen.join('\n')).to.contain('labels attribute is not valid JSON');
  });
});

describe('labels: a language the page registers', () => {
  before(() => {
    registerLanguage(
      'km',
      {
        loading: 'កំពុងផ្ទុក…',
        'gov-news-list': { heading: 'ព័ត៌មាន និងព្រឹត្តិការណ៍' },
        'gov-notice-board': { heading: 'សេចក្តីជូនដំណឹង', new: 'ថ្មី', important: 'សំខាន់', pause: 'ផ្អាក' },
      },
      { locale: 'km-KH' },
    );
    registerLanguage('zh', { 'gov-news-list': { heading: '新闻动态', showMore: '查看更多' } }, { fallback: 'en' });
  });

  it('renders a Khmer page with its labels, and dates in Khmer or (without Khmer locale data) as Vietnamese writes them', async () => {
    const wrapper = await fixture(
      html`<div lang="km-KH">
        <gov-notice-board .now=${MARCH_31} .items=${notices.slice(0, 3)}></gov-notice-board>
      </div>`,
    );
    const el = await ready(wrapper.querySelector<GovNoticeBoard>('gov-notice-board')!);
    expect(textOf(one(el, '[part="heading"]'))).to.equal('សេចក្តីជូនដំណឹង');
    expect(textOf(one(el, '[part~="important"]'))).to.equal('សំខាន់');
    expect(all(el, '[part~="new"]').map(textOf)).to.include('ថ្មី');
    const date = textOf(one(el, 'time'));
    if (Intl.DateTimeFormat.supportedLocalesOf('km-KH').length)
      expect(date).to.match(/មីនា/); // March, in Khmer
    else expect(date).to.equal('(30/03/2020)'); // not en-US "March 30, 2020", which Intl falls back to
  });

  it('fills labels a language lacks from Vietnamese and names them once in the console', async () => {
    let first!: GovNewsList;
    const seen = await warnings(async () => {
      const wrapper = await fixture(
        html`<div lang="km">
          <gov-news-list page-size="3" .items=${news}></gov-news-list>
          <gov-news-list page-size="3" .items=${news}></gov-news-list>
        </div>`,
      );
      first = await ready(wrapper.querySelector<GovNewsList>('gov-news-list')!);
      await ready(wrapper.querySelectorAll<GovNewsList>('gov-news-list')[1]);
      first.requestUpdate();
      await first.updateComplete;
      await Promise.resolve();
    });
    expect(textOf(one(first, '[part="heading"]'))).to.equal('ព័ត៌មាន និងព្រឹត្តិការណ៍');
    expect(textOf(one(first, '[part~="more"]'))).to.equal('Xem thêm');
    const named = seen.filter((w) => w.includes('gov-news-list.showMore'));
    expect(named).to.have.length(1);
    expect(named[0]).to.contain('"km"');
  });

  it('fills gaps from the language the registration names (Chinese → English)', async () => {
    const wrapper = await fixture(
      html`<div lang="zh-Hans-CN"><gov-news-list page-size="3" .items=${news}></gov-news-list></div>`,
    );
    const el = await ready(wrapper.querySelector<GovNewsList>('gov-news-list')!);
    expect(textOf(one(el, '[part="heading"]'))).to.equal('新闻动态');
    expect(textOf(one(el, '[part~="more"]'))).to.equal('查看更多');
    expect(textOf(one(el, 'time'))).to.equal('(2020年3月20日)');
  });

  it('changes a built-in language page-wide, and elements already shown follow', async () => {
    const el = await ready(await fixture<GovNewsList>(html`<gov-news-list page-size="3" .items=${news}></gov-news-list>`));
    expect(textOf(one(el, '[part~="more"]'))).to.equal('Xem thêm');
    registerLanguage('vi', { 'gov-news-list': { showMore: 'Xem các tin tiếp theo' } });
    await el.updateComplete;
    expect(textOf(one(el, '[part~="more"]'))).to.equal('Xem các tin tiếp theo');
    expect(textOf(one(el, '[part="heading"]'))).to.equal('Tin tức – Sự kiện');
    registerLanguage('vi', {});
    await el.updateComplete;
    expect(textOf(one(el, '[part~="more"]'))).to.equal('Xem thêm');
  });

  it('reaches the display settings too, which load no data', async () => {
    await import('../../src/display-settings/display-settings.js');
    registerLanguage('lo', { 'gov-display-settings': { heading: 'ຂະໜາດຕົວອັກສອນ', contrast: 'ຄວາມຄົມຊັດສູງ' } });
    const wrapper = await fixture(html`<div lang="lo"><gov-display-settings></gov-display-settings></div>`);
    const el = wrapper.querySelector('gov-display-settings')!;
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(one(el, '[role="group"]').getAttribute('aria-label')).to.equal('ຂະໜາດຕົວອັກສອນ');
    expect(textOf(el.shadowRoot!.firstElementChild)).to.contain('ຄວາມຄົມຊັດສູງ');
    expect(textOf(el.shadowRoot!.firstElementChild)).to.contain('Cỡ chữ'); // not given: Vietnamese
  });

  it("keeps a page's own labels over the registered language's", async () => {
    const wrapper = await fixture(
      html`<div lang="km"><gov-news-list .labels=${{ heading: 'ព័ត៌មានថ្មីៗ' }} .items=${news}></gov-news-list></div>`,
    );
    const el = await ready(wrapper.querySelector<GovNewsList>('gov-news-list')!);
    expect(textOf(one(el, '[part="heading"]'))).to.equal('ព័ត៌មានថ្មីៗ');
  });
});

/** Data with a date for each element that shows dates (the catalogue's, with a date where it has none). */
const dated: Record<string, unknown> = {
  'gov-video-list': [{ title: 'Lễ hội đền Quát', url: '/api/loading/clip.mp4', date: '2020-03-13' }],
  'gov-photo-gallery': [
    { src: '/demo/images/anh-hoi-nghi.webp', alt: 'Trụ sở UBND huyện', caption: 'Trụ sở', date: '2020-03-13' },
  ],
  'gov-notice-board': [{ title: 'Thông báo mời họp', url: '/thong-bao/moi-hop.html', date: '2020-03-13' }],
};

/** Opens what shows the dates: the photo library shows a picture's date in its viewer. */
async function reveal(el: StatefulElement): Promise<void> {
  if (el.localName !== 'gov-photo-gallery') return;
  one(el, '[part="thumbnail"]').click();
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

const MONTH_NAMED =
  /^\(?\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\)?$/;

describe('labels: English dates are unambiguous in every element that shows dates', () => {
  for (const entry of catalogue.filter((e) => e.showsDates)) {
    it(`${entry.tag} names the month in English and keeps dd/MM/yyyy in Vietnamese`, async () => {
      await entry.load();
      const data = dated[entry.tag] ?? entry.data;
      const en = make(entry, { attrs: { lang: 'en' }, data });
      if (entry.tag === 'gov-notice-board') (en as unknown as GovNoticeBoard).now = MARCH_31;
      await fixture(en);
      await waitForState(en, 'ready');
      await reveal(en);
      const shown = all(en, 'time[datetime]').map(textOf).filter(Boolean);
      expect(shown, 'dates shown').not.to.be.empty;
      for (const date of shown) expect(date).to.match(MONTH_NAMED);

      const vi = make(entry, { attrs: { lang: 'vi' }, data });
      if (entry.tag === 'gov-notice-board') (vi as unknown as GovNoticeBoard).now = MARCH_31;
      await fixture(vi);
      await waitForState(vi, 'ready');
      await reveal(vi);
      for (const date of all(vi, 'time[datetime]').map(textOf).filter(Boolean)) {
        expect(date).to.match(/^\(?\d{2}\/\d{2}\/\d{4}\)?$/);
      }
    });
  }
});
