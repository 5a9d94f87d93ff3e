import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The languages every element speaks. */
export type Lang = 'vi' | 'en';

const common = defineStrings({
  vi: {
    loading: 'Đang tải…',
    empty: 'Chưa có dữ liệu.',
    retry: 'Thử lại',
    errNetwork: 'Không tải được dữ liệu (lỗi mạng).',
    errHttp: 'Không tải được dữ liệu: máy chủ trả về lỗi HTTP {0}.',
    errTimeout: 'Không tải được dữ liệu: quá thời gian chờ ({0} giây).',
    errParse: 'Dữ liệu không đọc được (không phải JSON, RSS hay Atom hợp lệ).',
    errHtml: 'Máy chủ trả về một trang HTML thay vì dữ liệu.',
    errEmptyBody: 'Máy chủ trả về nội dung rỗng.',
    errShape: 'Dữ liệu không đúng cấu trúc.',
    errNoItems: 'Dữ liệu không có mục nào hợp lệ.',
  },
  en: {
    loading: 'Loading…',
    empty: 'No items yet.',
    retry: 'Try again',
    errNetwork: 'Could not load the data (network error).',
    errHttp: 'Could not load the data: the server answered HTTP {0}.',
    errTimeout: 'Could not load the data: no answer within {0} s.',
    errParse: 'The data could not be read (not valid JSON, RSS or Atom).',
    errHtml: 'The server sent an HTML page instead of data.',
    errEmptyBody: 'The server sent an empty response.',
    errShape: 'The data does not have the expected shape.',
    errNoItems: 'The data has no usable item.',
  },
});

/** The labels every element shares (states and errors). */
export type MessageKey = keyof typeof common.vi;

/**
 * An element's own labels: the same keys in every language, checked by the compiler. Each element
 * keeps its strings beside it (`news-list.strings.ts`), so a page that imports one element does not
 * download every element's labels.
 */
export type Strings<K extends string> = Record<Lang, Record<K, string>>;

/** Declares an element's labels; the type makes a missing translation a compile error. */
export function defineStrings<K extends string>(strings: Strings<K>): Strings<K> {
  return strings;
}

function fill(template: string, args: Array<string | number>): string {
  return template.replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}

/** The label for `key` in `lang`, with `{0}`, `{1}`… replaced by `args`. */
export function msg(lang: Lang, key: MessageKey, ...args: Array<string | number>): string {
  return fill(common[lang][key], args);
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
export class LangController<K extends string = never> implements ReactiveController {
  lang: Lang = 'vi';

  constructor(
    private readonly host: LangHost,
    /** The element's own labels (read lazily, so a subclass field can supply them). */
    private readonly strings?: () => Strings<K>,
  ) {
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

  /** The label for `key` (shared or the element's own) in the element's language. */
  t(key: MessageKey | K, ...args: Array<string | number>): string {
    const own = this.strings?.()[this.lang] as Record<string, string> | undefined;
    return fill(own?.[key] ?? common[this.lang][key as MessageKey], args);
  }
}
