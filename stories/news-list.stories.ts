import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/news-list/news-list.js';
import { FOREVER, mock, narrow, renderOf } from './support.js';

// `<gov-news-list>`: the model page's "Các tin khác" box and its variants. Data: demo/data/tin-tuc.json
// (served at data/), the model page's ten items.
const meta: Meta = {
  title: 'Elements/News list',
  component: 'gov-news-list',
  render: renderOf('gov-news-list'),
  // No heading here: stories without one show the localized default ("Tin tức – Sự kiện" / English with the toolbar).
  args: { src: 'data/tin-tuc.json' },
};

export default meta;
type Story = StoryObj;

/** The model page's box: title and date in brackets, ten items. */
export const List: Story = { args: { heading: 'Các tin khác' } };

/** Items set from code (`el.items = […]`, the first of the sources): validated like fetched data; edit them in Controls. */
export const ItemsFromCode: Story = {
  args: {
    src: undefined,
    heading: 'Các tin khác',
    items: [
      {
        title: 'HUYỆN ỦY GIA LỘC TỔ CHỨC HỘI NGHỊ TRỰC TUYẾN CHỈ ĐẠO ĐỢT CAO ĐIỂM PHÒNG CHỐNG DỊCH COVID-19.',
        url: '/tin-tuc/huyen-uy-gia-loc-to-chuc-hoi-nghi-truc-tuyen-chi-dao-dot-cao.html',
        date: '31/03/2020',
      },
      {
        title: 'Gia Lộc quyết liệt thực hiện đợt cao điểm phòng, chống dịch COVID-19',
        url: '/tin-tuc/gia-loc-quyet-liet-thuc-hien-dot-cao-diem-phong-chong-dich-c.html',
        date: '28/03/2020',
      },
      {
        title: 'Đại hội Đảng bộ Dân Đảng huyện Gia Lộc lần thứ III, nhiệm kỳ 2020-2025 thành công tốt đẹp',
        url: '/tin-tuc/dai-hoi-dang-bo-dan-dang-huyen-gia-loc-lan-thu-iii-nhiem-ky-.html',
        date: '23/03/2020',
      },
    ],
  },
};

/** Thumbnail cards (first five items have images). */
export const Cards: Story = { args: { layout: 'cards', limit: 6 } };

/** The first news item leads with its image and summary; the other news follow as a list. */
export const Featured: Story = { args: { layout: 'featured', limit: 6 } };

/** `page-size`: four at a time, "Xem thêm" shows the next four. */
export const Paged: Story = { args: { 'page-size': 4 } };

/** `limit` and `hide-date`, as a compact sidebar box. */
export const LimitedWithoutDates: Story = { args: { limit: 5, 'hide-date': true, heading: 'Tin mới' } };

/** The same items from an RSS 2.0 feed, as a CMS already publishes it. */
export const FromRssFeed: Story = { args: { src: 'story-data/tin-tuc.rss', 'time-zone': 'Asia/Ho_Chi_Minh' } };

/** Data given inline in a `<script type="application/json">` child, no request at all. */
export const InlineJson: Story = {
  args: { src: undefined, heading: 'Tin mới nhất' },
  render: renderOf('gov-news-list', {
    content: `<script type="application/json">{"items":[
      {"title":"HUYỆN ỦY GIA LỘC TỔ CHỨC HỘI NGHỊ TRỰC TUYẾN CHỈ ĐẠO ĐỢT CAO ĐIỂM PHÒNG CHỐNG DỊCH COVID-19.","url":"/tin-tuc/1.html","date":"31/03/2020"},
      {"title":"Gia Lộc quyết liệt thực hiện đợt cao điểm phòng, chống dịch COVID-19","url":"/tin-tuc/2.html","date":"28/03/2020"},
      {"title":"Đại hội Đảng bộ Dân Đảng huyện Gia Lộc lần thứ III, nhiệm kỳ 2020-2025 thành công tốt đẹp","url":"/tin-tuc/3.html","date":"23/03/2020"}
    ]}</script>`,
  }),
};

/** English labels and dates (the element follows the closest `lang`), with the items in English. */
export const English: Story = { args: { lang: 'en', src: 'data/en/tin-tuc.json', heading: 'Other news' } };

/** English, cards, default heading ("News and events"). */
export const EnglishCards: Story = {
  args: { lang: 'en', src: 'data/en/tin-tuc.json', layout: 'cards', limit: 3 },
};

/** The longest titles on the model page wrap cleanly, dates never split. */
export const LongVietnameseTitles: Story = { args: { src: 'story-data/tin-tuc-dai.json' } };

/** 320 px: the narrowest phone. */
export const Narrow320: Story = { args: { src: 'story-data/tin-tuc-dai.json' }, decorators: [narrow] };

/** 320 px, featured layout. */
export const Narrow320Featured: Story = {
  args: { layout: 'featured', limit: 4 },
  decorators: [narrow],
};

/** Loading, for ever: the request never answers, so the skeleton stays (it reserves the list's height). */
export const Loading: Story = { tags: ['loading'], args: { src: mock('never'), timeout: FOREVER } };

/** Loading in the cards layout. */
export const LoadingCards: Story = {
  tags: ['loading'],
  args: { src: mock('never'), timeout: FOREVER, layout: 'cards', limit: 6 },
};

/** Fallback content (a plain list of links) shows while loading, and without JavaScript. */
export const FallbackWhileLoading: Story = {
  tags: ['loading'],
  args: { src: mock('never'), timeout: FOREVER },
  render: renderOf('gov-news-list', {
    content: `<ul>
      <li><a href="/tin-tuc/huyen-uy-gia-loc-to-chuc-hoi-nghi-truc-tuyen-chi-dao-dot-cao.html">HUYỆN ỦY GIA LỘC TỔ CHỨC HỘI NGHỊ TRỰC TUYẾN CHỈ ĐẠO ĐỢT CAO ĐIỂM PHÒNG CHỐNG DỊCH COVID-19.</a> (31/03/2020)</li>
      <li><a href="/tin-tuc/gia-loc-quyet-liet-thuc-hien-dot-cao-diem-phong-chong-dich-c.html">Gia Lộc quyết liệt thực hiện đợt cao điểm phòng, chống dịch COVID-19</a> (28/03/2020)</li>
    </ul>`,
  }),
};

/** Valid data with no items: "Chưa có dữ liệu." */
export const Empty: Story = { tags: ['empty'], args: { src: 'story-data/rong.json' } };

/** Empty, in English: "No items yet." */
export const EmptyEnglish: Story = { tags: ['empty'], args: { lang: 'en', src: 'story-data/rong.json', heading: 'Other news' } };

/** The server answers HTTP 503: a calm message names the box (the status goes to `gov-error` and the console), "Thử lại" refetches. */
export const ErrorHttp: Story = { tags: ['error'], args: { src: mock('status/503') } };

/** The server answers an HTML page instead of data. */
export const ErrorNotData: Story = { tags: ['error'], args: { src: mock('html') } };

/** JSON of the wrong shape (no `items`). */
export const ErrorWrongShape: Story = { tags: ['error'], args: { src: 'story-data/sai-cau-truc.json' } };

/** An error in English: "Try again". */
/** A server that never answers: after `timeout` (here 1.5 s) the message says how long it waited. */
export const ErrorTimeout: Story = { tags: ['error'], args: { src: mock('never'), timeout: 1500 } };

export const ErrorEnglish: Story = { tags: ['error'], args: { lang: 'en', src: mock('status/500'), heading: 'Other news' } };
