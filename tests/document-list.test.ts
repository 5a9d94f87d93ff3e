import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { define } from '../src/core/gov-element.js';
import { GovDocumentList, type DocumentItemInput } from '../src/document-list/document-list.js';
import {
  all,
  fixtureUrl,
  heightMoveUntilReady,
  inForcedColors,
  itShowsEachError,
  nextError,
  one,
  spoken,
  textOf,
  waitForState,
} from './helpers.js';

/** Twelve documents of the demo's register (demo/data/van-ban-dieu-hanh.json): each type, status and year. */
const REGISTER = fixtureUrl('demo/van-ban-dieu-hanh.json', '&pick=0,1,2,3,4,7,10,12,16,23,27,31');

/** The twelve documents of REGISTER. */
async function register(): Promise<DocumentItemInput[]> {
  const res = await fetch(REGISTER);
  return ((await res.json()) as { items: DocumentItemInput[] }).items;
}

async function loaded(template: ReturnType<typeof html>): Promise<GovDocumentList> {
  const el = await fixture<GovDocumentList>(template);
  await waitForState(el, 'ready');
  return el;
}

/** The number of each shown row, in order. */
const numbers = (el: Element): string[] => all(el, 'tbody th[scope="row"]').map(textOf);
const count = (el: Element): string => textOf(one(el, '[part="count"]'));

