import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/document-list/document-list.js';
import type { DocumentItemInput, GovDocumentList } from '../src/document-list/document-list.js';
import { FOREVER, mock, narrow, renderElement, renderOf } from './support.js';

// `<gov-document-list>`: the "Văn bản" page's register and its variants. Data:
// demo/data/van-ban-dieu-hanh.json (served at data/), 33 documents of the district.
const meta: Meta = {
  title: 'Elements/Document list',
  component: 'gov-document-list',
  render: renderOf('gov-document-list'),
  args: { src: 'data/van-ban-dieu-hanh.json', 'page-size': 10, 'time-zone': 'Asia/Ho_Chi_Minh' },
};

export default meta;
type Story = StoryObj;

/** The register: search, type / issuer / year filters, sortable number and dates, 10 a page. */
export const Register: Story = { args: { heading: 'Văn bản ban hành của huyện' } };

/** Documents set from code (`el.items = […]`, the first of the sources); edit them in Controls. */
export const ItemsFromCode: Story = {
  args: {
    src: undefined,
    items: [
      {
        number: '15/2019/QĐ-UBND',
        title: 'Ban hành Quy định chế độ báo cáo định kỳ phục vụ mục tiêu quản lý trên địa bàn huyện Gia Lộc',
        type: 'Quyết định',
        issuer: 'UBND huyện Gia Lộc',
        issued: '2019-10-22',
        effective: '2019-11-05',
        url: '/van-ban/15-2019-qd-ubnd.html',
        files: [{ url: '/van-ban/files/15-2019-qd-ubnd.pdf', size: 612352 }],
      },
      {
        number: '25/KH-UBND',
        title: 'Phòng, chống dịch bệnh viêm đường hô hấp cấp do chủng mới của vi rút Corona (nCoV) gây ra',
        type: 'Kế hoạch',
        issuer: 'UBND huyện Gia Lộc',
        issued: '2020-01-31',
      },
    ] satisfies DocumentItemInput[],
  },
};

/** Every column (`columns`), in the order given: type, issuer, signer and the three dates too. */
export const AllColumns: Story = {
  args: { columns: 'number type title issuer signer issued effective expires status files' },
};

/** Sorted by number, lowest first (`sort`, `sort-direction`); the headers change it. */
export const SortedByNumber: Story = { args: { sort: 'number', 'sort-direction': 'asc' } };

/** A search that leaves nothing says so and offers "Xoá bộ lọc" (typed here as a visitor would). */
export const NoMatch: Story = {
  render: (args) => {
    const el = renderElement('gov-document-list', args) as GovDocumentList;
    el.addEventListener(
      'gov-load',
      async () => {
        await el.updateComplete;
        const box = el.shadowRoot?.querySelector<HTMLInputElement>('[part="search"]');
        if (!box) return;
        box.value = 'nghị định 999';
        box.dispatchEvent(new Event('input'));
        box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
      },
      { once: true },
    );
    return el;
  },
};

/** All on one page (`page-size="0"`). */
export const OnePage: Story = { args: { 'page-size': 0 } };

/** An RSS 2.0 feed: the number read from each title ("Không số" without one), the category as type. */
export const FromRssFeed: Story = { args: { src: 'story-data/van-ban.rss' } };

/** Data given inline in a `<script type="application/json">` child, no request at all. */
export const InlineJson: Story = {
  args: { src: undefined },
  render: renderOf('gov-document-list', {
    content: `<script type="application/json">{"items":[
      {"number":"66/KH-UBND","title":"Thực hiện đợt cao điểm phòng, chống dịch COVID-19 trên địa bàn huyện Gia Lộc","type":"Kế hoạch","issued":"2020-03-25","files":[{"url":"/van-ban/files/66-kh-ubnd.pdf","size":409600}]},
      {"number":"30/TB-UBND","title":"Công bố, công khai Kế hoạch sử dụng đất năm 2020 huyện Gia Lộc","type":"Thông báo","issued":"2020-03-16"}
    ]}</script>`,
  }),
};

/** English labels, dates and file sizes ("PDF, 1.2 MB"), with the documents in English. */
export const English: Story = { args: { lang: 'en', src: 'data/en/van-ban-dieu-hanh.json' } };

/** 320 px: each document a card, its fields under their column names; the sort buttons stay. */
export const Narrow320: Story = { args: { 'page-size': 5 }, decorators: [narrow] };

/** 320 px, in English. */
export const Narrow320English: Story = {
  args: { lang: 'en', src: 'data/en/van-ban-dieu-hanh.json', 'page-size': 5 },
  decorators: [narrow],
};

/** Loading, for ever: the skeleton has the table's columns and a page of rows. */
export const Loading: Story = { tags: ['loading'], args: { src: mock('never'), timeout: FOREVER } };

/** Loading at 320 px: the skeleton stacks as the cards will. */
export const LoadingNarrow: Story = {
  tags: ['loading'],
  args: { src: mock('never'), timeout: FOREVER, 'page-size': 3 },
  decorators: [narrow],
};

/** Fallback content (a link to the register elsewhere) shows while loading, and without JavaScript. */
export const FallbackWhileLoading: Story = {
  tags: ['loading'],
  args: { src: mock('never'), timeout: FOREVER },
  render: renderOf('gov-document-list', {
    content: `<p><a href="/van-ban/van-ban-huyen.html">Văn bản ban hành của huyện</a></p>`,
  }),
};

/** Valid data with no documents: "Chưa có dữ liệu." */
export const Empty: Story = { tags: ['empty'], args: { src: 'story-data/rong.json' } };

/** Empty, in English: "No items yet." */
export const EmptyEnglish: Story = { tags: ['empty'], args: { lang: 'en', src: 'story-data/rong.json' } };

/** The server answers HTTP 503: a calm message names the box (the status goes to `gov-error` and the console), "Thử lại" refetches. */
export const ErrorHttp: Story = { tags: ['error'], args: { src: mock('status/503') } };

/** JSON of the wrong shape (no `items`). */
export const ErrorWrongShape: Story = { tags: ['error'], args: { src: 'story-data/sai-cau-truc.json' } };

/** A server that never answers: after `timeout` (here 1.5 s) the message says how long it waited. */
export const ErrorTimeout: Story = { tags: ['error'], args: { src: mock('never'), timeout: 1500 } };

/** An error in English: "Try again". */
export const ErrorEnglish: Story = { tags: ['error'], args: { lang: 'en', src: mock('status/500') } };
