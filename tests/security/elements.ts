// The elements as the security tests see them: how to feed each one data, which of its fields are
// text and which are URLs, and valid data for the fault tests. Each element's tag, module and data
// property come from the element catalogue (tests/elements.ts), where every element registers; an
// element in the catalogue without a security view here, or whose module does not load, is reported
// as missing (a failing test), so none is left out silently.
import { catalogue, type CatalogueEntry } from '../elements.js';

/** A test image on this server (no request leaves the machine). */
export const IMG = '/tests/security/fixtures/pixel.svg';
/** A video file URL whose answer never comes in time, so its native player stays (see tests/server/routes.mjs). */
export const CLIP = '/api/loading/clip.mp4';

export interface UrlField {
  /** The field, as the data shape names it. */
  name: string;
  /** Data for the element's property where this field holds `url` and everything else is valid. */
  data(url: string): unknown;
  /** `link`: must keep mailto:/tel:; `media`: an image or video source (mailto:/tel: may be dropped). */
  kind: 'link' | 'media';
  /** Buttons must be pressed before the URL shows up (the video player). */
  activate?: boolean;
  /** Attributes that make the field visible (e.g. a layout that shows images). */
  attrs?: Record<string, string>;
  /** The field is not rendered in any layout checked here: only "nothing unsafe" is asserted. */
  hidden?: boolean;
}

export interface Variant {
  /** Attributes; the value `{p}` is replaced by the payload. */
  attrs: Record<string, string>;
  /** Feed the data through the JS property (default), or leave it to the attributes. */
  property?: boolean;
  /** Inline style for the host (e.g. a small ticker box). */
  style?: string;
}

/** What the security tests know of an element, beyond its catalogue entry. */
export interface SecurityView {
  /** Whether the data is a list of items. */
  list: boolean;
  /**
   * Data with every text field holding the payload `p`. `good` says whether the URL fields hold
   * working URLs (so titles render inside links) or the payload too.
   */
  hostile(p: string, good: boolean): unknown;
  /** How to render it: layouts, ticker, tools… */
  variants: Variant[];
  /** Text the element must show for payload `p` (proves the payload was rendered, as text). */
  shows(p: string): string;
  urlFields: UrlField[];
  /** Valid data: what `src` answers when the server is well. */
  valid: unknown;
  /** Shape of /api/sec/big for a 20,000-item list. */
  big?: 'news' | 'notice' | 'service' | 'video';
  /** Has `refresh` (polling). */
  polls: boolean;
  /** Text that proves `valid` rendered. */
  validText: string;
}

/** An element's catalogue entry (tag, module, data property) with its security view. */
export type ElementSpec = Pick<CatalogueEntry, 'tag' | 'load' | 'property'> & SecurityView;

const today = (): string => new Date().toISOString().slice(0, 10);

const newsItem = (p: string, good: boolean): Record<string, unknown> => ({
  title: p,
  url: good ? '/tin-tuc/bai-viet.html' : p,
  date: p,
  summary: p,
  category: p,
  image: { src: good ? IMG : p, alt: p },
});

const validNews = {
  items: [
    {
      title: 'Gia Lộc quyết liệt thực hiện đợt cao điểm phòng, chống dịch COVID-19',
      url: '/tin-tuc/gia-loc.html',
      date: '28/03/2020',
      summary: 'Thường trực HĐND huyện tổ chức hội nghị chuyên đề.',
    },
    { title: 'Huyện ủy Gia Lộc tổ chức Hội nghị lần thứ 36', url: '/tin-tuc/hoi-nghi-36.html', date: '2020-03-13' },
  ],
};

