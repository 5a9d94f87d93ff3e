// The element catalogue: every gov- element, as the shared suites see it. An element registers
// here once, and tests/contract.test.ts gives it the behaviour every element shares (the failure
// table, property over `src`, late answers, accessibility in every state, fallback content). The
// security suites keep their own view of each element in tests/security/elements.ts.
import type { StatefulElement } from './helpers.js';

/** Where the demo's data lives: the model content, shared with the stories and the checks. */
export const DEMO_DATA = '/demo/data';

export interface CatalogueEntry {
  tag: string;
  /** Imports the element's module (defines the tag). */
  load(): Promise<unknown>;
  /** The JS property that takes data set from code (it wins over `src`). */
  property: 'items' | 'article' | 'counts';
  /** The model content: the demo's data file for this element. */
  model: string;
  /** Text the element shows for the model content. */
  modelText: string;
  /** Valid data, other than the model's, for the property and inline JSON; `dataText` proves it rendered. */
  data: unknown;
  dataText: string;
  /** Valid data with nothing to show; without it, only "no source at all" is empty. */
  empty?: unknown;
  /** A JSON body of the wrong shape, and what the developer message says about it. */
  wrongShape: [body: string, developerMessage: string];
  /** Content the page puts inside is the element's own content (the article), not fallback. */
  childrenAreContent?: boolean;
  /** The heading bar is optional and off by default (the article's title is its heading). */
  noDefaultHeading?: boolean;
  /** It shows dates, so it takes a `time-zone` attribute. */
  showsDates: boolean;
}

const today = new Date().toISOString().slice(0, 10);

export const catalogue: CatalogueEntry[] = [
  {
    tag: 'gov-news-list',
    showsDates: true,
    load: () => import('../src/news-list/news-list.js'),
    property: 'items',
    model: `${DEMO_DATA}/tin-tuc.json`,
    modelText: 'Gia Lộc quyết liệt thực hiện đợt cao điểm phòng, chống dịch COVID-19',
    data: [{ title: 'Huyện ủy Gia Lộc tổ chức Hội nghị lần thứ 36', url: '/tin-tuc/hoi-nghi-36.html', date: '2020-03-13' }],
    dataText: 'Hội nghị lần thứ 36',
    empty: [],
    wrongShape: ['{"data":1}', 'Expected an array'],
  },
  {
    tag: 'gov-article',
    showsDates: true,
    load: () => import('../src/article/article.js'),
    property: 'article',
    model: `${DEMO_DATA}/bai-viet.json`,
    modelText: 'Thường trực HĐND huyện Gia Lộc tổ chức hội nghị chuyên đề',
    data: {
      title: 'Gia Lộc ra quân làm thủy lợi nội đồng',
      date: '2020-03-13',
      body: '<p>Sáng 13/3, huyện Gia Lộc ra quân.</p>',
    },
    dataText: 'Gia Lộc ra quân làm thủy lợi nội đồng',
    wrongShape: ['[]', 'Expected an article object'],
    childrenAreContent: true,
    noDefaultHeading: true,
  },
  {
    tag: 'gov-notice-board',
    showsDates: true,
    load: () => import('../src/notice-board/notice-board.js'),
    property: 'items',
    model: `${DEMO_DATA}/thong-bao.json`,
    modelText: 'Công bố, công khai Kế hoạch sử dụng đất năm 2020 huyện Gia Lộc',
    data: [{ title: 'Thông báo mời họp triển khai kế hoạch phòng, chống dịch', url: '/thong-bao/moi-hop.html', date: today }],
    dataText: 'Thông báo mời họp triển khai kế hoạch',
    empty: [],
    wrongShape: ['{"data":1}', 'Expected an array'],
  },
  {
    tag: 'gov-visit-counter',
    showsDates: false,
    load: () => import('../src/visit-counter/visit-counter.js'),
    property: 'counts',
    model: `${DEMO_DATA}/luot-truy-cap.json`,
    modelText: '1.116.844',
    data: { online: 12, today: 345, month: 6789, total: 2024024 },
    dataText: '2.024.024',
    wrongShape: ['[143,552]', 'got an array'],
  },
  {
    tag: 'gov-service-links',
    showsDates: false,
    load: () => import('../src/service-links/service-links.js'),
    property: 'items',
    model: `${DEMO_DATA}/dich-vu-cong.json`,
    modelText: 'Bộ Thủ tục hành chính Huyện',
    data: [{ title: 'Cổng Dịch vụ công Quốc gia', url: 'https://dichvucong.gov.vn/' }],
    dataText: 'Cổng Dịch vụ công Quốc gia',
    empty: [],
    wrongShape: ['{"data":1}', 'Expected an array'],
  },
  {
    tag: 'gov-video-list',
    showsDates: true,
    load: () => import('../src/video-list/video-list.js'),
    property: 'items',
    model: `${DEMO_DATA}/video.json`,
    modelText: 'Đôi nét về Gia Lộc',
    data: [{ title: 'Lễ hội đền Quát', url: '/api/loading/clip.mp4', thumbnail: '/demo/images/video-2.svg' }],
    dataText: 'Lễ hội đền Quát',
    empty: [],
    wrongShape: ['{"data":1}', 'Expected an array'],
  },
  {
    tag: 'gov-photo-gallery',
    showsDates: true,
    load: () => import('../src/photo-gallery/photo-gallery.js'),
    property: 'items',
    model: `${DEMO_DATA}/thu-vien-anh.json`,
    modelText: 'Hội trường Huyện ủy Gia Lộc',
    data: [{ src: '/demo/images/anh-hoi-nghi.webp', alt: 'Trụ sở Ủy ban nhân dân huyện Gia Lộc' }],
    dataText: 'Trụ sở Ủy ban nhân dân huyện Gia Lộc',
    empty: [],
    wrongShape: ['{"data":1}', 'Expected an array'],
  },
  {
    tag: 'gov-document-list',
    showsDates: true,
    load: () => import('../src/document-list/document-list.js'),
    property: 'items',
    model: `${DEMO_DATA}/van-ban-dieu-hanh.json`,
    modelText: 'Tạm dừng tiếp công dân định kỳ',
    data: [{ number: '01/2020/QĐ-UBND', title: 'Quy định về quản lý chợ trên địa bàn huyện', issued: '2020-01-10' }],
    dataText: 'Quy định về quản lý chợ trên địa bàn huyện',
    empty: [],
    wrongShape: ['{"data":1}', 'Expected an array'],
  },
];

/** The catalogue's tags, for suites that only need to know which elements exist. */
export const tags = catalogue.map((entry) => entry.tag);

/** An element of `entry` with `attrs`, data set from code when `data` is given, and `inner` markup inside. */
export function make(
  entry: CatalogueEntry,
  { attrs = {}, data, inner }: { attrs?: Record<string, string>; data?: unknown; inner?: string } = {},
): StatefulElement {
  const el = document.createElement(entry.tag) as unknown as StatefulElement;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  if (data !== undefined) (el as unknown as Record<string, unknown>)[entry.property] = data;
  if (inner !== undefined) el.innerHTML = inner;
  return el;
}
