import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEV } from './dev.js';

/** The languages every element ships labels for: Vietnamese and English. */
export type BuiltinLang = 'vi' | 'en';

/**
 * A language code an element can speak: `vi`, `en`, or a code a page added with
 * `registerLanguage` (in lower case, as registered: `km`, `zh-hant`).
 */
export type Lang = BuiltinLang | (string & {});

const common = defineStrings({
  vi: {
    loading: 'Đang tải…',
    empty: 'Chưa có dữ liệu.',
    retry: 'Thử lại',
    // {1} is the `retry` label as shown (a page may replace it), {0} the box: the name starts with the visible text.
    retryNamed: '{1}: {0}',
    failed: 'Chưa tải được {0}. Thử lại sau ít phút.',
    unreadable: 'Chưa hiển thị được {0}.',
    unnamed: 'nội dung này',
    stale: 'Có thể chưa cập nhật (lúc {0})',
  },
  en: {
    loading: 'Loading…',
    empty: 'No items yet.',
    retry: 'Try again',
    retryNamed: '{1}: {0}',
    failed: 'Could not load {0}. Please try again in a few minutes.',
    unreadable: 'Could not show {0}.',
    unnamed: 'this content',
    stale: 'May be out of date (as of {0})',
  },
});

/** The labels every element shares (states and errors). */
export type MessageKey = keyof typeof common.vi;

/**
 * An element's own labels: the same keys in every language, checked by the compiler. Each element
 * keeps its strings beside it (`news-list.strings.ts`), so a page that imports one element does not
 * download every element's labels.
 */
export type Strings<K extends string> = Record<BuiltinLang, Record<K, string>>;

/** Declares an element's labels; the type makes a missing translation a compile error. */
export function defineStrings<K extends string>(strings: Strings<K>): Strings<K> {
  return strings;
}

/**
 * Labels a page gives one element in its `labels` property (or `labels` attribute, as JSON): any of
 * the element's own keys (`K`) and the shared ones, in whatever language the element shows.
 */
export type GovLabels<K extends string = never> = Partial<Record<K | MessageKey, string>>;

/**
 * Each element's label keys, by tag. Every element's strings file adds its own entry, so
 * `registerLanguage` knows the keys of each element on the page.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface GovLabelKeys {}

/**
 * The labels of a language a page registers: the shared labels at the top (`loading`, `retry`…)
 * and each element's own under its tag (`'gov-news-list': { heading, showMore }`).
 */
export type LanguageLabels = Partial<Record<MessageKey, string>> & {
  [T in keyof GovLabelKeys]?: Partial<Record<GovLabelKeys[T] & string, string>>;
};

/** How a registered language writes dates and numbers, and which language fills its gaps. */
export interface LanguageOptions {
  /** The BCP 47 locale `Intl` formats with (default: the language code). */
  locale?: string;
  /** `long` ("4 tháng 10, 2018" in the locale's own words; the default) or `numeric` (the locale's day/month order). */
  dateStyle?: 'long' | 'numeric';
  /** The built-in language shown for labels the language lacks (default `vi`). */
  fallback?: BuiltinLang;
}

interface Registered {
  labels: Record<string, unknown>;
  options: LanguageOptions;
  /** The code as registered, canonical: the locale when the options give none. */
  code: string;
  /** Whether this browser's `Intl` knows the locale; without it, dates take the fallback's form, not en-US. */
  known: boolean;
}

const registry = new Map<string, Registered>();

/** Each built-in language's formats: Vietnamese `31/03/2020`, English `4 October 2018`. */
const builtinFormats: Record<BuiltinLang, Required<Omit<LanguageOptions, 'fallback'>>> = {
  vi: { locale: 'vi-VN', dateStyle: 'numeric' },
  en: { locale: 'en-GB', dateStyle: 'long' },
};

function isBuiltin(lang: Lang): lang is BuiltinLang {
  return lang === 'vi' || lang === 'en';
}

/**
 * Adds a language every element on the page speaks when it or an ancestor has that `lang`
 * (`lang="km"`, and `km-KH` too): the shared labels at the top, each element's own under its tag.
 * Labels it lacks are shown in `options.fallback` (Vietnamese by default), and the development build
 * names them once in the console. Registering `vi` or `en` changes the built-in labels of every element on the page.
 * Elements already on the page render again. Throws a `RangeError` for a code that is not a
 * language tag.
 */
export function registerLanguage(code: string, labels: LanguageLabels, options: LanguageOptions = {}): void {
  const [canonical] = Intl.getCanonicalLocales(code);
  const known = Intl.DateTimeFormat.supportedLocalesOf(options.locale ?? canonical).length > 0;
  registry.set(canonical.toLowerCase(), { labels: { ...labels }, options: { ...options }, code: canonical, known });
  hosts.forEach((h) => h.requestUpdate());
}