/** The security view of each element, by tag. */
const views: Record<string, SecurityView> = {
  'gov-news-list': {
    list: true,
    hostile: newsItem,
    variants: [
      { attrs: { heading: '{p}', layout: 'list' } },
      { attrs: { heading: '{p}', layout: 'cards' } },
      { attrs: { heading: '{p}', layout: 'featured', 'page-size': '1' } },
    ],
    shows: (p) => p,
    urlFields: [
      { name: 'url', kind: 'link', data: (url) => [{ title: 'Tin có liên kết', url }] },
      {
        name: 'image',
        kind: 'media',
        attrs: { layout: 'cards' },
        data: (src) => [{ title: 'Tin có ảnh', image: { src, alt: 'Ảnh' } }],
      },
      {
        name: 'image (string)',
        kind: 'media',
        attrs: { layout: 'featured' },
        data: (src) => [{ title: 'Tin có ảnh', image: src }],
      },
    ],
    valid: validNews,
    big: 'news',
    polls: false,
    validText: 'Gia Lộc quyết liệt thực hiện đợt cao điểm',
  },
  'gov-article': {
    list: false,
    hostile: (p, good) => ({
      title: p,
      date: p,
      summary: p,
      body: p,
      author: p,
      source: { name: p, url: good ? 'https://haiduong.gov.vn/' : p },
      image: { src: good ? IMG : p, alt: p, caption: p },
      category: p,
      related: [newsItem(p, good), newsItem(p, !good)],
    }),
    variants: [
      { attrs: { heading: '{p}', 'related-heading': '{p}', tools: 'print back top text-size' } },
      { attrs: { tools: 'print back top' } },
    ],
    shows: (p) => p,
    urlFields: [
      { name: 'image', kind: 'media', data: (src) => ({ title: 'Bài viết', image: { src, alt: 'Ảnh', caption: 'Chú thích' } }) },
      { name: 'source.url', kind: 'link', data: (url) => ({ title: 'Bài viết', source: { name: 'Báo Hải Dương', url } }) },
      { name: 'related[].url', kind: 'link', data: (url) => ({ title: 'Bài viết', related: [{ title: 'Tin khác', url }] }) },
      {
        name: 'related[].image',
        kind: 'media',
        hidden: true, // the related list is a plain list: no images
        data: (src) => ({ title: 'Bài viết', related: [{ title: 'Tin khác', image: src }] }),
      },
      { name: 'body <a href>', kind: 'link', data: (url) => ({ title: 'Bài viết', body: linkHtml(url) }) },
      { name: 'body <img src>', kind: 'media', data: (src) => ({ title: 'Bài viết', body: imgHtml(src) }) },
    ],
    valid: {
      title: 'Thường trực HĐND huyện Gia Lộc tổ chức hội nghị chuyên đề',
      date: '2018-10-05',
      body: '<p>Chiều 4/10/2018 tại Hội trường Huyện uỷ</p>',
      author: 'Minh Quang',
    },
    polls: false,
    validText: 'Thường trực HĐND huyện Gia Lộc tổ chức hội nghị chuyên đề',
  },
  'gov-notice-board': {
    list: true,
    hostile: (p, good) => ({
      title: p,
      url: good ? '/thong-bao/1.html' : p,
      date: good ? today() : p,
      expires: p,
      pinned: good ? true : p,
      important: good ? true : p,
    }),
    variants: [
      { attrs: { heading: '{p}' } },
      { attrs: { heading: '{p}', scroll: '', 'scroll-speed': '200' }, style: 'height: 90px' },
    ],
    shows: (p) => p,
    urlFields: [{ name: 'url', kind: 'link', data: (url) => [{ title: 'Thông báo', url }] }],
    valid: {
      items: [
        { title: 'Công bố, công khai Kế hoạch sử dụng đất năm 2020 huyện Gia Lộc', url: '/thong-bao/1.html', date: '2020-03-01' },
      ],
    },
    big: 'notice',
    polls: true,
    validText: 'Kế hoạch sử dụng đất năm 2020',
  },
  'gov-visit-counter': {
    list: false,
    hostile: (p) => ({ online: p, today: p, month: p, total: 1116844 }),
    variants: [
      {
        attrs: { heading: '{p}', 'label-online': '{p}', 'label-today': '{p}', 'label-month': '{p}', 'label-total': '{p}' },
      },
      { attrs: { heading: '{p}', online: '{p}', today: '{p}', month: '{p}', total: '1116844' }, property: false },
    ],
    shows: (p) => p,
    urlFields: [],
    valid: { online: 143, today: 552, month: 141811, total: 1116844 },
    polls: true,
    validText: '1.116.844',
  },
  'gov-service-links': {
    list: true,
    hostile: (p, good) => ({
      title: p,
      url: good ? 'https://dichvucong.gov.vn/' : p,
      description: p,
      icon: good ? IMG : p,
      group: p,
    }),
    variants: [
      { attrs: { heading: '{p}', layout: 'list' } },
      { attrs: { heading: '{p}', layout: 'grid', 'new-window': '' } },
      { attrs: { heading: '{p}', layout: 'buttons' } },
    ],
    shows: (p) => p,
    urlFields: [
      {
        name: 'url',
        kind: 'link',
        data: (url) => [
          { title: 'Dịch vụ công', url },
          { title: 'Mốc', url: '/moc' },
        ],
      },
      { name: 'icon', kind: 'media', data: (icon) => [{ title: 'Dịch vụ công', url: '/dich-vu', icon }] },
    ],
    valid: { items: [{ title: 'Dịch vụ Công huyện Gia Lộc', url: 'https://dichvucong.example.vn/' }] },
    big: 'service',
    polls: false,
    validText: 'Dịch vụ Công huyện Gia Lộc',
  },
  'gov-video-list': {
    list: true,
    hostile: (p, good) => ({
      title: p,
      url: good ? CLIP : p,
      thumbnail: { src: good ? IMG : p, alt: p },
      duration: p,
      date: p,
    }),
    variants: [{ attrs: { heading: '{p}', layout: 'player' } }, { attrs: { heading: '{p}', layout: 'grid' } }],
    shows: (p) => p,
    urlFields: [
      {
        name: 'url',
        kind: 'link', // a link that is not a video the element can play is shown as a link
        activate: true,
        attrs: { layout: 'grid' }, // every card shows its title (in `player`, only the current one does)
        data: (url) => [
          { title: 'Video', url, thumbnail: IMG },
          { title: 'Mốc', url: CLIP, thumbnail: IMG },
        ],
      },
      { name: 'thumbnail', kind: 'media', data: (src) => [{ title: 'Video', url: CLIP, thumbnail: { src, alt: 'Ảnh' } }] },
      { name: 'thumbnail (string)', kind: 'media', data: (src) => [{ title: 'Video', url: CLIP, thumbnail: src }] },
    ],
    valid: { items: [{ title: 'Đôi nét về Gia Lộc', url: CLIP, thumbnail: IMG }] },
    big: 'video',
    polls: false,
    validText: 'Đôi nét về Gia Lộc',
  },
  'gov-document-list': {
    list: true,
    hostile: (p, good) => ({
      number: p,
      title: p,
      type: p,
      issuer: p,
      signer: p,
      issued: good ? '2020-03-30' : p,
      effective: p,
      expires: p,
      status: p,
      url: good ? '/van-ban/1.html' : p,
      files: [{ url: good ? '/van-ban/1.pdf' : p, name: p, size: p, format: p }],
    }),
    variants: [
      { attrs: { heading: '{p}', columns: 'number title type issuer signer issued effective expires status files' } },
      { attrs: { heading: '{p}', 'page-size': '1' }, style: 'width: 320px' },
    ],
    shows: (p) => p,
    urlFields: [
      { name: 'url', kind: 'link', data: (url) => [{ number: '1/TB-UBND', title: 'Văn bản', url }] },
      { name: 'files[].url', kind: 'link', data: (url) => [{ number: '1/TB-UBND', title: 'Văn bản', files: [{ url }] }] },
    ],
    valid: { items: [{ number: '15/2019/QĐ-UBND', title: 'Ban hành Quy định chế độ báo cáo định kỳ', issued: '2019-10-22' }] },
    polls: false,
    validText: 'chế độ báo cáo định kỳ',
  },
  'gov-photo-gallery': {
    list: true,
    // The album is shown as text (its heading); alt, caption and date also reach the page (alt as the
    // text of a picture that fails to load, caption and date in the lightbox that the clicks open).
    hostile: (p, good) => ({ src: good ? IMG : p, full: good ? IMG : p, alt: p, caption: p, date: p, album: p }),
    variants: [{ attrs: { heading: '{p}', layout: 'grid' } }, { attrs: { heading: '{p}', layout: 'strip', limit: '1' } }],
    shows: (p) => p,
    urlFields: [
      // A picture without a usable `src` is skipped: a second, good picture keeps the library ready.
      // Allowed URLs that cannot load here (other hosts, 404s) turn into their alt text in a frame as soon
      // as they fail, which races the check that they were rendered: here, that no unsafe one is ever
      // rendered; relative pictures resolving against the feed is asserted in tests/photo-gallery.test.ts.
      {
        name: 'src',
        kind: 'media',
        hidden: true,
        data: (src) => [
          { src, alt: 'Ảnh' },
          { src: IMG, alt: 'Mốc' },
        ],
      },
      {
        name: 'full',
        kind: 'media',
        activate: true, // the large picture shows in the lightbox, which a click on the thumbnail opens
        // These URLs answer 404 here, and a large picture that fails gives way to the thumbnail: whether an allowed
        // one was kept is asserted in tests/photo-gallery.test.ts; here, that no unsafe one is ever rendered.
        hidden: true,
        data: (full) => [{ src: IMG, full, alt: 'Ảnh' }],
      },
    ],
    valid: { items: [{ src: IMG, alt: 'Trụ sở Ủy ban nhân dân huyện', album: 'Hoạt động của huyện Gia Lộc' }] },
    polls: false,
    validText: 'Hoạt động của huyện Gia Lộc',
  },
};