/** Types into the search box as a visitor does, then waits for the list to follow. */
async function search(el: GovDocumentList, text: string): Promise<void> {
  const box = one<HTMLInputElement>(el, '[part="search"]');
  box.focus();
  box.select();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

async function choose(el: GovDocumentList, id: string, value: string): Promise<void> {
  const select = one<HTMLSelectElement>(el, `select#${id}`);
  select.value = value;
  select.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

describe('<gov-document-list>', () => {
  describe('data sources', () => {
    it('renders a register from a JSON {items} src as a table, newest first', async () => {
      const el = await loaded(html`<gov-document-list src=${REGISTER}></gov-document-list>`);
      expect(textOf(one(el, '[part="heading"]'))).to.equal('Văn bản');
      expect(numbers(el)).to.have.length(12);
      expect(numbers(el).slice(0, 3)).to.deep.equal(['09/2020/QĐ-UBND', '05/CT-UBND', '66/KH-UBND']);
      expect(count(el)).to.equal('Có 12 văn bản.');
      const first = all(el, 'tbody tr')[0];
      expect(textOf(first.querySelector('.col-issued'))).to.equal('30/03/2020');
      expect(first.querySelector<HTMLAnchorElement>('.col-title a')!.getAttribute('href')).to.match(
        /\/van-ban\/09-2020-qd-ubnd\.html$/,
      );
    });

    it('reads an RSS feed: the number from the title ("Không số" without one), the type from the category, the date as issue date', async () => {
      const el = await loaded(
        html`<gov-document-list src=${fixtureUrl('documents.rss')} columns="number type issued title"></gov-document-list>`,
      );
      expect(numbers(el)).to.deep.equal(['66/KH-UBND', 'Không số', '812/QĐ-UBND', '30/TB-UBND']);
      const first = all(el, 'tbody tr')[0];
      expect(textOf(first.querySelector('.col-type'))).to.equal('Kế hoạch');
      expect(textOf(first.querySelector('.col-issued'))).to.equal('25/03/2020');
      expect(first.querySelector<HTMLAnchorElement>('.col-title a')!.href).to.match(/\/van-ban\/66-kh-ubnd\.html$/);
    });

    it('reads inline JSON, and prefers the items property over it', async () => {
      const el = await loaded(
        html`<gov-document-list>
          <script type="application/json">
            [{ "number": "25/KH-UBND", "title": "Phòng, chống dịch bệnh nCoV trên địa bàn huyện", "issued": "31/01/2020" }]
          </script>
        </gov-document-list>`,
      );
      expect(numbers(el)).to.deep.equal(['25/KH-UBND']);
      expect(one(el, 'tbody .col-title span.link')).to.exist; // no url: text, not a link
      el.items = [{ number: '1/TB-UBND', title: 'Từ mã nguồn' }];
      await waitUntil(() => numbers(el)[0] === '1/TB-UBND');
    });

    it('fires gov-load with the validated documents', async () => {
      const el = document.createElement('gov-document-list');
      const event = oneEvent(el, 'gov-load');
      el.items = await register();
      document.body.append(el);
      try {
        const { detail } = (await event) as CustomEvent<{ items: Array<{ number: string }> }>;
        expect(detail.items).to.have.length(12);
        expect(detail.items[0].number).to.equal('15/2019/QĐ-UBND');
      } finally {
        el.remove();
      }
    });

    it('skips documents without a number or title, with a warning that says why', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (m: string) => warnings.push(m);
      try {
        const el = await loaded(
          html`<gov-document-list
            .items=${[{ title: 'Không có số' }, { number: '3/TB-UBND' }, { number: '4/TB-UBND', title: 'Hợp lệ' }, 'chuỗi'] as unknown as DocumentItemInput[]}
          ></gov-document-list>`,
        );
        expect(numbers(el)).to.deep.equal(['4/TB-UBND']);
        expect(warnings).to.have.length(3);
        expect(warnings[0]).to.contain('<gov-document-list>: item 0 skipped: it has no "number"');
        expect(warnings[1]).to.contain('item 1 skipped: it has no "title"');
        expect(warnings[2]).to.contain('item 3 skipped: it is not an object');
      } finally {
        console.warn = warn;
      }
    });
  });

  describe('states', () => {
    it('shows a skeleton while loading, then the table; accessible in both', async () => {
      const el = await fixture<GovDocumentList>(
        html`<gov-document-list page-size="5" src=${`${REGISTER}&delay=400`}></gov-document-list>`,
      );
      expect(el.getAttribute('state')).to.equal('loading');
      const skeleton = one(el, '[part="skeleton"]');
      expect(skeleton.getAttribute('role')).to.equal('status');
      expect(spoken(skeleton)).to.equal('Đang tải…');
      expect(all(el, '[part="skeleton"] tbody tr')).to.have.length(5);
      await expect(el).to.be.accessible();
      await waitForState(el, 'ready');
      await expect(el).to.be.accessible();
    });

    for (const width of [320, 1000]) {
      it(`reserves about the space of the coming table at ${width} px`, async () => {
        const el = await fixture<GovDocumentList>(
          html`<gov-document-list style="width: ${width}px" page-size="5" src=${`${REGISTER}&delay=300`}></gov-document-list>`,
        );
        const loading = el.getBoundingClientRect().height;
        const move = await heightMoveUntilReady(el);
        expect(move / loading, `moved ${move} px of ${loading}`).to.be.below(0.1);
      });
    }

    it('says "Chưa có dữ liệu." for an empty register, "No items yet." in English', async () => {
      const el = await fixture<GovDocumentList>(html`<gov-document-list .items=${[]}></gov-document-list>`);
      await waitForState(el, 'empty');
      expect(textOf(one(el, '[part="message"]'))).to.equal('Chưa có dữ liệu.');
      await expect(el).to.be.accessible();
      el.lang = 'en';
      await aTimeout(0);
      await el.updateComplete;
      expect(textOf(one(el, '[part="message"]'))).to.equal('No items yet.');
    });

    itShowsEachError('gov-document-list', [
      ['HTTP 404', '/api/status?code=404', 'máy chủ trả về lỗi HTTP 404', 'HTTP 404'],
      ['invalid JSON', '/api/body?text=%7B%22items%22%3A%5B', 'không phải JSON', 'not valid JSON'],
      ['a wrong shape', '/api/body?text=%7B%22data%22%3A1%7D', 'không đúng cấu trúc', 'Expected an array'],
      [
        'no usable document',
        `/api/body?text=${encodeURIComponent('[{"title":"Không có số"},{"number":"1/TB"}]')}`,
        'không có mục nào hợp lệ',
        'None of the 2 items',
      ],
      ['a connection closed mid-body', '/api/truncated', 'lỗi mạng', 'Network error'],
    ]);

    it('times out with a message saying so, and retries with "Thử lại"', async () => {
      const el = await fixture<GovDocumentList>(
        html`<gov-document-list lang="en" timeout="1000" src=${`${REGISTER}&delay=3000`}></gov-document-list>`,
      );
      const detail = await nextError(el);
      expect(detail.error.kind).to.equal('timeout');
      await waitForState(el, 'error');
      expect(textOf(one(el, '[part="message"]'))).to.equal('Could not load Documents. Please try again in a few minutes.');
      el.timeout = 10_000;
      one<HTMLButtonElement>(el, '[part~="retry"]').click();
      await waitForState(el, 'ready');
      expect(numbers(el)).to.have.length(12);
    });

    it('shows fallback content until the data renders', async () => {
      const el = await fixture<GovDocumentList>(
        html`<gov-document-list src=${`${REGISTER}&delay=300`}>
          <a href="/van-ban/van-ban-huyen.html">Văn bản ban hành của huyện</a>
        </gov-document-list>`,
      );
      expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
      await waitForState(el, 'ready');
      expect(el.querySelector('a')!.getBoundingClientRect().height).to.equal(0);
    });
  });

  describe('table', () => {
    it('is a real table: caption, column headers with scope, the number as row header, aria-sort', async () => {
      const el = await loaded(html`<gov-document-list .items=${await register()}></gov-document-list>`);
      const table = one(el, 'table');
      expect(textOf(table.querySelector('caption'))).to.equal('Danh sách văn bản');
      const headers = all(el, 'thead th');
      expect(headers.map(textOf).map((t) => t.replace(/[▲▼⇅]/g, '').trim())).to.deep.equal([
        'Số, ký hiệu',
        'Ngày ban hành',
        'Trích yếu',
        'Trạng thái',
        'Tệp đính kèm',
      ]);
      expect(headers.every((th) => th.getAttribute('scope') === 'col')).to.be.true;
      expect(all(el, 'tbody tr').every((tr) => tr.querySelector('th[scope="row"]'))).to.be.true;
      expect(headers[1].getAttribute('aria-sort')).to.equal('descending');
      expect(headers.filter((h) => h.hasAttribute('aria-sort'))).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('shows the columns `columns` names, in its order', async () => {
      const el = await loaded(
        html`<gov-document-list columns="title, number signer issuer bogus" .items=${await register()}></gov-document-list>`,
      );
      expect(all(el, 'thead th').map(textOf)).to.deep.equal(['Trích yếu', 'Số, ký hiệu⇅', 'Người ký', 'Cơ quan ban hành']);
      // The number stays the row header wherever it stands.
      expect(all(el, 'tbody tr')[0].querySelector('th[scope="row"]')!.className).to.contain('col-number');
    });

    it('sorts by number, issued and effective date from the headers, by keyboard', async () => {
      const el = await loaded(
        html`<gov-document-list columns="number issued effective title" .items=${await register()}></gov-document-list>`,
      );
      const button = (i: number): HTMLButtonElement => all<HTMLButtonElement>(el, 'thead [part="sort"]')[i];
      button(0).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const header = (i: number): HTMLElement => all(el, 'thead th')[i];
      expect(header(0).getAttribute('aria-sort')).to.equal('ascending');
      expect(header(1).hasAttribute('aria-sort')).to.be.false;
      // By year, then by sequence: 12/2017 < 07/2018 < 15/2019 < 02/2020 < 09/2020; numbers without a year by their issue year.
      expect(numbers(el).slice(0, 4)).to.deep.equal(['12/2017/QĐ-UBND', '07/2018/QĐ-UBND', '15/2019/QĐ-UBND', '25/NQ-HĐND']);
      button(0).click();
      await el.updateComplete;
      expect(header(0).getAttribute('aria-sort')).to.equal('descending');
      expect(numbers(el)[0]).to.equal('625/QĐ-UBND');
      button(2).click();
      await el.updateComplete;
      expect(header(2).getAttribute('aria-sort')).to.equal('descending');
      expect(numbers(el).slice(0, 2)).to.deep.equal(['09/2020/QĐ-UBND', '02/2020/QĐ-UBND']);
      // Documents without an effective date come last.
      expect(all(el, 'tbody tr').at(-1)!.querySelector('.col-effective time')).to.equal(null);
    });
  });

  describe('search and filters', () => {
    const documents: DocumentItemInput[] = [
      {
        number: '02/2020/QĐ-UBND',
        title: 'Quyết định ban hành Quy chế quản lý đất đai',
        type: 'Quyết định',
        issuer: 'UBND huyện',
        issued: '2020-01-20',
      },
      {
        number: '25/KH-UBND',
        title: 'Kế hoạch phòng, chống dịch nCoV',
        type: 'Kế hoạch',
        issuer: 'UBND huyện',
        issued: '2020-01-31',
      },
      {
        number: '26/NQ-HĐND',
        title: 'Nghị quyết về dự toán ngân sách năm 2020',
        type: 'Nghị quyết',
        issuer: 'HĐND huyện',
        issued: '2019-12-19',
      },
      {
        number: '07/2018/QĐ-UBND',
        title: 'Về việc ĐIỀU CHỈNH quy hoạch',
        type: 'Quyết định',
        issuer: 'UBND huyện',
        issued: '2018-06-12',
      },
    ];

    it('finds "Quyết định" from "quyet dinh", and "đất đai" from "DAT DAI": diacritics, đ and case ignored', async () => {
      const el = await loaded(html`<gov-document-list .items=${documents}></gov-document-list>`);
      await search(el, 'quyet dinh');
      expect(numbers(el)).to.deep.equal(['02/2020/QĐ-UBND', '07/2018/QĐ-UBND']);
      expect(count(el)).to.equal('Tìm thấy 2 trên 4 văn bản.');
      // Every word counts, wherever it is: the type, then the title.
      await search(el, 'quyet dinh quy che');
      expect(numbers(el)).to.deep.equal(['02/2020/QĐ-UBND']);
      await search(el, 'DAT DAI');
      expect(numbers(el)).to.deep.equal(['02/2020/QĐ-UBND']);
      await search(el, 'dieu chinh');
      expect(numbers(el)).to.deep.equal(['07/2018/QĐ-UBND']);
      // The number too: "qd-ubnd" finds every QĐ-UBND, "nq-hdnd" the HĐND resolution.
      await search(el, 'qd-ubnd');
      expect(numbers(el)).to.deep.equal(['02/2020/QĐ-UBND', '07/2018/QĐ-UBND']);
      await search(el, 'nq-hdnd');
      expect(numbers(el)).to.deep.equal(['26/NQ-HĐND']);
    });

    it('announces the results count politely', async () => {
      const el = await loaded(html`<gov-document-list .items=${documents}></gov-document-list>`);
      const status = one(el, '[part="count"]');
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.getAttribute('aria-live')).to.equal(null); // status is polite by itself
      await search(el, 'ke hoach');
      expect(textOf(status)).to.equal('Tìm thấy 1 trên 4 văn bản.');
    });

    it('filters by type, issuer and year, which combine', async () => {
      const el = await loaded(html`<gov-document-list .items=${documents}></gov-document-list>`);
      const options = (id: string): string[] =>
        all<HTMLOptionElement>(el, `select#${id} option`).map((o) => o.textContent!.trim());
      expect(options('type')).to.deep.equal(['Tất cả', 'Kế hoạch', 'Nghị quyết', 'Quyết định']);
      expect(options('issuer')).to.deep.equal(['Tất cả', 'HĐND huyện', 'UBND huyện']);
      expect(options('year')).to.deep.equal(['Tất cả', '2020', '2019', '2018']);
      await choose(el, 'type', 'Quyết định');
      expect(numbers(el)).to.deep.equal(['02/2020/QĐ-UBND', '07/2018/QĐ-UBND']);
      await choose(el, 'year', '2018');
      expect(numbers(el)).to.deep.equal(['07/2018/QĐ-UBND']);
      await choose(el, 'type', '');
      await choose(el, 'year', '');
      await choose(el, 'issuer', 'HĐND huyện');
      expect(numbers(el)).to.deep.equal(['26/NQ-HĐND']);
      await expect(el).to.be.accessible();
    });

    it('says when nothing matches and offers to clear, which brings everything back and focuses the search', async () => {
      const el = await loaded(html`<gov-document-list .items=${documents}></gov-document-list>`);
      await search(el, 'khong co van ban nao');
      expect(all(el, 'table')).to.have.length(0);
      const message = one(el, '.no-match');
      expect(textOf(message)).to.contain('Không có văn bản nào phù hợp với nội dung tìm kiếm.');
      expect(count(el)).to.equal('Tìm thấy 0 trên 4 văn bản.');
      await expect(el).to.be.accessible();
      const clear = message.querySelector<HTMLButtonElement>('[part~="clear"]')!;
      expect(textOf(clear)).to.equal('Xoá bộ lọc');
      clear.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(numbers(el)).to.have.length(4);
      expect(one<HTMLInputElement>(el, '[part="search"]').value).to.equal('');
      expect(el.shadowRoot!.activeElement).to.equal(one(el, '[part="search"]'));
    });

    it('says it in English', async () => {
      const el = await loaded(html`<gov-document-list lang="en" .items=${documents}></gov-document-list>`);
      expect(count(el)).to.equal('4 documents.');
      await search(el, 'zzz');
      expect(textOf(one(el, '.no-match'))).to.equal('No documents match your search. Clear filters');
      expect(count(el)).to.equal('0 of 4 documents match.');
    });
  });

  describe('paging', () => {
    it('pages with `page-size`, moving focus to the table', async () => {
      const el = await loaded(html`<gov-document-list page-size="5" .items=${await register()}></gov-document-list>`);
      expect(numbers(el)).to.have.length(5);
      const pager = one(el, '[part="pager"]');
      expect(pager.getAttribute('aria-label')).to.equal('Phân trang');
      expect(textOf(pager)).to.contain('Trang 1 / 3');
      expect(one<HTMLButtonElement>(el, '[part~="previous"]').disabled).to.be.true;
      one<HTMLButtonElement>(el, '[part~="next"]').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(textOf(one(el, '[part="pager"]'))).to.contain('Trang 2 / 3');
      expect(numbers(el)).to.have.length(5);
      expect(el.shadowRoot!.activeElement).to.equal(one(el, 'table'));
      one<HTMLButtonElement>(el, '[part~="next"]').click();
      await el.updateComplete;
      expect(numbers(el)).to.have.length(2);
      // A search starts again at page 1.
      await search(el, 'ubnd');
      expect(textOf(one(el, '[part="pager"]'))).to.contain('Trang 1 /');
    });

    it('shows every document with page-size="0"', async () => {
      const el = await loaded(html`<gov-document-list page-size="0" .items=${await register()}></gov-document-list>`);
      expect(numbers(el)).to.have.length(12);
      expect(all(el, '[part="pager"]')).to.have.length(0);
    });
  });

  describe('sync-url', () => {
    let saved: string;
    beforeEach(() => (saved = location.href));
    afterEach(() => history.replaceState(null, '', saved));

    it('reads the search, filters, sort and page from the URL, and writes changes back', async () => {
      history.replaceState(null, '', `${location.pathname}?keep=1&q=ke+hoach&page=1`);
      const el = await loaded(html`<gov-document-list sync-url .items=${await register()}></gov-document-list>`);
      expect(numbers(el)).to.deep.equal(['66/KH-UBND', '625/QĐ-UBND', '25/KH-UBND']);
      expect(one<HTMLInputElement>(el, '[part="search"]').value).to.equal('ke hoach');
      await choose(el, 'type', 'Kế hoạch');
      let params = new URLSearchParams(location.search);
      expect(params.get('q')).to.equal('ke hoach');
      expect(params.get('type')).to.equal('Kế hoạch');
      expect(params.get('keep'), 'other parameters stay').to.equal('1');
      one<HTMLButtonElement>(el, '[part="sort"]').click();
      await el.updateComplete;
      params = new URLSearchParams(location.search);
      expect(params.get('sort')).to.equal('number-asc');

      // The link, opened again, gives the same list.
      const copy = await loaded(html`<gov-document-list sync-url .items=${await register()}></gov-document-list>`);
      expect(numbers(copy)).to.deep.equal(['25/KH-UBND', '66/KH-UBND']);
      expect(all(copy, 'thead th')[0].getAttribute('aria-sort')).to.equal('ascending');
    });

    it('follows back and forward (popstate), and prefixes its parameters', async () => {
      history.replaceState(null, '', `${location.pathname}?vb-year=2019`);
      const el = await loaded(html`<gov-document-list sync-url="vb" .items=${await register()}></gov-document-list>`);
      expect(numbers(el)).to.deep.equal(['25/NQ-HĐND', '15/2019/QĐ-UBND']);
      history.pushState(null, '', `${location.pathname}?vb-year=2017`);
      history.pushState(null, '', `${location.pathname}?vb-year=2018`);
      history.back();
      await oneEvent(window, 'popstate');
      await el.updateComplete;
      expect(numbers(el)).to.deep.equal(['12/2017/QĐ-UBND']);
      // Page numbers in the URL: a page beyond the last shows the last.
      history.replaceState(null, '', `${location.pathname}?vb-page=9`);
      window.dispatchEvent(new PopStateEvent('popstate'));
      await el.updateComplete;
      expect(numbers(el)).to.have.length(12);
    });

    it('reads the URL, sort included, when sync-url is turned on later', async () => {
      history.replaceState(null, '', `${location.pathname}?year=2020&sort=number-asc`);
      const el = await loaded(html`<gov-document-list .items=${await register()}></gov-document-list>`);
      expect(numbers(el)).to.have.length(12);
      el.syncUrl = '';
      await el.updateComplete;
      expect(numbers(el)).to.deep.equal([
        '02/2020/QĐ-UBND',
        '05/CT-UBND',
        '09/2020/QĐ-UBND',
        '12/TB-UBND',
        '25/KH-UBND',
        '66/KH-UBND',
        '245/UBND-VP',
        '625/QĐ-UBND',
      ]);
    });

    it('leaves the URL alone without sync-url', async () => {
      const el = await loaded(html`<gov-document-list .items=${await register()}></gov-document-list>`);
      await choose(el, 'year', '2020');
      expect(location.href).to.equal(saved);
    });
  });

  describe('status', () => {
    const items: DocumentItemInput[] = [
      { number: '1/QĐ', title: 'Hết hiệu lực cuối ngày 31/12/2020', issued: '2020-01-01', expires: '2020-12-31' },
      { number: '2/QĐ', title: 'Có hiệu lực từ 01/01/2021', issued: '2020-12-01', effective: '2021-01-01' },
      { number: '3/QĐ', title: 'Hết hiệu lực một phần (ghi rõ)', issued: '2019-01-01', status: 'partly-expired' },
      { number: '4/QĐ', title: 'Không có ngày' },
    ];
    // 18:00 UTC on 31 December 2020 is 01:00 on 1 January 2021 in Việt Nam.
    const now = new Date('2020-12-31T18:00:00Z');
    /** Each shown status, in the data's order. */
    const statuses = (el: Element): string[] => {
      const shown = new Map(
        all(el, 'tbody tr').map((tr) => [textOf(tr.querySelector('th')), textOf(tr.querySelector('.col-status'))]),
      );
      return items.map((i) => shown.get(i.number) ?? '?');
    };

    it('is computed from the dates in the time zone of `time-zone`', async () => {
      const vn = await loaded(
        html`<gov-document-list time-zone="Asia/Ho_Chi_Minh" .now=${now} .items=${items}></gov-document-list>`,
      );
      expect(statuses(vn)).to.deep.equal(['Hết hiệu lực', 'Còn hiệu lực', 'Hết hiệu lực một phần', '']);
      const utc = await loaded(html`<gov-document-list time-zone="UTC" .now=${now} .items=${items}></gov-document-list>`);
      expect(statuses(utc)).to.deep.equal(['Còn hiệu lực', 'Chưa có hiệu lực', 'Hết hiệu lực một phần', '']);
    });

    it('reads a zone-less issue time in the time zone of `time-zone`', async () => {
      // 23:30 on 6 December in Hà Nội is 16:30 UTC: read as the visitor's own time in a zone ahead of
      // UTC it would fall on the 7th when shown in Hà Nội's zone.
      const late = [{ number: '15/QĐ-UBND', title: 'Quyết định ban hành quy chế', issued: '06/12/2026 23:30' }];
      const el = await loaded(html`<gov-document-list time-zone="Asia/Ho_Chi_Minh" .items=${late}></gov-document-list>`);
      expect(textOf(el.shadowRoot!.querySelector('tbody tr'))).to.include('06/12/2026');
    });

    it('is shown in words and colour, never colour alone, also in English', async () => {
      const el = await loaded(
        html`<gov-document-list lang="en" time-zone="UTC" .now=${now} .items=${items}></gov-document-list>`,
      );
      expect(statuses(el)).to.deep.equal(['In force', 'Not yet in force', 'Partly expired', '']);
      const colours = all(el, '[part~="status"]').map((s) => getComputedStyle(s).color);
      expect(new Set(colours).size).to.equal(3);
      await expect(el).to.be.accessible();
    });
  });

  describe('files', () => {
    const withFiles: DocumentItemInput[] = [
      {
        number: '02/2020/QĐ-UBND',
        title: 'Quy chế phối hợp',
        files: [
          { url: '/van-ban/files/02-2020.pdf', size: 1258291 },
          { url: '/van-ban/files/02-2020-phu-luc.docx', name: 'Phụ lục kèm theo', size: '48 KB', format: 'docx' },
          { url: 'javascript:alert(1)', name: 'Hostile' },
        ],
      },
    ];

    it('say their format and size: "PDF, 1,2 MB" in Vietnamese, "PDF, 1.2 MB" in English', async () => {
      const el = await loaded(html`<gov-document-list .items=${withFiles}></gov-document-list>`);
      const links = all<HTMLAnchorElement>(el, '[part="file"]');
      expect(links).to.have.length(2); // the javascript: file is dropped
      expect(textOf(links[0])).to.equal('Tải về văn bản 02/2020/QĐ-UBND (PDF, 1,2 MB)');
      expect(spoken(links[0])).to.equal('Tải về văn bản 02/2020/QĐ-UBND (PDF, 1,2 MB)');
      expect(links[0].getBoundingClientRect().width).to.be.greaterThan(0);
      expect(textOf(links[1])).to.equal('Phụ lục kèm theo (DOCX, 48 KB)');
      el.lang = 'en';
      await aTimeout(0);
      await el.updateComplete;
      expect(textOf(all(el, '[part="file"]')[0])).to.equal('Download document 02/2020/QĐ-UBND (PDF, 1.2 MB)');
    });
  });

  describe('security', () => {
    it('shows markup as text and drops disallowed URLs but keeps the document', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const el = await loaded(
        html`<gov-document-list
          columns="number title type issuer signer issued status files"
          .items=${[
            {
              number: hostile,
              title: hostile,
              type: hostile,
              issuer: hostile,
              signer: hostile,
              url: 'javascript:window.__pwned=1',
            },
            {
              number: '2/TB',
              title: 'Dữ liệu',
              url: ' JaVaScRiPt:alert(1)',
              files: [{ url: 'vbscript:msgbox(1)' }, { url: 'data:text/html,x' }],
            },
          ]}
        ></gov-document-list>`,
      );
      await aTimeout(50);
      expect(numbers(el)).to.have.length(2);
      expect(all(el, 'tbody a')).to.have.length(0);
      expect(all(el, 'tbody img, tbody script')).to.have.length(0);
      expect(textOf(one(el, 'tbody .col-title'))).to.equal(hostile);
      expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
    });
  });

  describe('narrow boxes and print', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('stacks each document as a card at 320 px, labelled, still a table for screen readers', async () => {
      await setViewport({ width: 320, height: 640 });
      // In a padded page column, as on the demo's page: about 260 px for the box.
      const el = await loaded(html`<gov-document-list style="margin: 0 22px" .items=${await register()}></gov-document-list>`);
      const rows = all(el, 'tbody tr');
      const box = one(el, '[part="body"]').getBoundingClientRect();
      const first = rows[0].getBoundingClientRect();
      expect(getComputedStyle(rows[0]).display).to.equal('block');
      expect(first.width).to.be.closeTo(box.width - 2 * parseFloat(getComputedStyle(one(el, '[part="body"]')).paddingLeft), 1);
      expect(rows[1].getBoundingClientRect().top).to.be.at.least(first.bottom);
      // Cells are stacked, each under its column's name.
      const cells = [...rows[0].querySelectorAll('th, td')].filter((c) => c.getBoundingClientRect().height > 0);
      for (let i = 1; i < cells.length; i++) {
        expect(cells[i].getBoundingClientRect().top).to.be.at.least(cells[i - 1].getBoundingClientRect().bottom - 1);
      }
      expect(getComputedStyle(cells[0], '::before').content).to.contain('Số, ký hiệu');
      // Every cell within its card: nothing cut off at the card's edge.
      for (const row of rows) {
        const right = row.getBoundingClientRect().right;
        for (const cell of row.querySelectorAll('th, td'))
          expect(cell.getBoundingClientRect().right, cell.className).to.be.at.most(right + 0.5);
      }
      // No sideways scrolling, and the sort buttons stay.
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(all(el, '[part="sort"]').every((b) => b.getBoundingClientRect().height >= 44)).to.be.true;
      expect(one(el, 'table').getAttribute('role')).to.equal('table');
      expect(rows[0].getAttribute('role')).to.equal('row');
      await expect(el).to.be.accessible();
    });

    it('keeps each status a bordered word in forced colours, in system colours', async () => {
      const items: DocumentItemInput[] = [
        { number: '1/QĐ', title: 'Còn hiệu lực', status: 'effective' },
        { number: '2/QĐ', title: 'Hết hiệu lực', status: 'expired' },
      ];
      const el = await loaded(html`<gov-document-list .items=${items}></gov-document-list>`);
      await inForcedColors((system) => {
        for (const status of all(el, '[part~="status"]')) {
          const style = getComputedStyle(status);
          expect([style.color, style.backgroundColor, style.borderTopColor]).to.deep.equal([
            system.color,
            system.backgroundColor,
            system.color,
          ]);
          expect(style.borderTopStyle).to.equal('solid');
        }
        expect(all(el, '[part~="status"]').map(textOf)).to.deep.equal(['Còn hiệu lực', 'Hết hiệu lực']);
      });
    });

    it('prints the table without its controls', async () => {
      const el = await loaded(html`<gov-document-list page-size="5" .items=${await register()}></gov-document-list>`);
      try {
        await emulateMedia({ media: 'print' });
        expect(getComputedStyle(one(el, '[part="controls"]')).display).to.equal('none');
        expect(getComputedStyle(one(el, '[part="pager"]')).display).to.equal('none');
        expect(getComputedStyle(one(el, 'table')).display).to.equal('table');
        expect(one(el, 'table').getBoundingClientRect().height).to.be.greaterThan(100);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('removal', () => {
    it('does nothing after removal: no pending search, no URL change on back/forward', async () => {
      const saved = location.href;
      const el = await loaded(html`<gov-document-list sync-url .items=${await register()}></gov-document-list>`);
      const box = one<HTMLInputElement>(el, '[part="search"]');
      box.value = 'ke hoach';
      box.dispatchEvent(new Event('input'));
      el.remove();
      history.replaceState(null, '', `${location.pathname}?q=quyet`);
      window.dispatchEvent(new PopStateEvent('popstate'));
      await aTimeout(400);
      expect(location.search).to.equal('?q=quyet'); // the removed element's typing never reached the URL
      expect(count(el)).to.equal('Có 12 văn bản.'); // nor did the back/forward
      history.replaceState(null, '', saved);
    });
  });

  it('can be defined twice without throwing', () => {
    expect(() => define('gov-document-list', class extends GovDocumentList {})).not.to.throw();
    expect(customElements.get('gov-document-list')).to.equal(GovDocumentList);
  });
});