/**
 * The locale and date style `lang` formats with. A registered language this browser has no locale
 * data for (Khmer in some Chromium builds) writes dates as its fallback language does.
 */
export function formatsOf(lang: Lang): Required<Omit<LanguageOptions, 'fallback'>> {
  const reg = registry.get(lang);
  if (!isBuiltin(lang) && !reg?.known) return builtinFormats[reg?.options.fallback ?? 'vi'];
  const base = isBuiltin(lang) ? builtinFormats[lang] : { locale: reg!.code, dateStyle: 'long' as const };
  return { locale: reg?.options.locale ?? base.locale, dateStyle: reg?.options.dateStyle ?? base.dateStyle };
}

function fill(template: string, args: Array<string | number>): string {
  return template.replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}

const warned = new Set<string>();
let pending: string[] = [];

/** Names a label a registered language lacks, once; the names seen in one task go out in one warning. */
function warnMissing(lang: Lang, where: string, key: string): void {
  const id = `${lang} ${where}.${key}`;
  if (warned.has(id)) return;
  warned.add(id);
  if (pending.push(id) > 1) return;
  queueMicrotask(() => {
    const byLang = new Map<string, string[]>();
    for (const p of pending) {
      const [l, name] = p.split(' ');
      byLang.set(l, [...(byLang.get(l) ?? []), name]);
    }
    pending = [];
    for (const [l, names] of byLang) {
      const fallback = registry.get(l)?.options.fallback ?? 'vi';
      console.warn(`gov-portal-elements: language "${l}" has no label for ${names.join(', ')}; shown in "${fallback}".`);
    }
  });
}

/**
 * The label for `key` in `lang` for the element `tag`: the registered language's (the element's
 * own, then the shared one), then the built-in one; `undefined` when none has it.
 */
function lookup(lang: Lang, tag: string, key: string, own?: Strings<string>): string | undefined {
  const reg = registry.get(lang);
  if (reg) {
    const mine = reg.labels[tag] as Record<string, unknown> | undefined;
    const found = mine?.[key] ?? reg.labels[key];
    if (typeof found === 'string') return found;
  }
  const base: BuiltinLang = isBuiltin(lang) ? lang : (reg?.options.fallback ?? 'vi');
  const shown = own?.[base][key] ?? (common[base] as Record<string, string>)[key];
  if (DEV && !isBuiltin(lang) && shown !== undefined) warnMissing(lang, key in common.vi ? 'shared' : tag, key);
  return shown;
}

/** The shared label for `key` in `lang`, with `{0}`, `{1}`… replaced by `args`. */
export function msg(lang: Lang, key: MessageKey, ...args: Array<string | number>): string {
  return fill(lookup(lang, '', key) ?? '', args);
}

/**
 * The language of `el`, from its own `lang` or the closest ancestor's (or the page's): a registered
 * language (`km-KH` finds `km`), then `en…` → en, anything else (no lang at all too) → vi, the
 * portals' language.
 */
export function langOf(el: Element): Lang {
  const tag = (el.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang ?? '').trim().toLowerCase();
  for (let t = tag; t; t = t.slice(0, Math.max(0, t.lastIndexOf('-')))) if (registry.has(t)) return t;
  return /^en\b/.test(tag) ? 'en' : 'vi';
}

/**
 * Reads the `labels` attribute: a JSON object of strings. Anything else is ignored (with a console
 * warning in the development build), and the element keeps its default labels.
 */
export function parseLabels(value: string | null): GovLabels<string> | undefined {
  if (!value) return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      return Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === 'string')) as GovLabels<string>;
    }
    if (DEV) console.warn('gov-portal-elements: the labels attribute must be a JSON object of strings; it is ignored.', value);
  } catch (e) {
    if (DEV) console.warn(`gov-portal-elements: the labels attribute is not valid JSON (${String(e)}); it is ignored.`);
  }
  return undefined;
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

  readonly #host: LangHost;
  /** The element's own labels (read lazily, so a subclass field can supply them). */
  readonly #strings?: () => Strings<K>;
  /** The page's labels for this one element (its `labels` property), over every language's. */
  readonly #overrides?: () => GovLabels<K> | undefined;

  constructor(host: LangHost, strings?: () => Strings<K>, overrides?: () => GovLabels<K> | undefined) {
    this.#host = host;
    this.#strings = strings;
    this.#overrides = overrides;
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.#host);
    if (!observer) {
      observer = new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  hostDisconnected(): void {
    hosts.delete(this.#host);
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  hostUpdate(): void {
    this.lang = langOf(this.#host);
  }

  /** The label for `key` (shared or the element's own) in the element's language, or the page's override. */
  t(key: MessageKey | K, ...args: Array<string | number>): string {
    const override = this.#overrides?.()?.[key];
    const label = typeof override === 'string' ? override : lookup(this.lang, this.#host.localName, key, this.#strings?.());
    return fill(label ?? '', args);
  }
}