/** Every catalogued element that has a security view. */
export const specs: ElementSpec[] = catalogue
  .filter((entry) => views[entry.tag])
  .map(({ tag, load, property }) => ({ tag, load, property, ...views[tag] }));

/** Catalogued elements without a security view: the suites report them as missing. */
export const unviewed = catalogue.filter((entry) => !views[entry.tag]).map((entry) => entry.tag);

function linkHtml(url: string): string {
  const a = document.createElement('a');
  a.setAttribute('href', url);
  a.textContent = 'liên kết';
  return `<p>${a.outerHTML}</p>`;
}

function imgHtml(src: string): string {
  const img = document.createElement('img');
  img.setAttribute('src', src);
  img.setAttribute('alt', 'ảnh');
  return `<p>${img.outerHTML}</p>`;
}

/** Why an element's module could not be used, by tag (filled by `available()`). */
export const loadErrors = new Map<string, string>();

/**
 * The specs whose module loads, and the tags whose module does not (their tests fail with the
 * reason: all six elements exist, so a module that stops loading must not pass silently).
 */
export async function available(): Promise<{ ready: ElementSpec[]; missing: string[] }> {
  const ready: ElementSpec[] = [];
  const missing: string[] = [...unviewed];
  for (const tag of unviewed) loadErrors.set(tag, 'it has no security view in tests/security/elements.ts');
  for (const spec of specs) {
    try {
      await spec.load();
      if (customElements.get(spec.tag)) ready.push(spec);
      else {
        missing.push(spec.tag);
        loadErrors.set(spec.tag, `the module loaded but did not define <${spec.tag}>`);
      }
    } catch (e) {
      missing.push(spec.tag);
      loadErrors.set(spec.tag, String(e));
    }
  }
  return { ready, missing };
}

/** Registers a failing test for an element whose module does not load. */
export function failMissing(tag: string): void {
  it(`<${tag}> loads and defines itself`, () => {
    throw new Error(`src/${tag.slice(4)}/${tag.slice(4)}.ts: ${loadErrors.get(tag) ?? 'not loaded'}`);
  });
}

/** Creates the element for `spec` with `data` (through its property unless told otherwise) and attributes. */
export function create(
  spec: ElementSpec,
  data: unknown,
  variant: Variant = { attrs: {} },
  payload = '',
): HTMLElement & { updateComplete: Promise<boolean> } {
  const el = document.createElement(spec.tag) as HTMLElement & { updateComplete: Promise<boolean> };
  for (const [name, value] of Object.entries(variant.attrs))
    el.setAttribute(
      name,
      value.replaceAll('{p}', () => payload),
    );
  if (variant.style) el.setAttribute('style', variant.style);
  if (variant.property !== false && data !== undefined) (el as unknown as Record<string, unknown>)[spec.property] = data;
  return el;
}
