import { GovDataError } from '../core/errors.js';
import { safeUrl } from '../core/safe-url.js';
import { loadSanitizer, sanitizerIfLoaded, type SafeHtml, type Sanitizer } from '../core/sanitize.js';
import { date, image, isRecord, text, type GovDate, type GovImage } from '../core/validate.js';
import { toNewsItems, type NewsItem, type NewsItemInput } from '../news-list/news-list.data.js';

/** An article as pages and CMSs give it (JSON). Only `title` is required. */
export interface ArticleInput {
  title: string;
  /** ISO 8601 or `dd/MM/yyyy`. */
  date?: string;
  /** The lead paragraph, as text. */
  summary?: string;
  /** The article's HTML; it is sanitized before it is shown. */
  body?: string;
  /** Shown as "Thực hiện: …" / "By …". */
  author?: string;
  /** Where the article comes from: a name, or `{ name, url }`. */
  source?: string | { name: string; url?: string };
  image?: string | { src: string; alt?: string; caption?: string };
  category?: string;
  /** "Các tin khác": news items, as `<gov-news-list>` takes them. */
  related?: NewsItemInput[];
}

/** An article after validation: text trimmed, URLs through the allowlist, the body sanitized. */
export interface Article {
  title: string;
  date?: GovDate;
  summary?: string;
  /** Sanitized HTML (DOMPurify), or `undefined` when the article has no body. */
  body?: string;
  author?: string;
  source?: { name: string; url?: string };
  image?: GovImage;
  category?: string;
  related: NewsItem[];
}

/**
 * What `<gov-article>` shows: validated data (with its sanitized body as DOMPurify returned it, a
 * TrustedHTML where the browser has Trusted Types), or the article markup the page put inside it.
 */
export type ArticleView = { kind: 'data'; article: Article; html?: SafeHtml } | { kind: 'light' };

/** The data source's lowest-priority "source" when the page's own markup is the article. */
export const LIGHT_DOM = Object.freeze({ lightDom: true });

function source(v: unknown, base: string): Article['source'] {
  const name = isRecord(v) ? (text(v.name) ?? text(v.title)) : text(v);
  return name ? { name, url: isRecord(v) ? safeUrl(v.url, base) : undefined } : undefined;
}

function related(v: unknown, base: string, timeZone?: string): NewsItem[] {
  try {
    return v == null ? [] : toNewsItems(v, base, timeZone, 'gov-article');
  } catch (e) {
    // Bad related news must not hide the article itself.
    console.warn(`<gov-article>: "related" ignored: ${(e as Error).message}`);
    return [];
  }
}

/**
 * Validates an article (without sanitizing its body). An article without a title, or data that is
 * not an object, is a `GovDataError`.
 */
export function validateArticle(raw: unknown, base: string, timeZone?: string): Article & { rawBody?: string } {
  if (!isRecord(raw)) throw new GovDataError('shape', 'Expected an article object with a "title"');
  const title = text(raw.title);
  if (!title) throw new GovDataError('shape', 'The article has no "title"');
  const { body } = raw;
  if (body != null && typeof body !== 'string') console.warn('<gov-article>: "body" ignored: it is not a string of HTML');
  return {
    title,
    date: date(raw.date, timeZone),
    summary: text(raw.summary),
    rawBody: typeof body === 'string' && body.trim() ? body : undefined,
    author: text(raw.author),
    source: source(raw.source, base),
    image: image(raw.image, base),
    category: text(raw.category),
    related: related(raw.related, base, timeZone),
  };
}

function finish(
  { rawBody, ...article }: Article & { rawBody?: string },
  sanitize: Sanitizer | undefined,
  base: string,
): ArticleView {
  const html = rawBody && sanitize ? sanitize(rawBody, base) : undefined;
  const body = String(html ?? '').trim() || undefined;
  return { kind: 'data', article: { ...article, body }, html: body && html };
}

/**
 * The data source's `parse`: the page's own markup, or article data validated and with its body
 * sanitized. Synchronous when there is no body or the sanitizer is already loaded; otherwise a
 * promise that loads DOMPurify first.
 */
export function toArticleView(raw: unknown, base: string, timeZone?: string): ArticleView | Promise<ArticleView> {
  if (raw === LIGHT_DOM) return { kind: 'light' };
  const article = validateArticle(raw, base, timeZone);
  const ready = sanitizerIfLoaded();
  if (!article.rawBody || ready) return finish(article, ready, base);
  return loadSanitizer().then(
    (sanitize) => finish(article, sanitize, base),
    (e: unknown) => {
      throw new GovDataError('network', `The HTML sanitizer could not be loaded: ${(e as Error).message}`);
    },
  );
}
