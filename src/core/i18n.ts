import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The languages every element speaks. */
export type Lang = 'vi' | 'en';

const vi = {
  loading: 'Đang tải…',
  empty: 'Chưa có dữ liệu.',
  retry: 'Thử lại',
  errorPrefix: 'Lỗi:',
  errNetwork: 'Không tải được dữ liệu (lỗi mạng).',
  errHttp: 'Không tải được dữ liệu: máy chủ trả về lỗi HTTP {0}.',
  errTimeout: 'Không tải được dữ liệu: quá thời gian chờ ({0} giây).',
  errParse: 'Dữ liệu không đọc được (không phải JSON, RSS hay Atom hợp lệ).',
  errHtml: 'Máy chủ trả về một trang HTML thay vì dữ liệu.',
  errEmptyBody: 'Máy chủ trả về nội dung rỗng.',
  errShape: 'Dữ liệu không đúng cấu trúc.',
  errNoItems: 'Dữ liệu không có mục nào hợp lệ.',
  newsHeading: 'Tin tức – Sự kiện',
  showMore: 'Xem thêm',
  relatedHeading: 'Các tin khác',
  print: 'In trang',
  back: 'Quay lại',
  top: 'Lên trên',
  textSmaller: 'Giảm cỡ chữ',
  textLarger: 'Tăng cỡ chữ',
  tools: 'Công cụ bài viết',
  author: 'Thực hiện: {0}',
  source: 'Nguồn: {0}',
  category: 'Chuyên mục: {0}',
  noticeHeading: 'Thông báo',
  isNew: 'Mới',
  important: 'Quan trọng',
  pinned: 'Ghim',
  pause: 'Tạm dừng',
  play: 'Tiếp tục',
  counterHeading: 'Lượt truy cập',
  online: 'Đang online',
  today: 'Hôm nay',
  month: 'Tháng này',
  total: 'Tất cả',
  servicesHeading: 'Dịch vụ công trực tuyến',
  external: 'trang ngoài',
  newWindow: 'mở trong cửa sổ mới',
  videoHeading: 'Video hoạt động',
  playVideo: 'Phát video: {0}',
  noPlayer: 'Không phát được video này tại đây',
  nowPlaying: 'Đang phát',
  duration: 'Thời lượng: {0}',
};

/** The label keys; every language defines every key. */
export type MessageKey = keyof typeof vi;

const en: Record<MessageKey, string> = {
  loading: 'Loading…',
  empty: 'No items yet.',
  retry: 'Try again',
  errorPrefix: 'Error:',
  errNetwork: 'Could not load the data (network error).',
  errHttp: 'Could not load the data: the server answered HTTP {0}.',
  errTimeout: 'Could not load the data: timed out after {0} seconds.',
  errParse: 'The data could not be read (not valid JSON, RSS or Atom).',
  errHtml: 'The server sent an HTML page instead of data.',
  errEmptyBody: 'The server sent an empty response.',
  errShape: 'The data does not have the expected shape.',
  errNoItems: 'The data has no usable item.',
  newsHeading: 'News and events',
  showMore: 'Show more',
  relatedHeading: 'Other news',
  print: 'Print',
  back: 'Back',
  top: 'Back to top',
  textSmaller: 'Smaller text',
  textLarger: 'Larger text',
  tools: 'Article tools',
  author: 'By {0}',
  source: 'Source: {0}',
  category: 'Category: {0}',
  noticeHeading: 'Notices',
  isNew: 'New',
  important: 'Important',
  pinned: 'Pinned',
  pause: 'Pause',
  play: 'Play',
  counterHeading: 'Visits',
  online: 'Online now',
  today: 'Today',
  month: 'This month',
  total: 'Total',
  servicesHeading: 'Online public services',
  external: 'external site',
  newWindow: 'opens in a new window',
  videoHeading: 'Videos',
  playVideo: 'Play video: {0}',
  noPlayer: 'This video cannot be played here',
  nowPlaying: 'Now playing',
  duration: 'Duration: {0}',
};

const catalogs: Record<Lang, Record<MessageKey, string>> = { vi, en };

/** The label for `key` in `lang`, with `{0}`, `{1}`… replaced by `args`. */
export function msg(lang: Lang, key: MessageKey, ...args: Array<string | number>): string {
  return catalogs[lang][key].replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}

/** `en…` → en; anything else (including no lang at all) → vi, the portals' language. */
export function langOf(el: Element): Lang {
  const tag = el.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
  return /^en\b/i.test(tag ?? '') ? 'en' : 'vi';
}

type LangHost = ReactiveControllerHost & HTMLElement;
const hosts = new Set<LangHost>();
let observer: MutationObserver | undefined;

/**
 * Keeps `lang` equal to the element's language, from its own `lang` or the closest ancestor's,
 * and re-renders the host when any `lang` attribute on the page changes. One observer serves
 * every element on the page.
 */
export class LangController implements ReactiveController {
  lang: Lang = 'vi';

  constructor(private readonly host: LangHost) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    if (!observer) {
      observer = new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  hostUpdate(): void {
    this.lang = langOf(this.host);
  }

  /** Shorthand for `msg(this.lang, …)`. */
  t(key: MessageKey, ...args: Array<string | number>): string {
    return msg(this.lang, key, ...args);
  }
}
